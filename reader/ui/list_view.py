"""ListView: a side panel list's tree view that says why it is empty and follows the keys."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTreeView, QWidget

EMPTY_MARGIN = 12  # pixels between the message and the list's edges
# Keys that move the current row: the row they reach is shown, as a click shows it.
STEPPING_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                           Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End})


class ListView(QTreeView):
    """A tree view that, with no rows to show, says why in its middle top (empty_text), in the
    colour of a filter box's placeholder, as a desktop app's empty list does.

    Signals: stepped(index) when an arrow, Page or Home/End key moves the current row to
    another, so that the reader stepping through a list sees each row's place in the article
    (a click or Enter activates; the keys only step, so a click never shows a row twice)."""

    stepped = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        before = QPersistentModelIndex(self.currentIndex())
        super().keyPressEvent(event)
        current = self.currentIndex()
        if event.key() in STEPPING_KEYS and current.isValid() and \
                QPersistentModelIndex(current) != before:
            self.stepped.emit(current)

    def set_empty_text(self, text: str) -> None:
        if text != self.empty_text:
            self.empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self.empty_text or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        box = self.viewport().rect().adjusted(EMPTY_MARGIN, EMPTY_MARGIN * 2,
                                              -EMPTY_MARGIN, -EMPTY_MARGIN)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()
