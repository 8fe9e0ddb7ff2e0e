"""Resolving time expressions to dates against a published date."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis import date_rules, dates
from reader.analysis.date_rules import DateContext
from reader.analysis.dates import parse_iso, resolve
from reader.analysis.holidays import easter, holiday, nth_weekday

FRIDAY = date(2007, 1, 12)  # a Friday
PAST = DateContext(FRIDAY, tense="past")
FUTURE = DateContext(FRIDAY, tense="future")
NO_DATE = DateContext(None)


@pytest.mark.parametrize(("expression", "expected"), [
    ("Saturday", "2007-01-06"),
    ("on Saturday", "2007-01-06"),
    ("early Sunday morning", "2007-01-07"),
    ("Friday", "2007-01-12"),
    ("last Friday", "2007-01-05"),
    ("yesterday", "2007-01-11"),
    ("last night", "2007-01-11"),
    ("today", "2007-01-12"),
    ("this morning", "2007-01-12"),
    ("two days ago", "2007-01-10"),
    ("a week ago", "2007-01-05"),
    ("last week", "2007-01-01"),
    ("this week", "2007-01-08"),
    ("last month", "2006-12-01"),
    ("last year", "2006-01-01"),
    ("May this year", "2007-05-01"),
    ("in March last year", "2006-03-01"),
    ("Sept. next year", "2008-09-01"),
    ("on March 3", "2006-03-03"),
    ("3 March", "2006-03-03"),
    ("the 3rd of March", "2006-03-03"),
    ("Jan. 5", "2007-01-05"),
    ("December 20", "2006-12-20"),
    ("December", "2006-12-01"),
    ("in February 2022", "2022-02-01"),
    ("March 3, 2005", "2005-03-03"),
    ("2007-01-10", "2007-01-10"),
    ("in 2005", "2005-01-01"),
    ("late 2007", "2007-01-01"),
    ("the eve of New Year's Eve", "2006-12-30"),
    ("New Year’s Eve", "2006-12-31"),
    ("Christmas Day", "2006-12-25"),
    ("the day after Christmas", "2006-12-26"),
    ("Christmas 2005", "2005-12-25"),
])
def test_past_expressions(expression: str, expected: str) -> None:
    assert resolve(expression, PAST) == date.fromisoformat(expected)


@pytest.mark.parametrize(("expression", "expected"), [
    ("Saturday", "2007-01-13"),
    ("next Monday", "2007-01-15"),
    ("tomorrow", "2007-01-13"),
    ("next week", "2007-01-15"),
    ("January 5", "2008-01-05"),
    ("Christmas", "2007-12-25"),
])
def test_future_expressions(expression: str, expected: str) -> None:
    assert resolve(expression, FUTURE) == date.fromisoformat(expected)


@pytest.mark.parametrize(("expression", "expected"), [
    ("this Friday", "2007-01-12"),
    ("Friday", "2007-01-12"),
    ("next Friday", "2007-01-19"),
    ("coming Friday", "2007-01-19"),
])
def test_this_weekday_on_that_weekday_is_the_day_itself(expression: str, expected: str) -> None:
    assert resolve(expression, FUTURE) == date.fromisoformat(expected)


def test_a_day_without_a_year_or_a_tense_is_past_unless_long_past() -> None:
    published = date(2005, 9, 20)
    assert resolve("October 12", DateContext(published)) == date(2005, 10, 12)
    assert resolve("December 28", DateContext(date(2006, 1, 3))) == date(2005, 12, 28)
    assert resolve("January 1", DateContext(date(2016, 10, 12))) == date(2016, 1, 1)


@pytest.mark.parametrize(("expression", "expected"), [
    ("the previous day", "2007-01-02"),
    ("the day before", "2007-01-02"),
    ("the next day", "2007-01-04"),
    ("a day later", "2007-01-04"),
    ("three days later", "2007-01-06"),
    ("that day", "2007-01-03"),
])
def test_expressions_count_from_the_narrative_day(expression: str, expected: str) -> None:
    context = DateContext(FRIDAY, anchor=date(2007, 1, 3), tense="past")
    assert resolve(expression, context) == date.fromisoformat(expected)


def test_the_previous_day_without_a_narrative_day_counts_from_publication() -> None:
    assert resolve("the previous day", PAST) == date(2007, 1, 11)


@pytest.mark.parametrize("expression", [
    "Saturday", "yesterday", "last week", "the previous day", "March 3", "Christmas", "February",
])
def test_relative_expressions_need_a_published_date(expression: str) -> None:
    assert resolve(expression, NO_DATE) is None


@pytest.mark.parametrize(("expression", "expected"), [
    ("March 3, 2005", "2005-03-03"),
    ("in February 2022", "2022-02-01"),
    ("2005", "2005-01-01"),
    ("Easter 2024", "2024-03-31"),
    ("12/25/2019", "2019-12-25"),
])
def test_absolute_expressions_resolve_without_a_published_date(expression: str,
                                                               expected: str) -> None:
    assert resolve(expression, NO_DATE) == date.fromisoformat(expected)


@pytest.mark.parametrize("expression", [
    "five years", "the 1990s", "recent years", "annual", "3 p.m.", "the fourth quarter",
    "decades", "",
])
def test_expressions_that_name_no_day(expression: str) -> None:
    assert resolve(expression, PAST) is None


def test_numeric_dates_go_to_dateparser_and_are_cached() -> None:
    date_rules._dateparser.cache_clear()
    assert resolve("on 12/25/2006", PAST) == date(2006, 12, 25)
    assert resolve("on 12/25/2006", PAST) == date(2006, 12, 25)
    info = date_rules._dateparser.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_our_rules_spare_dateparser_the_common_cases() -> None:
    date_rules._dateparser.cache_clear()
    for expression in ("Saturday", "the previous day", "March 3", "in February 2022", "2005",
                       "last week", "the eve of New Year's Eve", "two days ago"):
        resolve(expression, PAST)
    assert date_rules._dateparser.cache_info().misses == 0


@pytest.mark.parametrize(("year", "expected"), [
    (2006, "2006-04-16"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
])
def test_easter(year: int, expected: str) -> None:
    assert easter(year) == date.fromisoformat(expected)


def test_computed_holidays() -> None:
    assert holiday("thanksgiving", 2023) == date(2023, 11, 23)
    assert holiday("memorial day", 2024) == date(2024, 5, 27)
    assert holiday("good friday", 2024) == date(2024, 3, 29)
    assert nth_weekday(2024, 9, 0, 1) == date(2024, 9, 2)
    assert holiday("no such day", 2024) is None


def test_parse_iso() -> None:
    assert parse_iso("2006-01-12") == date(2006, 1, 12)
    assert parse_iso("2006-01-12T10:00:00") == date(2006, 1, 12)
    assert parse_iso("January 2006") is None
    assert parse_iso(None) is None


@pytest.mark.parametrize(("expression", "published", "expected"), [
    ("February 29", "2024-03-05", "2024-02-29"),
    ("February 29", "2023-03-05", None),  # no such day this year: none is made up
    ("February 30", "2024-03-05", None),
    ("31/02/2020", "2024-03-05", None),
])
def test_days_that_do_not_exist(expression: str, published: str, expected: str | None) -> None:
    found = resolve(expression, DateContext(date.fromisoformat(published), tense="past"))
    assert found == (date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize(("tense", "day"), [
    ("future", date(2024, 3, 16)),   # "the fair will open this weekend", written on a Wednesday
    ("present", date(2024, 3, 16)),  # "the fair opens this weekend"
    ("past", date(2024, 3, 9)),      # "the fair opened this weekend": the one just gone
])
def test_this_weekend_follows_the_tense(tense: str, day: date) -> None:
    assert resolve("this weekend", DateContext(date(2024, 3, 13), tense=tense)) == day


@pytest.mark.parametrize(("expression", "tense", "day"), [
    ("in two weeks", "future", date(2024, 3, 27)),
    ("within three days", "present", date(2024, 3, 16)),
    ("a month from now", "future", date(2024, 4, 1)),
    ("in two weeks", "past", None),  # "in two weeks, the rebels took the city": how long
])
def test_a_stretch_from_now_dates_what_is_to_come(expression: str, tense: str,
                                                  day: date | None) -> None:
    assert resolve(expression, DateContext(date(2024, 3, 13), tense=tense)) == day


@pytest.mark.parametrize(("expression", "tense", "day"), [
    ("over the weekend", "past", date(2024, 3, 9)),
    ("over the weekend", "future", date(2024, 3, 16)),
    ("the following week", "past", date(2024, 2, 12)),  # after the story's day, 7 February
    ("the following month", "past", date(2024, 3, 1)),
])
def test_the_weekend_and_the_following_week(expression: str, tense: str, day: date) -> None:
    context = DateContext(date(2024, 3, 13), anchor=date(2024, 2, 7), tense=tense)
    assert resolve(expression, context) == day


@pytest.mark.parametrize(("expression", "recent", "day"), [
    ("the next year", date(2016, 8, 1), date(2017, 1, 1)),
    ("The following year", date(2010, 3, 1), date(2011, 1, 1)),
    ("the previous month", date(2010, 3, 1), date(2010, 2, 1)),
    ("the next year", None, None),  # no date to count from: not the year after writing
    ("next year", date(2016, 8, 1), date(2025, 1, 1)),  # from the day of writing
])
def test_the_next_year_counts_from_the_last_date_named(expression: str, recent: date | None,
                                                      day: date | None) -> None:
    """ "abducted in August 2016. The next year, ...": 2017, not the year after publication."""
    assert resolve(expression, DateContext(date(2024, 3, 13), tense="past", recent=recent)) == day


@pytest.mark.parametrize(("expression", "day"), [
    ("two years later", date(1973, 1, 1)),
    ("three years earlier", date(1968, 1, 1)),
    ("two days later", date(1950, 6, 3)),  # days count from the narrative's day
])
def test_years_later_count_from_the_last_date_named(expression: str, day: date) -> None:
    """ "was born on 1 June 1950 ... won the seat in 1971. Two years later": 1973."""
    context = DateContext(date(2024, 3, 13), anchor=date(1950, 6, 1), tense="past",
                          recent=date(1971, 1, 1))
    assert resolve(expression, context) == day


@pytest.mark.parametrize(("tense", "expected"), [("past", "2007-01-01"), ("future", "2007-01-01")])
def test_the_current_month_is_this_months_whatever_the_tense(tense: str, expected: str) -> None:
    assert resolve("January", DateContext(FRIDAY, tense=tense)) == date.fromisoformat(expected)


@pytest.mark.parametrize(("expression", "iso", "shown"), [
    ("in 2014", "2014-01-01", "2014"),
    ("next year", "2017-01-01", "2017"),
    ("last November", "2015-11-01", "2015-11"),
    ("two months ago", "2016-03-19", "2016-03"),
    ("on Monday", "2016-05-16", "2016-05-16"),
    ("November 5", "2016-11-05", "2016-11-05"),
    (None, "2016-05-19", "2016-05-19"),
    ("in 2014", None, None),
])
def test_a_date_is_shown_as_precise_as_its_expression(expression: str | None, iso: str | None,
                                                      shown: str | None) -> None:
    assert dates.shown_date(expression, iso) == shown


@pytest.mark.parametrize(("expression", "published", "tense", "expected"), [
    ("Thursday, Jan. 9", "2019-12-20", "past", "2020-01-09"),
    ("7 p.m. Monday, March 2", "2020-02-10", None, "2020-03-02"),
    ("Sunday 5 May", "2020-06-01", "future", "2019-05-05"),
])
def test_a_weekday_written_beside_a_date_picks_its_year(expression: str, published: str,
                                                        tense: str | None, expected: str) -> None:
    context = DateContext(date.fromisoformat(published), tense=tense)
    assert resolve(expression, context) == date.fromisoformat(expected)
