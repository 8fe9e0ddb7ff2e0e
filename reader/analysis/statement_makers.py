"""Who made the statement a noun names, read off its words: a publisher, a split possessive."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_words import CUE_VERBS, EXPLETIVES, RELATIVE_PRONOUNS, cue_lemma
from reader.analysis.noun_phrases import compound_head

# Verbs whose subject makes or holds the statement their object names ("issued a statement"),
# not being cues themselves ("voiced concern that" is the verb's quote); not "have", which
# also receives ("had the support of").
MAKERS = frozenset({"make", "issue", "release", "deliver", "renew", "give", "send", "hold",
                    "share", "air", "restate", "leave", "conduct", "produce", "unveil", "sign",
                    "broadcast", "evince", "display", "exude", "project", "convey", "lodge",
                    "publish", "post", "repeat", "reiterate"})
# Common nouns for a speaking body that, set before a statement noun, say whose it is ("media
# reports that", "police statements", "campaign pronouncements").
_SPEAKING_BODIES = frozenset({"media", "press", "police", "government", "administration",
                              "campaign", "court", "military", "army", "ministry", "industry",
                              "company", "union", "party", "prosecution", "defense",
                              "defence", "committee", "council", "board", "agency"})
_EMPTY_SUBJECTS = RELATIVE_PRONOUNS | EXPLETIVES


def named_modifier(noun: Token) -> Token | None:
    """ "renewed Republican calls for", "the White House statement", "media reports": a name,
    a people or a speaking body set before a statement noun says whose it is."""
    found = [c for c in noun.lefts if c.dep_ in ("compound", "amod")
             and (c.ent_type_ in ("NORP", "ORG", "PERSON", "GPE")
                  or (c.dep_ == "compound" and c.lower_ in _SPEAKING_BODIES))]
    if not found:
        return None
    owner = found[-1]
    while owner.dep_ == "compound" and owner.head.i != noun.i and owner.head.i > owner.i:
        owner = owner.head
    return owner


def equated_owner(noun: Token) -> Token | None:
    """ "The senator's biggest takeaway is a belief that ...", "Trump's false contention was
    the notion that ...": the owner of the statement a cue noun after "be" is said to be."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


def misparsed_subject(noun: Token) -> Token | None:
    """Who "charges" or "claims that" in a sentence whose verb the parse took for a plural noun,
    with the name before it as its modifier or subject ("Trump charges that", "The senator
    claims that")."""
    if noun.dep_ != "ROOT" or noun.tag_ != "NNS" or any(
            c.dep_ in ("det", "poss") for c in noun.children):
        return None
    return next((c for c in noun.lefts if c.dep_ == "nsubj"
                 or (c.dep_ == "compound" and c.is_title)), None)


def publisher(noun: Token) -> Token | None:
    """ "a report released by the ministry", "a speech the mayor gave in May"."""
    for verb in noun.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = None if agent is None else next(
                (c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        elif verb.dep_ == "relcl" and verb.i > noun.i and (
                verb.lemma_.lower() in MAKERS or cue_lemma(verb) in CUE_VERBS):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in _EMPTY_SUBJECTS:
                return subject
    return None


def shared_owner(noun: Token) -> Token | None:
    if noun.dep_ != "conj" or any(c.dep_ == "det" for c in noun.children if c.lower_ == "the"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "poss"), None)


def split_possessor(noun: Token) -> Token | None:
    """The owner a possessive "’s" marks, where the parse did not make it the noun's "poss":
    a child before the noun that takes the "’s", or the noun just before a stray "’s"."""
    for child in noun.lefts:
        if child.dep_ != "poss" and any(c.tag_ == "POS" for c in child.children):
            return child
    before = noun.left_edge.i - 1
    doc = noun.doc
    if before < 1 or doc[before].tag_ != "POS" or doc[before - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    owner = compound_head(doc[before - 1])
    return owner if owner.i < before else None
