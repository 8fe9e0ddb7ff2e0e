"""ApartReader: files read in a process of its own, which a cancel ends at once, kept warm.

A web page can take a loader seconds, a big one minutes; a thread running it cannot be stopped,
so the window could neither give up on the file nor close until it was read. The child answers
each (path, settings) with one message: ("opened", document), ("refused", path, reason) for a
DocumentLoadError, or ("failed", message) for any other error. A child that answered waits for
the next file, so only the first read pays for starting a Python and importing the loaders.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from reader.document import Document
from reader.errors import Cancelled, DocumentLoadError, ReaderError
from reader.settings import Settings

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05


def _serve(conn: Connection) -> None:
    """The child: load each file it is sent and send what came of it, until the pipe closes."""
    from reader.loaders import load

    while True:
        try:
            path, settings = conn.recv()
        except (EOFError, OSError):  # the window has ended, however it ended
            return
        message: tuple[Any, ...]
        try:
            message = ("opened", load(path, settings=settings))
        except DocumentLoadError as error:
            message = ("refused", str(error.path), error.reason)
        except ReaderError as error:
            message = ("failed", str(error))
        except Exception as error:  # a bug: the whole of it to the log, one line to the window
            log.exception("loading %s failed", path)
            message = ("failed", f"Unexpected error: {error}")
        try:
            conn.send(message)
        except (OSError, ValueError):  # the window gave up on the file meanwhile
            return


class _Child:
    """One reading process and the parent's end of its pipe."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
        self.conn, there = context.Pipe()
        self.process = context.Process(target=_serve, args=(there,), daemon=True,
                                       name="reader-load")
        self.process.start()
        there.close()

    def end(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class ApartReader:
    """Reads files in a child process, one read at a time a child. The child of a read that
    ended well is kept for the next (one at most); a cancelled or failed read ends its child."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: _Child | None = None
        self._closed = False

    def load(self, path: Path, settings: Settings, cancel: threading.Event) -> Document:
        """The article in the file at path; DocumentLoadError or ReaderError says why not,
        Cancelled once cancel is set (the child is killed then)."""
        child = self._take()
        try:
            _send(child.conn, (path, settings))
            message = _wait(child.conn, child.process, cancel)
        except BaseException:
            child.end()
            raise
        self._keep(child)
        if message[0] == "refused":
            raise DocumentLoadError(message[1], message[2])
        if message[0] == "failed":
            raise ReaderError(message[1])
        document: Document = message[1]
        return document

    def close(self) -> None:
        """End the child kept; a read under way ends its own when it is cancelled or done."""
        with self._lock:
            self._closed = True
            child, self._idle = self._idle, None
        if child is not None:
            child.end()

    def _take(self) -> _Child:
        with self._lock:
            child, self._idle = self._idle, None
        if child is not None and child.process.is_alive():
            return child
        if child is not None:
            child.end()
        return _Child()

    def _keep(self, child: _Child) -> None:
        with self._lock:
            if self._idle is None and not self._closed:
                self._idle = child
                return
        child.end()


def load_apart(path: Path, settings: Settings, cancel: threading.Event) -> Document:
    """The article in the file at path, read in a child process of its own (ApartReader.load)."""
    reader = ApartReader()
    try:
        return reader.load(path, settings, cancel)
    finally:
        reader.close()


def _send(conn: Connection, request: tuple[Path, Settings]) -> None:
    try:
        conn.send(request)
    except OSError as exc:  # the child kept died while it waited
        raise ReaderError("Reading stopped unexpectedly.") from exc


def _wait(conn: Connection, process: Any, cancel: threading.Event) -> tuple[Any, ...]:
    while not conn.poll(POLL_SECONDS):
        if cancel.is_set():
            raise Cancelled
        if not process.is_alive() and not conn.poll(0):
            raise ReaderError(f"Reading stopped unexpectedly (exit code {process.exitcode}).")
    try:
        message: tuple[Any, ...] = conn.recv()
    except (EOFError, OSError) as exc:
        raise ReaderError("Reading stopped unexpectedly.") from exc
    return message
