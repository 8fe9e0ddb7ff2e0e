"""Tests for telling a person's sex from titles, role words, first names and pronouns."""

from __future__ import annotations

import re
from typing import Any

import pytest

from reader.analysis.genders import sexes
from reader.analysis.model import Entity
from reader.document import TextSpan


def sex_of(nlp: Any, text: str, *names: str, titles: tuple[str, ...] = ()) -> str | None:
    """The sex found for the first of names, each a person whose mentions are its alias."""
    doc = nlp(text)
    people = [Entity(f"p{n}", name, "PERSON", (name,), tuple(
        TextSpan(m.start(), m.end()) for m in re.finditer(re.escape(name), text)))
        for n, name in enumerate(names, 1)]
    mentions = sorted((m.start, e.id) for e in people for m in e.mentions)
    words = {e.id: frozenset(titles if e.id == "p1" else ()) for e in people}
    return sexes(doc, text, people, words, mentions, lambda _: False)["p1"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mrs. Okafor arrived.", "f"),  # a title
    ("Mr. Okafor arrived.", "m"),
    ("Okafor arrived.", None),  # nothing tells
    # two pronouns after the name as subject
    ("Okafor left early. She was tired. Okafor came back. Her car was fixed.", "f"),
    ("Okafor left early. She was tired.", None),  # one is too few
])
def test_the_sex_of_a_surname(nlp: Any, text: str, expected: str | None) -> None:
    assert sex_of(nlp, text, "Okafor") == expected


def test_a_role_word_outweighs_the_first_name(nlp: Any) -> None:
    assert sex_of(nlp, "Terry Okafor spoke.", "Terry Okafor", titles=("widow",)) == "f"


def test_a_first_name_tells(nlp: Any) -> None:
    assert sex_of(nlp, "Melanie Okafor spoke.", "Melanie Okafor") == "f"


def test_a_surname_alone_takes_the_full_names_sex(nlp: Any) -> None:
    text = "Barack Omondi spoke. Later Omondi left."
    assert sex_of(nlp, text, "Omondi", "Barack Omondi") == "m"


def test_a_one_word_name_is_taken_for_a_surname(nlp: Any) -> None:
    assert sex_of(nlp, "Joseph arrived. The talks began.", "Joseph") is None


def test_a_role_word_that_is_the_persons_surname_tells_nothing(nlp: Any) -> None:
    assert sex_of(nlp, "Carla King opened the pier.", "Carla King", titles=("king",)) == "f"
