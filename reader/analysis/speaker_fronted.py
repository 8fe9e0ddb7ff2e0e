"""Who an "it" or "they" saying a clause set before it stands for: that clause's subject."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.analysis.person_words import (
    BODY_KINDS,
    NEUTER_PRONOUNS,
    ORG_NOUNS,
    PEOPLE,
    PLURAL_PRONOUNS,
    ROLES,
)

# Nouns for a body that speaks as one ("The ministry has sent troops, it said").
_BODIES = frozenset(k for k, labels in BODY_KINDS.items() if "ORG" in labels) | ORG_NOUNS | \
    frozenset({"government", "army", "military", "embassy", "administration", "cabinet",
               "parliament", "regime", "authority", "police"})
# Nouns for people who speak together ("The rebels have seized the airport, they said").
_SPEAKERS = PEOPLE | ROLES | _BODIES | frozenset({"rebel", "militant", "authority", "worker",
                                                  "researcher", "scientist", "organizer"})


def fronted_subject(pronoun: Token, marked: Callable[[int], bool]) -> Token | None:
    """ "The bank expects growth of 2%, it said", "The rebels have seized the airport, they
    said": a cue whose subject is "it" or "they", after the clause it reports, says it of that
    clause's subject, when that subject is a body or people who can say it (not "Prices will
    rise, it said") and stands outside quote marks (marked)."""
    verb = pronoun.head
    lower = pronoun.lower_
    if pronoun.dep_ != "nsubj" or lower not in NEUTER_PRONOUNS | PLURAL_PRONOUNS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i), None)
    subject = None if clause is None else next(
        (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or marked(subject.idx):
        return None
    lemma = subject.lemma_.lower()
    if lower in NEUTER_PRONOUNS:
        return subject if subject.tag_ == "NN" and lemma in _BODIES else None
    return subject if subject.tag_ == "NNS" and lemma in _SPEAKERS else None
