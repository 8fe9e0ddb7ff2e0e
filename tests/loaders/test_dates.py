"""Dates in text and metadata as ISO dates, and lines that are only a date."""

from __future__ import annotations

import pytest

from reader.loaders._dates import date_line, parse_date


@pytest.mark.parametrize(("line", "iso"), [
    ("March 3, 2024", "2024-03-03"),
    ("2024-03-03", "2024-03-03"),
    ("Updated: Tue 5 Mar 2024", "2024-03-05"),
    ("Sept. 30, 2023 10:30 a.m. ET", "2023-09-30"),
    ("Published 12:00 GMT, 1 February 2022", "2022-02-01"),
    ("Posted on Monday, June 3rd, 2024 at 5pm", "2024-06-03"),
    ("2019/11/19", "2019-11-19"),
    ("October 4 , 2021", "2021-10-04"),
    ("Friday , 4 October , 2021", "2021-10-04"),
])
def test_date_lines(line: str, iso: str) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize("line", [
    "March 3, 2024 was the day the bridge reopened.",
    "The vote is set for 2024-03-03 in the town hall",
    "2024-02-30",
    "March 2024",
])
def test_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_parse_date_finds_a_date_inside_a_value() -> None:
    assert parse_date("2019-11-19T09:30:00+02:00") == "2019-11-19"
    assert parse_date("released on 4 May 2021 by the ministry") == "2021-05-04"
    assert parse_date("no date here") is None


@pytest.mark.parametrize(("line", "iso"), [
    ("11/20/2019 01:14 PM", "2019-11-20"),
    ("Updated 20/11/2019", "2019-11-20"),
    ("30.07.2018", "2018-07-30"),
    ("03/04/2019", None),
    ("version 1.2.3.2019", None),
])
def test_a_date_in_figures_is_read_when_it_can_be_read_one_way(line: str,
                                                               iso: str | None) -> None:
    """"11/20/2019 01:14 PM" under a byline gave no date: a date in figures is read when its
    day cannot be its month; "03/04/2019" is March or April as the site is American or British."""
    assert date_line(line) == iso
