"""The subject two clauses share when only a comma joins them: "X buys Y, will close Z"."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_words import ANY_VERB_CUE, COGNITION
from reader.analysis.subjects import surface_subject

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLAUSES = frozenset({"ccomp", "parataxis"})


def comma_conjunct_subject(verb: Token) -> Token | None:
    """The subject of the clause a subjectless finite verb is joined to by a bare comma.

    A finite clause has a subject of its own, so one without any that the parse hung on
    another clause, or under which it hung another, across a comma, is that clause's
    conjunct with the "and" left out, as headlines leave it ("Qantas signs a deal, will
    resume plans", "Airbus cuts jobs, plans new jet"); not after a verb of saying or thinking
    ("shares will fall, analysts warned"), whose clause is what is said.
    """
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _has_subject(verb):
        verb = verb.head  # "..., will last longer and comes in four colours": as "last" does
    if not _finite(verb) or _has_subject(verb):
        return None
    if verb.dep_ in _CLAUSES and verb.head.i < verb.i and _comma_before(verb) and \
            not _says(verb.head):
        return surface_subject(verb.head)
    if _says(verb):
        return None
    earlier = next((c for c in verb.lefts if c.dep_ in _CLAUSES and _finite(c)), None)
    if earlier is None or verb.doc[earlier.right_edge.i + 1].text != ",":
        return None
    return surface_subject(earlier)


def _finite(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _comma_before(verb: Token) -> bool:
    """Whether a comma ends the words before the verb's own clause ("jets, will restart")."""
    first = min(verb.left_edge.i, verb.i)
    return first > 0 and verb.doc[first - 1].text == ","


def _says(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in ANY_VERB_CUE or lemma in COGNITION


