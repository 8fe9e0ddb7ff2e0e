"""Word documents: python-docx paragraphs, headings, quotes, list items and tables, in order."""

from __future__ import annotations

import io
import logging
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
log = logging.getLogger(__name__)


def load(path: Path, data: bytes, settings: Settings) -> Document:
    """The document's body as blocks; title and (a plausible) author from its properties."""
    archive = SafeZip(path, data, settings, kind="DOCX")
    if not archive.has("word/document.xml"):
        raise DocumentLoadError(path, "is not a valid DOCX (word/document.xml is missing)")
    archive.read_all()  # every member inflates within the limit before python-docx opens it
    word = _open(path, data)
    return build_document(_pieces(word), _meta(word), fmt="docx", path=path, title_block=False)


def _meta(word: Any) -> Meta:
    """Title and (a plausible) author from the document's properties; none from damaged ones
    (python-docx raises AttributeError when docProps/core.xml is not core properties)."""
    try:
        props = word.core_properties
        title, author = props.title, props.author
    except Exception:  # the properties are optional: the body is what matters
        log.warning("damaged document properties", exc_info=True)
        return Meta()
    return Meta(title=_clean(title), author=plausible_author(_clean(author)))


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
    for kind in ("footnote", "endnote"):
        yield from _notes(word, kind)


def _notes(word: Any, kind: str) -> Iterator[Piece]:
    """The document's footnotes (or endnotes) after its body, as a list numbered in the order
    the body refers to them, as Word numbers them (python-docx reads none of them)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml
    from lxml.etree import XMLSyntaxError

    reltype = getattr(RELATIONSHIP_TYPE, f"{kind.upper()}S")
    part = next((rel.target_part for rel in word.part.rels.values()
                 if rel.reltype == reltype and not rel.is_external), None)
    if part is None:
        return
    try:
        element = parse_xml(part.blob)
    except XMLSyntaxError:  # damaged notes leave the body readable
        log.warning("unreadable %ss in %s", kind, part.partname)
        return
    texts = {note.get(_w("id")): " ".join(_note_text(p) for p in note.iter(_w("p")))
             for note in element.iterchildren(_w(kind))}
    cited = dict.fromkeys(ref.get(_w("id"))
                          for ref in word.element.body.iter(_w(f"{kind}Reference")))
    notes = [text for text in (" ".join(texts.get(i, "").split()) for i in cited) if text]
    for number, text in enumerate(notes, start=1):
        yield Piece(BlockKind.LIST_ITEM, text, 1, number)


def _note_text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph.iter(_w("t")))


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
    found = _own_num_pr(paragraph._p)
    if found is not None:
        return found[1] + 1
    if style.lower().startswith("list"):
        digits = style.rsplit(" ", 1)[-1]
        return int(digits) if digits.isdigit() else 1
    return 0


class _Numbers:
    """Numbers list paragraphs as Word does: a numbered level counts from its start (or the
    list's override of it) and starts again after an item of a higher level; bullets get None.
    The numbering part is read once, into tables looked up per paragraph."""

    def __init__(self, word: Any) -> None:
        try:
            numbering = word.part.numbering_part.element
        except (KeyError, NotImplementedError):  # no numbering part: no numbered lists
            numbering = None
        self.lists: dict[int, tuple[str, dict[int, int]]] = {}  # numId: abstract, restarts
        self.starts: dict[tuple[str, int], int | None] = {}  # (abstract, level): None, bullets
        if numbering is not None:
            self._read(numbering)
        self.counts: dict[str, dict[int, int]] = {}  # per abstract list, per level
        self.seen: set[int] = set()  # lists (numIds) already counted

    def _read(self, numbering: Any) -> None:
        for num in numbering.iterchildren(_w("num")):
            restarts = {_int(o.get(_w("ilvl")), 0): _int(_child_val(o, "startOverride"), 1)
                        for o in num.iterchildren(_w("lvlOverride"))
                        if _child_val(o, "startOverride") is not None}
            self.lists.setdefault(_int(num.get(_w("numId")), -1),
                                  (_child_val(num, "abstractNumId") or "", restarts))
        for abstract in numbering.iterchildren(_w("abstractNum")):
            name = abstract.get(_w("abstractNumId")) or ""
            for lvl in abstract.iterchildren(_w("lvl")):
                counts = _child_val(lvl, "numFmt") not in (None, "bullet", "none")
                self.starts.setdefault((name, _int(lvl.get(_w("ilvl")), 0)),
                                       _int(_child_val(lvl, "start"), 1) if counts else None)

    def next(self, paragraph: Any) -> int | None:
        found = _num_pr(paragraph)
        if found is None or found[0] not in self.lists:
            return None
        num_id, level = found
        abstract, restarts = self.lists[num_id]
        start = self.starts.get((abstract, level))
        if start is None:  # bullets, or a level the list does not define
            return None
        counts = self.counts.setdefault(abstract, {})
        for deeper in [d for d in counts if d > level]:
            del counts[deeper]
        restart = restarts.get(level) if num_id not in self.seen else None
        self.seen.add(num_id)
        if restart is not None or level not in counts:
            counts[level] = start if restart is None else restart
        else:
            counts[level] += 1
        return counts[level]


def _num_pr(paragraph: Any) -> tuple[int, int] | None:
    """The list (numId) and level of a paragraph's numbering, its own or its style's."""
    style = getattr(paragraph.style, "element", None)
    own = _own_num_pr(paragraph._p)
    return own if own is not None or style is None else _own_num_pr(style)


def _own_num_pr(element: Any) -> tuple[int, int] | None:
    """The list (numId) and level an element's paragraph properties give (a paragraph's or a
    style's), read through python-docx."""
    ppr = element.pPr
    num_pr = ppr.numPr if ppr is not None else None
    if num_pr is None or num_pr.numId is None:
        return None
    return num_pr.numId.val, num_pr.ilvl.val if num_pr.ilvl is not None else 0


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
