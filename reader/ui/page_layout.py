"""How the article page sets a document's blocks (the reading font, spacing, headings, lists,
tables' rows, plain text's wrapped lines), and what an empty page says."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from reader.document import CELL_MARK, Block, BlockKind, Document
from reader.ui.text_positions import PositionMap, breakable
from reader.wrapped_lines import list_lines, unwrapped

SERIF = ["Georgia", "Charter", "Source Serif 4", "Noto Serif", "DejaVu Serif", "P052", "serif"]
LIST_SPACING = 0.35  # below a list item or a table's row, in font sizes (a paragraph has 0.9)
LIST_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
               QTextListFormat.Style.ListSquare)
_SIZES = {BlockKind.TITLE: 1.7, BlockKind.HEADING: 1.25, BlockKind.META: 0.85}
EMPTY_TITLE = "No article open"
EMPTY_HINT = "Open one with File › Open (Ctrl+O), or drop a file here."


def reading_font(family: str, size: float) -> QFont:
    font = QFont()
    font.setFamilies([family, *SERIF])
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(size)
    return font


@dataclass(frozen=True, slots=True)
class PageStyle:
    """The reader's font family and size, the zoom on it, and the ink of bylines."""

    family: str
    size: float
    zoom: float
    meta_ink: QBrush

    def font(self, scale: float = 1.0) -> QFont:
        return reading_font(self.family, max(6.0, (self.size + self.zoom) * scale))

    def block_formats(self, kind: BlockKind) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = QTextBlockFormat()
        block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(self.size * 0.9)
        char = QTextCharFormat()
        char.setFont(self.font(_SIZES.get(kind, 1.0)))
        if kind in (BlockKind.TITLE, BlockKind.HEADING):
            char.setFontWeight(QFont.Weight.Bold)
            block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            block.setTopMargin(self.size * (0.4 if kind is BlockKind.TITLE else 1.0))
        elif kind is BlockKind.META:
            char.setFontItalic(True)
            char.setForeground(self.meta_ink)
        elif kind is BlockKind.QUOTE:
            char.setFontItalic(True)
            block.setLeftMargin(self.size * 2)
        elif kind is BlockKind.LIST_ITEM:  # its list indents it and sets its bullet
            block.setBottomMargin(self.size * LIST_SPACING)
        return block, char


def fill_page(qdoc: QTextDocument, document: Document, positions: PositionMap,
              style: PageStyle) -> None:
    """Set a document's blocks, one after another, on an empty QTextDocument."""
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    formats: dict[BlockKind, tuple[QTextBlockFormat, QTextCharFormat]] = {}
    lists: dict[int, QTextList] = {}
    was_row = False
    for i, segment in enumerate(positions.segments):
        kind = segment.block.kind
        if kind not in formats:
            formats[kind] = style.block_formats(kind)
        block_format, char_format = formats[kind]
        if i:
            cursor.insertBlock(block_format, char_format)
        else:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        text = segment.block.span.of(document.text)
        shown = unwrapped(text) if document.format == "txt" else text
        cursor.insertText(breakable(shown), char_format)
        lists = _list_item(cursor, segment.block, lists, style.size)
        if document.format == "txt" and list_lines(text):  # each line a block of the page
            line = qdoc.findBlock(segment.position)
            while line.isValid() and line != cursor.block():
                _close_up(line, style.size * LIST_SPACING)
                line = line.next()
        is_row = kind is BlockKind.PARAGRAPH and CELL_MARK in text
        if is_row and was_row:
            _close_up(cursor.block().previous(), style.size * LIST_SPACING)
        was_row = is_row
    cursor.endEditBlock()


def _close_up(block: QTextBlock, margin: float) -> None:
    """Bring a table's row, or a plain-text list's line, close to the next one: they read as
    one table or list, not as paragraphs a paragraph's space apart."""
    closer = block.blockFormat()
    closer.setBottomMargin(margin)
    QTextCursor(block).setBlockFormat(closer)


def _list_item(cursor: QTextCursor, block: Block, lists: dict[int, QTextList],
               size: float) -> dict[int, QTextList]:
    """Put a list item's block in its list, to be drawn with a bullet or a number (a marker is
    no character of the text, so offsets stay as they are); an item's further paragraph is
    indented with it, unmarked. Returns the lists still open, by level: any other block ends
    them all, a paragraph's space away from the last item."""
    if block.kind is not BlockKind.LIST_ITEM:
        if lists:
            after = cursor.blockFormat()
            after.setTopMargin(max(after.topMargin(), size * 0.9))  # the two margins collapse
            cursor.setBlockFormat(after)
        return {}
    level = max(block.level, 1)
    open_lists = {lv: items for lv, items in lists.items() if lv <= level}
    if block.more:
        indented = cursor.blockFormat()
        indented.setIndent(level)
        cursor.setBlockFormat(indented)
    elif level in open_lists and _goes_on(open_lists[level], block.number):
        open_lists[level].add(cursor.block())
    else:
        open_lists[level] = cursor.createList(list_format(level, block.number))
    return open_lists


def list_format(level: int, number: int | None) -> QTextListFormat:
    """A list at a depth: bullets, or decimal numbers counting from an item's number."""
    marks = QTextListFormat()
    marks.setIndent(level)
    if number is None:
        marks.setStyle(LIST_STYLES[(level - 1) % len(LIST_STYLES)])
    else:
        marks.setStyle(QTextListFormat.Style.ListDecimal)
        marks.setStart(number)
    return marks


def _numbered(items: QTextList) -> bool:
    return items.format().style() == QTextListFormat.Style.ListDecimal


def _goes_on(items: QTextList, number: int | None) -> bool:
    """Whether an item belongs in an open list: a bullet in bullets, the next number in a
    numbered list (any other number starts a list of its own, which counts from it)."""
    if not _numbered(items):
        return number is None
    return number == items.format().start() + items.count()


def paint_empty_page(painter: QPainter, area: QRect, style: PageStyle,
                     title: str = EMPTY_TITLE, hint: str = EMPTY_HINT) -> None:
    """What an empty page says, centred in area as one block: a title (by default, that no
    article is open) over a hint (how to open one), in the ink of bylines, each line wrapped
    to the area."""
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
    box = area.adjusted(24, 0, -24, 0)
    hint_font = style.font(0.9)
    # too long for one line, a hint breaks after its comma, not before a last word
    if QFontMetrics(hint_font).horizontalAdvance(hint) > box.width():
        hint = hint.replace(", ", ",\n", 1)
    title_font = style.font(1.25)
    lines = ((title_font, fit_words(title, QFontMetrics(title_font), box.width())),
             (hint_font, hint))
    heights = [QFontMetrics(font).boundingRect(box, flags, text).height() for font, text in lines]
    gap = round(style.size * 0.6)
    top = area.center().y() - (sum(heights) + gap) // 2
    painter.setPen(style.meta_ink.color())
    for (font, text), height in zip(lines, heights, strict=True):
        painter.setFont(font)
        painter.drawText(QRect(box.left(), top, box.width(), height), flags, text)
        top += height + gap


def fit_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """text with each word wider than width cut in its middle ('ffc109d4…f7daed.html'): a line
    wraps only between words, and a saved page's long hashed name overflowed the page on both
    sides, neither its start nor its end in sight."""
    return " ".join(word if metrics.horizontalAdvance(word) <= width
                    else metrics.elidedText(word, Qt.TextElideMode.ElideMiddle, width)
                    for word in text.split(" "))
