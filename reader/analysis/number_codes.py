"""Numbers used as names or codes: "Boeing 787", "777-200LR", "No. 1", "called 911"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from reader.analysis import number_lexicon as lex
from reader.analysis.number_affixes import currency_symbol
from reader.analysis.number_dates import in_date
from reader.analysis.number_lexicon import year_like
from reader.analysis.number_names import scale_name
from reader.analysis.number_neighbours import next_lower, noun_after
from reader.analysis.number_words import SCALE_ABBREVIATIONS

NUMBER_PATTERN = r"[-+−]?(?:\d[\d,.]*\d|\d)"
DIGIT_RANGE = re.compile(rf"({NUMBER_PATTERN})([-–—‒])({NUMBER_PATTERN})$")
_CALLING = frozenset({"call", "dial", "phone", "ring", "text"})  # what one does to a number
_CALLS = frozenset({"call", "caller", "dispatcher", "operator", "hotline", "line"})


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
                is_code(doc, i, len(doc)) or _dash_code_after(doc, i)
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


def is_code(doc: Doc, i: int, limit: int) -> bool:
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
            not noun_after(doc, i, limit) and is_code(doc, i - 2, limit):
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
