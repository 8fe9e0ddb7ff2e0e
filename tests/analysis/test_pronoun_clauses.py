"""Tests for what a pronoun's own sentence says about whom it stands for (pronoun_clauses)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("Harwell Media sells the Vexo player, which it says will ship in May.", "Harwell Media"),
    ("The council approved the Linden plan, which it says will cut traffic.", "The council"),
])
def test_it_saying_a_relative_clause_is_not_the_noun_the_clause_hangs_on(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]
