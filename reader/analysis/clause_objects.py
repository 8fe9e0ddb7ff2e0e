"""What a clause's verb acts on, and the words of its action: an object, a light verb's noun."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import (
    EVENT_NOUNS,
    LIGHT_VERBS,
    OBJECT_CONTROL,
    OCCASIONS,
    PREPOSITIONAL,
    RELATIVES,
    TIME_UNITS,
)
from reader.analysis.relatives import fronted_relative

# Adverbs that, right after a verb, are its particle though the parse says not ("stepped down").
VERB_PARTICLES = frozenset({"down", "up", "out", "off", "back", "away", "over"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Nouns that with "in ... of" say for or against what one acts ("in favor of the bill").
_STANCES = frozenset({"favor", "favour", "support", "defense", "defence", "search", "pursuit",
                      "memory", "honor", "honour", "protest", "violation", "breach"})
# Prepositions of time, cause or concession.
_CIRCUMSTANTIAL = frozenset({"before", "after", "during", "until", "till", "since", "despite",
                             "due", "because", "amid", "amidst", "throughout", "including",
                             "pending", "following", "than"})
# Verbs of being shown or put out, and the names of a channel, a site or a show they are "on"
# ("appeared on MSNBC", "posted on Twitter"): where, not what.
_SHOWN = frozenset({"appear", "post", "tweet", "air", "broadcast", "publish", "stream"})
_MEDIA = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})


def light_object(verb: Token, kids: list[Token] | None = None) -> Token | None:
    """The object naming the action of a light verb ("took part"), else None."""
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    return next((c for c in (verb.children if kids is None else kids)
                 if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS), None)


def action_tokens(verb: Token, kids: list[Token] | None = None) -> list[Token]:
    """The words of the action as written: the verb, its particle, a light verb's object, and
    "not" with its auxiliary when negated."""
    kids = list(verb.children) if kids is None else kids
    words = [verb, *(c for c in kids if (c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in VERB_PARTICLES))
        and not amount_up(c))]
    obj = light_object(verb, kids)
    if obj is not None:
        words += [t for t in verb.doc[verb.i + 1 : obj.i + 1] if t.head == obj or t == obj]
    negation = next((c for c in kids if c.dep_ == "neg" and c.i < verb.i), None)
    if negation is not None:
        words += [c for c in kids
                  if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i >= negation.i - 1]
        words.append(negation)
    return sorted(set(words), key=lambda t: t.i) if len(words) > 1 else words


def amount_up(token: Token) -> bool:
    """ "earned up to £85,000", "taxed up to £100,000": an "up" before the "to" that bounds an
    amount is the amount's, not a particle of the verb."""
    doc = token.doc
    return token.lower_ == "up" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to" \
        and doc[token.i + 1].dep_ == "quantmod"


def direct_object(verb: Token, kids: list[Token] | None = None) -> Token | None:
    """The direct object, else the object of the first preposition that is not "by"."""
    kids = list(verb.children) if kids is None else kids
    preps: list[Token] = []
    light = light_object(verb, kids)
    for child in kids:
        if child.dep_ in ("dobj", "dative", "attr") and child != light and not _how_often(child):
            # "the lines, which the wind had torn down": the lines were torn down
            relative = child.lower_ in RELATIVES and verb.dep_ == "relcl"
            if relative and child.lower_ == "that" and any(
                    c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                    for c in kids):
                continue  # "subsidies on an income that you can afford care": "so that"
            return verb.head if relative else fronted_relative(verb, child) or child
        if child.dep_ == "prep" and child.i > verb.i:  # "Over the years, she ...": no object
            preps.append(child)
        if child.dep_ == "prt" and amount_up(child):  # "earning up to £820,000": the amount
            amount = next((c for c in child.children if c.dep_ == "pobj"), None)
            if amount is not None:
                return amount
    controlled = _controlled(verb, kids)
    if controlled is not None:
        return controlled
    for prep in preps:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ in _PLACE_TYPES or _a_circumstance(verb, prep) or (
                light is None and _a_setting(verb, prep, pobj)):
            continue  # where, when or why, not what
        if light is not None or pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj
    return None


def _controlled(verb: Token, kids: list[Token]) -> Token | None:
    """ "Intel allowed HP to make up the shortfall": after a verb that has somebody do a thing,
    the noun between it and the infinitive, which the parse made the infinitive's subject, is
    whom the verb acts on."""
    if verb.lemma_.lower() not in OBJECT_CONTROL:
        return None
    for clause in kids:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
            return next((c for c in clause.children
                         if c.dep_ == "nsubj" and verb.i < c.i < clause.i), None)
    return None


def _a_circumstance(verb: Token, prep: Token) -> bool:
    """ "stayed in the race until the convention", "failed amid opposition", "scored 20,
    including the winner": a phrase of time, cause or concession, never what a verb acts on,
    save after a verb that takes its object so ("went after the rebels")."""
    lower = prep.lower_
    return lower in _CIRCUMSTANTIAL and verb.lemma_.lower() not in PREPOSITIONAL.get(lower, ())


def _a_setting(verb: Token, prep: Token, noun: Token) -> bool:
    """ "announced on Monday at the air show", "sang at church", "held in jail": after "at" or
    "in", what the phrase says is where, when or how, unless the verb takes its object so
    ("looked at the data", "resulted in a loss"); after "on", too, when it names an occasion
    ("on the debate stage") or a named channel, site or show a thing is shown or put out on
    ("appeared on MSNBC"), not when it is what is acted on ("fired on the crowd")."""
    lower = prep.lower_
    if lower not in ("at", "in", "on") or noun.lower_ in ("least", "most"):
        return False  # "employs at least ten people": what it employs
    if lower == "in" and noun.lemma_.lower() in _STANCES:
        return False  # "voted in favor of the bill"
    if verb.lemma_.lower() in PREPOSITIONAL.get(lower, ()):
        return False  # "participated in the summit"
    return lower != "on" or noun.ent_type_ == "EVENT" or noun.lemma_.lower() in OCCASIONS or (
        verb.lemma_.lower() in _SHOWN and noun.ent_type_ in _MEDIA)


def _how_often(noun: Token) -> bool:
    """ "every two hours", "each week": a frequency, not a thing acted on."""
    timed = noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in TIME_UNITS
    return timed and any(c.dep_ == "det" and c.lower_ in ("every", "each")
                         for c in noun.children)
