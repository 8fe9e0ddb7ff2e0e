"""Tests for what a cue verb's noun object is: what was said, or something else."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_cues import found

# (sentence, word) where the word reports nothing of its noun object
TAKEN_ON = [
    ("The new treasurer assumed her post in March.", "assumed"),
    ("The library maintains a small archive of local maps.", "maintains"),
]


@pytest.mark.parametrize(("sentence", "word"), TAKEN_ON)
def test_what_is_taken_on_or_kept_is_no_statement(nlp: Any, sentence: str, word: str) -> None:
    assert not [content for cue, _, content in found(nlp, sentence) if cue == word and content]


def test_a_supposition_reports_what_it_assumes(nlp: Any) -> None:
    assert ("assuming", "The forecast", "steady rainfall") in found(
        nlp, "The forecast, assuming steady rainfall, puts the harvest at a record.")


def test_what_is_maintained_with_a_clause_is_still_said(nlp: Any) -> None:
    assert ("maintains", "The mayor", "that the budget is balanced") in found(
        nlp, "The mayor maintains that the budget is balanced.")


# (sentence, (cue, speaker, content)): what is known about, or believed in
KNOWN_OR_BELIEVED = [
    ("Most growers still believe in the cooperative model.",
     ("believe", "Most growers", "the cooperative model")),
    ("Few of the tenants knew of the plan to sell the building.",
     ("knew", "Few", "the plan to sell the building")),
    # a word on the preposition is no part of what it governs
    ("The old sailor knows all about winter storms.",
     ("knows", "The old sailor", "winter storms")),
]


@pytest.mark.parametrize(("sentence", "expected"), KNOWN_OR_BELIEVED)
def test_what_is_known_about_or_believed_in_is_a_stance(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


# (sentence, (cue, speaker, content)): a feeling towards somebody or something, or disregard
FELT_TOWARDS = [
    ("The villagers despise the new landlord.", ("despise", "The villagers", "the new landlord")),
    ("She has always admired her rival's discipline.",
     ("admired", "She", "her rival's discipline")),
    ("The council ignored the petition from the fishermen.",
     ("ignored", "The council", "the petition from the fishermen")),
]


@pytest.mark.parametrize(("sentence", "expected"), FELT_TOWARDS)
def test_a_feeling_towards_an_object_is_a_stance(nlp: Any, sentence: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)
