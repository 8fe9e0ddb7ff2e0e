"""Mapping Document offsets to QTextDocument positions: the article view's one coordinate bridge."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from reader.document import Block, BlockKind, Document, TextSpan

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 units each in Qt
# Qt lays a word out in time that grows with the square of its length (a 400,000-character word
# took 22 s, the GUI frozen): a word this long (a pasted blob, never prose) is shown with a
# zero-width space every BREAK_EVERY characters, a place where its line may break.
LONG_WORD = 1000
BREAK_EVERY = 500
SOFT_BREAK = "\u200b"
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD},}}")
LONG_PARAGRAPH = 20_000  # characters: longer is shown as several paragraphs (shown_pieces)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")


@dataclass(frozen=True, slots=True)
class Segment:
    """A block's text as laid out: its document span and the position where it starts."""

    block: Block
    position: int


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, Qt's unit: characters beyond the BMP count twice."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def soft_breaks(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """The offsets in text[start:end] before which the view puts a SOFT_BREAK: every
    BREAK_EVERY characters into each word of LONG_WORD characters or more."""
    return [at for word in _LONG_WORD.finditer(text, start, len(text) if end is None else end)
            for at in range(word.start() + BREAK_EVERY, word.end(), BREAK_EVERY)]


def breakable(text: str) -> str:
    """text as the view writes it: a SOFT_BREAK at each of soft_breaks(text)."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    cuts = [0, *breaks, len(text)]
    return SOFT_BREAK.join(text[a:b] for a, b in pairwise(cuts))


def layout_blocks(document: Document) -> tuple[Block, ...]:
    """The blocks the view shows, in text order without overlaps; the whole text if none. A
    paragraph longer than LONG_PARAGRAPH is shown as several (shown_pieces)."""
    blocks = sorted(document.blocks, key=lambda b: (b.span.start, -b.span.end))
    kept: list[Block] = []
    for block in blocks:
        if kept and block.span.start < kept[-1].span.end:
            continue
        kept.append(block)
    if not kept:
        kept.append(Block(BlockKind.PARAGRAPH, TextSpan(0, len(document.text))))
    return tuple(piece for block in kept for piece in shown_pieces(document.text, block))


def shown_pieces(text: str, block: Block) -> Iterator[Block]:
    """A paragraph of more than LONG_PARAGRAPH characters (a text saved as one line, never an
    article's paragraph) as paragraphs of at most that many, each cut after the last sentence
    of its second half, else at its last space (not shown), else where it is full: Qt lays a
    paragraph out whole on the GUI thread, 3.9 s for 2 MB. Any other block as it is."""
    start, end = block.span.start, block.span.end
    if block.kind is not BlockKind.PARAGRAPH:
        yield block
        return
    while end - start > LONG_PARAGRAPH:
        window = text[start + LONG_PARAGRAPH // 2 : start + LONG_PARAGRAPH]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        space = max(window.rfind(" "), window.rfind("\n"))
        if ends or space >= 0:
            cut = start + LONG_PARAGRAPH // 2 + (ends[-1] - 1 if ends else space)
            yield replace(block, span=TextSpan(start, cut))
            start = cut + 1  # the space after the cut is not shown
        else:
            yield replace(block, span=TextSpan(start, start + LONG_PARAGRAPH))
            start += LONG_PARAGRAPH
    yield replace(block, span=TextSpan(start, end))


class PositionMap:
    """Offsets into Document.text to QTextDocument positions and back.

    The view writes each block's text in order and ends it with one paragraph separator, so a
    block starts one position after the previous one ends; text between blocks is not shown.
    A character takes one position, two if it lies beyond the BMP, and one more if the view
    puts a soft break after it (breakable).
    """

    def __init__(self, document: Document) -> None:
        self.text = document.text
        blocks = layout_blocks(document)
        wide = [m.start() for m in _ASTRAL.finditer(self.text)]
        wide += [at - 1 for b in blocks for at in soft_breaks(self.text, b.span.start, b.span.end)]
        self._wide = sorted(wide)  # each entry: one more position for the character there
        self._extra = Counter(wide)
        segments: list[Segment] = []
        position = 0
        for block in blocks:
            segments.append(Segment(block, position))
            position += self._units(block.span.start, block.span.end) + 1
        self.segments = tuple(segments)
        self._starts = [s.block.span.start for s in segments]
        self._positions = [s.position for s in segments]

    def _units(self, start: int, end: int) -> int:
        extra = bisect_right(self._wide, end - 1) - bisect_right(self._wide, start - 1)
        return end - start + extra

    def position(self, offset: int) -> int:
        """The QTextDocument position of a character offset (gaps map to the next block)."""
        index = max(bisect_right(self._starts, offset) - 1, 0)
        segment = self.segments[index]
        span = segment.block.span
        if offset > span.end and index + 1 < len(self.segments):
            return self.segments[index + 1].position
        offset = min(max(offset, span.start), span.end)
        return segment.position + self._units(span.start, offset)

    def offset(self, position: int) -> int:
        """The character offset at a QTextDocument position (the inverse of position())."""
        index = max(bisect_right(self._positions, position) - 1, 0)
        segment = self.segments[index]
        span = segment.block.span
        units = min(position - segment.position, self._units(span.start, span.end))
        offset = span.start + units
        if self._units(span.start, offset) == units:
            return offset
        offset = span.start
        while offset < span.end and units > 0:
            units -= 1 + self._extra[offset]
            offset += 1
        return offset
