"""The window fits its screen: a first size or a saved one larger than the screen is trimmed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.notes.store import NoteStore
from reader.settings import load_settings
from reader.ui.main_window import MainWindow
from reader.ui.window_state import fit_to_screen


def test_a_new_window_is_no_larger_than_its_screen(qtbot: QtBot, nlp: Any, notes_db: Path) -> None:
    store = NoteStore(notes_db)
    window = MainWindow(store, load_settings(), lambda _model=None: nlp)
    qtbot.addWidget(window)
    try:
        area = window.screen().availableGeometry()
        assert area.width() < 1360 or area.height() < 860, "the test needs a screen under 1360x860"
        assert window.width() <= area.width()
        assert window.height() <= area.height()
    finally:
        window.close()
        store.close()


def test_a_window_larger_than_its_screen_and_off_it_is_brought_inside(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    area = widget.screen().availableGeometry()
    widget.setGeometry(area.right() + 200, area.bottom() + 200, area.width() * 3, area.height() * 2)
    fit_to_screen(widget)
    assert area.contains(widget.frameGeometry())
    widget.resize(200, 150)
    widget.move(area.left() + 10, area.top() + 10)
    fit_to_screen(widget)  # a window that fits is left where and as it is
    assert (widget.width(), widget.height(), widget.x(), widget.y()) == (
        200, 150, area.left() + 10, area.top() + 10)
