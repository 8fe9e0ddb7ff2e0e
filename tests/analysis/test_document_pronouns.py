"""Tests for the document a saying "it" stands for, after a clause that puts one out."""

from __future__ import annotations

import re
from typing import Any

import pytest

from reader.analysis.document_pronouns import author, document_before
from reader.analysis.model import Entity
from reader.analysis.speakers import SpeakerResolver
from reader.document import TextSpan


def _pronoun(nlp: Any, text: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == "it")


@pytest.mark.parametrize("text", [
    "The city sent a letter to residents. It says the water is safe.",
    "The board released a report on Monday. It notes that costs rose.",
    "The ministry issued a statement, and it says the talks failed.",
    "Parents received a letter from the school. It warns that fees will rise.",
])
def test_a_saying_it_after_a_document_put_out_is_the_document(nlp: Any, text: str) -> None:
    found = document_before(_pronoun(nlp, text))
    assert found is not None
    assert found.lemma_ in ("letter", "report", "statement")


@pytest.mark.parametrize("text", [
    "The city sent a letter to residents. It plans to replace the pipes.",  # no text does that
    "The city sent a truck to the school. It says the road is closed.",  # no document
    "The city sent a letter to residents. The mayor says it is wrong.",  # not its subject
])
def test_no_document_where_it_does_no_saying_or_none_was_put_out(nlp: Any, text: str) -> None:
    assert document_before(_pronoun(nlp, text)) is None


def test_the_author_is_who_wrote_or_issued_it_not_who_received_it(nlp: Any) -> None:
    sent = document_before(_pronoun(nlp, "The board released a report. It says costs rose."))
    got = document_before(_pronoun(nlp, "Parents received a letter. It says fees will rise."))
    assert sent is not None
    assert got is not None
    maker = author(sent)
    assert maker is not None
    assert maker.text == "board"
    assert author(got) is None


def _speaker(nlp: Any, text: str, entities: list[Entity]) -> Any:
    doc = nlp(text)
    start = re.search(r"\bIt\b", text)
    assert start is not None
    span = doc.char_span(start.start(), start.end())
    assert span is not None
    return SpeakerResolver(doc, entities).resolve(span.start, span.end)


def test_it_says_after_a_letter_is_the_letter_not_the_sender(nlp: Any) -> None:
    speaker = _speaker(nlp, "The city sent a letter to residents. It says the water is safe.", [])
    assert speaker.name == "a letter"
    assert speaker.entity is None


def test_a_document_a_named_body_issued_says_what_the_body_says(nlp: Any) -> None:
    text = "Norway released a report on Monday. It says the cod stock has fallen."
    spans = tuple(TextSpan(m.start(), m.end()) for m in re.finditer("Norway", text))
    norway = Entity("g1", "Norway", "GPE", ("Norway",), spans)
    speaker = _speaker(nlp, text, [norway])
    assert (speaker.name, speaker.entity) == ("Norway", "g1")
