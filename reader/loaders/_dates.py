"""Dates in article text and metadata, as ISO YYYY-MM-DD; a small parser that never looks online."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"\b{_YEAR}[-/.](?P<mnum>\d{{1,2}})[-/.](?P<day>\d{{1,2}})(?!\d)"),
    # The comma may stand apart, as a tokenizer leaves it: "June 13 , 2005".
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
    # Day and month in figures: "30.07.2018" is day first wherever dots are used; "11/19/2019"
    # is month first in the US and day first in Britain, so read only when one of the two
    # cannot be a month ("03/04/2019" is left unread).
    re.compile(rf"(?<![\d.])(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.{_YEAR}(?![\d.])"),
    re.compile(rf"(?<![\d/])(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR}(?![\d/])"),
)
# What may stand beside the date on a date line: labels, weekdays, a time and its zone.
_DATE_LINE_NOISE = re.compile(
    r"\b(?:updated|published|posted|modified|date|dated|on|at|last|first|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?"
    r"|\b\d{1,2}(?::\d\d)+\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?"
    r"|\b(?:utc|gmt|[ecmp][sd]?t|bst|cet|cest)\b|[|:,.·•—–()\-]",
    re.IGNORECASE,
)
_MAX_DATE_LINE = 80


def parse_date(value: str) -> str | None:
    """The first full date (day, month and year) in value, as YYYY-MM-DD, or None."""
    found = _search(value)
    return found[0] if found else None


def date_line(line: str) -> str | None:
    """The date a line gives when the line is only a date ("Updated: Tue 5 Mar 2024, 10:00")."""
    if len(line) > _MAX_DATE_LINE:
        return None
    found = _search(line)
    if found is None:
        return None
    iso, (start, end) = found
    rest = _DATE_LINE_NOISE.sub(" ", line[:start] + " " + line[end:])
    return iso if not rest.strip() else None


def _search(value: str) -> tuple[str, tuple[int, int]] | None:
    best: tuple[str, tuple[int, int]] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(value):
            iso = _iso(match.groupdict())
            if iso and (best is None or match.start() < best[1][0]):
                best = (iso, match.span())
                break
    return best


def _iso(groups: dict[str, str | None]) -> str | None:
    if groups.get("first"):
        first, second = int(groups["first"] or 0), int(groups["second"] or 0)
        if (first > 12) == (second > 12):
            return None  # either could be the month (or neither)
        day, month = (first, second) if first > 12 else (second, first)
        groups = {"year": groups["year"], "mnum": str(month), "day": str(day)}
    month_name = groups.get("month")
    month = _MONTHS[month_name.lower()[:3]] if month_name else int(groups["mnum"] or 0)
    try:
        return dt.date(int(groups["year"] or 0), month, int(groups["day"] or 0)).isoformat()
    except ValueError:
        return None
