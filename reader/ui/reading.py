"""Reading a file for the session: the Document, or the ReaderError that stopped it opening."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.document import Document
from reader.errors import ReaderError
from reader.loaders import load
from reader.loaders.apart import ApartReader
from reader.settings import Settings


def loaded(path: Path, settings: Settings) -> Document | ReaderError:
    """The document at path, or what stopped it opening (kept whole, path apart from reason)."""
    try:
        return load(path, settings=settings)
    except ReaderError as error:
        return error


def read(reader: ApartReader, path: Path, settings: Settings,
         cancel: threading.Event) -> Document | ReaderError:
    """loaded, in a process that Cancel (or Quit) ends at once: a thread cannot be stopped
    midway, and a page under a megabyte can take a loader seconds."""
    try:
        return reader.load(path, settings, cancel)
    except ReaderError as error:
        return error
