"""Analysing a long document in a child process, so spaCy never holds the window's GIL."""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import threading
from multiprocessing.connection import Connection
from typing import Any

from reader.analysis.model import Analysis
from reader.document import Document
from reader.errors import ReaderError
from reader.ui.workers import Cancelled, Progress

log = logging.getLogger(__name__)

IN_PROCESS_LIMIT = 100_000  # characters; longer texts are analysed in a child process
POLL_SECONDS = 0.05
PARTS = ("entities", "quotes", "numbers", "events", "sentences")
PART_SIZE = 200  # records a message: each unpickles in a few milliseconds, holding the GIL


def in_process(document: Document) -> bool:
    """Whether a document is short enough to analyse in a thread of the window's process."""
    return len(document.text) <= IN_PROCESS_LIMIT


def _child(conn: Connection, document: Document, model: str | None) -> None:
    from reader.analysis import cache
    from reader.analysis.nlp import load_pipeline

    try:
        nlp = load_pipeline(model)
        result = cache.cached_analyze(
            document, nlp, progress=lambda done, total: conn.send(("progress", done, total)))
        for name in PARTS:
            records = getattr(result, name)
            for i in range(0, len(records), PART_SIZE):
                conn.send(("part", name, records[i : i + PART_SIZE]))
        empty: dict[str, Any] = dict.fromkeys(PARTS, ())
        conn.send(("done", dataclasses.replace(result, **empty)))
    except ReaderError as error:
        conn.send(("error", str(error)))
    except Exception as error:  # a bug in the child: report it in one line, log it whole there
        log.exception("analysis failed in the child process")
        conn.send(("error", f"Unexpected error: {error}"))
    finally:
        conn.close()


def analyze_in_child(document: Document, model: str | None, progress: Progress,
                     cancel: threading.Event) -> Analysis:
    """Run the cached analysis in a fresh process; a cancel ends the process at once."""
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
    here, there = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(there, document, model), daemon=True)
    process.start()
    there.close()
    try:
        return _receive(here, process, progress, cancel)
    finally:
        if process.is_alive():
            process.terminate()
        process.join(timeout=5)
        here.close()


def _receive(conn: Connection, process: Any, progress: Progress,
             cancel: threading.Event) -> Analysis:
    parts: dict[str, list[Any]] = {name: [] for name in PARTS}
    while True:
        if cancel.is_set():
            raise Cancelled
        if not conn.poll(POLL_SECONDS):
            if not process.is_alive() and not conn.poll():
                raise ReaderError(
                    f"The analysis stopped unexpectedly (exit code {process.exitcode}).")
            continue
        try:
            message = conn.recv()
        except EOFError as exc:
            raise ReaderError("The analysis stopped unexpectedly.") from exc
        if message[0] == "progress":
            progress(message[1], message[2])
        elif message[0] == "part":
            parts[message[1]].extend(message[2])
        elif message[0] == "done":
            shell: Analysis = message[1]
            filled: dict[str, Any] = {name: tuple(records) for name, records in parts.items()}
            return dataclasses.replace(shell, **filled)
        else:
            raise ReaderError(message[1])
