"""load(path) -> Document: one module a format, chosen from a suffix table."""

from __future__ import annotations

import importlib
import os
import stat
import sys
from pathlib import Path
from typing import Protocol

from reader.document import Document
from reader.errors import DocumentLoadError, DocumentTooLargeError, UnsupportedFormatError
from reader.settings import MB, Settings

# suffix -> module under reader.loaders; each module's load(path, data, settings) makes a Document.
LOADERS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".epub": "epub",
}

__all__ = ["LOADERS", "load", "quick_to_load", "supported_suffixes"]

QUICK_SUFFIXES = (".txt", ".text", ".md", ".markdown")
STDIN = "-"  # the path that names standard input
QUICK_LIMIT = 2 * 1024 * 1024  # bytes


class _Loader(Protocol):
    def load(self, path: Path, data: bytes, settings: Settings) -> Document: ...


def supported_suffixes() -> tuple[str, ...]:
    return tuple(LOADERS)


def quick_to_load(path: Path) -> bool:
    """Whether a file is a small plain or Markdown text, read in milliseconds (a file that
    cannot be looked at counts as quick: loading it says why at once)."""
    try:
        size = path.stat().st_size
    except OSError:
        return True
    return path.suffix.lower() in QUICK_SUFFIXES and size <= QUICK_LIMIT


def load(path: Path | str, *, settings: Settings | None = None) -> Document:
    """The article in the file at path ("-": standard input); a DocumentLoadError (or child)
    says why not."""
    path = Path(path)
    settings = settings or Settings()
    if str(path) == STDIN:
        return _load_stdin(settings)
    size = _check_file(path, settings)
    module = _loader_for(path)
    data = _read(path, size, settings)
    if not data.strip():
        raise DocumentLoadError(path, "is empty" if not data else "has only whitespace, no text")
    return module.load(path, data, settings)


def _load_stdin(settings: Settings) -> Document:
    """ "cat page.html | reader analyze -": an article piped in, HTML when it opens as a web
    page does, plain text otherwise, within the same size limit as a file."""
    path = Path(STDIN)
    try:
        data = sys.stdin.buffer.read(settings.max_file_bytes + 1)
    except (OSError, AttributeError, ValueError) as exc:  # closed, or no byte stream
        raise DocumentLoadError(path, "standard input cannot be read") from exc
    _check_size(path, len(data), settings)
    if not data.strip():
        raise DocumentLoadError(path, "standard input is empty")
    head = data[:4096].lstrip().lower()
    web_page = head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
    module: _Loader = importlib.import_module(f"reader.loaders.{'html' if web_page else 'txt'}")
    return module.load(path, data, settings)


def _loader_for(path: Path) -> _Loader:
    name = LOADERS.get(path.suffix.lower())
    if name is None:
        what = f"{path.suffix} files" if path.suffix else "files without a suffix"
        known = ", ".join(sorted({s.lstrip(".") for s in LOADERS}))
        raise UnsupportedFormatError(path, f"Reader cannot open {what} (it opens {known})")
    loader: _Loader = importlib.import_module(f"reader.loaders.{name}")
    return loader


def _check_file(path: Path, settings: Settings) -> int:
    """The file's size, after making sure it is a readable regular file within the limit."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise DocumentLoadError(path, "no such file") from exc
    except OSError as exc:
        raise DocumentLoadError(path, _os_reason(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise DocumentLoadError(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentLoadError(path, "is not a regular file")
    _check_size(path, info.st_size, settings)
    return info.st_size


def _check_size(path: Path, size: int, settings: Settings) -> None:
    if size > settings.max_file_bytes:
        raise DocumentTooLargeError(
            path, f"is {size / MB:.1f} MB, over the {settings.max_file_bytes / MB:g} MB limit"
        )


def _read(path: Path, size: int, settings: Settings) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(settings.max_file_bytes + 1)
    except OSError as exc:
        raise DocumentLoadError(path, _os_reason(exc)) from exc
    _check_size(path, max(size, len(data)), settings)  # it may have grown since stat
    return data


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied)"
    return f"cannot be read ({os.strerror(exc.errno) if exc.errno else exc})"
