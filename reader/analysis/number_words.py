"""Reading the value of a number as written: digits with separators, words, fractions, scales."""

from __future__ import annotations

import re
from collections.abc import Sequence

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7,
          "billion": 10**9, "trillion": 10**12}
# Abbreviated scales written after digits: "1.5bn", "€20m", "10k", "$7.2 bn".
SCALE_ABBREVIATIONS = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6,
                       "mm": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9, "tn": 10**12,
                       "trn": 10**12, "tln": 10**12}
DOZENS = {"dozen": 12, "score": 20}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}
# Denominators read as fractions after a numerator: "two thirds", "a quarter", "half".
FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4,
             **{word: value for word, value in ORDINALS.items() if value > 2},
             **{word + "s": value for word, value in ORDINALS.items() if value > 2}}
# "dozens", "hundreds", "tens of thousands": a vague amount of at least two of the unit.
VAGUE_PLURALS = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 10**3,
                 "millions": 10**6, "billions": 10**9, "trillions": 10**12, "tens": 10}
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
                     "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125,
                     "⅜": 0.375, "⅝": 0.625, "⅞": 0.875, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 0.1}
NUMBER_WORDS = frozenset({*UNITS, *TENS, *SCALES, *DOZENS})

_SIGN = r"[-+−]?"
_ENGLISH = re.compile(_SIGN + r"(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)?(\.\d+)?$")
_EUROPEAN = re.compile(_SIGN + r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})*,\d+)$")
_POWER = re.compile(_SIGN + r"\d+(?:\.\d+)?[eE][-+]?\d+$")
_SLASH = re.compile(_SIGN + r"(\d+)/(\d+)$")
_SPACED = re.compile(r"[\s\u202f\u00a0]")

Number = float | int


def tidy(value: float) -> Number:
    """An integral float becomes an int, so 22.0 reads and serialises as 22."""
    if abs(value) < 1e15 and float(value).is_integer():
        return int(value)
    return float(f"{value:.12g}")


def parse_digits(text: str) -> Number | None:
    """The value of a number written in digits, or None: "1,234.5", "1.234.567", "3/4", "½"."""
    text = _SPACED.sub("", text.strip())
    if not text or len(text) > 40:
        return None
    if text in UNICODE_FRACTIONS:
        return tidy(UNICODE_FRACTIONS[text])
    if text[-1] in UNICODE_FRACTIONS and text[:-1].isdigit():
        return tidy(int(text[:-1]) + UNICODE_FRACTIONS[text[-1]])
    sign = -1 if text[0] in "-−" else 1
    body = text.lstrip("-+−")
    if _ENGLISH.match(text) and any(c.isdigit() for c in text):
        return tidy(sign * float(body.replace(",", "") or "0"))
    if _EUROPEAN.match(text):
        return tidy(sign * float(body.replace(".", "").replace(",", ".")))
    if _POWER.match(text):
        return tidy(sign * float(body))
    slash = _SLASH.match(text)
    if slash and int(slash.group(2)) != 0:
        return tidy(sign * int(slash.group(1)) / int(slash.group(2)))
    return None


def words_value(words: Sequence[str]) -> Number | None:
    """The value of a number phrase split into lower-case words and digit strings.

    Reads "one hundred and sixty one", "1.5 million", "two thirds", "a dozen", "half a million",
    "five and a half million", "3 million and a half"; None when the words make no number.
    """
    state = _State()
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "point":
            return _point(words[index + 1 :], state.total + state.current)
        if not state.read(word, following):
            return None
    if not state.seen:
        return None
    return tidy(state.total + state.current)


class _State:
    """The running sums while reading a number phrase left to right."""

    def __init__(self) -> None:
        self.total = self.current = self.before_and = 0.0
        self.last_scale, self.seen, self.pending_a = 1.0, False, False
        self.after_scale = False  # "and" right after a large scale: "3 million and a half"

    def read(self, word: str, following: str) -> bool:
        simple = _simple_value(word)
        if word in ("a", "an") or (word == "one" and following in FRACTIONS):
            self.pending_a = True
        elif simple is not None:
            self.current, self.seen = self.current + simple, True
        elif word == "and":
            self.before_and = self.current
            self.after_scale = not self.current and bool(self.total)
        elif word in ("-", "of"):
            pass
        elif word in SCALES or word in SCALE_ABBREVIATIONS:
            self._scale(SCALES.get(word) or SCALE_ABBREVIATIONS[word])
        elif word in DOZENS or (word in ("dozens", "scores") and self.current):
            self.current = (self.current or 1.0) * DOZENS[word.rstrip("s")]
            self.seen = True
        elif word in FRACTIONS:
            self._fraction(FRACTIONS[word], following)
        else:
            return False
        if word not in ("a", "an", "and", "-", "of", "one"):
            self.pending_a = False
        return True

    def _scale(self, scale: int) -> None:
        if not self.current and self.total and not self.pending_a and scale > self.last_scale:
            self.total *= scale  # "three lakh crore", "a thousand million"
        elif scale >= 1000:
            self.total += (self.current or 1.0) * scale
            self.current = 0.0
        else:
            self.current = (self.current or 1.0) * scale
        self.last_scale = max(float(scale), 1.0) if scale >= 1000 else self.last_scale
        self.seen = True

    def _fraction(self, denominator: int, following: str) -> None:
        numerator = self.current - self.before_and
        fraction = (numerator or 1.0) / denominator
        if following in SCALES or following in DOZENS or following in ("a", "an", "of"):
            self.current = self.before_and + fraction  # "five and a half million"
        elif self.after_scale:
            self.total += fraction * self.last_scale  # "3 million and a half"
            self.current = 0.0
        else:
            self.current = self.before_and + fraction
        self.before_and, self.seen = 0.0, True


def _simple_value(word: str) -> float | None:
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    if word[:1].isdigit() or word[:1] in "-+.−" or word[:1] in UNICODE_FRACTIONS:
        return parse_digits(word)
    return None


def _point(words: Sequence[str], whole: float) -> Number | None:
    """ "two hundred point zero three": the words after "point" are read digit by digit."""
    digits, tens = "", ""
    for word in [*words, ""]:
        if tens and word in UNITS and 0 < UNITS[word] < 10:
            digits, tens = digits + tens[0] + str(UNITS[word]), ""
            continue
        if word == "-":
            continue
        digits, tens = digits + tens, ""
        if word in UNITS and UNITS[word] < 10:
            digits += str(UNITS[word])
        elif word in TENS:
            tens = str(TENS[word])
        elif word not in ("-", ""):
            return None
    if not digits:
        return None
    return tidy(whole + float("0." + digits))


def ordinal_value(text: str) -> int | None:
    """The number of an ordinal: "third" -> 3, "21st" -> 21, "twenty-first" -> 21."""
    lower = text.lower()
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", lower)
    if match:
        return int(match.group(1))
    if lower in ORDINALS:
        return ORDINALS[lower]
    head, _, tail = lower.rpartition("-")
    if head in TENS and tail in ORDINALS and ORDINALS[tail] < 10:
        return TENS[head] + ORDINALS[tail]
    return None
