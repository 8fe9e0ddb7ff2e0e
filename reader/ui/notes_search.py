"""NotesSearch: a search box over the notes of every document, with the notes it finds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
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
        self.box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress:
            return self._box_key(event.key())
        return super().eventFilter(watched, event)

    def _box_key(self, key: int) -> bool:
        """As in the lists' filter boxes: Down goes to the first note found, Enter opens it (or
        the one chosen), Escape empties the box. Whether the key was taken."""
        if self._timer.isActive() and key in (Qt.Key.Key_Down, Qt.Key.Key_Return,
                                              Qt.Key.Key_Enter):
            self._timer.stop()  # typed and acted on before the search ran: it runs now
            self._on_timer_timeout()
        if key == Qt.Key.Key_Escape and self.box.text():
            self.box.clear()
            return True
        found = [self.results.item(row) for row in range(self.results.count())
                 if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled]
        if not found or key not in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        entry = self.results.currentItem() or found[0]
        if key == Qt.Key.Key_Down:
            self.results.setCurrentItem(entry)
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self._on_results_item_activated(entry)
        return True

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
