"""Tooltips on the panel's and the dossier's rows: a clipped row shows its whole text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reader.document import TextSpan
from reader.ui.main_window import MainWindow
from reader.ui.widgets import TIP_WIDTH
from tests.ui.conftest import MakeWindow, open_and_wait
from tests.ui.driving import entity_named

LONG_QUOTE = (
    "The new bridge will carry twice the traffic of the old one, it will open two months ahead"
    " of schedule, and it will cost the city far less than anyone on the council had feared when"
    " the plans were first drawn up")
ARTICLE = (
    "Bridge to open early\n\n"
    "The mayor of Springfield spoke to reporters on Monday.\n\n"
    f"\"{LONG_QUOTE},\" Mayor Jane Holloway said at a press conference.\n\n"
    "Holloway said the old bridge would close in March.\n")


def hover(qtbot: QtBot, view: QAbstractItemView, point: QPoint) -> tuple[str, int]:
    """Rest the mouse on a point of a list; the tooltip's text, as a reader sees it, and its
    width."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    label = next(w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "qtooltip_label" and w.isVisible())
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())
    return shown.toPlainText().strip(), label.width()


def long_quote_window(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> MainWindow:
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    return window


def test_a_clipped_quote_shows_whole_in_its_tooltip(qtbot: QtBot, make_window: MakeWindow,
                                                    tmp_path: Path) -> None:
    window = long_quote_window(qtbot, make_window, tmp_path)
    tab = window.side_panel.quotes
    window.side_panel.setCurrentWidget(tab)
    rows = [tab.proxy.index(r, 3) for r in range(tab.proxy.rowCount())]
    row = next(i for i in rows if LONG_QUOTE[:40] in i.data())
    assert row.data().endswith("…"), "the row clips the quote"
    tab.view.scrollTo(row)
    text, width = hover(qtbot, tab.view, tab.view.visualRect(row).center())
    assert text == LONG_QUOTE
    assert width >= TIP_WIDTH, "in a box wide enough to read, not a narrow column"


def test_a_clipped_dossier_row_shows_whole_in_its_tooltip(qtbot: QtBot, make_window: MakeWindow,
                                                          tmp_path: Path) -> None:
    window = long_quote_window(qtbot, make_window, tmp_path)
    window.show_entity(entity_named(window, "Jane Holloway").id)
    items = window.dossier.items
    head = items.topLevelItem(0)
    assert head is not None
    assert head.text(0).startswith("Quotes")
    item = next(head.child(i) for i in range(head.childCount())
                if LONG_QUOTE[:40] in head.child(i).text(0))
    assert item.text(0).endswith("…")
    text, width = hover(qtbot, items, items.visualItemRect(item).center())
    assert text == LONG_QUOTE
    assert width >= TIP_WIDTH


def test_a_long_noted_passage_shows_whole_in_a_readable_tooltip(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window = long_quote_window(qtbot, make_window, tmp_path)
    assert window.notes is not None
    text = window.session.document.text  # type: ignore[union-attr]
    start = text.index(LONG_QUOTE)
    passage = TextSpan(start, start + len(LONG_QUOTE))
    window.view.reveal(passage, flash=False, select=passage)
    window.actions_by_name["add_note"].trigger()
    notes = window.notes.list
    window.side_panel.setCurrentWidget(window.notes)
    text_shown, width = hover(qtbot, notes, notes.visualRect(window.notes.model.index(0)).center())
    assert text_shown == LONG_QUOTE
    assert TIP_WIDTH <= width < 2 * TIP_WIDTH, "wrapped in a box of its own width"
