"""What is written around the digits of a figure: currency, percent sign, unit, age, qualifier."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from reader.analysis import number_lexicon as lex
from reader.analysis.number_core import Core
from reader.analysis.number_words import SCALE_ABBREVIATIONS, tidy

_MAX_QUALIFIER = max(len(words) for words in lex.QUALIFIERS_BEFORE)


def currency_symbol(token: Token) -> str | None:
    """The ISO code of a currency sign or code ("$", "US$", "€", "USD"), or None."""
    return lex.CURRENCY_SYMBOLS.get(token.lower_) or (
        token.text if token.text in lex.ISO_CURRENCIES else None)


def currency_before(doc: Doc, i: int, floor: int) -> tuple[int, str] | None:
    """ "$", "US$", "€", "USD" right before the digits: (first token, ISO code)."""
    if i <= floor:
        return None
    code = currency_symbol(doc[i - 1])
    if code is None:
        return None
    start = i - 1
    if start > floor and code == "USD" and doc[start - 1].lower_ in ("us", "u.s."):
        start -= 1
    return start, code


def suffix(doc: Doc, core: Core, limit: int) -> None:
    """What follows the digits: a scale for money, a percent sign, a currency, a unit, an age."""
    j = core.end
    if j < limit and core.kind == "money" and doc[j].lower_ in SCALE_ABBREVIATIONS and \
            core.value is not None and core.scale == 1:
        scale = SCALE_ABBREVIATIONS[doc[j].lower_]
        core.value, core.scale, j = tidy(core.value * scale), scale, j + 1
    j = _percent(doc, core, j, limit)
    if core.value is None and core.low is not None and j + 1 < limit and \
            doc[j].lower_ == "of" and _currency_after(doc, core, j + 1, limit) > j + 1:
        j = _currency_after(doc, core, j + 1, limit)  # "millions of dollars"
    j = _currency_after(doc, core, j, limit)
    j = _unit_after(doc, core, j, limit)
    core.end = j


def age_before(doc: Doc, core: Core, floor: int) -> None:
    """ "aged 15", "aged over 65", "aged between 18 and 25", "at age 12": ages."""
    if core.start <= floor or not (
            core.kind == "cardinal" or core.unit in ("years", "months", "weeks", "days")):
        return
    word = doc[core.start - 1].lower_
    if word in ("age", "ages", "aged"):
        core.kind, core.unit = "age", core.unit or "years"
    if word == "aged":
        core.start -= 1


def _percent(doc: Doc, core: Core, j: int, limit: int) -> int:
    if j >= limit or core.kind == "money":
        return j
    if glued_hyphen(doc, j, limit) and doc[j + 1].lower_ in ("percent", "pct"):
        j += 1  # "up to 80-percent"
    lower = doc[j].lower_
    if lower in ("%", "percent", "pct", "pc"):
        core.kind, core.unit = "percent", "%"
        return j + 1
    if j + 1 < limit and (lower, doc[j + 1].lower_) == ("per", "cent"):
        core.kind, core.unit = "percent", "%"
        return j + 2
    if j + 1 < limit and lower == "percentage" and doc[j + 1].lower_ in ("point", "points"):
        core.kind, core.unit = "percent", "percentage points"
        return j + 2
    return j


def _currency_after(doc: Doc, core: Core, j: int, limit: int) -> int:
    """ "20 million dollars", "1.2 trillion yuan", "$249 USD", "5 Australian dollars"."""
    if j >= limit or core.kind in ("percent", "ordinal"):
        return j
    if glued_hyphen(doc, j, limit) and doc[j + 1].lower_ in lex.CURRENCY_WORDS and \
            doc[j + 1].lower_ not in ("pound", "pounds"):
        j += 1  # "a billion-dollar deal": a sum in that currency ("a 5-pound bag" weighs)
    token = doc[j]
    nation = lex.DOLLAR_NATIONS.get(token.lower_)
    if nation is not None and j + 1 < limit and doc[j + 1].lower_ in ("dollar", "dollars"):
        core.kind, core.unit = "money", nation
        return j + 2
    if token.lower_ == "hong" and j + 2 < limit and doc[j + 2].lower_ in ("dollar", "dollars"):
        core.kind, core.unit = "money", "HKD"
        return j + 3
    if token.text in lex.ISO_CURRENCIES:
        core.kind, core.unit = "money", token.text
        return j + 1
    code = lex.CURRENCY_WORDS.get(token.lower_)
    if code is None or (token.lower_ == "won" and token.pos_ == "VERB"):
        return j
    if token.lower_ in ("pound", "pounds") and core.kind != "money" and (
            token.ent_type_ != "MONEY" or (j + 1 < limit and doc[j + 1].lower_ == "of")):
        core.kind, core.unit = "quantity", "lb"
        return j + 1
    if core.kind != "money" or core.unit in (None, code):
        core.kind, core.unit = "money", code
    return j + 1


def glued_hyphen(doc: Doc, j: int, limit: int) -> bool:
    """A hyphen at token j glued to the words either side of it, with a word after it."""
    return j + 1 < limit and doc[j].text == "-" and not doc[j].whitespace_ and \
        not doc[j - 1].whitespace_


def _unit_after(doc: Doc, core: Core, j: int, limit: int) -> int:
    """A unit of measure ("10 km", "3.5-inch", "2,000 years") or an age ("15-year-old")."""
    if j >= limit or core.kind in ("percent", "money", "ordinal") or core.unit is not None:
        return _age_suffix(doc, core, j, limit)
    start = j
    if glued_hyphen(doc, j, limit):
        j += 1
    prefix = ""
    if j < limit and doc[j].lower_ in lex.UNIT_PREFIXES:
        prefix, j = doc[j].lower_, j + 1
    if j >= limit:
        return start
    glued = not doc[j - 1].whitespace_
    lower = glued_without_stop(doc[j], lex.GLUED_UNITS) if doc[j].is_sent_end \
        else doc[j].lower_
    unit = lex.UNITS.get(lower) or (lex.GLUED_UNITS.get(lower) if glued else None)
    if glued and prefix == "" and _inch_mark(doc, j):
        core.unit, core.kind, core.unit_token = "inches", "quantity", j  # 'a 65" TV'
        return j + 1
    if lower == "basis" and j + 1 < limit and doc[j + 1].lower_ in ("point", "points"):
        unit, j = "bp", j + 1  # "25 basis points"
    if unit is None or (len(lower) < 2 and not glued) or (doc[j].pos_ == "VERB" and not glued):
        return start
    if unit == "seconds" and lower == "second" and doc[j - 1].whitespace_ and prefix == "":
        return start
    if unit == "cups" and not _measure_of(doc, j + 1, limit):
        return start  # "won two cups in a row": trophies
    if j + 2 < limit and doc[j + 1].text in ("-", "/") and not doc[j].whitespace_ and \
            not doc[j + 1].whitespace_ and doc[j + 2].lower_ in lex.UNITS:
        unit = f"{unit}{doc[j + 1].text}{lex.UNITS[doc[j + 2].lower_]}"  # "lb-ft", "km/h"
        j += 2
    elif j + 2 < limit and doc[j + 1].text == "/" and not doc[j].whitespace_ and \
            not doc[j + 1].whitespace_ and doc[j + 2].lower_ in lex.RATE_TIMES:
        unit = f"{unit}/{lex.RATE_TIMES[doc[j + 2].lower_]}"  # "25.6 km/h", "40 m/s"
        j += 2
    core.unit, core.kind, core.unit_token = lex.unit_name(prefix, unit), "quantity", j
    return _age_suffix(doc, core, j + 1, limit)


def _measure_of(doc: Doc, j: int, limit: int) -> bool:
    """Whether what a cup holds follows at token j ("a cup of rice", "½ cup edamame"): a
    cup is a measure only so."""
    return j < limit and (doc[j].lower_ == "of" or doc[j].pos_ in ("NOUN", "PROPN", "ADJ"))


_INCH_MARKS = frozenset({'"', "″"})


def _inch_mark(doc: Doc, j: int) -> bool:
    """Whether the straight double quote glued after the digits before token j is an inch mark
    ('a 65" TV'), not the end of a quotation ('"I paid 34"'): no quotation is open before it
    in its paragraph, counting the marks glued after digits as inches too."""
    if doc[j].text not in _INCH_MARKS:
        return False
    start = j  # from the paragraph's start: a quotation may run over sentences
    while start > 0 and j - start < 400 and "\n" not in doc[start - 1].text:
        start -= 1
    opened = False
    for k in range(start, j):
        token = doc[k]
        if token.is_quote and token.text != "'":
            inch = token.text in _INCH_MARKS and k > 0 and doc[k - 1].like_num and \
                not doc[k - 1].whitespace_
            opened = opened if inch and not opened else not opened
    return not opened


def _age_suffix(doc: Doc, core: Core, j: int, limit: int) -> int:
    if core.unit not in ("years", "months", "weeks", "days"):
        return j
    if j + 1 < limit and doc[j].text == "-" and doc[j + 1].lower_ == "old":
        core.kind = "age"
        return j + 2
    if j < limit and doc[j].lower_ == "old":
        core.kind = "age"
        return j + 1
    return j


def qualifier_before(doc: Doc, core: Core, floor: int) -> None:
    if core.kind == "ordinal" or (core.qualifier == "range" and doc[core.start].lower_ in (
            "between", "from")):
        return
    found = _qualifier_ending(doc, core, core.start, floor)
    if found is None:
        return
    qualifier, start = found
    bound = _qualifier_ending(doc, core, start, floor) if qualifier == "about" else None
    if bound is not None and bound[0] != "about":
        qualifier, start = bound  # "at least an estimated 5 million": at least
    if core.qualifier != "range" or qualifier == "about":
        core.qualifier = qualifier  # "about 20 to 30": a hedged range keeps its low and high
    core.start = start


def _qualifier_ending(doc: Doc, core: Core, end: int, floor: int) -> tuple[str, int] | None:
    """The qualifier written right before token end, and the token it starts on."""
    before = [doc[k].lower_ for k in range(max(floor, end - _MAX_QUALIFIER), end)]
    for size in range(len(before), 0, -1):
        start = end - size
        words = tuple(before[-size:])
        qualifier = lex.QUALIFIERS_BEFORE.get(words)
        if qualifier is not None and _qualifies(doc, core, start, words):
            return qualifier, start
    return None


def _qualifies(doc: Doc, core: Core, start: int, words: tuple[str, ...]) -> bool:
    """ "over three years" and "talked about 5 issues" are no qualifiers."""
    if len(words) != 1 or words[0] not in lex.SPATIAL_QUALIFIERS:
        return True
    previous = doc[start - 1] if start > 0 else None
    verbs = [t for t in doc[max(0, start - 2) : start] if t.pos_ in ("VERB", "AUX")]
    if any(t.lemma_.lower() in lex.PREPOSITION_VERBS for t in verbs):
        return False  # "talked about 5 issues", "learn more about 529 plans"
    # "over six years" is a stretch of time; "for over six years" is more than six years.
    return core.unit not in lex.TIME_UNITS or (
        previous is not None and previous.lower_ in lex.DURATION_LEADS)


def qualifier_after(doc: Doc, core: Core, limit: int) -> None:
    for size in (2, 1):
        end = core.end + size
        if end > limit:
            continue
        words = tuple(t.lower_ for t in doc[core.end : end])
        if words and words[0] in ("-",) and size == 2:
            words = words[1:]
        qualifier = lex.QUALIFIERS_AFTER.get(words)
        if end < limit and (doc[end].like_num or doc[end].lower_ == "than" or
                            currency_symbol(doc[end]) is not None):
            continue  # "up 2.3 percent and up 4 percent", "5 or more than 6": the next figure's
        if qualifier is not None and (core.qualifier == "exact" or (
                core.qualifier == "range" and qualifier == "about")):
            core.qualifier, core.end = qualifier, end  # "20 to 30 or so": a hedged range
            return


def glued_without_stop(token: Token, forms: Collection[str]) -> str:
    """A token's lower form without the sentence's full stop the tokenizer leaves on an
    abbreviation glued to the figure before it, as on an initial ("m." closing "£17m." or "won
    the final 400m."), when the rest is one of forms; else its lower form."""
    lower = token.lower_
    if lower.endswith(".") and lower[:-1] in forms and token.i > 0 \
            and not token.doc[token.i - 1].whitespace_:
        return lower[:-1]
    return lower
