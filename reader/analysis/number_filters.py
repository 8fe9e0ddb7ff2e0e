"""Telling figures from what only looks like one: dates, years, times, phone numbers, codes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.attrs import IDX, LENGTH, ORTH, SHAPE
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from reader.analysis import number_lexicon as lex
from reader.analysis.number_affixes import currency_symbol
from reader.analysis.number_core import Core
from reader.analysis.number_lexicon import year_like
from reader.analysis.number_names import scale_name
from reader.analysis.number_words import (
    SCALE_ABBREVIATIONS,
    SCALES,
    Number,
    ordinal_value,
    parse_digits,
)
from reader.analysis.person_words import FEMALE_ROLES, MALE_ROLES, ROLES

NUMBER_PATTERN = r"[-+−]?(?:\d[\d,.]*\d|\d)"
DIGIT_RANGE = re.compile(rf"({NUMBER_PATTERN})([-–—‒])({NUMBER_PATTERN})$")

# Each match starts with "+", "(" or a digit; the lookahead lets the search skip other places
# cheaply instead of trying every branch there.
_BLOCKED = re.compile(
    r"(?=[+(\d])(?:"
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){1,4}"  # international phone numbers
    r"|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}"  # (555) 123-4567
    r"|(?<![\d,.])\d{2,4}[.-]\d{3,4}[.-]\d{4}(?![\d,])"  # 555-123-4567, 02-751-1500
    r"|(?<![\d,.])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?![\d,])"  # 2018-06-19, 7/8/07, 17.05.2018
    r"|(?<![\d,./])24[/x×]7(?:/365)?(?![\d/]|,\d)"  # "open 24/7": all the time, no fraction
    r")"
)


# Longer than any match of _BLOCKED (35 characters) with the character each side of it that its
# lookarounds read.
_REACH = 40

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
_OPENING = get_string_id("(")
_CALLING = frozenset({"call", "dial", "phone", "ring", "text"})  # what one does to a number
_CALLS = frozenset({"call", "caller", "dispatcher", "operator", "hotline", "line"})
_MARK_ENDS = frozenset({".", ",", ";", ":"})  # what follows a reference mark
_COUNT_WORDS = frozenset({"people", "police", "staff", "personnel", "cattle", "troops"})


def blocked_tokens(doc: Doc, text: str | None = None) -> set[int]:
    """Tokens inside phone numbers and numeric dates, found on the text around the digits, and
    reference marks; text is the Doc's text where the caller has it (Doc.text joins every
    token again)."""
    orths = doc.to_array([ORTH]).tolist()
    openings = [i for i, key in enumerate(orths) if key == _OPENING and 0 < i < len(doc) - 2]
    blocked = _reference_marks(doc, openings) | _tiebreaks(doc, openings) | _table_rows(
        doc, doc.text if text is None else text)
    for first, last in _digit_windows(doc):
        window = doc[first:last]
        offset = window.start_char
        for match in _BLOCKED.finditer(window.text_with_ws):
            span = doc.char_span(offset + match.start(), offset + match.end(),
                                 alignment_mode="expand")
            if span is not None:
                blocked.update(range(span.start, span.end))
    return blocked


def _reference_marks(doc: Doc, openings: list[int]) -> set[int]:
    """ "fullness during the day (9).", "other studies agree (12, 13)": small numbers in
    brackets after a lower-case word and before a stop or a comma point to a source; not an
    age after a name ("Ann Lee (26), a nurse") nor a score ("won the game (3-1).")
    (openings: the brackets that open, past the first token and before the last two)."""
    marks: set[int] = set()
    for i in openings:
        if not doc[i - 1].is_lower:
            continue
        j = i + 1
        while j < len(doc) and (doc[j].text == "," or (doc[j].is_digit and len(doc[j]) <= 3)):
            j += 1
        after = doc[j + 1].text if j + 1 < len(doc) else "."
        if j > i + 1 and j < len(doc) and doc[j].text == ")" and after in _MARK_ENDS:
            marks.update(range(i + 1, j))
    return marks


# Four or more bare whole numbers in a row, apart only by spaces or a dash before a total.
_ROW_OF_FIGURES = re.compile(r"(?<![\w.,+(])\d+(?:[ \t]+(?:[-–—][ \t]+)?\d+){3,}(?![\w.,%])")

_ROW_WORDS = 16  # a table's row is a short line of its own


def _table_rows(doc: Doc, text: str) -> set[int]:
    """ "Palm Bay 18 22 13 17 — 70": a short line holding four or more bare numbers in a row,
    with no word between them (and no "+" or bracket of a phone number before), is a row of a
    table (a box score, a standings line), whose cells are no figures of the story."""
    rows: set[int] = set()
    start = 0
    for line in text.split("\n"):
        if len(line.split()) <= _ROW_WORDS and _ROW_OF_FIGURES.search(line):
            span = doc.char_span(start, start + len(line), alignment_mode="expand")
            if span is not None:
                rows.update(t.i for t in span if any(c.isdigit() for c in t.text))
        start += len(line) + 1
    return rows


_SET_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}$")


def _tiebreaks(doc: Doc, openings: list[int]) -> set[int]:
    """ "won 6-4, 7-6 (5)": the small number in brackets right after a set's score is its
    tie-break's points, part of that score (openings: as for _reference_marks)."""
    marks: set[int] = set()
    for i in openings:
        inside, closing = doc[i + 1], doc[i + 2]
        if inside.is_digit and len(inside) <= 2 and closing.text == ")" and _after_score(doc, i):
            marks.add(i + 1)
    return marks


def _after_score(doc: Doc, i: int) -> bool:
    """Whether a set's score ("7-6", one token or three) ends right before token i."""
    if _SET_SCORE.match(doc[i - 1].text):
        return True
    return i > 3 and doc[i - 1].is_digit and doc[i - 2].text in ("-", "–") and \
        doc[i - 3].is_digit and len(doc[i - 1]) <= 2 and len(doc[i - 3]) <= 2 and \
        not doc[i - 2].whitespace_ and not doc[i - 3].whitespace_


def _digit_windows(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges reaching _REACH characters either side of every token with a digit.

    Every match of _BLOCKED holds a digit, so it lies inside one of them; the ranges are merged
    where they meet, so that no match crosses from one to the next and the text between them,
    never built, holds none.
    """
    shapes, offsets, lengths = doc.to_array([SHAPE, IDX, LENGTH]).T.tolist()
    strings = doc.vocab.strings
    # spaCy writes a digit as "d" in a shape; "LONG" (100 characters or more) and "" hide it.
    digits = {key for key in set(shapes) if "d" in strings[key] or strings[key] in ("", "LONG")}
    windows: list[tuple[int, int]] = []
    for i in [i for i, key in enumerate(shapes) if key in digits]:
        first = max(0, bisect_right(offsets, offsets[i] - _REACH) - 1)
        last = bisect_left(offsets, offsets[i] + lengths[i] + _REACH)
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], last)
        else:
            windows.append((first, last))
    return windows


def code_numbers(doc: Doc, starts: Iterable[int] | None = None) -> frozenset[str]:
    """Numbers the document uses as names ("Boeing 787"), so that "the 787" is one too.

    ``starts`` may narrow the search to the tokens a figure can start on (all by default).
    """
    codes = set()
    for i in range(len(doc)) if starts is None else starts:
        token = doc[i]
        if not digit_led(token.text):
            continue
        dashed = DIGIT_RANGE.match(token.text)
        if dashed and ((i > 0 and doc[i - 1].pos_ == "PROPN" and
                        min(len(dashed.group(1)), len(dashed.group(3))) >= 3)
                       or _variant(dashed.group(1), dashed.group(3))):
            codes.add(dashed.group(1))
        elif token.is_digit and not year_like(token.text) and (
                _is_code(doc, i, len(doc)) or _dash_code_after(doc, i)
                or _model_before_name(doc, i)):
            codes.add(token.text)
        elif token.text[:1].isdigit() and token.text[-1:] == "s" and token.text[:-1].isdigit() \
                and not year_like(token.text[:-1]) and len(token.text) > 3:
            codes.add(token.text[:-1])  # "737s"
        elif model := _lettered_model(token.text):
            codes.add(model)  # "777x"
        elif name := scale_name(doc, i):
            codes.add(name)  # "3M's chief", "the 2B Mindset plan"
    return frozenset(codes)


_LETTERED = re.compile(r"(\d{3,})([a-zA-Z]{1,3})$")


def _lettered_model(text: str) -> str | None:
    """The digits of a model glued to a letter or two ("777x"): not an ordinal, a unit or a
    scale ("100th", "300km", "500k")."""
    match = _LETTERED.match(text)
    if match is None:
        return None
    suffix = match.group(2).lower()
    if suffix in lex.UNITS or suffix in SCALE_ABBREVIATIONS or suffix in ("st", "nd", "rd", "th"):
        return None
    return match.group(1)


def _variant(head: str, tail: str) -> bool:
    """ "787-9", "777-8": a model and its variant, never a range or a score (a range does not
    fall, and no score pairs three digits with one)."""
    return len(head) >= 3 and len(tail) == 1 and head.isdigit() and not year_like(head)


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def _model_before_name(doc: Doc, i: int) -> bool:
    """ "737 Max", "787 Dreamliner": three digits or more before a capitalised name that is no
    unit, month, place or nation the number could count ("300 Democrats")."""
    if len(doc[i].text) < 3 or i + 1 >= len(doc) or doc[i].whitespace_ != " ":
        return False
    name = doc[i + 1]
    if not (name.tag_ in ("NNP", "NN") and name.text[:1].isupper() and not name.is_upper
            and name.lower_ not in lex.UNITS and name.lower_ not in lex.MONTHS
            and name.ent_type_ not in ("NORP", "GPE", "LOC", "FAC", "DATE")) \
            or _PLURAL_ACRONYM.fullmatch(name.text):
        return False  # "301 MPs", "120 PCs": a plural counted, where a model has one name
    # "200 Google engineers", "143 Apple stores" count them: a round number, or a company's
    # name, before a plural noun
    return not ((doc[i].text.endswith("0") or name.ent_type_ == "ORG")
                and (noun_after(doc, i + 1, len(doc), plural=True) or _plural_name(doc[i])))


def _plural_name(figure: Token) -> bool:
    """ "100 Rocket Diners", "40 Pizza Huts": the capitalised name the figure counts ends in
    a plural (a few words on), so the figure counts its branches."""
    head = figure.head
    if figure.dep_ != "nummod" or not figure.i + 1 < head.i <= figure.i + 4:
        return False
    names = figure.doc[figure.i + 1 : head.i + 1]
    plural = head.tag_ in ("NNS", "NNPS") or (
        head.tag_ == "NNP" and head.lower_.endswith("s") and not head.lower_.endswith("ss"))
    return plural and all(t.is_title for t in names)


def digit_led(text: str) -> bool:
    """Whether a token starts with a digit, perhaps after a sign: only those can be codes."""
    return text[:1].isdigit() or (text[:1] in "-+−" and text[1:2].isdigit())


def _dash_code_after(doc: Doc, i: int) -> bool:
    """ "777-200LR", "787-9": digits joined by a hyphen to a model code or variant."""
    if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].text not in lex.RANGE_DASHES:
        return False
    tail = doc[i + 2].text
    return not doc[i + 1].whitespace_ and ((any(c.isalpha() for c in tail) and
                                            any(c.isdigit() for c in tail))
                                           or _variant(doc[i].text, tail))


def not_a_figure(doc: Doc, i: int, limit: int, value: Number) -> bool:
    """Digits that are a date, a year, or part of a name or code ("09575": a leading zero)."""
    text = doc[i].text
    if len(text) > 1 and text[0] == "0" and text[1].isdigit():
        return True
    return in_date(doc, i, limit) or _is_year(doc, i, limit, value) or _is_code(doc, i, limit) \
        or _section_number(doc, i)


def _section_number(doc: Doc, i: int) -> bool:
    """ "1. Introduction", "1.1. Scope", "4) Results", '2. "Go" big': the number a heading or a
    list item opens its line with, closed by a full stop or a bracket ("3 Dead in Storm" stays
    a count)."""
    if (i > 0 and "\n" not in doc[i - 1].text) or i + 2 >= len(doc) or doc[i].whitespace_:
        return False  # the parse may end a sentence at "1.": look past it
    first = doc[i + 2]
    if first.is_quote and i + 3 < len(doc):
        first = doc[i + 3]
    return doc[i + 1].text in (".", ")") and first.is_title and first.is_alpha


def known_code(doc: Doc, i: int, limit: int, codes: frozenset[str]) -> bool:
    """ "the 787", "787-8": a number this document uses as a name, unless it counts something."""
    previous = doc[i - 2] if i > 1 and doc[i - 1].text in lex.RANGE_DASHES else None
    if previous is not None and not previous.whitespace_ and not doc[i - 1].whitespace_ and (
            previous.text in codes or year_like(previous.text) or in_date(doc, i - 2, limit)):
        return True
    following = doc[i + 1] if i + 1 < limit else None
    if following is not None and following.pos_ == "PROPN" and following.is_upper and \
            len(following) > 1 and following.lower_ not in lex.UNITS and \
            not noun_after(doc, i + 1, limit):
        return True  # "the 737 MAX"
    if doc[i].text not in codes or _after_currency(doc, i):
        return False
    return following is None or following.tag_ != "NNS"


def _after_currency(doc: Doc, i: int) -> bool:
    return i > 0 and currency_symbol(doc[i - 1]) is not None


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


def _is_year(doc: Doc, i: int, limit: int, value: Number) -> bool:
    if not year_like(doc[i].text):
        return False
    previous = doc[i - 1].lower_ if i > 0 else ""
    if previous in ("the", "'s", "his", "her", "its", "their", "our", "this", "that", "from",
                    "since", "in", "until", "before", "after", "during", "between", "by", "fy"):
        return True  # "the 2014 protests", "from 2005 levels"
    if previous in ("and", "or", "to", "through") and i > 1 and year_like(doc[i - 2].text) and \
            i + 1 < limit and doc[i + 1].lemma_.lower() in _YEARS_OF and \
            _is_year(doc, i - 2, limit, value):
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


def _number_called(doc: Doc, i: int, limit: int) -> bool:
    """ "called 911", "dial 999", "a 911 caller": a number of three digits or more that is
    called or dialled, or names a call, is a telephone number."""
    token = doc[i]
    if len(token.text) < 3 or not token.text.isdigit():
        return False
    head = token.head
    if token.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in _CALLING and \
            not noun_after(doc, i, limit) and next_lower(doc, i, limit) != "of":
        return True
    return token.dep_ in ("nummod", "compound") and head.tag_ == "NN" and \
        head.lemma_.lower() in _CALLS


def _is_code(doc: Doc, i: int, limit: int) -> bool:
    token = doc[i]
    if token.ent_type_ in lex.PLACE_LABELS | {"PERSON"} and token.ent_iob_ == "I" \
            and not (i + 1 < limit and doc[i + 1].lower_ in lex.UNITS):
        return True  # "Destiny 2", but not "Mix 200 grams" the model took for a product
    if _number_called(doc, i, limit):
        return True
    if i == 0:
        return False
    previous = doc[i - 1]
    if previous.text in lex.RANGE_DASHES and not previous.whitespace_ and i > 1 and \
            not doc[i - 2].whitespace_ and _identifier_part(doc, i - 2):
        return True  # "MH-17", "pp.1-110", "978-3-319"
    if previous.text == "." and i > 1 and doc[i - 2].lower_ + "." in lex.ID_NOUNS:
        return True  # "pp. 12" split as "pp" "."
    following = doc[i + 1] if i + 1 < limit else None
    scored = following is not None and following.text in lex.RANGE_DASHES and \
        not following.whitespace_
    if previous.lower_ in ("and", ",", "or", "to") and i > 1 and doc[i - 2].is_digit and \
            doc[i - 3 if i > 2 else 0].lower_ in lex.ID_NOUNS:
        return True  # "Sections 4 and 16", "posts 542 and 543"
    if previous.lower_ in ("and", ",", "or") and i > 2 and doc[i - 2].is_digit and \
            doc[i - 3].pos_ == "PROPN" and doc[i - 3].ent_type_ not in ("GPE", "NORP") and \
            not noun_after(doc, i, limit) and _is_code(doc, i - 2, limit):
        return True  # "Windows 95, 98 and 2000": the versions listed after the first
    if previous.lower_ in lex.RANK_WORDS or (previous.text == "." and i > 1 and
                                             doc[i - 2].lower_ in ("no", "nos")):
        return True  # "No. 1", "number 10"
    if previous.lower_ in lex.ID_NOUNS and previous.is_title and not previous.is_sent_start:
        return True  # "Level 2 stations", "Week 13 rematch", "Phase 3 trial"
    if previous.lower_ in lex.ID_NOUNS and not noun_after(doc, i, limit):
        return previous.pos_ in ("NOUN", "PROPN") or previous.text[:1].isupper() \
            or previous.lower_ in lex.NOUNS_ONLY
    if previous.pos_ != "PROPN" or previous.lower_ in lex.MONTHS or scored or \
            currency_symbol(previous) is not None:
        return False
    # "iPhone 4 owners", "Boeing 787 Dreamliners": a number right after a name is part of it,
    # but "Russia 22 ..." after a country name stays a figure when a noun follows.
    return previous.ent_type_ not in ("GPE", "NORP") or not noun_after(doc, i, limit)


def _identifier_part(doc: Doc, i: int) -> bool:
    """Whether token i, glued before a dash, is part of a code: letters, a slash, or an earlier
    dash ("MH", "10.1007/978", "978-3")."""
    text = doc[i].text
    if any(c.isalpha() or c == "/" for c in text):
        return True
    return i > 0 and doc[i - 1].text in lex.RANGE_DASHES and not doc[i - 1].whitespace_


def noun_after(doc: Doc, i: int, limit: int, *, plural: bool = False) -> bool:
    """Whether the figure at i is followed by a noun it could count, a unit or a percent sign."""
    if i + 1 >= limit:
        return False
    following = doc[i + 1]
    lower = following.lower_
    if lower in lex.UNITS or lower in lex.PERCENT_WORDS or lower in lex.CURRENCY_WORDS or \
            lower in SCALES or lower in _COUNT_WORDS:
        return lower not in lex.TIME_UNITS or not plural
    if plural:
        return following.tag_ in ("NNS",) or (following.pos_ == "ADJ" and i + 2 < limit and
                                             doc[i + 2].tag_ == "NNS")
    return following.pos_ in ("NOUN",) or (following.pos_ == "ADJ" and i + 2 < limit and \
        doc[i + 2].pos_ == "NOUN")


def money_after(doc: Doc, i: int, limit: int) -> bool:
    j = i + 1
    while j < limit and j < i + 4:
        lower = doc[j].lower_
        if lower in lex.CURRENCY_WORDS or doc[j].text in lex.ISO_CURRENCIES:
            return True
        if lower not in SCALE_ABBREVIATIONS and lower not in SCALES and \
                lower not in lex.DOLLAR_NATIONS:
            return False
        j += 1
    return doc[i].ent_type_ == "MONEY"


# Nouns for one person, after which a small number set off by commas is an age.
_ONE_PERSON = ROLES | MALE_ROLES | FEMALE_ROLES | frozenset({"man", "woman", "boy", "girl"})


def age_after_name(doc: Doc, i: int, limit: int) -> bool:
    """ "Papermaster, 49, left", "the former star, 42, was voted off": a small number set off
    by commas after a name, or after a noun for one person, is an age."""
    value = parse_digits(doc[i].text)
    if value is None or not 1 <= value <= 120 or i < 2 or i + 1 >= limit:
        return False
    before, name, after = doc[i - 1].text, doc[i - 2], doc[i + 1].text
    pairs = {(",", ","), (",", "."), (",", ";"), ("(", ")"), (",", "―"), (",", "—"), (",", "–")}
    return (before, after) in pairs and (name.ent_type_ == "PERSON" or name.pos_ == "PROPN" or (
        name.tag_ == "NN" and name.lower_ in _ONE_PERSON))


def next_lower(doc: Doc, i: int, limit: int) -> str:
    return doc[i + 1].lower_ if i + 1 < limit else ""


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
