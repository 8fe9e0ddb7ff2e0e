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


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tom Baker handed Raul Ortega the keys to the new depot, but he complained the mayor had "
     "been slow.", "Tom Baker"),
    ("Dana Whitlock toured the plant on Monday. The Ohio Democrat handed Maria Ruiz the keys to "
     "the new depot, but she complained the mayor had been slow.", "Dana Whitlock"),
    ("Ana Soto handed Raul Ortega the keys to the new depot, but he complained the mayor had "
     "been slow.", "Raul Ortega"),
    ("Ana Soto runs the board that rules on whether Maria Ruiz gets the grant, and although she "
     "insists the delay is normal, applicants are losing patience.", "Ana Soto"),
])
def test_he_subject_of_a_clause_joined_by_but_is_the_first_clauses_subject(
        nlp: Any, text: str, speaker: str) -> None:
    """Of his sex; else the named object, as before."""
    assert [q.speaker for q in quotes(nlp, text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Nora Valdez spoke to reporters in Tucson on Friday. Asked whether Ellen Park would win "
     "the primary, she replied: \"I have no idea.\"", "Nora Valdez"),
    ("Nora Valdez spoke to reporters in Tucson on Friday. Pressed on the fact that Ellen Park "
     "leads the polls, she said the race was far from over.", "Nora Valdez"),
    ("Nora Valdez spoke to reporters in Tucson on Friday. Asked about her plans in the event "
     "that Ellen Park enters the race, she replied: \"I have no idea.\" \"Not yet,\" she "
     "added.", "Nora Valdez"),
])
def test_a_name_in_an_opening_participle_clause_is_not_its_understood_subject(
        nlp: Any, text: str, speaker: str) -> None:
    """Even the subject of a clause inside it: the pronoun is the one asked, and so is the
    same pronoun in the sentence after."""
    assert [q.speaker for q in quotes(nlp, text)][-1] == speaker
