"""Reading a figure written in digits: glued units and scales, dashed ranges, scale words after."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from reader.analysis import number_lexicon as lex
from reader.analysis.number_affixes import glued_hyphen, glued_without_stop
from reader.analysis.number_codes import DIGIT_RANGE, NUMBER_PATTERN, known_code
from reader.analysis.number_core import Core
from reader.analysis.number_dates import in_date
from reader.analysis.number_filters import age_after_name, not_a_figure
from reader.analysis.number_names import (
    glued_scale,
    k_reading,
    named_by_preposition,
    opens_name,
)
from reader.analysis.number_neighbours import money_after, next_lower, noun_after
from reader.analysis.number_words import (
    FRACTIONS,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNICODE_FRACTIONS,
    UNITS,
    Number,
    parse_digits,
    tidy,
    words_value,
)

_PERCENT_RANGE = re.compile(rf"({NUMBER_PATTERN})%[-–—‒]({NUMBER_PATTERN})%?$")
_DIGITS = re.compile(rf"({NUMBER_PATTERN}(?:/\d+)?)([^\d\s]*)$")
# "1e10", "1.3e6", "-12e-1", but not a code such as "7e7".
_SCIENTIFIC = re.compile(r"[-+−]?(?:\d+\.\d+[eE][-+]?\d+|\d+[eE](?:[-+]\d+|\d\d+))$")
_SPACED_GROUP = re.compile(r"\d{3}$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?$")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# The lines of the video formats written with "p" ("1080p"): no prices in pence.
_VIDEO_LINES = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})


def digits_at(doc: Doc, i: int, limit: int, currency: bool, codes: frozenset[str]) -> Core | None:
    """The figure whose digits start at token i, or None for a time, date, year or code."""
    token = doc[i]
    text = token.text
    if _CLOCK.match(text) or next_lower(doc, i, limit) in lex.CLOCK_WORDS or (
            next_lower(doc, i, limit) == "local" and next_lower(doc, i + 1, limit) == "time"):
        return None
    if not currency and (_named(doc, i, limit, codes) or _titled(doc, i, limit)
                         or _generation(doc, i, limit)):
        return None
    k = None if currency else k_reading(doc, i)
    if k is not None and k[1] <= limit:
        # "a 4K TV" is a picture's resolution; "a 5K run" five kilometres
        return None if k[0] == "screen" else Core(i, k[1], parse_digits(text.rstrip("Kk")),
                                                   kind="quantity", unit="km")
    percents = _PERCENT_RANGE.match(text)
    if percents:  # "5.25%-5.5%"
        low, high = parse_digits(percents.group(1)), parse_digits(percents.group(2))
        return Core(i, i + 1, None, low, high, kind="percent", unit="%", qualifier="range")
    dashed = DIGIT_RANGE.match(text)
    if dashed:
        if dashed.group(1) in codes or (i > 0 and doc[i - 1].lower_ in lex.ID_NOUNS):
            return None
        return _dashed(token, dashed)
    whole = parse_digits(text) if not text.isdigit() else None
    if whole is not None and (_SCIENTIFIC.match(text) or not text[-1].isdigit() or
                              text[0] == "."):
        kind = "fraction" if "/" in text or text[-1] in UNICODE_FRACTIONS else "cardinal"
        return Core(i, i + 1, whole, kind=kind)  # "1e10", "½", ".08", "3/4"
    match = _DIGITS.match(text)
    value = parse_digits(match.group(1)) if match else None
    if match is None or value is None:
        return None
    if match.group(2):
        return _lettered(doc, i, limit, value, match.group(2), currency)
    if "/" in match.group(1) and (not _plain_fraction(match.group(1)) or (
            i > 0 and doc[i - 1].lower_ in ("on", "since", "until"))):
        return None  # "9/11", "24/7", "on 3/5"
    if not_a_figure(doc, i, limit, value) or known_code(doc, i, limit, codes):
        return None
    core = Core(i, i + 1, value, kind="fraction" if "/" in match.group(1) else "cardinal")
    _extend_scale(doc, core, limit, currency, codes)
    if age_after_name(doc, i, limit):
        core.kind, core.unit = "age", "years"
    return core


# Words before a figure that make it an amount: "some 3M viewers", "more than 2B".
_AMOUNT_LEADS = frozenset(words[0] for words in lex.QUALIFIERS_BEFORE if len(words) == 1) | {
    "than"}


def _named(doc: Doc, i: int, limit: int, codes: frozenset[str]) -> bool:
    """ "3M" where the document uses it as a name ("3M's chief"), or where it opens one ("the
    2B Mindset plan"), unless a currency word or a counted noun after it, or a qualifier before
    it, makes this one an amount."""
    glued = glued_scale(doc, i)
    if glued is None or (glued[0] not in codes and not opens_name(doc, glued[1])
                         and not named_by_preposition(doc, glued[1])):
        return False
    last = glued[1] - 1
    return not (money_after(doc, last, limit) or noun_after(doc, last, limit) or (
        i > 0 and doc[i - 1].lower_ in _AMOUNT_LEADS))


def _generation(doc: Doc, i: int, limit: int) -> bool:
    """ "4G handsets", "a (3G) device": a capital G the tokenizer splits off the digits names a
    generation of mobile networks, as the unsplit "5G" does; grams are written "g"."""
    return i + 1 < limit and doc[i + 1].text == "G" and not doc[i].whitespace_


def _titled(doc: Doc, i: int, limit: int) -> bool:
    """ "the music show The 411,", "a preview of 'The 100'": bare digits after a capitalised
    "The" with a word before it in the sentence and no noun after them are a title."""
    if i < 2 or doc[i - 1].text != "The" or not doc[i].text.isdigit():
        return False
    before = [t for t in doc[doc[i - 1].sent.start : i - 1] if not t.is_punct and not t.is_space]
    return bool(before) and not noun_after(doc, i, limit)


def _lettered(doc: Doc, i: int, limit: int, value: Number, written: str,
              currency: bool) -> Core | None:
    """Digits with letters or signs glued on: "3rd", "1.5bn", "10km", "45C", "1,234p", "3G"."""
    suffix = written.lower()
    if suffix in _ORDINAL_SUFFIXES:
        dated = doc[i].ent_type_ == "DATE" and not noun_after(doc, i, limit)
        named = i + 1 < limit and doc[i + 1].is_title and \
            doc[i + 1].lower_ in lex.ORDINAL_NAME_HEADS  # "17th Street", "82nd Airborne"
        return None if dated or named or in_date(doc, i, limit) else Core(
            i, i + 1, value, kind="ordinal")
    if written in ("C", "F"):
        return Core(i, i + 1, value, kind="quantity", unit="°" + written)  # "45C"
    if suffix == "p":
        if doc[i].text[:-1] in _VIDEO_LINES:
            return None  # "1080p", "720p": a picture's resolution, no pence
        return Core(i, i + 1, value, kind="money", unit="pence")  # "1,234p"
    if len(written) == 1 and written.isupper() and suffix not in ("k", "m", "b"):
        return None  # "3G", "5G": codes
    money = currency or money_after(doc, i, limit) or (
        suffix in ("m", "b") and noun_after(doc, i, limit, plural=True))  # "70m passengers"
    if suffix == "b" and not money and noun_after(doc, i, limit):
        return None  # "802.11b network", "a 2b pencil": a letter of a name, no billions
    core = Core(i, i + 1, value)
    return core if _glued_suffix(core, suffix, money, upper=written == "M") else None


def _plain_fraction(text: str) -> bool:
    """ "3/4", "1/100" are fractions; "9/11" or "24/7" are names of days and hours."""
    denominator = int(text.rpartition("/")[2] or 0)
    return 2 <= denominator <= 10 or denominator in (100, 1000)


def _glued_suffix(core: Core, suffix: str, money: bool, *, upper: bool = False) -> bool:
    """ "1.5bn", "€20m", "10km", "2GB", "12%": a scale or unit glued to the digits."""
    if suffix in ("m", "mm") and not money and not upper:
        unit = lex.GLUED_UNITS.get(suffix)
        core.unit, core.kind = unit, "quantity"
        return unit is not None
    if suffix in SCALE_ABBREVIATIONS:
        scale = SCALE_ABBREVIATIONS[suffix]
        core.value, core.scale = tidy((core.value or 0) * scale), scale
        return True
    if suffix == "%":
        core.unit, core.kind = "%", "percent"
        return True
    if suffix in lex.GLUED_UNITS:
        core.unit, core.kind = lex.GLUED_UNITS[suffix], "quantity"
        return True
    if suffix == "+":
        core.qualifier = "more than"
        return True
    return False


def _dashed(token: Token, match: re.Match[str]) -> Core | None:
    """ "15–20" is a range; "2–1" a score (two figures); "2017-18" a season (a date)."""
    low, high = parse_digits(match.group(1)), parse_digits(match.group(3))
    if low is None or high is None or lex.year_like(match.group(1)):
        return None
    if low < high and not tally_around(token.doc, token.i, token.i + 1):
        return Core(token.i, token.i + 1, None, low, high, qualifier="range")
    return Core(token.i, token.i + 1, None, kind="score")


# What a result ("a 4-7 record", "a 5-4 vote") or a scoring verb ("lost 2-3", "fell to 2-6")
# makes of a dashed pair that would otherwise read as a range.
_TALLY_NOUNS = frozenset({"record", "win", "victory", "loss", "defeat", "lead", "deficit", "vote",
                          "decision", "draw", "tie", "margin", "ruling", "majority", "split",
                          "start", "finish", "season", "streak"})
_TALLY_VERBS = frozenset({"win", "lose", "beat", "defeat", "trail", "lead", "fall", "improve",
                          "edge", "rout", "thrash", "drop", "vote", "rule", "draw", "tie"})


def tally_around(doc: Doc, start: int, end: int) -> bool:
    """Whether the dashed pair in tokens [start, end) is a score or a tally, by the noun after
    it or the verb before it, the names either side of it ("Tunisia 1–2 England") or the
    brackets it stands in after a name ("the Eagles (6-5, 3-4)": won-lost records)."""
    if _between_names(doc, start, end) or _record_after_name(doc, start, end):
        return True
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.lower_ in _TALLY_NOUNS or after.lower_ in lex.UNITS
                              or after.lower_ in lex.PERCENT_WORDS):
        return after.lower_ in _TALLY_NOUNS  # "fell to 5-10 degrees" is a range
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in ("to", "by") and start > 1:
        before = doc[start - 2]
    return before is not None and before.pos_ in ("VERB", "AUX") \
        and before.lemma_.lower() in _TALLY_VERBS


def _between_names(doc: Doc, start: int, end: int) -> bool:
    """ "Tunisia 1–2 England": a pair between two names is the score of their match."""
    return start > 0 and end < len(doc) and doc[start - 1].pos_ == "PROPN" and \
        doc[end].pos_ == "PROPN"


def _record_after_name(doc: Doc, start: int, end: int) -> bool:
    """ "the Eagles (6-5, 3-4)": dashed pairs alone in brackets right after a name are its
    won-lost records, overall and in its conference."""
    first = start
    while first > 0 and _in_records(doc[first - 1]):
        first -= 1
    last = end
    while last < len(doc) and _in_records(doc[last]):
        last += 1
    return first > 1 and last < len(doc) and doc[first - 1].text == "(" and \
        doc[last].text == ")" and doc[first - 2].pos_ == "PROPN"


def _in_records(token: Token) -> bool:
    """A piece of a list of won-lost records: a comma, a dash, a small whole number, or a pair
    written as one word ("6-5")."""
    text = token.text
    return text == "," or text in lex.RANGE_DASHES or (token.is_digit and len(text) <= 3) or \
        DIGIT_RANGE.match(text) is not None


def _extend_scale(doc: Doc, core: Core, limit: int, currency: bool,
                  codes: frozenset[str]) -> None:
    """ "1.5 million", "3 hundred and 21", "2 and a half", "2 1/4", "40 000": words after digits."""
    words, j = [doc[core.start].text], core.end
    if glued_hyphen(doc, j, limit) and doc[j + 1].lower_ in SCALES:
        j += 1  # "a $400-million business", "a 13.8-billion-year span"
    while j < limit and _scale_continues(doc, j, limit, words, currency, codes):
        token = doc[j]
        words.append(token.text if token.text[:1].isdigit()
                     else glued_without_stop(token, SCALE_ABBREVIATIONS))
        j += 1
    while words[-1] in ("and", "a", "an"):
        words.pop()
        j -= 1
    if len(words) > 1:
        value = words_value(_joined_groups(words))
        if value is not None:
            scale = max((SCALES.get(w) or SCALE_ABBREVIATIONS.get(w, 1)) for w in words[1:])
            core.value, core.end, core.scale = value, j, scale
            if any(w in FRACTIONS or "/" in w for w in words):
                core.kind = "fraction" if scale == 1 else core.kind


def _plural_ahead(doc: Doc, j: int, limit: int) -> bool:
    """Whether a plural noun follows token j, at once or after the nouns that modify it:
    "1.4m cash machines" as well as "70m passengers"."""
    following = doc[j + 1] if j + 1 < limit else None
    if following is None:
        return False
    if following.tag_ in ("NNS", "NNPS"):
        return True  # "70m passengers", "2m Britons"
    head = following.head
    return following.tag_ == "NN" and following.dep_ == "compound" and head.tag_ == "NNS" \
        and j + 1 < head.i < min(limit, j + 4)


def _hundreds(digits: str) -> bool:
    """Whether digits are under a thousand, as a figure with a glued "m" for millions is
    ("70m passengers"); "10,000m world records" are metres, since millions of thousands are
    written in billions."""
    value = parse_digits(digits)
    return value is not None and value < 1000


def _joined_groups(words: list[str]) -> list[str]:
    """ "40 000" read as one number, "2 1/4" as two and a quarter."""
    if all(w[:1].isdigit() for w in words) and all(len(w) == 3 for w in words[1:]) and \
            "/" not in words[-1]:
        return ["".join(words)]
    return words


def _scale_continues(doc: Doc, j: int, limit: int, words: list[str], currency: bool,
                     codes: frozenset[str]) -> bool:
    token = doc[j]
    lower, last = glued_without_stop(token, SCALE_ABBREVIATIONS), words[-1]
    following = doc[j + 1] if j + 1 < limit else token
    if lower in SCALES or (lower in ("dozen", "dozens") and last[:1].isdigit()):
        return True
    if lower in SCALE_ABBREVIATIONS:
        glued = not doc[j - 1].whitespace_
        return currency or lower not in ("m", "mm") or money_after(doc, j, limit) or (
            glued and (token.text == "M" or (_plural_ahead(doc, j, limit) and _hundreds(last))))
    if lower == "and":
        return (last in SCALES and (following.lower_ in UNITS or following.lower_ in TENS
                                    or following.is_digit)) or (
            following.lower_ in ("a", "an") and j + 2 < limit and doc[j + 2].lower_ in FRACTIONS)
    if lower in ("a", "an"):
        return last == "and"
    if lower in FRACTIONS:
        return last in ("a", "an")
    if len(words) == 1 and last.isdigit() and doc[j - 1].whitespace_ == " " and \
            re.fullmatch(r"\d+/\d+", token.text) and _plain_fraction(token.text):
        return True  # "2 1/4"
    if _SPACED_GROUP.match(token.text) and doc[j - 1].whitespace_ == " " and \
            token.text not in codes and \
            all(w.isdigit() for w in words) and len(words[0]) <= 3 and \
            all(len(w) == 3 for w in words[1:]):
        return True  # "40 000", "1 414 021 100"
    return last == "and" and (token.is_digit or lower in UNITS or lower in TENS)

