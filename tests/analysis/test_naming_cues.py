"""Tests for cues that name something as something (naming_cues), on the real parse."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_cues import found


def test_a_quote_past_an_aside_after_the_object_is_what_it_is_called(nlp: Any) -> None:
    text = "Late in the race, Hale attacked Dunn, calling him, among other slurs, “a spent force.”"
    assert ("calling", "Hale", "him, among other slurs, “a spent force") in found(nlp, text)


def test_an_aside_with_no_quote_after_it_names_nothing(nlp: Any) -> None:
    text = "Hale phoned Dunn, calling him, on his way home, about the vote."
    assert all(cue != "calling" for cue, _, _ in found(nlp, text))


def test_an_as_the_parse_hangs_on_the_object_still_says_what_it_is_seen_as(nlp: Any) -> None:
    text = "Many readers saw the comment as an attack on nurses."
    assert ("saw", "Many readers", "the comment as an attack on nurses") in found(nlp, text)


def test_an_object_with_an_as_of_its_own_is_seen_as_nothing(nlp: Any) -> None:
    text = "She has assumed a new role as treasurer, in which she signs the cheques."
    assert all(said is None for cue, _, said in found(nlp, text) if cue == "assumed")
