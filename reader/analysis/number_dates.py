"""Figures that are part of a date, a year or an hour of the day, or an indefinite "one"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.analysis import number_lexicon as lex
from reader.analysis.number_core import Core
from reader.analysis.number_lexicon import year_like
from reader.analysis.number_neighbours import noun_after
from reader.analysis.number_words import Number, ordinal_value

# What a year names the period of ("the 2003 results", "the 2018 and 2022 elections").
_YEARS_OF = frozenset({"result", "account", "figure", "earning", "profit", "sale", "revenue",
                       "season", "election", "budget", "campaign", "census", "return", "filing",
                       "report", "performance", "level", "game", "tournament", "championship"})
# Of those, what a year has and nobody counts, so that a year-like figure before one is the
# year ("hopes 2005 sales will grow", "the party's 2010 election campaign"); a count of a
# thousand or more is written with a comma ("2,005 sales").
_A_YEARS = frozenset({"sale", "profit", "earning", "revenue", "budget", "election", "season",
                      "census", "performance", "championship", "tournament", "campaign"})
# Words that make "year" a time of its own before a figure: "this year 1500 runners".
_TIME_LEADS = frozenset({"last", "this", "next", "each", "every", "per", "a", "that", "one"})


def in_date(doc: Doc, i: int, limit: int) -> bool:
    """Whether the number at i belongs to a date: next to a month, an era, a time unit."""
    if i + 1 < limit and doc[i + 1].text in ("'s", "’s") and not doc[i].whitespace_ and (
            year_like(doc[i].text) or doc[i].text in ("20", "30", "40", "50", "60", "70", "80",
                                                      "90")):
        return True  # "the 80’s", "the 1990's"
    previous = doc[i - 1] if i > 0 else None
    if previous is not None and previous.lower_ == "the" and i > 1:
        previous = doc[i - 2]
    following = doc[i + 1] if i + 1 < limit else None
    if following is not None and following.lower_ == "of" and i + 2 < limit:
        following = doc[i + 2]
    if i > 0 and doc[i - 1].text in ("'", "’", "‘") and not doc[i - 1].whitespace_:
        return True  # "'11", "the '90s"
    return any(_month(t) for t in (previous, following)) or (
        following is not None and following.lower_ in lex.DATE_WORDS) or (
        following is not None and following.lower_ in lex.UNITS and
        lex.UNITS[following.lower_] in lex.TIME_UNITS and ordinal_value(doc[i].text) is not None
    ) or _day_joined_to_a_date(doc, i, limit)


def _month(token: Token | None) -> bool:
    return token is not None and token.lower_ in lex.MONTHS and token.text[:1].isupper()


# What joins two days of one month: "from 3 to 6 June", "on 5 or 6 May", "June 3-6".
_DAY_LINKS = frozenset({"to", "and", "or", "until", "till", "through", *lex.RANGE_DASHES})


def _day_joined_to_a_date(doc: Doc, i: int, limit: int) -> bool:
    """ "runs from 3 to 6 June", "on 5 or 6 May", "the 4th and 5th of May", "June 3 to 6": a
    day of the month joined to the day that a month names is a day too, not a count."""
    if not _day(doc[i]):
        return False
    if i + 3 < limit and doc[i + 1].lower_ in _DAY_LINKS and _day(doc[i + 2]):
        after = doc[i + 4] if doc[i + 3].lower_ == "of" and i + 4 < limit else doc[i + 3]
        if _month(after):
            return True
    return i > 2 and doc[i - 1].lower_ in _DAY_LINKS and _day(doc[i - 2]) and _month(doc[i - 3])


def _day(token: Token) -> bool:
    """Digits that can be a day of a month: "6", "6th"."""
    text = token.text
    digits = text[:-2] if text[-2:].lower() in ("st", "nd", "rd", "th") else text
    return digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31


def is_year(doc: Doc, i: int, limit: int, value: Number) -> bool:
    if not year_like(doc[i].text):
        return False
    previous = doc[i - 1].lower_ if i > 0 else ""
    if previous in ("the", "'s", "his", "her", "its", "their", "our", "this", "that", "from",
                    "since", "in", "until", "before", "after", "during", "between", "by", "fy"):
        return True  # "the 2014 protests", "from 2005 levels"
    if previous in ("and", "or", "to", "through") and i > 1 and year_like(doc[i - 2].text) and \
            i + 1 < limit and doc[i + 1].lemma_.lower() in _YEARS_OF and \
            is_year(doc, i - 2, limit, value):
        return True  # "restate its 2000 and 2003 results": years, as the one it is joined to
    if previous == "year" and i > 1 and doc[i - 2].lower_ not in _TIME_LEADS:
        return True  # "fiscal year 2019 sales", "the year 2030"; not "last year 2000 people"
    if previous in lex.CURRENCY_SYMBOLS or previous.upper() in lex.ISO_CURRENCIES or previous in (
            "than", "about", "approximately", "nearly", "almost", "roughly", "least", "most",
            "estimated", "some", "around", "over", "all"):
        return False
    if i + 1 < limit and (doc[i + 1].lower_ in ("level", "levels")
                          or doc[i + 1].lemma_.lower() in _A_YEARS):
        return True  # "below 2005 levels", "It hopes 2005 sales will grow"
    return not noun_after(doc, i, limit, plural=True)


# Prepositions that put an event before or after an hour: "arrive before seven".
_CLOCK_PREPS = frozenset({"before", "after", "until", "till", "til"})
# Verbs that "at" an hour times: "doors open at 8", "the meeting starts at six".
_AT_HOUR_VERBS = frozenset({"start", "begin", "open", "close", "end", "finish", "arrive",
                            "leave", "depart", "meet", "resume", "air", "wake", "gather",
                            "kick", "convene", "reopen", "shut"})
# What may follow an hour; anything else (a noun, "of", "more", "%") is what the number counts.
_AFTER_HOUR_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "VERB", "AUX", "PRON", "DET",
                             "PUNCT", "ADV"})


def clock_time(doc: Doc, core: Core, limit: int) -> bool:
    """ "Arrive before seven", "Parking is free after six", "Doors open at 8": a bare whole
    number from one to twelve, with nothing after it that it counts, after "before", "after",
    "until" or "till", or after an "at" that times a verb of opening, starting or arriving
    without an object, is an hour of the day, no figure."""
    if core.start == 0 or core.end - core.start != 1 or core.unit is not None or \
            core.kind != "cardinal" or not isinstance(core.value, int) or \
            not 1 <= core.value <= 12:
        return False
    token, before = doc[core.start], doc[core.start - 1]
    following = doc[core.end] if core.end < limit else None
    if following is not None and (following.pos_ not in _AFTER_HOUR_POS or
                                  following.lower_ in ("of", "more", "percent", "%", "to")
                                  or following.text in ("-", "–", "—", "/")):
        return False
    if before.lower_ in _CLOCK_PREPS:
        return True
    verb = before.head
    return before.lower_ == "at" and token.head.i == before.i and \
        verb.lemma_.lower() in _AT_HOUR_VERBS and \
        not any(c.dep_ == "dobj" for c in verb.children)  # "began piano at six": an age


_PARTS_OF_DAY = frozenset({"day", "night", "morning", "evening", "afternoon"})


def indefinite_one(doc: Doc, core: Core, limit: int) -> bool:
    """ "One night, he left", "Then one morning the phone rang", "until one day she quit": "one"
    before a day or a part of one, ahead of the verb it times, means "a certain", no count
    ("he spent one night in jail" counts)."""
    if core.end - core.start != 1 or core.end >= limit or doc[core.start].lower_ != "one":
        return False
    noun = doc[core.end]
    if noun.lower_ not in _PARTS_OF_DAY or noun.head.i == noun.i:
        return False
    if noun.dep_ == "npadvmod":  # not "one day later", "one day nearer": a length
        return noun.i < noun.head.i and noun.head.pos_ not in ("ADV", "ADJ")
    return noun.dep_ == "pobj" and noun.head.lower_ in ("until", "till") and \
        noun.head.head.i > noun.i
