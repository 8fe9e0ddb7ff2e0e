"""Tokens no figure is read from: phone numbers, numeric dates, reference marks, table rows."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, LENGTH, ORTH, SHAPE
from spacy.strings import get_string_id
from spacy.tokens import Doc

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
_OPENING = get_string_id("(")
_MARK_ENDS = frozenset({".", ",", ";", ":"})  # what follows a reference mark


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
