"""Reading the bare figure at a token: digits or number words, whichever the token starts."""

from __future__ import annotations

from spacy.tokens import Doc

from reader.analysis.number_core import Core
from reader.analysis.number_dates import clock_time, indefinite_one
from reader.analysis.number_digits import digits_at
from reader.analysis.number_spelled import words_at
from reader.analysis.number_words import UNICODE_FRACTIONS


def core_at(doc: Doc, i: int, limit: int, currency: bool,
            codes: frozenset[str] = frozenset()) -> Core | None:
    """The figure starting at token i, or None when there is none or it is a date or code."""
    token = doc[i]
    if token.like_url or token.like_email:
        return None
    if token.text[:1].isdigit() or (token.text[:1] in "-+−.½¼¾⅓⅔" and len(token.text) > 1) \
            or token.text in UNICODE_FRACTIONS:
        core = digits_at(doc, i, limit, currency, codes)
    else:
        core = words_at(doc, i, limit)
    if core is not None and not currency and (clock_time(doc, core, limit)
                                              or indefinite_one(doc, core, limit)):
        return None
    return core

