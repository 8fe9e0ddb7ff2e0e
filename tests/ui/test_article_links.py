"""ArticleLinks: the panel, the dossier and the notes lead into the article, and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.document import TextSpan
from reader.loaders import load
from reader.notes.anchoring import describe
from reader.ui.dossier import SPAN_ROLE
from reader.ui.main_window import MainWindow
from reader.ui.navigation import record_in, record_sentence
from tests.ui.driving import click_row, click_text, cursor_at, entity_named


def analysis_of(window: MainWindow):  # type: ignore[no-untyped-def]
    analysis = window.session.analysis
    assert analysis is not None
    return analysis


@pytest.mark.parametrize("tab_name", ["events", "numbers"])
def test_a_panel_row_leads_to_its_sentence(qtbot: QtBot, sample_window: MainWindow,
                                           tab_name: str) -> None:
    tab = getattr(sample_window.side_panel, tab_name)
    sample_window.side_panel.setCurrentWidget(tab)
    last = tab.proxy.index(tab.proxy.rowCount() - 1, 0)
    record = tab.model.record(tab.proxy.mapToSource(last))
    sentence = record_sentence(record, analysis_of(sample_window).sentences)
    assert sentence is not None
    sample_window.view.verticalScrollBar().setValue(0)
    click_row(qtbot, tab.view, last)
    assert cursor_at(sample_window, sentence.start)
    assert sample_window.view.verticalScrollBar().value() > 0, "the last row is further down"


def test_clicking_in_the_article_selects_that_sentences_rows(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    analysis = analysis_of(sample_window)
    event = analysis.events[-1]
    sentence = record_sentence(event, analysis.sentences)
    assert sentence is not None
    inside = [e for e in analysis.entities if any(sentence.start <= m.start < sentence.end
                                                 for m in e.mentions)]
    assert inside, "the last event's sentence names someone or somewhere"
    mention = next(m for m in inside[0].mentions if sentence.start <= m.start < sentence.end)
    click_text(qtbot, sample_window, mention)
    events = sample_window.side_panel.events
    chosen = [events.model.record(events.proxy.mapToSource(i))
              for i in events.view.selectionModel().selectedRows()]
    assert event in chosen
    assert all(record_in(e, sentence) for e in chosen)


def test_a_dossier_row_leads_to_its_quote(qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    click_text(qtbot, sample_window, putin.mentions[0])
    tree = sample_window.dossier.items
    quotes = tree.topLevelItem(0)
    assert quotes is not None
    assert quotes.text(0).startswith("Quotes")
    last = quotes.child(quotes.childCount() - 1)
    assert last is not None
    span = last.data(0, SPAN_ROLE)
    assert isinstance(span, TextSpan)
    sample_window.view.reveal(TextSpan(0, 0), flash=False)
    qtbot.waitUntil(lambda: tree.viewport().height() > 20)  # the dossier is laid out
    click_row(qtbot, tree, tree.indexFromItem(last))
    assert cursor_at(sample_window, span.start)


def test_the_dossiers_note_button_starts_a_note_on_the_entity(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    click_text(qtbot, sample_window, putin.mentions[0])
    qtbot.waitUntil(lambda: not sample_window.dossier.note.rect().isEmpty())
    qtbot.mouseClick(sample_window.dossier.note, Qt.MouseButton.LeftButton)
    notes = sample_window.notes
    assert notes is not None
    assert sample_window.side_panel.currentWidget() is notes
    assert [p.note.target for p in notes.notes()] == [f"entity:{putin.name}"]
    assert notes.editor.heading.text() == f"Note on {putin.name}"


def test_a_selection_in_the_article_can_be_noted_and_found_again(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    notes = sample_window.notes
    assert notes is not None
    sample_window.side_panel.setCurrentWidget(notes)
    assert not notes.add_passage_button.isEnabled()
    text = sample_window.session.document.text  # type: ignore[union-attr]
    start = text.index("Belgorod")
    passage = TextSpan(start, start + len("Belgorod"))
    sample_window.view.reveal(passage, select=passage, flash=False)
    assert notes.add_passage_button.isEnabled(), "selecting text offers a note on it"
    qtbot.mouseClick(notes.add_passage_button, Qt.MouseButton.LeftButton)
    [placed] = notes.notes()
    assert placed.resolved is not None
    assert placed.resolved.span == passage

    sample_window.view.reveal(TextSpan(len(text) - 1, len(text) - 1), flash=False)
    click_row(qtbot, notes.list, notes.model.index(0))
    assert cursor_at(sample_window, passage.start)


def test_a_note_found_in_another_document_opens_it_at_its_passage(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "harbour.txt"
    other.write_text("Harbour news\n\nThe port of Kestrel bought four new cranes this spring. "
                     "Workers said the cranes were quieter.\n", encoding="utf-8")
    document = load(other)
    store = sample_window.store
    record = store.open_document(document.sha256, str(other), document.display_name)
    start = document.text.index("four new cranes")
    cranes = TextSpan(start, start + len("four new cranes"))
    store.add(record.id, "Ask how much they cost", anchor=describe(document.text, cranes))
    notes = sample_window.notes
    assert notes is not None
    sample_window.side_panel.setCurrentWidget(notes)
    qtbot.keyClicks(notes.search_box, "cost")
    qtbot.waitUntil(lambda: notes.results.count() == 1)
    item = notes.results.item(0)
    qtbot.mouseClick(notes.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=notes.results.visualItemRect(item).center())
    opened = sample_window.session.document
    assert opened is not None
    assert opened.source_path == other
    assert cursor_at(sample_window, cranes.start)
