"""Fixtures for the window tests: a real notes store on tmp_path and real MainWindows."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.notes.store import NoteStore
from reader.paths import sample_article
from reader.settings import load_settings
from reader.ui.main_window import MainWindow

ANALYSIS_TIMEOUT_MS = 60_000
MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    """Collect each window test's garbage (closed windows, sessions, services) here, on the GUI
    thread with no job running, rather than at some moment in the next test while its workers
    run: a collection there crashed the process now and then (a segmentation fault in
    test_analysis_process)."""
    yield
    gc.collect()


@pytest.fixture
def notes_db(tmp_path: Path) -> Path:
    return tmp_path / "notes.sqlite3"


@pytest.fixture
def make_window(qtbot: QtBot, nlp: Any, notes_db: Path) -> Iterator[MakeWindow]:
    """Open a MainWindow on a real store (each window its own connection to one database)."""
    stores: list[NoteStore] = []
    windows: list[MainWindow] = []  # held here: a window collected unclosed would leave threads

    def make() -> MainWindow:
        store = NoteStore(notes_db)
        stores.append(store)
        window = MainWindow(store, load_settings(), lambda _model=None: nlp)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    windows.clear()
    gc.collect()  # here, on the GUI thread, not in some worker's thread later
    for store in stores:
        store.close()


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path | None = None) -> None:
    """Open a file (the sample by default) and wait until its analysis reaches the window and
    its highlights are on the page (they are painted a slice at a time, after the analysis)."""
    signals = [window.analysis_finished, window.highlights_painted]
    with qtbot.waitSignals(signals, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(path or sample_article())


@pytest.fixture
def sample_window(make_window: MakeWindow, qtbot: QtBot) -> MainWindow:
    window = make_window()
    open_and_wait(qtbot, window)
    return window
