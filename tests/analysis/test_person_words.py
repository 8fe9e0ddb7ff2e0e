"""Tests for telling a person's gender from a first name or a title."""

from __future__ import annotations

import pytest

from reader.analysis.person_words import first_name, name_gender, surname, title_sex
from reader.document import TextSpan


@pytest.mark.parametrize(("first", "gender"), [
    ("Kevin", "m"),  # the short list
    ("Gwen", "f"),  # the birth records
    ("jean", None),  # in both short lists
    ("Robin", None),  # given to both sexes in the records
    ("Lindsey", None),  # mostly a girl's in the records, curated as of either sex
    ("Zorblatt", None),  # nobody's name
])
def test_a_first_name_tells_the_gender_it_mostly_is(first: str, gender: str | None) -> None:
    assert name_gender(first) == gender


def test_the_birth_records_can_be_left_out() -> None:
    assert name_gender("Clinton") == "m"
    assert name_gender("Clinton", registered=False) is None


@pytest.mark.parametrize(("text", "sex"), [
    ("Obama spoke. Mr. Obama left.", "m"),  # the first titled mention tells
    ("Mrs. Obama spoke. Obama left.", "f"),
    ("Obama spoke. Obama left.", None),
])
def test_a_title_before_a_mention_tells_a_sex(text: str, sex: str | None) -> None:
    spans = [TextSpan(i, i + 5) for i in range(len(text)) if text.startswith("Obama", i)]
    assert title_sex(text, spans) == sex


@pytest.mark.parametrize(("word", "sex"), [
    ("Rahul", "m"), ("Priya", "f"), ("Fatima", "f"), ("Kwame", "m"), ("Thibaut", "m"),
    ("Ngozi", "f"), ("Joaquin", "m"), ("Oksana", "f"), ("Pat", None), ("Casey", None),
    ("Wang", None), ("Nguyen", None),
])
def test_first_names_of_other_countries_and_of_either_sex_are_first_names(
        word: str, sex: str | None) -> None:
    assert first_name(word)
    assert first_name(word, registered=False)
    assert name_gender(word) == sex


@pytest.mark.parametrize("word", ["Summer", "Will"])
def test_words_of_the_birth_records_are_first_names_only_there(word: str) -> None:
    assert first_name(word)
    assert not first_name(word, registered=False)


@pytest.mark.parametrize("word", ["Paris", "Heinz", "Mercedes", "Hong", "Said", "Morgan", "Police"])
def test_places_firms_and_words_are_no_first_names_of_other_countries(word: str) -> None:
    assert not first_name(word, registered=False)


@pytest.mark.parametrize(("name", "last"), [
    ("Dale Marsh IV", "Marsh"), ("Brent Lowell, Jr.", "Lowell"), ("Ann Lee", "Lee"),
    ("Sr.", "Sr."),
])
def test_a_surname_is_the_last_word_past_a_generation(name: str, last: str) -> None:
    assert surname(name) == last
