"""Tests for somebody's view named before a colon (colon_views), on the real parse."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_cues import found


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor's message: the port will reopen in May.",
     ("message", "The mayor", "the port will reopen in May")),
    ("Her warning: prices will rise again next year.",
     ("warning", "Her", "prices will rise again next year")),
    ("The union's message to members: stay off the job.",
     ("message", "The union", "stay off the job")),
])
def test_an_owned_view_before_a_colon_says_the_clause_after_it(
        nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text", [
    "His answer: no.",
    "The message: the port will reopen.",
])
def test_a_label_without_an_owner_or_a_clause_is_no_view(nlp: Any, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Last month's new titles, Star Quest: Dark Tide and Moon Rally, both sold poorly.",
    "Friday's message: the ferry will run again in spring.",
])
def test_a_date_before_a_colon_owns_no_view(nlp: Any, text: str) -> None:
    assert found(nlp, text) == []
