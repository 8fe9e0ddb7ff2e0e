"""Tests for cue verbs used in a sense that reports nothing: no quote is made of them."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.cues import attributions
from reader.analysis.entities import extract_entities
from reader.analysis.quotes import extract_quotes


def cues(nlp: Any, text: str) -> dict[str, str | None]:
    """Each cue of the text as written, with the content it reports."""
    doc = nlp(text)
    return {doc[a.cue[0] : a.cue[1]].text: (text[a.content[0] : a.content[1]]
                                           if a.content else None)
            for sent in doc.sents for a in attributions(sent)}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The retired judge wrote a long letter to the county board last spring.", "wrote"),
        ("Every Sunday the bakery posted a short message on its website.", "posted"),
        ("Her nephew has written three novels for young readers.", "written"),
        ("The club tweeted a brief update for its members on Friday night.", "tweeted"),
    ],
)
def test_a_text_written_or_posted_reports_nothing_of_what_it_says(
        nlp: Any, text: str, cue: str) -> None:
    assert cue not in cues(nlp, text)


def test_what_is_written_is_still_reported(nlp: Any) -> None:
    found = cues(nlp, "The retired judge wrote that the board had ignored the floods.")
    assert found.get("wrote") == "that the board had ignored the floods"
    found = cues(nlp, "The club tweeted several angry comments about the referee.")
    assert "tweeted" in found


def test_a_question_put_with_nobody_named_to_ask_it_asks_about_its_topic(nlp: Any) -> None:
    text = "When asked about the stadium lease, the mayor said the talks were going well."
    found = cues(nlp, text)
    assert found.get("asked about") == "the stadium lease"
    assert found.get("said") == "the talks were going well"
    assert "asked" in cues(nlp, "The reporter asked the mayor about the stadium lease.")


@pytest.mark.parametrize(
    "text",
    ["The new coach is viewed as competent by most of the players.",
     "The budget was viewed as unrealistic by the city's own engineers.",
     "The mayor is the only candidate who is viewed as somewhat or very trustworthy, calm"
     " and likable by most residents."],
)
def test_a_passive_rating_by_an_adjective_is_no_claim(nlp: Any, text: str) -> None:
    found = cues(nlp, text)
    assert "viewed" not in found


def test_seen_as_something_is_still_the_common_view(nlp: Any) -> None:
    found = cues(nlp, "The pay deal is seen as a victory for the nurses' union.")
    assert found.get("seen") == "a victory for the nurses' union"


@pytest.mark.parametrize(
    "text",
    ["The two hikers were found dead near the ridge on Monday morning.",
     "The stolen bicycle was found hidden behind the old boathouse.",
     "By spring the small port found itself turning away cruise ships.",
     "Smaller bakeries will find it difficult to pay the new energy bills."],
)
def test_something_found_in_a_state_or_a_plight_is_no_finding(nlp: Any, text: str) -> None:
    assert not {"found", "find"} & set(cues(nlp, text))


def test_a_finding_is_still_reported(nlp: Any) -> None:
    found = cues(nlp, "The auditors found that the council had overpaid its contractors.")
    assert found.get("found") == "that the council had overpaid its contractors"
    found = cues(nlp, "Many commuters find it hard to believe that the bridge is safe.")
    assert "find" in found


@pytest.mark.parametrize(
    ("text", "cue"),
    [("The ministry released a statement on Monday evening, saying the border would reopen.",
      "released"),
     ("The coach later defended the remark, saying it had only been a joke.", "defended")],
)
def test_a_statement_named_before_a_participle_of_saying_is_reported_by_the_participle(
        nlp: Any, text: str, cue: str) -> None:
    found = cues(nlp, text)
    assert cue not in found
    assert "saying" in found


@pytest.mark.parametrize(
    ("text", "cue", "main"),
    [('Explaining his reason for leaving the post, Mr Dale said: "I was treated unfairly."',
      "Explaining", "said"),
     ("Commenting on Mr Dale's decision to close the mill, a union spokesman said it was overdue.",
      "Commenting", "said"),
     ("Announcing its figures for the half year, the brewer said sales rose.",
      "Reporting", "said")],
)
def test_a_thing_named_by_an_opening_participle_is_what_the_cue_after_it_reports(
        nlp: Any, text: str, cue: str, main: str) -> None:
    found = cues(nlp, text)
    assert cue not in found
    assert "decision" not in found
    assert main in found


@pytest.mark.parametrize(
    ("text", "cue"),
    [("Saying she was tired, Ms Orme told reporters she would stand down.", "Saying"),
     ('Describing the plan as "a disaster", Mr Pell said it would fail.', "Describing"),
     ("Citing safety rules, the club said the match would be played behind closed doors.",
      "Citing")],
)
def test_an_opening_participle_with_a_clause_a_description_or_a_stance_is_still_reported(
        nlp: Any, text: str, cue: str) -> None:
    assert cue in cues(nlp, text)


def test_a_statement_with_what_it_says_is_still_reported(nlp: Any) -> None:
    text = "The ministry released a statement saying the border would reopen."
    assert "released" in cues(nlp, text)
    assert "defended" in cues(nlp, "The coach defended the decision to drop his captain.")


@pytest.mark.parametrize(
    ("text", "cue", "audience"),
    [("The old headmaster delivered a speech to the graduating nurses of the county college.",
      "delivered", "the graduating nurses of the county college"),
     ("The senator needs to make more appeals to older voters in the suburbs.", "make",
      "older voters in the suburbs")],
)
def test_the_audience_of_a_speech_or_an_appeal_is_not_what_it_says(
        nlp: Any, text: str, cue: str, audience: str) -> None:
    assert cues(nlp, text).get(cue) != audience


def test_what_a_threat_is_posed_to_is_still_its_content(nlp: Any) -> None:
    text = "The rangers said the new mine would pose a threat to the river's salmon."
    assert cues(nlp, text).get("pose") == "the river's salmon"


@pytest.mark.parametrize("headline", ["The Latest NFL Debate Kicked Off In The Worst Possible Way.",
                                      "The First GOP Debate Ended In The Most Chaotic Way.",
                                      "The Second NBA Report Kicked Off A Fierce Argument."])
def test_a_cue_word_that_is_a_headlines_subject_is_no_cue(nlp: Any, headline: str) -> None:
    assert cues(nlp, headline) == {}


@pytest.mark.parametrize("text", [
    "A resident of the town, who asked not to be named, said the water was brown for days.",
    "A police officer, who asked not to be identified, said the gunman had fled.",
    "A nurse, who asked that her name not be used, said the ward was full.",
    "A driver, who asked that his last name not be published, said the road was icy.",
])
def test_asking_not_to_be_named_reports_nothing(nlp: Any, text: str) -> None:
    found = cues(nlp, text)
    assert "asked" not in found
    assert "said" in found


@pytest.mark.parametrize("text", [
    "The paper reported that the names of the buyers were not disclosed.",
    "Auditors found that the names of 40 donors weren't listed.",
])
def test_a_name_not_made_public_is_a_fact_reported(nlp: Any, text: str) -> None:
    found = cues(nlp, text)
    assert any(cue in found for cue in ("reported", "found"))


def test_asking_somebody_to_do_something_is_still_reported(nlp: Any) -> None:
    found = cues(nlp, "The minister asked reporters to leave the room.")
    assert found.get("asked") == "to leave the room"
    found = cues(nlp, "The senator asked that the report not be published.")
    assert found.get("asked") == "that the report not be published"


@pytest.mark.parametrize(("text", "cue"), [
    ("It is not clear whether the minister said the border would close.", "said"),
    ("Nobody knows if the judges will rule that the mines are a threat.", "rule"),
])
def test_a_cue_in_a_question_clause_is_asked_about_not_said(nlp: Any, text: str,
                                                            cue: str) -> None:
    assert cue not in cues(nlp, text)


def test_a_question_somebody_asks_is_still_reported(nlp: Any) -> None:
    found = cues(nlp, "Lawmakers asked whether the agency had tested the water.")
    assert found.get("asked") == "whether the agency had tested the water"


@pytest.mark.parametrize(
    "text",
    ["Chemists in the lab are still characterizing the new alloy.",
     "The early stage of the blight is characterised by yellow spots on the leaves."],
)
def test_characterizing_with_no_as_studies_or_marks_and_says_nothing(nlp: Any,
                                                                     text: str) -> None:
    assert not {"characterizing", "characterised"} & set(cues(nlp, text))


def test_characterizing_as_something_is_still_a_judgement(nlp: Any) -> None:
    found = cues(nlp, "The mayor characterized the audit as a political stunt.")
    assert found.get("characterized") == "the audit as a political stunt"


@pytest.mark.parametrize(
    "text",
    ["The field guide was illustrated by a painter from the coast.",
     "Ana Lopez's atlas about the tides of the north sea, \"Low Tide\" (Bay Press, 2015; "
     "illustrated by Omar Reyes), is out now."],
)
def test_a_passive_illustrated_gives_pictures_not_words(nlp: Any, text: str) -> None:
    assert "illustrated" not in cues(nlp, text)
    doc = nlp(text)
    found = extract_quotes(doc, list(extract_entities(doc)))
    assert not any(q.speaker == "Omar Reyes" for q in found)


def test_a_case_that_illustrates_something_still_shows_it(nlp: Any) -> None:
    found = cues(nlp, "The closure illustrates that the town depends on one employer.")
    assert found.get("illustrates") == "that the town depends on one employer"
