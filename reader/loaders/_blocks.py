"""Documents from pieces of structured text (headings, paragraphs, quotes, list items)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from reader.document import Block, BlockKind, Document, TextSpan
from reader.errors import DocumentLoadError
from reader.loaders._meta import meta_line

BLOCK_SEPARATOR = "\n\n"
_HEAD_PIECES = 6  # bylines and date lines are looked for among the first pieces only


@dataclass(frozen=True, slots=True)
class Piece:
    """One block's text before assembly."""

    kind: BlockKind
    text: str
    level: int = 0
    number: int | None = None  # a list item's number in a numbered list
    more: bool = False  # a list item's further paragraph


@dataclass(frozen=True, slots=True)
class Meta:
    """What a format's own metadata says about the article."""

    title: str | None = None
    byline: str | None = None
    published: str | None = None
    author: str | None = None  # a file property: the byline only when the text names nobody


def build_document(pieces: Iterable[Piece], meta: Meta, *, fmt: str, path: Path,
                   title_block: bool = True, heading_title: bool = True) -> Document:
    """A Document from pieces, with meta lines marked and the title found.

    title_block: show a metadata title the text lacks as a TITLE block at the top.
    heading_title: a leading top-level heading is the title (not so for a book's chapter).
    """
    kept = [replace(p, text=p.text.strip()) for p in pieces if p.text.strip()]
    if not any(p.kind is not BlockKind.TITLE for p in kept):
        raise DocumentLoadError(path, "has no readable text")
    kept, title = _mark_title(kept, meta.title, title_block=title_block,
                              heading_title=heading_title)
    kept, meta = _mark_meta(kept, meta)
    text, blocks = assemble(kept)
    return Document(text=text, blocks=blocks, format=fmt, source_path=path, title=title,
                    byline=meta.byline or meta.author, published=meta.published)


def assemble(pieces: Iterable[Piece]) -> tuple[str, tuple[Block, ...]]:
    """The pieces' texts joined by blank lines, with a block for each."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for piece in pieces:
        if parts:
            offset += len(BLOCK_SEPARATOR)
        parts.append(piece.text)
        blocks.append(Block(piece.kind, TextSpan(offset, offset + len(piece.text)), piece.level,
                            piece.number, piece.more))
        offset += len(piece.text)
    return BLOCK_SEPARATOR.join(parts), tuple(blocks)


def _mark_meta(pieces: list[Piece], meta: Meta) -> tuple[list[Piece], Meta]:
    byline, published = meta.byline, meta.published
    out = list(pieces)
    for i, piece in enumerate(pieces[:_HEAD_PIECES]):
        if piece.kind in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.META):
            continue
        found = meta_line(piece.text) if piece.kind is BlockKind.PARAGRAPH else None
        if found is None and not _names_the_author(piece, meta):
            break
        out[i] = replace(piece, kind=BlockKind.META)
        if found is not None:
            byline = byline or found.byline
            published = published or found.published
    return out, replace(meta, byline=byline, published=published)


def _names_the_author(piece: Piece, meta: Meta) -> bool:
    """Whether a paragraph is only the names the format's metadata gives as the byline (a page's
    "Staff Reports" under the headline, with no "By")."""
    return piece.kind is BlockKind.PARAGRAPH and any(
        names and _same_text(piece.text, names) for names in (meta.byline, meta.author))


def _mark_title(pieces: list[Piece], title: str | None, *, title_block: bool,
                heading_title: bool) -> tuple[list[Piece], str | None]:
    first = pieces[0]
    if first.kind is BlockKind.TITLE:
        return pieces, title or first.text
    same = title is not None and _same_text(first.text, title)
    leading = heading_title and first.kind is BlockKind.HEADING
    if same or (leading and (first.level <= 1 or title is None)):
        first = replace(first, kind=BlockKind.TITLE, level=0, number=None)
        return [first, *pieces[1:]], title or first.text
    if title and title_block:
        return [Piece(BlockKind.TITLE, title), *pieces], title
    heading = next((p.text for p in pieces if p.kind is BlockKind.HEADING), None)
    return pieces, title or heading


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
