"""Which time expressions of a sentence time a clause: not one that only names a thing, bounds
a span, is the base of a comparison or counts a length from a thing."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from reader.analysis.clause_words import OCCASIONS
from reader.analysis.sentence_scan import SentenceScan

TIME_PREPS = frozenset({"in", "on", "at", "during"})
# Prepositions that give a bound of a span of time, not the time of the clause.
BOUNDING_PREPS = frozenset({"since", "until", "till", "before", "after", "by", "from", "through",
                            "throughout", "ahead", "between"})
# Nouns that name one happening, so that "the stampede" later on is the one already dated.
HAPPENINGS = frozenset({
    "attack", "stampede", "accident", "crash", "explosion", "blast", "fire", "collapse",
    "shooting", "match", "game", "race", "election", "vote", "meeting", "summit", "protest",
    "strike", "storm", "earthquake", "quake", "flood", "raid", "bombing", "incident", "ceremony",
    "launch", "hearing", "debate", "battle", "clash", "riot", "derailment", "eruption",
    "collision", "sinking", "outbreak", "killing", "murder", "assault", "ambush", "robbery",
    "fight", "final", "concert", "festival", "parade", "rally", "march", "visit", "tornado",
    "hurricane", "typhoon", "cyclone", "landslide", "avalanche", "fall", "flight", "landing",
    "takeoff", "test", "trial", "verdict", "sentencing", "arrest", "evacuation", "rescue",
})
# Verbs of taking part in an occasion, or of staying away from it.
_TAKING_PART = frozenset({"attend", "miss", "skip", "boycott", "win", "lose", "leave", "host",
                          "watch", "join", "enter", "contest", "address", "chair"})
# What ends a street address, whose house number the recogniser may take for a year.
_STREETS = frozenset({"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.",
                      "place", "drive", "lane", "boulevard", "blvd", "blvd.", "way", "court",
                      "terrace", "parkway", "highway", "circle", "square", "crescent", "row"})
# Roles of a word inside a noun phrase, where a time only names the noun ("the 1991 deal").
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod"})
# A length of time, not a time: "two weeks", "a 180-day cruise", "the 53-day-long festival",
# "an extra week".
DURATION = re.compile(r"^(?:about |some |nearly |almost |over |more than |less than )?"
                      r"(?:(?:\d[\d,.]*|an?|a few|several|many|some|one|two|three|four|five"
                      r"|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|hundreds)"
                      r"[ -](?:more )?"
                      r"|(?:an?|the) (?:extra|additional|whole|full|entire) )"
                      r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
                      r"(?:-long)?$",
                      re.IGNORECASE)
# Words that set a clause against another time ("unlike 2001", "faster than in 2003").
_CONTRASTS = frozenset({"unlike", "than"})
# Prepositions whose phrase holds a time of its own noun, not the clause's: one that opens a
# stretch up to now or up to an end, or one that concedes a fact.
_STRETCH_PREPS = frozenset({"since", "until", "till", "despite"})


def _taken_part_in(noun: Token) -> bool:
    """ "attended Sunday's meeting", "missed last year's race", "won Monday's debate": the time
    of an occasion one attends, misses, wins or leaves is the time of doing so."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TAKING_PART and (
        noun.lemma_.lower() in OCCASIONS or noun.lemma_.lower() in HAPPENINGS)


def deadline(root: Token, sentence: SentenceScan) -> bool:
    """ "will finish the bridge by 2026", "options to exercise by 2018": what is still to be
    done by a time is placed at it (a past "by" bounds what had happened, and stays out)."""
    if not (root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "prep"):
        return False
    head = sentence.governor(root)
    return head.pos_ in ("VERB", "AUX") and sentence.tense(head) in ("future", "infinitive")


def ahead(ent: Span) -> str | None:
    """ "in two weeks", "within a month": a stretch of time counted from now, which the
    recogniser tags without its preposition; not one counted from a thing ("within a month of
    the ruling")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.lower_ not in ("in", "within") or not DURATION.match(ent.text):
        return None
    if ent.end < len(doc) and doc[ent.end].lower_ == "of":
        return None  # "within three years of the Games closing": counted from the Games
    if before.lower_ == "in" and _after_a_record(before):
        return None
    return f"{before.lower_} {ent.text}"


def _after_a_record(prep: Token) -> bool:
    """ "together for the first time in 25 years", "the lowest rate in a decade": after a first,
    a last or a superlative, "in" a stretch of time looks back over it, not ahead."""
    doc = prep.doc
    start = max(prep.sent.start, prep.i - 8)
    return any(t.lower_ in ("first", "last") or t.tag_ in ("JJS", "RBS")
               for t in doc[start : prep.i])


def is_clause_time(root: Token, first: Token) -> bool:
    """An expression that times a clause ("on Monday", "during the 1991 Hajj"), not one that
    only names a thing ("the 1991 agreement") or bounds a span ("missing since June 4")."""
    if first.lower_ in BOUNDING_PREPS:
        return False  # "between March 3 and August 19" read as one expression
    if root.dep_ == "nsubjpass":
        return False  # "Friday was declared a holiday": what was declared, not when
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "between March 3 and August 19": the first bounds the second
    if root.dep_ in _NOUN_MODIFIERS:
        noun = root.head
        return (noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS and
                noun.lower_ not in _STREETS) or _taken_part_in(noun)  # "at 4817 Linden Place"
    if _after_to(root, first):
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "as":
        return False  # "as of February, the store accounts for 70%": a bound, like "since"
    if _in_a_stretch(root) or _start_of_a_range(root) or _compared(root) or \
            _of_the_base(root, first):
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in BOUNDING_PREPS)


def _compared(root: Token) -> bool:
    """ "Unlike 2001, ...", "unlike in 2012", "faster than in 2003", "compared with 2003", "up
    5% on last year": the time a clause is set against, not the time it happens."""
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ in TIME_PREPS and prep.dep_ == "prep":
        prep = prep.head  # "unlike in 2012", "than in 2003"
    if prep.lower_ in _CONTRASTS:
        return True
    if prep.lower_ in ("with", "to") and prep.head.lower_ == "compared":
        return True
    counted = prep.head
    return prep.lower_ == "on" and root.head is prep and (
        counted.lower_ in ("up", "down", "%") or counted.tag_ in ("JJR", "RBR"))


def _of_the_base(root: Token, first: Token) -> bool:
    """ "made a profit of £75m compared with £125m a year earlier", "reached $1.28, from $1.29 on
    Thursday": a time inside the phrase of the value a figure is measured against, "compared
    with" or "from" a value (with no "to" after it), is that value's, not the time of the
    clause."""
    token = root
    for _ in range(6):
        head = token.head
        if head.i == token.i or (head.pos_ in ("VERB", "AUX") and head.lower_ != "compared"):
            return False
        if head.lower_ in ("with", "to") and head.head.lower_ == "compared":
            return True
        base = head.doc[head.i + 1 : first.i]
        if head.lower_ == "from" and any(t.like_num for t in base) and \
                not any(t.lower_ == "to" for t in base):
            return True  # not "raised from 2% to 3% on Thursday": the whole change's time
        token = head
    return False


def _after_to(root: Token, first: Token) -> bool:
    """Whether a time comes right after "to", which ends a stretch ("figures to the end of
    June", "to this day") or names the day a thing is moved to ("put back to Friday"), never
    the time of the clause. Not a "to" inside a word ("day-to-day"), nor one a relative clause
    with no pronoun leaves at its end ("the experts I spoke to this week")."""
    prep = root.head
    if not (root.dep_ == "pobj" and prep.lower_ == "to" and prep.i == first.i - 1):
        return False
    if prep.i > 0 and not prep.doc[prep.i - 1].whitespace_:
        return False
    verb = prep.head
    return not (verb.dep_ == "relcl" and not any(
        c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in verb.children))


def _start_of_a_range(root: Token) -> bool:
    """Whether a time is that of the first end of a range of values ("rose from 5% in 2003 to
    13% last year"): "in" right after a value that is the object of "from", and a "to" right
    after the time; it bounds the change, like "from" itself, and dates no clause."""
    prep = root.head
    doc = root.doc
    after = root.right_edge.i + 1
    if not (root.dep_ == "pobj" and prep.lower_ == "in" and after < len(doc)
            and doc[after].lower_ == "to"):
        return False
    start = max(prep.sent.start, prep.i - 6)
    return any(t.lower_ == "from" and (t.right_edge.i == prep.i - 1 or prep.head.i == t.i)
               and any(v.like_num for v in doc[t.i + 1 : prep.i])  # a value, not "from London"
               for t in doc[start : prep.i])


def _in_a_stretch(root: Token) -> bool:
    """Whether a time lies inside a phrase of "since", "until" or "despite" ("has grown since
    his appointment in 1999", "lived there until her death in 2003", "fell despite the launch
    of a plan in May"): it dates the noun of that phrase; the clause lasts over the stretch, at
    no one time, or happened in spite of a fact of another time. "after" and "following" are
    not here: what follows a thing is most often told at its time ("deliberated following a
    trial in September")."""
    token = root
    for _ in range(6):
        head = token.head
        if head.i == token.i or head.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "pobj" and head.lower_ in _STRETCH_PREPS and token is not root:
            return True
        token = head
    return False
