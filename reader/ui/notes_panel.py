"""NotesPanel: the Notes tab, listing a document's notes by their passages, with an editor."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.document import TextSpan
from reader.errors import NotesError
from reader.notes.anchoring import describe
from reader.notes.export import Placed, placed_notes
from reader.notes.model import DocumentRecord, Note
from reader.notes.store import NoteStore
from reader.ui.commands import target_span
from reader.ui.flow_layout import FlowLayout
from reader.ui.note_editor import NoteEditor
from reader.ui.note_keys import NoteKeys
from reader.ui.notes_model import ItemRole, NotesModel, where
from reader.ui.notes_search import NotesSearch

log = logging.getLogger(__name__)

T = TypeVar("T")


class NotesPanel(QWidget):
    """The notes of the open document, an editor, and a search across every document.

    Signals:
    - note_activated(TextSpan): a note was chosen; its passage should be shown.
    - notes_changed(): notes were added, deleted, restored or re-attached (marks to repaint).
    - note_saved(Note): a note's text or tags were saved.
    - open_requested((Path, TextSpan | None)): a search result in another document was chosen.
    - counted(int): how many notes the open document has now (-1: no document open).
    """

    note_activated = Signal(object)
    notes_changed = Signal()
    counted = Signal(int)
    note_saved = Signal(object)
    open_requested = Signal(object)

    def __init__(self, store: NoteStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record: DocumentRecord | None = None
        self.text = ""
        self.selection: TextSpan | None = None
        self._deleted: list[Note] = []
        self._build()
        self._connect()
        self._show_state()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = NotesSearch(lambda query: self._call(partial(self.store.search, query)), self)
        # The panel's own names for them, as the window's tests reach for them.
        self.search_box, self.results = self.search.box, self.search.results
        self.add_document_button = QPushButton("Note on document", self)
        self.add_passage_button = QPushButton("Note on selection", self)
        self.add_passage_button.setToolTip("Add a note on the selected passage (Ctrl+Shift+N)")
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.setToolTip("Delete the chosen note (Delete, in the list)")
        self.undo_button = QPushButton("Undo delete", self)
        self.undo_button.setToolTip("Bring back the note last deleted (Ctrl+Z, in the list)")
        self.model = NotesModel(self)
        self.orphan_model = NotesModel(self)
        self.list = self._list_view(self.model)
        self.orphans = self._list_view(self.orphan_model)
        self.orphans.setMaximumHeight(140)
        self.orphan_label = QLabel("Passages not found in this version of the text:", self)
        self.reattach_button = QPushButton("Re-attach to selection", self)
        self.editor = NoteEditor(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        # the buttons wrap onto a second line in a narrow panel, rather than holding the whole
        # side panel wider than the article (four in a row wanted 438 px)
        buttons = QWidget(self)
        flow = FlowLayout(buttons)
        flow.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_document_button, self.add_passage_button, self.delete_button,
                       self.undo_button):
            flow.addWidget(button)
        orphans = QWidget(self)
        orphan_layout = QVBoxLayout(orphans)
        orphan_layout.setContentsMargins(0, 0, 0, 0)
        orphan_layout.addWidget(self.orphan_label)
        orphan_layout.addWidget(self.orphans)
        orphan_layout.addWidget(self.reattach_button)
        self.orphan_box = orphans
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(orphans)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.keys = NoteKeys(self)

    def _list_view(self, model: NotesModel) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.setSpacing(2)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    def _connect(self) -> None:
        self.add_document_button.clicked.connect(self.add_document_note)
        self.add_passage_button.clicked.connect(self.add_passage_note)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        self.reattach_button.clicked.connect(self.reattach_current)
        self.editor.save_requested.connect(self._on_editor_save_requested)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.orphans.selectionModel().currentChanged.connect(self._on_orphans_current_changed)
        self.list.clicked.connect(self._on_list_clicked)
        self.search.note_chosen.connect(self._on_search_note_chosen)

    def take_keys(self) -> None:
        """Put the keyboard in the notes list (the tab chosen from the keyboard)."""
        self.list.setFocus()

    # --- the document --------------------------------------------------------------------------

    def set_document(self, record: DocumentRecord | None, text: str = "") -> None:
        """Show the notes of a document, each found again in its text as it is now."""
        self.flush()
        self.record, self.text, self.selection = record, text, None
        self._deleted.clear()
        self.reload()

    def set_selection(self, span: TextSpan | None) -> None:
        self.selection = span if span is not None and len(span) > 0 else None
        self._show_state()

    def reload(self, select: int | None = None) -> None:
        """Read the notes again from the store; select the note with id select, if given."""
        record = self.record
        notes = self._call(lambda: self.store.notes_for(record.id)) if record else []
        placed = placed_notes(notes or [], self.text)
        self._keep_found_places(placed)
        self.model.set_items(tuple(p for p in placed if p.resolved is None or p.resolved.span))
        self.orphan_model.set_items(tuple(p for p in placed if p.resolved and not p.resolved.span))
        self.editor.set_note(None)
        if select is not None:
            self.select_note(select)
        self._show_state()
        self.counted.emit(len(placed) if record else -1)

    def _keep_found_places(self, placed: list[Placed]) -> None:
        """Store where moved passages are now, so that later edits start from there."""
        for item in placed:
            span = item.resolved.span if item.resolved else None
            if span is not None and item.resolved and item.resolved.status != "exact":
                self._call(partial(self.store.reanchor, item.note.id, describe(self.text, span)))

    def anchored_spans(self) -> list[TextSpan]:
        """The passages with notes, as found in the current text."""
        return [item.resolved.span for item in self.model.items
                if item.resolved is not None and item.resolved.span is not None]

    def notes(self) -> list[Placed]:
        return [*self.model.items, *self.orphan_model.items]

    def show_note_at(self, offset: int) -> bool:
        """Select the note whose passage holds offset (the article was clicked there); the note
        being edited stays when its passage holds it too (choosing a second note on a passage
        moves the cursor there, which must not choose the first one again)."""
        holding = [item.note.id for item in self.model.items
                   if item.resolved and item.resolved.span
                   and item.resolved.span.start <= offset < item.resolved.span.end]
        editing = self.editor.note.id if self.editor.note is not None else None
        if holding and editing not in holding:
            self.select_note(holding[0])
        return bool(holding)

    def select_note(self, note_id: int) -> None:
        for view, model in ((self.list, self.model), (self.orphans, self.orphan_model)):
            row = model.row_of(note_id)
            if row >= 0:
                view.setCurrentIndex(model.index(row))
                view.scrollTo(model.index(row))
                return

    # --- adding, deleting ----------------------------------------------------------------------

    def add_document_note(self) -> Note | None:
        return self._add()

    def add_passage_note(self) -> Note | None:
        """A note on the selected passage."""
        if self.selection is None:
            self._say("Select a passage in the article first.")
            return None
        return self._add(anchor=describe(self.text, self.selection))

    def add_target_note(self, target: str) -> Note | None:
        """A note on an entity, quote, number or event ("entity:<name>", "quote:<start>-<end>"),
        headed in the editor as in the list ("About X": one note was not "Note on X" there)."""
        span = target_span(target, len(self.text))
        return self._add(target=target, anchor=describe(self.text, span) if span else None)

    def _add(self, **where: Any) -> Note | None:
        if self.record is None:
            self._say("Open a document first.")
            return None
        self.flush()
        record = self.record
        note = self._call(lambda: self.store.add(record.id, "", **where))
        if note is None:
            return None
        self.reload(select=note.id)
        self.editor.focus_body()
        self.notes_changed.emit()
        return note

    def delete_current(self) -> None:
        """Delete the chosen note; the one after it (else before it) in its list is chosen next,
        so that Delete, pressed again, goes on down the list."""
        note = self.editor.note
        if note is None:
            return
        self.flush()
        orphan = self.orphan_model.row_of(note.id) >= 0
        view, model = (self.orphans, self.orphan_model) if orphan else (self.list, self.model)
        row = max(model.row_of(note.id), 0)
        deleted = self._call(lambda: self.store.delete(note.id))
        if deleted is not None:
            self._deleted.append(deleted)
            self.reload()
            if model.items:
                view.setCurrentIndex(model.index(min(row, len(model.items) - 1)))
            self._say("Note deleted.")
            self.notes_changed.emit()

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        note = self._deleted.pop()
        restored = self._call(lambda: self.store.restore(note))
        if restored is not None:
            self.reload(select=restored.id)
            self._say("Note restored.")
            self.notes_changed.emit()

    def reattach_current(self) -> None:
        """Anchor the chosen orphaned note to the selected passage."""
        note = self.editor.note
        if note is None or self.orphan_model.row_of(note.id) < 0:
            self._say("Choose a note in the list of passages not found.")
            return
        if self.selection is None:
            self._say("Select the passage to attach it to in the article first.")
            return
        self.flush()
        anchor = describe(self.text, self.selection)
        if self._call(lambda: self.store.update(note.id, anchor=anchor)) is not None:
            self.reload(select=note.id)
            self.notes_changed.emit()

    # --- saving --------------------------------------------------------------------------------

    def flush(self) -> None:
        """Save the note being edited now, if it has changes."""
        note = self.editor.note
        if note is None or not self.editor.dirty:
            return
        body, tags = self.editor.text(), self.editor.tag_list()
        saved = self._call(lambda: self.store.update(note.id, body=body, tags=tags))
        if saved is None:
            return
        self.editor.mark_saved(saved)
        self.model.replace_note(saved)
        self.orphan_model.replace_note(saved)
        self.note_saved.emit(saved)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # the window is closing, or the tab is left
        super().hideEvent(event)

    def _call(self, action: Callable[[], T]) -> T | None:
        """Run a store action; a NotesError is shown in the panel instead of raised."""
        try:
            return action()
        except NotesError as error:
            log.warning("%s", error)
            self._say(str(error))
            return None

    def _say(self, message: str) -> None:
        self.message.setText(message)

    def _show_state(self) -> None:
        has_document = self.record is not None
        self.editor.set_idle(has_document)
        self.add_document_button.setEnabled(has_document)
        self.add_passage_button.setEnabled(has_document and self.selection is not None)
        self.delete_button.setEnabled(self.editor.note is not None)
        self.undo_button.setEnabled(bool(self._deleted))
        self.orphan_box.setVisible(bool(self.orphan_model.items))
        self.reattach_button.setEnabled(self.selection is not None)

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_editor_save_requested(self) -> None:
        self.flush()

    @Slot(QModelIndex, QModelIndex)
    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._edit(current)
        if current.isValid():
            self.orphans.clearSelection()

    @Slot(QModelIndex, QModelIndex)
    def _on_orphans_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._edit(current)

    def _edit(self, index: QModelIndex) -> None:
        self.flush()
        item: Placed | None = index.data(ItemRole) if index.isValid() else None
        if item is None:
            return
        self.editor.set_note(item.note, where(item))
        self._show_state()
        if item.resolved is not None and item.resolved.span is not None:
            self.note_activated.emit(item.resolved.span)

    @Slot(QModelIndex)
    def _on_list_clicked(self, index: QModelIndex) -> None:
        item: Placed | None = index.data(ItemRole)
        if item is not None and item.resolved is not None and item.resolved.span is not None:
            self.note_activated.emit(item.resolved.span)

    @Slot(object)
    def _on_search_note_chosen(self, found: tuple[Note, DocumentRecord]) -> None:
        note, record = found
        if self.record is not None and record.id == self.record.id:
            self.select_note(note.id)
            return
        span = note.anchor.span if note.anchor is not None else None
        self.open_requested.emit((Path(record.path), span))
