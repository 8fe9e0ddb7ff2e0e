"""A name the model cut short or ran on, set to its extent: the surname after a particle
("Ursula von der Leyen"), a firm's possessive ("Lowe's"), a body's word ("GateHouse Media",
"Police Scotland"), a law's year, a person's honorific."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.demonyms import country_of_demonym
from reader.analysis.entity_spans import entity_end, labelled_span
from reader.analysis.firm_votes import firm_possessive
from reader.analysis.person_words import (
    LAW_HEADS,
    ORG_SUFFIXES,
    PARTICLES,
    PERSON_TITLES,
    POSSESSIVES,
    first_name,
    not_a_person,
)
from reader.analysis.place_votes import known_place
from reader.analysis.type_votes import NEVER_SURNAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_JOINED_LABELS = frozenset({"PERSON", "NORP", "GPE", "ORG"})  # what the model calls either side


_SIDE_WORDS = 3  # the most capitalised words taken after a particle


_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")


# Titles that stand before a person's name only, never in a body's or a place's.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


_TITLED_NOT_PEOPLE = frozenset({"PERSON", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


def titled_person(ent: Span) -> Span:
    """ "Ms Holt", "Dr Lund Berg's", which the model took for a body or a place: an honorific
    and one or two capitalised words after it, none a body's word ("Dr Pepper Group"), name a
    person."""
    name = [t for t in ent[1:] if t.text not in POSSESSIVES]
    if ent.label_ in _TITLED_NOT_PEOPLE or not 1 <= len(name) <= 2 \
            or ent[0].lower_.rstrip(".") not in _HONORIFICS or not ent[0].is_title \
            or not all(t.is_title and t.lower_ not in ORG_SUFFIXES for t in name):
        return ent
    return labelled_span(ent.doc, ent.start, ent.end, "PERSON")


def with_bare_surname(ent: Span) -> Span:
    """ "Tarik" (PERSON) or "Vasek" (GPE) of "Vasek Pospisil edged ...": a one-word name the
    model cut from the capitalised proper noun right after it, which the parse makes that
    word's modifier and no name claims but as a one-word name of its own, runs on through it;
    not a known place's name, nor before a word of the dictionary, a title or a body's last
    word ("Obama Administration")."""
    from reader.analysis.common_nouns import english_words  # it builds on this module

    doc = ent.doc
    if any(t.whitespace_ for t in ent[:-1]) or ent.label_ not in _JOINED_LABELS \
            or ent.end + 1 >= len(doc):
        return ent  # one word, perhaps hyphenated ("Jo-Wilfried")
    first, last = ent[-1], doc[ent.end]
    if first.dep_ != "compound" or first.head != last or first.whitespace_ != " " \
            or not (last.ent_iob_ == "O" or _split_name(ent, last)) \
            or last.pos_ != "PROPN" or not (last.is_title and last.is_alpha) \
            or not first.is_alpha or doc[ent.end + 1].is_title or ent[0].is_lower:
        return ent
    english = english_words(doc.vocab)
    if last.lower_ in english or last.lemma_.lower() in english or last.lower_ in PERSON_TITLES \
            or not_a_person(f"{ent.text} {last.text}") \
            or (ent.label_ != "PERSON" and (known_place(ent.text)
                                            or country_of_demonym(ent.text) is not None)):
        return ent
    label = "PERSON" if "PERSON" in (ent.label_, last.ent_type_) else last.ent_type_ or ent.label_
    return labelled_span(doc, ent.start, ent.end + 1, label)


def _split_name(ent: Span, last: Token) -> bool:
    """Whether the model gave the word after a name a one-word name of its own, one of them a
    person's or the first a place's ("Vasek" GPE, "Drobny" ORG): not two bodies ("WikiLeaks
    Sony") nor a group ("Reagan Democrats", "Senate Republicans")."""
    doc = ent.doc
    return last.ent_iob_ == "B" and doc[last.i + 1].ent_iob_ != "I" and last.tag_ == "NNP" \
        and last.ent_type_ in ("PERSON", "ORG", "GPE") \
        and (ent.label_ == "GPE" or "PERSON" in (ent.label_, last.ent_type_))


def with_firm_possessive(ent: Span) -> Span:
    """ "Shares of Lowe's fell", "shopped at Kohl's": a name whose possessive owns nothing is a
    firm's name whole, which the model cuts at its "'s"."""
    doc = ent.doc
    end = ent.end if ent[-1].text in POSSESSIVES else ent.end + 1
    if end > len(doc) or not firm_possessive(doc[ent.start : end]):
        return ent
    return labelled_span(doc, ent.start, end, ent.label_)


def with_surname(ent: Span) -> Span:
    """ "Ursula von der Leyen", which the model ends at "der" and takes "Leyen" for a place: a
    person's name that ends in a surname particle runs on through the capitalised word after."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or doc[end - 1].lower_ not in PARTICLES:
        return ent
    if end < len(doc) and doc[end].is_title and doc[end - 1].whitespace_:
        return labelled_span(doc, ent.start, end + 1, "PERSON")
    return ent


def across_particle(ent: Span) -> Span:
    """ "Ana Carolina dos Santos", "Maria do Carmo": a lower-case surname particle between
    capitalised name words joins one person's name, which the model may cut in two at the
    particle ("Ana Carolina" and "Santos") or leave half unnamed. Only where one side is a
    person's name the model found, or the name opens with a known first name, and the words
    after the particle are a name the model found or proper nouns outside any name."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in PARTICLES:
        end -= 1  # "Thijs van", which the model ends at the particle
    if ent.label_ not in _JOINED_LABELS or not all(t.is_title for t in doc[start:end]):
        return ent
    right = _particle_run(doc, end)
    if right > end and _name_word(doc[right]) and not _verb_do(doc[start:end], doc[right]):
        after = doc[right]
        stop = entity_end(doc, right) if after.ent_type_ else _plain_words_end(doc, right)
        if stop - right <= _SIDE_WORDS and _person_across(ent[0], ent.label_, after):
            return labelled_span(doc, start, stop, "PERSON")
    return ent


def _particle_run(doc: Doc, end: int) -> int:
    """The end of the surname particles right after token end ("dos", "van der", "de la")."""
    i = end
    while i < len(doc) and i - end < 2 and doc[i].is_lower and doc[i].lower_ in PARTICLES \
            and doc[i - 1].whitespace_ and doc[i].whitespace_:
        i += 1
    return min(i, len(doc) - 1) if i > end else end


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of a name: a proper noun, or in a name the model
    found of a kind that a person's name may be taken for ("Leyen" as a place)."""
    return token.is_title and token.is_alpha and (
        token.ent_type_ in _JOINED_LABELS if token.ent_type_ else token.pos_ == "PROPN")


def _verb_do(name: Span, after: Token) -> bool:
    """ "Does Kevin do Pilates?", "Can Obama do Iran any good?": a "do" whose subject is the
    name before it, or whose object the word after it, is the verb, not a surname's
    particle."""
    doc = name.doc
    return any(t.lower_ == "do" and any(
        (c.dep_ == "nsubj" and name.start <= c.i < name.end)
        or (c.dep_ in _VERB_OBJECTS and c.i == after.i) for c in t.children)
        for t in doc[name.end : after.i])


_VERB_OBJECTS = frozenset({"dobj", "dative", "attr"})


def _plain_words_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and end - start < _SIDE_WORDS and _name_word(doc[end]) \
            and not doc[end].ent_type_ and doc[end - 1].whitespace_:
        end += 1
    return end


def _person_across(first: Token, label: str, after: Token) -> bool:
    """Whether the words either side of a particle name a person: the model said so of one
    side, or the name opens with a known first name."""
    return "PERSON" in (label, after.ent_type_) or first_name(first.text)


def with_suffix(ent: Span) -> Span:
    """ "GateHouse Media": a firm's word the model made a name of its own, right after a
    name, ends that name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    nxt = doc[ent.end]
    if nxt.ent_iob_ != "B" or nxt.ent_type_ != "ORG" or not nxt.is_title or \
            nxt.lower_ not in ORG_SUFFIXES or (ent.end + 1 < len(doc)
                                               and doc[ent.end + 1].ent_iob_ == "I"):
        return ent
    return labelled_span(doc, ent.start, ent.end + 1, "ORG")


# Words for what a body does that open its name before the place it serves: "Police
# Scotland", "Transport Canada", "Sport England", "Air China".
_SERVICE_WORDS = frozenset({"Police", "Transport", "Sport", "Air"})


def with_service_word(ent: Span) -> Span:
    """ "Police Scotland confirmed", "flown by Air China": a place's name right after a
    capitalised word for a service, which no name the model found holds, is a body's name
    with it (the service of that place), not the place."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "LOC") or ent.start == 0:
        return ent
    word = doc[ent.start - 1]
    if word.text not in _SERVICE_WORDS or word.ent_iob_ != "O" or word.whitespace_ != " ":
        return ent
    return labelled_span(doc, ent.start - 1, ent.end, "ORG")


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def with_building_word(ent: Span) -> Span:
    """ "CA @ Shoreline Amphitheatre", of which the model took "CA @ Shoreline" for a person:
    a name right before a capitalised noun that ends a building's or a road's name and is
    nobody's surname ("Amphitheatre", "Arena", "Drive"), which no name the model found holds,
    runs on through it and names the building."""
    doc = ent.doc
    if ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    word = doc[ent.end]
    if not word.is_title or NEVER_SURNAMES.get(word.lower_) != "FAC" or word.ent_iob_ != "O" \
            or word.tag_ not in _NOUN_TAGS:
        return ent
    return labelled_span(doc, ent.start, ent.end + 1, "FAC")


def with_year(ent: Span) -> Span:
    """"the Emergency Economic Stabilization Act of 2008": a law's year is part of its name."""
    doc = ent.doc
    if ent[-1].lower_ not in LAW_HEADS or len(ent) < 2 or ent.end + 2 > len(doc):
        return ent
    if doc[ent.end].lower_ != "of" or not _YEAR.fullmatch(doc[ent.end + 1].text):
        return ent
    return labelled_span(doc, ent.start, ent.end + 2, "LAW")


def with_letter(ent: Span) -> Span:
    """ "Mustang Mach E", "Malcolm X", "Plan B": a capital letter standing alone right after a
    name, before a word that opens no other name, is the name's last word; not "A" or "I",
    which are words, nor an initial with its stop ("E.")."""
    doc = ent.doc
    if ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    letter = doc[ent.end]
    if len(letter.text) != 1 or not letter.text.isupper() or letter.text in "AI" \
            or (letter.ent_type_ and letter.ent_iob_ == "B"):
        return ent
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if after is not None and (after.is_title or after.text == "."):
        return ent
    return labelled_span(doc, ent.start, ent.end + 1, ent.label_)
