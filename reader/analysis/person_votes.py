"""The votes for a person: a first name and surname, introduced, listed, a side of a contest."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.analysis.cities import is_city
from reader.analysis.demonyms import country_name
from reader.analysis.firm_votes import INDUSTRY_WORDS, firm_use
from reader.analysis.group_votes import plural_agreement
from reader.analysis.name_tokens import apposed, hyphen_in_word, known_first, written_as
from reader.analysis.person_words import (
    FACILITY_SUFFIXES,
    PARTICLES,
    POSSESSIVES,
    ROLES,
    first_name,
    not_a_person,
)
from reader.analysis.place_votes import US_STATES
from reader.analysis.vote_weights import APPOSITION_WEIGHT, NAMED_WEIGHT

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Buildings and grounds a name before them in lower case belongs to.
BUILDING_NOUNS = FACILITY_SUFFIXES - {"field", "hall", "square", "street", "road", "avenue"} | {
    "prison", "jail", "hospital", "camp", "mosque", "temple", "dam", "airbase"}
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "explain", "insist", "claim"})


def _introduced_person(span: Span, before: list[Token]) -> bool:
    """ "NBC's Lester Holt", "the host, Lester Holt,": a known first name and a capitalised
    surname after a possessive, or set beside a word for a person's role, name a person."""
    words = [t for t in span if not (len(t.text) == 2 and t.text.endswith("."))]  # initials
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words) \
            or not first_name(words[0].text) or not_a_person(span.text):
        return False
    possessed = len(before) > 1 and before[0].text in POSSESSIVES \
        and before[1].pos_ in ("NOUN", "PROPN")
    return possessed or bool(apposed(span, span.text) & ROLES)


# Last words of a firm's or a place's name that are no surname: "Walter Energy", "Virginia
# Beach" (the words of ORG_SUFFIXES and the like are not_a_person's).
_NOT_SURNAMES = INDUSTRY_WORDS | {
    "health", "beach", "springs", "falls", "heights", "valley", "hills", "lake", "bay",
    "harbor", "harbour", "creek", "point", "island", "mountain", "mountains", "river", "cup",
    "convention", "prize", "award", "awards", "trophy", "open",
}


def _first_and_surname(span: Span) -> bool:
    """ "Alison Lundergan Grimes", "Sheryl Crow" typed a body, a product or a place, or a title
    that says something: two or three capitalised words opening with a known first name,
    neither they nor the first word a place's own name, name a person."""
    return known_first(span) and _person_shaped(span)


def _person_shaped(span: Span) -> bool:
    """Two or three capitalised words typed a body, a product, a place or a building (or a title
    that says something), that neither a firm's or a place's word nor "the" before make a body's;
    a hyphenated word is one ("Jo-Wilfried"), a particle between them none ("de"), and a
    surname may have a capital inside ("DuVernay")."""
    if not (span[0].ent_type_ in ("ORG", "PRODUCT", "GPE", "FAC") or _speaking_title(span)):
        return False
    words = [t for t in span if not (hyphen_in_word(t) or _particle_inside(t, span))]
    if not 2 <= len([t for t in words if t.whitespace_ or t.i == span.end - 1]) <= 3 \
            or not all((t.is_title and t.is_alpha) or _SURNAME_CAPITALS.fullmatch(t.text)
                       for t in words) or not_a_person(span.text):
        return False
    last, doc = words[-1], span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "the Carolina Panthers", "the Sierra Club": a body
    return last.tag_ != "NNPS" and last.lower_ not in _NOT_SURNAMES \
        and not plural_agreement(last) \
        and not any(is_city(part) or part.casefold() in US_STATES or country_name(part)
                    for part in (span.text, words[0].text))  # "Georgia Tech"


# Surnames with a capital inside: "McDonald", "O'Donnell", "DuVernay", "DiCaprio", "VanDyke".
_SURNAME_CAPITALS = re.compile(r"(?:Mc|Mac|O['’]|De|Di|Du|La|Le|Van|Von)[A-Z][a-z]+")


def _particle_inside(token: Token, span: Span) -> bool:
    """ "de" of "Charles de Gaulle": a lower-case surname particle between a name's words."""
    return token.is_lower and token.lower_ in PARTICLES and span.start < token.i < span.end - 1


def _speaking_title(span: Span) -> bool:
    """ "..., Teresa Holm Brandt recalled.": a title the model saw in a name that is the
    subject of a verb of speech."""
    if span[0].ent_type_ != "WORK_OF_ART":
        return False
    root = span.root
    return root.dep_ == "nsubj" \
        and root.head.lemma_ in SPEECH_LEMMAS and root.head.i >= span.end


def named_person(span: Span, before: list[Token]) -> Iterator[tuple[str, float]]:
    """A person's vote for a first name and a surname: strong where the words around introduce
    a person, weaker where only the name's form tells."""
    if len(span) < 2:
        return  # one word is no first name and surname, whatever the words around it
    doc = span.doc
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in BUILDING_NOUNS:
        return  # "the city's Kim Son prison": a name before a building's noun is the building's
    if _introduced_person(span, before):
        yield "PERSON", APPOSITION_WEIGHT
    elif (_first_and_surname(span) or _unlisted_person(span)) and not firm_use(span):
        yield "PERSON", NAMED_WEIGHT


def _unlisted_person(span: Span) -> bool:
    """ "Marcel Granollers and Feliciano Lopez": a first name the lists lack, in a name of a
    person's shape listed beside a person's full name, or whose surname alone is elsewhere the
    subject of a verb of speech ("Granollers said"); not where the surname is a word of the
    dictionary (which holds "Spencer" but also "Sun", "Express" and "Block")."""
    # common_nouns builds on this module's word lists: imported here, not above
    from reader.analysis.common_nouns import english_words

    root, doc = span[-1], span.doc
    if known_first(span) or not _person_shaped(span) \
            or root.lower_ in english_words(doc.vocab) or country_name(root.text):
        return False  # "Moon Express", "Baltimore Sun", "Say Mexico": a common word or a place
    partners = [t for t in (root.head, *root.children) if t.dep_ == "conj" or root.dep_ == "conj"]
    if any(t.ent_type_ == "PERSON" and not span.start <= t.i < span.end and _full_name(t)
           for t in partners) or any(_full_name(t) for t in _opponents(root)):
        return True
    return any(t.i not in range(span.start, span.end)
               and (t.i == 0 or not doc[t.i - 1].is_title) and t.dep_ == "nsubj"
               and t.head.lemma_ in SPEECH_LEMMAS for t in written_as(root))


def _full_name(token: Token) -> bool:
    """Whether the token ends a person's name of two or three capitalised words the model
    found, perhaps only its first word ("Tomas" of "Tomas Berdych"): "Feliciano Lopez"."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].is_title and doc[start - 1].whitespace_ \
            and (doc[start - 1].ent_type_ == "PERSON" or token.ent_type_ == "PERSON"):
        start -= 1
    return token.i - start in (1, 2) and token.is_title and "PERSON" in (
        doc[start].ent_type_, token.ent_type_)


# Verbs of winning a contest, whose subject and object are alike: two players, two teams.
CONTEST_VERBS = frozenset({"beat", "defeat", "edge", "top", "overcome", "oust", "outlast",
                           "upset", "outplay", "eliminate", "dispatch", "rout", "thrash", "stun",
                           "sweep", "crush", "topple", "outduel", "overpower", "trounce"})
_CONTEST_PREPOSITIONS = {"past": None, "over": frozenset({"win", "prevail", "triumph", "rally"}),
                         "to": frozenset({"lose", "fall"})}


def _opponents(token: Token) -> list[Token]:
    """ "X edged Y 7-6", "X cruised past Y", "X lost to Y": the other side of a contest the
    token's name is one side of."""
    if token.dep_ == "nsubj":
        verb = token.head
        return [t for t in verb.children if (t.dep_ == "dobj" and _contest(verb))] + [
            t for p in verb.children if p.dep_ == "prep" and _contest(verb, p.lower_)
            for t in p.children if t.dep_ == "pobj"]
    verb = token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb = token.head.head
        if not _contest(verb, token.head.lower_):
            return []
    elif token.dep_ != "dobj" or not _contest(verb):
        return []
    return [t for t in verb.children if t.dep_ == "nsubj"]


def _contest(verb: Token, preposition: str | None = None) -> bool:
    if preposition is None:
        return verb.lemma_ in CONTEST_VERBS
    if preposition not in _CONTEST_PREPOSITIONS:
        return False
    lemmas = _CONTEST_PREPOSITIONS[preposition]
    return verb.pos_ == "VERB" and (lemmas is None or verb.lemma_ in lemmas)


def byline(before: list[Token]) -> bool:
    """A name on a line that opens with "By": the article's byline names its writer."""
    if not before or before[0].text != "By":
        return False
    opener = before[0].i
    return opener == 0 or "\n" in before[0].doc[opener - 1].text
