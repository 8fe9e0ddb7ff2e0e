"""Safe zip reading: member count, declared sizes, compression ratio and sizes that lie."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from reader.errors import DocumentLoadError, DocumentTooLargeError
from reader.loaders import load
from reader.loaders._zip import MAX_MEMBERS, SafeZip
from reader.settings import MB, Settings
from tests.loaders.helpers import make_epub, make_zip


def declare_size(raw: bytearray, name: str, size: int) -> None:
    """Make both headers of member `name` declare `size` inflated bytes."""
    encoded = name.encode()
    local = raw.index(encoded) - 30  # the local header's fixed part is 30 bytes, then the name
    central = raw.rindex(encoded) - 46  # the central entry's fixed part is 46 bytes
    struct.pack_into("<I", raw, local + 22, size)
    struct.pack_into("<I", raw, central + 24, size)


def lying_zip(path: Path, name: str, data: bytes, declared: int) -> Path:
    """A zip whose headers declare `declared` bytes for a member that inflates to len(data)."""
    make_zip(path, {name: data})
    raw = bytearray(path.read_bytes())
    declare_size(raw, name, declared)
    path.write_bytes(bytes(raw))
    return path


def test_members_are_read_within_the_budget(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "a.zip", {"a.txt": b"hello " * 100})
    archive = SafeZip(path, path.read_bytes(), Settings(), kind="EPUB")
    assert archive.read("a.txt") == b"hello " * 100


def test_declared_sizes_over_the_budget_are_refused_before_inflating(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "a.zip", {"a.txt": b"a" * 300_000, "b.txt": b"b" * 300_000})
    with pytest.raises(DocumentTooLargeError, match=r"inflates past the 0\.5 MB limit"):
        SafeZip(path, path.read_bytes(), Settings(max_inflated_bytes=MB // 2), kind="DOCX")


def test_a_huge_compression_ratio_is_a_zip_bomb(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "a.zip", {"zeros.xml": bytes(20 * MB)})
    with pytest.raises(DocumentTooLargeError, match="zip bomb"):
        SafeZip(path, path.read_bytes(), Settings(), kind="DOCX")


def test_a_member_that_inflates_past_its_declared_size_is_stopped(tmp_path: Path) -> None:
    path = lying_zip(tmp_path / "a.zip", "big.txt", b"x" * 200_000, declared=1000)
    archive = SafeZip(path, path.read_bytes(), Settings(), kind="EPUB")
    with pytest.raises(DocumentLoadError, match="damaged zip"):
        archive.read("big.txt")


def test_damaged_compressed_data_is_a_clear_error(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "a.zip", {"a.txt": bytes(range(256)) * 64})
    raw = bytearray(path.read_bytes())
    start = raw.index(b"a.txt") + len("a.txt")  # compressed data follows the local header
    raw[start + 10 : start + 40] = b"\xff" * 30
    archive = SafeZip(path, bytes(raw), Settings(), kind="DOCX")
    with pytest.raises(DocumentLoadError, match=r"is not a valid DOCX \(damaged zip\)"):
        archive.read("a.txt")


def test_an_unknown_zip_version_is_a_clear_error(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "a.zip", {"a.txt": b"hello"})
    raw = bytearray(path.read_bytes())
    struct.pack_into("<H", raw, raw.index(b"PK\x01\x02") + 6, 89)  # "needs version 8.9"
    with pytest.raises(DocumentLoadError, match=r"is not a valid EPUB \(not a zip archive\)"):
        SafeZip(path, bytes(raw), Settings(), kind="EPUB")


def test_too_many_members(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(MAX_MEMBERS + 1):
            archive.writestr(f"m{number}", b"")
    with pytest.raises(DocumentLoadError, match="too many zip members"):
        SafeZip(path, path.read_bytes(), Settings(), kind="EPUB")


def test_an_encrypted_member_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "a.zip", {"a.txt": b"secret"})
    raw = bytearray(path.read_bytes())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.index(signature) + flag_offset
        struct.pack_into("<H", raw, at, struct.unpack_from("<H", raw, at)[0] | 0x1)
    with pytest.raises(DocumentLoadError, match="is encrypted"):
        SafeZip(path, bytes(raw), Settings(), kind="DOCX")


def test_an_epub_chapter_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    """zipfile stops at the declared size and then finds the checksum wrong."""
    book = make_epub(tmp_path / "book.epub", [("c.xhtml", "<p>Short text.</p>")])
    padded = tmp_path / "padded.epub"
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("c.xhtml"):
                data = data.replace(b"Short text.", b"Long text. " * 50_000)
            out.writestr(info.filename, data)
    raw = bytearray(padded.read_bytes())
    declare_size(raw, "OEBPS/c.xhtml", 100)
    padded.write_bytes(bytes(raw))
    with pytest.raises(DocumentLoadError, match=r"padded\.epub: is not a valid EPUB \(damaged zip"):
        load(padded)
