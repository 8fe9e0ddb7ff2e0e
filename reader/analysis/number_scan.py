"""Reading the bare figure at a token: digits with their scale, number words, vague amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from reader.analysis import number_lexicon as lex
from reader.analysis.number_filters import (
    DIGIT_RANGE,
    NUMBER_PATTERN,
    age_after_name,
    in_date,
    known_code,
    money_after,
    next_lower,
    not_a_figure,
    noun_after,
    year_like,
)
from reader.analysis.number_words import (
    DOZENS,
    FRACTIONS,
    NUMBER_WORDS,
    ORDINALS,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNICODE_FRACTIONS,
    UNITS,
    VAGUE_PLURALS,
    Number,
    ordinal_value,
    parse_digits,
    tidy,
    words_value,
)

_PERCENT_RANGE = re.compile(rf"({NUMBER_PATTERN})%[-–—‒]({NUMBER_PATTERN})%?$")
DIGITS = re.compile(rf"({NUMBER_PATTERN}(?:/\d+)?)([^\d\s]*)$")
# "1e10", "1.3e6", "-12e-1", but not a code such as "7e7".
_SCIENTIFIC = re.compile(r"[-+−]?(?:\d+\.\d+[eE][-+]?\d+|\d+[eE](?:[-+]\d+|\d\d+))$")
_SPACED_GROUP = re.compile(r"\d{3}$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?$")
VAGUE_STARTS = frozenset({"several", "few", "many", "some"})
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_NOT_ONE_BEFORE = frozenset({"the", "this", "that", "every", "any", "no", "which", "each",
                             "someone", "anyone", "only"})
_NOT_HALF_BEFORE = frozenset({"the", "first", "second", "other", "each", "latter", "former",
                              "better", "this", "that", "its", "his", "her", "their", "our"})


@dataclass(slots=True)
class Core:
    """A bare figure: its tokens, value or vague bounds, and what its own tokens say."""

    start: int
    end: int
    value: Number | None
    low: Number | None = None
    high: Number | None = None
    kind: str = "cardinal"
    unit: str | None = None
    qualifier: str = "exact"
    scale: int = 1  # the scale word it carries ("million"), for ranges sharing one
    unit_token: int | None = None  # the unit written as its own word ("miles", "hours")


def core_at(doc: Doc, i: int, limit: int, currency: bool,
            codes: frozenset[str] = frozenset()) -> Core | None:
    """The figure starting at token i, or None when there is none or it is a date or code."""
    token = doc[i]
    if token.like_url or token.like_email:
        return None
    if token.text[:1].isdigit() or (token.text[:1] in "-+−.½¼¾⅓⅔" and len(token.text) > 1):
        return _digits_at(doc, i, limit, currency, codes)
    if token.text in UNICODE_FRACTIONS:
        return _digits_at(doc, i, limit, currency, codes)
    return _words_at(doc, i, limit)


def _digits_at(doc: Doc, i: int, limit: int, currency: bool, codes: frozenset[str]) -> Core | None:
    token = doc[i]
    text = token.text
    if _CLOCK.match(text) or next_lower(doc, i, limit) in lex.CLOCK_WORDS or (
            next_lower(doc, i, limit) == "local" and next_lower(doc, i + 1, limit) == "time"):
        return None
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
    match = DIGITS.match(text)
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
    _extend_scale(doc, core, limit, currency)
    if age_after_name(doc, i, limit):
        core.kind, core.unit = "age", "years"
    return core


def _lettered(doc: Doc, i: int, limit: int, value: Number, written: str,
              currency: bool) -> Core | None:
    """Digits with letters or signs glued on: "3rd", "1.5bn", "10km", "45C", "1,234p", "3G"."""
    suffix = written.lower()
    if suffix in _ORDINAL_SUFFIXES:
        dated = doc[i].ent_type_ == "DATE" and not noun_after(doc, i, limit)
        return None if dated or in_date(doc, i, limit) else Core(i, i + 1, value, kind="ordinal")
    if written in ("C", "F"):
        return Core(i, i + 1, value, kind="quantity", unit="°" + written)  # "45C"
    if suffix == "p":
        return Core(i, i + 1, value, kind="money", unit="pence")  # "1,234p"
    if len(written) == 1 and written.isupper() and suffix not in ("k", "m", "b"):
        return None  # "3G", "5G": codes
    money = currency or money_after(doc, i, limit) or (
        suffix == "m" and noun_after(doc, i, limit, plural=True))  # "70m passengers"
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
    if low is None or high is None or year_like(match.group(1)):
        return None
    if low < high:
        return Core(token.i, token.i + 1, None, low, high, qualifier="range")
    return Core(token.i, token.i + 1, None, kind="score")


def _extend_scale(doc: Doc, core: Core, limit: int, currency: bool) -> None:
    """ "1.5 million", "3 hundred and 21", "2 and a half", "2 1/4", "40 000": words after digits."""
    words, j = [doc[core.start].text], core.end
    while j < limit and _scale_continues(doc, j, limit, words, currency):
        words.append(doc[j].lower_ if not doc[j].text[:1].isdigit() else doc[j].text)
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


def _joined_groups(words: list[str]) -> list[str]:
    """ "40 000" read as one number, "2 1/4" as two and a quarter."""
    if all(w[:1].isdigit() for w in words) and all(len(w) == 3 for w in words[1:]) and \
            "/" not in words[-1]:
        return ["".join(words)]
    return words


def _scale_continues(doc: Doc, j: int, limit: int, words: list[str], currency: bool) -> bool:
    token = doc[j]
    lower, last = token.lower_, words[-1]
    following = doc[j + 1] if j + 1 < limit else token
    if lower in SCALES or (lower in ("dozen", "dozens") and last[:1].isdigit()):
        return True
    if lower in SCALE_ABBREVIATIONS:
        glued = not doc[j - 1].whitespace_
        return currency or lower not in ("m", "mm") or money_after(doc, j, limit) or (
            glued and (token.text == "M" or (j + 1 < limit and doc[j + 1].tag_ == "NNS")))
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
            all(w.isdigit() for w in words) and len(words[0]) <= 3 and \
            all(len(w) == 3 for w in words[1:]):
        return True  # "40 000", "1 414 021 100"
    return last == "and" and (token.is_digit or lower in UNITS or lower in TENS)


def _words_at(doc: Doc, i: int, limit: int) -> Core | None:
    special = _vague_at(doc, i, limit)
    if special is not None or not _word_start(doc, i, limit):
        return special
    words, j = _collect_words(doc, i, limit)
    if not words or next_lower(doc, j - 1, limit) in lex.CLOCK_WORDS:
        return None  # "three o'clock" is a time
    ordinal = _ordinal(words)
    if ordinal is not None:
        return None if _ordinal_in_name_or_date(doc, i, j, limit) else Core(
            i, j, ordinal, kind="ordinal")
    value = words_value(words)
    if value is None:
        return None
    scale = max([SCALES.get(w, 1) for w in words] + [1])
    core = Core(i, j, value, scale=scale if scale > 1 and words[-1] in SCALES else 1)
    if any(w in FRACTIONS for w in words) and not any(w in SCALES or w in DOZENS for w in words):
        core.kind = "fraction"
    return core


def _vague_at(doc: Doc, i: int, limit: int) -> Core | None:
    """ "dozens", "several hundred", "a couple dozen", "a few million"."""
    lower = doc[i].lower_
    following = doc[i + 1].lower_ if i + 1 < limit else ""
    after = doc[i + 2].lower_ if i + 2 < limit else ""
    if lower in VAGUE_PLURALS or (lower in VAGUE_STARTS and
                                  following in (*SCALES, *VAGUE_PLURALS, "dozen")):
        return _vague(doc, i, limit)
    if lower == "a" and following == "couple" and after in ("dozen", *SCALES):
        return Core(i, i + 3, 2 * (DOZENS.get(after) or SCALES[after]), qualifier="about")
    if lower == "a" and following == "few" and after in (*SCALES, "dozen"):
        vague = _vague(doc, i + 1, limit)
        if vague is not None:
            vague.start = i
        return vague
    return None


def _ordinal(words: list[str]) -> int | None:
    """The ordinal the words write ("third", "twenty-first"); "a third", "two thirds" are
    fractions."""
    if words[0] in ("a", "an") or (len(words) > 1 and words[0] in UNITS and
                                   words[-1] in FRACTIONS):
        return None
    return ordinal_value("-".join(w for w in words if w != "-"))


def _ordinal_in_name_or_date(doc: Doc, i: int, j: int, limit: int) -> bool:
    token = doc[i]
    if in_date(doc, i, limit) or token.pos_ == "ADV":
        return True
    if token.ent_type_ == "DATE" and not noun_after(doc, j - 1, limit):
        return True
    # "the Fifth Amendment", "Third Avenue"
    return token.is_title and not token.is_sent_start and j < limit and doc[j].pos_ == "PROPN"


def _word_start(doc: Doc, i: int, limit: int) -> bool:
    token = doc[i]
    lower = token.lower_
    following = doc[i + 1].lower_ if i + 1 < limit else ""
    previous = doc[i - 1].lower_ if i > 0 else ""
    verb_use = i > 0 and doc[i - 1].tag_ == "TO" and following in ("in", "out")
    if token.pos_ == "VERB" or verb_use or _in_title(doc, i, limit):
        return False  # "to zero in on", "Half Life", "Zero Hedge"
    if lower in ("a", "an"):
        if following in SCALES or following in DOZENS:
            return True
        after = doc[i + 2] if i + 2 < limit else None
        return following in FRACTIONS and following not in ("quarters", "halves") and (
            after is None or after.lower_ == "of" or after.pos_ not in ("NOUN", "ADJ", "PROPN"))
    if previous in ("number", "no.", "no") or (previous == "-" and i > 1 and
                                                doc[i - 2].lower_ == "number"):
        return False  # "number one" is a rank
    if previous in lex.ID_NOUNS and not noun_after(doc, i, limit):
        return False  # "day five", "Group 2"
    if lower == "one":
        return token.pos_ == "NUM" and previous not in _NOT_ONE_BEFORE and following != "another"
    if lower == "half":
        return previous not in _NOT_HALF_BEFORE and following != "-" and token.pos_ != "PROPN"
    if lower in FRACTIONS and lower not in ORDINALS:
        return lower == "quarter" and following in SCALES  # "quarter million"
    if lower == "second":
        return token.pos_ == "ADJ"
    return (lower in NUMBER_WORDS and lower not in ("score",)) or lower in ORDINALS


def _in_title(doc: Doc, i: int, limit: int) -> bool:
    """A capitalised number word inside a name: a proper noun follows it mid-sentence."""
    token = doc[i]
    following = doc[i + 1] if i + 1 < limit else None
    return token.is_title and not token.is_sent_start and following is not None and \
        following.tag_ in ("NNP", "NN") and following.is_title


def _collect_words(doc: Doc, i: int, limit: int) -> tuple[list[str], int]:
    """The words of one number phrase from token i, and the token after it."""
    taken: list[tuple[str, int]] = []
    j = i
    while j < limit:
        token = doc[j]
        if token.is_space and taken:
            j += 1
            continue
        lower = token.lower_
        following = _next_word(doc, j, limit)
        words = [w for w, _ in taken]
        if taken and not _continues(words, lower, following, token, doc[taken[-1][1]]):
            break
        taken.append((lower, j))
        j += 1
        if lower in ORDINALS and lower not in FRACTIONS and len(taken) > 1:
            break
    while taken and taken[-1][0] in ("and", "-", "a", "an", "of", "point"):
        taken.pop()
    return [w for w, _ in taken], (taken[-1][1] + 1 if taken else i)


def _next_word(doc: Doc, j: int, limit: int) -> str:
    j += 1
    while j < limit and doc[j].is_space:
        j += 1
    return doc[j].lower_ if j < limit else ""


def _continues(words: list[str], lower: str, following: str, token: Token, previous: Token) -> bool:
    last = words[-1]
    before = words[-2] if len(words) > 1 else ""
    if lower == "-":
        glued = not previous.whitespace_ and not token.whitespace_
        return (glued and (following in NUMBER_WORDS or following in FRACTIONS or
                           following in ORDINALS or following in ("and", "a"))) or (
            last in TENS and following in UNITS)
    if last == "-" and lower in ("and", "a", "an"):  # "four-and-a-half"
        last, before = before, words[-3] if len(words) > 2 else ""
    if lower == "and":
        hyphened = following == "-" and not token.whitespace_
        return (last in SCALES and (following in UNITS or following in TENS)) or \
            ((following in ("a", "one") or hyphened) and last not in ("a", "an"))
    if lower in ("a", "an"):
        return last in ("half", "and", "quarter") or (last == "of" and before in FRACTIONS)
    if lower == "of":
        return last in VAGUE_PLURALS or (last in FRACTIONS and following in ("a", "an"))
    if lower == "point":
        return last in UNITS or last in TENS or last in SCALES
    if last == "point" or before == "point":
        return lower in UNITS or lower in TENS or lower == "-"
    if last == "-":
        last = before
    if lower in FRACTIONS:
        if last in TENS and lower in ORDINALS and ORDINALS[lower] < 10:
            return True  # "twenty-first" is an ordinal
        return last in UNITS or last in TENS or last in ("a", "an", "hundred", "and") or \
            last in SCALES
    if lower in ORDINALS:
        return last in TENS
    if token.text[:1].isdigit():
        return last == "and" and len(words) > 1
    if lower in ("dozens", "scores"):
        return last in UNITS or last in TENS
    if last in FRACTIONS or last in ("a", "an"):
        return lower in SCALES or lower in DOZENS
    return lower in NUMBER_WORDS and (last not in UNITS or lower in SCALES or lower in DOZENS)


def _vague(doc: Doc, i: int, limit: int) -> Core | None:
    """ "dozens", "hundreds of thousands", "several hundred": at least two of the unit."""
    size, j = 1, i
    if doc[i].lower_ in VAGUE_STARTS:
        j += 1
    while j < limit:
        lower = doc[j].lower_
        if lower in VAGUE_PLURALS:
            size *= VAGUE_PLURALS[lower]
        elif lower in SCALES or lower in DOZENS:
            size *= SCALES.get(lower) or DOZENS[lower]
        elif not (lower == "of" and j + 1 < limit and doc[j + 1].lower_ in VAGUE_PLURALS):
            break
        j += 1
    first = doc[i].lower_
    if size == 1 or (first in ("tens", "scores") and j == i + 1) or (
            first in VAGUE_STARTS and j == i + 1):
        return None
    if first in ("tens", "scores") and (j >= limit or doc[j].lower_ != "of") and j == i + 1:
        return None
    high = 99 if size in (12, 20) else size * 10 - 1
    return Core(i, j, None, low=2 * size, high=high, qualifier="about")


