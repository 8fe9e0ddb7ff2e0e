"""What stands after a figure: the noun or unit it counts, a currency, the next word."""

from __future__ import annotations

from spacy.tokens import Doc

from reader.analysis import number_lexicon as lex
from reader.analysis.number_words import SCALE_ABBREVIATIONS, SCALES

_COUNT_WORDS = frozenset({"people", "police", "staff", "personnel", "cattle", "troops"})


def noun_after(doc: Doc, i: int, limit: int, *, plural: bool = False) -> bool:
    """Whether the figure at i is followed by a noun it could count, a unit or a percent sign."""
    if i + 1 >= limit:
        return False
    following = doc[i + 1]
    lower = following.lower_
    if lower in lex.UNITS or lower in lex.PERCENT_WORDS or lower in lex.CURRENCY_WORDS or \
            lower in SCALES or lower in _COUNT_WORDS:
        return lower not in lex.TIME_UNITS or not plural
    if plural:
        return following.tag_ in ("NNS",) or (following.pos_ == "ADJ" and i + 2 < limit and
                                             doc[i + 2].tag_ == "NNS")
    return following.pos_ in ("NOUN",) or (following.pos_ == "ADJ" and i + 2 < limit and \
        doc[i + 2].pos_ == "NOUN")


def money_after(doc: Doc, i: int, limit: int) -> bool:
    j = i + 1
    while j < limit and j < i + 4:
        lower = doc[j].lower_
        if lower in lex.CURRENCY_WORDS or doc[j].text in lex.ISO_CURRENCIES:
            return True
        if lower not in SCALE_ABBREVIATIONS and lower not in SCALES and \
                lower not in lex.DOLLAR_NATIONS:
            return False
        j += 1
    return doc[i].ent_type_ == "MONEY"


def next_lower(doc: Doc, i: int, limit: int) -> str:
    return doc[i + 1].lower_ if i + 1 < limit else ""
