"""The processes Reader starts (the reader of files, the analysis) open no network connection
either: the suite's guard (conftest) watches its own process only, so here each child starts
with an audit hook (a sitecustomize on PYTHONPATH, which a spawned interpreter imports first)
that records and refuses any Internet connection or name lookup."""

from __future__ import annotations

import contextlib
import multiprocessing
import socket
import threading
from pathlib import Path

import pytest

from reader.analysis.service import AnalysisService
from reader.loaders import load
from reader.loaders.apart import ApartReader
from reader.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

_HOOK = '''
import os, socket, sys

_LOG = os.environ["READER_TEST_NETWORK_LOG"]
_INET = (socket.AF_INET, socket.AF_INET6)


def _hook(event, args):
    if event == "socket.connect" and getattr(args[0], "family", None) not in _INET:
        return  # a local pipe between the processes
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                 "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.sendto"):
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{event} {args[int(event == 'socket.connect'):]!r}\\n")
        raise OSError("network access from a child process")


sys.addaudithook(_hook)
'''


@pytest.fixture
def watched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The log a child's attempts go to; children started meanwhile carry the hook."""
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir()
    (hook_dir / "sitecustomize.py").write_text(_HOOK, encoding="utf-8")
    log = tmp_path / "network.log"
    log.touch()
    monkeypatch.setenv("PYTHONPATH", str(hook_dir))
    monkeypatch.setenv("READER_TEST_NETWORK_LOG", str(log))
    return log


def _reach_out() -> None:
    with contextlib.suppress(OSError):
        socket.create_connection(("example.com", 80), timeout=1)  # looks the name up first
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, \
            contextlib.suppress(OSError):
        sock.connect(("127.0.0.1", 9))


def test_the_hook_records_a_child_that_reaches_out(watched: Path) -> None:
    child = multiprocessing.get_context("spawn").Process(target=_reach_out)
    child.start()
    child.join(60)
    attempts = watched.read_text(encoding="utf-8")
    assert "socket.getaddrinfo ('example.com'" in attempts
    assert "socket.connect" in attempts


@pytest.mark.parametrize("name", ["sample.html", "sample.pdf", "sample.docx", "sample.epub",
                                  "sample.md"])
def test_the_process_that_reads_files_opens_no_connection(watched: Path, name: str) -> None:
    reader = ApartReader()
    try:
        document = reader.load(SEEDS / name, Settings(), threading.Event())
    finally:
        reader.close()
    assert "Wrenhaven" in document.text
    assert watched.read_text(encoding="utf-8") == ""


def test_the_analysis_process_opens_no_connection(watched: Path) -> None:
    document = load(SEEDS / "sample.md")
    with AnalysisService() as service:
        analysis = service.analyze(document)
    assert analysis.quotes
    assert watched.read_text(encoding="utf-8") == ""
