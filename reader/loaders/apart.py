"""load_apart(path, settings, cancel): load in a process of its own, which a cancel ends at once.

A big web page takes a loader minutes; a thread running it cannot be stopped, so the window
could neither give up on the file nor close until it was read. The child sends one message:
("opened", document), ("refused", path, reason) for a DocumentLoadError, or ("failed",
message) for any other error.
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


def _serve(conn: Connection, path: Path, settings: Settings) -> None:
    """The child: load the file and send what came of it."""
    from reader.loaders import load

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


def load_apart(path: Path, settings: Settings, cancel: threading.Event) -> Document:
    """The article in the file at path, read in a child process; DocumentLoadError or
    ReaderError says why not, Cancelled once cancel is set (the child is killed then)."""
    context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
    here, there = context.Pipe(duplex=False)
    process = context.Process(target=_serve, args=(there, path, settings), daemon=True,
                              name="reader-load")
    process.start()
    there.close()
    try:
        message = _wait(here, process, cancel)
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        here.close()
    if message[0] == "refused":
        raise DocumentLoadError(message[1], message[2])
    if message[0] == "failed":
        raise ReaderError(message[1])
    document: Document = message[1]
    return document


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
