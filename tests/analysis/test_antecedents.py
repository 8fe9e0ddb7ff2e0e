"""What "it" stands for: the thing acted on before, never a person the recogniser missed."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.entities import extract_entities
from reader.analysis.events import extract_events
from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize("text", [
    "Ana Ruiz found a strange crystal. It was covered with tiny spikes.",
    "Ana Ruiz at Yale University found a strange crystal. It was covered with tiny spikes.",
])
def test_it_is_no_person_named_before(nlp: Any, text: str) -> None:
    doc = nlp(text)
    events = extract_events(doc, extract_entities(doc), published=None)
    covered = [e for e in events if e.action == "covered"]
    assert [e.what for e in covered] == ["a strange crystal"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Fast web access is changing habits, research suggests. A quarter of users upload "
     "content, according to a report by think tank Halden. It said that fast links change the "
     "way people use the web.", "Halden"),
    ("The plant shed 300 jobs, city officials say. The cuts were planned for years, according "
     "to former managers. They said the owners had wanted to close it.", "former managers"),
])
def test_it_or_they_after_a_sentence_citing_its_source_is_that_source(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)][-1] == speaker
