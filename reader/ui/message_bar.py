"""MessageBar: a one-line message above the article that never blocks, closed with a click."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from reader.ui.widgets import tool_button

_STYLES = {
    "error": "background: #fde2e1; color: #611a15; border-bottom: 1px solid #f5b7b1;",
    "info": "background: #e3f0fb; color: #0d3c61; border-bottom: 1px solid #b3d4f0;",
}


class MessageBar(QFrame):
    """Shows one message at a time (error or info) until closed or replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        close = tool_button(self, "✕", "Dismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        close.clicked.connect(self.dismiss)
        self.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        self.setStyleSheet(f"MessageBar {{ {_STYLES.get(level, _STYLES['info'])} }}"
                           f" QLabel {{ {_STYLES.get(level, _STYLES['info'])} border: none; }}")
        self.label.setText(text)
        self.show()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    @Slot()
    def dismiss(self) -> None:
        self.hide()
        self.label.clear()
