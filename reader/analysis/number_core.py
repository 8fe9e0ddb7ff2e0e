"""The bare figure read from its own tokens, before the words around it are weighed."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.number_words import Number


@dataclass(slots=True)
class Core:
    """A bare figure: its tokens, value or vague bounds, and what its own tokens say."""

    start: int
    end: int
    value: Number | None
    low: Number | None = None
    high: Number | None = None
    kind: str = "cardinal"
    unit: str | None = None
    qualifier: str = "exact"
    scale: int = 1  # the scale word it carries ("million"), for ranges sharing one
    unit_token: int | None = None  # the unit written as its own word ("miles", "hours")
