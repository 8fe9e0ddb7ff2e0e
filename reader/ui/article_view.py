"""ArticleView: the article in a calm reading layout, with highlights, find and zoom (its places
and marks are PlacedPage's)."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from reader.document import Document
from reader.ui.highlights import NOTE, NUMBER, QUOTE, Highlight, entity_at, tooltip_at
from reader.ui.page_layout import (
    EMPTY_HINT,
    EMPTY_TITLE,
    PageStyle,
    fill_page,
    paint_empty_page,
)
from reader.ui.page_places import PlacedPage
from reader.ui.text_positions import PositionMap
from reader.ui.theme import on_paper, thin_line_on_paper

ENTITY_ID = QTextFormat.Property.UserProperty + 1
KIND = QTextFormat.Property.UserProperty + 2
MEASURE = 68  # characters a line, about
SLICE_SECONDS = 0.008  # highlighting yields to the event loop this often, so nothing freezes
PAUSE_MS = 4  # between slices, room for input and timers
UNDERLINES = {QUOTE: "#5b7fb3", NUMBER: "#c2721d", NOTE: "#b58900"}
UNDERLINE_STYLES = {QUOTE: QTextCharFormat.UnderlineStyle.SingleUnderline,
                    NUMBER: QTextCharFormat.UnderlineStyle.DashUnderline,
                    NOTE: QTextCharFormat.UnderlineStyle.WaveUnderline}  # a note's own shape


class ArticleView(PlacedPage):
    """The article, read-only.

    Signals: entity_activated(entity_id) when a highlighted name is clicked;
    entity_requested() when Enter is pressed (the entity at the cursor is wanted);
    offset_changed(offset) when the text cursor moves; highlights_painted() once every
    highlight of the last set_highlights() call is on the page; document_replaced() when the
    QTextDocument shown is a new one (cursors into the old one are stale).
    """

    entity_activated = Signal(str)
    entity_requested = Signal()
    offset_changed = Signal(int)
    highlights_painted = Signal()
    document_replaced = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # the window takes dropped files
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        # lines wrap at the page's width, a long word anywhere: what overhangs is a fraction of
        # a pixel (a line ending in a highlighted name and a space), which showed a scrollbar
        # that scrolled 1 px at some widths
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        self._empty = (EMPTY_TITLE, EMPTY_HINT)
        self.set_empty_text()
        self.document().setParent(self)
        self._document: Document | None = None
        self._highlights: list[Highlight] = []
        self._pending: list[Highlight] = []
        self._colours: Mapping[str, str] = {}
        self._generation = 0
        self._family = "Georgia"
        self._size = 13.0
        self._zoom = 0
        self._painting = QTextDocument(self)
        self._built_in: tuple[str, ...] = ()
        self._quiet = False
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.selection_actions: list[QAction] = []  # offered first in the menu on a selection

    # -- content ---------------------------------------------------------------------------
    @property
    def shown_document(self) -> Document | None:
        return self._document

    def set_document(self, document: Document | None) -> None:
        """Show a document's blocks (no highlights yet): the one shown again (built anew) at the
        same place, another at its top."""
        again = document is not None and self._document is not None and (
            document.source_path == self._document.source_path
            and document.text == self._document.text)
        self._document = document
        self._generation += 1
        self._highlights, self._pending = [], []
        self._layers = {}
        self.positions = PositionMap(document) if document else None
        self._replace_document(self._build(), same_article=again)

    def set_empty_text(self, title: str = EMPTY_TITLE, hint: str = EMPTY_HINT) -> None:
        """What the page says while no article is shown (by default, how to open one)."""
        self._empty = (title, hint)
        self.setPlaceholderText(f"{title} {hint}" if title.endswith("…") else f"{title}. {hint}")
        self.viewport().update()

    def _build(self) -> QTextDocument:
        """The article as a new QTextDocument, not yet shown: filling it needs no layout."""
        qdoc = QTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        self._built_in = self._inks()
        if self._document is not None and self.positions is not None:
            fill_page(qdoc, self._document, self.positions, self._style())
        return qdoc

    def _replace_document(self, qdoc: QTextDocument, *, same_article: bool = True) -> None:
        """Show a built document, keeping the reading place, the cursor and the marks when it
        is the same article's (another file of the same length, or the same text in another
        format, opened where the last one was left)."""
        old = self.document()
        keep = same_article and self._document is not None and (
            old.characterCount() == qdoc.characterCount())
        top, here = (self.top_offset(), self.cursor_offset()) if keep else (0, 0)
        self._update_margins(qdoc)
        self._quiet = True  # a new page moves the cursor; the reader did not
        self.setDocument(qdoc)
        if old.parent() is self:
            old.deleteLater()
        # asking for a place far down lays the text out that far: only when there is one
        if keep and self.positions is not None and top:
            self.scroll_to_offset(top)
        elif not keep:
            self.verticalScrollBar().setValue(0)  # another article opens at its top
        if keep and self.positions is not None and here:
            cursor = QTextCursor(qdoc)
            cursor.setPosition(self.positions.position(here))
            self.setTextCursor(cursor)
        self._quiet = False
        self._show_marks()
        self.document_replaced.emit()

    def _style(self) -> PageStyle:
        return PageStyle(self._family, self._size, self._zoom, self.palette().placeholderText())

    def _inks(self) -> tuple[str, ...]:
        """The theme's colours the page is built in: its paper and its byline ink."""
        return self.paper().name(QColor.NameFormat.HexArgb), self._style().meta_ink.color().name(
            QColor.NameFormat.HexArgb)

    def set_reading_font(self, family: str, size: float) -> None:
        self._family, self._size = family, size
        self._rerender()

    def zoom(self, steps: int) -> None:
        """Zoom in (steps > 0), out (< 0), or back to the set size (0)."""
        self._zoom = 0 if steps == 0 else max(-8, min(24, self._zoom + steps))
        self._rerender()

    def _rerender(self) -> None:
        highlights, layers = self._highlights, self._layers
        self.set_document(self._document)
        self._layers = layers
        self.set_highlights(highlights, self._colours)

    # -- highlights ------------------------------------------------------------------------
    def set_highlights(self, highlights: Sequence[Highlight], colours: Mapping[str, str]) -> None:
        """Paint highlights on a fresh copy of the text, then show it in their place.

        The copy is painted a slice at a time between events and shown whole, so a long
        article neither freezes the window nor relays out after each slice.
        """
        had = bool(self._highlights)
        self._highlights = list(highlights)
        self._colours = dict(colours)
        # the reader's own notes go on last: a quote beginning inside one must not hide it
        self._pending = sorted(self._highlights, key=lambda h: h.kind == NOTE)[::-1]
        self._generation += 1
        if not had and not self._highlights:
            self.highlights_painted.emit()  # nothing on the page, nothing to paint
            return
        self._painting = self._build()
        self._apply_batch(self._generation)

    @property
    def highlights(self) -> list[Highlight]:
        return self._highlights

    def _apply_batch(self, generation: int) -> None:
        if generation != self._generation or self.positions is None:
            return
        cursor = QTextCursor(self._painting)
        cursor.beginEditBlock()
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._pending and time.perf_counter() < deadline:
            highlight = self._pending.pop()
            cursor.setPosition(self.positions.position(highlight.span.start))
            cursor.setPosition(self.positions.position(highlight.span.end),
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._format(highlight))
        cursor.endEditBlock()
        if self._pending:
            QTimer.singleShot(PAUSE_MS, self, lambda: self._apply_batch(generation))
            return
        self._replace_document(self._painting)
        self._painting = QTextDocument(self)
        self.highlights_painted.emit()

    def _format(self, highlight: Highlight) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setProperty(KIND, highlight.kind)
        if highlight.kind in UNDERLINES:
            fmt.setUnderlineStyle(UNDERLINE_STYLES[highlight.kind])
            fmt.setUnderlineColor(self.underline_colour(highlight.kind))
            return fmt
        background, ink = on_paper(self._colours.get(highlight.kind, "#dddddd"), self.paper())
        fmt.setBackground(background)
        fmt.setForeground(ink)
        if highlight.entity_id:
            fmt.setProperty(ENTITY_ID, highlight.entity_id)
        return fmt

    def underline_colour(self, kind: str) -> QColor:
        """A quote's or a number's line as set; a note's wave, thin and smoothed, kept as
        distinct from this paper as text is (thin_line_on_paper)."""
        if kind == NOTE:
            return thin_line_on_paper(UNDERLINES[NOTE], self.paper())
        return QColor(UNDERLINES[kind])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Home and Ctrl+End go to the page's very top and bottom, margins included (Qt
        only makes the cursor visible: the title ended flush against the top edge). Enter asks
        for the entity at the cursor, the keyboard's click on a name."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.entity_requested.emit()
            return
        super().keyPressEvent(event)
        bar = self.verticalScrollBar()
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument) or event.matches(
                QKeySequence.StandardKey.SelectStartOfDocument):
            bar.setValue(bar.minimum())
        elif event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) or event.matches(
                QKeySequence.StandardKey.SelectEndOfDocument):
            bar.setValue(bar.maximum())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Qt's menu (Copy, Select All) with, on selected text, selection_actions first (Add
        note on the selection): a reader right-clicks the passage to note."""
        menu = self.createStandardContextMenu(event.pos())
        if self.textCursor().hasSelection() and self.selection_actions:
            first = menu.actions()[0]  # Copy: with text selected, Qt's menu always has it
            menu.insertActions(first, self.selection_actions)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paper(self) -> QColor:
        """The colour the article is printed on (the theme's)."""
        return self.palette().base().color()

    # -- find ------------------------------------------------------------------------------
    def find_all(self, needle: str) -> list[QTextCursor]:
        found: list[QTextCursor] = []
        if not needle:
            return found
        qdoc = self.document()
        cursor = qdoc.find(needle, 0)
        while not cursor.isNull():
            found.append(cursor)
            cursor = qdoc.find(needle, cursor, QTextDocument.FindFlag(0))
        return found

    # -- events ----------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            offset = self.offset_at(event.pos())
            text = tooltip_at(self._highlights, offset) if offset is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self.offset_at(event.position().toPoint())
        hit = entity_at(self._highlights, offset) if offset is not None else None
        if hit is not None and hit.entity_id:
            self.entity_activated.emit(hit.entity_id)

    def changeEvent(self, event: QEvent) -> None:
        # the byline's ink and the highlights' colours are the theme's when they were set: a new
        # theme sets them again (its own marks are its owners' to set again)
        if (event.type() == QEvent.Type.PaletteChange and self._document is not None
                and self._inks() != self._built_in):
            self._rerender()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Qt draws a placeholder at the top left, as in a form's field: an empty page says it
        # in the middle, as a desktop app's empty state does
        if not self.document().isEmpty():
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        paint_empty_page(painter, self.viewport().rect(), self._style(), *self._empty)
        painter.end()

    def fit_page(self) -> None:
        self._update_margins()

    def _update_margins(self, qdoc: QTextDocument | None = None) -> None:
        measure = QFontMetricsF(self._style().font()).averageCharWidth() * MEASURE
        side = max(28.0, (self.viewport().width() - measure) / 2)
        frame = (qdoc or self.document()).rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 2 and fmt.topMargin() == 36:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(36)
        fmt.setBottomMargin(48)
        frame.setFrameFormat(fmt)

    @Slot()
    def _on_cursor_moved(self) -> None:
        if self.positions is not None and not self._quiet:
            self.offset_changed.emit(self.cursor_offset())
