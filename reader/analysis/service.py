"""An analysis process: it loads the pipeline as soon as it starts and analyses what it is sent.

The window starts one before it imports Qt, so spaCy loads on the other core while the window
is built, and analysis never holds the window's GIL. Messages over one duplex pipe:
the child sends ("ready", pipeline_id) or ("error", message) once, then for each
("analyze", document) some ("progress", done, total) and ("part", name, records), and at last
("done", analysis without its records), ("error", message) or ("cancelled",). A ("cancel",)
from the parent is seen at the next chunk; the child then waits for the next document.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from reader.analysis.model import Analysis
from reader.document import Document
from reader.errors import Cancelled, PipelineError, ReaderError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
POLL_SECONDS = 0.05
PARTS = ("entities", "quotes", "numbers", "events", "sentences")
PART_SIZE = 200  # records a message: each unpickles in a few milliseconds, holding the GIL
NICENESS = 5


class _Stop(Exception):
    """Raised in the child through its progress callback when the parent cancels."""


def _serve(conn: Connection, model: str | None) -> None:
    """The child: load the pipeline, say so, then analyse documents until the pipe closes
    (the window has ended, however it ended)."""
    if hasattr(os, "nice"):
        os.nice(NICENESS)  # background work: the window comes first when the cores are busy
    try:
        _answer(conn, model)
    except (EOFError, OSError):
        return


def _answer(conn: Connection, model: str | None) -> None:
    from reader.analysis import cache
    from reader.analysis.nlp import load_pipeline, pipeline_id

    try:
        nlp = load_pipeline(model)
    except ReaderError as error:
        conn.send(("error", str(error)))
        return
    conn.send(("ready", pipeline_id(nlp)))

    def progress(done: int, total: int) -> None:
        while conn.poll():
            if conn.recv()[0] == "cancel":
                raise _Stop
        conn.send(("progress", done, total))

    while True:
        message = conn.recv()
        if message[0] != "analyze":
            continue  # a cancel that came after its document was done
        try:
            result = cache.cached_analyze(message[1], nlp, progress=progress)
        except _Stop:
            conn.send(("cancelled",))
        except ReaderError as error:
            conn.send(("error", str(error)))
        except Exception as error:  # a bug: one line to the window, the whole of it to the log
            log.exception("the analysis failed in the analysis process")
            conn.send(("error", f"Unexpected error: {error}"))
        else:
            _send_result(conn, result)


def _send_result(conn: Connection, result: Analysis) -> None:
    """The records go in parts, so the window takes each in without a long pause."""
    for name in PARTS:
        records = getattr(result, name)
        for i in range(0, len(records), PART_SIZE):
            conn.send(("part", name, records[i : i + PART_SIZE]))
    empty: dict[str, Any] = dict.fromkeys(PARTS, ())
    conn.send(("done", dataclasses.replace(result, **empty)))


class AnalysisService:
    """The parent's handle on one analysis process. One caller at a time; any thread."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
        self._conn, there = context.Pipe(duplex=True)
        self._process = context.Process(target=_serve, args=(there, model), daemon=True,
                                        name="reader-analysis")
        self._process.start()
        there.close()
        self._lock = threading.Lock()
        self.pipeline_id: tuple[str, str] | None = None
        self._failure: ReaderError | None = None  # why this process can no longer analyse

    @property
    def alive(self) -> bool:
        return self._failure is None and self._process.is_alive()

    def wait_ready(self, cancel: threading.Event | None = None) -> AnalysisService:
        """Block until the pipeline is loaded; PipelineError when it cannot be."""
        with self._lock:
            if self._failure is not None:
                raise type(self._failure)(str(self._failure))
            if self.pipeline_id is None:
                message = self._next(cancel)
                if message[0] != "ready":
                    self._failure = PipelineError(str(message[1]))
                    raise self._failure
                self.pipeline_id = tuple(message[1])
        return self

    def analyze(self, document: Document, progress: Progress | None = None,
                cancel: threading.Event | None = None) -> Analysis:
        """Analyse (or fetch from the cache) one document. A set cancel event, or a progress
        callback that raises, stops the child's work and raises here (Cancelled, or the
        callback's exception); the process stays ready for the next document."""
        self.wait_ready(cancel)
        with self._lock:
            self._conn.send(("analyze", document))
            parts: dict[str, list[Any]] = {name: [] for name in PARTS}
            while True:
                try:
                    message = self._next(cancel)
                    if message[0] == "progress" and progress is not None:
                        progress(message[1], message[2])
                except BaseException:
                    self._cancel()
                    raise
                if message[0] == "part":
                    parts[message[1]].extend(message[2])
                elif message[0] == "done":
                    shell: Analysis = message[1]
                    filled: dict[str, Any] = {name: tuple(r) for name, r in parts.items()}
                    return dataclasses.replace(shell, **filled)
                elif message[0] == "error":
                    raise ReaderError(message[1])

    def _next(self, cancel: threading.Event | None) -> tuple[Any, ...]:
        """The next message from the child; Cancelled once the event is set."""
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            if self._conn.poll(POLL_SECONDS):
                try:
                    message: tuple[Any, ...] = self._conn.recv()
                except (EOFError, OSError) as exc:
                    raise self._died() from exc
                return message
            if not self._process.is_alive():
                raise self._died()

    def _died(self) -> ReaderError:
        self._process.join(timeout=1)
        code = self._process.exitcode
        self._failure = ReaderError(f"The analysis stopped unexpectedly (exit code {code}).")
        return self._failure

    def _cancel(self) -> None:
        """Tell the child to stop and wait until it has (it answers at its next chunk)."""
        if not self.alive:
            return
        try:
            self._conn.send(("cancel",))
            while True:
                message = self._next(None)
                if message[0] in ("cancelled", "done", "error"):
                    return
        except (ReaderError, OSError):
            return

    def close(self) -> None:
        """End the process at once (closing the window does not wait for an analysis)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._conn.close()
        self._failure = self._failure or ReaderError("The analysis process was closed.")

    def __enter__(self) -> AnalysisService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
