"""Tests for colon labels that name no speaker: a kind of text, or a show over a title."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize("text", [
    "Editor’s Note: The following is the second of four excerpts from a new memoir by the "
    "harbor master.\n\nThe book comes out in May.",
    "UPDATE: The ferry company has since restored the morning sailing to the islands.\n\n"
    "The sailing had been cut in June.",
    "Correction: An earlier version of this article gave the wrong date for the harbor vote.\n\n"
    "The vote is on Friday.",
    "Analysis: Why the port strike could last into the new year\n\nDockers walked out in May.",
    "Watch: Firefighters rescue a horse from a flooded field near Leeds.\n\nThe horse was "
    "unhurt.",
])
def test_a_label_naming_a_kind_of_text_names_no_speaker(nlp: Any, text: str) -> None:
    label = text[: text.index(":")]
    assert not [q for q in quotes(nlp, text) if q.cue == ":" or q.speaker in label.split()
                or q.speaker == label]


@pytest.mark.parametrize("text", [
    "CBS Evening News: A Nation on Edge\n\nThe program airs on weeknights at six.",
    "Harbor Radio Network: A Week of Storms.\n\nThe network will interview the mayor on Monday.",
])
def test_a_show_s_name_over_a_title_with_no_verb_says_nothing(nlp: Any, text: str) -> None:
    headline = text[: text.index("\n")]
    assert not [q for q in quotes(nlp, text) if q.span.start < len(headline)]


def test_a_body_s_name_over_a_claim_still_says_it(nlp: Any) -> None:
    text = "Harbor Trust: The Old Pier Is Safe for Visitors.\n\nThe trust inspected it in May."
    headline = [q for q in quotes(nlp, text) if q.span.start < text.index("\n")]
    assert [(q.span.of(text), q.speaker) for q in headline] == [
        ("The Old Pier Is Safe for Visitors", "Harbor Trust")]
