"""MessageBar: a one-line message above the article that never blocks, closed with a click."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QWidget

from reader.ui.theme import is_dark
from reader.ui.widgets import tool_button

# (background, ink, rule) for each theme and level: a pale tint on light windows, a deep one
# under light ink on dark windows, where a pale bar glared and hid its light close button
_COLOURS = {
    "light": {"error": ("#fde2e1", "#611a15", "#f5b7b1"),
              "info": ("#e3f0fb", "#0d3c61", "#b3d4f0")},
    "dark": {"error": ("#4a2624", "#f8d7d4", "#6e3a36"),
             "info": ("#1f3449", "#d3e6f8", "#345473")},
}


class MessageBar(QFrame):
    """Shows one message at a time (error or info) until closed or replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.close_button = tool_button(self, "✕", "Dismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.dismiss)
        self._level = "info"
        self.hide()

    def show_message(self, text: str, level: str = "error", *, tip: str = "") -> None:
        """Show text (tip on hover: a full path the words name only by its file name)."""
        self._level = level if level in _COLOURS["light"] else "info"
        self.restyle()
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.show()

    def restyle(self) -> None:
        """Colour the bar for its level in the theme now applied."""
        theme = "dark" if is_dark(QApplication.palette().color(QPalette.ColorRole.Window)) else (
            "light")
        background, ink, rule = _COLOURS[theme][self._level]
        self.setStyleSheet(f"MessageBar {{ background: {background}; border-bottom: 1px solid"
                           f" {rule}; }} QLabel, QToolButton {{ background: {background};"
                           f" color: {ink}; border: none; }}"
                           f" QToolButton:hover {{ border: 1px solid {rule};"
                           " border-radius: 3px; }")

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    @Slot()
    def dismiss(self) -> None:
        self.hide()
        self.label.clear()
        self.label.setToolTip("")
