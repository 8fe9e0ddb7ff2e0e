"""Tests for who a cue the parse gave no subject is said by (stray_subjects), on the real parse."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Kemp, speaking later at a rally in Reno, Nevada, did not mention Ortiz in his speech, "
     "though the crowd booed when one of his aides mentioned the senator’s name.",
     "did not mention", "Kemp"),
])
def test_a_name_opening_the_sentence_before_a_comma_is_the_cues_speaker(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert any(q.cue == cue and q.speaker == speaker for q in quotes(nlp, text))
