"""ArticleLinks: the panel, the dossier and the notes lead into the article, and back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from reader.analysis.model import Analysis, Entity
from reader.document import TextSpan
from reader.loaders import load
from reader.notes.anchoring import describe
from reader.notes.store import NoteStore
from reader.settings import load_settings
from reader.ui.article_links import ArticleLinks
from reader.ui.article_view import ArticleView
from reader.ui.dossier import SPAN_ROLE, Dossier
from reader.ui.main_window import MainWindow
from reader.ui.navigation import record_in, record_sentence
from reader.ui.notes_panel import NotesPanel
from reader.ui.session import Session
from reader.ui.side_panel import SidePanel
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS
from tests.ui.driving import click_row, click_text, cursor_at

HARBOUR = ("Harbour news\n\nThe port of Kestrel bought four new cranes this spring. "
           "\"The new cranes are quieter and much faster,\" said Mara Lindqvist, who runs the "
           "harbour board. Lindqvist said the board would hire 12 more workers in June.\n")


@dataclass
class Parts:
    """What ArticleLinks joins, side by side in one splitter, on the harbour article.

    The dossier's links are tested on these parts alone; the panel's and the notes' on the real
    window, since they lead through what the window opens.
    """

    host: QSplitter  # held here: qtbot keeps only a weak reference, and the parts are its children
    view: ArticleView
    panel: SidePanel
    dossier: Dossier
    notes: NotesPanel | None
    session: Session

    @property
    def analysis(self) -> Analysis:
        assert self.session.analysis is not None
        return self.session.analysis

    @property
    def text(self) -> str:
        assert self.session.document is not None
        return self.session.document.text

    def cursor_at(self, offset: int) -> bool:
        positions = self.view.positions
        return positions is not None and self.view.textCursor().position() == (
            positions.position(offset))

    def open_dossier(self, qtbot: QtBot, surface: str) -> Entity:
        """Show the dossier of the entity named surface, laid out and ready to click."""
        [entity] = [e for e in self.analysis.entities if e.name == surface]
        self.dossier.show_entity(entity, self.analysis, self.text)
        self.dossier.show()
        qtbot.waitUntil(lambda: self.dossier.items.viewport().height() > 20)
        return entity


@pytest.fixture
def make_parts(qtbot: QtBot, nlp: Any, notes_db: Path,
               tmp_path: Path) -> Iterator[Callable[..., Parts]]:
    """Join the parts with ArticleLinks (notes or not) and open the harbour article in them."""
    store = NoteStore(notes_db)
    sessions: list[Session] = []
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR, encoding="utf-8")

    def make(*, with_notes: bool = True) -> Parts:
        host = QSplitter()
        qtbot.addWidget(host)
        view, dossier, panel = ArticleView(host), Dossier(host), SidePanel(host)
        notes = NotesPanel(store) if with_notes else None
        if notes is not None:
            panel.set_notes_widget(notes)
        session = Session(store, load_settings(), lambda _model: nlp, host)
        sessions.append(session)
        ArticleLinks(view, panel, dossier, notes, session, session.open_path, host)
        session.document_opened.connect(view.set_document)
        with qtbot.waitSignal(session.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
            session.open_path(article)
        parts = Parts(host, view, panel, dossier, notes, session)
        panel.set_analysis(parts.analysis, parts.text)
        if notes is not None:
            notes.set_document(session.record, parts.text)
        host.resize(1300, 700)
        host.show()
        return parts

    yield make
    for session in sessions:
        session.shutdown()
    store.close()


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


def test_an_entity_row_leads_to_its_first_mention(qtbot: QtBot, sample_window: MainWindow
                                                  ) -> None:
    """A click on a name in the Entities list opened its panel and left the article where it
    was, the name perhaps pages away; for a name given once, nothing led there at all."""
    analysis = analysis_of(sample_window)
    entity = max((e for e in analysis.entities if e.mention_count == 1),
                 key=lambda e: e.mentions[0].start)
    entities, view = sample_window.side_panel.entities, sample_window.view
    row = next(i for i in entities.model.record_indexes(lambda r: r == entity))
    view.verticalScrollBar().setValue(0)
    click_row(qtbot, entities.view, entities.proxy.mapFromSource(row))
    assert sample_window.dossier.entity == entity
    assert view.selected_span() == entity.mentions[0]
    assert view.verticalScrollBar().value() > 0, "the name is further down"
    assert sample_window.dossier.position.text() == "1 of 1"


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


def test_clicking_a_name_selects_its_entity_alone(qtbot: QtBot, sample_window: MainWindow
                                                   ) -> None:
    """A click on a name opened its panel, but the Entities list selected every name of the
    sentence ("Ukraine", "Russia" with "Putin"), as if the reader had picked all three."""
    analysis = analysis_of(sample_window)
    crowded = next(
        (e, m, s) for s in analysis.sentences for e in analysis.entities for m in e.mentions
        if s.start <= m.start < s.end and sum(any(s.start <= n.start < s.end for n in o.mentions)
                                              for o in analysis.entities) >= 3)
    entity, mention, sentence = crowded
    click_text(qtbot, sample_window, mention)
    entities = sample_window.side_panel.entities
    chosen = [entities.model.record(entities.proxy.mapToSource(i))
              for i in entities.view.selectionModel().selectedRows()]
    assert chosen == [entity]
    events = sample_window.side_panel.events
    assert all(record_in(events.model.record(events.proxy.mapToSource(i)), sentence)
               for i in events.view.selectionModel().selectedRows())


# -- the dossier, on the parts alone -------------------------------------------------------
def test_a_dossier_row_leads_to_its_quote(qtbot: QtBot, make_parts: Callable[..., Parts]) -> None:
    parts = make_parts()
    lindqvist = parts.open_dossier(qtbot, "Mara Lindqvist")
    quotes = parts.dossier.items.topLevelItem(0)
    assert quotes is not None
    assert quotes.text(0).startswith("Quotes")
    last = quotes.child(quotes.childCount() - 1)
    assert last is not None
    span = last.data(0, SPAN_ROLE)
    assert span in [q.span for q in parts.analysis.quotes if q.speaker_entity == lindqvist.id]
    assert not parts.cursor_at(span.start)
    click_row(qtbot, parts.dossier.items, parts.dossier.items.indexFromItem(last))
    assert parts.cursor_at(span.start)


def test_stepping_through_the_dossier_selects_each_mention(
        qtbot: QtBot, make_parts: Callable[..., Parts]) -> None:
    parts = make_parts()
    lindqvist = parts.open_dossier(qtbot, "Mara Lindqvist")
    assert len(lindqvist.mentions) == 2, "Mara Lindqvist, then Lindqvist"
    seen = []
    for _ in range(3):
        QTest.mouseClick(parts.dossier.next, Qt.MouseButton.LeftButton)
        seen.append(parts.view.selected_span())
    assert seen == [*lindqvist.mentions, lindqvist.mentions[0]]


def test_a_correction_asked_in_the_dossier_reaches_the_session(
        qtbot: QtBot, make_parts: Callable[..., Parts]) -> None:
    parts = make_parts()
    lindqvist = parts.open_dossier(qtbot, "Mara Lindqvist")
    parts.dossier.request_correction("rename", name="Mara T. Lindqvist")
    names = {e.name for e in parts.analysis.entities}
    assert "Mara T. Lindqvist" in names
    assert lindqvist.name not in names
    assert parts.session.corrections(), "kept in the store for the next opening"


def test_the_dossiers_note_button_starts_a_note_on_the_entity(
        qtbot: QtBot, make_parts: Callable[..., Parts]) -> None:
    parts = make_parts()
    notes = parts.notes
    assert notes is not None
    lindqvist = parts.open_dossier(qtbot, "Mara Lindqvist")
    QTest.mouseClick(parts.dossier.note, Qt.MouseButton.LeftButton)
    assert parts.panel.currentWidget() is notes
    assert [p.note.target for p in notes.notes()] == [f"entity:{lindqvist.name}"]
    # headed as its row in the list, as when chosen there later (it was "Note on ..." here)
    assert notes.editor.heading.text() == f"About {lindqvist.name}"
    assert notes.list.currentIndex().data().splitlines()[0] == notes.editor.heading.text()


def test_without_notes_the_note_button_does_nothing_and_the_rest_still_leads(
        qtbot: QtBot, make_parts: Callable[..., Parts]) -> None:
    parts = make_parts(with_notes=False)
    parts.open_dossier(qtbot, "Mara Lindqvist")
    before = parts.panel.currentIndex()
    QTest.mouseClick(parts.dossier.note, Qt.MouseButton.LeftButton)
    assert parts.panel.currentIndex() == before
    assert parts.panel.count() == 4, "no Notes tab"
    events = parts.panel.events
    parts.panel.setCurrentWidget(events)
    last = events.proxy.index(events.proxy.rowCount() - 1, 0)
    sentence = record_sentence(events.model.record(events.proxy.mapToSource(last)),
                               parts.analysis.sentences)
    assert sentence is not None
    click_row(qtbot, events.view, last)
    assert parts.cursor_at(sentence.start)


# -- the panel and the notes, through the window --------------------------------------------
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
    QTest.mouseClick(notes.add_passage_button, Qt.MouseButton.LeftButton)
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
    QTest.keyClicks(notes.search_box, "cost")
    qtbot.waitUntil(lambda: notes.results.count() == 1)
    item = notes.results.item(0)
    QTest.mouseClick(notes.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=notes.results.visualItemRect(item).center())
    opened = sample_window.session.document
    assert opened is not None
    assert opened.source_path == other
    assert cursor_at(sample_window, cranes.start)


def test_stepping_through_mentions_keeps_the_entity_alone_selected(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Next mention (F3) selected every name of the mention's sentence in the Entities list
    ("Russia", "Ukraine" with "Putin"): the stepped-to mention is selected in the text, and
    the cursor stood at its end, past the name."""
    analysis = analysis_of(sample_window)
    entity = max(analysis.entities, key=lambda e: len(e.mentions))
    entities = sample_window.side_panel.entities
    row = next(i for i in entities.model.record_indexes(lambda r: r == entity))
    click_row(qtbot, entities.view, entities.proxy.mapFromSource(row))
    for _ in range(3):
        sample_window.actions_by_name["next_mention"].trigger()
        chosen = [entities.model.record(entities.proxy.mapToSource(i))
                  for i in entities.view.selectionModel().selectedRows()]
        assert chosen == [entity]
