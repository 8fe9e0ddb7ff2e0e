"""Tests for which person named before a description stands for (speaker_descriptions)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_quotes import pieces, quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Owen Marsh won the final in Leeds. "I felt strong," said the world champion.',
     "Owen Marsh"),
    ('Owen Marsh won the final in Leeds. The two-time national champion said: "I felt strong."',
     "Owen Marsh"),
    ('Team member Ann Lee said the squad would cope. "It would be great to have Kim back," '
     "said the former junior road champion.", "Ann Lee"),
    ('Ann Lee has not ruled out running in Oslo. "It is a real option," said the '
     "Olympic silver medallist.", "Ann Lee"),
])
def test_a_sporting_epithet_is_the_person_the_sentence_before_is_about(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "said"][-1] == speaker


def test_a_sporting_epithet_nobody_was_named_before_stays_as_written(nlp: Any) -> None:
    text = 'The crowd cheered in Leeds. "I felt strong," said the world champion.'
    assert [q.speaker for q in quotes(nlp, text)] == ["the world champion"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Profits at Harwell Foods rose 5% last year, the company said.", "Harwell Foods"),
    ("The state attorney general is investigating Harwell Foods. The company confirmed that "
     "it had been contacted.", "Harwell Foods"),
    ("Regulators fined Harwell Foods in May. The firm said it would pay the fine.",
     "Harwell Foods"),
])
def test_a_firm_described_is_the_one_organisation_named_just_before(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # two organisations in view: it is none of them for sure
    ("Shares in Harwell Foods fell after Denby Bank cut its forecast, the company said.",
     "the company"),
    # a narrow kind the one organisation named is not
    ("Harwell Foods cut 300 jobs in May, according to the union.", "the union"),
])
def test_a_firm_described_with_no_one_organisation_of_its_kind_stays(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]


def test_a_quoted_sentence_is_passed_over_for_the_one_who_said_the_one_before(
        nlp: Any) -> None:
    text = ('"We lost the final," Ann Lee said. "The whole team was tired." "It brings you '
            'closer together," said the actress.')
    assert [q.speaker for q in pieces(nlp, text)] == ["Ann Lee"] * 3


def test_a_role_set_after_a_verb_of_saying_is_its_subject_whatever_the_parse(nlp: Any) -> None:
    text = ('"I was surprised," said Owen Marsh, games specialist at the university. "It was '
            'fast," added the researcher.')
    assert [q.speaker for q in quotes(nlp, text)] == ["Owen Marsh", "Owen Marsh"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ann Lee, of the teachers' union, spoke of a rift between the two men. But the chancellor "
     "said Ms Lee was never at their meetings.", "the chancellor"),
    ("Mayor Tom Reeve says he will not withdraw his comments. But the prime minister says "
     "Mr Reeve should apologise.", "the prime minister"),
])
def test_a_sole_office_is_not_the_subject_before_who_never_held_it(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Chancellor Gordon Vale spoke in Leeds on Monday. The chancellor said growth would pick "
     "up.", "Gordon Vale"),
    ("Prime Minister Ann Lee visited the plant. The prime minister said jobs were safe.",
     "Ann Lee"),
    ("Tom Reeve won the seat in May. The senator said he would fight for the mills.",
     "Tom Reeve"),
])
def test_a_role_given_before_is_the_subject_before(nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)][-1] == speaker


def test_a_party_member_description_as_subject_carries_her_past_an_object(nlp: Any) -> None:
    text = ("Dana Whitlock toured the plant on Monday. The Ohio Democrat handed Maria Ruiz the "
            'keys to the new depot. "We need more of this," she said.')
    assert [q.speaker for q in quotes(nlp, text)][-1] == "Dana Whitlock"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mr Tom Reed said the vote was fair. The deputy mayor, Paul Grant, welcomed the vote. But "
     "he said there were still open questions about pay.", "Paul Grant"),
    ("Ms Lena Holt said the bridge was safe. The city engineer, Maria Diaz, disagreed with the "
     "report. She said the cables had rusted.", "Maria Diaz"),
])
def test_a_description_with_a_name_beside_it_is_that_person(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)][-1] == speaker


def test_a_title_with_a_name_beside_it_is_not_the_one_given_that_title_before(nlp: Any) -> None:
    text = ("Health Secretary Tom Vale said the wards would reopen. Mr Vale said it would take a "
            "month. The shadow health secretary, Paul Pryce, welcomed the news. But he said staff "
            "were still short.")
    assert [q.speaker for q in quotes(nlp, text)][-1] == "Paul Pryce"


def test_the_bare_office_is_not_one_titled_shadow_or_deputy(nlp: Any) -> None:
    text = ("Mr Dale said the cuts proposed by shadow chancellor Ian Moss were wrong. The "
            "chancellor pledged to keep growth going.")
    assert [q.speaker for q in quotes(nlp, text)][-1] == "The chancellor"


@pytest.mark.parametrize("text", [
    ("Deputy Prime Minister Ruth Okafor opened the summit in Accra. The prime minister said the "
     "talks would run late."),
    ("Vice President Tom Ekwueme toured the port on Friday. The president said trade would "
     "grow."),
    ("The fund was set up with Health minister Ruth Okafor. Later the prime minister said the "
     "fund would double."),
])
def test_the_bare_office_is_not_the_deputy_or_other_minister_named_before(
        nlp: Any, text: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)][-1] not in ("Ruth Okafor", "Tom Ekwueme")


def test_a_description_given_to_another_in_the_sentence_before_is_not_its_subject(
        nlp: Any) -> None:
    text = ("Councillor Mark Jessop has asked for a recount, but so far the mayor has said no. "
            "The mayor said the count had been fair.")
    assert [q.speaker for q in quotes(nlp, text)][-1] == "The mayor"


@pytest.mark.parametrize("text", [
    "Party chairman Tom Reed opened the debate. Last month the chairman of the Commission for "
    "Rural Communities also called for more buses.",
    "Ann Lee opened the new wing. The director of the Royal Botanic Gardens said the glasshouse "
    "would reopen.",
])
def test_a_role_of_a_named_body_is_not_the_person_named_before(nlp: Any, text: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.speaker_entity is None


def test_our_correspondent_is_the_correspondent_named_before(nlp: Any) -> None:
    text = ("Radio correspondent Ann Lee said the talks had stalled. The ferry fleet stayed in "
            "port on Monday. A deal could still be reached, our correspondent added.")
    assert [q.speaker for q in quotes(nlp, text)] == ["Ann Lee", "Ann Lee"]


def test_he_after_our_correspondent_said_is_the_correspondent(nlp: Any) -> None:
    text = ("Radio correspondent Tom Reed said the talks had stalled. Mayor Paul Holt met the "
            "strikers on Monday. Our correspondent said he believed no offer was made. A deal "
            "could still be reached, he added.")
    assert [q.speaker for q in quotes(nlp, text)][-1] == "Tom Reed"


@pytest.mark.parametrize("owner", ["The prime minister's", "The mayor's"])
def test_the_spokesman_of_one_named_by_a_role_is_no_other_spokesman(nlp: Any, owner: str) -> None:
    text = (f"Green party spokesman Tom Reed called for an inquiry. {owner} official spokesman "
            "said the report was accurate.")
    assert [q.speaker for q in quotes(nlp, text)][-1] == f"{owner} official spokesman"
