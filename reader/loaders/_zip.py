"""Safe reading of zip containers (DOCX, EPUB): member count, declared and real sizes, ratios."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from reader.errors import DocumentLoadError, DocumentTooLargeError
from reader.settings import MB, Settings

MAX_MEMBERS = 10_000
MAX_RATIO = 200  # inflated / compressed, for members big enough to matter
_RATIO_FLOOR = MB
_CHUNK = 64 * 1024
# What zipfile raises on damaged archives (NotImplementedError: an unknown version or method).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
               RuntimeError)


class SafeZip:
    """A zip archive whose members are read with a budget for the total inflated size."""

    def __init__(self, path: Path, data: bytes, settings: Settings, *, kind: str) -> None:
        self.path = path
        self.kind = kind
        self.budget = settings.max_inflated_bytes
        self._inflated = 0
        self.archive = _open(path, data, kind)
        self._check_declared()

    def names(self) -> list[str]:
        return self.archive.namelist()

    def has(self, name: str) -> bool:
        try:
            self.archive.getinfo(name)
        except KeyError:
            return False
        return True

    def read(self, name: str) -> bytes:
        """A member's bytes, stream-read so that no member inflates past the budget."""
        try:
            info = self.archive.getinfo(name)
        except KeyError as exc:
            reason = f"is not a valid {self.kind} ({name} is missing)"
            raise DocumentLoadError(self.path, reason) from exc
        out = io.BytesIO()
        try:
            with self.archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    self._inflated += len(chunk)
                    if self._inflated > self.budget or out.tell() + len(chunk) > info.file_size:
                        raise self._too_large()
                    out.write(chunk)
        except _ZIP_ERRORS as exc:
            raise DocumentLoadError(self.path, f"is not a valid {self.kind} (damaged zip)") from exc
        return out.getvalue()

    def read_all(self) -> None:
        """Inflate every member once, so a library may then open the archive without risk."""
        for info in self.archive.infolist():
            if not info.is_dir():
                self.read(info.filename)

    def _check_declared(self) -> None:
        infos = self.archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise DocumentLoadError(self.path, f"has too many zip members ({len(infos)})")
        if sum(info.file_size for info in infos) > self.budget:
            raise self._too_large()
        for info in infos:
            if info.flag_bits & 0x1:
                raise DocumentLoadError(self.path, f"is encrypted (password-protected {self.kind})")
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
                raise DocumentTooLargeError(
                    self.path, f"looks like a zip bomb ({info.filename} inflates {ratio:.0f}-fold)"
                )

    def _too_large(self) -> DocumentTooLargeError:
        return DocumentTooLargeError(
            self.path, f"inflates past the {self.budget / MB:g} MB limit (zip bomb?)"
        )


def _open(path: Path, data: bytes, kind: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise DocumentLoadError(path, f"is not a valid {kind} (not a zip archive)") from exc
