"""The smaller windows: keyboard shortcuts, settings, Open Recent, the find bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.settings import Settings, load_settings
from reader.ui.main_window import MainWindow
from reader.ui.recent_menu import RecentMenu
from reader.ui.settings_dialog import BEST, SettingsDialog
from reader.ui.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, MakeWindow, open_and_wait

NATIVE = QKeySequence.SequenceFormat.NativeText


def test_every_promised_shortcut_is_listed(sample_window: MainWindow, qtbot: QtBot) -> None:
    keys = {k for _name, keys in shortcut_rows(sample_window.actions_by_name.values())
            for k in keys.split(", ")}
    promised = ["Ctrl+O", "Ctrl+W", "Ctrl+Q", "Ctrl+F", "F3", "Shift+F3", "Ctrl+J", "Ctrl+E",
                "Ctrl++", "Ctrl+-", "Ctrl+0", *(f"Alt+{i}" for i in range(1, 6))]
    assert {QKeySequence(k).toString(NATIVE) for k in promised} <= keys
    dialog = ShortcutsDialog(sample_window.actions_by_name.values())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(shortcut_rows(sample_window.actions_by_name.values()))


def test_each_shortcut_is_named_with_its_menu(sample_window: MainWindow, qtbot: QtBot) -> None:
    """'Close' and 'Entities' alone do not say what they close or do: the Help list says
    'File › Close' and 'View › Entities', as the menus do."""
    dialog = ShortcutsDialog(sample_window.actions_by_name.values(), sample_window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    native = {name: QKeySequence(keys).toString(NATIVE) for name, keys in (
        ("File › Close", "Ctrl+W"), ("File › Open", "Ctrl+O"), ("View › Entities", "Alt+1"),
        ("Go › Close the entity's panel", "Esc"), ("Edit › Find", "Ctrl+F"))}
    assert {name: rows.get(name) for name in native} == native


def test_the_panel_tab_keys_switch_tabs(sample_window: MainWindow) -> None:
    sample_window.actions_by_name["tab_2"].trigger()
    assert sample_window.side_panel.currentWidget() is sample_window.side_panel.quotes


def test_a_tab_chosen_from_the_keyboard_takes_the_keys(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Alt+2 shows Events with the keyboard in its list, so Down moves through the events (the
    focus was on the tab's page, where no key did anything); Alt+5 puts it in the notes list."""
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    panel = sample_window.side_panel
    sample_window.actions_by_name["tab_1"].trigger()
    view = panel.events.view
    assert sample_window.focusWidget() is view
    before = view.currentIndex().row()
    QTest.keyClick(sample_window.focusWidget(), Qt.Key.Key_Down)
    assert view.currentIndex().row() == before + 1
    sample_window.actions_by_name["tab_4"].trigger()
    assert sample_window.notes is not None
    assert sample_window.focusWidget() is sample_window.notes.list


def test_settings_come_back_as_chosen(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(), ["en_core_web_sm"])
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(17)
    dialog.theme.setCurrentIndex(2)
    dialog.set_colour("PERSON", "#123456")
    chosen = dialog.chosen()
    assert (chosen.font_size, chosen.theme, chosen.colours["PERSON"]) == (17, "dark", "#123456")
    assert chosen.model is None
    assert dialog.pipeline.currentText() == BEST


def test_open_recent_marks_a_missing_file(qtbot: QtBot, tmp_path: Path) -> None:
    here, gone = tmp_path / "here.txt", tmp_path / "gone.txt"
    here.write_text("An article.", encoding="utf-8")
    menu = RecentMenu(lambda: (str(here), str(gone)))
    qtbot.addWidget(menu)
    menu.rebuild()
    entries = [(a.text(), a.isEnabled()) for a in menu.actions()]
    assert entries[:2] == [("&1 here.txt", True), ("&2 gone.txt (missing)", False)]
    with qtbot.waitSignal(menu.open_requested) as blocker:
        menu.actions()[0].trigger()
    assert blocker.args == [here]


def test_open_recent_tells_files_apart_and_answers_the_keyboard(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Two recent files of one name are told apart by their folders, a name with '&' reads as
    written, each shows its article's title, and each entry has a number to press: '3' in the
    open menu opens the third."""
    first, second = tmp_path / "monday" / "council.txt", tmp_path / "tuesday" / "council.txt"
    qa = tmp_path / "Q&A with the mayor.txt"
    for path, day in ((first, "Monday"), (second, "Tuesday"), (qa, "Wednesday")):
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"Council meets\n\nThe council met on {day}, Anna Berg said.\n",
                        encoding="utf-8")
    window = make_window()
    for path in (first, second, qa):
        open_and_wait(qtbot, window, path)
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(QPoint(40, 40)))  # as File > Open Recent shows it
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions()]
    # each with the article's title, which the notes database keeps, before its file's name
    assert texts[:3] == ["&1 Council meets (Q&&A with the mayor.txt)",
                         "&2 Council meets (council.txt — tuesday)",
                         "&3 Council meets (council.txt — monday)"]
    with qtbot.waitSignal(window.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        QTest.keyClick(menu, Qt.Key.Key_3)
    assert window.session.document is not None
    assert window.session.document.source_path == first.resolve()


def test_open_recent_reads_the_titles_once(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """File > Open Recent read the notes database's documents on the GUI thread each time it
    opened: it reads them at its first opening, then keeps the titles of the files opened."""
    window = make_window()
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Council meets\n\nThe council met on Monday, Anna Berg said.\n",
                     encoding="utf-8")
    second.write_text("Budget passes\n\nThe budget passed on Tuesday, Anna Berg said.\n",
                      encoding="utf-8")
    open_and_wait(qtbot, window, first)
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    menu.hide()
    open_and_wait(qtbot, window, second)
    statements: list[str] = []
    window.store._db.set_trace_callback(statements.append)
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    window.store._db.set_trace_callback(None)
    assert [a.text() for a in menu.actions()][:2] == ["&1 Budget passes (second.txt)",
                                                      "&2 Council meets (first.txt)"]
    assert not [s for s in statements if "documents" in s], statements


def test_the_recent_files_can_be_forgotten(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Open Recent ends with 'Clear the list': a file gone for good, marked '(missing)', could
    not be taken off it, nor could a list the reader wants empty."""
    window = make_window()
    for name in ("first.txt", "second.txt"):
        path = tmp_path / name
        path.write_text("Council meets\n\nThe council met on Monday, Anna Berg said.\n",
                        encoding="utf-8")
        open_and_wait(qtbot, window, path)
    (tmp_path / "first.txt").unlink()
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()][-1] == "&Clear the list"
    QTest.keyClick(menu, Qt.Key.Key_C)
    assert window.settings.recent_files == ()
    assert load_settings().recent_files == (), "forgotten for the next start too"
    menu.rebuild()
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [("No recent files", False)]


def test_find_counts_and_steps_through_matches(sample_window: MainWindow) -> None:
    bar = sample_window.find_bar
    sample_window.actions_by_name["find"].trigger()
    bar.field.setText("strikes")
    text = sample_window.session.document.text  # type: ignore[union-attr]
    count = text.count("strikes")
    assert bar.count.text() == f"1 of {count}"
    bar.find_next()
    assert bar.count.text() == f"2 of {count}"
    assert sample_window.view.textCursor().selectedText() == "strikes"
    bar.find_previous()
    bar.find_previous()
    assert bar.count.text() == f"{count} of {count}"
    bar.field.setText("no such words here")
    assert bar.count.text() == "No matches"


def test_zoom_changes_the_reading_size(sample_window: MainWindow) -> None:
    view = sample_window.view
    before = view.document().firstBlock().next().charFormat().font().pointSizeF()
    sample_window.actions_by_name["zoom_in"].trigger()
    after = view.document().firstBlock().next().charFormat().font().pointSizeF()
    assert after > before
    sample_window.actions_by_name["zoom_reset"].trigger()
    assert view.document().firstBlock().next().charFormat().font().pointSizeF() == before


def test_the_find_count_follows_the_document(sample_window: MainWindow) -> None:
    bar = sample_window.find_bar
    sample_window.actions_by_name["find"].trigger()
    bar.field.setText("strikes")
    assert bar.matches
    sample_window.actions_by_name["close_document"].trigger()
    assert bar.count.text() == "No matches"
    assert sample_window.view.marked("find")[0] == []


def test_the_shortcuts_are_listed_a_line_a_row(sample_window: MainWindow, qtbot: QtBot) -> None:
    """Help > Keyboard shortcuts gave each shortcut a row twice its text's height, and showed
    14 of its rows in a dialog a scroll bar long: now a row is a line, as in a menu, and the
    dialog shows them all where the screen has the room."""
    dialog = ShortcutsDialog(sample_window.actions_by_name.values(), sample_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, line = dialog.table, dialog.fontMetrics().height()
    assert all(table.rowHeight(row) <= line + 8 for row in range(table.rowCount()))
    screen = dialog.screen().availableGeometry().height()
    assert table.verticalScrollBar().maximum() == 0 or dialog.height() >= 0.75 * screen


def test_the_shortcuts_titles_stand_over_their_text(sample_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    """Help > Keyboard shortcuts centred 'Action' over a wide column of text starting at the
    left: its titles start at the left, as in the side panel's lists."""
    dialog = ShortcutsDialog(sample_window.actions_by_name.values(), sample_window)
    qtbot.addWidget(dialog)
    side = sample_window.side_panel.entities.view.header()
    mask = Qt.AlignmentFlag.AlignHorizontal_Mask
    assert dialog.table.horizontalHeader().defaultAlignment() & mask == \
        side.defaultAlignment() & mask == Qt.AlignmentFlag.AlignLeft
