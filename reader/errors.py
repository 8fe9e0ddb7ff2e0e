"""ReaderError and its children: failures with messages written for the user."""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """A failure Reader explains to the user in one line."""


class Cancelled(Exception):
    """Raised inside a piece of background work once the user has cancelled it."""


class DocumentLoadError(ReaderError):
    """A file could not be opened as an article. The message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormatError(DocumentLoadError):
    """The file's suffix is not one Reader opens."""


class DocumentTooLargeError(DocumentLoadError):
    """The file, or what it inflates to, is over the size limit."""


class PipelineError(ReaderError):
    """No spaCy pipeline could be loaded."""


class NotesError(ReaderError):
    """The notes database could not be read or written."""
