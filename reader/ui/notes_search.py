"""NotesSearch: a search box over the notes of every document, with the notes it finds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reader.notes.model import DocumentRecord, Note
from reader.ui.notes_model import ItemRole

# The notes matching a query with a snippet each, or None when the search failed (and said why).
Search = Callable[[str], Sequence[tuple[Note, DocumentRecord, str]] | None]


class NotesSearch(QWidget):
    """Searches the notes of every document as the query is typed, and lists what matches.

    Signals:
    - note_chosen((Note, DocumentRecord)): a note in the results was chosen.
    """

    note_chosen = Signal(object)

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.box = QLineEdit(self, placeholderText="Search all notes…", clearButtonEnabled=True)
        self.results = QListWidget(self)
        self.results.hide()
        self._timer = QTimer(self, singleShot=True, interval=250)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.results)
        self.box.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)

    @Slot()
    def _on_timer_timeout(self) -> None:
        query = self.box.text().strip()
        self.results.clear()
        found = self._search(query) if query else None
        for note, record, snippet in found or []:
            line = f"{record.title or Path(record.path).name}\n{' '.join(snippet.split())}"
            entry = QListWidgetItem(line, self.results)
            entry.setData(ItemRole, (note, record))
        self.results.setVisible(bool(query))
        if query and not found:
            QListWidgetItem("No note matches.", self.results).setFlags(Qt.ItemFlag.NoItemFlags)

    @Slot(QListWidgetItem)
    def _on_results_item_activated(self, entry: QListWidgetItem) -> None:
        found = entry.data(ItemRole)
        if found:
            self.note_chosen.emit(found)
