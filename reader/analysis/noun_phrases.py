"""Where a noun phrase begins and ends around its head word."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import NOMINAL
from reader.analysis.subjects import stranded_conjunct

_NP_STOPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis"})
_JOINING_PUNCT = frozenset({"-", "–", '"', "'", "“", "”", "‘", "’"})


def phrase_bounds(head: Token, *, limit: int = 10) -> tuple[int, int]:
    """Token range [start, end) of a noun phrase: its left edge to its head, then the head's
    right modifiers and coordinated nouns up to a comma, a relative clause or an apposition."""
    start = head.left_edge.i
    head = hyphen_end(head)
    doc = head.doc
    marks = [i for i in range(start, head.i) if doc[i].dep_ == "mark"]  # no Span: cheaper
    start = marks[-1] + 1 if marks else start  # a clause the parse hung on the noun
    while start < head.i and head.doc[start].dep_ in ("punct", "cc", "prep"):
        start += 1
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "conj" and stranded_conjunct(child):
            break  # "made 30 saves and Minnesota beat Boston": 30 saves
        if child.dep_ == "cc" or (child.dep_ == "conj" and child.pos_ in NOMINAL):
            if child.dep_ == "conj" and child.right_edge.i - start < limit:
                end = child.right_edge.i + 1  # "leaders and guests", "North and South Korea"
            continue
        if (child.dep_ == "punct" and child.text in _JOINING_PUNCT) or child.dep_ == "case":
            continue  # "a "quasi-state of war"": hyphens and quote marks stay inside; "'s" not
        counted = _counted_end(head, child)
        if counted is not None:
            end = counted  # "30 of the firm's new jets", "242 to 330 passengers"
            continue
        if child.dep_ in _NP_STOPS or child.right_edge.i - start >= limit:
            break
        if child.dep_ == "prep" and (child.lower_ != "of" or any(
                c.dep_ == "pcomp" for c in child.children)):
            break  # "police in Lagos": where, not who; "Ruiz of stealing": what she did
        end = _of_end(child) or child.right_edge.i + 1
    after = head.doc[end] if end < len(head.doc) and end == head.i + 1 and head.tag_ == "CD" \
        else None  # only a number's phrase goes on past its head's children (_counted_end)
    if after is not None and after.head == head.head and after.i != head.head.i:
        end = _counted_end(head, after) or end  # the parse hung "to 330 passengers" on the verb
    while end - 1 > head.i and _dangling(head.doc[end - 1]):
        end -= 1  # "4 months of", "90 miles per gallon (", a line break
    return start, end


def compound_head(token: Token) -> Token:
    """The last word of the compound name a word opens or sits in ("Elijah" in "Elijah
    Cummings" -> "Cummings"): the word its phrase hangs on."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def hyphen_end(token: Token) -> Token:
    """The last piece of a hyphenated word the parse took apart into siblings ("the re", "-",
    "election", all objects of one verb): a noun phrase, or a cue's object, goes on from
    there."""
    doc = token.doc
    while token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in "-–" \
            and not doc[token.i + 1].whitespace_ and doc[token.i + 2].head == token.head \
            and doc[token.i + 2].dep_ == token.dep_ and token.head != token:
        token = doc[token.i + 2]
    return token


def _of_end(prep: Token) -> int | None:
    """Where "of" and its noun end, without a clause on that noun ("a number of things that
    ... can do")."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ != "of" or noun is None:
        return None
    end = noun.i + 1
    rights = list(noun.rights)
    for n, child in enumerate(rights):
        if child.dep_ == "punct" and (child.text in _JOINING_PUNCT or (
                child.text == "," and any(c.dep_ == "conj" for c in rights[n:]))):
            continue  # "hide-and-seek", "artists, designers and architects"
        if child.dep_ in _NP_STOPS and child.dep_ not in ("cc", "conj"):
            break
        end = child.right_edge.i + 1
    return end


def _counted_end(number: Token, prep: Token) -> int | None:
    """Where a number's phrase ends that says what it counts: its "of" phrase ("30 of the
    firm's jets"), or the other end of its range with the counted noun ("242 to 330
    passengers"), which the parse hung on the number; None for any other word."""
    if prep.dep_ != "prep" or number.tag_ != "CD":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    if prep.lower_ == "of":
        return _of_end(prep)
    ranged = noun.tag_ == "CD" or any(c.dep_ == "nummod" and c.i == prep.i + 1
                                      for c in noun.children)
    return noun.i + 1 if prep.lower_ in ("to", "-", "–") and ranged else None


def _dangling(token: Token) -> bool:
    """A word that cannot end a noun phrase: a preposition, a conjunction, an opening mark."""
    return token.is_space or token.pos_ in ("ADP", "CCONJ", "DET") or token.text in "([{,;:"


def verb_compound(verb: Token) -> Token | None:
    """ "For instance, the paper notes that ...": the noun right before a verb that the parse
    made a compound of the verb itself, which no verb takes, or of the verb it misread as a
    plural noun: the verb's subject, misread."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or before.dep_ != "compound" or before.head.i != verb.i or \
            before.pos_ not in ("NOUN", "PROPN"):
        return None
    # a verb, or a main word the parse took for a plural noun with a clause on it ("notes that")
    acting = verb.pos_ == "VERB" or (verb.dep_ == "ROOT" and verb.tag_ in ("NNS", "VBZ")
                                     and any(c.dep_ == "ccomp" for c in verb.children))
    return before if acting else None
