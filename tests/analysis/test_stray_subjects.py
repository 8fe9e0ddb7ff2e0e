"""Tests for who a cue the parse gave no subject is said by (stray_subjects), on the real parse."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "cue"), [
    ("Citing the flood as a warning to the town, Will urged the council to drop the plan.",
     "urged"),
    ("With the vote near, Will believes Hale has a chance.", "believes"),
    ("Will described the mayor as “a menace.”", "described"),
    ("The plan, Will wrote, is dead.", "wrote"),
])
def test_a_capitalised_modal_before_a_past_or_third_person_verb_is_a_name(
        nlp: Any, text: str, cue: str) -> None:
    assert any(q.cue == cue and q.speaker == "Will" for q in quotes(nlp, text))


def test_a_modal_opening_a_question_is_no_speaker(nlp: Any) -> None:
    assert all(q.speaker != "Will" for q in quotes(nlp, "Will he say the plan is dead?"))
