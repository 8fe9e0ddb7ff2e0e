"""Bad input of every kind: load() raises a ReaderError naming the file and the reason, and
`reader analyze` prints one line for it and exits 1, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.cli import main
from reader.errors import DocumentLoadError, DocumentTooLargeError, UnsupportedFormatError
from reader.loaders import load
from reader.loaders.html import NO_ARTICLE
from tests.conftest import ROOT, SEEDS
from tests.loaders.helpers import make_epub, make_zip
from tests.loaders.pdfmaker import make_pdf, text_page

MB = 1024 * 1024
NOBODY = 65534
Build = Callable[[Path], Path]


def write(name: str, data: bytes) -> Build:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


def sparse(name: str, size: int) -> Build:
    """A file that reports `size` bytes without taking the disk: reading it would be slow."""
    def build(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as handle:
            handle.truncate(size)
        return path

    return build


def missing(folder: Path) -> Path:
    return folder / "gone.txt"


def folder_named_txt(folder: Path) -> Path:
    path = folder / "folder.txt"
    path.mkdir()
    return path


def unreadable(folder: Path) -> Path:
    path = write("locked.txt", b"Title\n\nSome text.")(folder)
    path.chmod(0)
    return path


def half_of(seed: str) -> Build:
    data = (SEEDS / seed).read_bytes()
    return write(seed, data[: len(data) // 2])


def zip_of(name: str, members: dict[str, bytes]) -> Build:
    return lambda folder: make_zip(folder / name, members)


def pdf_bomb(folder: Path) -> Path:
    """A PDF of 200 KB whose one page's content inflates to 201 MB (of spaces after its text)."""
    path = folder / "minutes.pdf"
    path.write_bytes(make_pdf([text_page([["The council met on Monday."]])], flate=True,
                              padding=201 * MB))
    return path


def epub_with_missing_chapter(folder: Path) -> Path:
    path = make_epub(folder / "book.epub", [("c.xhtml", "<p>Text.</p>")])
    members = {}
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if not n.endswith("c.xhtml")}
    return make_zip(path, members)


BINARY = bytes(range(256)) * 40
CONTROLS = ("Title\n\n" + "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) * 40)
IMAGE_ONLY_PDF = make_pdf([[], []])
ZEROS = bytes(30 * MB)
CASES: list[tuple[str, Build, type[Exception], str]] = [
    ("unsupported suffix", write("notes.xyz", b"Some text."), UnsupportedFormatError,
     r"cannot open \.xyz files"),
    ("no suffix", write("README", b"Some text."), UnsupportedFormatError,
     "files without a suffix"),
    ("missing", missing, DocumentLoadError, "no such file"),
    ("directory", folder_named_txt, DocumentLoadError, "is a folder"),
    ("permission", unreadable, DocumentLoadError, r"cannot be read \(permission denied\)"),
    ("empty", write("empty.txt", b""), DocumentLoadError, "is empty"),
    ("whitespace", write("blank.md", b" \n\t\r\n  \n"), DocumentLoadError, "only whitespace"),
    ("utf16 whitespace", write("blank.txt", b"\xff\xfe \x00\n\x00"), DocumentLoadError,
     "only whitespace"),
    ("binary txt", write("photo.txt", BINARY), DocumentLoadError, "binary file"),
    ("binary html", write("photo.html", BINARY), DocumentLoadError, "binary file"),
    ("control characters", write("odd.md", CONTROLS.encode()), DocumentLoadError, "binary file"),
    ("undecodable", write("noise.txt", bytes(range(128, 256)) * 20), DocumentLoadError,
     "cannot be decoded"),
    ("too large txt", sparse("huge.txt", 60 * MB), DocumentTooLargeError,
     r"is 60\.0 MB, over the 50 MB limit"),
    ("too large pdf", sparse("huge.pdf", 51 * MB), DocumentTooLargeError, "over the 50 MB limit"),
    ("html without article", write("nav.html", b"<html><body><nav><a href='/'>Home</a></nav>"),
     DocumentLoadError, "has no article text"),
    ("garbage html", write("junk.htm", b"<<<>>> </ <!-- <"), DocumentLoadError,
     "has no article text"),
    ("corrupt pdf", write("bad.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog"), DocumentLoadError,
     "is not a valid PDF"),
    ("truncated pdf", half_of("sample.pdf"), DocumentLoadError, "is not a valid PDF"),
    ("docx as pdf", write("story.pdf", (SEEDS / "sample.docx").read_bytes()), DocumentLoadError,
     "is not a valid PDF"),
    ("encrypted pdf", write("locked.pdf", make_pdf([text_page([["Secret text."]])],
                                                   encrypted=True)),
     DocumentLoadError, "is encrypted"),
    ("pdf bomb", pdf_bomb, DocumentTooLargeError, r"inflates past the 200 MB limit \(PDF bomb\?\)"),
    ("image-only pdf", write("scan.pdf", IMAGE_ONLY_PDF), DocumentLoadError,
     r"has no text layer \(scanned\?\)"),
    ("docx not a zip", write("story.docx", b"Just some words in a text file."),
     DocumentLoadError, "not a zip archive"),
    ("truncated docx", half_of("sample.docx"), DocumentLoadError, "is not a valid DOCX"),
    ("epub as docx", write("book.docx", (SEEDS / "sample.epub").read_bytes()),
     DocumentLoadError, r"word/document\.xml is missing"),
    ("docx zip bomb", zip_of("bomb.docx", {"word/document.xml": ZEROS}), DocumentTooLargeError,
     "zip bomb"),
    ("epub not a zip", write("book.epub", b"<html>not a book</html>"), DocumentLoadError,
     "is not a valid EPUB"),
    ("truncated epub", half_of("sample.epub"), DocumentLoadError, "is not a valid EPUB"),
    ("epub zip bomb", zip_of("bomb.epub", {"OEBPS/huge.xhtml": ZEROS}), DocumentTooLargeError,
     "zip bomb"),
    ("epub without container", zip_of("book.epub", {"mimetype": b"application/epub+zip"}),
     DocumentLoadError, r"META-INF/container\.xml is missing"),
    ("epub without chapters", epub_with_missing_chapter, DocumentLoadError,
     "has no readable text"),
]
IDS = [case[0] for case in CASES]


def build_case(name: str, build: Build, folder: Path) -> Path:
    if name == "permission" and os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions")
    return build(folder)


@pytest.mark.parametrize(("name", "build", "error", "reason"), CASES, ids=IDS)
def test_load_raises_a_reader_error_naming_the_file(tmp_path: Path, name: str, build: Build,
                                                    error: type[Exception], reason: str) -> None:
    path = build_case(name, build, tmp_path)
    with pytest.raises(error, match=reason) as caught:
        load(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("name", "build", "error", "reason"), CASES, ids=IDS)
def test_the_command_prints_one_line_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 name: str, build: Build,
                                                 error: type[Exception], reason: str) -> None:
    path = build_case(name, build, tmp_path)
    assert main(["analyze", str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"reader: {path}: ")
    assert "Traceback" not in captured.err + captured.out
    assert captured.out == ""


@pytest.mark.skipif(not hasattr(os, "fork") or os.geteuid() != 0,
                    reason="needs root to switch user")
def test_an_unreadable_file_as_an_ordinary_user() -> None:
    """Root reads any file, so a child process becomes `nobody` to meet the permission error."""
    folder = Path(tempfile.mkdtemp(dir="/tmp"))
    folder.chmod(0o755)
    path = unreadable(folder)
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, try to load, report by exit code only
        code = 3
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            load(path)
        except DocumentLoadError as error:
            code = 0 if str(error) == f"{path}: cannot be read (permission denied)" else 2
        except BaseException:
            code = 4
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    path.unlink()
    folder.rmdir()
    assert os.waitstatus_to_exitcode(status) == 0


def test_the_real_command_says_one_line_for_a_page_without_article(tmp_path: Path) -> None:
    """The real process: no library log lines or tracebacks on stderr."""
    markup = b"<html><body><div><nav><a href='/'>Home</a></div></table><<>>"
    path = write("broken.html", markup)(tmp_path)
    result = subprocess.run([sys.executable, "-m", "reader", "analyze", str(path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"reader: {path}: {NO_ARTICLE}"]
