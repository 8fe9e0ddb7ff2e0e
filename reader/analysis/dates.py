"""Resolving time expressions ("Saturday", "the previous day", "March 3") to calendar dates.

Our own rules handle what news text says most (weekdays, today/yesterday, the previous day,
N days ago, last week, month and day, holidays and their eves); dateparser, with the published
date as its relative base, only sees what the rules leave that looks like a date, and its
answers are cached. Precision below a day becomes the first day of the period: "February 2022"
is 2022-02-01, "2005" is 2005-01-01, "last week" is the Monday of that week. Expressions relative
to the writing ("Saturday", "yesterday") need the published date; without one they give None,
while absolute ones ("March 3, 2007") still resolve.
"""

from __future__ import annotations

import re
from datetime import date

from reader.analysis.date_patterns import (
    DAY_MONTH,
    DAY_NAMING,
    DAY_PRECISE,
    ISO,
    MONTH_DAY,
    MONTH_IN,
    PUNCTUATION,
    SLASHED,
    SPACES,
    TEMPORAL,
    YEAR_ONLY,
)
from reader.analysis.date_rules import RULES, DateContext


def parse_iso(value: str | None) -> date | None:
    """A YYYY-MM-DD string (or the start of an ISO timestamp) as a date, else None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve(expression: str, context: DateContext) -> date | None:
    """The day an expression names, or None when it names none or cannot be placed."""
    text = normalise(expression)
    if not text or not TEMPORAL.search(text):
        return None
    for rule in RULES:
        found = rule(text, context)
        if found is not False:
            return found if isinstance(found, date) else None
    return None


def is_day_precise(expression: str) -> bool:
    """Whether an expression names one day (not a week, month or year): only such a day moves
    the narrative on, so that "the previous day" counts from it."""
    text = normalise(expression)
    return bool(DAY_PRECISE.search(text) or MONTH_DAY.search(text) or DAY_MONTH.search(text)
                or ISO.search(text) or SLASHED.search(text))


def shown_date(expression: str | None, iso: str | None) -> str | None:
    """A resolved date as precise as what the text said: "2014" for "in 2014", "2014-11" for
    "last November", the day for a day named or a date carried from another clause."""
    if iso is None or expression is None or is_day_precise(expression):
        return iso
    text = normalise(expression)
    if MONTH_IN.search(text) or re.search(r"\bmonths?\b", text):
        return iso[:7]
    if YEAR_ONLY.search(text) or re.search(r"\byears?\b", text):
        return iso[:4]
    return iso


def names_a_day(expression: str) -> bool:
    """Whether an expression means to name a day or a time of one, placed or not."""
    return bool(DAY_NAMING.search(normalise(expression)))


def normalise(expression: str) -> str:
    text = expression.lower().replace("’", "'").replace("\u00a0", " ")
    text = PUNCTUATION.sub(" ", text)
    return SPACES.sub(" ", text).strip(" .")
