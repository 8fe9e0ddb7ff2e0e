"""Who a speaker can be: the article's people and bodies, their short names, and people the
recogniser missed but a title or a cue shows ("Mr. Podesta", "Lynch said")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.attrs import DEP, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from reader.analysis.cue_words import CUE_VERBS
from reader.analysis.genders import PERSON_LABELS
from reader.analysis.model import Entity
from reader.analysis.person_words import (
    BODY_KINDS,
    GENDERED_PRONOUNS,
    PEOPLE,
    PERSON_TITLES,
    ROLES,
    first_name,
    not_a_person,
    surname,
)
from reader.analysis.span_sets import covers, disjoint
from reader.document import TextSpan

# Who sits for a constituency ("the MP for Hexham"), and last words of a street's name.
_MEMBERS = frozenset({"mp", "msp", "mep", "mla", "am", "td"})
_STREETS = frozenset({"street", "road", "avenue", "boulevard"})
_UNTAGGED = "~"  # id prefix of people found by title alone: they are no entity of the article
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Roles only a person holds: not those a firm or a body may hold too ("a leader in chips",
# "the owner of the stadium", "a partner", "a member of the alliance").
_PERSON_ROLES = (ROLES | PEOPLE) - {
    "owner", "partner", "founder", "leader", "head", "member", "host", "agent", "star",
    "model", "player", "family", "people", "chief", "senior", "vice", "veteran", "supporter",
    "critic", "survivor", "victim", "witness", "speaker", "executive", "deputy"}
_TITLED = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s+([A-Z][\w'’-]+)(?![\w'’-]| [A-Z])")


def public_id(entity: Entity) -> str | None:
    """An entity's id, or None for a person found by title alone, who is no entity."""
    return None if entity.id.startswith(_UNTAGGED) else entity.id


def named_person(doc: Doc, entity: Entity) -> bool:
    """Whether a person is named by a noun somewhere, and not only as a place: "Harsh? He
    doesn't think so." made a person of an adjective, "the MP for Hexham" or "a shop on Bolton
    Street" a person of a place, who can be nobody's "he"."""
    if entity.label not in PERSON_LABELS:
        return True
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in entity.mentions]
    if all(span is not None and _a_place(span) for span in spans):
        return False
    return any(span is None or any(t.pos_ in ("NOUN", "PROPN") for t in span) for span in spans)


def _a_place(name: Span) -> bool:
    """Whether a name is where a member of parliament sits for ("the MP for Hexham") or a
    street a preposition places something on ("the plant on Bolton Street")."""
    root = name.root
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ == "for":
        member = root.head.head
        return member.lower_ in _MEMBERS or (
            member.lower_ == "member" and any(c.lower_ == "parliament" for c in member.subtree))
    return name[-1].lower_ in _STREETS and len(name) > 1


def people_by_surname(entities: Sequence[Entity]) -> set[str]:
    """The ids of organisations named by one word that is a person's surname in the article
    ("Rep. Bobby Scott ... Scott said", where the recogniser took "Scott" for a body): people
    a "he" or "she" may stand for."""
    last = {surname(e.name) for e in entities if e.label in PERSON_LABELS
            and len(e.name.split()) > 1}
    return {e.id for e in entities if e.label == "ORG" and len(e.name.split()) == 1
            and e.name in last}


def bodies_by_short_name(entities: Sequence[Entity]) -> set[str]:
    """The ids of people named by one word that opens the name of an organisation in the
    article ("Labour" beside "the Labour Party", "Harwell" beside "Harwell Foods"): the body's
    short name, which the recogniser took for a person, no "he" or "she"; unless a person in
    the article has that surname ("Clinton" beside "the Clinton Foundation" and "Hillary
    Clinton")."""
    openings = {e.name.split()[0] for e in entities if e.label == "ORG"
                and len(e.name.split()) > 1}
    surnames = {surname(e.name) for e in entities if e.label in PERSON_LABELS
                and len(e.name.split()) > 1}
    return {e.id for e in entities if e.label in PERSON_LABELS
            and len(e.name.split()) == 1 and e.name in openings - surnames}


def described_as_people(doc: Doc, entities: Sequence[Entity]) -> set[str]:
    """The ids of entities the recogniser took for a place or a body that a "who" clause
    describes ("Tommy — who goes by his first name online — retired"): people; not a place
    after a preposition, where the clause describes the person before it ("a nurse from
    Brownsville, Texas, who")."""
    found = set()
    for entity in entities:
        if entity.label in PERSON_LABELS or entity.label == "NORP":
            continue  # "the Europeans, who": a people
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and entity.label in _PLACES and _after_preposition(span.root):
                continue
            if span is not None and span.root.tag_ == "NNP" and any(
                    clause.dep_ == "relcl" and any(c.lower_ in ("who", "whom") and c.i < clause.i
                                                   for c in clause.children)
                    for clause in span.root.children):
                found.add(entity.id)
                break
    return found


def given_a_role(doc: Doc, entities: Sequence[Entity]) -> set[str]:
    """The ids of organisations, as the recogniser took them, that are named like a person
    (two to four capitalised words) and set beside a person's role in apposition, either way
    round ("Lena Brandt, the mayor's chief strategist, said", "One voter, Ivo Pastrana, 35,"):
    people, a "he" or "she" may stand for. Not a place, which a misparse may set beside the
    role of the person after it ("out past the docks of Port Alba, a welder named ...")."""
    found = set()
    for entity in entities:
        words = entity.name.split()
        if entity.label != "ORG" or not 2 <= len(words) <= 4 or not all(
                w[0].isupper() for w in words) or not_a_person(entity.name):
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _beside_role(span.root):
                found.add(entity.id)
                break
    return found


def _beside_role(name: Token) -> bool:
    if name.dep_ == "appos" and name.head.i < name.i and _person_role(name.head):
        return True
    return any(c.dep_ == "appos" and c.i > name.i and _person_role(c) for c in name.children)


def _person_role(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _PERSON_ROLES


def _after_preposition(place: Token) -> bool:
    """Whether a place is the object of a preposition, or set beside one ("in Jupiter,
    Florida")."""
    while place.dep_ in ("appos", "conj", "npadvmod", "compound") and place.head.i != place.i:
        place = place.head
    return place.dep_ == "pobj"


def cue_subject_before(pronoun: Token, quoted: Callable[[int], bool]) -> Token | None:
    """ "DuVernay said she felt ..., she said": the latest name that is the subject of a cue
    before a "he" or "she", in its sentence or the one before, outside quoted text: who it is
    when no person the recogniser found fits."""
    if pronoun.lower_ not in GENDERED_PRONOUNS:
        return None
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start else 0
    return next((t for t in reversed(doc[start : pronoun.i]) if t.dep_ == "nsubj"
                 and t.pos_ == "PROPN" and not quoted(t.idx)
                 and t.head.lemma_.lower() in CUE_VERBS), None)


def surnames(entities: Sequence[Entity]) -> dict[str, Entity]:
    """The last word of each person's aliases and the first of each organisation's ("Peabody"
    for "Peabody Energy"), when only one entity has it."""
    seen: dict[str, Entity | None] = {}
    for entity in entities:
        for key in _short_names(entity):
            seen[key] = None if key in seen and seen[key] is not entity else entity
    return {k: v for k, v in seen.items() if v is not None}


def _short_names(entity: Entity) -> set[str]:
    """What an entity is called for short: a person's surname, an organisation's first word."""
    words = [alias.split() for alias in entity.aliases if alias.split()]
    if entity.label in PERSON_LABELS:
        return {surname(alias).lower() for alias in entity.aliases if alias.split()}
    if entity.label == "ORG":
        return {w[0].lower() for w in words if len(w) > 1 and w[0][:1].isupper()}
    return set()


def untagged_people(doc: Doc, text: str, entities: Sequence[Entity]) -> list[Entity]:
    """People the entity recogniser missed, without an id: those a title marks ("Mr. Podesta")
    and names that speak ("Lynch said")."""
    known = {surname(alias).lower() for e in entities for alias in e.aliases if alias.split()}
    known |= {name for e in entities for name in _short_names(e)}  # "Peabody" of an organisation
    found: dict[str, list[TextSpan]] = {}
    for match in _TITLED.finditer(text):
        name = match.group(1).removesuffix("'s").removesuffix("’s")  # "Mr. Podesta's"
        if name.lower() not in known:
            end = match.start(1) + len(name)
            found.setdefault(name, []).append(TextSpan(match.start(), end))
    named = disjoint([m for e in entities for m in e.mentions])  # "Ana Ruiz-Vidal said"
    deps, tags = doc.to_array([DEP, POS]).T  # columns read at once: a Token a word is slow
    proper = (tags == PROPN).nonzero()[0].tolist()
    nsubj = doc.vocab.strings["nsubj"]
    subjects = (doc[i] for i in proper if deps[i] == nsubj)
    speaking = {t.text for t in subjects if (t.head.lemma_.lower() in CUE_VERBS
                                              or _given_a_role_noun(t))
                and t.text.lower() not in known and not covers(named, t.idx)
                and t.text not in found and t.text.istitle() and t.ent_type_ in ("", "PERSON")
                and t.lower_ not in BODY_KINDS  # "the U.S. Attorney's Office announced"
                and not _office_of(t)  # "Governor of Oregon Ann Fielding said": a role
                and t.lower_ not in PERSON_TITLES  # "Judge rejects appeal": a title alone
                and not _titles_a_name(t, named)  # "Guide to Birds author Ann Lee said"
                and not (_ends_a_placename(t) and not _given_a_role_noun(t))  # "Fleet Street"
                and not any(c.dep_ in ("det", "poss") for c in t.children)}  # "The Commission says"
    for token in (doc[i] for i in proper) if speaking else ():
        if token.text in speaking:
            found.setdefault(token.text, []).append(TextSpan(token.idx, token.idx + len(token)))
    return [Entity(f"{_UNTAGGED}{name}", spans[0].of(text), "PERSON", (name,), tuple(spans))
            for name, spans in found.items()]


def _given_a_role_noun(subject: Token) -> bool:
    """ "Piers Freelove is senior benefit officer": a name said to be somebody in a role (the
    subject of "is" whose complement is a role noun) names a person."""
    verb = subject.head
    return verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in _PERSON_ROLES for c in verb.children)


def _ends_a_placename(subject: Token) -> bool:
    """ "Fleet Street expects", "Rolling Thunder reported": a speaking proper noun right after
    another capitalised word of its name that is no first name, title or initial ends the name
    of a place, a paper or a band, not a person's ("Dana Whitfield said" is one). A name of
    two words only, not opening a paragraph."""
    if subject.i == 0:
        return False
    doc = subject.doc
    before = doc[subject.i - 1]
    opening = doc[before.i - 1] if before.i > 0 else None
    if opening is not None and ("\n" in opening.text or opening.head.i == subject.i):
        return False  # a heading's word ("Summary"), a longer name ("Ana Lopez Vidal")
    return before.head.i == subject.i and before.dep_ in ("compound", "amod") and \
        before.is_title and len(before.text) > 2 and before.text.isalpha() and \
        not first_name(before.text) and before.lower_ not in PERSON_TITLES and \
        before.lower_ not in ROLES


def _titles_a_name(subject: Token, named: list[TextSpan]) -> bool:
    """ "Guide to Garden Birds author Ann Lee said": a subject whose words up to its verb end on
    a name the recogniser found, right after a role in lower case, is a title, however the parse
    hung the name; the named person speaks."""
    doc = subject.doc
    first = subject.head.i - 1
    if first <= subject.i or not covers(named, doc[first].idx):
        return False
    while first > subject.i + 1 and covers(named, doc[first - 1].idx):
        first -= 1
    role = doc[first - 1]
    return role.is_lower and role.lemma_.lower() in ROLES


def _office_of(title: Token) -> bool:
    """A title or role word that is an office "of" or "at" somewhere or something ("Governor
    of Oregon", "Director of the Riverside Trust, Ann Lee, said", "Head of surgery at St
    Anne's"): a role, not a name, even capitalised and speaking."""
    return (title.lower_ in PERSON_TITLES or title.lower_ in ROLES) and any(
        c.dep_ == "prep" and c.lower_ in ("of", "at") for c in title.children)
