"""What somebody is asked or urged to do, where the parse hung the infinitive off the verb."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_spans import chars
from reader.analysis.cue_words import cue_lemma

# Verbs that ask or urge somebody to do something, said in words.
_ASKING = frozenset({"ask", "urge", "encourage", "tell", "order", "instruct", "invite",
                     "persuade", "remind", "advise", "beg", "implore", "press", "warn"})
# Nouns whose infinitive is their own ("people with plans to move", "firms with the ability
# to pay"), not what somebody is asked to do.
_OWN_INFINITIVE = frozenset({"plan", "ability", "right", "chance", "way", "reason", "effort",
                             "attempt", "bid", "decision", "power", "need", "time", "money",
                             "opportunity", "desire", "intention", "willingness", "authority",
                             "permission", "capacity", "means", "order", "promise", "pledge"})


# Prepositions that say who somebody is ("anyone with information", "people in the area"),
# unlike those of the matter asked about ("pressed him on his failure to ...").
_DESCRIBING = frozenset({"with", "without", "in", "at", "from", "of", "near", "across",
                         "around", "inside", "outside"})


def asked_one_end(verb: Token, person: Token) -> int:
    """The last token of the one a verb asks, with the phrases that say who they are and that
    the parse hung on the verb ("asked anyone with information", "urged fans without tickets")."""
    end = person.right_edge.i
    for child in verb.rights:
        if child.i == end + 1 and child.dep_ == "prep" and child.lower_ in _DESCRIBING:
            end = child.right_edge.i
    return end


def hung_infinitive(verb: Token) -> tuple[int, int] | None:
    """ "asking anyone with information to call police", "ask anyone who saw the crash to come
    forward": the infinitive that ends the one a verb of asking asks, which the parse hung on a
    word of that phrase, is what they are asked to do."""
    if cue_lemma(verb) not in _ASKING or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    person = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if person is None:
        return None
    end = asked_one_end(verb, person)
    for token in verb.doc[person.i + 1 : end + 1]:
        to = next((c for c in token.children if c.dep_ == "aux" and c.tag_ == "TO"
                   and c.i < token.i), None)
        if to is None or token.right_edge.i != end or token.head.i == person.i:
            continue  # on the one asked itself, an infinitive is its own ("his bid to win")
        if any(t.is_punct for t in verb.doc[person.i : to.i]):
            return None  # "asking yourself this: Would I ...?": no one phrase asked
        if token.head.pos_ == "NOUN" and token.head.lemma_.lower() in _OWN_INFINITIVE:
            return None
        return chars(verb.doc[to.i : end + 1])
    return None
