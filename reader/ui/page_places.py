"""PlacedPage: a read-only page of an article's text, addressed by the article's offsets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QPoint, QTimer, Slot
from PySide6.QtGui import QColor, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.document import TextSpan
from reader.ui.text_positions import PositionMap

FLASH_MS = 1600
FIND_LAYER = "find"


class Mark(NamedTuple):
    """What a layer of marks marks: spans, their background, and their ink (invalid: the
    text's own)."""

    spans: list[TextSpan]
    background: QColor
    ink: QColor


class PlacedPage(QTextEdit):
    """A page whose text is an article's (positions maps the article's offsets to the page's
    and back): where an offset is and what is in sight, scrolling to a span and revealing it,
    and spans marked on named layers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.positions: PositionMap | None = None
        self._layers: dict[str, Mark] = {}
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._on_flash_timeout)
        # the offset at the top of the page while its width changes (None once the reader
        # scrolls): a drag through many widths keeps one place, not one a line earlier each time
        self._kept_top: int | None = None
        self._resizing = False
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- marks, navigation -----------------------------------------------------------------
    def mark(self, layer: str, spans: Sequence[TextSpan], colour: QColor,
             ink: QColor | None = None) -> None:
        """Mark spans on a named layer of extra selections (replacing that layer), in a colour
        and, if given, an ink of the mark's own."""
        self._layers[layer] = Mark(list(spans), QColor(colour), QColor(ink or QColor()))
        self._show_marks()

    def marked(self, layer: str) -> Mark:
        """What a layer marks (no spans, invalid colours, when it is empty)."""
        spans, colour, ink = self._layers.get(layer, Mark([], QColor(), QColor()))
        return Mark(list(spans), QColor(colour), QColor(ink))

    def _show_marks(self) -> None:
        selections = []
        # found words go on top: a word found inside an open entity's mentions is still seen
        for name in sorted(self._layers, key=lambda name: name == FIND_LAYER):
            spans, colour, ink = self._layers[name]
            for span in spans:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor_for(span)
                selection.format.setBackground(colour)
                if ink.isValid():
                    selection.format.setForeground(ink)
                selections.append(selection)
        self.setExtraSelections(selections)

    def reveal(self, span: TextSpan, *, flash: bool = True, select: TextSpan | None = None) -> None:
        """Scroll a span into view (about a third down) unless it is all in view already (the
        page jumped under a passage the reader had just selected and noted), and mark it
        briefly."""
        if self.positions is None:
            return
        start = self._cursor_for(TextSpan(span.start, span.start))
        end = self.cursorRect(self._cursor_for(TextSpan(span.end, span.end)))
        # asked before the cursor moves: setting it scrolls it just into view, at an edge
        out_of_view = self.cursorRect(start).top() < 0 or end.bottom() > self.viewport().height()
        self.setTextCursor(self._cursor_for(select or TextSpan(span.start, span.start)))
        if out_of_view:
            bar = self.verticalScrollBar()
            top = self.cursorRect(start).top()
            bar.setValue(bar.value() + top - self.viewport().height() // 3)
        if flash:
            colour = QColor(self.palette().highlight().color())
            colour.setAlpha(70)
            self.mark("flash", [span], colour)
            self._flash_timer.start()

    @Slot()
    def _on_flash_timeout(self) -> None:
        self.mark("flash", [], QColor())

    # -- keeping the place as the width changes ----------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the passage at the top of the page there as the page gets narrower or wider:
        the text, wrapped anew, ran longer or shorter above the same scroll position, and a
        reader who made the window smaller found paragraphs before their place at the top."""
        top = None
        if (event.oldSize().width() != event.size().width() and self.positions is not None
                and self.verticalScrollBar().value() > 0):
            top = self._kept_top if self._kept_top is not None else self.top_offset()
        self._resizing = True
        try:
            super().resizeEvent(event)
            self.fit_page()
            if top is not None:
                self.scroll_to_offset(top)
                self._kept_top = top
        finally:
            self._resizing = False

    def fit_page(self) -> None:
        """Fit the page to the new width (a subclass's margins), before the place is found."""

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if not self._resizing:
            self._kept_top = None

    def _cursor_for(self, span: TextSpan) -> QTextCursor:
        cursor = QTextCursor(self.document())
        if self.positions is not None:
            cursor.setPosition(self.positions.position(span.start))
            cursor.setPosition(self.positions.position(span.end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def offset_at(self, point: QPoint) -> int | None:
        if self.positions is None:
            return None
        return self.positions.offset(self.cursorForPosition(point).position())

    def top_offset(self) -> int:
        """The offset at the top of the page (0 without asking the layout when not scrolled)."""
        if self.verticalScrollBar().value() == 0:
            return 0
        return self.offset_at(QPoint(4, 4)) or 0

    def scroll_to_offset(self, offset: int) -> None:
        if self.positions is None:
            return
        bar = self.verticalScrollBar()
        if offset <= 0:
            bar.setValue(0)  # the very top, page margin included
            return
        rect = self.cursorRect(self._cursor_for(TextSpan(offset, offset)))
        bar.setValue(bar.value() + rect.top())

    def cursor_offset(self) -> int:
        return self.positions.offset(self.textCursor().position()) if self.positions else 0

    def step_origin(self, forward: bool) -> int:
        """Where Go > Next steps from: the selection's start, else the cursor, while in sight;
        once the reader has scrolled away from it, the page in sight, from just above its top
        going forward (its first item comes next), from just below its bottom going back."""
        selected = self.selected_span()
        at = selected.start if selected is not None else self.cursor_offset()
        if self.positions is None:
            return at
        rect = self.cursorRect(self._cursor_for(TextSpan(at, at)))
        if rect.top() >= 0 and rect.bottom() <= self.viewport().height():
            return at
        if forward:
            return self.top_offset() - 1
        corner = QPoint(self.viewport().width() - 4, self.viewport().height() - 4)
        return (self.offset_at(corner) or 0) + 1

    def selected_span(self) -> TextSpan | None:
        cursor = self.textCursor()
        if self.positions is None or not cursor.hasSelection():
            return None
        return TextSpan(self.positions.offset(cursor.selectionStart()),
                        self.positions.offset(cursor.selectionEnd()))
