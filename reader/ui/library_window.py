"""LibraryWindow: the documents that have notes; open one, or relink one whose file went missing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError
from reader.notes.model import DocumentRecord
from reader.notes.store import NoteStore
from reader.ui.file_dialogs import open_file_name

COLUMNS = ("Title", "Path", "Last opened", "Notes")
PATH_COLUMN = 1
PATH_SHARE = 0.3  # of the table's width, the most a path takes from the titles
Index = QModelIndex | QPersistentModelIndex


def last_opened_text(stamp: str) -> str:
    """A stored UTC time as local 'YYYY-MM-DD HH:MM' (as it is, if it is not a time)."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class LibraryModel(QAbstractTableModel):
    """The documents with notes, a missing file marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: tuple[DocumentRecord, ...] = ()
        self._missing: frozenset[int] = frozenset()

    def set_records(self, records: list[DocumentRecord]) -> None:
        self.beginResetModel()
        self.records = tuple(records)
        self._missing = frozenset(r.id for r in records if not Path(r.path).is_file())
        self.endResetModel()

    def is_missing(self, record: DocumentRecord) -> bool:
        return record.id in self._missing

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        missing = self.is_missing(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, index.column(), missing)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record.path} — file not found; use Relink…" if missing else record.path
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and missing:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    @staticmethod
    def _text(record: DocumentRecord, column: int, missing: bool) -> str:
        if column == 0:
            return record.title or Path(record.path).name
        if column == 1:
            return f"{record.path} (missing)" if missing else record.path
        if column == 2:
            return last_opened_text(record.last_opened)
        return str(record.note_count)


class LeftElided(QStyledItemDelegate):
    """Elides a path at its start, so that the file's name and its folders stay in sight."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class LibraryWindow(QWidget):
    """Every document with notes: title, path, last opened, number of notes.

    Signals: open_requested(Path) when the reader opens a document whose file exists.
    """

    open_requested = Signal(object)

    def __init__(self, store: NoteStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Library — Reader")
        self.resize(760, 420)
        self.store = store
        self.model = LibraryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a row is one line high: a wrapped path was cut in two
        self.table.setItemDelegateForColumn(PATH_COLUMN, LeftElided(self.table))
        self.table.viewport().installEventFilter(self)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # titles over their cells' left edge, as in the side panel's lists (a table centres them)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.open_button = QPushButton("Open", self)
        self.relink_button = QPushButton("Relink…", self)
        self.message = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.relink_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.relink_button.clicked.connect(self._on_relink_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
            QShortcut(keys, self, self.close)  # a window of its own, closed as a dialog is
        self.refresh()

    def refresh(self) -> None:
        try:
            records = self.store.documents()
        except ReaderError as error:
            self.message.setText(str(error))
            records = []
        self.model.set_records(records)
        self.fit_columns()
        if not records:
            self.message.setText("No notes yet. Select a passage in an article to add one.")
        elif self.selected() is None:
            self.select_row(0)
        self._on_selection_changed()

    def fit_columns(self) -> None:
        """The title stretches; the path is fitted to its contents, up to PATH_SHARE of the
        width; the time and the count are fitted to theirs. (The title is not fitted: a long
        one, so fitted, kept its width and pushed the others out of sight.)"""
        for column in range(1, len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        cap = round(self.table.viewport().width() * PATH_SHARE)
        self.table.setColumnWidth(PATH_COLUMN, min(self.table.columnWidth(PATH_COLUMN), cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the share is of the table's new width
        return super().eventFilter(watched, event)

    def selected(self) -> DocumentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.records[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def open_selected(self) -> None:
        """Open the chosen document; one whose file is missing is relinked first."""
        record = self.selected()
        if record is None:
            return
        if self.model.is_missing(record):
            self.message.setText(f"{Path(record.path).name} is not where it was: find it.")
            self.relink_selected()
            return
        self.open_requested.emit(Path(record.path))

    def relink_selected(self, new_path: Path | None = None) -> DocumentRecord | None:
        """Point the chosen document at new_path (asked with a file dialog when None)."""
        record = self.selected()
        if record is None:
            return None
        if new_path is None:
            chosen = open_file_name(self, f"Where is {Path(record.path).name}?",
                                    str(Path(record.path).parent))
            if not chosen:
                return None
            new_path = Path(chosen)
        try:
            relinked = self.store.relink(record.id, new_path)
        except ReaderError as error:
            self.message.setText(str(error))
            return None
        self.refresh()
        self.select_row(next(i for i, r in enumerate(self.model.records) if r.id == relinked.id))
        self.message.setText(f"Relinked to {new_path}.")
        return relinked

    @Slot()
    def _on_open_clicked(self) -> None:
        self.open_selected()

    @Slot()
    def _on_relink_clicked(self) -> None:
        self.relink_selected()

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    @Slot()
    def _on_selection_changed(self) -> None:
        record = self.selected()
        self.open_button.setEnabled(record is not None)
        self.relink_button.setEnabled(record is not None)
