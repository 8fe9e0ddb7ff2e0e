"""The entities a speaker's pronoun cannot stand for: the ones it is said to, the one its
relative clause hangs on, the people named in what it says, and a place met in passing."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from reader.analysis.model import Entity
from reader.analysis.person_words import NEUTER_PRONOUNS
from reader.analysis.pronoun_referents import was_subject
from reader.analysis.speaker_mentions import SpeakerMentions
from reader.document import TextSpan


def addressed(mentions: SpeakerMentions, pronoun: Token) -> frozenset[str]:
    """ '"...," he told Hannity': the ones the pronoun's verb is said to or asks, whom a
    subject pronoun of that verb cannot stand for."""
    if pronoun.dep_ != "nsubj":
        return frozenset()
    found = (mentions.named(c) for c in pronoun.head.children
             if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN")
    return frozenset(e.id for e in found if e is not None)


def clause_host(mentions: SpeakerMentions, pronoun: Token) -> frozenset[str]:
    """ "administered by the Inland Revenue, which they say would save money": the one a
    relative clause hangs on, which its relative pronoun stands for, is not its subject
    pronoun too."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl":
        return frozenset()
    host = mentions.named(verb.head)
    return frozenset() if host is None else frozenset({host.id})


def named_in(people: Sequence[Entity], said: TextSpan | None) -> frozenset[str]:
    """ '"I have told David so," he said': the people named in what a "he" or "she" says
    in their own words, whom the pronoun cannot stand for."""
    if said is None:
        return frozenset()
    return frozenset(e.id for e in people if any(
        said.start <= m.start and m.end <= said.end for m in e.mentions))


def passing_place(doc: Doc, pronoun: str, entity: Entity, position: int) -> bool:
    """ "The coalition, which speaks for Poles in the U.S., wants ... It issued": a place
    or a people an earlier sentence mentions in passing is no "it"; only one that was
    itself a subject there, an actor ("Norway imposed a tariff. It says"), as in
    antecedents.referent. In the pronoun's own sentence it may be ("the plan for Peru to
    meet the goal it set")."""
    if pronoun not in NEUTER_PRONOUNS or entity.label not in ("GPE", "NORP"):
        return False
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    last = max((m.start for m in entity.mentions if m.start < position), default=None)
    if token is None or last is None or last >= token.root.sent.start_char:
        return False
    return not was_subject(entity, token.root)
