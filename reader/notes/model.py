"""The records of personal notes: anchors, notes, known documents, resolved positions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.document import TextSpan

Status = Literal["exact", "moved", "fuzzy", "orphaned"]
STATUSES: tuple[Status, ...] = ("exact", "moved", "fuzzy", "orphaned")


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a passage was, and what it said: position, exact text, context on both sides."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str

    @property
    def span(self) -> TextSpan:
        return TextSpan(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Note:
    """A note on a whole document, on a passage (anchor) or on an analysed item (target)."""

    id: int
    document_id: int
    body: str
    tags: tuple[str, ...]
    anchor: Anchor | None
    target: str | None  # "entity:<canonical name>", "quote:<start>-<end>", ...
    created: str  # ISO 8601, UTC
    updated: str

    @property
    def kind(self) -> str:
        """document, passage or the target's kind (entity, quote, number, event)."""
        if self.target:
            return self.target.partition(":")[0]
        return "passage" if self.anchor is not None else "document"


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document the store knows: by its content fingerprint and by its path."""

    id: int
    sha256: str
    path: str
    title: str
    last_opened: str
    note_count: int = 0


@dataclass(frozen=True, slots=True)
class Resolved:
    """Where an anchor lies in the current text, and how it was found."""

    span: TextSpan | None
    status: Status

    @property
    def found(self) -> bool:
        return self.span is not None
