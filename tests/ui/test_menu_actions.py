"""What the menu entries do, each triggered as from the menu or its shortcut, dialogs answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from reader import __version__
from reader.document import TextSpan
from reader.loaders import load
from reader.settings import load_settings
from reader.ui import commands, menu_actions
from reader.ui.highlights import NUMBER, QUOTE
from reader.ui.main_window import MainWindow
from reader.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.driving import Answer, cursor_at, dialog_answer

ARTICLE = "Harbour news\n\nThe port of Kestrel bought four new cranes this spring.\n"


def _modal(kind: type) -> object:
    from PySide6.QtWidgets import QApplication

    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) else None


def trigger(window: MainWindow, name: str) -> None:
    window.actions_by_name[name].trigger()


def test_every_menu_entry_does_something(sample_window: MainWindow) -> None:
    names = {entry[0] for _menu, entries in commands.MENUS for entry in entries if entry}
    assert names <= set(menu_actions.handlers(sample_window))


def test_export_notes_to_a_missing_folder_says_so(sample_window: MainWindow,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "notes.md"
    sample_window.export_notes(out, "md")
    assert not out.exists()
    assert "Could not export notes" in sample_window.messages.text


def test_export_notes_without_a_document_says_what_to_do(sample_window: MainWindow) -> None:
    trigger(sample_window, "close_document")
    trigger(sample_window, "export_notes")
    assert "Open a document" in sample_window.messages.text


def test_settings_chosen_in_the_dialog_are_applied_and_kept(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    def bigger(dialog: QDialog) -> None:
        size = dialog.findChild(QSpinBox)
        assert size is not None
        size.selectAll()
        qtbot.keyClicks(size, "19")

    answer = dialog_answer(qtbot, bigger)
    trigger(sample_window, "settings")
    assert answer.answered
    assert sample_window.settings.font_size == 19
    assert load_settings().font_size == 19
    paragraph = sample_window.view.document().firstBlock().next()
    assert paragraph.charFormat().font().pointSizeF() == 19


def test_ctrl_u_turns_quote_and_number_underlines_off_and_on(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    def kinds() -> set[str]:
        return {h.kind for h in sample_window.view.highlights}

    assert {QUOTE, NUMBER} <= kinds()
    trigger(sample_window, "toggle_underlines")
    qtbot.waitUntil(lambda: not {QUOTE, NUMBER} & kinds())
    assert not sample_window.legend.mark_shown(QUOTE)
    assert not sample_window.settings.show_number_underlines
    trigger(sample_window, "toggle_underlines")
    qtbot.waitUntil(lambda: {QUOTE, NUMBER} <= kinds())


def test_the_tab_keys_show_each_tab_and_ignore_a_missing_one(sample_window: MainWindow) -> None:
    panel = sample_window.side_panel
    for i in range(panel.count()):
        trigger(sample_window, f"tab_{i}")
        assert panel.currentIndex() == i
    menu_actions.show_tab(panel, panel.count())
    assert panel.currentIndex() == panel.count() - 1


def step_targets(window: MainWindow, name: str, times: int) -> list[TextSpan | None]:
    window.view.reveal(TextSpan(0, 0), flash=False)
    seen = []
    for _ in range(times):
        trigger(window, name)
        seen.append(window.view.selected_span())
    return seen


def test_next_quote_steps_through_the_quotes_in_text_order(sample_window: MainWindow) -> None:
    quotes = sorted(q.span for q in sample_window.session.analysis.quotes)  # type: ignore[union-attr]
    assert step_targets(sample_window, "next_quote", len(quotes) + 1) == [*quotes, quotes[0]]
    sample_window.view.reveal(TextSpan(0, 0), flash=False)
    trigger(sample_window, "previous_quote")
    assert sample_window.view.selected_span() == quotes[-1], "back from the top wraps around"


def test_f3_without_a_dossier_steps_from_name_to_name(sample_window: MainWindow) -> None:
    analysis = sample_window.session.analysis
    assert analysis is not None
    assert not sample_window.dossier.isVisible()
    mentions = sorted(m for e in analysis.entities for m in e.mentions)
    firsts = [m for m in mentions if m.start > 0][:3]
    assert step_targets(sample_window, "next_mention", 3) == firsts
    assert step_targets(sample_window, "next_entity", 3) == firsts


@pytest.mark.parametrize("name", ["next_entity", "previous_entity", "next_quote",
                                  "previous_quote"])
def test_a_step_goes_from_the_page_the_reader_scrolled_to(
        qtbot: QtBot, sample_window: MainWindow, name: str) -> None:
    """Scrolled down with the wheel (or reopened at its reading place), the page kept its
    cursor at the headline: Next entity (Ctrl+E) or Next quote (Ctrl+J) went back up to the
    first name or quote of the article, pages away (seen on Xvfb with BBC politics 170). Once
    the cursor is out of sight, a step goes from the page in sight, to an item on it."""
    sample_window.resize(1000, 600)
    view = sample_window.view
    view.reveal(TextSpan(0, 0), flash=False)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    top = view.top_offset()
    bottom = view.offset_at(QPoint(view.viewport().width() - 4, view.viewport().height() - 4))
    assert bottom is not None
    trigger(sample_window, name)
    selected = view.selected_span()
    assert selected is not None
    assert top <= selected.start <= bottom, (selected, top, bottom)


def test_a_note_on_the_document_from_the_menu(sample_window: MainWindow) -> None:
    notes = sample_window.notes
    assert notes is not None
    trigger(sample_window, "note_document")
    assert sample_window.side_panel.currentWidget() is notes
    [placed] = notes.notes()
    assert placed.note.anchor is None
    assert placed.note.target is None


def test_a_note_on_the_selection_from_the_menu(sample_window: MainWindow) -> None:
    notes = sample_window.notes
    assert notes is not None
    text = sample_window.session.document.text  # type: ignore[union-attr]
    start = text.index("Kharkiv")
    passage = TextSpan(start, start + len("Kharkiv"))
    sample_window.view.reveal(passage, select=passage, flash=False)
    trigger(sample_window, "add_note")
    [placed] = notes.notes()
    assert placed.resolved is not None
    assert placed.resolved.span == passage
    assert cursor_at(sample_window, passage.end) or cursor_at(sample_window, passage.start)


def test_the_library_lists_noted_documents_and_opens_one(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "harbour.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    document = load(other)
    record = sample_window.store.open_document(document.sha256, str(other), document.display_name)
    sample_window.store.add(record.id, "Which port?")
    trigger(sample_window, "library")
    library = sample_window.library
    assert library is not None
    qtbot.addWidget(library)
    assert library.isVisible()
    assert [r.id for r in library.model.records] == [record.id]
    library.select_row(0)
    qtbot.mouseClick(library.open_button, Qt.MouseButton.LeftButton)
    opened = sample_window.session.document
    assert opened is not None
    assert opened.source_path == other


def closes(qtbot: QtBot, kind: type) -> Answer:
    def act(dialog: object) -> None:
        assert isinstance(dialog, QDialog)
        dialog.close()

    return Answer(lambda: _modal(kind), act)


def test_help_shows_the_shortcuts_and_about(qtbot: QtBot, sample_window: MainWindow) -> None:
    answer = closes(qtbot, ShortcutsDialog)
    trigger(sample_window, "shortcuts")
    assert answer.answered
    answer = closes(qtbot, QDialog)
    trigger(sample_window, "about")
    assert answer.answered



def test_about_gives_the_version_and_the_pipeline(qtbot: QtBot, sample_window: MainWindow) -> None:
    """Help > About says which Reader this is and which language pipeline analysed the open
    article, what a report of a wrong quote or name needs."""
    analysis = sample_window.session.analysis
    assert analysis is not None
    seen: list[str] = []

    def read(dialog: object) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.close()

    answer = Answer(lambda: _modal(QMessageBox), read)
    trigger(sample_window, "about")
    assert answer.answered
    assert f"<b>Reader</b> {__version__}" in seen[0]
    assert f"{analysis.pipeline_name} {analysis.pipeline_version}" in seen[0]
