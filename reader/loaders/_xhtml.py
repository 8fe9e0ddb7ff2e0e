"""Pieces from (X)HTML markup as written, without boilerplate removal: for EPUB chapters."""

from __future__ import annotations

import logging
from typing import Any

from reader.document import CELL_MARK, BlockKind
from reader.loaders._blocks import Piece
from reader.loaders._text import squash_spaces

log = logging.getLogger(__name__)

_SKIP = frozenset(("script", "style", "nav", "head", "template", "noscript", "title", "svg"))
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

    def block(self, element: Any, kind: BlockKind, level: int) -> None:
        buffer: list[str] = [element.text or ""]
        for child in element:
            tag = _tag(child)
            if tag == "br":
                buffer.append("\n")
            elif tag in _BLOCKS:
                self._flush(buffer, kind, level)
                self._child_block(child, tag, kind, level)
            elif tag and tag not in _SKIP:
                buffer.append(_inline_text(child))
            buffer.append(child.tail or "")
        self._flush(buffer, kind, level)

    def _child_block(self, child: Any, tag: str, kind: BlockKind, level: int) -> None:
        if tag in _HEADINGS:
            self.block(child, BlockKind.HEADING, _HEADINGS[tag])
        elif tag == "blockquote":
            self.block(child, BlockKind.QUOTE, 0)
        elif tag in _LISTS:
            self.list_depth += 1
            self.block(child, kind, level)
            self.list_depth -= 1
        elif tag in _ITEMS:
            self.block(child, BlockKind.LIST_ITEM, max(self.list_depth, 1))
        elif tag == "tr":
            cells = (squash_spaces(_inline_text(cell)) for cell in child)
            self.pieces.append(Piece(BlockKind.PARAGRAPH, CELL_MARK.join(c for c in cells if c)))
        elif kind in (BlockKind.QUOTE, BlockKind.LIST_ITEM):
            self.block(child, kind, level)
        else:
            self.block(child, BlockKind.PARAGRAPH, 0)

    def _flush(self, buffer: list[str], kind: BlockKind, level: int) -> None:
        lines = (squash_spaces(line) for line in "".join(buffer).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            self.pieces.append(Piece(kind, text, level))
        buffer.clear()


def _inline_text(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag == "br":
            parts.append("\n")
        elif tag and tag not in _SKIP:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
