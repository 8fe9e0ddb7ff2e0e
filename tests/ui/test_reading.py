"""A big file takes a while to read: the window says which, stays usable, and can give it up."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, MakeWindow

READ_MS = 12_000  # more than such a page takes to read here, on a busy machine


def big_page(folder: Path) -> Path:
    """A web page of over a megabyte (minutes of harbour board business), seconds to read."""
    rows = "".join(f"<p>Item {n}: the harbour board of Kestrel met on a grey morning to talk"
                   " about cranes, tides and the price of rope.</p>" for n in range(9_500))
    path = folder / "minutes.html"
    path.write_text(f"<html><head><title>Harbour minutes</title></head><body><article>"
                    f"<h1>Harbour minutes</h1>{rows}</article></body></html>", encoding="utf-8")
    return path


def tide_table(folder: Path) -> Path:
    """A web page under a megabyte (a year of tides in one table) that takes seconds to read."""
    rows = "".join(f"<tr><td>{n}</td><td>Kestrel harbour</td><td>high water at {n % 24}:00"
                   "</td></tr>" for n in range(12_000))
    path = folder / "tides.html"
    path.write_text(f"<html><body><h1>Tides</h1><p>The tide table for the year.</p>"
                    f"<table>{rows}</table></body></html>", encoding="utf-8")
    assert path.stat().st_size < 1_000_000
    return path


def small_article(folder: Path) -> Path:
    path = folder / "cranes.txt"
    path.write_text("Cranes\n\nThe port of Kestrel bought four new cranes this spring.\n",
                    encoding="utf-8")
    return path


def reads_nothing(window: MainWindow) -> bool:
    """No file being read, nor any reading given up still running."""
    return not window.session.reading_file and not window.session._abandoned


def test_a_big_file_says_it_is_being_read_until_it_opens(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    window.open_path(big_page(tmp_path))
    assert window.summary.text() == "Reading minutes.html…"
    assert window.status.isVisible()
    assert window.status.cancel.toolTip().startswith("Stop reading")
    assert window.view.placeholderText().startswith("Reading minutes.html…"), (
        "the empty page says what it waits for, not that no article is open")
    with qtbot.waitSignal(window.session.document_opened, timeout=ANALYSIS_TIMEOUT_MS):
        pass
    assert window.summary.text() != "Reading minutes.html…"
    assert window.view.placeholderText().startswith("No article open")


def test_cancel_gives_up_a_big_file_and_keeps_the_article(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    sample = sample_window.session.document
    sample_window.open_path(big_page(tmp_path))
    assert sample_window.summary.text() == "Reading minutes.html…"
    qtbot.mouseClick(sample_window.status.cancel, Qt.MouseButton.LeftButton)
    assert sample_window.messages.text == "Stopped reading minutes.html."
    assert not sample_window.status.isVisible()
    assert "Reading" not in sample_window.summary.text()
    qtbot.waitUntil(lambda: reads_nothing(sample_window), timeout=3_000)  # no minutes' wait
    qtbot.wait(READ_MS)
    assert sample_window.session.document is sample
    assert sample_window.view.shown_document is sample


def test_a_file_opened_while_a_big_one_is_read_is_the_one_that_stays(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    sample_window.open_path(big_page(tmp_path))
    cranes = small_article(tmp_path)
    with qtbot.waitSignal(sample_window.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        sample_window.open_path(cranes)
    qtbot.wait(READ_MS)  # the big page, had it still been read, would have opened by now
    document = sample_window.session.document
    assert document is not None
    assert document.source_path == cranes
    assert sample_window.view.shown_document is document


def test_closing_the_window_while_a_big_file_is_read_does_not_wait_for_it(
        make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    window.open_path(big_page(tmp_path))
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0


def test_closing_the_window_while_a_slow_page_under_a_megabyte_is_read_does_not_wait(
        make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    window.open_path(tide_table(tmp_path))
    time.sleep(1.0)  # well into the read
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0


def test_ctrl_period_stops_a_read_or_an_analysis_from_the_keyboard(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    """The status bar's Cancel was the only way to stop a read or an analysis, out of the
    keyboard's reach. File > Stop (Ctrl+.) does what it does, and is greyed out while nothing
    runs."""
    stop = sample_window.actions_by_name["stop"]
    assert not stop.isEnabled()
    sample_window.open_path(big_page(tmp_path))
    assert stop.isEnabled()
    qtbot.keyClick(sample_window.view, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert sample_window.messages.text == "Stopped reading minutes.html."
    assert not stop.isEnabled()
    qtbot.waitUntil(lambda: reads_nothing(sample_window), timeout=3_000)
    sample_window.open_path(small_article(tmp_path))
    assert stop.isEnabled(), "the analysis runs"
    qtbot.keyClick(sample_window.view, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert sample_window.summary.text().startswith("Analysis cancelled")
    assert not stop.isEnabled()


def test_a_big_file_asked_for_again_while_it_is_read_reads_on(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    """Opened again while it was read (a second click on it in Open Recent, a second drop), a
    big file was read again from the start: the reader waited twice as long. The read under
    way goes on, and the file opens once."""
    minutes = big_page(tmp_path)
    sample_window.open_path(minutes)
    with qtbot.assertNotEmitted(sample_window.session.reading_ended):
        sample_window.open_path(minutes)
    assert sample_window.summary.text() == "Reading minutes.html…"
    with qtbot.waitSignal(sample_window.session.document_opened, timeout=ANALYSIS_TIMEOUT_MS):
        pass
    document = sample_window.session.document
    assert document is not None
    assert document.source_path == minutes


def test_a_web_page_reopens_where_the_last_session_left_it(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Reader reopened a text where the reader had left it, but a web page (BBC business 036
    saved as HTML) at its top: the place was asked for as soon as the file was asked for, and
    a page is read in another process, so there was no page yet to scroll. The place now waits
    for the page to open."""
    rows = "".join(f"<p>Item {n}: the harbour board of Kestrel met to talk about cranes.</p>"
                   for n in range(120))
    page = tmp_path / "minutes.html"
    page.write_text(f"<html><body><article><h1>Harbour minutes</h1>{rows}</article></body>"
                    "</html>", encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.session.document_opened, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(page)
    window.view.scroll_to_offset(page.read_text(encoding="utf-8").index("Item 60") // 2)
    window.close()
    left = window.state.reading_offset(page)
    assert left is not None
    assert left > 1000

    again = make_window()
    with qtbot.waitSignal(again.session.document_opened, timeout=ANALYSIS_TIMEOUT_MS):
        again.open_path(page)  # as app.launch does: open, then ask for the place
        again.restore_reading_position(page)
    assert abs(again.view.top_offset() - left) < 100
