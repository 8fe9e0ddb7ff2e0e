"""Legend: a toggle for each highlighted entity type, in its colour, and for the underlines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

from reader.ui.article_view import UNDERLINES
from reader.ui.flow_layout import FlowLayout
from reader.ui.highlights import NOTE, NUMBER, QUOTE, type_name, type_order
from reader.ui.theme import on_paper
from reader.ui.widgets import tab_chain, tool_button


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
        # the two underlines wrap as one: "Numbers" alone on a line read as a type of its own
        underlines = QWidget(self)
        pair = QHBoxLayout(underlines)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.setSpacing(self._layout.gap)
        for kind, text in ((QUOTE, "Quotes"), (NUMBER, "Numbers")):
            self._marks[kind] = self._button(text, f"Underline {text.lower()}",
                                             underline=UNDERLINES[kind], into=pair)
        self._layout.addWidget(underlines)
        label.setFixedHeight(self._marks[QUOTE].sizeHint().height())  # on the buttons' line

    def _button(self, text: str, tip: str, *, underline: str = "", colour: str = "",
                into: QHBoxLayout | None = None) -> QToolButton:
        """A toggle: an underline's, drawn in its colour, or an entity type's, in the type's
        highlight colour on the theme's paper; laid out into a row of its own, or the flow."""
        button = tool_button(self, text, tip, checkable=True)
        button.setProperty("legend_colours", (underline, colour))
        button.setProperty("legend_tip", tip)
        self._style(button)
        button.toggled.connect(self._on_toggled)
        if into is None:
            self._layout.addWidget(button)
        else:
            into.addWidget(button)
        return button

    def _style(self, button: QToolButton) -> None:
        """Style a toggle in the theme's colours; an underline's text is the window text."""
        underline, colour = button.property("legend_colours")
        palette = QApplication.palette()  # the toggles' own may not have followed a new theme yet
        focus = palette.color(QPalette.ColorRole.Highlight).name()
        if colour:
            background, ink = on_paper(colour, palette.color(QPalette.ColorRole.Base))
            style, text = f"background: {background.name()};", ink.name()
            ring = f"border-color: {focus};"
        else:
            style = f"border-bottom: 2px solid {underline};"
            text = palette.color(QPalette.ColorRole.WindowText).name()
            ring = (f"border-top-color: {focus}; border-left-color: {focus};"
                    f" border-right-color: {focus};")  # the underline keeps its colour
        # the keyboard's place is shown (the style sheet hid Qt's own focus frame)
        button.setStyleSheet("QToolButton { padding: 1px 6px; border-radius: 3px;"
                             f" border: 1px solid transparent; {style} }}"
                             f" QToolButton:checked {{ color: {text}; }}"
                             " QToolButton:!checked { background: transparent; color: gray;"
                             " border: 1px dashed gray; }"
                             # nothing to underline: greyed, dotted, the borders' widths kept
                             " QToolButton:disabled { background: transparent; color: gray;"
                             " border-style: dotted; border-color: gray; }"
                             f" QToolButton:focus {{ {ring} }}")

    def restyle(self) -> None:
        """Colour the toggles for the theme now applied (a style sheet's colours are fixed when
        it is set, and a new application palette does not always reach the legend)."""
        for button in (*self._marks.values(), *self._types.values()):
            self._style(button)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.restyle()
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
            button = self._button(type_name(label),
                                  f"Show or hide {type_name(label).lower()} highlights",
                                  colour=colours.get(label, "#dddddd"))
            self._layout.insertWidget(1 + index, button)
            button.blockSignals(True)
            button.setChecked(label not in hidden)
            button.blockSignals(False)
            self._types[label] = button
        for kind, on in ((QUOTE, quotes), (NUMBER, numbers)):
            self._marks[kind].blockSignals(True)
            self._marks[kind].setChecked(on)
            self._marks[kind].blockSignals(False)
        # Tab goes through the toggles as they read: the new types' first, then the underlines
        # (made once, they came before the types, right after the article)
        tab_chain([*self._types.values(), self._marks[QUOTE], self._marks[NUMBER]])

    def set_available(self, why_not: Mapping[str, str]) -> None:
        """Enable the Quotes and Numbers toggles that have something to underline; disable the
        others, their tip saying why (why_not: kind -> reason, '' for none). A disabled toggle
        keeps its place, size and checked state (the setting), so the legend does not move."""
        for kind, button in self._marks.items():
            reason = why_not.get(kind, "")
            button.setEnabled(not reason)
            button.setToolTip(reason or button.property("legend_tip"))

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
