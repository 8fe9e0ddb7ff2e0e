"""The record of one entity mention as found, and the spaCy spans its repairs are made of."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class RawMention:
    """One named-entity mention as the model found it, trimmed, with the votes its context casts."""

    span: TextSpan  # document offsets, without a leading "the" or a trailing possessive
    label: str  # the model's label
    votes: tuple[tuple[str, float], ...] = ()  # context cues: (label, weight)
    # in a headline, shorter spans without the trailing words from a verb-like one ("Ramps Up")
    shorter: tuple[TextSpan, ...] = ()


def labelled_span(doc: Doc, start: int, end: int, label: str) -> Span:
    from spacy.tokens import Span  # spaCy stays out of importing this module's word lists

    return Span(doc, start, end, label=label)


def entity_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end
