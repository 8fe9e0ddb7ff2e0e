"""Tests for which person named before a description stands for (speaker_descriptions)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Owen Marsh won the final in Leeds. "I felt strong," said the world champion.',
     "Owen Marsh"),
    ('Owen Marsh won the final in Leeds. The world indoor champion said: "I felt strong."',
     "Owen Marsh"),
    ('Team member Ann Lee said the squad would cope. "It would be great to have Kim back," '
     "said the European cross country champion.", "Ann Lee"),
    ('Ann Lee has not ruled out running in Oslo. "It is a definite possibility," said the '
     "Olympic silver medallist.", "Ann Lee"),
])
def test_a_sporting_epithet_is_the_person_the_sentence_before_is_about(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "said"][-1] == speaker


def test_a_sporting_epithet_nobody_was_named_before_stays_as_written(nlp: Any) -> None:
    text = 'The crowd cheered in Leeds. "I felt strong," said the world champion.'
    assert [q.speaker for q in quotes(nlp, text)] == ["the world champion"]
