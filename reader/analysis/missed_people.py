"""People the model passed over: a known first name and a capitalised surname in running text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.analysis.demonyms import country_name
from reader.analysis.entities import ENTITY_LABELS, HeadlineLines, RawMention
from reader.analysis.entity_repair import CALENDAR
from reader.analysis.person_words import PERSON_TITLES, name_gender, not_a_person
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def missed_people(doc: Doc, found: list[RawMention], lines: HeadlineLines,
                  offset: int) -> Iterator[RawMention]:
    """ "American Kevin King and Australian Timothy Weeks": two capitalised words outside every
    name the model found, the first a first name of the curated lists (not the birth records,
    which hold "Summer" and "Will"), in a line of running text, make a person's name."""
    covered = {i for m in found for i in _tokens(doc, m.span, offset)}
    for token in doc[:-1]:
        surname = doc[token.i + 1]
        if token.i in covered or surname.i in covered or not _first_name(token) or \
                not _surname(surname) or lines.is_headline(token.idx):
            continue
        if token.i + 2 < len(doc) and doc[token.i + 2].is_title and doc[token.i + 2].is_alpha:
            continue  # "Timothy Weeks Memorial Fund": a longer name the model left alone
        name = f"{token.text} {surname.text}"
        if not_a_person(name):
            continue
        yield RawMention(TextSpan(token.idx + offset, surname.idx + len(surname) + offset),
                         "PERSON")


def _first_name(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.ent_type_ not in ENTITY_LABELS and \
        name_gender(token.text, registered=False) is not None and \
        token.lower_ not in CALENDAR and country_name(token.text) is None


def _surname(token: Token) -> bool:
    return token.is_title and token.is_alpha and len(token) > 1 and \
        token.ent_type_ not in ENTITY_LABELS and \
        token.lower_.rstrip(".") not in PERSON_TITLES and token.pos_ in ("PROPN", "NOUN") and \
        country_name(token.text) is None


def _tokens(doc: Doc, span: TextSpan, offset: int) -> range:
    words = doc.char_span(span.start - offset, span.end - offset, alignment_mode="expand")
    return range(0) if words is None else range(words.start, words.end)
