"""Test set-up: offscreen Qt, an isolated data folder, no network, one shared spaCy pipeline."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Qt reads this when the first QGuiApplication starts: set it before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE = SEEDS / "000_b2b0c53222df4156.txt"
DATA = Path(__file__).resolve().parent / "data"


class NetworkAccessError(OSError):
    """Raised when code under test tries to reach the network."""


_attempts: list[str] = []
_INET = (socket.AF_INET, socket.AF_INET6)


def _guard(name: str, original: Any) -> Any:
    def blocked(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
        if self.family in _INET:
            _attempts.append(f"{name}{args!r}")
            raise NetworkAccessError(f"network access attempted: {name}{args!r}")
        return original(self, *args, **kwargs)

    return blocked


def _blocked_lookup(*args: Any, **kwargs: Any) -> Any:
    _attempts.append(f"getaddrinfo{args!r}")
    raise NetworkAccessError(f"network lookup attempted: getaddrinfo{args!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail any test that opens a network connection, even if the code swallows the error."""
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, _guard(name, getattr(socket.socket, name)))
    monkeypatch.setattr(socket, "getaddrinfo", _blocked_lookup)
    monkeypatch.setattr(socket, "gethostbyname", _blocked_lookup)
    _attempts.clear()
    yield _attempts
    tried = list(_attempts)
    _attempts.clear()
    if tried:
        pytest.fail(f"test opened a network connection: {tried}")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point Reader's data and cache folders at a fresh temporary folder for every test."""
    path = tmp_path_factory.mktemp("reader-data")
    monkeypatch.setenv("READER_DATA_DIR", str(path))
    monkeypatch.setenv("READER_CACHE_DIR", str(path / "cache"))
    return path


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The real installed spaCy pipeline, loaded once for the whole session."""
    from reader.analysis.nlp import load_pipeline

    return load_pipeline()
