"""The entity a described speaker stands for through a name set beside it: "the team's coach,
Ann Lee", "Commission for Fair Trade chairman Tom Reeve", "the label, Blue Harbor Records"."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.antecedents import apposed
from reader.analysis.genders import PERSON_LABELS
from reader.analysis.model import Entity
from reader.analysis.person_words import BODY_KINDS, PEOPLE, ROLES
from reader.analysis.speaker_mentions import SpeakerMentions

MEMBERSHIP = frozenset({"including", "like", "as", "by"})  # "led by X", "such as X"
_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "&"})  # "Institute for the Arts"
# Common nouns for a body that a name set beside them names ("the label, Blue Harbor Records").
BODY_NOUNS = frozenset(k for k, labels in BODY_KINDS.items() if "ORG" in labels) | {
    "label", "studio", "publisher", "developer", "coalition", "alliance", "association",
    "organisation", "organization", "nonprofit", "watchdog", "operator", "producer", "body"}


def appositive(mentions: SpeakerMentions, head: Token) -> Entity | None:
    """ "the team's coach, Alireza Mehraban", "Ambassador to the US Hamdullah Mohib": the
    person named right after a described speaker, in apposition to it, not somebody a
    clause or phrase inside it names ("a speech in which Ruiz", "an adviser to Ruiz"); or
    the person a description is set beside ("Ivan Petrenko, a pollster who ...", "Ivan
    Petrenko, a pollster and blogger who"), or said to be ("Ivan Petrenko is a pollster
    who ...")."""
    base = head
    while base.dep_ == "conj" and base.head.i < base.i:
        base = base.head  # "a pollster, blogger and cyclist who": the first of the list
    person = base.head if base.dep_ == "appos" else _subject(base.head) if (
        base.dep_ == "attr" and base.head.lemma_ == "be") else None
    if person is not None and person.i < base.i and base.pos_ == "NOUN" and \
            head.lemma_.lower() not in BODY_NOUNS:  # "a group" is nobody
        named = mentions.named(person)  # "Ivan Petrenko, a pollster who ..."
        if named is not None and named.label in PERSON_LABELS:
            return named
    for token in head.doc[head.i + 1 : min(head.right_edge.i + 1, head.i + 16)]:
        # a person's name the recogniser missed where the parse glued a place on it
        # ("Governor of Oregon Ann Fielding") is one of the article's people all the same
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "") and \
                apposed(token, head):
            entity = mentions.named(token)
            if entity is not None and entity.label in PERSON_LABELS:
                return entity
    return _titles_joined(mentions, head)


def titled_by_body(mentions: SpeakerMentions, head: Token) -> Entity | None:
    """ "Commission for Fair Trade chairman Tom Reeve said": a body's name with "of",
    "for" or "to" in it, then a role and a person's name, is one title before the name,
    however the parse hung the name on the preposition; the person speaks. Not where the
    words after the preposition are no name ("the family of victim Tom Reeve")."""
    doc = head.doc
    last = head.right_edge
    person = mentions.named(last)
    if head.pos_ != "PROPN" or last.i <= head.i or person is None or \
            person.label not in PERSON_LABELS:
        return None
    first = last.i
    while first > head.i and mentions.named(doc[first - 1]) is person:
        first -= 1
    role = first
    while role > head.i and doc[role - 1].is_lower and doc[role - 1].pos_ in ("NOUN", "ADJ"):
        role -= 1
    if role == first or doc[first - 1].lemma_.lower() not in ROLES:
        return None
    between = doc[head.i + 1 : role]
    if len(between) < 2 or between[0].lower_ not in ("of", "for", "to") or not all(
            t.is_title or t.is_upper or t.like_num or t.lower_ in _NAME_LINKS
            for t in between[1:]):
        return None
    return person


def _titles_joined(mentions: SpeakerMentions, head: Token) -> Entity | None:
    """ "Record holder and TV pundit Owen Marsh believes": one person given two titles
    joined by "and", the first a bare singular role with no article (not "The coach and
    Owen Marsh", two people), the second set right before the name."""
    if head.tag_ != "NN" or any(c.dep_ == "det" for c in head.children):
        return None
    for name in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in name.children):
            entity = mentions.named(name)
            return entity if entity is not None and entity.label in PERSON_LABELS else None
    return None


def named_body(mentions: SpeakerMentions, head: Token) -> Entity | None:
    """ "The label that owns her songs, Blue Harbor Records, says", "the Coalition for Fair
    Fishing, a group that has praised the quota": a common noun for a kind of body, set
    beside a name in apposition (either way round), stands for the body the name names,
    whatever the recogniser took it for, so long as not a person; so does a bare plural of
    a trade ("said analysts Quillon")."""
    if (head.tag_ != "NN" or head.lemma_.lower() not in BODY_NOUNS) and not _trade(head):
        return None
    if head.dep_ == "appos" and head.head.i < head.i:
        # right after the name and its comma, not after a clause on it ("Tom Reed, who
        # heads the Coalition, a group that": the parse's apposition to the wrong name)
        start = head.left_edge.i
        named = [mentions.named(head.head)] if start > 1 and \
            head.doc[start - 1].text == "," and start - 2 == head.head.i else []
    else:
        named = [mentions.named(c) for c in head.children if c.dep_ == "appos"]
        after = head.right_edge.i + 1  # "the sport's ruling body the UCI said": two subjects
        if after < len(head.doc) and head.dep_ == "nsubj":
            named += [mentions.named(c) for c in head.head.children
                      if c.dep_ == "nsubj" and c.left_edge.i == after]
    return next((e for e in named if e is not None and e.label not in PERSON_LABELS), None)


def member(mentions: SpeakerMentions, noun: Token) -> Token | None:
    """The name in "27 states, led by West Virginia" or "critics, like Senators Grassley
    and Leahy": who speaks for them."""
    for child in noun.children:
        named = [child] if child.dep_ == "appos" else [
            t for t in child.subtree if t.dep_ == "pobj" and t.head.lower_ in MEMBERSHIP]
        for token in named:
            if mentions.named(token) is not None:
                return token
    return None


def _subject(verb: Token) -> Token | None:
    """A verb's subject, or the one it shares with the verb it is joined to ("X incites violence
    and is a liar")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _trade(head: Token) -> bool:
    """ "analysts", "consultants": the plural of a trade with no article or figure, which a
    firm's name may follow in apposition."""
    return head.tag_ == "NNS" and head.lemma_.lower() in PEOPLE | ROLES | BODY_NOUNS \
        and not any(c.dep_ in ("det", "nummod", "poss") for c in head.children)
