"""Legend: a toggle for each highlighted entity type, in its colour, and for the underlines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from reader.ui.article_view import UNDERLINES
from reader.ui.flow_layout import FlowLayout
from reader.ui.highlights import NOTE, NUMBER, QUOTE, type_name, type_order
from reader.ui.theme import on_paper
from reader.ui.widgets import tool_button


class Legend(QWidget):
    """Toggles for what the article highlights.

    Signals: changed() when a toggle flips; read shown_kinds() and hidden_types().
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)  # wraps: many types never force the article wider
        self._layout.setContentsMargins(12, 4, 12, 4)
        self._types: dict[str, QToolButton] = {}
        self._marks: dict[str, QToolButton] = {}
        label = QLabel("Highlight:", self)
        self._layout.addWidget(label)
        for kind, text in ((QUOTE, "Quotes"), (NUMBER, "Numbers")):
            button = self._button(text, f"border-bottom: 2px solid {UNDERLINES[kind]};",
                                  f"Underline {text.lower()}")
            self._marks[kind] = button
        label.setFixedHeight(self._marks[QUOTE].sizeHint().height())  # on the buttons' line

    def _button(self, text: str, style: str, tip: str, ink: str | None = None) -> QToolButton:
        button = tool_button(self, text, tip, checkable=True)
        button.setProperty("legend_style", (style, ink))
        self._style(button)
        button.toggled.connect(self._on_toggled)
        self._layout.addWidget(button)
        return button

    def _style(self, button: QToolButton) -> None:
        """Style a toggle; without an ink of its own, its text is the theme's window text."""
        style, ink = button.property("legend_style")
        ink = ink or self.palette().color(QPalette.ColorRole.WindowText).name()
        button.setStyleSheet("QToolButton { padding: 1px 6px; border-radius: 3px;"
                             f" border: 1px solid transparent; {style} }}"
                             f" QToolButton:checked {{ color: {ink}; }}"
                             " QToolButton:!checked { background: transparent; color: gray;"
                             " border: 1px dashed gray; }")

    def changeEvent(self, event: QEvent) -> None:
        # a style sheet's colours are fixed when it is set: set them again for a new theme
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for button in self._marks.values():
                self._style(button)
        super().changeEvent(event)

    def set_types(self, labels: Iterable[str], colours: Mapping[str, str],
                  hidden: Iterable[str], *, quotes: bool, numbers: bool) -> None:
        """Show one toggle for each entity type present (in type order)."""
        for button in self._types.values():
            self._layout.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self._types = {}
        hidden = set(hidden)
        for index, label in enumerate(sorted(set(labels), key=type_order)):
            background, ink = on_paper(colours.get(label, "#dddddd"),
                                       self.palette().color(QPalette.ColorRole.Base))
            button = self._button(type_name(label), f"background: {background.name()};",
                                  f"Show or hide {type_name(label).lower()} highlights",
                                  ink.name())
            self._layout.insertWidget(1 + index, button)
            button.blockSignals(True)
            button.setChecked(label not in hidden)
            button.blockSignals(False)
            self._types[label] = button
        for kind, on in ((QUOTE, quotes), (NUMBER, numbers)):
            self._marks[kind].blockSignals(True)
            self._marks[kind].setChecked(on)
            self._marks[kind].blockSignals(False)

    def shown_kinds(self) -> set[str]:
        shown = {label for label, b in self._types.items() if b.isChecked()}
        shown |= {kind for kind, b in self._marks.items() if b.isChecked()}
        return shown | {NOTE}

    def hidden_types(self) -> tuple[str, ...]:
        return tuple(sorted(label for label, b in self._types.items() if not b.isChecked()))

    def mark_shown(self, kind: str) -> bool:
        return self._marks[kind].isChecked()

    def toggle_button(self, label: str) -> QToolButton | None:
        return self._types.get(label) or self._marks.get(label)

    @Slot(bool)
    def _on_toggled(self, _on: bool) -> None:
        self.changed.emit()
