"""Names the model passed over: a known first name and a surname, a dateline's place."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.attrs import LOWER, ORTH

from reader.analysis.datelines import dateline_dash
from reader.analysis.demonyms import country_name
from reader.analysis.entities import ENTITY_LABELS
from reader.analysis.entity_repair import CALENDAR
from reader.analysis.entity_spans import RawMention
from reader.analysis.headline_lines import HeadlineLines
from reader.analysis.person_words import PERSON_TITLES, first_name, not_a_person
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def missed_names(doc: Doc, found: list[RawMention], lines: HeadlineLines,
                 offset: int) -> Iterator[RawMention]:
    """The people and the dateline place the model passed over."""
    covered = {i for m in found for i in _tokens(doc, m.span, offset)}
    capitals = _with_capitals(doc)
    yield from _dateline_places(doc, covered, capitals, offset)
    yield from _missed_people(doc, covered, capitals, lines, offset)


def _with_capitals(doc: Doc) -> list[bool]:
    """Whether each token has a capital letter, as a word in capitals or in title case has:
    its text is not its lower case. Read from the Doc's columns, not token by token, so that
    the rules below look only at the few tokens that may pass them."""
    columns = doc.to_array([ORTH, LOWER])
    capitals: list[bool] = (columns[:, 0] != columns[:, 1]).tolist()
    return capitals


def _dateline_places(doc: Doc, covered: set[int], capitals: list[bool],
                     offset: int) -> Iterator[RawMention]:
    """ "BERLIN -- The agency says ...": the place in capitals a paragraph's dateline opens
    with."""
    for token in (doc[i] for i, capital in enumerate(capitals) if capital):
        if token.i in covered or not (token.i == 0 or "\n" in doc[token.i - 1].text) or \
                not token.is_alpha or not token.is_upper or len(token) < 3:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and end not in covered:
            end += 1  # "SAN FRANCISCO"
        if dateline_dash(doc[end - 1]) is None:
            continue
        yield RawMention(TextSpan(token.idx + offset, doc[end - 1].idx + len(doc[end - 1])
                                  + offset), "GPE")


def _missed_people(doc: Doc, covered: set[int], capitals: list[bool], lines: HeadlineLines,
                   offset: int) -> Iterator[RawMention]:
    """ "American Kevin King and Australian Timothy Weeks": two capitalised words outside every
    name the model found, the first a first name of the curated lists (not the birth records,
    which hold "Summer" and "Will"), in a line of running text, make a person's name."""
    for token in (doc[i] for i in range(len(doc) - 1) if capitals[i] and capitals[i + 1]):
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
        first_name(token.text, registered=False) and \
        token.lower_ not in CALENDAR and country_name(token.text) is None


def _surname(token: Token) -> bool:
    return token.is_title and token.is_alpha and len(token) > 1 and \
        token.ent_type_ not in ENTITY_LABELS and \
        token.lower_.rstrip(".") not in PERSON_TITLES and token.pos_ in ("PROPN", "NOUN") and \
        country_name(token.text) is None


def _tokens(doc: Doc, span: TextSpan, offset: int) -> range:
    words = doc.char_span(span.start - offset, span.end - offset, alignment_mode="expand")
    return range(0) if words is None else range(words.start, words.end)
