"""What joined clauses share: the subject of "X buys Y, will close Z", the passive of "was
seized and held by rebels"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from reader.analysis import clauses
from reader.analysis.clause_words import ACTIVE_ALONE, COPULAS, FINITE_TAGS, PAST_ONLY
from reader.analysis.cue_words import ANY_VERB_CUE, COGNITION
from reader.analysis.subjects import surface_subject

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLAUSES = frozenset({"ccomp", "parataxis"})
# What a participle joined to a passive has of its own when it is active, not passive.
_ACTIVE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative", "ccomp",
                          "xcomp"})


def shared_passive(verb: Token, roles: clauses.Roles) -> clauses.Roles:
    """Roles with the passive that participles joined by "and" share.

    "who was seized from her home and held in a cellar": a participle the tagger took for a
    past tense, with no subject, auxiliary or object of its own, is a passive as the verb it
    is joined to is (she was held, by somebody unknown); so is one with its own "by" after
    "was closed", which the parse made an adjective ("The road was closed and resurfaced by
    the county": the road, by the county). A passive with no "by" and nothing after it
    takes the "by" of the passive joined after it ("was searched and sealed by agents").
    """
    if roles.passive:
        later = _passive_conjunct(verb)
        if roles.agent is not None or later is None or any(
                c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") for c in verb.children):
            return roles  # "was taken off injured and replaced by X": X did not take him off
        return replace(roles, agent=clauses.roles(later).agent)
    if not _bare_conjunct(verb):
        return roles
    head = verb.head
    if verb.tag_ == "VBD" and clauses.is_passive(head) and not _governs_preposition(verb):
        return clauses.Roles(None, roles.agent, True)
    by = next((c for c in verb.children if c.dep_ == clauses.PASSIVE_AGENT), None)
    if by is not None and _adjective_passive(head):
        agent = next((c for c in by.children if c.dep_ == "pobj"), None)
        return clauses.Roles(agent, surface_subject(head.head), True)
    return roles


def reported_conjunct_subject(verb: Token) -> Token | None:
    """ "The agency reports that ten workers were isolated, and showed no signs": a past tense
    with no subject that the parse joined to a present verb of saying, after what that verb
    reports, goes on the report; its subject is the reported clause's, not the sayer."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or _has_subject(verb):
        return None
    if head.tag_ not in ("VBZ", "VBP") or not _says(head):
        return None
    said = next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i), None)
    return None if said is None else surface_subject(said)


def _bare_conjunct(verb: Token) -> bool:
    """A participle joined by "and" with no subject, auxiliary or object of its own."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.lower_ in PAST_ONLY:
        return False
    if verb.lemma_.lower() in ACTIVE_ALONE or not verb.lower_.endswith("ed"):
        return False
    return not any(c.dep_ in _ACTIVE_DEPS for c in verb.children)


def _governs_preposition(verb: Token) -> bool:
    """ "a loophole that was exploited and contributed to fraud": a verb with "to" or "on"
    right after it acts through it, more often than it is passive."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.head == verb and after.lower_ in ("to", "on")


def _adjective_passive(word: Token) -> bool:
    """A participle the parse made the adjective of "was" ("was closed")."""
    return word.dep_ == "acomp" and word.tag_ == "VBN" and word.head.lemma_.lower() in COPULAS


def _passive_conjunct(verb: Token) -> Token | None:
    """The bare participle joined after a passive verb that has a "by" of its own."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                 and _bare_conjunct(c)
                 and any(k.dep_ == clauses.PASSIVE_AGENT for k in c.children)), None)


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
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _comma_before(verb: Token) -> bool:
    """Whether a comma ends the words before the verb's own clause ("jets, will restart")."""
    first = min(verb.left_edge.i, verb.i)
    return first > 0 and verb.doc[first - 1].text == ","


def _says(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in ANY_VERB_CUE or lemma in COGNITION


