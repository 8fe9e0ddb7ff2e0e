"""FindBar: find in the article, with next, previous and the count of matches."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from reader.document import TextSpan
from reader.ui.article_view import ArticleView
from reader.ui.page_places import FIND_LAYER
from reader.ui.theme import FOUND
from reader.ui.widgets import tool_button


class FindBar(QWidget):
    """A bar under the article: type to find, Enter for next, Shift+Enter for previous, Esc."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.matches: list[QTextCursor] = []
        self.current = -1
        self.field = QLineEdit(self, placeholderText="Find in article", clearButtonEnabled=True)
        self.count = QLabel(self)
        previous = tool_button(self, "▲", "Previous match (Shift+Enter)")
        following = tool_button(self, "▼", "Next match (Enter)")
        close = tool_button(self, "✕", "Close (Esc)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.field, 1)
        for widget in (self.count, previous, following, close):
            layout.addWidget(widget)
        self.field.textChanged.connect(self._on_field_changed)
        self.field.returnPressed.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        view.document_replaced.connect(self._on_view_document_replaced)
        self.hide()

    def open(self) -> None:
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.view.mark(FIND_LAYER, [], QColor())
        self.view.setFocus()

    def search(self, needle: str) -> int:
        """Find every match; the current one becomes the first after the cursor."""
        self.matches = self.view.find_all(needle)
        here = self.view.textCursor().selectionStart()
        self.current = next(
            (i for i, c in enumerate(self.matches) if c.selectionStart() >= here), 0)
        self._show()
        return len(self.matches)

    @Slot()
    def find_next(self) -> None:
        self._move(1)

    @Slot()
    def find_previous(self) -> None:
        self._move(-1)

    def _move(self, delta: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._show()

    def _show(self) -> None:
        if not self.matches:
            self.count.setText("No matches" if self.field.text() else "")
            self.view.mark(FIND_LAYER, [], QColor())
            return
        self.count.setText(f"{self.current + 1} of {len(self.matches)}")
        positions = self.view.positions
        if positions is None:
            return
        spans = [TextSpan(positions.offset(c.selectionStart()), positions.offset(c.selectionEnd()))
                 for c in self.matches]
        self.view.mark(FIND_LAYER, spans, *(QColor(colour) for colour in FOUND))
        self.view.reveal(spans[self.current], flash=False, select=spans[self.current])

    @Slot()
    def _on_view_document_replaced(self) -> None:
        current = self.current
        self.matches = self.view.find_all(self.field.text()) if not self.isHidden() else []
        self.current = min(current, len(self.matches) - 1)
        if self.matches:
            self.count.setText(f"{self.current + 1} of {len(self.matches)}")
        elif not self.isHidden():  # another document, or none: the old count is wrong
            self.count.setText("No matches" if self.field.text() else "")

    @Slot(str)
    def _on_field_changed(self, text: str) -> None:
        self.search(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.find_previous()
        else:
            super().keyPressEvent(event)
