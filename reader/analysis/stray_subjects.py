"""Who a cue the parse gave no subject is said by: a name beside it, outside the quote."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_hosts import across_quote
from reader.analysis.cue_words import AGENT_LABELS
from reader.analysis.noun_phrases import compound_head, verb_compound


def stray_subject(verb: Token) -> Token | None:
    """When the parse gave a cue no subject ("X, who ..., said"), unless the cue is passive:
    the name right before it, or a noun there the parse made the verb's compound, else the name
    after a cue that follows a quote, else the sentence's first noun subject before it outside
    the quote, else a person's name the parse set beside another word right before it (a name
    the parse took for a modal is named_agents'.)"""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ != "ROOT":
        return None
    before = _name_before(verb) or verb_compound(verb)
    if before is not None:
        return before  # "In a meeting with the board Trump said": a name the parse hung on "with"
    after = _name_after_quote(verb)
    if after is not None:
        return after
    for token in verb.sent:
        if token.i >= verb.i:
            break
        if token.dep_ == "nsubj" and token.pos_ in ("PROPN", "NOUN") and \
                not across_quote(token, verb):
            return token
    return _apposed_name_before(verb)


def _apposed_name_before(verb: Token) -> Token | None:
    """ "On Dec. 2, Col. Ann Reyes, a spokeswoman in Kabul, said": a person's name the parse
    set beside a word before it, whose phrase ends right before the cue; not one of a list
    ("with hosts Joe Tate and Mia Bruck, the candidate stated")."""
    doc = verb.doc
    return next((t for t in doc[verb.sent.start : verb.i] if t.dep_ == "appos"
                 and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                 and all(p.is_punct for p in doc[t.right_edge.i + 1 : verb.i])
                 and not any(c.dep_ == "conj" for c in t.children)
                 and not across_quote(t, verb)), None)


def _name_after_quote(verb: Token) -> Token | None:
    """ '"...," said Oversight ranking Democrat Elijah Cummings': the name (a person, or a
    name the recogniser left untagged) in the few words after a cue that follows a quote,
    which the parse made no subject."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_quote:
        return None
    words = []
    for token in doc[verb.i + 1 : verb.i + 7]:
        if token.is_punct and token.text not in ("-", "."):
            break
        words.append(token)
    names = [t for t in words if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"] or \
        [t for t in words if t.pos_ == "PROPN" and t.ent_type_ == ""]
    if not names:
        return None
    return compound_head(names[0])


def _name_before(verb: Token) -> Token | None:
    """The name right before a verb, past its adverbs ("Hillary Clinton apparently disagrees")."""
    index = verb.i - 1
    while index > verb.sent.start and verb.doc[index].pos_ == "ADV":
        if _capitalised(verb.doc[index]):
            return verb.doc[index]  # "Early says": a surname the parse took for an adverb
        index -= 1
    before = verb.doc[index] if index >= verb.sent.start else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ in AGENT_LABELS:
        return before
    return None


def _capitalised(token: Token) -> bool:
    """A word written with a capital inside a sentence, after a comma: a name, whatever its tag."""
    return token.is_title and token.i > token.sent.start and token.doc[token.i - 1].text == ","
