"""Tests for what somebody is asked or urged to do where the parse hung it off the verb."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "asked"), [
    ("The sheriff's office is asking anyone with information to call the tip line.",
     "to call the tip line"),
    ("Police ask anyone who saw the crash to come forward.", "to come forward"),
    ("Police urged anyone who saw the crash to come forward.", "to come forward"),
    ("The club encouraged fans without tickets to stay home.", "to stay home"),
    ("The sheriff's office is asking anyone with information to call 555-0100.",
     "to call 555-0100"),
])
def test_what_the_one_asked_is_asked_to_do_is_reported(nlp: Any, text: str,
                                                       asked: str) -> None:
    assert [q.span.of(text) for q in quotes(nlp, text)] == [asked]


@pytest.mark.parametrize(("text", "infinitive"), [
    ("The host pressed him on his failure to release his tax returns.", "to release"),
    ("She kept asking herself this: should I stay, or would I rather learn to fly?",
     "to fly"),
])
def test_an_infinitive_of_the_matter_asked_about_is_not_what_is_asked(
        nlp: Any, text: str, infinitive: str) -> None:
    assert not any(q.span.of(text).startswith(infinitive) for q in quotes(nlp, text))
