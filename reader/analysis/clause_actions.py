"""Whether a verb acts: not a copula, a report of speech, a feeling, a word of a title."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.analysis.clause_objects import VERB_PARTICLES, light_object
from reader.analysis.clause_words import (
    CLAUSAL_CUES,
    CLAUSE_DEPS,
    COPULAS,
    FEELINGS,
    LINKING,
    REPORTING_VERBS,
    TITLE_PARTICIPLES,
)
from reader.analysis.clauses import PASSIVE_AGENT
from reader.analysis.person_words import ROLES

_SHADOW_WORDS = 4  # words from "shadow" to its role ("shadow local government secretary")
# Verbs whose passive before an infinitive only puts it ahead or makes it due ("is expected
# to", "is supposed to"); "is said to", "is believed to" tell that somebody says or believes.
_AHEAD = frozenset({"expect", "suppose"})
# The words of a news agency's credit line ("Reporting by ...; Editing by ...").
_CREDITS = frozenset({"reporting", "writing", "editing", "compiled", "edited", "written",
                      "research", "production", "produced"})


def is_action(verb: Token, children: Callable[[Token], list[Token]] | None = None) -> bool:
    """A verb that acts: not a copula, a linking verb with its complement, nor a speech report
    (children: what gives a token's children, where the caller keeps them)."""
    if verb.pos_ != "VERB" or verb.dep_ not in CLAUSE_DEPS or verb.dep_ in ("acomp", "oprd"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in COPULAS or lemma in REPORTING_VERBS or not verb.text[:1].isalpha():
        return False  # ... or a clitic the tagger took for a verb ("America’s")
    kids = list(verb.children) if children is None else children(verb)
    deps = {child.dep_ for child in kids}
    if lemma in LINKING and deps & {"acomp", "attr", "oprd"}:
        return False
    if lemma == "have" and light_object(verb, kids) is None:
        return False  # possession is a state, not an action
    if _role_compound(verb, kids) or _title_participle(verb, kids) or _hyphened_before(verb) \
            or _as_preposition(verb, kids) or _ahead_of(verb, kids) or _credit(verb) \
            or _shadow_title(verb) or _feeling(verb, kids):
        return False
    return not (lemma in CLAUSAL_CUES and deps & {"ccomp", "parataxis"})


def _feeling(verb: Token, kids: list[Token]) -> bool:
    """ "The 31 year old is concerned", "I will be disappointed", "fans were delighted": a
    participle of feeling after "be", with no "by" of a doer, says how somebody feels, a state,
    not an action done to them."""
    return verb.tag_ == "VBN" and verb.lower_ in FEELINGS and any(
        c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == PASSIVE_AGENT for c in kids)


def _credit(verb: Token) -> bool:
    """ "(Reporting by Ann Lee; Editing by Tom Ray)": the words of a credit line, a reporting,
    writing or editing word followed by "by" that opens its sentence or a part of the line
    after a bracket or a semicolon, and heads it or hangs on another such word, are no
    action."""
    doc = verb.doc
    if verb.lower_ not in _CREDITS or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "by":
        return False
    if verb.dep_ != "ROOT" and verb.head.lower_ not in _CREDITS:
        return False  # "Written by a nurse, the letter ...": a clause on the sentence's verb
    before = verb.i - 1
    if before >= verb.sent.start and doc[before].lower_ in ("additional", "further", "extra"):
        before -= 1
    return before < verb.sent.start or doc[before].text in ("(", "[", ";", "|") or \
        doc[before].is_space


def _ahead_of(verb: Token, kids: list[Token]) -> bool:
    """ "The plant is going to close", "the deal is expected to close", "it is supposed to
    help": "going to", "expected to" or "supposed to" before a verb only put it ahead in time
    or make it due; the infinitive after them is the action."""
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ == "aux" and g.tag_ == "TO" for g in c.children) for c in kids):
        return False
    if verb.lower_ in ("going", "gon"):
        return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in ("to", "na")
    return verb.lemma_.lower() in _AHEAD and any(c.dep_ == "auxpass" for c in kids)


def _as_preposition(verb: Token, kids: list[Token]) -> bool:
    """ "in the days following the fight", "the weeks leading up to the vote": a participle
    with no subject and no auxiliary that hangs on a noun or a clause and says when, as
    "after" or "before" would, is no action."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "prep") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
        return False
    lower = verb.lower_
    if lower == "following":
        return any(c.dep_ in ("dobj", "pobj") for c in kids)
    return lower == "leading" and any(c.lower_ == "up" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in kids)


def _hyphened_before(verb: Token) -> bool:
    """ "a group co-founded by a singer", "a hit-and-run", "built-in": a word joined by a
    hyphen to the word after it is part of that word ("co-"), not an action of its own; save
    a verb so joined to its particle ("accused of selling-out workers")."""
    doc, i = verb.doc, verb.i
    if i + 2 >= len(doc) or verb.whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
        return False
    after = doc[i + 2]
    return after.is_alpha and not (after.dep_ == "prt" and after.lower_ in VERB_PARTICLES)


def _role_compound(verb: Token, kids: list[Token]) -> bool:
    """ "suspensions for Browns pass rusher Myles Garrett": a bare verb with no subject and no
    auxiliary, inside a prepositional phrase, before a role noun in -er or -or that a name
    follows, is the first word of that role's name, not an action on it."""
    doc, i = verb.doc, verb.i
    # the first word of its sentence: the first of the Doc or one marked to start one
    if verb.tag_ not in ("VB", "VBP") or i == 0 or verb.is_sent_start or i + 2 >= len(doc):
        return False
    role, name = doc[i + 1], doc[i + 2]
    if not (role.is_lower and role.is_alpha and len(role) > 4 and role.lower_[-2:] in ("er", "or")):
        return False
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
        return False
    before = doc[i - 1]
    return before.dep_ in ("prep", "pobj", "poss", "det") or (
        before.dep_ == "compound" and before.head.dep_ == "pobj")


def _shadow_title(verb: Token) -> bool:
    """ "said Tory shadow home secretary Ana Ruiz", "and shadow chancellor Tom Reyes": "shadow"
    before a role, in lower case, that a name follows is the title of an opposition
    spokesman, not an action on the name."""
    doc, i = verb.doc, verb.i
    if verb.lower_ != "shadow":
        return False
    for j in range(i + 1, min(i + 1 + _SHADOW_WORDS, len(doc) - 1)):
        word = doc[j]
        if not (word.is_lower and word.is_alpha):
            return False
        if word.lower_ in ROLES and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
            return True
    return False


def _title_participle(verb: Token, kids: list[Token]) -> bool:
    """ "against defending champion Croatia", "to running back Trey Edmunds": a participle that
    begins a title of office or sport, with no subject and no auxiliary, before a noun in lower
    case (or the "back" of "running back") and a name, is part of that title, not an action."""
    doc, i = verb.doc, verb.i
    if verb.tag_ != "VBG" or verb.lower_ not in TITLE_PARTICIPLES or i + 2 >= len(doc):
        return False
    role, name = doc[i + 1], doc[i + 2]
    if not (role.is_lower and (role.pos_ == "NOUN" or role.lower_ == "back")) or \
            name.pos_ != "PROPN" or not name.text[:1].isupper():
        return False  # "acting as Clinton's lawyer", "visiting the Oval Office" act
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids)
