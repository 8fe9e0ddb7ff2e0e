"""LibraryWindow on a real notes database: lists noted documents, opens, marks and relinks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)
from pytestqt.qtbot import QtBot

from reader.document import fingerprint
from reader.notes.model import DocumentRecord
from reader.notes.store import NoteStore
from reader.ui.library_window import PATH_SHARE, LibraryWindow, last_opened_text
from reader.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow, open_and_wait
from tests.ui.driving import choose


@pytest.fixture
def store(tmp_path: Path) -> Iterator[NoteStore]:
    with NoteStore(tmp_path / "notes.sqlite3") as opened:
        yield opened


def noted(store: NoteStore, folder: Path, name: str, notes: int) -> tuple[Path, DocumentRecord]:
    path = folder / name
    path.write_text(f"The text of {name}.", encoding="utf-8")
    record = store.open_document(fingerprint(path.read_text()), path, name.upper())
    for i in range(notes):
        store.add(record.id, f"note {i}")
    return path, record


def window(qtbot: QtBot, store: NoteStore) -> LibraryWindow:
    library = LibraryWindow(store)
    qtbot.addWidget(library)
    library.show()
    return library


def cell(library: LibraryWindow, row: int, column: int,
         role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
    return library.model.data(library.model.index(row, column), role)


def test_lists_documents_with_notes(qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    noted(store, tmp_path, "a.txt", 2)
    noted(store, tmp_path, "b.txt", 1)
    noted(store, tmp_path, "bare.txt", 0)
    library = window(qtbot, store)
    assert library.model.rowCount() == 2
    rows = {cell(library, r, 0): (cell(library, r, 1), cell(library, r, 3)) for r in range(2)}
    assert rows == {"A.TXT": (str((tmp_path / "a.txt").resolve()), "2"),
                    "B.TXT": (str((tmp_path / "b.txt").resolve()), "1")}
    assert len(str(cell(library, 0, 2))) == len("2026-01-01 12:00")


def test_opening_a_document_asks_for_its_path(qtbot: QtBot, store: NoteStore,
                                              tmp_path: Path) -> None:
    path, _ = noted(store, tmp_path, "a.txt", 1)
    library = window(qtbot, store)
    library.select_row(0)
    with qtbot.waitSignal(library.open_requested) as signal:
        library.open_button.click()
    assert signal.args == [path.resolve()]


def test_a_missing_file_is_marked_and_relinked(qtbot: QtBot, store: NoteStore,
                                               tmp_path: Path) -> None:
    path, record = noted(store, tmp_path, "a.txt", 3)
    moved = path.replace(tmp_path / "moved-away.txt")
    library = window(qtbot, store)
    assert str(cell(library, 0, 1)).endswith("(missing)")
    assert cell(library, 0, 0, Qt.ItemDataRole.FontRole).italic()  # type: ignore[attr-defined]
    library.select_row(0)
    relinked = library.relink_selected(moved)
    assert relinked is not None
    assert (relinked.id, relinked.path) == (record.id, str(moved.resolve()))
    assert not str(cell(library, 0, 1)).endswith("(missing)")
    with qtbot.waitSignal(library.open_requested) as signal:
        library.open_selected()
    assert signal.args == [moved.resolve()]


def test_an_empty_library_says_how_to_start(qtbot: QtBot, store: NoteStore) -> None:
    library = window(qtbot, store)
    assert "No notes yet" in library.message.text()
    assert not library.open_button.isEnabled()


def test_last_opened_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        assert last_opened_text("2026-11-25T13:03:12+00:00") == "2026-11-25 14:03"
        assert last_opened_text("not a time") == "not a time"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_missing_file_is_found_again_through_the_where_is_dialog(
        qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    path, record = noted(store, tmp_path, "a.txt", 1)
    moved = path.replace(tmp_path / "renamed.txt")
    library = window(qtbot, store)
    library.select_row(0)
    answer, seen = choose(moved)
    relinked = library.relink_selected()
    assert answer.answered
    assert seen.title == "Where is a.txt?"
    assert not seen.native
    assert relinked is not None
    assert (relinked.id, relinked.path) == (record.id, str(moved.resolve()))
    cancel, _ = choose(None)
    assert library.relink_selected() is None
    assert cancel.answered


def shown_text(table: QTableView, row: int, column: int) -> str:
    """The text a cell shows, elided as its delegate and the view elide it to its width."""
    index = table.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.textElideMode = table.textElideMode()
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    return option.fontMetrics.elidedText(option.text, option.textElideMode,
                                         table.columnWidth(column) - margin)


@pytest.mark.parametrize("size", [(760, 420), (560, 360)])
def test_the_library_shows_each_files_name_and_title_on_one_line(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, size: tuple[int, int]) -> None:
    """A document noted in a deep folder: its row is one line, the path keeps the file's name
    in sight (elided at its start) and the title has the larger share of the width."""
    folder = tmp_path / "articles saved from the web" / "2026" / "politics and economy"
    folder.mkdir(parents=True)
    article = folder / "tariffs-explained.txt"
    article.write_text("Tariffs Explained\n\nA tariff is a tax on imported goods that the"
                       " importer pays at the border.\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    assert window.notes is not None
    window.notes.add_document_note()
    window.actions_by_name["library"].trigger()
    library = window.library
    assert library is not None
    qtbot.addWidget(library)
    library.resize(*size)
    qtbot.waitExposed(library)
    table = library.table
    assert not table.wordWrap()
    assert shown_text(table, 0, 1).endswith("tariffs-explained.txt")
    assert table.columnWidth(0) > table.columnWidth(1)
    assert not table.horizontalScrollBar().isVisible()
    library.close()


def test_a_long_title_leaves_the_other_columns_in_sight(
        qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    """A noted article with a long title: its column was fitted to the whole title (1330 px),
    and unless a long path was then cut to its share (which made Qt stretch the title again)
    it kept that width, the path, the time and the count out of sight to the right. Now the
    title takes the room the others leave and is cut."""
    title = ("Ministers, mayors and harbour pilots from eleven coastal towns gather in Halden"
             " for a three-day summit on dredging, ferries, tolls and the future of the"
             " Eastgate bridge, as protesters march outside the conference centre")
    path = tmp_path / "summit.md"
    path.write_text(f"# {title}\n\nThe summit opened on Monday.\n", encoding="utf-8")
    record = store.open_document(fingerprint(path.read_text()), path, title)
    store.add(record.id, "a note")
    library = LibraryWindow(store)
    qtbot.addWidget(library)
    library.resize(1700, 420)  # the path within its share: not cut
    library.show()
    qtbot.waitExposed(library)
    table = library.table
    assert table.columnWidth(1) < round(table.viewport().width() * PATH_SHARE)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), [table.columnWidth(c) for c in range(4)]
    assert table.columnWidth(0) > table.columnWidth(1)
    library.close()


def test_escape_or_ctrl_w_closes_the_library(qtbot: QtBot, sample_window: MainWindow) -> None:
    """The Library opened from the reader's window (Ctrl+L) closes from the keyboard, as its
    dialogs do: Escape, or the platform's Close keys."""
    assert sample_window.notes is not None
    sample_window.notes.add_document_note()
    for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
        sample_window.actions_by_name["library"].trigger()
        library = sample_window.library
        assert library is not None
        library.activateWindow()  # as the window manager makes a new window the active one
        qtbot.waitUntil(library.isActiveWindow)
        assert library.model.rowCount() == 1
        QTest.keySequence(library.table, keys)
        qtbot.waitUntil(lambda library=library: not library.isVisible(), timeout=2_000)


def test_quitting_closes_the_library_too(qtbot: QtBot, sample_window: MainWindow) -> None:
    """File > Quit with the Library open ends Reader: the Library, a window of its own, was left
    open alone (and the application, whose last window it was, kept running)."""
    assert sample_window.notes is not None
    sample_window.notes.add_document_note()
    sample_window.actions_by_name["library"].trigger()
    library = sample_window.library
    assert library is not None
    qtbot.waitExposed(library)
    sample_window.actions_by_name["quit"].trigger()
    assert not sample_window.isVisible()
    assert not library.isVisible()


def test_a_document_opened_from_the_library_comes_forward(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Enter on a row of the Library opens that document in the reader's window and makes it
    the active window, to be read at once (the Library stayed in front of it)."""
    window = make_window()
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour news\n\nThe ferry ran late on Monday, Ines Duarte said.\n",
                       encoding="utf-8")
    open_and_wait(qtbot, window, article)
    assert window.notes is not None
    window.notes.add_document_note()
    window.actions_by_name["close_document"].trigger()
    window.actions_by_name["library"].trigger()
    library = window.library
    assert library is not None
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow)
    library.select_row(0)
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        QTest.keyClick(library.table, Qt.Key.Key_Return)
    assert window.session.document is not None
    assert window.session.document.source_path == article.resolve()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)


def test_asking_for_the_library_again_brings_back_the_one_open(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    """Ctrl+L with the Library open shows that one again, up to date: each press made another
    window, and Quit closed only the last (the others kept Reader running)."""
    assert sample_window.notes is not None
    sample_window.notes.add_document_note()
    sample_window.actions_by_name["library"].trigger()
    first = sample_window.library
    assert first is not None
    assert first.model.rowCount() == 1
    noted(sample_window.store, tmp_path, "second.txt", 1)
    sample_window.actions_by_name["library"].trigger()
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, LibraryWindow) and w.isVisible()]
    assert shown == [first]
    assert first.model.rowCount() == 2, "the note added since is listed"
    sample_window.actions_by_name["quit"].trigger()
    assert not any(isinstance(w, LibraryWindow) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_the_librarys_titles_stand_over_their_text(qtbot: QtBot, sample_window: MainWindow
                                                   ) -> None:
    """The Library's column titles were centred ('Title' in the middle of a wide column) over
    text that starts at the left, unlike the side panel's lists: they start at the left too."""
    sample_window.actions_by_name["library"].trigger()
    library = sample_window.library
    assert library is not None
    header = library.table.horizontalHeader()
    side = sample_window.side_panel.entities.view.header()
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignHorizontal_Mask == \
        side.defaultAlignment() & Qt.AlignmentFlag.AlignHorizontal_Mask


def test_the_library_opens_over_the_readers_window(qtbot: QtBot, sample_window: MainWindow
                                                    ) -> None:
    """The Library, a window of its own, was put where the window manager puts a window of no
    parent: a corner of the screen, away from the reader's window (openbox). It now opens over
    the middle of the reader's window, as its dialogs do."""
    sample_window.move(180, 90)
    sample_window.actions_by_name["library"].trigger()
    library = sample_window.library
    assert library is not None
    qtbot.waitExposed(library)
    middle = sample_window.frameGeometry().center()
    assert (library.frameGeometry().center() - middle).manhattanLength() <= 4
