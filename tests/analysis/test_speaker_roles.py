"""Tests for who a "he" or "she" stands for when nobody is named (speaker_roles)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('The coach was furious after the defeat. "It was unfair," he said.', "The coach"),
    ("The mayor visited the site on Monday. He said the damage was worse than expected.",
     "The mayor"),
    ('A local farmer lost 40 cows in the flood. "Everything is gone," she said.',
     "A local farmer"),
    # a plural subject cannot be meant: the one person the sentence names besides is
    ('Fans chanted for the manager to go. "They have every right," he said later.',
     "the manager"),
    ("Fans chanted for the coach to go. He said he would stay.", "the coach"),
])
def test_he_or_she_with_nobody_named_is_the_one_the_sentence_before_is_about(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "said"] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The actress arrived late. He said the show would go on.", "He"),
    ("Players praised the actress. He said she was brilliant.", "He"),
    ("Protesters surrounded the mayor and a police officer. He said they were calm.", "He"),
    ("Tom Becker is the mayor. He said the damage was bad.", "Tom Becker"),
])
def test_a_role_of_the_other_sex_or_a_name_keeps_its_reading(nlp: Any, text: str,
                                                             speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "said"] == [speaker]


def test_the_role_the_sentence_before_is_about_goes_before_a_name_it_mentions(nlp: Any) -> None:
    text = ("The harbour festival opened on Friday. The governor wants to settle his row with "
            "Piotr Lang. He said the town needed calm. He added that talks would go on.")
    assert [(q.cue, q.speaker) for q in quotes(nlp, text) if q.cue in ("said", "added")] == [
        ("said", "The governor"), ("added", "The governor")]


@pytest.mark.parametrize(("text", "speaker"), [
    # the name set beside the role is the one it names
    ("The governor, Piotr Lang, met the farmers. He said the drought would end.", "Piotr Lang"),
    # a role spoken of as a woman leaves "he" to the man named
    ("The governor wants to settle her row with Piotr Lang. He said the town needed calm.",
     "Piotr Lang"),
])
def test_the_role_before_leaves_a_name_it_sets_beside_or_another_sex(nlp: Any, text: str,
                                                                    speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "said"] == [speaker]


@pytest.mark.parametrize("text", [
    ('Mr Halloran said the mural should go. A council spokesman rejected the call. "We heard '
     'this before. The figures never add up. The mural is staying," he said.'),
    ('Mr Halloran said the mural should go. A council spokesman rejected the call. "As we said '
     'when the survey (the Halloran-backed one) came out, the mural stays. It is art," he said.'),
])
def test_he_closing_a_long_quotation_is_the_role_before_it_opened(nlp: Any, text: str) -> None:
    assert quotes(nlp, text)[-1].speaker == "A council spokesman"


@pytest.mark.parametrize("text", [
    'Lee toured the mill at dawn. A reporter asked Lee how he felt about the vote. He replied: '
    '"Better than ever."',
    'Lee toured the mill at dawn. A student asked Lee whether the plant would close. He '
    'answered: "Not while I am here."',
])
def test_the_one_a_role_asks_answers_next_not_the_role(nlp: Any, text: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.cue in ("replied", "answered")] == ["Lee"]
