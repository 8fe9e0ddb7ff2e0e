"""The few tokens of a document where a figure can start, judged once per distinct word."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from reader.analysis.number_scan import VAGUE_STARTS
from reader.analysis.number_words import (
    DOZENS,
    FRACTIONS,
    NUMBER_WORDS,
    ORDINALS,
    SCALES,
    UNICODE_FRACTIONS,
    VAGUE_PLURALS,
)

# Every word number_scan.core_at can start a figure on by itself: number words, ordinals,
# fractions and vague amounts ("dozens", "hundreds").
_WORD_STARTS = frozenset({*NUMBER_WORDS, *ORDINALS, *FRACTIONS, *VAGUE_PLURALS})
# Words that start a figure only before one of _FOLLOWERS: "a dozen", "a third", "a couple
# dozen", "a few million", "several hundred", "many thousands".
_LEADS = frozenset({*VAGUE_STARTS, "a", "an"})
_FOLLOWERS = frozenset({*SCALES, *DOZENS, *FRACTIONS, *VAGUE_PLURALS, "couple", "few"})
# Signs and marks that may lead digits: "-5", "+3", ".08", "½".
_DIGIT_LEADS = frozenset("-+−.½¼¾⅓⅔")


def figure_starts(doc: Doc) -> list[int]:
    """The indices, in order, of the tokens core_at may read a figure from: a superset of them,
    so that the scan skips the rest of the text without asking each token."""
    lowers: list[int] = doc.to_array(LOWER).tolist()
    strings = doc.vocab.strings
    starts, leads, followers = set(), set(), set()
    for key in set(lowers):
        lower = strings[key]
        if _may_start(lower):
            starts.add(key)
        elif lower in _LEADS:
            leads.add(key)
        if lower in _FOLLOWERS:
            followers.add(key)
    following: list[int | None] = [*lowers[1:], None]
    return [i for i, (key, after) in enumerate(zip(lowers, following, strict=True))
            if key in starts or (key in leads and after in followers)]


def _may_start(lower: str) -> bool:
    # Lower-casing keeps digits and signs as they are, so the lower form can stand for the text.
    first = lower[:1]
    return first.isdigit() or (first in _DIGIT_LEADS and len(lower) > 1) or \
        lower in UNICODE_FRACTIONS or lower in _WORD_STARTS
