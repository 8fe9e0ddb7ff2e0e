"""Cues that name or describe something as something: "called him a liar", "described it as
a disaster", "as one adviser pointed out"."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_spans import chars
from reader.analysis.cue_words import NAMING_VERBS, cue_lemma
from reader.analysis.object_ends import before_occasion

# Verbs of speaking that take no words for their object: "as" with them tells a time.
_SPEAKING = frozenset({"speak", "talk", "chat"})


def as_clause(verb: Token) -> bool:
    """ "As one adviser pointed out, Hawaii ...": a cue in an as-clause reports its sentence,
    the "as" standing for what was said; not an as-clause of time, whose verb has no place for
    it ("As the mayor spoke, ...", "As they were talking, ...", "As the report was published,
    ...")."""
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                        for m in verb.children) and not _as_time(verb)


def _as_time(verb: Token) -> bool:
    kids = list(verb.children)
    return verb.lemma_.lower() in _SPEAKING or any(c.dep_ == "nsubjpass" for c in kids) or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids))


def named_as(verb: Token) -> tuple[int, int] | None:
    """ "called the senator a 'nasty guy'": the object with what it is called."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in verb.children if c.dep_ == "oprd"]
    if not named:
        return _quoted_past_aside(verb, objects[0]) if objects else None
    start = objects[0].left_edge.i if objects else named[0].left_edge.i
    return chars(verb.doc[start : _before_namer(verb, named[-1].right_edge.i) + 1])


# Verbs by which somebody calls a thing something, said of the thing in the passive.
CALLING = NAMING_VERBS | {"call", "nickname"}


def misplaced_namer(verb: Token) -> Token | None:
    """ 'The levy was described as "a stealth tax" by the chamber', 'a rule branded "absurd" by
    growers': the "by" of a passive verb of naming, which the parse hung on what the thing is
    called, right after it: who called it so. Only after a quoted name or an adjective; a noun
    keeps its own "by" ("called an attack by the army on the town")."""
    kids = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in kids) or verb.dep_ in ("acl", "advcl")
    if cue_lemma(verb) not in CALLING or verb.tag_ != "VBN" or not passive or any(
            c.dep_ in ("nsubj", "agent") for c in kids):
        return None
    hosts = [verb, *(c for c in kids if c.dep_ == "prep")]  # "referred to as"
    ases = [c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]
    names = [c for c in verb.children if c.dep_ == "oprd"] + [
        o for a in ases for o in a.children if o.dep_ in ("pobj", "amod", "acomp")]
    for name in (n for named in names for n in (named, *named.conjuncts)):  # "X" and "Y" by
        by = next((c for c in name.children if c.dep_ == "prep" and c.lower_ == "by"
                   and c.i > name.i), None)
        before = verb.doc[by.i - 1] if by is not None else None
        if by is None or before is None or not (
                (before.is_quote and before.i > name.i) or (name.pos_ == "ADJ" and before == name)):
            continue
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    return None


def _before_namer(verb: Token, end: int) -> int:
    """The last token of what a thing is called, before the "by" of who called it so."""
    namer = misplaced_namer(verb)
    return end if namer is None else min(end, namer.head.i - 1)


_NAMING = frozenset({"call", "dub", "brand", "label", "term"})
_OPENING_MARKS = frozenset({'"', "“", "'", "‘", "``", "''"})
_ASIDE_WORDS = 5  # "among other things", "at one point", "in effect"


def _quoted_past_aside(verb: Token, thing: Token) -> tuple[int, int] | None:
    """ "calling him, among other slurs, “a spent force.”": a verb of naming whose object an
    aside set off by commas separates from a quote, which the parse hung elsewhere: the object
    with what is quoted it is called."""
    doc = verb.doc
    comma = thing.right_edge.i + 1
    if verb.lemma_.lower() not in _NAMING or comma >= len(doc) or doc[comma].text != ",":
        return None
    close = next((t for t in doc[comma + 1 : comma + 2 + _ASIDE_WORDS] if t.text == ","), None)
    if close is None or close.i + 1 >= len(doc) or doc[close.i + 1].text not in _OPENING_MARKS \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : close.i]):
        return None
    mark = doc[close.i + 1]
    end = next((t.i for t in doc[mark.i + 1 : verb.sent.end] if t.is_quote), None)
    if end is None:
        return None
    return chars(doc[thing.left_edge.i : end + 1])


# Verbs whose object is seen or shown as something, whatever "as" the parse hangs on the
# object ("saw the remark as a dig"); other verbs' objects take "as" of their own ("assumed a
# role as adviser").
_SEEN_AS = frozenset({"see", "view", "regard", "perceive", "describe", "portray", "depict",
                      "paint", "cast", "characterize", "characterise", "frame"})


def as_complement(verb: Token) -> tuple[int, int] | None:
    """ "described the vote as a sham": the object with what it is described as, from an "as"
    on the verb, on one of its prepositions or on its object ("saw the remark as a dig"), but
    not "such as" ("saw rivals such as Lee")."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "prep" or (
        c.dep_ == "dobj" and cue_lemma(verb) in _SEEN_AS))]
    ases = {g.i for host in hosts for g in host.children if g.lower_ == "as" and
            g.dep_ == "prep" and g.doc[g.i - 1].lower_ != "such"}
    if not ases:
        return None  # most verbs: the walk below would find none
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.subtree:  # the first in the subtree's order
        if child.i in ases:
            ends = [c.right_edge.i for c in child.children] or [child.i]
            start = objects[0].left_edge.i if objects else child.i + 1
            end = _before_namer(verb, before_occasion(child, max(ends)))
            return chars(verb.doc[start : end + 1])
    return None
