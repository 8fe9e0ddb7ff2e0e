"""Who a quote is attributed to, as the speaker resolver gives it."""

from __future__ import annotations

from dataclasses import dataclass

from reader.document import TextSpan


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to: the name to show, its entity, and the mention as written."""

    name: str
    entity: str | None
    span: TextSpan
