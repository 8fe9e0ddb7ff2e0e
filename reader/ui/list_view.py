"""ListView: a side panel list's tree view that says why it is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTreeView, QWidget

EMPTY_MARGIN = 12  # pixels between the message and the list's edges


class ListView(QTreeView):
    """A tree view that, with no rows to show, says why in its middle top (empty_text), in the
    colour of a filter box's placeholder, as a desktop app's empty list does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

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
