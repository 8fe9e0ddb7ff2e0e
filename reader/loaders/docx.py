"""Word documents: python-docx paragraphs, headings, quotes, list items and tables, in order."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
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

    for item in word.iter_inner_content():
        if isinstance(item, Table):
            yield from _table(item)
        else:
            yield _paragraph(item)


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
