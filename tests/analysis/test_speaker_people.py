"""Tests for who a speaker can be (speaker_people): people the recogniser mislabelled or missed."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.model import Entity
from reader.document import TextSpan
from tests.analysis.test_quotes import pieces, quotes
from tests.analysis.test_speakers import entity, resolve


def test_a_surname_taken_for_an_organisation_is_a_person_he_can_stand_for(nlp: Any) -> None:
    text = ("Rep. Arnold Pike hosted a picnic in Dover. Later Pike talked with voters about "
            "the budget. He said the state needed a new bridge.")
    pike = entity(text, "p1", "PERSON", "Arnold Pike")
    alone = Entity("o1", "Pike", "ORG", ("Pike",), (TextSpan(text.index("Pike talked"),
                                                               text.index("Pike talked") + 4),))
    assert resolve(nlp, text, [pike, alone], "He").entity == "o1"


def test_a_name_taken_for_a_place_that_a_who_clause_describes_is_a_person(nlp: Any) -> None:
    text = ("Marco Bellini advises savers on television. Dario, who keeps his surname "
            "private, quit his job at 48. He wrote that he never earned much.")
    bellini = entity(text, "p1", "PERSON", "Marco Bellini")
    dario = entity(text, "g1", "GPE", "Dario")
    assert resolve(nlp, text, [bellini, dario], "He").entity == "g1"


def test_she_with_no_person_to_fit_is_the_name_that_spoke_just_before(nlp: Any) -> None:
    text = ("The film opens in May. Voss said she chose the town because nobody films there, "
            "and it was cheap, she said.")
    voss = entity(text, "g1", "GPE", "Voss")
    assert resolve(nlp, text, [voss], "she", nth=1).entity == "g1"


def test_the_last_part_of_a_hyphenated_surname_is_no_person_of_its_own(nlp: Any) -> None:
    """ "... explains Project Lead Maria Castro-Vidal": the speaker is the named person, not an
    untagged 'Vidal' the cue's subject made of the surname's last part."""
    text = ('"We ran the numbers again," explains Project Lead Maria Castro-Vidal. '
            '"It held up well."')
    found = [q for q in pieces(nlp, text) if q.kind == "direct"]
    assert [q.speaker for q in found] == ["Maria Castro-Vidal"] * 2
    assert all(q.speaker_entity is not None for q in found)


def test_a_persons_name_that_opens_a_bodys_name_is_no_he(nlp: Any) -> None:
    text = ("Shares fell on Monday. Critics said Kessler had been too slow. A Kessler Group "
            'spokesman said the firm kept to its plan. That did not help. "We are on course," '
            "he said.")
    # not Kessler: the spokesman, past a sentence about no person (speaker_roles.role_before)
    assert [q.speaker for q in quotes(nlp, text)][-1] == "A Kessler Group spokesman"


def test_a_one_word_person_with_no_body_of_that_name_is_a_he(nlp: Any) -> None:
    text = ('Shares fell on Monday. Critics said Kessler had been too slow. "We are on '
            'course," he said.')
    assert [q.speaker for q in quotes(nlp, text)][-1] == "Kessler"


def test_a_surname_that_opens_a_bodys_name_is_still_a_he(nlp: Any) -> None:
    text = ("Critics of the Kessler Foundation met in May. Tom Kessler spoke first. Later "
            'Kessler said the foundation was sound. "We are on course," he said.')
    assert [q.speaker for q in quotes(nlp, text)][-1] == "Tom Kessler"


def test_a_title_before_a_speaking_name_is_no_person_he_can_stand_for(nlp: Any) -> None:
    text = ("The UK has too many quangos, a report claims.\n\nPocket Guide to Garden Birds 2006 "
            "author Tom Reeve said at least 40 of the birds had left since the hedges were cut "
            "in 1997. He urged a ban on cutting.")
    assert [q.speaker for q in quotes(nlp, text)][-2:] == ["Tom Reeve", "Tom Reeve"]


@pytest.mark.parametrize("text", [
    "Rita Okafor chairs the panel. Corvin Varga, her chief strategist, drove to the hall. He said "
    "the vote would be close.",
    "Rita Okafor chairs the panel. A retired nurse, Corvin Varga, 52, stood up at the back. He "
    "said the vote would be close.",
])
def test_a_name_taken_for_a_body_beside_a_persons_role_is_a_person(nlp: Any, text: str) -> None:
    okafor = entity(text, "p1", "PERSON", "Rita Okafor")
    varga = entity(text, "o1", "ORG", "Corvin Varga")
    assert resolve(nlp, text, [okafor, varga], "He").entity == "o1"


def test_a_firm_beside_a_role_a_body_can_hold_is_no_person(nlp: Any) -> None:
    text = ("Tom Hale runs a bakery. Vargas Brandt, the owner of the mill, raised its prices. "
            "He said the bread would cost more.")
    hale = entity(text, "p1", "PERSON", "Tom Hale")
    mill = entity(text, "o1", "ORG", "Vargas Brandt")
    assert resolve(nlp, text, [hale, mill], "He").entity == "p1"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Traders were nervous, and Wall Street expected weaker sales from the chipmaker.",
     "Wall Street"),
    ("Wall Street predicted a late rally in bank shares.", "Wall Street"),
])
def test_the_last_word_of_a_two_word_name_of_a_place_is_no_person(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Judge rejects Daily Ledger request to open the adoption file.\n\nA Denver judge has turned "
     "down a newspaper's request to open the file. The judge agreed with the couple that there "
     "was no reason to intrude.", "The judge"),
    ("More: Dana Ruiz backs the bill, which the mayor says is overdue.\n\nSenator from Ohio says "
     "he cannot let the plan fail.\n\nSen. Dana Ruiz (D-Ohio) is backing the bill.", "Dana Ruiz"),
])
def test_a_title_word_alone_is_no_person_who_speaks(nlp: Any, text: str, speaker: str) -> None:
    found = [q for q in quotes(nlp, text) if q.cue in ("agreed", "says")]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Director of the Lakeland Heritage Trust, Margaret Ellison, said the mill would be saved.",
     "Margaret Ellison"),
    ("Head of oncology at the Royal Infirmary of Leeds, Dr Samir Haddad, said the trial had "
     "worked.", "Samir Haddad"),
])
def test_a_capitalised_role_of_a_body_is_no_person_the_name_after_it_speaks(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    ('"Who pays for this?" the Labour MP for Hexworth asked. He said the minister should '
     "resign."),
    ("Outside the depot on Miguel Hidalgo Street in the suburb, a driver named Jose Arroyo "
     'praised his job. "The pay is good," he said.'),
])
def test_a_place_taken_for_a_person_is_nobody_he_stands_for(nlp: Any, text: str) -> None:
    assert quotes(nlp, text)[-1].speaker not in ("Hexworth", "Miguel Hidalgo Street")
