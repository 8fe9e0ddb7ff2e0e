"""Pieces from (X)HTML markup as written, without boilerplate removal: for EPUB chapters."""

from __future__ import annotations

import logging
from typing import Any

from reader.document import CELL_MARK, BlockKind
from reader.loaders._blocks import Piece
from reader.loaders._text import squash_spaces

log = logging.getLogger(__name__)

_SKIP = frozenset(("script", "style", "nav", "head", "template", "noscript", "title", "svg"))
# A book's apparatus, marked by EPUB's structural semantics (epub:type, or DPUB-ARIA's role
# doc-*): a copyright page, a table of contents, landmarks, page lists, an index.
_APPARATUS = frozenset(("copyright-page", "toc", "landmarks", "page-list", "index",
                        "doc-toc", "doc-pagelist", "doc-index"))
_MARK_CHARS = 4  # a note's mark: '1', '12', '[3]', '*'
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LISTS = frozenset(("ul", "ol", "dl"))
_ITEMS = frozenset(("li", "dt", "dd"))
_BLOCKS = frozenset((
    "p", "div", "section", "article", "main", "body", "html", "blockquote", "table", "tbody",
    "thead", "tfoot", "tr", "pre", "figure", "figcaption", "header", "footer", "aside", "center",
    "address", "hr", "caption", *_HEADINGS, *_LISTS, *_ITEMS,
))


def parse_html(data: bytes) -> Any:
    """An lxml tree of an (X)HTML document, empty if there is none; nothing is fetched."""
    from lxml import etree, html

    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        return html.document_fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        log.info("unreadable (X)HTML document skipped")
        return html.Element("html")


def html_pieces(root: Any) -> list[Piece]:
    """The blocks of a parsed page: headings, paragraphs, quotes, list items, table rows."""
    walker = _Walker()
    body = root.find("body")
    walker.block(body if body is not None else root, BlockKind.PARAGRAPH, 0)
    return walker.pieces


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


class _Walker:
    """Collects inline text into the enclosing block's piece; nested blocks make their own."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.list_depth = 0
        self.numbers: list[list[int] | None] = []  # each open list's next number; None: bullets
        self.items: list[bool] = []  # each open item: whether it has a paragraph yet

    def block(self, element: Any, kind: BlockKind, level: int, number: int | None = None) -> None:
        if _apparatus(element):
            return
        buffer: list[str] = [element.text or ""]
        for child in element:
            tag = _tag(child)
            if tag == "br":
                buffer.append("\n")
            elif tag in _BLOCKS:
                self._flush(buffer, kind, level, number)
                self._child_block(child, tag, kind, level, number)
            elif tag and tag not in _SKIP and not _note_mark(child):
                buffer.append(_inline_text(child))
            buffer.append(child.tail or "")
        self._flush(buffer, kind, level, number)

    def _child_block(self, child: Any, tag: str, kind: BlockKind, level: int,
                     number: int | None) -> None:
        if tag in _HEADINGS:
            self.block(child, BlockKind.HEADING, _HEADINGS[tag])
        elif tag == "blockquote":
            self.block(child, BlockKind.QUOTE, 0)
        elif tag in _LISTS:
            self.list_depth += 1
            start = _number(child, "start")
            self.numbers.append([1 if start is None else start] if tag == "ol" else None)
            self.block(child, kind, level)
            self.numbers.pop()
            self.list_depth -= 1
        elif tag in _ITEMS:
            self.items.append(False)
            self.block(child, BlockKind.LIST_ITEM, max(self.list_depth, 1), self._count(child))
            self.items.pop()
        elif tag == "tr":
            cells = (squash_spaces(_inline_text(cell)) for cell in child)
            self.pieces.append(Piece(BlockKind.PARAGRAPH, CELL_MARK.join(c for c in cells if c)))
        elif kind in (BlockKind.QUOTE, BlockKind.LIST_ITEM):
            self.block(child, kind, level, number)
        else:
            self.block(child, BlockKind.PARAGRAPH, 0)

    def _count(self, item: Any) -> int | None:
        """An item's number in its ordered list (its value attribute, else the one after the
        item before); None in a bulleted list."""
        count = self.numbers[-1] if self.numbers else None
        if count is None:
            return None
        value = _number(item, "value")
        number = count[0] if value is None else value
        count[0] = number + 1
        return number

    def _flush(self, buffer: list[str], kind: BlockKind, level: int, number: int | None) -> None:
        lines = (squash_spaces(line) for line in "".join(buffer).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            more = kind is BlockKind.LIST_ITEM and bool(self.items) and self.items[-1]
            if kind is BlockKind.LIST_ITEM and self.items:
                self.items[-1] = True
            self.pieces.append(Piece(kind, text, level, number, more))
        buffer.clear()


def _number(element: Any, name: str) -> int | None:
    """An element's whole-number attribute (an ol's start, an li's value), if it has one."""
    value = (element.get(name) or "").strip()
    return int(value) if value.lstrip("-").isdigit() else None


def _inline_text(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag == "br":
            parts.append("\n")
        elif tag and tag not in _SKIP and not _note_mark(child):
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _note_mark(element: Any) -> bool:
    """Whether an inline element is a note's reference mark, no word of its sentence: a link
    marked as one (epub:type or role noteref), or a raised mark (sup) of a few characters
    that links to a place in the book, the link in the sup or the sup in the link."""
    tag = _tag(element)
    if tag == "a" and "noteref" in f"{element.get('epub:type', '')} {element.get('role', '')}":
        return True
    if tag not in ("a", "sup") or len("".join(element.itertext()).strip()) > _MARK_CHARS:
        return False
    inner = [child for child in element if _tag(child) == ("sup" if tag == "a" else "a")]
    link = element if tag == "a" else (inner[0] if inner else None)
    return bool(inner) and link is not None and "#" in (link.get("href") or "")


def _apparatus(element: Any) -> bool:
    """Whether an element is a book's apparatus (a copyright page, a contents list, an index),
    no text of the book, by the semantics EPUB marks it with."""
    marks = f"{element.get('epub:type', '')} {element.get('role', '')}".split()
    return not _APPARATUS.isdisjoint(marks)
