"""Tests for a lone surname joining a full name only when their sexes agree."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.entities import extract_entities


@pytest.mark.parametrize(("text", "joined"), [
    ("Mr. Obama spoke on Saturday. The first lady, Michelle Obama, joined him later. "
     "Mr. Obama said the vote mattered.", False),
    ("Mrs. Clinton spoke on Saturday. Her husband, Bill Clinton, joined her later. "
     "Mrs. Clinton said the vote mattered.", False),
    ("Mr. Obama spoke on Saturday. Barack Obama was in Chicago. Mr. Obama said the vote "
     "mattered.", True),
    ("Ms. Jones spoke on Saturday. Mary Jones was in Chicago. Ms. Jones said the vote "
     "mattered.", True),
])
def test_a_titled_surname_joins_a_full_name_of_its_sex_only(
        nlp: Any, text: str, joined: bool) -> None:
    groups = [e.aliases for e in extract_entities(nlp(text)) if e.label == "PERSON"]
    assert (len(groups) == 1) is joined, groups
