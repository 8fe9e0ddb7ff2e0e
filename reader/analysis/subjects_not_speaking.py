"""Subjects of a cue that are no speaker: a participle done to its noun, an activity, a thing
that moves somebody, time spent on what a participle says, a participle past its noun's own
clause."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_words import AGENT_LABELS, SPOKESPEOPLE
from reader.analysis.person_words import PEOPLE, ROLES

SOMEBODY = PEOPLE | ROLES | SPOKESPEOPLE  # nouns for people, whom "who" may stand for


# Verbs whose gerund object is an activity, nobody's act ("the job requires explaining").
_ACTIVITY_OF = frozenset({"involve", "require", "mean", "entail", "necessitate"})


def activity(verb: Token) -> bool:
    """ "The job requires explaining to tenants that ...", "Winning the seat means convincing
    farmers that ...": a gerund a verb of requiring or meaning takes as its object names an
    activity, which its subject (a job, a plan) does not do, nor anybody named."""
    return verb.tag_ == "VBG" and verb.dep_ in ("dobj", "xcomp", "ccomp") and \
        verb.head.lemma_.lower() in _ACTIVITY_OF and verb.head.i < verb.i and \
        not any(c.dep_ in ("nsubj", "poss") for c in verb.children)


# Verbs of feeling whose object feels ("the result worried her"), unlike "she worried that".
_MOVING = frozenset({"surprise", "shock", "worry", "concern", "trouble", "bother", "alarm",
                     "puzzle", "baffle", "frustrate", "anger", "upset", "disappoint", "please",
                     "delight", "impress", "reassure", "scare", "frighten", "stun",
                     "amaze", "astonish", "annoy", "irritate", "dismay", "disturb", "hearten",
                     "sadden", "bewilder", "confuse", "satisfy", "relieve", "thrill"})
_FEELERS = frozenset({"him", "her", "them", "me", "us"})


def moved_by(verb: Token) -> Token | None:
    """ "The result did not worry Ms Lee: '...'", "The timing does not surprise pollster Dan
    Shaw: '...'": who a thing moves, the object of a verb of feeling, holds the feeling and
    says what follows; the thing says nothing. Somebody who surprises ("Lee surprised the
    crowd: ...") is the one who speaks."""
    if verb.lemma_.lower() not in _MOVING or any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "the news scared voters to stay home": what they were moved to do
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    felt = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or felt is None:
        return None
    thing = subject.lower_ in ("it", "this") or (
        subject.pos_ == "NOUN" and subject.ent_type_ == "" and
        subject.lemma_.lower() not in SOMEBODY)
    somebody = felt.ent_type_ in AGENT_LABELS or felt.pos_ == "PROPN" or \
        felt.lower_ in _FEELERS or felt.lemma_.lower() in SOMEBODY
    return felt if thing and somebody else None


def reduced_passive(verb: Token) -> bool:
    """ "A woman later identified as Mia Ross demanded to know ...": a past participle with no
    auxiliary, which the parse made the main verb with the noun before it as its subject, while
    a verb joined to it with no subject of its own is what that noun did; the participle tells
    what was done to the noun by somebody unnamed, and its noun is nobody's speaker there."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubj" and c.i < verb.i
                                     for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp") for c in verb.children):
        return False
    return any(c.dep_ in ("conj", "advcl") and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > verb.i and
               not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in verb.children)


# Verbs whose object is time spent on what a participle after it says ("spent the interview
# attacking the plan").
_SPENDING = frozenset({"spend", "waste"})


def time_spent(participle: Token) -> Token | None:
    """ "Lee spent much of the speech praising Bush": a participle the parse hung on a noun
    that is, or is the "of" of, the object of a verb of spending time is done by who spends
    it, not said by the speech; the verb of spending, whose subject that is."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    noun = participle.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "much of the speech", "most of the interview"
    verb = noun.head
    spent = noun.dep_ == "dobj" and verb.lemma_.lower() in _SPENDING and verb.i < participle.i
    return verb if spent else None


def past_own_clause(participle: Token) -> bool:
    """ "the notion that it was over, saying ...": whether a participle the parse hung on a
    noun comes after a "that" clause of the noun's own, and so is no more the noun's."""
    return participle.dep_ == "acl" and any(
        c.dep_ == "acl" and c.i < participle.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in participle.head.children)
