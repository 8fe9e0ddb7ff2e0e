"""The window as `reader` starts it: every analysis in its analysis process."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.analysis.service import AnalysisService
from reader.notes.store import NoteStore
from reader.paths import sample_article
from reader.settings import load_settings
from reader.ui import session
from reader.ui.app import start_analysis
from reader.ui.main_window import MainWindow
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS


def sample_painted(qtbot: QtBot, store: NoteStore, service: AnalysisService | None,
                   timeout_ms: int = ANALYSIS_TIMEOUT_MS) -> MainWindow:
    """A window analysing in an analysis process (service, or its own), on the sample."""
    window = MainWindow(store, load_settings(), None, service)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.highlights_painted, timeout=timeout_ms):
        window.open_path(sample_article())
    return window


def test_the_window_analyses_in_its_process_and_closing_ends_it(
        qtbot: QtBot, notes_db: Path, tmp_path: Path) -> None:
    store = NoteStore(notes_db)
    window = sample_painted(qtbot, store, AnalysisService(None))
    failures: list[str] = []
    window.session.pipeline_failed.connect(failures.append)
    window.session.analysis_failed.connect(failures.append)
    analysis = window.session.analysis
    assert analysis is not None
    assert {"PERSON", "GPE"} <= {e.label for e in analysis.entities}
    assert analysis.quotes

    long = tmp_path / "long.txt"  # long enough to be still running when the window closes
    long.write_text("\n\n".join([sample_article().read_text(encoding="utf-8")] * 60),
                    encoding="utf-8")
    with qtbot.waitSignal(window.session.analysis_started, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(long)
    process = window.session.service
    assert process is not None
    assert process.alive
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 10
    assert not process.alive
    assert not window.session.analysing
    assert failures == []
    store.close()


def test_a_new_pipeline_setting_starts_a_new_process(qtbot: QtBot, notes_db: Path) -> None:
    store = NoteStore(notes_db)
    first = AnalysisService(None)
    window = sample_painted(qtbot, store, first)
    with qtbot.waitSignal(window.session.pipeline_failed,
                          timeout=ANALYSIS_TIMEOUT_MS) as failed:
        window.change_settings(window.settings.replace(model="no_such_pipeline_package"))
    assert "no_such_pipeline_package" in failed.args[0]
    assert not first.alive
    assert window.session.service is not first
    assert window.session.analysis is not None  # the article keeps what it had
    window.close()
    store.close()


def test_a_cached_first_article_needs_no_early_process(qtbot: QtBot, notes_db: Path) -> None:
    early = start_analysis(None)  # the sample, not analysed yet: the process starts at once
    assert isinstance(early, AnalysisService)
    store = NoteStore(notes_db)
    sample_painted(qtbot, store, early).close()
    assert not early.alive

    assert start_analysis(None) is None  # now cached: the window paints it without spaCy
    again = sample_painted(qtbot, store, None, timeout_ms=5_000)
    assert again.session.service is None
    qtbot.waitUntil(lambda: again.session.service is not None,  # started once it is painted
                    timeout=session.SERVICE_DELAY_MS + 5_000)
    again.close()
    store.close()


def test_an_analysis_process_that_died_is_replaced_at_the_next_article(
        qtbot: QtBot, notes_db: Path, tmp_path: Path) -> None:
    store = NoteStore(notes_db)
    first = AnalysisService(None)
    window = sample_painted(qtbot, store, first)
    os.kill(first._process.pid or 0, signal.SIGKILL)
    first._process.join(timeout=10)
    failures: list[str] = []
    window.session.analysis_failed.connect(failures.append)
    other = tmp_path / "other.txt"
    other.write_text("Angela Merkel visited Paris on Monday. Merkel met the French president.",
                     encoding="utf-8")
    with qtbot.waitSignal(window.highlights_painted, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(other)
    assert failures == []
    assert window.session.service is not first
    analysis = window.session.analysis
    assert analysis is not None
    assert "Angela Merkel" in {e.name for e in analysis.entities}
    window.close()
    store.close()
