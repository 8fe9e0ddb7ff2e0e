"""Tests for the verb whose subject a subjectless cue shares (cue_hosts), on the real parse."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_cue_speakers import speaker_of


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The mayor was able to boast that the bridge opened on time.", "boast", "The mayor"),
    ("The ministry has been slow to admit any fault in the flooding.", "admit",
     "The ministry"),
    ("The coach will be unable to blame the referees this time.", "blame", "The coach"),
])
def test_an_infinitive_cue_on_an_adjective_shares_the_subject_of_its_verb(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker
