"""A figure whose currency or measure was said once before in its sentence: "up from 38m"."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.numbers import extract_numbers


def _figure(nlp: Any, text: str, span: str) -> tuple[float | None, str | None, str]:
    found = [m for m in extract_numbers(nlp(text)) if m.span.of(text) == span]
    assert len(found) == 1
    return found[0].value, found[0].unit, found[0].kind


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Its operating profit was 77m euros (£53m), up from 38m a year earlier.", "38m",
     (38_000_000, "EUR", "money")),  # the currency of the figure, not of its conversion
    ("Stocks of crude fell 2m barrels to 301.5m.", "301.5m",
     (301_500_000, "barrels", "quantity")),
    ("Revenue rose to £4.3bn from 3.9bn.", "3.9bn", (3_900_000_000, "GBP", "money")),
])
def test_a_figure_in_millions_after_one_with_a_unit_has_its_unit(
        nlp: Any, text: str, span: str, expected: tuple[float, str, str]) -> None:
    assert _figure(nlp, text, span) == expected


@pytest.mark.parametrize(("text", "span"), [
    ("The club paid $5m for a 38m yacht.", "38m"),  # metres that measure a noun
    ("The firm spent $40m on a tower that rises to 300m.", "300m"),  # another clause
])
def test_metres_stay_metres(nlp: Any, text: str, span: str) -> None:
    assert _figure(nlp, text, span)[1] == "m"
