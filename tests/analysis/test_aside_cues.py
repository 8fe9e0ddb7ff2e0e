"""Tests for a cue set off by commas inside the sentence it reports."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.cues import attributions


def found(nlp: Any, sentence: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(sentence)
    return [(doc[a.cue[0] : a.cue[1]].text,
             doc[a.speaker[0] : a.speaker[1]].text if a.speaker else None,
             sentence[a.content[0] : a.content[1]] if a.content else None)
            for sent in doc.sents for a in attributions(sent)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("If the ferry proves popular with tourists, said Ms Okafor, other islands may "
         "ask for one.", "Ms Okafor"),
        ("The old pier, says the harbour master, is beyond repair.", "the harbour master"),
        ("On a busy night, said Mr Lindqvist, the kitchen serves 400 meals.", "Mr Lindqvist"),
    ],
)
def test_an_aside_cue_gives_the_speaker_the_whole_sentence(nlp: Any, sentence: str,
                                                           speaker: str) -> None:
    cue = sentence.split(", ")[1].split()[0]
    assert (cue, speaker, sentence.rstrip(".")) in found(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fares will rise, said Ms Okafor, who runs the ferry.",
        "Fares will rise, said Ms Okafor, adding that the ferry would keep running.",
        '"Fares will rise," said Ms Okafor, "but not by much."',
    ],
)
def test_a_cue_after_a_whole_statement_is_no_aside(nlp: Any, sentence: str) -> None:
    assert all(content != sentence.rstrip(".") for _, _, content in found(nlp, sentence))


def test_a_closing_cue_reports_all_before_it_whatever_the_parse(nlp: Any) -> None:
    sentence = ("The poll shows that diners are not just after cheap, filling meals, which draw "
                "more \"regular\" customers, said a group of chefs.")
    rows = found(nlp, sentence)
    assert ("said", "a group of chefs", sentence.split(", said")[0]) in rows
    assert all(speaker != "cheap" and content != "a group of chefs" for _, speaker, content in rows)


def test_a_closing_finding_reports_all_before_it(nlp: Any) -> None:
    sentence = ("Buyers care far more about how a car fits their budget than they do about "
                "engine size, paint colour or the stereo inside, shows a large survey by the "
                "dealer group Autoco.")
    assert ("shows", "a large survey", sentence.split(", shows")[0]) in found(nlp, sentence)


@pytest.mark.parametrize(("sentence", "cue", "source"), [
    ("The mayor spent two million dollars on the new bridge, city records show.", "show",
     "city records"),
    ("That is why the club had to borrow money from its owner last month, its filings show.",
     "show", "its filings"),
])
def test_a_source_closing_its_sentence_reports_all_before_the_comma(
        nlp: Any, sentence: str, cue: str, source: str) -> None:
    assert (cue, source, sentence.rsplit(", ", 1)[0]) in found(nlp, sentence)


def test_a_source_closing_a_report_of_words_leaves_them_to_their_cue(nlp: Any) -> None:
    sentence = ("The lawyer said the tapes do not show whether the man had a knife, which he "
                "said was at home, the footage showed.")
    assert all(content is None or not content.startswith("The lawyer")
               for _, _, content in found(nlp, sentence))
