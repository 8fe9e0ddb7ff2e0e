"""Plain text's wrapped lines: which line breaks of a paragraph are only its editor's wrapping."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.document import Document

WRAPPED_LINE = (40, 120)  # characters: the lines a writer's editor wraps prose into
_LIST_LINE = re.compile(r"\s*(?:[-*+•–]|\d{1,3}[.)])\s")


def unwrapped(text: str) -> str:
    """A plain-text paragraph as it reads, character for character: one its writer's editor
    wrapped has spaces for its line breaks, so that it flows as one; any other keeps them
    (each line a paragraph of its own). A paragraph was wrapped when every line but its last
    is 40 to 120 characters long and could not have taken the next line's first word within
    the paragraph's longest line, a line goes on in lower case (a sentence runs across the
    break), and no line after the first starts a list item ('- ', '2. ')."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    width = max(len(line) for line in lines)
    least, most = WRAPPED_LINE
    wrapped = all(least <= len(before) <= most and len(before) + 1 + _first_word(line) > width
                  and not _LIST_LINE.match(line) for before, line in pairwise(lines))
    if wrapped and any(line.lstrip()[:1].islower() for line in lines[1:]):
        return text.replace("\n", " ")
    return text


def list_lines(text: str) -> bool:
    """Whether a plain-text paragraph is a list, a line an item ('- ', '2. ')."""
    lines = text.split("\n")
    return len(lines) > 1 and all(_LIST_LINE.match(line) for line in lines)


def reading_text(document: Document) -> str:
    """A document's text as it reads, of the same length: a plain-text file's paragraphs that
    its editor wrapped run on over their line breaks (a space for each), so that a sentence or
    a quote is not cut at the end of a line; any other document's text as it is."""
    if document.format != "txt" or "\n" not in document.text:
        return document.text
    text = document.text
    pieces, done = [], 0
    for block in document.blocks:
        words = block.span.of(text)
        flowing = unwrapped(words)
        if flowing is not words:
            pieces += [text[done : block.span.start], flowing]
            done = block.span.end
    return "".join(pieces) + text[done:] if pieces else text


def _first_word(line: str) -> int:
    words = line.split(maxsplit=1)
    return len(words[0]) if words else 0
