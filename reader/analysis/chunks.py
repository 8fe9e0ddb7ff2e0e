"""Cutting long texts into paragraph-aligned chunks, and moving records between chunk and text."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeVar

from reader.analysis.model import Entity
from reader.document import TextSpan

CHUNK_CHARS = 50_000
T = TypeVar("T")


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> list[TextSpan]:
    """Consecutive spans covering text, each about size characters, cut after a paragraph break.

    A cut goes after the last blank line before the limit, else the last line break, else the
    last space; a text with none of them is cut hard at the limit.
    """
    spans: list[TextSpan] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = -1
        for sep in ("\n\n", "\n", " "):
            found = text.rfind(sep, start + size // 2, limit)
            if found != -1:
                cut = found + len(sep)
                break
        cut = cut if cut > start else limit
        spans.append(TextSpan(start, cut))
        start = cut
    spans.append(TextSpan(start, len(text)))
    return spans


def _moved(value: Any, delta: int) -> Any:
    if isinstance(value, TextSpan):
        return TextSpan(value.start + delta, value.end + delta)
    if isinstance(value, tuple) and value and isinstance(value[0], TextSpan):
        return tuple(TextSpan(s.start + delta, s.end + delta) for s in value)
    return value


def shift(record: T, delta: int) -> T:
    """A copy of a frozen record with every TextSpan field (or tuple of them) moved by delta."""
    if delta == 0:
        return record
    changes = {}
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        moved = _moved(value, delta)
        if moved is not value:
            changes[f.name] = moved
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def entities_within(entities: Sequence[Entity], span: TextSpan) -> tuple[Entity, ...]:
    """The entities with a mention inside span, keeping only those mentions, in span offsets."""
    local: list[Entity] = []
    for entity in entities:
        inside = tuple(m for m in entity.mentions if span.contains(m))
        if inside:
            local.append(shift(dataclasses.replace(entity, mentions=inside), -span.start))
    return tuple(local)
