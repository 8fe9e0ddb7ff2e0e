"""Title lines, bylines and combined byline-and-date lines at the head of an article."""

from __future__ import annotations

import pytest

from reader.loaders._meta import byline_names, is_title_line, meta_line


@pytest.mark.parametrize(("line", "names"), [
    ("By Ana Ruiz", "Ana Ruiz"),
    ("By Ana Ruiz and Tom Lee", "Ana Ruiz and Tom Lee"),
    ("BY JANE DOE, Reuters", "JANE DOE, Reuters"),
    ("Written by Luc van der Berg", "Luc van der Berg"),
])
def test_bylines(line: str, names: str) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize("line", [
    "By the end of the week, prices had doubled.",
    "By March, the river had flooded.",
    "Bystanders watched the crane fall",
    "By",
])
def test_not_bylines(line: str) -> None:
    assert byline_names(line) is None


def test_a_line_with_byline_and_date() -> None:
    found = meta_line("By Ana Ruiz · March 3, 2024")
    assert found is not None
    assert (found.byline, found.published) == ("Ana Ruiz", "2024-03-03")


@pytest.mark.parametrize(("line", "title"), [
    ("Harbour Bridge Reopens After Two Years", True),
    ("Is the War Over?", True),
    ("The council met on Tuesday.", False),
    ("By Ana Ruiz", False),
    ("March 3, 2024", False),
    ("12345", False),
    ("word " * 30, False),
    # a full stop closes a title-cased headline, never a sentence-case line (a one-line lede)
    ("Ferry Firm Orders Two Boats for the Harbour Run.", True),
    ("Mayor’s ‘Green Harbour’ Plan, Part 2.", True),
    ("The ferry firm ordered two boats for the harbour run.", False),
    ("Time is not on the mayor’s side.", False),
    ("Ferry Firm Sells Out.", True),
    ("Rates Rose.", False),  # too few words to tell a headline from a sentence
    ("Ferry Firm Orders Two Boats for the Harbour Run:", False),
])
def test_title_lines(line: str, title: bool) -> None:
    assert is_title_line(line) is title


@pytest.mark.parametrize(("line", "byline", "published"), [
    ("By Ana Ruiz, Nov. 19, 2019", "Ana Ruiz", "2019-11-19"),
    ("By ANA RUIZ, Harbour News, 4 March 2024 10:30 GMT", "ANA RUIZ, Harbour News", "2024-03-04"),
    ("By Ana Ruiz, Harbour News", "Ana Ruiz, Harbour News", None),
])
def test_a_date_after_a_comma_is_no_part_of_the_byline(line: str, byline: str,
                                                       published: str | None) -> None:
    """"By Ana Ruiz, Nov. 19, 2019" gave the byline "Ana Ruiz, Nov. 19, 2019" and no date."""
    found = meta_line(line)
    assert found is not None
    assert (found.byline, found.published) == (byline, published)


@pytest.mark.parametrize(("line", "byline", "published"), [
    ("5:45 AM PST 11/19/2019 by Ana Ruiz", "Ana Ruiz", "2019-11-19"),
    ("March 3, 2024 by Ana Ruiz and Tom Lee", "Ana Ruiz and Tom Lee", "2024-03-03"),
])
def test_a_date_line_that_runs_on_into_a_byline(line: str, byline: str, published: str) -> None:
    """"5:45 AM PST 11/19/2019 by Patrick Shanley" stood under a headline as a paragraph."""
    found = meta_line(line)
    assert found is not None
    assert (found.byline, found.published) == (byline, published)


@pytest.mark.parametrize("line", ["3 March 2024 by the council", "In 2019 by the river, we met"])
def test_a_date_and_by_in_a_sentence_is_no_meta_line(line: str) -> None:
    assert meta_line(line) is None
