"""Which time expression of a sentence dates a clause: its own, or one whose scope it is in."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.analysis.clause_words import OCCASIONS
from reader.analysis.cue_words import ANY_VERB_CUE, COGNITION
from reader.analysis.date_patterns import WEEKDAYS
from reader.analysis.dates import is_day_precise, names_a_day
from reader.analysis.sentence_scan import SentenceScan

if TYPE_CHECKING:
    from reader.analysis.timeline import When

# Occasions one is at, whose time is that of what happens at them ("met at a party held last
# year"); a place ("at a plant built in 1990") has a time of its own.
_OCCASIONS = OCCASIONS | {"party", "match", "game", "race", "premiere", "screening", "auction",
                          "reunion"}
# Participles that work as prepositions ("taken to hospital following the crash on Monday").
_PREPOSITIONAL = frozenset({"following", "including", "regarding", "concerning", "excluding",
                            "considering", "pending", "barring", "according"})
# Verbs that tell what is to come, and nouns for what they tell.
_FORECASTING = frozenset({"forecast", "predict", "project", "expect", "estimate", "anticipate"})
_FORECASTS = frozenset({"forecast", "outlook", "guidance", "target", "estimate", "projection",
                        "prediction"})
# Tenses that place what a report tells before or after the report itself.
_SHIFTED = frozenset({"pluperfect", "future", "modal"})


def own_or_inherited(verb: Token, sentence: SentenceScan, whens: list[When],
                     paragraph: int, published: date | None) -> When | None:
    """The time expression that dates a clause: its own, else one of a clause it stands under
    ("On Monday police arrested and charged him"), else, for a clause in the past, the nearest
    of its sentence. A clause that describes a noun ("two men, who fled") takes only a time of
    its own or of the noun it describes; no clause takes a time from one that describes a noun,
    and none a day another clause places on the wrong side of publication ("He left and will
    return next month")."""
    here = [w for w in whens if w.paragraph == paragraph  # a parse may run over a line break
            and not _aside(w, verb, sentence) and not _forecast_period(w, sentence)]
    owns = [w for w in here if w.head == verb.i]
    if any(_a_day(w.text) and not _period_of(w, verb) for w in owns):
        owns = [w for w in owns if not _period_of(w, verb)]  # "output for May, out on Friday"
    own = min(owns, key=lambda w: abs(w.position - verb.i), default=None)
    if own is not None and own.date is not None:
        return own
    if lasting(verb):
        return own
    tense = sentence.tense(verb)
    fitting = [w for w in here if w.date is not None and _fits(w.date, tense, published)
               and not _period_outside_subject(w, verb)]
    by_head = {w.head: w for w in reversed(fitting)}
    head: Token | None = verb
    told: Token | None = None  # the clause a report above tells, in a shifted tense
    while head is not None:
        found = by_head.get(head.i)
        if found is not None:
            # "the songs were downloaded in 2003 and the store now accounts for 70%": a
            # present clause takes no time of a past one
            past = sentence.tense(head) in ("past", "pluperfect")
            return own if (tense == "present" and past) or _reports_day(told, found) \
                else found
        if modifies_noun(head):  # "police arrested two men on Monday who fled": not fled then
            described = None if tense == "present" else _in_described(head, sentence, fitting,
                                                                      verb)
            return described or own
        above = sentence.above(head)
        if told is None and tense in _SHIFTED and above is not None and _reported(head, above):
            told = head
        head = above
    if tense == "present":
        return own  # "Sunday was chosen as its date matches": a time of another clause
    nearest = min(fitting, key=lambda w: abs(w.position - verb.i), default=None)
    return own if nearest is None or _reports_day(told, nearest) or _below_own(
        own, nearest, verb, published) else nearest


def _forecast_period(when: When, sentence: SentenceScan) -> bool:
    """ "For 2005, the firm is projecting growth of 5%", "cut its sales forecasts for the year to
    March 2005", "expects 6 million visitors this year": a time that names no day, on a verb of
    forecasting with an object or on a verb whose object is a forecast, is the period forecast,
    not the time the forecast is made (nor that of a clause joined to it); "projected in May
    that ..." has no object, and May is when it projected."""
    if _a_day(when.text):
        return False
    verb = sentence.doc[when.head]
    obj = next((c for c in sentence.children(verb) if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if verb.lemma_.lower() in _FORECASTING:
        return True
    return obj.lemma_.lower() in _FORECASTS and _for_a_period(sentence.doc[when.position])


def _for_a_period(root: Token) -> bool:
    """Whether a time on a verb that changes a forecast ("cut its sales forecasts for the year
    to March 2005", "raised its outlook this year") can be the period the forecast covers: not
    one that is over ("raised its sales targets last December", "cut its forecast two weeks
    ago") nor one after another preposition ("lowered its guidance in May"); a forecast
    names its period with "for"."""
    words = [t.lower_ for t in root.subtree]
    if words[0] == "last" or words[-1] == "ago":
        return False
    return root.head.lower_ == "for" or root.head.pos_ != "ADP"


def _a_day(text: str) -> bool:
    """Whether a time names a day: a weekday, today or yesterday, or a date in figures."""
    words = text.lower().split()
    return any(w in WEEKDAYS or w in ("today", "yesterday", "tomorrow") for w in words) or \
        (any(c.isdigit() for c in text) and is_day_precise(text))


def _period_of(when: When, verb: Token) -> bool:
    """Whether a time is the period a noun covers ("output for December", "figures for
    March"): a clause with a day of its own besides ("on Friday") happened on that day."""
    prep = verb.doc[when.position].head
    return prep.lower_ == "for" and prep.head.pos_ in ("NOUN", "PROPN")


def _period_outside_subject(when: When, verb: Token) -> bool:
    """Whether a time is the period a noun outside its clause's subject covers ("reiterated a
    target for 2005"): it may date its own clause, but it is the noun's, and another clause of
    the sentence ("while the bank is making plans") did not happen in it; the subject's period
    ("Profits for 2004 rose, and sales fell") is its whole clause's and goes on."""
    if not _period_of(when, verb):
        return False
    token = verb.doc[when.position].head.head
    while token.dep_ not in ("nsubj", "nsubjpass") and token.pos_ not in ("VERB", "AUX") \
            and token.head.i != token.i:
        token = token.head
    return token.dep_ not in ("nsubj", "nsubjpass")


def _below_own(own: When | None, nearest: When, verb: Token, published: date | None) -> bool:
    """ "Fares will rise in June, the first rise since the bridge opened in 1962": with no
    date of publication to place it, a clause's own "in June" is still its time, and a day of
    a clause set below it (the opening in 1962) is not."""
    head = verb.doc[nearest.head]
    return own is not None and published is None and names_a_day(own.text) and \
        head.dep_ in ("advcl", "relcl", "acl") and verb.is_ancestor(head)


def _reports_day(told: Token | None, when: When) -> bool:
    """ "said on Monday that the firm had closed the plant" (before Monday), "that he would
    resign" (after it): a day outside the clause a report tells is not that of an event it
    places before or after the report; a longer time may hold both ("in early 2009, later
    revealing he had undergone a transplant")."""
    if told is None or told.left_edge.i <= when.position <= told.right_edge.i:
        return False
    return is_day_precise(when.text)


def _reported(clause: Token, verb: Token) -> bool:
    """Whether a clause is what a verb of saying or thinking reports."""
    lemma = verb.lemma_.lower()
    return clause.dep_ in ("ccomp", "parataxis") and (lemma in ANY_VERB_CUE or lemma in COGNITION)


def _in_described(clause: Token, sentence: SentenceScan, whens: list[When],
                  verb: Token) -> When | None:
    """The time of a clause that describes a noun: one within the clause ("a man seen leaving
    on Monday"), else one the noun's own phrase names ("in 2009, when the dam burst", "the
    summit on Monday, where leaders agreed")."""
    inside = [w for w in whens if clause.left_edge.i <= w.position <= clause.right_edge.i]
    if inside:
        return min(inside, key=lambda w: abs(w.position - verb.i))
    noun = clause.head
    governor = sentence.governor(noun).i
    return next((w for w in whens if w.head == governor
                 and noun.left_edge.i <= w.position <= noun.right_edge.i), None)


def _fits(day: date, tense: str, published: date | None) -> bool:
    """Whether a day taken from another clause can be a clause's: what has happened did not
    happen on a day still to come ("He left and will return next month"), nor what will
    happen on a day gone by."""
    if published is None:
        return True
    if tense in ("past", "pluperfect"):
        return day <= published
    return tense != "future" or day >= published


def modifies_noun(clause: Token) -> bool:
    """A clause that describes a noun ("who fled last year", "founded in 1990"), whose time is
    its own: not a to-infinitive on the noun ("a deal to buy jets"), nor a finite verb that the
    parse hung on a noun ("after an outbreak killed a couple", "executives announced")."""
    if clause.dep_ not in ("relcl", "acl") or clause.lower_ in _PREPOSITIONAL:
        return False
    kids = list(clause.children)
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids):
        return False
    if clause.dep_ == "relcl":
        return True
    # a participle has no simple past form nor, passive, an object of its own
    return clause.tag_ != "VBD" and not (clause.tag_ == "VBN" and any(
        c.dep_ == "dobj" for c in kids))


def within_description(verb: Token, sentence: SentenceScan) -> bool:
    """Whether a clause describes a noun or lies inside a clause that does ("a pledge made in
    2009 to resign": the resigning is part of what the pledge says)."""
    clause: Token | None = verb
    while clause is not None:
        if modifies_noun(clause):
            return True
        clause = sentence.above(clause)
    return False


def under_present(verb: Token, sentence: SentenceScan) -> bool:
    """Whether a clause in the past hangs below one in the present tense that reports nothing
    ("is in his best shape since finishing fourth in 1998", "has gone quicker, setting the record
    in 1995", "is the second woman to win it after Ann Lee won in 1993"): a fact of the
    background the present speaks from, whose day is its own and not the day the paragraph goes
    on telling.
    Joined clauses stand level ("Prices are rising, and sales fell in May"), and what a present
    report tells ("Police say he was arrested on Monday") is the story itself."""
    if sentence.tense(verb) != "past":
        return False
    clause = verb
    while (above := sentence.above(clause)) is not None:
        if clause.dep_ not in ("conj", "parataxis") and sentence.tense(above) == "present" \
                and not _reported(clause, above):
            return True
        clause = above
    return False


def bare_below_present(verb: Token, sentence: SentenceScan) -> bool:
    """Whether a clause is an -ing with no auxiliary, which has no tense of its own, below a
    clause in the present tense ("faces charges of assisting ...", "has been accused of
    distributing drugs", "is looking forward to competing"): it tells of no day the paragraph
    has reached. Below a past clause it is told at that clause's time ("doubled the lead,
    scoring a header")."""
    clause: Token | None = verb
    while clause is not None and clause.tag_ == "VBG" and not any(
            c.dep_ in ("aux", "auxpass") for c in sentence.children(clause)):
        clause = sentence.above(clause)
    return clause is not None and clause is not verb and sentence.tense(clause) == "present"


def lasting(verb: Token) -> bool:
    """Whether a verb says in the present tense what somebody or something is or does in a
    relative clause ("Feldman, who follows the industry, said firms hired in 2021"): a state
    that no time elsewhere in its sentence dates."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _aside(when: When, verb: Token, sentence: SentenceScan) -> bool:
    """Whether a time stands in brackets or a clause describing a noun that the verb is outside
    of: "(the free tier is due next year)", "which began in March" and "founded in 1990" date
    only what they say."""
    if any(opened < when.position < closed and not opened < verb.i < closed
           for opened, closed in sentence.asides):
        return True
    clause = outside_description(when, verb)
    return clause is not None and not _at_occasion(clause.head, verb)


def outside_description(when: When, verb: Token) -> Token | None:
    """The clause describing a noun that holds the time, when the verb is outside of it
    ("which began in March", "founded in 1990")."""
    clause = verb.doc[when.head]
    while not modifies_noun(clause) and clause.dep_ != "ROOT" and clause.head.i != clause.i:
        clause = clause.head
    if not modifies_noun(clause) or clause.i == verb.i or clause.is_ancestor(verb):
        return None
    return clause


def at_occasion(when: When, verb: Token) -> bool:
    """Whether the verb takes the time of a clause describing an occasion it happened at
    ("met her at a party held last year"), which moves no paragraph's day."""
    clause = outside_description(when, verb)
    return clause is not None and _at_occasion(clause.head, verb)


def _at_occasion(noun: Token, verb: Token) -> bool:
    """Whether the verb, or the verb it is a conjunct of, happened at or during the noun, an
    occasion: "met her at a party organised by a friend last year", "fell ill during a concert
    held in May" happened then; "joined a company founded in 1990" did not."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("at", "during") or \
            noun.lemma_.lower() not in _OCCASIONS:
        return False  # "during his time at the firm, which he left in 2015": not then
    return prep.head == verb or (verb.dep_ == "conj" and verb.head == prep.head)
