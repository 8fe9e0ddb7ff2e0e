"""Markdown: markdown-it-py tokens to plain-text headings, paragraphs, quotes and list items."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.document import CELL_MARK, BlockKind, Document
from reader.loaders._blocks import Meta, Piece, build_document
from reader.loaders._dates import parse_date
from reader.loaders._text import decode, normalize_newlines
from reader.settings import Settings

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.+?)\s*$", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>")
_CODE_ELEMENTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[ \t]{2,}")
_INLINE_TEXT = frozenset(("text", "code_inline"))
# a footnote's reference in the text ([^1]) and its definition at a paragraph's start ([^1]: )
_NOTE_REFERENCE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
_NOTE_LABEL = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:", re.MULTILINE)
_NOTE_DEFINITION = re.compile(r"(?:^|\s+)\[\^[^\]\s]+\]:\s*")
_NESTING = {
    "heading": "heading", "blockquote": "quote", "bullet_list": "items", "ordered_list": "items",
    "th": "cell", "td": "cell",
}


def load(path: Path, data: bytes, settings: Settings) -> Document:
    """The rendered plain text of a Markdown file, a block per heading, paragraph, quote or item."""
    source = normalize_newlines(decode(path, data))
    meta, source = _front_matter(source)
    return build_document(_pieces(source), meta, fmt="md", path=path, title_block=False)


def _front_matter(source: str) -> tuple[Meta, str]:
    """Title, author and date from a YAML-style front matter block, and the text after it."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return Meta(), source
    fields = {m["key"].lower(): m["value"].strip("'\"") for m in _FIELD.finditer(match["body"])}
    author = fields.get("author") or fields.get("byline")
    published = parse_date(fields.get("date") or fields.get("published") or "")
    return Meta(fields.get("title"), author, published), source[match.end() :]


def _pieces(source: str) -> list[Piece]:
    from markdown_it import MarkdownIt

    walker = _Walker(frozenset(_NOTE_LABEL.findall(source)))
    for token in MarkdownIt("commonmark").enable("table").parse(source):
        walker.visit(token)
    return walker.pieces


class _Walker:
    """Where the token stream is (heading, quote, list, table cell) and the pieces so far."""

    def __init__(self, labels: frozenset[str] = frozenset()) -> None:
        self.labels = labels  # the footnotes the text defines: their references are dropped
        self.pieces: list[Piece] = []
        self.depth = {"heading": 0, "quote": 0, "items": 0, "cell": 0}
        self.row: list[str] = []
        self.numbers: list[list[int] | None] = []  # each open list's [next, current] numbers
        self.items: list[bool] = []  # each open item: whether it has a paragraph yet
        self.notes = 0  # footnotes defined so far

    def visit(self, token: Token) -> None:
        kind = token.type
        if kind.endswith(("_open", "_close")):
            self._nest(token, 1 if kind.endswith("_open") else -1)
        elif kind == "inline" and self.depth["cell"]:
            self.row.append(_inline_text(token))
        elif kind == "inline" and self.labels and not any(self.depth.values()) and \
                _NOTE_DEFINITION.match(token.content):
            self._notes(_inline_text(token))
        elif kind == "inline":
            piece = _piece(self._unreferenced(_inline_text(token)), **self.depth)
            if piece.kind is BlockKind.LIST_ITEM and self.numbers and self.numbers[-1]:
                piece = replace(piece, number=self.numbers[-1][1])
            if piece.kind is BlockKind.LIST_ITEM and self.items:
                piece = replace(piece, more=self.items[-1])
                self.items[-1] = True
            self.pieces.append(piece)
        elif kind in ("fence", "code_block"):
            self.pieces.append(Piece(BlockKind.PARAGRAPH, token.content.rstrip()))
        elif kind == "html_block":
            text = html.unescape(_TAG.sub("", _CODE_ELEMENTS.sub("", token.content)))
            self.pieces.append(Piece(BlockKind.PARAGRAPH, text))

    def _unreferenced(self, text: str) -> str:
        """Text without its references to footnotes ('[^1]'): no word of the sentence."""
        if not self.labels:
            return text
        return _NOTE_REFERENCE.sub(lambda m: "" if m[1] in self.labels else m[0], text)

    def _notes(self, text: str) -> None:
        """Footnotes' definitions ('[^1]: The minutes were published on Tuesday.'), as GFM shows
        them: a numbered list, in the order they are defined, without their labels."""
        for note in _NOTE_DEFINITION.split(text)[1:]:
            self.notes += 1
            self.pieces.append(Piece(BlockKind.LIST_ITEM, note, 1, self.notes))

    def _nest(self, token: Token, step: int) -> None:
        self._count(token)
        name = _NESTING.get(token.type.rsplit("_", 1)[0])
        if name == "heading":
            self.depth["heading"] = int(token.tag[1:]) if step > 0 else 0
        elif name:
            self.depth[name] += step
        elif token.type == "tr_close":
            self.pieces.append(Piece(BlockKind.PARAGRAPH, CELL_MARK.join(self.row)))
            self.row = []


    def _count(self, token: Token) -> None:
        """Number the items of an ordered list from its start, as CommonMark does (whatever
        numbers the later items are written with)."""
        if token.type == "ordered_list_open":
            start = token.attrGet("start")
            self.numbers.append([int(start) if isinstance(start, int) else 1, 0])
        elif token.type == "bullet_list_open":
            self.numbers.append(None)
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            self.numbers.pop()
        elif token.type == "list_item_close":
            self.items.pop()
        elif token.type == "list_item_open":
            self.items.append(False)
            if self.numbers and self.numbers[-1]:
                count = self.numbers[-1]
                count[1], count[0] = count[0], count[0] + 1


def _piece(text: str, *, heading: int, quote: int, items: int, cell: int) -> Piece:
    if heading:
        return Piece(BlockKind.HEADING, text, heading)
    if items:
        return Piece(BlockKind.LIST_ITEM, text, items)
    if quote:
        return Piece(BlockKind.QUOTE, text)
    return Piece(BlockKind.PARAGRAPH, text)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type in _INLINE_TEXT:
            parts.append(child.content)
    return _SPACES.sub(" ", "".join(parts))
