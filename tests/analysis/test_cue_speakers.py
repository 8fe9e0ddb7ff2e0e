"""Tests for who a cue names as its speaker (cue_speakers.speaker_phrase), on the real parse."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.cue_speakers import speaker_phrase


def speaker_of(nlp: Any, text: str, cue: str) -> str | None:
    """The speaker phrase the first token cue names in text, as written."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    found = speaker_phrase(token)
    return None if found is None else doc[found[0] : found[1]].text


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Trump spoke by phone on Sunday, telling O'Reilly that the system was rigged.",
     "telling", "Trump"),
    ("The mayor wrote a letter, warning Smith that the bridge was unsafe.", "warning",
     "The mayor"),
])
def test_a_dependent_cue_shares_its_hosts_subject_not_its_object(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_name_after_a_cue_that_follows_the_quote_is_its_speaker(nlp: Any) -> None:
    assert speaker_of(nlp, '"The talks will go on," added KCNA.', "added") == "KCNA"
