"""The few tokens of a document where a figure can start, judged once per distinct word."""

from __future__ import annotations

from spacy.attrs import LOWER, SHAPE
from spacy.strings import get_string_id
from spacy.tokens import Doc

from reader.analysis.number_spelled import VAGUE_STARTS
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
_WORD_STARTS = frozenset({*NUMBER_WORDS, *ORDINALS, *FRACTIONS, *VAGUE_PLURALS,
                          *UNICODE_FRACTIONS})
# Words that start a figure only before one of _FOLLOWERS: "a dozen", "a third", "a couple
# dozen", "a few million", "several hundred", "many thousands".
_LEADS = frozenset({*VAGUE_STARTS, "a", "an"})
_FOLLOWERS = frozenset({*SCALES, *DOZENS, *FRACTIONS, *VAGUE_PLURALS, "couple", "few"})
# The same words as string-store keys, to compare with the LOWER column of a Doc directly.
_START_KEYS, _LEAD_KEYS, _FOLLOWER_KEYS = (frozenset(get_string_id(word) for word in words)
                                           for words in (_WORD_STARTS, _LEADS, _FOLLOWERS))
# Signs and marks that may lead digits: "-5", "+3", ".08", "½".
_DIGIT_LEADS = frozenset("-+−.½¼¾⅓⅔")


def figure_starts(doc: Doc) -> list[int]:
    """The indices, in order, of the tokens core_at may read a figure from: a superset of them,
    so that the scan skips the rest of the text without asking each token."""
    lowers, shapes = doc.to_array([LOWER, SHAPE]).T.tolist()
    strings = doc.vocab.strings
    digit_shapes = {key for key in set(shapes) if _digit_shape(strings[key])}
    last = len(lowers) - 1
    return [i for i, (key, shape) in enumerate(zip(lowers, shapes, strict=True))
            if key in _START_KEYS or shape in digit_shapes or (
                key in _LEAD_KEYS and i < last and lowers[i + 1] in _FOLLOWER_KEYS)]


def _digit_shape(shape: str) -> bool:
    """Whether a word shape ("dd,ddd", "-d.d", "½") may belong to digits core_at reads.

    spaCy writes a digit as "d" and keeps other marks; a shape it leaves out ("") or a long
    token's "LONG" say nothing, so they are kept too.
    """
    first = shape[:1]
    return first == "d" or (first in _DIGIT_LEADS and len(shape) > 1) or shape in ("", "LONG")
