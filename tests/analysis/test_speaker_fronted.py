"""Tests for who an "it" or "they" saying a clause set before it stands for (speaker_fronted)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("The bank expects growth of 2% next year, it said in its quarterly report.", "The bank"),
    ("The ministry has sent 300 troops to the border, it said on Sunday.", "The ministry"),
    ("The rebels have seized the airport, they said in a statement.", "The rebels"),
    ("The companies will merge in May, they said in a joint statement.", "The companies"),
])
def test_a_pronoun_after_what_it_says_stands_for_its_subject(nlp: Any, text: str,
                                                             speaker: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.speaker == speaker
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) in ("it", "they")


@pytest.mark.parametrize("text", [
    "The economy will grow by 2% next year, it said in a report.",
    '"The ministry will act," it said.',
])
def test_a_subject_that_cannot_speak_or_is_quoted_is_not_the_pronoun(nlp: Any,
                                                                    text: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "it"
