"""The real window finds a document's notes again after its file was moved and edited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.document import TextSpan
from reader.ui.main_window import MainWindow
from tests.notes.test_likeness import STORY
from tests.ui.conftest import MakeWindow, open_and_wait


def note_on(window: MainWindow, words: str) -> TextSpan:
    """Select words in the open article and press the notes panel's button for a note on them."""
    notes = window.notes
    assert notes is not None
    window.side_panel.setCurrentWidget(notes)
    text = window.session.document.text  # type: ignore[union-attr]
    start = text.index(words)
    passage = TextSpan(start, start + len(words))
    window.view.reveal(passage, select=passage, flash=False)
    QTest.mouseClick(notes.add_passage_button, Qt.MouseButton.LeftButton)
    return passage


def test_a_note_survives_a_move_and_an_edit_of_its_file(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    path = tmp_path / "weir.txt"
    path.write_text("River works\n\n" + STORY + "\n", encoding="utf-8")
    first = make_window()
    open_and_wait(qtbot, first, path)
    note_on(first, "cracks in the stone")
    first.close()

    (tmp_path / "archive").mkdir()
    moved = tmp_path / "archive" / "weir-updated.txt"
    moved.write_text("River works\n\nUpdate: the loan was confirmed on Wednesday.\n\n"
                     + STORY.replace("October", "November") + "\n", encoding="utf-8")
    path.unlink()
    second = make_window()
    open_and_wait(qtbot, second, moved)
    notes = second.notes
    assert notes is not None
    [placed] = notes.notes()
    assert placed.resolved is not None
    assert placed.resolved.span is not None
    text = second.session.document.text  # type: ignore[union-attr]
    assert placed.resolved.span.of(text) == "cracks in the stone"
