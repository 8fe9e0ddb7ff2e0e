"""Tests for the views of people a poll asked (polled_cues), on the real parse."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_cues import found


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("Two-thirds of the doctors polled oppose the rule.", "oppose",
     "Two-thirds of the doctors polled", "the rule"),
    ("Most of the mayors polled support raising the fuel tax.", "support",
     "Most of the mayors polled", "raising the fuel tax"),
    ("Most teachers interviewed favor a later start.", "favor", "Most teachers interviewed",
     "a later start"),
    ("Half the farmers questioned back the new quota.", "back", "Half the farmers questioned",
     "the new quota"),
    ("More than half the governors surveyed support at least cutting the fuel tax, and all but "
     "two said the state should act.", "support", "More than half the governors surveyed",
     "at least cutting the fuel tax"),
])
def test_a_view_after_the_participle_of_a_poll_is_held_by_the_people_polled(
        nlp: Any, text: str, cue: str, speaker: str, content: str) -> None:
    assert (cue, speaker, content) in found(nlp, text)


def test_the_participle_of_a_poll_before_a_view_is_no_cue(nlp: Any) -> None:
    assert all(cue != "questioned" for cue, _, _ in found(
        nlp, "Half the farmers questioned back the new quota."))


@pytest.mark.parametrize("text", [
    "He questioned support for the plan.",
    "The senators questioned the plan.",
])
def test_a_verb_of_questioning_with_its_own_object_is_read_as_before(
        nlp: Any, text: str) -> None:
    assert all(cue == "questioned" for cue, _, _ in found(nlp, text))
