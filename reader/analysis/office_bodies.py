"""Bodies named through an office-holder's possessive: "the U.S. Attorney's Office"."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from reader.analysis.person_words import PERSON_TITLES, POSSESSIVES, ROLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Heads of a body that an office-holder runs: "the Sheriff's Office", "the Governor's Department".
_BODY_HEADS = frozenset({"office", "department", "bureau", "administration", "agency",
                         "division", "service", "commission"})
# Office-holders besides the roles and titles of person_words: "the Medical Examiner's Office".
_HOLDERS = ROLES | PERSON_TITLES | frozenset({
    "examiner", "coroner", "comptroller", "auditor", "treasurer", "clerk", "marshal",
    "solicitor", "advocate", "defender", "controller", "assessor", "recorder",
    "superintendent", "commissioner", "registrar"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_HOLDER_WORDS = 5  # the most capitalised words before the head: "Los Angeles County District
# Attorney's"


def with_office_bodies(doc: Doc) -> list[Span]:
    """The Doc's entities, with a body named through an office-holder's possessive made one
    organisation: the model gives "Office" or "General's Office" of "the U.S. Attorney General's
    Office" alone, or nothing. The name runs from the capitalised words before the possessive
    (without "the") to the model's organisation the head opens ("Office for the Western
    District")."""
    from spacy.attrs import LOWER  # spaCy stays out of importing this module's word lists

    ents = list(doc.ents)
    keys = _head_keys()
    heads = [i for i, key in enumerate(doc.to_array(LOWER).tolist()) if key in keys and i >= 2]
    for i in heads:
        span = _office_body(doc, i, ents)
        if span is not None:
            ents = sorted([e for e in ents if e.end <= span.start or e.start >= span.end]
                          + [span], key=lambda e: e.start)
    return ents


@cache
def _head_keys() -> frozenset[int]:
    """The body heads as string-store keys, to compare with the LOWER column of a Doc
    directly."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(word) for word in _BODY_HEADS)


def _office_body(doc: Doc, i: int, ents: list[Span]) -> Span | None:
    from spacy.tokens import Span  # spaCy stays out of importing this module's word lists

    head, holder = doc[i], doc[i - 2]
    if not head.is_title or doc[i - 1].text not in POSSESSIVES \
            or holder.whitespace_ or not holder.is_title \
            or holder.lower_ not in _HOLDERS or holder.ent_type_ == "PERSON":
        return None
    start = holder.i
    while start > max(0, holder.i - _HOLDER_WORDS) and _name_word(doc, start - 1):
        start -= 1
    end = i + 1
    for ent in ents:
        if ent.end <= start or ent.start >= end:
            continue
        if ent.start < start:
            return None  # "the Sheriff's Office": the model's name holds it already
        if ent.start <= i < ent.end:
            if ent.label_ != "ORG" and ent.end > end:
                return None
            end = max(end, ent.end)
    return Span(doc, start, end, label="ORG")


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised word of the name before the holder: "U.S.", "State", "Pima County"."""
    token = doc[i]
    return token.tag_ in _NAME_TAGS and not token.is_lower and token.text not in POSSESSIVES \
        and not token.is_space and token.ent_type_ != "PERSON"
