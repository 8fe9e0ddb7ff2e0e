"""What "it" stands for: the thing acted on before, never a person the recogniser missed."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.entities import extract_entities
from reader.analysis.events import extract_events


@pytest.mark.parametrize("text", [
    "Ana Ruiz found a strange crystal. It was covered with tiny spikes.",
    "Ana Ruiz at Yale University found a strange crystal. It was covered with tiny spikes.",
])
def test_it_is_no_person_named_before(nlp: Any, text: str) -> None:
    doc = nlp(text)
    events = extract_events(doc, extract_entities(doc), published=None)
    covered = [e for e in events if e.action == "covered"]
    assert [e.what for e in covered] == ["a strange crystal"]
