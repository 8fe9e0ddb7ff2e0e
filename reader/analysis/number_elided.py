"""A figure whose currency or measure the writer left out, said once before in the sentence:
"profit was 77m euros, up from 38m", "stocks fell 2m barrels to 301.5m"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.analysis.model import NumberMention
from reader.analysis.number_shares import mention_tokens
from reader.analysis.number_words import tidy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Digits with a scale glued on, "m" for millions (which the figure alone reads as metres) or
# "bn", closing the mention.
_GLUED_SCALE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(m|bn)\.?\Z")  # "m." ends a sentence
_SCALES = {"m": 10**6, "bn": 10**9}
# Words an elided figure comes after: the other end of a change or a comparison.
_LINKS = frozenset({"from", "to", "with", "against", "than", "and", "or", "at", "by"})
_MEASURED = ("money", "quantity")


def share_elided_units(doc: Doc, mentions: list[NumberMention]) -> None:
    """A bare figure in millions or billions ("38m", "3.9bn") after a word linking it to an
    earlier figure ("up from", "to", "compared with") and before no noun it measures ("a 38m
    yacht") has the currency or the unit of the nearest figure in millions or more before it
    in its sentence: "77m euros ... up from 38m" is 38m euros, not 38 metres. mentions are
    one sentence's."""
    for index, mention in enumerate(mentions):
        span = mention_tokens(doc, mention)
        match = _GLUED_SCALE.search(span.text) if span is not None else None
        if span is None or match is None or not _bare(mention, match.group(1)) \
                or not _linked(span):
            continue
        before = [m for m in mentions[:index] if m.kind in _MEASURED and m.unit not in (None, "m")
                  and (m.value or m.high or 0) >= 10**6 and not _converted(doc, m)]
        if before and _same_clause(doc, before[-1], span):
            mentions[index] = _in_unit(mention, match.group(1), before[-1])


def _bare(mention: NumberMention, scale: str) -> bool:
    if scale == "m":
        return mention.kind == "quantity" and mention.unit == "m"
    return mention.kind == "cardinal" and mention.unit is None


def _linked(span: Span) -> bool:
    """Whether a linking word stands right before the figure and no noun right after it."""
    doc, root = span.doc, span.root
    if span.start == 0:
        return False
    if root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN") \
            and root.dep_ in ("compound", "amod", "nummod", "nmod"):
        return False  # "a 38m yacht"
    return doc[span.start - 1].lower_ in _LINKS


def _same_clause(doc: Doc, model: NumberMention, span: Span) -> bool:
    """Whether no verb stands between the earlier figure and the elided one ("profits of $269m
    ... will see passengers jump to 70m" counts passengers)."""
    start = mention_tokens(doc, model)
    return start is not None and not any(t.pos_ in ("VERB", "AUX")
                                         for t in doc[start.end : span.start])


def _converted(doc: Doc, mention: NumberMention) -> bool:
    """ "77m euros (£53m; $100m)": a conversion in brackets is not the figure elided after."""
    span = mention_tokens(doc, mention)
    return span is not None and span.start > 0 and doc[span.start - 1].text in ("(", ";")


def _in_unit(mention: NumberMention, scale: str, model: NumberMention) -> NumberMention:
    factor = _SCALES[scale] if scale == "m" else 1  # "bn" already counts its billions

    def scaled(value: float | None) -> float | None:
        return None if value is None else tidy(value * factor)

    return replace(mention, value=scaled(mention.value), low=scaled(mention.low),
                   high=scaled(mention.high), unit=model.unit, kind=model.kind, counts=None)
