"""load_apart, ApartReader: a file read in a process of its own gives what load gives, and stops
on cancel; the process of a read that ended well reads the next file."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from reader.errors import Cancelled, DocumentLoadError
from reader.loaders import load
from reader.loaders.apart import ApartReader, load_apart
from reader.settings import Settings


def test_it_gives_the_document_load_gives(tmp_path: Path) -> None:
    path = tmp_path / "cranes.html"
    path.write_text("<html><body><h1>Cranes</h1><p>The port of Kestrel bought four new cranes"
                    " this spring.</p></body></html>", encoding="utf-8")
    assert load_apart(path, Settings(), threading.Event()) == load(path)


def test_a_refusal_keeps_its_path_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    with pytest.raises(DocumentLoadError) as refused:
        load_apart(path, Settings(), threading.Event())
    assert refused.value.path == path
    assert refused.value.reason == "is empty"


def test_a_set_cancel_stops_it_at_once(tmp_path: Path) -> None:
    path = tmp_path / "cranes.html"
    path.write_text("<p>Cranes.</p>" * 100_000, encoding="utf-8")
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        load_apart(path, Settings(), cancel)
    assert time.monotonic() - started < 2.0


def _page(folder: Path, name: str) -> Path:
    path = folder / f"{name}.html"
    path.write_text(f"<html><body><h1>{name}</h1><p>The port of Kestrel bought four new {name}"
                    " this spring.</p></body></html>", encoding="utf-8")
    return path


def test_the_process_of_a_read_reads_the_next_file(tmp_path: Path) -> None:
    reader = ApartReader()
    try:
        reader.load(_page(tmp_path, "cranes"), Settings(), threading.Event())
        first = reader._idle
        assert first is not None
        document = reader.load(_page(tmp_path, "tugs"), Settings(), threading.Event())
        assert reader._idle is first
        assert document == load(tmp_path / "tugs.html")
    finally:
        reader.close()
    assert not first.process.is_alive()


def test_a_cancelled_read_leaves_no_process(tmp_path: Path) -> None:
    path = tmp_path / "cranes.html"
    path.write_text("<p>Cranes.</p>" * 100_000, encoding="utf-8")
    reader = ApartReader()
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    with pytest.raises(Cancelled):
        reader.load(path, Settings(), cancel)
    assert reader._idle is None
    assert reader.load(_page(tmp_path, "tugs"), Settings(), threading.Event()) == load(
        tmp_path / "tugs.html")
    reader.close()
