"""Adjectives as cues: a stance held ("afraid that", "critical of"), what is plain to see."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import cue_lemma
from reader.analysis.speaker_spans import noun_phrase, speaker_phrase

# Adjectives that hold a stance only with one preposition: "critical of the plan" judges it,
# "critical to the plan" (or "for") is what it cannot do without.
_STANCE_PREPOSITIONS = {"critical": ("of",)}


def adjective_cue(adjective: Token) -> Attribution | None:
    """ "Democrats are afraid that ...", "he was critical of the deal": the stance of the
    copula's subject, with the clause or the object the adjective takes."""
    content = None
    for child in adjective.children:
        if child.dep_ in ("ccomp", "xcomp"):
            content = chars(adjective.doc[child.left_edge.i : child.right_edge.i + 1])
        elif child.dep_ == "prep" and child.i == adjective.i + 1 and child.n_rights and \
                child.lower_ in _STANCE_PREPOSITIONS.get(adjective.lower_, (child.lower_,)):
            start = min(c.left_edge.i for c in child.rights)
            content = chars(adjective.doc[start : child.right_edge.i + 1])
        if content is not None:
            break
    speaker = speaker_phrase(adjective.head) if adjective.dep_ == "acomp" else \
        _own_subject(adjective)
    if content is None or speaker is None:
        return None
    return Attribution((adjective.i, adjective.i + 1), speaker, content)


def _own_subject(adjective: Token) -> tuple[int, int] | None:
    """ "With leaders worried about turnout, ...": the subject an adjective has of its own."""
    subject = next((c for c in adjective.children if c.dep_ == "nsubj"), None)
    return None if subject is None else noun_phrase(subject)


# What is plain to see: "It is clear that ...", "she made it clear that ...".
EVIDENT = frozenset({"clear", "obvious", "evident", "apparent", "plain"})


def evident(adjective: Token) -> Attribution | None:
    """ "It was obvious that the deal was off", "He made it clear he would run": what is plain
    to see, said by whoever made it so, and by nobody named when it just is."""
    head = adjective.head
    if any(c.dep_ == "neg" for c in (*head.children, *adjective.children)):
        return None  # "it is not clear whether ...": nothing is plain
    if adjective.dep_ == "acomp" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                         for c in head.children):
        speaker = None
    elif adjective.dep_ in ("ccomp", "oprd") and cue_lemma(head) == "make":
        speaker = speaker_phrase(head)
        if speaker is None:
            return None
    else:
        return None
    clause = next((c for c in (*adjective.rights, *head.rights) if c.i > adjective.i and (
        c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
            g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)))), None)
    if clause is None:
        return None
    content = chars(adjective.doc[clause.left_edge.i : clause.right_edge.i + 1])
    return Attribution((adjective.i, adjective.i + 1), speaker, content)
