"""Somebody's view named before a colon: "The mayor's message: the port will reopen"."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import a_time
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.speaker_spans import noun_phrase

_LABEL_WORDS = 4  # words a label may run to before its colon ("message to members:")


def colon_view(noun: Token) -> Attribution | None:
    """ "The mayor's message: the port will reopen in May", "Her warning: prices will rise": a
    view, warning or message with its owner, opening its sentence and closed by a colon, is
    what the clause after the colon says, said by that owner."""
    doc, sent = noun.doc, noun.sent
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or a_time(owner) or noun.left_edge.i != sent.start:
        return None
    colon = next((t for t in doc[noun.i + 1 : min(noun.i + 2 + _LABEL_WORDS, sent.end)]
                  if t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in doc[noun.i + 1 : colon.i]):
        return None
    said = doc[colon.i + 1 : sent.end]
    if not any(t.pos_ in ("VERB", "AUX") for t in said):
        return None  # "His answer: no.", "Her pick: the blue one": no clause said
    return Attribution((noun.i, noun.i + 1), noun_phrase(owner), chars(said))
