"""Whom a spokesperson speaks for: not the country the spokespeople come from ("the US
lawyers"), nor the place where the body they speak for is ("the embassy in Leeds")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.analysis.model import Entity
from reader.analysis.speaker_mentions import SpeakerMentions
from reader.document import TextSpan


def of_origin(mentions: SpeakerMentions, head: Token, entity: Entity) -> bool:
    """ "the US lawyers are demanding": several spokespeople a country or a people is set
    before as a modifier are people from it, not its voice, as one is ("a US spokesman");
    so are those whose spokesman it is ("the Kenyan families' lawyer")."""
    if entity.label not in ("GPE", "NORP"):
        return False
    owners = [c for c in head.children if c.dep_ == "poss" and c.tag_ == "NNS"]
    return any(c.dep_ in ("compound", "amod") and mentions.named(c) is entity
               for noun in ([head] if head.tag_ == "NNS" else []) + owners
               for c in noun.children)


def located(doc: Doc, entity: Entity, span: TextSpan) -> bool:
    """ "a spokesman for the embassy in Leeds": a place named after "in" or "at" on a
    noun of the phrase is where the body is, not whom the spokesman speaks for."""
    if entity.label not in ("GPE", "LOC", "FAC"):
        return False
    words = [doc.char_span(m.start, m.end, alignment_mode="expand")
             for m in entity.mentions if span.start <= m.start and m.end <= span.end]
    return any(w is not None and w.root.dep_ == "pobj" and w.root.head.lower_ in ("in", "at")
               and w.root.head.head.pos_ in ("NOUN", "PROPN") for w in words)
