"""Parties named by an adjective and "Democrats": one name, however it is written."""

from __future__ import annotations

from typing import Any

from reader.analysis.entities import extract_entities


def test_a_party_named_by_an_adjective_and_democrats_is_one_name(nlp: Any) -> None:
    text = ("Party officials met on Monday. The Liberal Democrat leader Anna Frome said the "
            "Lib Dems would win. The Liberal Democrats' health spokesman, Tom Reeve, agreed.")
    found = {e.name: e for e in extract_entities(nlp(text))}
    party = found["Liberal Democrats"]
    assert party.label == "NORP"
    assert set(party.aliases) == {"Liberal Democrat", "Lib Dems", "Liberal Democrats"}
    assert len(party.mentions) == 3
    assert not {"Liberal", "Democrat", "Democrats"} & set(found)


def test_a_place_before_the_party_opens_the_name_of_its_branch(nlp: Any) -> None:
    text = "Welsh towns voted. Welsh Liberal Democrat council chiefs met."
    names = {e.name for e in extract_entities(nlp(text))}
    assert "Welsh Liberal Democrat" in names
    assert not {"Welsh Liberal", "Welsh", "Democrat"} & names
