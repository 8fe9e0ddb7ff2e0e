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


@pytest.mark.parametrize(("text", "content"), [
    ("Over the weekend, the minister told the BBC, talks had broken down.",
     "Over the weekend, the minister told the BBC, talks had broken down"),
    ("By Friday, the mayor told reporters, the roads would be clear.",
     "By Friday, the mayor told reporters, the roads would be clear"),
    # where it was said, and a phrase before a quote, are the writer's
    ("In an interview, Smith told the Times, the plan was dead.", "the plan was dead"),
    ('After the match, the coach said, "We played well."', "We played well."),
])
def test_a_phrase_opening_the_sentence_before_an_inserted_cue_is_what_was_said(
        nlp: Any, text: str, content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == content
