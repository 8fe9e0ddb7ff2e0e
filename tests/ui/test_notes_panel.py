"""NotesPanel driven with qtbot on a real notes database: add, autosave, reopen, orphans, search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QPaintEvent, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.document import TextSpan, fingerprint
from reader.notes.model import DocumentRecord
from reader.notes.store import NoteStore
from reader.ui.article_view import UNDERLINES
from reader.ui.highlights import NOTE, QUOTE
from reader.ui.main_window import MainWindow
from reader.ui.note_editor import AUTOSAVE_MS, NoteEditor, parse_tags
from reader.ui.notes_panel import NotesPanel
from tests.ui.conftest import MakeWindow, open_and_wait
from tests.ui.driving import char_format, menu_choice

TEXT = ("The council approved the bridge on Tuesday. Residents had waited ten years.\n\n"
        "Construction starts in March, the mayor said.\n")
PASSAGE = TextSpan(TEXT.index("Residents"), TEXT.index("years.") + len("years."))


@pytest.fixture
def store(notes_db: Path) -> Iterator[NoteStore]:
    with NoteStore(notes_db) as opened:
        yield opened


def open_document(store: NoteStore, folder: Path, text: str = TEXT,
                  name: str = "bridge.txt") -> DocumentRecord:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return store.open_document(fingerprint(text), path, "Bridge approved")


def make_panel(qtbot: QtBot, store: NoteStore, record: DocumentRecord,
               text: str = TEXT) -> NotesPanel:
    panel = NotesPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_document(record, text)
    return panel


def test_a_passage_note_is_saved_by_itself_and_found_after_reopening(
        qtbot: QtBot, notes_db: Path, tmp_path: Path) -> None:
    store = NoteStore(notes_db)
    record = open_document(store, tmp_path)
    panel = make_panel(qtbot, store, record)
    panel.set_selection(PASSAGE)
    note = panel.add_passage_note()
    assert note is not None
    QTest.keyClicks(panel.editor.body, "Ten years? Check the archive.")
    assert store.note(note.id).body == ""  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: store.note(note.id).body == "Ten years? Check the archive.",  # type: ignore[union-attr]
                    timeout=AUTOSAVE_MS + 1000)
    panel.close()
    store.close()

    with NoteStore(notes_db) as again:
        reopened = make_panel(qtbot, again, again.open_document(record.sha256, record.path, ""))
        (item,) = reopened.model.items
        assert item.note.body == "Ten years? Check the archive."
        assert item.resolved is not None
        assert item.resolved.status == "exact"
        assert reopened.anchored_spans() == [PASSAGE]


def test_closing_the_panel_saves_at_once(qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    panel = make_panel(qtbot, store, open_document(store, tmp_path))
    note = panel.add_document_note()
    assert note is not None
    QTest.keyClicks(panel.editor.body, "About the whole story")
    panel.close()
    assert store.note(note.id).body == "About the whole story"  # type: ignore[union-attr]


def test_a_long_note_is_cut_after_a_word_in_the_list(qtbot: QtBot, store: NoteStore,
                                                     tmp_path: Path) -> None:
    """The list showed a note's first 100 characters as they fell, mid-word and with no sign
    of more ('... last year said $41 million. Check the b'). Now it is cut after a whole word
    and ends in '…'."""
    panel = make_panel(qtbot, store, open_document(store, tmp_path))
    note = panel.add_document_note()
    assert note is not None
    body = "Compare the figure with the budget papers of last year, " * 3
    QTest.keyClicks(panel.editor.body, body)
    panel.flush()
    row = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    line = row.splitlines()[1]
    assert line.endswith("…"), line
    assert len(line) <= 100
    assert body.startswith(line[:-1]), line
    assert body[len(line) - 1] == " ", "cut after a whole word"


def test_leaving_the_editor_saves_at_once(qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    panel = make_panel(qtbot, store, open_document(store, tmp_path))
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    note = panel.add_document_note()
    assert note is not None
    qtbot.waitUntil(panel.editor.body.hasFocus)
    QTest.keyClicks(panel.editor.body, "saved on focus out")
    panel.editor.tags.setFocus()
    QTest.keyClicks(panel.editor.tags, "bridge, archive")
    assert store.note(note.id).body == "saved on focus out"  # type: ignore[union-attr]
    panel.search_box.setFocus()
    assert store.note(note.id).tags == ("bridge", "archive")  # type: ignore[union-attr]


def test_notes_are_listed_in_text_order(qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    from reader.notes.anchoring import describe

    record = open_document(store, tmp_path)
    later = TextSpan(TEXT.index("March"), TEXT.index("March") + 5)
    store.add(record.id, "second", anchor=describe(TEXT, later))
    store.add(record.id, "first", anchor=describe(TEXT, PASSAGE))
    store.add(record.id, "whole")
    panel = make_panel(qtbot, store, record)
    assert [item.note.body for item in panel.model.items] == ["whole", "first", "second"]
    assert "Residents had waited ten years." in panel.model.data(panel.model.index(1))


def test_choosing_a_note_shows_its_passage(qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    from reader.notes.anchoring import describe

    record = open_document(store, tmp_path)
    store.add(record.id, "look", anchor=describe(TEXT, PASSAGE))
    panel = make_panel(qtbot, store, record)
    with qtbot.waitSignal(panel.note_activated) as signal:
        panel.list.setCurrentIndex(panel.model.index(0))
    assert signal.args == [PASSAGE]
    assert panel.editor.note is not None
    assert panel.editor.text() == "look"


def test_clicking_the_article_selects_its_note(qtbot: QtBot, store: NoteStore,
                                              tmp_path: Path) -> None:
    from reader.notes.anchoring import describe

    record = open_document(store, tmp_path)
    note = store.add(record.id, "here", anchor=describe(TEXT, PASSAGE))
    panel = make_panel(qtbot, store, record)
    assert panel.show_note_at(PASSAGE.start + 3)
    assert panel.editor.note == note
    assert not panel.show_note_at(0)


def test_delete_can_be_undone(qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    record = open_document(store, tmp_path)
    panel = make_panel(qtbot, store, record)
    note = panel.add_document_note()
    assert note is not None
    QTest.keyClicks(panel.editor.body, "precious")
    with qtbot.waitSignal(panel.notes_changed):
        panel.delete_current()
    assert store.notes_for(record.id) == []
    assert panel.undo_button.isEnabled()
    panel.undo_delete()
    (restored,) = store.notes_for(record.id)
    assert (restored.id, restored.body) == (note.id, "precious")
    assert [item.note.id for item in panel.model.items] == [note.id]


def test_an_orphan_is_listed_apart_and_re_attached(qtbot: QtBot, store: NoteStore,
                                                   tmp_path: Path) -> None:
    from reader.notes.anchoring import describe

    record = open_document(store, tmp_path)
    note = store.add(record.id, "ten years", anchor=describe(TEXT, PASSAGE))
    edited = TEXT.replace("Residents had waited ten years.", "Work took long.")
    panel = make_panel(qtbot, store, record, edited)
    assert panel.model.items == ()
    assert [item.note.id for item in panel.orphan_model.items] == [note.id]
    assert not panel.orphan_box.isHidden()
    panel.orphans.setCurrentIndex(panel.orphan_model.index(0))
    new_place = TextSpan(edited.index("Work"), edited.index("long.") + 5)
    panel.set_selection(new_place)
    panel.reattach_current()
    assert panel.orphan_model.items == ()
    assert panel.anchored_spans() == [new_place]
    assert store.note(note.id).anchor.exact == "Work took long."  # type: ignore[union-attr]


def test_a_moved_passage_is_stored_at_its_new_place(qtbot: QtBot, store: NoteStore,
                                                    tmp_path: Path) -> None:
    from reader.notes.anchoring import describe

    record = open_document(store, tmp_path)
    note = store.add(record.id, "n", anchor=describe(TEXT, PASSAGE))
    edited = "Breaking news.\n\n" + TEXT
    panel = make_panel(qtbot, store, record, edited)
    assert panel.model.items[0].resolved.status == "moved"  # type: ignore[union-attr]
    row = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert row.splitlines()[0] == "Passage “Residents had waited ten years.” · moved"
    stored = store.note(note.id)
    assert stored is not None
    assert stored.anchor is not None
    assert stored.anchor.start == PASSAGE.start + len("Breaking news.\n\n")
    assert stored.updated == note.updated


def test_notes_on_an_entity_and_a_quote(qtbot: QtBot, store: NoteStore, tmp_path: Path) -> None:
    record = open_document(store, tmp_path)
    panel = make_panel(qtbot, store, record)
    quote = TextSpan(TEXT.index("Construction"), TEXT.index(", the mayor"))
    entity_note = panel.add_target_note("entity:The council")
    quote_note = panel.add_target_note(f"quote:{quote.start}-{quote.end}")
    assert entity_note is not None
    assert quote_note is not None
    assert entity_note.anchor is None
    assert quote_note.anchor is not None
    assert quote_note.anchor.exact == "Construction starts in March"
    assert panel.anchored_spans() == [quote]
    assert "The council" in panel.model.data(panel.model.index(0))


def test_no_passage_note_without_a_selection(qtbot: QtBot, store: NoteStore,
                                             tmp_path: Path) -> None:
    panel = make_panel(qtbot, store, open_document(store, tmp_path))
    assert not panel.add_passage_button.isEnabled()
    assert panel.add_passage_note() is None
    assert "Select a passage" in panel.message.text()


def test_search_opens_a_note_in_another_document(qtbot: QtBot, store: NoteStore,
                                                 tmp_path: Path) -> None:
    from reader.notes.anchoring import describe

    other_text = "Another story about the harbour and its cranes."
    other = open_document(store, tmp_path, other_text, "harbour.txt")
    cranes = TextSpan(other_text.index("cranes"), other_text.index("cranes") + 6)
    store.add(other.id, "How many cranes exactly?", anchor=describe(other_text, cranes))
    panel = make_panel(qtbot, store, open_document(store, tmp_path))
    QTest.keyClicks(panel.search_box, "crane")
    qtbot.waitUntil(lambda: panel.results.count() == 1)
    with qtbot.waitSignal(panel.open_requested) as signal:
        item = panel.results.item(0)
        rect = panel.results.visualItemRect(item)
        QTest.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    path, span = signal.args[0]
    assert path == tmp_path.resolve() / "harbour.txt"
    assert span == cranes


def test_search_with_punctuation_shows_no_error(qtbot: QtBot, store: NoteStore,
                                                tmp_path: Path) -> None:
    panel = make_panel(qtbot, store, open_document(store, tmp_path))
    QTest.keyClicks(panel.search_box, '"( AND *')
    qtbot.waitUntil(lambda: panel.results.count() == 1)
    assert panel.results.item(0).text() == "No note matches."
    assert panel.message.text() == ""


@pytest.mark.parametrize(("typed", "tags"), [("a, b", ("a", "b")), (" , a,,a ", ("a",)), ("", ())])
def test_parse_tags(typed: str, tags: tuple[str, ...]) -> None:
    assert parse_tags(typed) == tags


def test_through_the_window_a_note_survives_closing_and_is_marked(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    assert window.notes is not None
    text = window.session.document.text  # type: ignore[union-attr]
    start = text.index("Zelensky")
    passage = TextSpan(start, text.index(".", start) + 1)
    window.view.reveal(passage, flash=False, select=passage)
    assert window.view.selected_span() == passage
    window.actions_by_name["add_note"].trigger()
    QTest.keyClicks(window.notes.editor.body, "Check this against the other report.")
    window.close()

    again = make_window()
    open_and_wait(qtbot, again)
    assert again.notes is not None
    (item,) = again.notes.model.items
    assert item.note.body == "Check this against the other report."
    assert (item.resolved.status, item.resolved.span) == ("exact", passage)
    assert any(h.kind == NOTE and h.span == passage for h in again.view.highlights)


def test_a_noted_passage_stays_marked_where_a_quote_begins_inside_it(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    analysis = sample_window.session.analysis
    assert analysis is not None
    quote = max(analysis.quotes, key=lambda q: q.span.start)
    passage = TextSpan(quote.span.start - 12, quote.span.start + 12)
    sample_window.view.reveal(passage, flash=False, select=passage)
    with qtbot.waitSignal(sample_window.view.highlights_painted, timeout=20_000):
        sample_window.actions_by_name["add_note"].trigger()
    for offset in (passage.start, quote.span.start + 2, passage.end - 2):
        fmt = char_format(sample_window, offset)
        assert fmt.underlineColor() == sample_window.view.underline_colour(NOTE)
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    after = char_format(sample_window, passage.end + 2)
    assert after.underlineColor().name() == UNDERLINES[QUOTE]  # the rest of the quote as before


def test_the_delete_key_deletes_the_chosen_note(qtbot: QtBot, store: NoteStore,
                                                tmp_path: Path) -> None:
    record = open_document(store, tmp_path)
    store.add(record.id, "to go")
    panel = make_panel(qtbot, store, record)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert store.notes_for(record.id) == []
    assert panel.undo_button.isEnabled()


def test_a_second_note_on_a_passage_gets_what_is_typed(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Adding another note on a passage that has one, or choosing it in the list, edits that
    note: choosing it moves the article's cursor into the passage, which chose the first note
    again, so the typing went into the first note and the second stayed empty."""
    article = tmp_path / "bridge.txt"
    article.write_text(TEXT, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    notes = window.notes
    assert notes is not None
    for typed in ("Ten years is the mayor's figure.", "Ask the residents' group."):
        window.view.reveal(PASSAGE, flash=False, select=PASSAGE)
        window.actions_by_name["add_note"].trigger()
        QTest.keyClicks(notes.editor.body, typed)
        notes.flush()
    assert [item.note.body for item in notes.model.items] == [
        "Ten years is the mayor's figure.", "Ask the residents' group."]
    for row in (0, 1, 0):
        index = notes.model.index(row)
        qtbot.mouseClick(notes.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=notes.list.visualRect(index).center())
        assert notes.editor.note is not None
        assert notes.editor.note.id == notes.model.items[row].note.id


def test_the_notes_tab_says_how_many_notes_the_article_has(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    """Like the other tabs ('Quotes 15'), the Notes tab gives its count, so that notes left on
    an article are seen when it opens again; no document, no count."""
    panel, notes = sample_window.side_panel, sample_window.notes
    assert notes is not None

    def label() -> str:
        return panel.tabText(panel.indexOf(notes))

    assert label() == "Notes 0"
    passage = TextSpan(40, 60)
    sample_window.view.reveal(passage, flash=False, select=passage)
    with qtbot.waitSignal(sample_window.view.highlights_painted, timeout=20_000):
        sample_window.actions_by_name["add_note"].trigger()
    assert label() == "Notes 1"
    other = tmp_path / "other.txt"
    other.write_text("Other news\n\nThe museum opened a new wing on Sunday.\n", encoding="utf-8")
    open_and_wait(qtbot, sample_window, other)
    assert label() == "Notes 0"
    open_and_wait(qtbot, sample_window)
    assert label() == "Notes 1"
    sample_window.actions_by_name["close_document"].trigger()
    assert label() == "Notes"


def test_the_note_box_says_how_to_get_a_note_when_it_has_none(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """With no note chosen the box takes no typing, so it does not say 'Write your note…' (a
    reader clicked it and typed into nothing): it says how to choose or add one."""
    notes = sample_window.notes
    assert notes is not None
    sample_window.side_panel.setCurrentWidget(notes)
    body = notes.editor.body
    assert not body.isEnabled()
    assert body.placeholderText().startswith("Choose a note above")
    assert "Ctrl+Shift+N" in body.placeholderText()
    notes.add_document_note()
    assert body.isEnabled()
    assert body.placeholderText() == "Write your note…"


def test_with_no_article_the_note_box_says_to_open_one(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """With no article open the box said 'add one: Note on document, or select a passage ...
    and press Ctrl+Shift+N', though neither can be done: it says to open an article."""
    notes = sample_window.notes
    assert notes is not None
    sample_window.side_panel.setCurrentWidget(notes)
    body = notes.editor.body
    sample_window.actions_by_name["close_document"].trigger()
    assert body.placeholderText().startswith("Open an article")
    assert "Ctrl+Shift+N" not in body.placeholderText()
    open_and_wait(qtbot, sample_window)
    assert body.placeholderText().startswith("Choose a note above")


def test_a_selected_passage_can_be_noted_from_its_context_menu(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """A right click on selected text offers 'Add note on the selection' (with its keys) above
    Copy; choosing it notes the passage."""
    view, notes = sample_window.view, sample_window.notes
    assert notes is not None
    passage = TextSpan(60, 84)
    view.reveal(passage, flash=False, select=passage)
    rect = view.cursorRect()
    menu = menu_choice(qtbot, sample_window.actions_by_name["add_note"].text())
    with qtbot.waitSignal(notes.notes_changed, timeout=5_000):
        QApplication.sendEvent(view.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, rect.center(), view.viewport().mapToGlobal(
                rect.center())))
    assert menu.answered
    assert [(p.resolved.span if p.resolved else None) for p in notes.notes()] == [passage]


def test_a_passage_note_is_headed_by_its_opening_words(sample_window: MainWindow) -> None:
    """The list and the editor name a passage by its first words, as a reader finds it on the
    page, not by a line number of the text's own lines (the page shows none)."""
    notes = sample_window.notes
    assert notes is not None
    text = sample_window.session.document.text  # type: ignore[union-attr]
    start = text.index("President Vladimir V. Putin")
    passage = TextSpan(start, text.index("declaration.", start) + len("declaration."))
    sample_window.side_panel.setCurrentWidget(notes)
    sample_window.view.reveal(passage, select=passage, flash=False)
    QTest.mouseClick(notes.add_passage_button, Qt.MouseButton.LeftButton)
    heading = "Passage “President Vladimir V. Putin of Russia…”"
    assert notes.editor.heading.text() == heading
    row = notes.model.data(notes.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert row.splitlines() == [heading, "(empty note)"]


def test_noting_a_passage_in_view_leaves_the_page_where_it_is(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """A note added on a selected passage showed that passage a third down the page: the text
    the reader had just selected jumped away under the mouse. A passage all in view stays put;
    one out of view is still scrolled to."""
    view, notes, document = sample_window.view, sample_window.notes, sample_window.session.document
    assert notes is not None
    assert document is not None
    assert view.positions is not None
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    start = document.text.index(" ", view.top_offset() + 40) + 1  # on the first lines in view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.position(start))
    cursor.setPosition(view.positions.position(start + 12), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    before = bar.value()
    sample_window.actions_by_name["add_note"].trigger()
    assert notes.list.model().rowCount() == 1
    qtbot.wait(50)
    assert bar.value() == before
    end = len(document.text)
    view.reveal(TextSpan(end - 5, end - 1))  # out of view: scrolled to
    assert bar.value() > before


def test_tab_in_the_note_goes_on_to_its_tags(qtbot: QtBot, sample_window: MainWindow) -> None:
    """Tab in a note's text typed a tab into the note ('figure\\tloan, check') rather than moving
    to the tags below it; it now moves there, and Shift+Tab comes back."""
    notes = sample_window.notes
    assert notes is not None
    sample_window.side_panel.setCurrentWidget(notes)
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    notes.add_document_note()
    editor = notes.editor
    qtbot.waitUntil(editor.body.hasFocus)
    QTest.keyClicks(editor.body, "Check the figure")
    QTest.keyClick(editor.body, Qt.Key.Key_Tab)
    qtbot.waitUntil(editor.tags.hasFocus)
    QTest.keyClicks(editor.tags, "loan")
    assert editor.text() == "Check the figure"
    assert editor.tag_list() == ("loan",)
    QTest.keyClick(editor.tags, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(editor.body.hasFocus)


def keys_in_the_notes(qtbot: QtBot, window: MainWindow, *bodies: str,
                      row: int = 0) -> tuple[NotesPanel, list[int]]:
    """The open article's notes panel with notes of these bodies added (their ids), the Notes
    tab shown (Alt+5) and the keys in its list, at the note in row."""
    notes, record = window.notes, window.session.record
    assert notes is not None
    assert record is not None
    ids = [window.store.add(record.id, body).id for body in bodies]
    notes.reload()
    window.actions_by_name["tab_4"].trigger()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notes.list.setCurrentIndex(notes.model.index(row))
    notes.list.setFocus()
    return notes, ids


def test_delete_goes_on_down_the_notes(qtbot: QtBot, sample_window: MainWindow) -> None:
    """Delete in the notes list left no note chosen: pressed again it did nothing, and Down
    went back to the first note, so clearing a few notes from the keyboard took a trip up the
    list for each. The note after the deleted one (the one before, at the end) is chosen now,
    the keys still in the list."""
    notes, _ids = keys_in_the_notes(qtbot, sample_window, "first", "second", "third", "fourth",
                                    row=1)

    def bodies() -> list[str]:
        return [item.note.body for item in notes.model.items]

    QTest.keyClick(notes.list, Qt.Key.Key_Delete)
    assert bodies() == ["first", "third", "fourth"]
    assert notes.editor.note is not None
    assert notes.editor.note.body == "third"
    QTest.keyClick(notes.list, Qt.Key.Key_Delete)
    QTest.keyClick(notes.list, Qt.Key.Key_Delete)
    assert bodies() == ["first"]
    assert notes.editor.note is not None
    assert notes.editor.note.body == "first"
    assert notes.list.hasFocus()
    assert notes.message.text() == "Note deleted."


def test_ctrl_z_in_the_notes_list_brings_a_deleted_note_back(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """A note deleted with the Delete key could be brought back only with the mouse (Undo
    delete), and neither button said its key: Ctrl+Z in the list now undoes the delete, the
    note chosen again, and the buttons' tips give both keys."""
    notes, _ids = keys_in_the_notes(qtbot, sample_window, "precious")
    QTest.keyClick(notes.list, Qt.Key.Key_Delete)
    assert notes.model.items == ()
    QTest.keyClick(notes.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [item.note.body for item in notes.model.items] == ["precious"]
    assert notes.editor.note is not None
    assert notes.editor.note.body == "precious"
    assert "Delete" in notes.delete_button.toolTip()
    assert "Ctrl+Z" in notes.undo_button.toolTip()


def test_the_notes_search_box_answers_down_enter_and_escape(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    """In Search all notes, Down and Enter did nothing: the notes found could be reached by the
    mouse alone. As in the lists' filter boxes, Down now goes to the first note found, Enter
    opens it (its article, at its passage), and Escape empties the box."""
    from reader.notes.anchoring import describe

    notes = sample_window.notes
    assert notes is not None
    text = "Harbour cranes\n\nThe port of Kestrel bought four new cranes this spring.\n"
    harbour = tmp_path / "harbour.txt"
    harbour.write_text(text, encoding="utf-8")
    record = sample_window.store.open_document(fingerprint(text), harbour, "Harbour cranes")
    cranes = TextSpan(text.index("new cranes"), text.index("new cranes") + len("new cranes"))
    sample_window.store.add(record.id, "How many cranes exactly?",
                            anchor=describe(text, cranes))
    sample_window.actions_by_name["tab_4"].trigger()
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    notes.search_box.setFocus()
    QTest.keyClicks(notes.search_box, "exactly")
    QTest.keyClick(notes.search_box, Qt.Key.Key_Down)  # before the search has even run
    assert notes.results.hasFocus()
    assert notes.results.currentRow() == 0
    notes.search_box.setFocus()
    QTest.keyClick(notes.search_box, Qt.Key.Key_Escape)
    assert notes.search_box.text() == ""
    QTest.keyClicks(notes.search_box, "cranes")
    with qtbot.waitSignal(sample_window.analysis_finished, timeout=60_000):
        QTest.keyClick(notes.search_box, Qt.Key.Key_Return)
    document = sample_window.session.document
    assert document is not None
    assert document.source_path == harbour.resolve()


def test_enter_on_a_note_goes_to_its_text_and_escape_comes_back(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Enter on a note in the list did nothing, and what was typed next went to the list's
    search by first letters: the keys reached a note's text only by Tab. Enter now puts them
    at the end of the note's text, and Escape there saves it and gives them back to the list."""
    notes, (note_id,) = keys_in_the_notes(qtbot, sample_window, "Check the casualty figures")
    QTest.keyClick(notes.list, Qt.Key.Key_Return)
    assert notes.editor.body.hasFocus()
    QTest.keyClicks(notes.editor.body, " again")
    QTest.keyClick(notes.editor.body, Qt.Key.Key_Escape)
    assert notes.list.hasFocus()
    saved = sample_window.store.note(note_id)
    assert saved is not None
    assert saved.body == "Check the casualty figures again"


class _Paints(QObject):
    """The rectangles painted on a widget, as its paint events give them."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def test_a_new_idle_text_in_the_note_box_is_painted_whole(qtbot: QtBot) -> None:
    """Opening an article after none was open left the note box's new two-line text ('Choose a
    note above ... Ctrl+Shift+N.') with its second line cut in half: Qt repaints the box when a
    placeholder comes or goes, not when one replaces another. The whole box is repainted."""
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.resize(420, 300)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_idle(has_document=False)
    qtbot.wait(50)
    paints = _Paints()
    viewport = editor.body.viewport()
    viewport.installEventFilter(paints)
    editor.set_idle(has_document=True)
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=1_000)
    assert any(rect.contains(viewport.rect()) for rect in paints.rects)
