"""Telling a figure from what only looks like one: a date, a year, a code, a heading's number."""

from __future__ import annotations

from spacy.tokens import Doc

from reader.analysis.number_codes import is_code
from reader.analysis.number_dates import in_date, is_year
from reader.analysis.number_words import Number, parse_digits
from reader.analysis.person_words import FEMALE_ROLES, MALE_ROLES, ROLES


def not_a_figure(doc: Doc, i: int, limit: int, value: Number) -> bool:
    """Digits that are a date, a year, or part of a name or code ("09575": a leading zero)."""
    text = doc[i].text
    if len(text) > 1 and text[0] == "0" and text[1].isdigit():
        return True
    return in_date(doc, i, limit) or is_year(doc, i, limit, value) or is_code(doc, i, limit) \
        or _section_number(doc, i)


def _section_number(doc: Doc, i: int) -> bool:
    """ "1. Introduction", "1.1. Scope", "4) Results", '2. "Go" big': the number a heading or a
    list item opens its line with, closed by a full stop or a bracket ("3 Dead in Storm" stays
    a count)."""
    if (i > 0 and "\n" not in doc[i - 1].text) or i + 2 >= len(doc) or doc[i].whitespace_:
        return False  # the parse may end a sentence at "1.": look past it
    first = doc[i + 2]
    if first.is_quote and i + 3 < len(doc):
        first = doc[i + 3]
    return doc[i + 1].text in (".", ")") and first.is_title and first.is_alpha


# Nouns for one person, after which a small number set off by commas is an age.
_ONE_PERSON = ROLES | MALE_ROLES | FEMALE_ROLES | frozenset({"man", "woman", "boy", "girl"})


def age_after_name(doc: Doc, i: int, limit: int) -> bool:
    """ "Papermaster, 49, left", "the former star, 42, was voted off": a small number set off
    by commas after a name, or after a noun for one person, is an age."""
    value = parse_digits(doc[i].text)
    if value is None or not 1 <= value <= 120 or i < 2 or i + 1 >= limit:
        return False
    before, name, after = doc[i - 1].text, doc[i - 2], doc[i + 1].text
    pairs = {(",", ","), (",", "."), (",", ";"), ("(", ")"), (",", "―"), (",", "—"), (",", "–")}
    return (before, after) in pairs and (name.ent_type_ == "PERSON" or name.pos_ == "PROPN" or (
        name.tag_ == "NN" and name.lower_ in _ONE_PERSON))
