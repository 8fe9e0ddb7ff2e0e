"""load_apart: a file read in a process of its own gives what load gives, and stops on cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from reader.errors import Cancelled, DocumentLoadError
from reader.loaders import load
from reader.loaders.apart import load_apart
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
