"""Reading the value of numbers written in digits and in words."""

from __future__ import annotations

import re

import pytest

from reader.analysis.number_words import ordinal_value, parse_digits, tidy, words_value


@pytest.mark.parametrize(("text", "value"), [
    ("22", 22), ("1,234", 1234), ("1,234.5", 1234.5), ("1,234,567", 1234567), ("0.5", 0.5),
    (".08", 0.08), ("-4", -4), ("−4", -4), ("12,34,567.89", 1234567.89),
    ("1.234.567", 1234567), ("1.234,5", 1234.5), ("5,00", 5), ("1,3", 1.3), ("4.800", 4.8),
    ("3/4", 0.75), ("-4/5", -0.8), ("½", 0.5), ("2½", 2.5), ("1e10", 10**10), ("1.3e6", 1.3e6),
    ("1 234 567", 1234567), ("40\u202f000", 40000),
])
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3,4", "192.168.1.2", "3/0", "1-2", "x" * 50])
def test_parse_digits_refuses_what_is_no_number(text: str) -> None:
    assert parse_digits(text) is None


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.,]+|-", text.lower())


@pytest.mark.parametrize(("text", "value"), [
    ("two", 2), ("twenty-two", 22), ("twenty two", 22), ("one hundred and six", 106),
    ("one hundred and sixty-one", 161), ("two hundred and two thousand", 202000),
    ("two thousand and two hundred", 2200),
    ("twenty-one trillion three hundred", 21 * 10**12 + 300),
    ("a hundred", 100), ("a dozen", 12), ("half a dozen", 6), ("three dozens", 36),
    ("1.5 million", 1.5e6), ("322 hundred", 32200), ("2.33 k", 2330), ("13 lakh", 1.3e6),
    ("three lakh crore", 3 * 10**12), ("half", 0.5), ("a half", 0.5), ("a third", 1 / 3),
    ("two thirds", 2 / 3), ("three quarters", 0.75), ("one eighth", 0.125),
    ("one and a half", 1.5), ("five and a half million", 5.5e6), ("3 million and a half", 3.5e6),
    ("half a million", 5e5), ("half million", 5e5), ("two thirds of a million", 2e6 / 3),
    ("one hundred and three quarters", 100.75), ("twenty and three fifths", 20.6),
    ("twenty-three fifths", 4.6), ("one hundred and three and two thirds", 103 + 2 / 3),
    ("two million and one half", 2.5e6), ("five billion and three quarters", 5.75e9),
    ("a trillionth", 1e-12), ("two hundred point zero three", 200.03),
    ("two hundred point seventy-one", 200.71), ("nine point nought four", 9.04),
])
def test_words_value(text: str, value: float) -> None:
    assert words_value(_words(text)) == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("text", ["", "people", "and", "a", "two people"])
def test_words_value_refuses_what_is_no_number(text: str) -> None:
    assert words_value(_words(text)) is None


@pytest.mark.parametrize(("text", "value"), [
    ("third", 3), ("first", 1), ("21st", 21), ("3rd", 3), ("twenty-first", 21),
    ("hundredth", 100), ("people", None), ("21", None),
])
def test_ordinal_value(text: str, value: int | None) -> None:
    assert ordinal_value(text) == value


def test_tidy_makes_integral_floats_ints() -> None:
    assert tidy(22.0) == 22
    assert isinstance(tidy(22.0), int)
    assert tidy(0.1 + 0.2) == 0.3
