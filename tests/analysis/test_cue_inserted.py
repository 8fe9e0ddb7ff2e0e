"""Tests for what a cue set off by commas inside the sentence it reports says."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_quote_bounds import quotes


def test_a_verb_after_an_inserted_cue_is_what_was_said_not_another_cue(nlp: Any) -> None:
    text = "In the end, the senator said, voters will decide."
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == text.rstrip(".")
