"""Tests for the verb whose subject a subjectless cue shares (cue_hosts), on the real parse."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_cue_speakers import speaker_of


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The mayor was able to boast that the bridge opened on time.", "boast", "The mayor"),
    ("The ministry has been slow to admit any fault in the flooding.", "admit",
     "The ministry"),
    ("The coach will be unable to blame the referees this time.", "blame", "The coach"),
])
def test_an_infinitive_cue_on_an_adjective_shares_the_subject_of_its_verb(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("After saying the count was rigged, the candidate left the stage in silence.", "saying",
     "the candidate"),
    ("The coach would not name a new captain, aside from saying it would be a defender.",
     "saying", "The coach"),
    ("The mayor stopped short of calling the strike illegal.", "calling", "The mayor"),
    ("In defending the budget, the treasurer blamed the weather for the shortfall.",
     "defending", "the treasurer"),
])
def test_a_gerund_after_a_preposition_shares_the_subject_of_the_verb_it_hangs_on(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The board thanked Ms. Lund for warning that the old pipes were leaking.", "warning",
     "Ms. Lund"),
    ("Neighbours criticised the council for hiding that the pool would close.", "hiding",
     "the council"),
    ("Her record on promoting cheap housing is weak, her rivals say.", "promoting", "Her"),
])
def test_a_gerund_is_done_by_the_object_before_for_or_of_or_the_owner_of_its_noun(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_gerund_on_a_passive_verb_is_not_said_by_the_passives_agent(nlp: Any) -> None:
    text = "The singer was mocked by critics for claiming that she wrote the song alone."
    assert speaker_of(nlp, text, "claiming") != "critics"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The ruling has left the families wondering whether the case is over.", "wondering",
     "the families"),
    ("The mayor urged the residents to reject the new parking plan.", "reject",
     "the residents"),
])
def test_an_object_before_a_participle_or_a_person_before_an_infinitive_speaks(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_the_object_of_a_verb_of_control_speaks(nlp: Any) -> None:
    text = "The slump in sales led the carmaker to announce that it would close two plants."
    assert speaker_of(nlp, text, "announce") == "the carmaker"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The premier used her New Year Address to attack the striking dockers.", "attack",
     "The premier"),
    ("The striker used Instagram to claim that the club had misled him.", "claim",
     "The striker"),
    ("The union spent three weeks complaining that the deal was unfair.", "complaining",
     "The union"),
])
def test_what_is_used_to_speak_is_no_speaker(nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_gerund_before_a_quote_in_brackets_is_done_by_the_subject_after_it(nlp: Any) -> None:
    text = ('After earlier denying that his aides met the donor ("We never met him") - the '
            'senator now concedes they did.')
    assert speaker_of(nlp, text, "denying") == "the senator"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Through the spring the governor leaned on his power to steer the state budget toward the "
     "schools and accused the unions of stalling the talks.", "accused", "the governor"),
])
def test_a_past_verb_joined_to_an_infinitive_shares_the_subject_of_its_clause(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker
