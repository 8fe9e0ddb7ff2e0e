"""The real MainWindow, offscreen, on the sample article with the real spaCy pipeline."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QThread
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from reader.document import TextSpan
from reader.notes.store import NoteStore
from reader.paths import sample_article
from reader.settings import DEFAULT_COLOURS, load_settings
from reader.ui import commands
from reader.ui.highlights import type_order
from reader.ui.main_window import MainWindow
from reader.ui.models import RECORD_ROLE, TIMELINE_COLUMN
from reader.ui.navigation import record_sentence
from reader.ui.shortcuts_dialog import shortcut_rows
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, MakeWindow, open_and_wait
from tests.ui.driving import (
    assert_refused,
    click_row,
    click_text,
    cursor_at,
    entity_named,
    format_at,
)


def test_entity_mentions_are_highlighted_at_their_offsets(sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    text = sample_window.session.document.text  # type: ignore[union-attr]
    assert putin.label == "PERSON"
    assert len(putin.mentions) > 1
    for mention in putin.mentions:
        for offset in (mention.start, mention.end - 1):
            assert format_at(sample_window, offset) == (DEFAULT_COLOURS["PERSON"], putin.id)
        assert sample_window.view.positions is not None
        cursor = QTextCursor(sample_window.view.document())
        cursor.setPosition(sample_window.view.positions.position(mention.start))
        cursor.setPosition(sample_window.view.positions.position(mention.end),
                           QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == mention.of(text)
    before = text.index("Vladimir V. Putin") - 2  # the space before "President"... "Vladimir"
    assert format_at(sample_window, before)[1] is None


def test_clicking_an_entity_opens_its_dossier_with_aliases_and_quotes(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    click_text(qtbot, sample_window, putin.mentions[-1])
    dossier = sample_window.dossier
    assert dossier.isVisible()
    assert dossier.entity == putin
    assert dossier.name.text() == putin.name
    others = [a for a in putin.aliases if a != putin.name]
    assert others, "the sample calls him Putin too"
    for alias in others:
        assert alias in dossier.info.text()
    quotes = dossier.section_texts("Quotes")
    assert quotes, "the sample quotes Mr. Putin"
    analysis = sample_window.session.analysis
    assert analysis is not None
    assert len(quotes) == len([q for q in analysis.quotes if q.speaker_entity == putin.id])


def test_the_dossier_gives_the_count_of_mentions_once(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    sample_window.show_entity(putin.id)  # as from the Entities list
    dossier = sample_window.dossier

    def shown() -> str:
        return " | ".join(label.text() for label in dossier.findChildren(QLabel)
                          if label.isVisible())

    assert shown().count(f"{putin.mention_count} mentions") == 1, shown()
    sample_window.actions_by_name["next_mention"].trigger()
    assert shown().count(str(putin.mention_count)) == 1, shown()
    click_text(qtbot, sample_window, putin.mentions[1])
    assert shown().count(str(putin.mention_count)) == 1, shown()
    analysis = sample_window.session.analysis
    assert analysis is not None
    once = next(e for e in analysis.entities if e.mention_count == 1)
    sample_window.show_entity(once.id)
    assert "1 mention" in shown()
    assert "1 mentions" not in shown()


def test_the_dossier_lists_events_as_who_did_what(qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    sample_window.show_entity(putin.id)
    analysis = sample_window.session.analysis
    assert analysis is not None
    own = [e for e in analysis.events if putin.id in e.entities]
    assert own, "the sample has Putin acting"
    rows = sample_window.dossier.section_texts("Events")
    assert len(rows) == len(own)
    for row, event in zip(rows, own, strict=True):
        assert event.action in row
        if event.who:
            assert row.startswith(event.who)
        if event.when:
            assert f"({event.when}" in row


def test_the_dossier_gives_an_events_where_as_the_text_does(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """A site keeps the preposition it is written with; a place reads "in Ohio" there too."""
    path = tmp_path / "rally.txt"
    path.write_text("Rally Day\n\nSenator Dana Whitfield spoke at a rally on Tuesday, her aides"
                    " said. Whitfield was treated at a hospital after the event. Whitfield"
                    " campaigned in Ohio with two mayors.\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, path)
    window.show_entity(entity_named(window, "Dana Whitfield").id)
    rows = window.dossier.section_texts("Events")
    assert any("(Tuesday, at a rally)" in row for row in rows), rows
    assert any("(at a hospital)" in row for row in rows), rows
    assert any("(in Ohio)" in row for row in rows), rows


def test_the_dossier_shows_a_number_among_the_words_around_it(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """A number's row gave its sentence from the start: a figure late in a long sentence was
    clipped out of its own row, and the rows of one sentence's figures all read alike."""
    path = tmp_path / "harvest.txt"
    path.write_text("Harvest Figures\n\nAgriculture minister Helen Marsh told farmers in Leeds on"
                    " Monday that wheat output in the northern valleys would rise sharply this"
                    " year while barley output in the southern counties would fall by 6%.\n",
                    encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, path)
    window.show_entity(entity_named(window, "Helen Marsh").id)
    rows = window.dossier.section_texts("Numbers")
    [row] = [row for row in rows if row.startswith("6%")]
    assert row == "6% — … southern counties would fall by 6%.", rows


def test_the_dossiers_long_rows_wrap_onto_a_second_line(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """In a 1024 px window the entity's panel showed each row on one line: a quote read 'The
    soaring cost of oil has hit global …' (BBC business 030), its rest in a tooltip. A long
    row now takes two lines at the panel's width; a short one keeps one."""
    sample_window.resize(1024, 700)
    sample_window.show_entity(entity_named(sample_window, "Vladimir V. Putin").id)
    items = sample_window.dossier.items
    qtbot.waitUntil(lambda: items.viewport().width() < 480)
    lines = items.fontMetrics().lineSpacing()
    room = items.viewport().width() - items.indentation()
    rows = [head.child(j) for i in range(items.topLevelItemCount())
            if (head := items.topLevelItem(i)) is not None for j in range(head.childCount())]
    heights = {row.text(0): items.visualItemRect(row).height() for row in rows if row}
    width = items.fontMetrics().horizontalAdvance
    long = [text for text in heights if width(text) > 1.2 * room]
    short = [text for text in heights if width(text) < room // 2]
    assert long, "the sample quotes Putin at length"
    assert short
    assert all(heights[text] >= 2 * lines for text in long), heights
    assert all(heights[text] < 2 * lines for text in short), heights


def test_the_dossier_shows_no_empty_section(qtbot: QtBot, sample_window: MainWindow) -> None:
    """Only sections with rows have a heading; the empty ones share one quiet line."""
    analysis = sample_window.session.analysis
    assert analysis is not None
    quoted = {q.speaker_entity for q in analysis.quotes}
    once = next(e for e in analysis.entities if e.mention_count == 1 and e.id not in quoted)
    sample_window.show_entity(once.id)  # no notes yet, no quotes
    items = sample_window.dossier.items
    shown = [items.topLevelItem(i) for i in range(items.topLevelItemCount())]
    texts = [item.text(0) for item in shown if item is not None]
    assert not [t for t in texts if t.endswith("(0)")], texts
    assert all(item.childCount() for item in shown[:-1] if item is not None), texts
    quiet = shown[-1]
    assert quiet is not None
    assert quiet.text(0).startswith("No quotes"), texts
    assert quiet.text(0).endswith(" or notes"), texts
    assert not quiet.flags() & Qt.ItemFlag.ItemIsSelectable, "it leads nowhere"
    assert quiet.font(0).italic(), "quiet, not a heading"
    assert sample_window.dossier.section_texts("Notes") == []


def test_the_dossier_steps_through_mentions(qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    sample_window.show_entity(putin.id)
    seen = []
    for _ in putin.mentions:
        sample_window.actions_by_name["next_mention"].trigger()
        seen.append(sample_window.view.selected_span())
    assert seen == list(putin.mentions)
    sample_window.actions_by_name["previous_mention"].trigger()
    assert sample_window.view.selected_span() == putin.mentions[-2]


def test_previous_and_next_are_greyed_for_an_entity_mentioned_once(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """For a name the article gives once, Previous, Next, F3 and Shift+F3 stood ready and went
    nowhere; they are greyed there, and F3 steps from entity to entity again once it closes."""
    analysis = sample_window.session.analysis
    assert analysis is not None
    dossier, actions = sample_window.dossier, sample_window.actions_by_name
    steps = (dossier.previous, dossier.next, actions["next_mention"], actions["previous_mention"])
    once = next(e for e in analysis.entities if e.mention_count == 1)
    sample_window.show_entity(once.id)
    assert [step.isEnabled() for step in steps] == [False] * 4
    sample_window.show_entity(entity_named(sample_window, "Vladimir V. Putin").id)
    assert [step.isEnabled() for step in steps] == [True] * 4
    sample_window.show_entity(once.id)
    dossier.close_panel()
    assert actions["next_mention"].isEnabled()
    assert actions["previous_mention"].isEnabled()


def test_stepping_goes_on_from_the_clicked_mention(qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    assert len(putin.mentions) >= 3
    click_text(qtbot, sample_window, putin.mentions[1])
    assert sample_window.dossier.entity == putin
    assert sample_window.dossier.position.text() == f"2 of {putin.mention_count}"
    sample_window.actions_by_name["next_mention"].trigger()
    assert sample_window.view.selected_span() == putin.mentions[2]
    click_text(qtbot, sample_window, putin.mentions[1])
    sample_window.actions_by_name["previous_mention"].trigger()
    assert sample_window.view.selected_span() == putin.mentions[0]


def test_enter_on_a_name_in_the_article_opens_its_entitys_panel(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """From the keyboard alone there was no way from a name in the article to its entity's
    panel: Go > Next entity (Ctrl+E) selected a mention, and Enter did nothing. Enter now opens
    its panel at that mention, as a click on it does, so F3 goes on from there; elsewhere in
    the article it says what to do. (Enter is the article's own key, not a shortcut of the
    window: that took Enter from a file dialog whenever the keyboard's place lagged behind.)"""
    putin = entity_named(sample_window, "Vladimir V. Putin")
    view, dossier = sample_window.view, sample_window.dossier
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    view.setFocus()
    view.reveal(putin.mentions[1], flash=False, select=putin.mentions[1])
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert dossier.isVisible()
    assert dossier.entity == putin
    assert dossier.position.text() == f"2 of {putin.mention_count}"
    QTest.keyClick(view, Qt.Key.Key_F3)
    assert view.selected_span() == putin.mentions[2]
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not dossier.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Home)  # the cursor at the start of the title's name
    QTest.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the next name
    first = view.selected_span()
    assert first is not None
    QTest.keyClick(view, Qt.Key.Key_Enter)  # the keypad's
    assert dossier.isVisible()
    assert dossier.entity is not None
    assert first in dossier.entity.mentions
    QTest.keyClick(view, Qt.Key.Key_Escape)
    view.reveal(TextSpan(0, 0), flash=False)
    cursor = view.textCursor()
    cursor.setPosition(view.document().characterCount() - 1)  # the end: no name there
    view.setTextCursor(cursor)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not dossier.isVisible()
    assert sample_window.messages.isVisible()
    assert ("Go › Show the entity at the cursor", "Enter") in shortcut_rows(
        sample_window.actions_by_name.values())  # in the Go menu and in Help's list of keys


def test_clicking_a_quote_moves_the_article_to_its_sentence(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    panel = sample_window.side_panel
    panel.setCurrentWidget(panel.quotes)
    tab = panel.quotes
    last = tab.proxy.index(tab.proxy.rowCount() - 1, 2)
    quote = tab.model.record(tab.proxy.mapToSource(last))
    view = sample_window.view
    view.verticalScrollBar().setValue(0)
    tab.view.scrollTo(last)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.view.visualRect(last).center())
    sentence = quote.sentence or quote.span
    assert view.positions is not None
    assert view.textCursor().position() == view.positions.position(sentence.start)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.position(sentence.start))
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    assert view.verticalScrollBar().value() > 0, "the last quote is below the first screen"


def test_stepping_down_the_quotes_with_the_keys_moves_the_article_along(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    panel = sample_window.side_panel
    panel.setCurrentWidget(panel.quotes)
    tab, view = panel.quotes, sample_window.view
    assert tab.proxy.rowCount() >= 3
    click_row(qtbot, tab.view, tab.proxy.index(0, 0))
    tab.view.setFocus()
    for row in (1, 2):
        qtbot.keyClick(tab.view, Qt.Key.Key_Down)
        quote = tab.model.record(tab.proxy.mapToSource(tab.proxy.index(row, 0)))
        sentence = quote.sentence or quote.span
        assert view.positions is not None
        assert view.textCursor().position() == view.positions.position(sentence.start)
    assert tab.view.hasFocus(), "the keys stay in the list"


def test_stepping_down_the_entities_with_the_keys_shows_each_ones_panel(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    panel = sample_window.side_panel
    panel.setCurrentWidget(panel.entities)
    tab = panel.entities
    first = next(tab.proxy.index(r, 0, tab.proxy.index(g, 0))
                 for g in range(tab.proxy.rowCount()) for r in range(1)
                 if tab.proxy.rowCount(tab.proxy.index(g, 0)) >= 2)
    click_row(qtbot, tab.view, first)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    entity = tab.model.record(tab.proxy.mapToSource(tab.view.currentIndex()))
    assert entity is not None
    assert sample_window.dossier.entity == entity
    assert tab.view.hasFocus(), "the keys stay in the list"


def test_placing_the_cursor_selects_the_sentences_items(sample_window: MainWindow) -> None:
    analysis = sample_window.session.analysis
    assert analysis is not None
    assert analysis.quotes
    quote = analysis.quotes[0]
    inside = TextSpan(quote.span.start + 1, quote.span.start + 1)
    sample_window.view.reveal(quote.span, select=inside)
    selected = sample_window.side_panel.quotes.view.selectionModel().selectedRows()
    records = [sample_window.side_panel.quotes.model.record(
        sample_window.side_panel.quotes.proxy.mapToSource(i)) for i in selected]
    assert quote in records


def test_a_bad_file_shows_a_message_and_keeps_the_document(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    before = sample_window.session.document
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"this is not a PDF at all")
    sample_window.open_path(bad)
    assert_refused(qtbot, sample_window, before, "broken.pdf")


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("quarterly_results_final_version.pdf", b"this is not a PDF at all",
     "It is not a valid PDF file."),  # loaded in a worker
    ("empty.txt", b"", "It is empty."),  # loaded at once
])
def test_a_bad_file_is_named_by_its_name_and_its_path_is_a_tooltip(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path,
        name: str, content: bytes, reason: str) -> None:
    folder = tmp_path / "a_rather_long_folder_name_for_the_reports_of_november"
    folder.mkdir()
    bad = folder / name
    bad.write_bytes(content)
    sample_window.open_path(bad)
    qtbot.waitUntil(lambda: bool(sample_window.messages.text), timeout=20_000)
    assert sample_window.messages.text == f"{name} could not be opened. {reason}"
    assert sample_window.messages.label.toolTip() == str(bad)
    sample_window.messages.dismiss()
    assert sample_window.messages.label.toolTip() == ""


def test_an_article_not_in_english_opens_with_a_notice(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    from tests.analysis.test_language import PORTUGUESE

    article = tmp_path / "artigo.txt"
    article.write_text(PORTUGUESE, encoding="utf-8")
    open_and_wait(qtbot, sample_window, article)
    assert sample_window.session.document is not None
    assert sample_window.session.document.source_path == article
    assert sample_window.session.record is not None  # notes may be taken on it
    assert "artigo.txt: this article does not look like English" in sample_window.messages.text
    assert "shows no names, quotes, numbers or events" in sample_window.messages.text
    analysis = sample_window.session.analysis  # not analysed: no junk names in the window
    assert analysis is not None
    assert not analysis.english
    assert (analysis.entities, analysis.quotes, analysis.numbers, analysis.events) == (
        (), (), (), ())
    assert status_line(sample_window).startswith("Not analysed")
    sample_window.open_path(sample_article())
    assert "English" not in sample_window.messages.text  # the notice went with its article


def test_the_analysis_reaches_the_window_on_the_gui_thread(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    threads: list[QThread] = []
    window.analysis_finished.connect(lambda _analysis: threads.append(QThread.currentThread()))
    open_and_wait(qtbot, window)
    app_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    assert threads == [app_thread]
    assert window.analysis_thread is app_thread


def test_an_article_opened_during_anothers_analysis_is_shown_as_being_analysed(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """A second article opened while the first was being analysed waited, its status bar
    blank, for the first to stop (seconds, in a long one), the bar still showing the first's
    progress: it now says "Analysing…" over a busy bar from the moment it opens."""
    window = make_window()
    open_and_wait(qtbot, window)  # the pipeline loaded
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    text = sample_article().read_text(encoding="utf-8")
    first.write_text("\n\n".join([text] * 3), encoding="utf-8")
    second.write_text("Ferry fares rise\n\nThe Halden ferry carried 300 passengers on Monday.\n",
                      encoding="utf-8")
    window.open_path(first)
    assert window.session.analysing
    window.open_path(second)
    assert status_line(window) == "Analysing…"
    assert window.status.isVisible()
    assert window.status.bar.maximum() == 0  # busy: the first's progress is not the second's
    with qtbot.waitSignal(window.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        pass
    assert window.session.document is not None
    assert window.session.document.source_path == second
    assert window.session.analysis is not None
    assert status_line(window) == commands.summary(window.session.analysis)


def test_closing_during_an_analysis_ends_cleanly(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join([sample_article().read_text(encoding="utf-8")] * 4),
                    encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.session.analysis_started, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(long)
    task = window.session._analysing
    assert task is not None
    assert task.running
    finished: list[object] = []
    window.analysis_finished.connect(finished.append)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 10
    assert task.qthread.isFinished()
    assert not window.session.analysing
    qtbot.wait(200)
    assert finished == []


def test_a_reopened_document_comes_back_with_its_corrections(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    putin = entity_named(window, "Vladimir V. Putin")
    analysis = window.session.analysis
    assert analysis is not None
    keep, gone = sorted((e for e in analysis.entities if e.id != putin.id),
                        key=lambda e: e.first_position)[:2]
    window.show_entity(putin.id)
    window.dossier.request_correction("rename", name="Vladimir Putin")
    window.show_entity(keep.id)
    window.dossier.request_correction("merge", other=gone)
    window.close()

    again = make_window()
    open_and_wait(qtbot, again)
    reopened = again.session.analysis
    assert reopened is not None
    names = {e.name for e in reopened.entities}
    assert "Vladimir Putin" in names
    assert "Vladimir V. Putin" not in names
    assert entity_named(again, "Vladimir V. Putin").name == "Vladimir Putin"
    merged = next(e for e in reopened.entities if e.name == keep.name)
    assert set(keep.mentions) | set(gone.mentions) == set(merged.mentions)
    assert gone.name in merged.aliases
    assert gone.name not in names
    assert format_at(again, gone.mentions[0].start)[1] == merged.id
    assert "Vladimir Putin" in {e.name for e in again.side_panel.entities.model.records}


def test_hiding_a_type_in_the_legend_removes_its_highlights(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    button = sample_window.legend.toggle_button("PERSON")
    assert button is not None
    # painted a slice at a time: on a busy machine the first slice does not finish them all
    with qtbot.waitSignal(sample_window.view.highlights_painted, timeout=10_000):
        button.setChecked(False)
    assert format_at(sample_window, putin.mentions[0].start) == (QColor(0, 0, 0, 255).name(), None)
    assert "PERSON" in sample_window.settings.hidden_entity_types


def test_a_panel_item_can_be_noted(sample_window: MainWindow) -> None:
    analysis = sample_window.session.analysis
    assert analysis is not None
    assert sample_window.notes is not None
    quote = analysis.quotes[0]
    sample_window.side_panel.quotes.note_requested.emit(quote)
    targets = [placed.note.target for placed in sample_window.notes.notes()]
    assert targets == [f"quote:{quote.span.start}-{quote.span.end}"]
    assert sample_window.side_panel.currentWidget() is sample_window.notes


def test_hovering_a_name_shows_its_type_and_canonical_name(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    putin = entity_named(sample_window, "Vladimir V. Putin")
    short = next(m for m in putin.mentions
                 if sample_window.session.document.text[m.start:m.end] == "Putin")  # type: ignore[union-attr]
    view = sample_window.view
    view.reveal(short, flash=False)
    assert view.positions is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.position(short.start) + 1)
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert f"Person · {putin.name}" in QToolTip.text()


def test_the_events_order_box_follows_a_sort_by_a_column_and_can_undo_it(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """After a click on an event column's title, the order box still said 'Text order', and
    choosing 'Text order' (already its choice) did nothing: the list could not go back to text
    order but through 'Timeline'. Now the box says 'By column' and 'Text order' restores it."""
    panel = sample_window.side_panel
    events, order = panel.events, panel.order
    panel.setCurrentWidget(events)
    header = events.view.header()

    def starts() -> list[int]:
        return [events.proxy.index(r, 0).data(RECORD_ROLE).span.start
                for r in range(events.proxy.rowCount())]

    in_text_order = starts()
    assert order.currentText() == "Text order"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2))
    assert starts() != in_text_order, "sorted by who"
    assert order.currentIndex() == -1
    assert order.placeholderText() == "By column"
    order.setFocus()
    qtbot.keyClick(order, Qt.Key.Key_Down)  # the first choice, 'Text order'
    assert order.currentText() == "Text order"
    assert starts() == in_text_order
    qtbot.keyClick(order, Qt.Key.Key_Down)
    assert order.currentText() == "Timeline"
    assert header.sortIndicatorSection() == TIMELINE_COLUMN


def test_sorting_the_entities_keeps_people_first(qtbot: QtBot, sample_window: MainWindow) -> None:
    tab = sample_window.side_panel.entities
    header = tab.view.header()

    def groups() -> list[str]:
        return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]

    def names(group: int) -> list[str]:
        parent = tab.proxy.index(group, 0)
        return [tab.proxy.index(r, 0, parent).data() for r in range(tab.proxy.rowCount(parent))]

    shown = groups()
    assert shown[0].startswith("People")
    assert len(shown) > 2, "the sample names people, organisations and places"
    for _ascending_then_descending in range(2):
        point = header.sectionViewportPosition(0) + 20
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(point, header.height() // 2))
        assert groups() == shown
        descending = tab.proxy.sortOrder() == Qt.SortOrder.DescendingOrder
        assert names(0) == sorted(names(0), reverse=descending)


def status_line(window: MainWindow) -> str:
    """What the status bar shows at its left: its message, else its visible labels (but the
    article's date at its right)."""
    bar = window.statusBar()
    return bar.currentMessage() or " ".join(
        label.text() for label in bar.findChildren(QLabel)
        if label.isVisible() and label is not window.dated)


def test_the_summary_counts_one_in_the_singular(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """A short article's status bar read '1 entities · 2 events · 0 quotes · 0 numbers'."""
    article = tmp_path / "ferry.txt"
    article.write_text("Storm closes ferry\n\nThe Halden ferry did not sail on Monday.\n",
                       encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    analysis = window.session.analysis
    assert analysis is not None
    assert len(analysis.entities) == 1
    line = status_line(window)
    assert line.startswith("1 entity · "), line
    assert "1 entities" not in line


def test_the_summary_stays_after_the_menus_are_browsed(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Hovering a menu entry puts its status tip (even an empty one) where the summary is; once
    the menu closes, the summary ('11 entities · ...') is back, not a blank bar."""
    summary = status_line(sample_window)
    assert summary.startswith("11 entities ·"), summary
    bar = sample_window.menuBar()
    file_menu = bar.actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    bar.setActiveAction(bar.actions()[0])  # File, opened as a click on it opens it
    qtbot.waitUntil(file_menu.isVisible)
    entry = sample_window.actions_by_name["open"]
    QTest.mouseMove(file_menu, file_menu.actionGeometry(entry).center())
    qtbot.waitUntil(lambda: file_menu.activeAction() is entry)
    QTest.keyClick(file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not file_menu.isVisible())
    assert status_line(sample_window) == summary


def test_escape_closes_the_entitys_panel_but_not_from_the_find_bar(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Escape in the article, or in the panel itself, closes the entity's panel (its marks go
    too); in the find bar it closes the find bar only."""
    putin = entity_named(sample_window, "Vladimir V. Putin")
    dossier, view = sample_window.dossier, sample_window.view
    click_text(qtbot, sample_window, putin.mentions[0])
    assert dossier.isVisible()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert not dossier.isVisible()
    assert view.marked("entity").spans == []
    sample_window.show_entity(putin.id)
    dossier.setFocus()
    QTest.keyClick(dossier.focusWidget() or dossier, Qt.Key.Key_Escape)
    assert not dossier.isVisible()
    sample_window.show_entity(putin.id)
    sample_window.actions_by_name["find"].trigger()
    QTest.keyClick(sample_window.find_bar.field, Qt.Key.Key_Escape)
    assert sample_window.find_bar.isHidden()
    assert dossier.isVisible()


def test_escape_in_the_list_closes_the_entitys_panel_its_row_opened(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """A click on a name in the Entities list opens its panel; Escape then did nothing, the
    keyboard being in the list. Now it closes the panel and the keyboard stays in the list."""
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    putin = entity_named(sample_window, "Vladimir V. Putin")
    entities, dossier = sample_window.side_panel.entities, sample_window.dossier
    (row,) = [entities.proxy.mapFromSource(i)
              for i in entities.model.record_indexes(lambda record: record == putin)]
    click_row(qtbot, entities.view, row)
    qtbot.waitUntil(dossier.isVisible)
    assert dossier.entity == putin
    qtbot.waitUntil(entities.view.hasFocus)
    QTest.keyClick(entities.view, Qt.Key.Key_Escape)
    assert not dossier.isVisible()
    assert entities.view.hasFocus()


def test_closing_the_entitys_panel_gives_the_keyboard_back_to_the_article(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Escape pressed on the panel's Next button, or in its list, closed the panel and left
    the keyboard on the tab bar below, where the arrow keys a reader then pressed to scroll
    switched tabs instead. Now the article has it again."""
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    dossier, view = sample_window.dossier, sample_window.view
    putin = entity_named(sample_window, "Vladimir V. Putin")
    for inside in (dossier.next, dossier.items):
        sample_window.show_entity(putin.id)
        inside.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(inside.hasFocus)
        QTest.keyClick(inside, Qt.Key.Key_Escape)
        assert not dossier.isVisible()
        assert view.hasFocus(), QApplication.focusWidget()
    sample_window.side_panel.entities.filter.setFocus()  # the keyboard elsewhere stays there
    sample_window.show_entity(putin.id)
    qtbot.mouseClick(dossier.close_button, Qt.MouseButton.LeftButton)
    assert sample_window.side_panel.entities.filter.hasFocus()


def tab_through(window: MainWindow, start: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab brings the focus to, one press at a time, from start."""
    start.setFocus()
    seen = []
    for _ in range(count):
        focused = window.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    return seen


def test_tab_goes_through_the_window_as_it_reads(qtbot: QtBot, sample_window: MainWindow) -> None:
    """From the legend's first toggle: every toggle in the order shown (the Quotes and Numbers
    underlines last), the article, the entity's panel when open, the tabs, then each list's
    filter box before the list."""
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    legend, panel, dossier = sample_window.legend, sample_window.side_panel, sample_window.dossier
    labels = [e.label for e in sample_window.session.analysis.entities]  # type: ignore[union-attr]
    types = [legend.toggle_button(label) for label in sorted(set(labels), key=type_order)]
    toggles = [*types, legend.toggle_button("quote"), legend.toggle_button("number")]
    lists = [panel.tabBar(), panel.entities.filter, panel.entities.view]
    seen = tab_through(sample_window, toggles[0], len(toggles) + 3)
    assert seen == [*toggles[1:], sample_window.view, *lists]
    sample_window.show_entity(entity_named(sample_window, "Vladimir V. Putin").id)
    panel.setCurrentWidget(panel.events)
    seen = tab_through(sample_window, sample_window.view, len(dossier.focus_chain()) + 4)
    assert seen == [*dossier.focus_chain(), panel.tabBar(), panel.events.filter, panel.order,
                    panel.events.view]


def test_the_status_bar_says_the_language_model_is_loading(
        qtbot: QtBot, nlp: Any, notes_db: Path) -> None:
    """Opened before spaCy is ready, the article shows at once and the status bar says why its
    highlights are not there yet (it was empty until the analysis began)."""
    ready = threading.Event()

    def slow_load(_model: str | None = None) -> Any:
        ready.wait(30)
        return nlp

    store = NoteStore(notes_db)
    window = MainWindow(store, load_settings(), slow_load)
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_path(sample_article())
        qtbot.waitUntil(lambda: status_line(window) == "Loading the language model…",
                        timeout=10_000)
        with qtbot.waitSignal(window.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
            ready.set()
        qtbot.waitUntil(lambda: "entities" in status_line(window), timeout=10_000)
    finally:
        ready.set()
        window.close()
        store.close()


def test_a_note_on_the_entity_shows_in_its_open_panel(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """The entity's panel lists its notes: one added with its Note button is there at once, and
    its text once saved, the mention stepped to kept (the panel said 'No ... notes' until it
    was opened again)."""
    dossier, notes = sample_window.dossier, sample_window.notes
    assert notes is not None
    sample_window.show_entity(entity_named(sample_window, "Vladimir V. Putin").id)
    sample_window.actions_by_name["next_mention"].trigger()
    sample_window.actions_by_name["next_mention"].trigger()
    place = dossier.position.text()
    assert dossier.section_texts("Notes") == []
    dossier.note.click()
    assert dossier.section_texts("Notes") == ["(empty note)"], "a blank row read as nothing"
    QTest.keyClicks(notes.editor.body, "Check his earlier threats")
    QTest.keyClick(notes.editor.body, Qt.Key.Key_Return)
    QTest.keyClicks(notes.editor.body, "and the dates")
    notes.flush()
    assert dossier.section_texts("Notes") == ["Check his earlier threats"]
    assert dossier.position.text() == place


def test_the_legends_toggles_show_where_the_keyboard_is(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Tabbing to a legend toggle draws a ring in the selection colour around it (its style
    sheet hid Qt's own focus frame: a keyboard reader could not see which toggle Space flips)."""
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    ring = QApplication.palette().color(QPalette.ColorRole.Highlight)

    def ringed(widget: QWidget) -> bool:
        image = widget.grab().toImage()
        return any(abs(image.pixelColor(x, y).red() - ring.red())
                   + abs(image.pixelColor(x, y).green() - ring.green())
                   + abs(image.pixelColor(x, y).blue() - ring.blue()) < 30
                   for x in range(image.width()) for y in range(image.height()))

    for label in ("PERSON", "quote"):
        button = sample_window.legend.toggle_button(label)
        assert button is not None
        sample_window.view.setFocus()
        qtbot.waitUntil(lambda button=button: not button.hasFocus())
        assert not ringed(button), label
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        assert ringed(button), label


def test_the_entitys_panel_takes_the_height_of_its_rows(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """A panel of a few rows is as tall as they need, not half the right column with a blank
    below them; the lists below take the rest. A note added is a row more, and still shows."""
    dossier, right = sample_window.dossier, sample_window.right

    def rows_shown_without_blank() -> None:
        items = dossier.items
        last = items.topLevelItem(items.topLevelItemCount() - 1)
        assert last is not None
        bottom = items.visualItemRect(last).bottom()
        assert bottom < items.viewport().height(), "every row shown"
        assert items.viewport().height() - bottom < 3 * items.visualItemRect(last).height()

    sample_window.show_entity(entity_named(sample_window, "Belgorod").id)
    qtbot.waitUntil(rows_shown_without_blank)
    assert right.sizes()[0] < sum(right.sizes()) // 2
    dossier.note.click()
    qtbot.waitUntil(rows_shown_without_blank)
    assert dossier.section_texts("Notes") == ["(empty note)"]


def test_the_status_bar_says_the_day_relative_dates_count_from(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """The Events list places "Monday" on a day counted from the article's date: the status
    bar names that date, or says the article has none (and so no day is placed)."""
    dated = tmp_path / "dated.txt"
    dated.write_text("Storm closes ferry\n\nNovember 20, 2019\n\nThe Halden ferry did not "
                     "sail on Monday.\n", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("Storm closes ferry\n\nThe Halden ferry did not sail on Monday.\n",
                       encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, dated)
    assert window.session.document is not None
    assert window.session.document.published == "2019-11-20"
    assert window.dated.text() == "Published 20 November 2019"
    assert "counted from this date" in window.dated.toolTip()
    assert window.dated.isVisible()
    open_and_wait(qtbot, window, undated)
    assert window.dated.text() == "No date of publication"
    assert "not placed on the calendar" in window.dated.toolTip()


def test_a_filtered_entities_list_shows_its_matches(qtbot: QtBot,
                                                    sample_window: MainWindow) -> None:
    """A group the filter had taken away came back closed ('People (2)' with an arrow) as the
    filter changed: the names that matched were out of sight until each group was opened."""
    entities = sample_window.side_panel.entities
    sample_window.side_panel.setCurrentWidget(entities)
    entities.filter.setFocus()
    qtbot.keyClicks(entities.filter, "ukr")  # no person
    entities.filter.clear()
    qtbot.keyClicks(entities.filter, "putin")
    proxy, view = entities.proxy, entities.view
    found = proxy.match(proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, "Vladimir V. Putin", 1,
                        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert found
    assert view.isExpanded(found[0].parent())
    assert view.visualRect(found[0]).height() > 0
    assert view.isFirstColumnSpanned(found[0].parent().row(), QModelIndex())


def analysis_sentences(window: MainWindow) -> tuple[TextSpan, ...]:
    assert window.session.analysis is not None
    return window.session.analysis.sentences


def test_the_filter_box_answers_down_and_escape(qtbot: QtBot,
                                                sample_window: MainWindow) -> None:
    """Down in a list's filter box did nothing (the matches were a mouse move away) and
    Escape left the filter in place: Down now goes to the first match, shown in the article,
    and Escape empties the box."""
    events = sample_window.side_panel.events
    sample_window.side_panel.setCurrentWidget(events)
    events.filter.setFocus()
    qtbot.keyClicks(events.filter, "strikes")
    first = events.model.record(events.proxy.mapToSource(events.proxy.index(0, 0)))
    assert first is not None
    QTest.keyClick(events.filter, Qt.Key.Key_Down)
    assert events.view.hasFocus()
    assert events.view.currentIndex().row() == 0
    sentence = record_sentence(first, analysis_sentences(sample_window))
    assert sentence is not None
    assert cursor_at(sample_window, sentence.start)
    events.filter.setFocus()
    QTest.keyClick(events.filter, Qt.Key.Key_Escape)
    assert events.filter.text() == ""
    assert events.proxy.rowCount() == len(events.model.records)


def test_a_note_on_a_mention_shows_in_the_entitys_panel(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """A passage noted where it names an entity ('Putin' selected, Ctrl+Shift+N) was left out of
    the entity's panel, which said 'No ... notes' beside a name marked as noted. A note on a
    passage within one of the entity's mentions is listed there; one on a wider passage is not."""
    dossier, notes = sample_window.dossier, sample_window.notes
    assert notes is not None
    putin = entity_named(sample_window, "Vladimir V. Putin")
    mention = putin.mentions[1]
    sample_window.view.reveal(mention, select=mention, flash=False)
    sample_window.actions_by_name["add_note"].trigger()
    QTest.keyClicks(notes.editor.body, "Check his title")
    notes.flush()
    wider = TextSpan(mention.start, mention.end + 8)
    sample_window.view.reveal(wider, select=wider, flash=False)
    sample_window.actions_by_name["add_note"].trigger()
    QTest.keyClicks(notes.editor.body, "Not about him alone")
    notes.flush()
    sample_window.show_entity(putin.id)
    assert dossier.section_texts("Notes") == ["Check his title"]
