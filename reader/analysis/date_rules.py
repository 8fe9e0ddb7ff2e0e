"""The rules that place a time expression on the calendar, each for one way of naming a day."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from reader.analysis.date_patterns import (
    AGO,
    AHEAD,
    ANCHORED,
    ANCHORED_PATTERN,
    DATELIKE,
    DAY_MONTH,
    DEICTIC_PATTERNS,
    EVE,
    ISO,
    MONTH_DAY,
    MONTH_IN,
    MONTH_YEAR,
    MONTHS,
    NUMBER_WORDS,
    PERIOD,
    UNIT_DAYS,
    WEEKDAY,
    WEEKDAY_RULE,
    WEEKDAYS,
    YEAR,
    YEAR_ONLY,
)
from reader.analysis.holidays import HOLIDAY_PATTERN, holiday

PAST_REACH_DAYS = 300


@dataclass(frozen=True, slots=True)
class DateContext:
    """What an expression is read against: the published date and the narrative's current day."""

    published: date | None
    anchor: date | None = None  # the day the narrative is at ("the previous day" counts from it)
    # "past", "future" or "present" (the nearer of the two: a headline's "signs bill Monday",
    # a schedule's "opens Friday") when the clause says; None reads as the past, mostly
    tense: str | None = None
    # the last date the text named, of any precision ("in August 2016"): "the next year",
    # "the previous month" count from it
    recent: date | None = None

    @property
    def future(self) -> bool:
        return self.tense == "future"

    @property
    def base(self) -> date | None:
        return self.anchor or self.published


Rule = Callable[[str, DateContext], "date | bool | None"]


def _shift_year(day: date, context: DateContext) -> date:
    """A month-and-day without a year, put in the year that makes it past (future) news, or,
    when the tense does not tell, in the past year unless that is too long ago."""
    published = context.published
    if published is None:
        return day
    years = [_safe_date(day.year + step, day.month, day.day) for step in (-1, 0, 1)]
    return _pick(published, [d for d in years if d is not None], context) or day


def _pick(published: date, candidates: list[date], context: DateContext) -> date | None:
    """Of a day's occurrences in neighbouring years, the one the tense points to."""
    slack = timedelta(days=1)
    if context.tense == "past":
        return max((d for d in candidates if d <= published + slack), default=None)
    if context.tense == "future":
        return min((d for d in candidates if d >= published - slack), default=None)
    if context.tense == "present":
        return min(candidates, key=lambda d: (abs(d - published), d > published), default=None)
    # Unsaid tense: news speaks mostly of the past year, so the last occurrence unless it is
    # so long ago that the coming one is meant ("to be held on October 12" in September).
    past = max((d for d in candidates if d <= published + slack), default=None)
    if past is not None and published - past <= timedelta(days=PAST_REACH_DAYS):
        return past
    return min(candidates, key=lambda d: abs(d - published), default=None)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _holiday_rule(text: str, context: DateContext) -> date | bool | None:
    match = HOLIDAY_PATTERN.search(text)
    if match is None:
        return False
    year_match = re.search(YEAR, text)
    if year_match:
        found = holiday(match.group(1), int(year_match.group("year")))
    elif context.published is not None:
        found = _nearest_occurrence(match.group(1), context)
    else:
        return None
    if found is None:
        return None
    eve = EVE.search(text[: match.start()])
    if eve is None:
        return found
    return found + timedelta(days=1 if eve.group("rel") in ("day after", "morning after") else -1)


def _nearest_occurrence(name: str, context: DateContext) -> date | None:
    """The holiday's occurrence in the year the tense points to, around the published date."""
    published = context.published
    if published is None:
        return None
    years = [holiday(name, published.year + step) for step in (-1, 0, 1)]
    return _pick(published, [d for d in years if d is not None], context)


def _iso_rule(text: str, context: DateContext) -> date | bool | None:
    match = ISO.search(text)
    if match is None:
        return False
    return _safe_date(int(match.group("year")), int(match.group("m")), int(match.group("d")))


def _month_day_rule(text: str, context: DateContext) -> date | bool | None:
    match = MONTH_DAY.search(text) or DAY_MONTH.search(text)
    if match is None:
        return False
    month, day = MONTHS[match.group("month")], int(match.group("day"))
    if match.group("year"):
        return _safe_date(int(match.group("year")), month, day)
    if context.published is None:
        return None
    found = _safe_date(context.published.year, month, day)
    if found is None:
        return None
    return _year_of_weekday(found, text) or _shift_year(found, context)


def _year_of_weekday(day: date, text: str) -> date | None:
    """ "Friday, Dec. 6", written in November 2019: the neighbouring year in which December 6
    falls on the Friday written beside it, if there is just one."""
    weekday = re.search(r"\b" + WEEKDAY + r"\b", text)
    if weekday is None:
        return None
    years = [_safe_date(day.year + step, day.month, day.day) for step in (-1, 0, 1)]
    fits = [d for d in years if d is not None and d.weekday() == WEEKDAYS[weekday["weekday"]]]
    return fits[0] if len(fits) == 1 else None


def _relative_day_rule(text: str, context: DateContext) -> date | bool | None:
    for pattern, offset in DEICTIC_PATTERNS:
        if pattern.search(text):
            return context.published + timedelta(days=offset) if context.published else None
    match = ANCHORED_PATTERN.search(text)
    if match is None:
        return False
    words = match.group("words")
    offset = ANCHORED.get(words, ANCHORED.get("the " + words, 0))
    return context.base + timedelta(days=offset) if context.base else None


def _ago_rule(text: str, context: DateContext) -> date | bool | None:
    match = AGO.search(text)
    if match is None:
        return False
    n_text, unit, direction = match.group("n", "unit", "dir")
    n = int(n_text) if n_text.isdigit() else NUMBER_WORDS[n_text]
    sign = 1 if direction in ("later", "after") else -1
    # "won the seat in 1964. ... two years later": years count from the last time named, a
    # year alone too; days and months from the narrative's day
    base = context.published if direction == "ago" else (
        context.recent or context.base) if unit == "year" else context.base
    if base is None:
        return None
    if unit in UNIT_DAYS:
        return base + timedelta(days=sign * n * UNIT_DAYS[unit])
    later = _months_after(base, n * (12 if unit == "year" else 1) * sign)
    return date(later.year, 1, 1) if unit == "year" else later


def _months_after(day: date, months: int) -> date:
    """The first day of the month so many months after (before, if negative) day's month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _ahead_rule(text: str, context: DateContext) -> date | bool | None:
    """ "will reopen in two weeks", "opens within a month", "a year from now": that long after
    the day of writing, for a clause that speaks of what is to come."""
    match = AHEAD.search(text)
    if match is None or context.tense not in ("future", "present"):
        return False
    published = context.published
    if published is None:
        return None
    n_text = match.group("n") or match.group("m")
    unit = match.group("unit") or match.group("unit2")
    n = int(n_text) if n_text.isdigit() else NUMBER_WORDS[n_text]
    if unit in UNIT_DAYS:
        return published + timedelta(days=n * UNIT_DAYS[unit])
    return _months_after(published, n * (12 if unit == "year" else 1))


def _weekday_rule(text: str, context: DateContext) -> date | bool | None:
    match = WEEKDAY_RULE.search(text)
    if match is None:
        return False
    published = context.published
    if published is None:
        return None
    weekday, which = WEEKDAYS[match.group("weekday")], match.group("which")
    if which in ("next", "coming") or (context.future and which != "last"):
        ahead = (weekday - published.weekday()) % 7
        # "next Friday" on a Friday is a week on; "this Friday" and "Friday" are the day itself
        return published + timedelta(days=ahead or (7 if which in ("next", "coming") else 0))
    back = (published.weekday() - weekday) % 7
    if context.tense == "present" and not which and 7 - back < back:
        return published + timedelta(days=7 - back)  # "the fair opens Friday", on a Wednesday
    return published - timedelta(days=back or (7 if which in ("last", "past") else 0))


def _period_rule(text: str, context: DateContext) -> date | bool | None:
    match = PERIOD.search(text)
    if match is None:
        return False
    which, unit = match.group("which", "unit")
    if which == "the" and unit != "weekend":
        return False  # "the week before": no point in time; "over the weekend" is one
    published = context.published
    if published is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
            "following": 1}.get(which, 0)
    if which in ("next", "previous", "following") and text[: match.start()].endswith("the "):
        # "abducted in August 2016. The next year, ...": counted from the date the story is
        # at, never from the day of writing
        published = context.recent or context.anchor
        if published is None:
            return None
    elif which == "following" and context.base is not None:
        published = context.base  # "following week": after the day the story is at
    if unit == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        ahead = step > 0 or (step == 0 and context.tense in ("future", "present")
                             and published.weekday() < 5)  # "the fair opens this weekend"
        return saturday + timedelta(days=7 if ahead else 0)
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(days=7 * step)
    if unit == "year":  # "May this year", "in March last year": that month of that year
        month = MONTH_IN.search(text)
        return date(published.year + step, MONTHS[month.group("month")] if month else 1, 1)
    return _months_after(published, step)


def _month_rule(text: str, context: DateContext) -> date | bool | None:
    match = MONTH_YEAR.search(text)
    if match is None or (match.group("month") == "may" and not match.group("year")
                         and not re.fullmatch(r"(?:(?:early|late|mid|in|since|until) ?-?)?may",
                                              text)):
        return False
    month = MONTHS[match.group("month")]
    if match.group("year"):
        return date(int(match.group("year")), month, 1)
    if context.published is None:
        return None
    # compared month with month: "in November", said on November 20, is this November
    # whether it is past or still to come
    this_month = context.published.replace(day=1)
    return _shift_year(date(context.published.year, month, 1),
                       DateContext(this_month, context.anchor, context.tense or "past"))


def _year_rule(text: str, context: DateContext) -> date | bool | None:
    match = YEAR_ONLY.search(text)
    return date(int(match.group("year")), 1, 1) if match else False


def _dateparser_rule(text: str, context: DateContext) -> date | bool | None:
    if not DATELIKE.search(text):
        return False
    if context.published is None and not re.search(YEAR, text):
        return None
    return _dateparser(text, context.published.isoformat() if context.published else None)


RULES: tuple[Rule, ...] = (_holiday_rule, _iso_rule, _month_day_rule, _relative_day_rule,
                            _ago_rule, _ahead_rule, _weekday_rule, _period_rule, _month_rule,
                            _year_rule, _dateparser_rule)


@lru_cache(maxsize=4096)
def _dateparser(text: str, published: str | None) -> date | None:
    """dateparser's reading of what our rules left, cut to the first day of its period."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                                "PREFER_DAY_OF_MONTH": "first"}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    day: date = data.date_obj.date()
    if data.period == "year":
        return date(day.year, 1, 1)
    return day.replace(day=1) if data.period == "month" else day
