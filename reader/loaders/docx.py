"""Word documents: python-docx paragraphs, headings, quotes, list items and tables, in order."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.document import CELL_MARK, BlockKind, Document
from reader.errors import DocumentLoadError
from reader.loaders._blocks import Meta, Piece, build_document
from reader.loaders._meta import plausible_author
from reader.loaders._zip import SafeZip
from reader.settings import Settings

_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_QUOTE_STYLES = frozenset(("quote", "intense quote", "block text"))
_TITLE_STYLES = frozenset(("title",))
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def load(path: Path, data: bytes, settings: Settings) -> Document:
    """The document's body as blocks; title and (a plausible) author from its properties."""
    archive = SafeZip(path, data, settings, kind="DOCX")
    if not archive.has("word/document.xml"):
        raise DocumentLoadError(path, "is not a valid DOCX (word/document.xml is missing)")
    archive.read_all()  # every member inflates within the limit before python-docx opens it
    word = _open(path, data)
    props = word.core_properties
    meta = Meta(title=_clean(props.title), author=plausible_author(_clean(props.author)))
    return build_document(_pieces(word), meta, fmt="docx", path=path, title_block=False)


def _open(path: Path, data: bytes) -> Any:
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors and more
        raise DocumentLoadError(path, "is not a valid DOCX") from exc


def _pieces(word: Any) -> Iterator[Piece]:
    from docx.table import Table

    numbers = _Numbers(word)
    for item in word.iter_inner_content():
        if isinstance(item, Table):
            yield from _table(item)
        else:
            piece = _paragraph(item)
            if piece.kind is BlockKind.LIST_ITEM:
                piece = replace(piece, number=numbers.next(item))
            yield piece


def _paragraph(paragraph: Any) -> Piece:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    text = paragraph.text.replace("\t", " ")
    heading = _HEADING.match(style)
    if heading:
        return Piece(BlockKind.HEADING, text, int(heading.group(1)))
    if style.lower() in _TITLE_STYLES:
        return Piece(BlockKind.TITLE, text)
    if style.lower() in _QUOTE_STYLES:
        return Piece(BlockKind.QUOTE, text)
    depth = _list_depth(paragraph, style)
    if depth:
        return Piece(BlockKind.LIST_ITEM, text, depth)
    return Piece(BlockKind.PARAGRAPH, text)


def _list_depth(paragraph: Any, style: str) -> int:
    """1 + the numbering level of a list paragraph (numbered or in a List style), else 0."""
    ppr = paragraph._p.pPr
    numbering = ppr.numPr if ppr is not None else None
    if numbering is not None and numbering.numId is not None:
        level = numbering.ilvl.val if numbering.ilvl is not None else 0
        return int(level) + 1
    if style.lower().startswith("list"):
        digits = style.rsplit(" ", 1)[-1]
        return int(digits) if digits.isdigit() else 1
    return 0


class _Numbers:
    """Numbers list paragraphs as Word does: a numbered level counts from its start (or the
    list's override of it) and starts again after an item of a higher level; bullets get None."""

    def __init__(self, word: Any) -> None:
        try:
            self.numbering = word.part.numbering_part.element
        except (KeyError, NotImplementedError):  # no numbering part: no numbered lists
            self.numbering = None
        self.counts: dict[str, dict[int, int]] = {}  # per abstract list, per level
        self.seen: set[str] = set()  # lists (numIds) already counted

    def next(self, paragraph: Any) -> int | None:
        found = _num_pr(paragraph)
        if found is None or self.numbering is None:
            return None
        num_id, level = found
        num = next((n for n in self.numbering.iterchildren(_w("num"))
                    if n.get(_w("numId")) == num_id), None)
        abstract = _child_val(num, "abstractNumId") if num is not None else None
        lvl = self._level(abstract, level)
        if lvl is None or _child_val(lvl, "numFmt") in (None, "bullet", "none"):
            return None
        counts = self.counts.setdefault(abstract or "", {})
        for deeper in [d for d in counts if d > level]:
            del counts[deeper]
        restart = _start_override(num, level) if num_id not in self.seen else None
        self.seen.add(num_id)
        if restart is not None or level not in counts:
            start = restart if restart is not None else _int(_child_val(lvl, "start"), 1)
            counts[level] = start
        else:
            counts[level] += 1
        return counts[level]

    def _level(self, abstract: str | None, level: int) -> Any:
        for element in self.numbering.iterchildren(_w("abstractNum")):
            if element.get(_w("abstractNumId")) == abstract:
                return next((lvl for lvl in element.iterchildren(_w("lvl"))
                             if lvl.get(_w("ilvl")) == str(level)), None)
        return None


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The list (numId) and level of a paragraph's numbering, its own or its style's."""
    for owner in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = owner.find(_w("pPr")) if owner is not None else None
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id = _child_val(num_pr, "numId") if num_pr is not None else None
        if num_id is not None and num_pr is not None:
            return num_id, _int(_child_val(num_pr, "ilvl"), 0)
    return None


def _start_override(num: Any, level: int) -> int | None:
    for override in num.iterchildren(_w("lvlOverride")):
        if override.get(_w("ilvl")) == str(level):
            value = _child_val(override, "startOverride")
            return _int(value, 1) if value is not None else None
    return None


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def _child_val(element: Any, name: str) -> str | None:
    child = element.find(_w(name))
    return child.get(_w("val")) if child is not None else None


def _int(value: str | None, default: int) -> int:
    return int(value) if value is not None and value.strip().isdigit() else default


def _table(table: Any) -> Iterator[Piece]:
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        yield Piece(BlockKind.PARAGRAPH, CELL_MARK.join(cells))


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None
