"""Tests for who "the 27-year-old" stands for (speaker_ages)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Dana Whitcomb won the race in Leeds. "I felt strong," said the 27-year-old.',
     "Dana Whitcomb"),
    ('Owen Marsh beat Tom Reed in the final. "It was my day," said the 30-year-old.',
     "Owen Marsh"),
    # the age the article gave a name tells which of two people it is
    ('Kim Ray, 30, and Ann Lee, 28, ran in Oslo. "I was tired," said the 28-year-old.',
     "Ann Lee"),
])
def test_a_description_by_age_is_the_person_given_that_age(nlp: Any, text: str,
                                                          speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "said"] == [speaker]


def test_each_later_description_by_the_same_age_is_the_same_person(nlp: Any) -> None:
    text = ("Northern sprinter Dana Whitcomb hopes to win in Madrid. The 27 year old has run "
            "well this winter. Her new coach Tom Reed has helped. The 27 year old runner "
            "believes the change will pay off.")
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "believes"] == ["Dana Whitcomb"]


def test_an_age_nobody_was_given_stays_as_written(nlp: Any) -> None:
    text = '"It was my day," said the 30-year-old.'
    assert [q.speaker for q in quotes(nlp, text)] == ["the 30-year-old"]
