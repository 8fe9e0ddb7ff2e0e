"""Tests for what a cue set off by commas inside the sentence it reports says."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quote_bounds import quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("The deal, Lee told reporters, was dead.", "Lee"),
    ("The budget, Smith wrote in an email, was never approved.", "Smith"),
    ("The new stadium, the governor told lawmakers, will open in 2025.", "the governor"),
])
def test_a_cue_the_parse_made_the_root_reports_the_sentence_around_it(
        nlp: Any, text: str, speaker: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == text.rstrip(".")
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == speaker


def test_a_verb_after_an_inserted_cue_is_what_was_said_not_another_cue(nlp: Any) -> None:
    text = "In the end, the senator said, voters will decide."
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == text.rstrip(".")
