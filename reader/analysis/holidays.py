"""Named days of the year (Christmas, Easter, Thanksgiving...) as dates in a given year."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

HolidayRule = Callable[[int], date]


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (Monday = 0) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> HolidayRule:
    return lambda year: date(year, month, day)


# Longest names first where one contains another ("new year's eve" before "new year").
HOLIDAYS: dict[str, HolidayRule] = {
    "new year's eve": _fixed(12, 31),
    "new year's day": _fixed(1, 1),
    "new year": _fixed(1, 1),
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "valentine's day": _fixed(2, 14),
    "st. patrick's day": _fixed(3, 17),
    "st patrick's day": _fixed(3, 17),
    "saint patrick's day": _fixed(3, 17),
    "halloween": _fixed(10, 31),
    "all saints' day": _fixed(11, 1),
    "independence day": _fixed(7, 4),
    "bastille day": _fixed(7, 14),
    "guy fawkes night": _fixed(11, 5),
    "bonfire night": _fixed(11, 5),
    "veterans day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "may day": _fixed(5, 1),
    "labour day": _fixed(5, 1),
    "labor day": lambda year: nth_weekday(year, 9, 0, 1),
    "memorial day": lambda year: nth_weekday(year, 5, 0, -1),
    "thanksgiving": lambda year: nth_weekday(year, 11, 3, 4),
    "martin luther king day": lambda year: nth_weekday(year, 1, 0, 3),
    "presidents' day": lambda year: nth_weekday(year, 2, 0, 3),
    "mother's day": lambda year: nth_weekday(year, 5, 6, 2),
    "father's day": lambda year: nth_weekday(year, 6, 6, 3),
    "good friday": lambda year: easter(year) - timedelta(days=2),
    "easter monday": lambda year: easter(year) + timedelta(days=1),
    "easter sunday": easter,
    "easter": easter,
}
HOLIDAY_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(name).replace("'", "['’]?") for name in HOLIDAYS) + r")\b")


def holiday(name: str, year: int) -> date | None:
    """The date of a named day in a year, or None for a name this table does not know."""
    rule = HOLIDAYS.get(name.replace("’", "'"))
    if rule is None and "'" not in name:
        rule = next((r for key, r in HOLIDAYS.items() if key.replace("'", "") == name), None)
    return rule(year) if rule else None
