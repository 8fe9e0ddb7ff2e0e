"""RecentMenu: File > Open Recent, the last files read, a missing one marked and disabled."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from reader.ui.commands import recent_entries, recent_labels


class RecentMenu(QMenu):
    """Rebuilt each time it opens from recent(), with the titles titles() knows by path, asked
    once (the notes database, read on the GUI thread) and kept up to date by remember_title.
    Signals: open_requested(Path); clear_requested() to forget every recent file (a missing one
    could not be taken off)."""

    open_requested = Signal(object)
    clear_requested = Signal()

    def __init__(self, recent: Callable[[], Sequence[str]], parent: QWidget | None = None,
                 titles: Callable[[], Mapping[str, str]] = dict) -> None:
        super().__init__("Open &Recent", parent)
        self._recent, self._titles = recent, titles
        self._known: dict[str, str] | None = None  # titles() once asked
        self._seen: dict[str, str] = {}  # titles of the files opened since
        self.aboutToShow.connect(self.rebuild)

    def remember_title(self, path: str, title: str) -> None:
        """The title of a file just opened, by its resolved path."""
        self._seen[path] = title

    @Slot()
    def rebuild(self) -> None:
        self.clear()
        if self._known is None:
            self._known = dict(self._titles())
        entries = recent_entries(self._recent())
        labels = recent_labels(entries, self._known | self._seen)
        for (path, exists), label in zip(entries, labels, strict=True):
            action = self.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(exists)
            action.setData(str(path))
            action.triggered.connect(self._on_entry_triggered)
        if self.isEmpty():
            self.addAction("No recent files").setEnabled(False)
        else:
            self.addSeparator()
            self.addAction("&Clear the list", self.clear_requested.emit)

    @Slot()
    def _on_entry_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_requested.emit(Path(str(action.data())))
