"""Products named by their spelling or a model's designation: "iPhone 4", "Airbus A380",
"RAV4 Hybrid", "737 Max"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.analysis.entity_spans import RawMention, entity_end, labelled_span
from reader.analysis.number_lexicon import year_like
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# iPhone, eBay, iOS; A380, A321s, B52
_SHAPE = re.compile(r"\b(?:[a-z][A-Z][A-Za-z]+|[A-Z]{1,2}\d{2,4}[a-z]{0,2})\b")


_MODEL = re.compile(r"[A-Z]{0,3}-?\d{1,4}(?:-?\d{1,3})?[A-Za-z]{0,3}")


def model_words(ent: Span) -> bool:
    """Whether a name holds a model's designation ("RAV4") or, beside a capitalised word, a
    word opening with a figure ("802.11ax Wi-Fi"; not "140bn" alone, an amount)."""
    return any(designation(t.text) for t in ent) or (
        any(figured(t.text) for t in ent) and any(t.is_title for t in ent))


def figured(word: str) -> bool:
    """Whether a word opens with a figure and holds letters ("802.11ax", "4K", "5G"): a
    standard's or a model's, never a word of a person's name."""
    return word[:1].isdigit() and any(c.isalpha() for c in word)


def designation(word: str) -> bool:
    """Whether a word is a model's designation ("RAV4", "F-150", "X4"): a capital, then
    letters and digits mixed; never a word of a person's name."""
    return word[:1].isupper() and any(c.isdigit() for c in word)


def model_named(words: Span) -> bool:
    """Capitalised words or figures, one of them a model's designation: a letter standing
    alone ("Mac OS X"), letters and figures ("F-150", "A380") or a capital inside ("iPhone")."""
    return all(t.text[:1].isupper() or t.text[:1].isdigit() or _SHAPE.fullmatch(t.text)
               or t.text == "-" for t in words) \
        and any(designation(t.text) or _SHAPE.fullmatch(t.text)
                or (len(t.text) == 1 and t.text.isupper() and t.text not in "AI")
                for t in words)


def product_shapes(doc: Doc, text: str, found: list[RawMention],
                    offset: int) -> Iterator[RawMention]:
    """Names the model passed over whose spelling marks them as products: "iPhone 4", "eBay",
    "A380s". Only where no other entity (a date, an amount) claims the token."""
    covered = bytearray(len(text))
    for mention in found:
        start = mention.span.start - offset
        covered[start : start + len(mention.span)] = b"\x01" * len(mention.span)
    for match in _SHAPE.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if covered[match.start()] or span is None or len(span) != 1:
            continue
        token = span[0]
        if token.ent_type_ and token.ent_type_ not in ("CARDINAL", "PRODUCT", "ORG"):
            continue
        if token.ent_iob_ == "I" and token.ent_type_ != "CARDINAL":
            continue  # inside a name the model found
        ent = with_model_number(labelled_span(doc, token.i, token.i + 1, "PRODUCT"))
        yield RawMention(TextSpan(ent.start_char + offset, ent.end_char + offset), "PRODUCT")


def with_model_number(ent: Span) -> Span:
    """"Airbus A380", "Boeing 787-9", "iPhone 4": a maker or product name with the model
    designation after it is one product."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "PRODUCT") or ent.end >= len(doc):
        return ent
    nxt = doc[ent.end]
    if not _MODEL.fullmatch(nxt.text) or not ent[-1].whitespace_ \
            or nxt.ent_type_ not in ("", "PRODUCT", "CARDINAL", "PERSON") \
            or (nxt.ent_type_ == "PERSON" and not designation(nxt.text)):
        return ent
    if ent.label_ == "ORG" and nxt.ent_type_ == "CARDINAL" and ent.end + 1 < len(doc) \
            and doc[ent.end + 1].pos_ in ("NOUN", "PROPN", "NUM"):
        return ent  # "Apple 40 percent", "Boeing 12 jets": a count, not a model
    end = entity_end(doc, ent.end) if nxt.ent_type_ == "PERSON" else ent.end + 1
    # "Ford F-150 Lightning" taken for a person
    return labelled_span(doc, ent.start, end, "PRODUCT")


def after_model_number(ent: Span) -> Span:
    """ "737 Max": a one-word name the model took for a person or a body, right after a model
    number of three digits or more (no year), names the product with it; so does a one-word
    person's name right after a model's designation outside any name ("RAV4 Hybrid")."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "PRODUCT") or len(ent) != 1 or ent.start == 0:
        return ent
    number = doc[ent.start - 1]
    if ent.label_ == "PERSON" and designation(number.text) \
            and not number.ent_type_ and number.whitespace_ == " ":
        return labelled_span(doc, ent.start - 1, ent.end, "PRODUCT")  # "RAV4 Hybrid"
    if not number.is_digit or len(number) < 3 or number.whitespace_ != " " or \
            year_like(number.text) or (number.i > 0 and doc[number.i - 1].is_currency):
        return ent  # a year, "$ 249 USD"
    counted = ent.end < len(doc) and doc[ent.end].tag_ == "NNS"
    if counted and (number.text.endswith("0") or ent.label_ == "ORG"):
        return ent  # "500 Apple engineers"
    return labelled_span(doc, ent.start - 1, ent.end, "PRODUCT")
