"""Tests for the words that name a quote's speaker (speaker_spans)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from reader.analysis.speaker_spans import name_before_cue
from reader.document import TextSpan
from tests.analysis.test_quotes import quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("Two people familiar with the matter said the deal could be announced on Friday.",
     "Two people familiar with the matter"),
    ("A person with knowledge of the talks said no agreement had been reached.",
     "A person with knowledge of the talks"),
    ("Sources close to the minister said she would resign.", "Sources close to the minister"),
    ("One person briefed on the decision said the board was divided.",
     "One person briefed on the decision"),
])
def test_an_unnamed_source_is_named_by_how_it_knows(nlp: Any, text: str, speaker: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.speaker == speaker


def test_a_run_or_a_body_of_something_is_named_with_what_it_is_of(nlp: Any) -> None:
    """Not "A flurry" nor "A body": what the run or the body is of says it."""
    text = ("A flurry of new studies shows that rats can smell fear. A slew of economists "
            "warned that prices would rise. A body of research suggests that sleep matters.")
    assert [q.speaker for q in quotes(nlp, text)] == [
        "A flurry of new studies", "A slew of economists", "A body of research"]


def test_a_name_in_how_a_source_knows_is_not_the_speaker(nlp: Any) -> None:
    text = "Vladimir Putin arrived late. People close to Vladimir Putin said he would stay away."
    (quote,) = quotes(nlp, text)
    assert (quote.speaker, quote.speaker_entity) == ("People close to Vladimir Putin", None)


@pytest.mark.parametrize(("text", "speaker"), [
    ("A senior official who spoke on condition of anonymity said the strikes would go on.",
     "A senior official"),
    ("Residents in the valley said the river rose overnight.", "Residents"),
])
def test_other_words_after_a_speaker_stay_out(nlp: Any, text: str, speaker: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(("text", "name", "shown"), [
    ('"It works," said co-founder Sam Reyes.', "Sam Reyes", "co-founder Sam Reyes"),
    ('"It is like finding a needle in a haystack," said study co-author Leah Chen.',
     "Leah Chen", "study co-author Leah Chen"),
    ('"The plant will stay open," said vice-president Ana Duarte.', "Ana Duarte",
     "vice-president Ana Duarte"),
    ("Co-founder Sam Reyes said the app would launch in May.", "Sam Reyes",
     "Co-founder Sam Reyes"),
    ('"It was fine," said the ex - policeman.', "the ex - policeman", "the ex - policeman"),
])
def test_a_title_split_at_its_hyphen_is_one_word_of_the_speaker(
        nlp: Any, text: str, name: str, shown: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.speaker == name
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == shown


@pytest.mark.parametrize(("text", "speaker"), [
    ("Okafor, addressing a union hall in Tulsa, Oklahoma, did not mention the layoffs in his "
     "remarks, though members jeered when a steward raised them.", "Okafor"),
    ("Brandt, visiting a flooded farm near Ames, Iowa, did not mention the levee.", "Brandt"),
])
def test_a_participle_parsed_as_a_clausal_subject_yields_to_the_name(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "did not mention"] == [speaker]


@pytest.mark.parametrize(("text", "mention"), [
    ('In a speech given on Thursday Lady Hale said: "The courts must stay open."', "Lady Hale"),
    ("At a rally on Saturday Mr Okonjo said the mine would reopen.", "Mr Okonjo"),
])
def test_a_day_glued_onto_the_name_is_not_part_of_the_speaker(
        nlp: Any, text: str, mention: str) -> None:
    [quote] = quotes(nlp, text)
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == mention


def test_a_title_mention_runs_on_to_the_name_set_beside_it(nlp: Any) -> None:
    title = "Director of the Lakeland Heritage Trust, Margaret Ellison"
    text = f"{title}, said the mill would stay."
    [quote] = quotes(nlp, text)
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == title


@pytest.mark.parametrize("text", [
    "\u201cGreat team, great team these folks,\u201d Ruiz, the party\u2019s candidate for governor "
    "and the clear leader in Ohio by a big margin after winning the Iowa caucuses, said when "
    "Baker asked her a question.",
    "\u201cVery fine work, very fine work this crew,\u201d Ruiz, the 2020 Green candidate "
    "statewide and current polling leader in Nevada by a wide margin after winning the Maine "
    "primaries, said on Monday.",
])
def test_the_name_right_after_a_quote_speaks_past_a_long_description(nlp: Any,
                                                                      text: str) -> None:
    """Not the place the description names last before the cue."""
    assert [q.speaker for q in quotes(nlp, text)] == ["Ruiz"]



def test_a_name_the_parse_hung_on_the_cue_after_a_quote_is_the_speaker_alone(nlp: Any) -> None:
    """ '"Ortega," Reed joked': where the parse made the name a compound of the cue, the
    speaker is the name, not "Reed joked"."""
    words = ["\u201c", "Ortega", ",", "\u201d", "Reed", "joked", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[False, False, False, True, True, False, False],
              heads=[1, 5, 1, 1, 5, 5, 5], deps=["punct", "dobj", "punct", "punct", "compound",
                                                 "ROOT", "punct"],
              pos=["PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"])
    contents = [TextSpan(1, 7)]  # the quoted "Ortega"
    assert name_before_cue(doc, 5, contents, 12) == (4, 5)
