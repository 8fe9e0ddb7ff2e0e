"""NotesModel: the notes of a document placed in its text, as a list of two-line summaries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.notes.export import Placed, heading
from reader.notes.model import Note
from reader.ui.commands import note_line
from reader.ui.widgets import clip, long_tip

_HOW = {"exact": "", "moved": "moved", "fuzzy": "changed", "orphaned": ""}
ItemRole = Qt.ItemDataRole.UserRole
NOTE_CHARS = 100  # of a note's first line in the list: the rest is in the editor
Index = QModelIndex | QPersistentModelIndex


def where(item: Placed) -> str:
    """Where the passage is, and how it was found again when it was not found exactly."""
    how = _HOW.get(item.resolved.status, "") if item.resolved else ""
    return heading(item) + (f" · {how}" if how else "")


def summary(item: Placed) -> str:
    """Two lines for the list: what the passage is, by its opening words (the heading), and
    how it was found again; then the note's first line. The whole passage is in the tip."""
    first = note_line(item.note.body)
    tags = f"  [{', '.join(item.note.tags)}]" if item.note.tags else ""
    return f"{where(item)}\n{clip(first, NOTE_CHARS)}{tags}"


class NotesModel(QAbstractListModel):
    """A list of notes placed in the text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: tuple[Placed, ...] = ()

    def set_items(self, items: tuple[Placed, ...]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return long_tip(item.passage or item.note.body)
        if role == ItemRole:
            return item
        return None

    def row_of(self, note_id: int) -> int:
        return next((i for i, item in enumerate(self.items) if item.note.id == note_id), -1)

    def replace_note(self, note: Note) -> None:
        row = self.row_of(note.id)
        if row < 0:
            return
        old = self.items[row]
        self.items = (*self.items[:row], Placed(note, old.resolved, old.passage, old.line),
                      *self.items[row + 1 :])
        self.dataChanged.emit(self.index(row), self.index(row))

