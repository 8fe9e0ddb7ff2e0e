"""Light and dark themes: following the system's colour scheme unless the settings pick one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

PAPER = {"light": ("#fbfaf7", "#1f1f1f"), "dark": ("#1f2023", "#dcdcdc")}
_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e3e3e3",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#27292d",
    QPalette.ColorRole.Text: "#dcdcdc",
    QPalette.ColorRole.Button: "#33363b",
    QPalette.ColorRole.ButtonText: "#e3e3e3",
    QPalette.ColorRole.ToolTipBase: "#33363b",
    QPalette.ColorRole.ToolTipText: "#e3e3e3",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb0f0",
}


def effective_theme(theme: str) -> str:
    """light or dark: the setting, or the system's scheme when the setting is 'system'."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def apply_theme(app: QApplication, theme: str) -> str:
    """Set the application palette for a theme setting; returns the theme applied."""
    applied = effective_theme(theme)
    app.setPalette(dark_palette() if applied == "dark" else app.style().standardPalette())
    return applied


def paint_paper(widget: QWidget, applied: str) -> None:
    """Give the reading area its paper and ink colours."""
    paper, ink = PAPER.get(applied, PAPER["light"])
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(paper))
    palette.setColor(QPalette.ColorRole.Text, QColor(ink))
    widget.setPalette(palette)
