"""The shared core types: a span of text, a block of the article, and the loaded Document."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


@dataclass(frozen=True, slots=True, order=True)
class TextSpan:
    """A half-open range [start, end) of character offsets into Document.text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: TextSpan) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: TextSpan) -> bool:
        return self.start < other.end and other.start < self.end

    def of(self, text: str) -> str:
        return text[self.start : self.end]


class BlockKind(StrEnum):
    """What a block of the article is, for layout."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    META = "meta"  # byline or date line


CELL_MARK = " | "  # between the cells of a table's row, which a loader writes as one paragraph


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article: its kind and where its text lies."""

    kind: BlockKind
    span: TextSpan
    level: int = 0  # heading level, or list depth
    number: int | None = None  # an item's number in a numbered list; None for a bullet
    more: bool = False  # a list item's further paragraph: drawn under it, with no mark of its own


FORMATS = ("txt", "md", "html", "pdf", "docx", "epub")


def fingerprint(text: str) -> str:
    """The content fingerprint of a text: sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """An article as Reader sees it: plain text, its blocks and what is known about it."""

    text: str
    blocks: tuple[Block, ...]
    format: str
    source_path: Path | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    sha256: str = field(default="")

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", fingerprint(self.text))

    @property
    def display_name(self) -> str:
        if self.title:
            return self.title
        if self.source_path is not None:
            return self.source_path.name
        return "Untitled"
