"""SettingsDialog: pipeline, reading font and size, theme, and highlight colours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.settings import Settings
from reader.ui.highlights import type_name
from reader.ui.theme import on_paper

THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
BEST = "Best installed"


class SettingsDialog(QDialog):
    """Edits a copy of the settings; read chosen() after it is accepted."""

    def __init__(self, settings: Settings, pipelines: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._settings = settings
        self._colours = dict(settings.colours)
        self.pipeline = QComboBox(self)
        self.pipeline.addItems([BEST, *pipelines])
        if settings.model:
            if settings.model not in pipelines:
                self.pipeline.addItem(settings.model)
            self.pipeline.setCurrentText(settings.model)
        self.font_family = QFontComboBox(self)
        self.font_family.setFontFilters(QFontComboBox.FontFilter.ScalableFonts)
        self.font_family.setCurrentFont(QFont(settings.font_family))
        self.font_size = QSpinBox(self, minimum=8, maximum=32, value=settings.font_size,
                                  suffix=" pt")
        self.theme = QComboBox(self)
        for key, label in THEMES:
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, [k for k, _ in THEMES].index(settings.theme)
                                       if settings.theme in dict(THEMES) else 0))
        form = QFormLayout()
        form.addRow("Language pipeline:", self.pipeline)
        form.addRow("Reading font:", self.font_family)
        form.addRow("Font size:", self.font_size)
        form.addRow("Theme:", self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._colour_box())
        layout.addWidget(buttons)

    def _colour_box(self) -> QGroupBox:
        box = QGroupBox("Highlight colours", self)
        grid = QGridLayout(box)
        self.colour_buttons: dict[str, QPushButton] = {}
        for i, label in enumerate(self._colours):
            button = QPushButton(type_name(label), box)
            button.setProperty("label", label)
            button.clicked.connect(self._on_colour_clicked)
            self.colour_buttons[label] = button
            self._paint(label)
            grid.addWidget(button, i // 3, i % 3)
        return box

    def _paint(self, label: str) -> None:
        """Show a type's colour flat, as the article paints it on the theme's paper (deepened
        under light ink on a dark one)."""
        background, ink = on_paper(self._colours[label],
                                   QApplication.palette().color(QPalette.ColorRole.Base))
        # a border of its own: without one the style draws its gradient over the colour
        self.colour_buttons[label].setStyleSheet(
            f"QPushButton {{ background: {background.name()}; color: {ink.name()};"
            f" padding: 4px 8px; border: 1px solid {background.darker(125).name()};"
            f" border-radius: 3px; }} QPushButton:hover {{ border-color: {ink.name()}; }}")

    def set_colour(self, label: str, colour: str) -> None:
        self._colours[label] = colour
        self._paint(label)

    @Slot()
    def _on_colour_clicked(self) -> None:
        label = str(self.sender().property("label"))
        colour = QColorDialog.getColor(QColor(self._colours[label]), self, type_name(label))
        if colour.isValid():
            self.set_colour(label, colour.name())

    def chosen(self) -> Settings:
        """The settings as edited."""
        model = self.pipeline.currentText()
        return self._settings.replace(
            model=None if model == BEST else model,
            font_family=self.font_family.currentFont().family(),
            font_size=self.font_size.value(),
            theme=str(self.theme.currentData()),
            colours=dict(self._colours),
        )
