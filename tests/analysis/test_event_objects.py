"""What an event acts on, and who acts, where the parse hides them: numbers, settings, deals."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_events import event, events_of

ORDER = ("The carrier ordered 12 of Airbus's A350 jets, executives of both firms announced "
         "Thursday at the Farnborough Air Show.")


def what_of(nlp: Any, text: str, action: str) -> str | None:
    return event(events_of(nlp, text), action).what


def test_a_number_as_the_object_keeps_what_it_counts(nlp: Any) -> None:
    assert what_of(nlp, ORDER, "ordered") == "12 of Airbus's A350 jets"
    text = "The vessel can carry 242 to 330 passengers in a two-class layout."
    assert what_of(nlp, text, "carry") == "242 to 330 passengers"


def test_a_setting_after_at_or_in_is_no_object(nlp: Any) -> None:
    assert what_of(nlp, ORDER, "announced") is None
    assert what_of(nlp, "The choir sang at the harvest festival on Sunday.", "sang") is None
    assert what_of(nlp, "The old sailor lived in a small flat near the docks.", "lived") is None
    # a verb that takes its object with the preposition keeps it
    assert what_of(nlp, "She looked at the figures again.", "looked") == "at the figures"
    text = "The senators voted in favor of the bill."
    assert what_of(nlp, text, "voted") == "in favor of the bill"


def test_a_clause_after_a_comma_has_its_own_subject(nlp: Any) -> None:
    assert event(events_of(nlp, ORDER), "announced").who == "executives of both firms"


def test_who_makes_a_deal_does_what_it_is_to_do(nlp: Any) -> None:
    text = "Norland Shipping finalized a deal to buy 6 of the yard's new tankers."
    assert event(events_of(nlp, text), "buy").who == "Norland Shipping"


def test_who_answers_an_offer_does_not_make_it(nlp: Any) -> None:
    text = "The council rejected an offer to buy the stadium."
    assert event(events_of(nlp, text), "buy").who is None
    text = "Residents rejected a plan by the developer to build a tower."
    assert event(events_of(nlp, text), "build").who == "the developer"


def test_a_phrase_of_time_or_cause_is_no_object(nlp: Any) -> None:
    assert what_of(nlp, "The senator will stay in the race until the convention.", "stay") is None
    assert what_of(nlp, "The bill failed amid fierce opposition.", "failed") is None
    text = "The two leaders held talks during the summit."
    assert what_of(nlp, text, "held talks") is None
    # a verb that takes its object with the preposition keeps it
    assert what_of(nlp, "Police went after the smugglers.", "went") == "after the smugglers"


def test_a_that_beside_an_object_of_its_verb_is_no_relative_object(nlp: Any) -> None:
    # "that" here means "so that": the parse made it a second object of "afford"
    text = ("If you receive enough credits on a small wage that you can afford your medicine, "
            "the plan works.")
    assert event(events_of(nlp, text), "afford").what == "your medicine"


@pytest.mark.parametrize(("text", "action", "what"), [
    ("They found the documents that the minister tried to hide.", "hide", "the documents"),
    ("The drug, which doctors say they prescribe often, is cheap.", "prescribe", "The drug"),
    ("The rules, which the board voted to scrap, were old.", "scrap", "The rules"),
])
def test_a_relative_before_the_subject_of_its_clause_is_what_a_verb_below_acts_on(
        nlp: Any, text: str, action: str, what: str) -> None:
    assert what_of(nlp, text, action) == what


@pytest.mark.parametrize(("text", "action", "noun"), [
    ("She hired a lawyer whom the court had appointed to defend her brother.", "defend",
     "a lawyer"),  # whom the court appointed
    ("Ford told his friends that his mother disapproved of the plan.", "disapproved",
     "his friends"),  # a that-clause, no relative
])
def test_a_verb_with_an_object_of_its_own_or_a_that_clause_takes_no_relatives_noun(
        nlp: Any, text: str, action: str, noun: str) -> None:
    assert what_of(nlp, text, action) != noun


def test_a_that_for_how_is_no_object(nlp: Any) -> None:
    text = "People are not talking about it in the way that you want them talking about it."
    assert what_of(nlp, text, "talking") != "the way"


@pytest.mark.parametrize(("text", "action", "who"), [
    ("Tim Hess, a developer in Ohio, who met him in 2010, sold the land.", "met",
     "a developer"),
    ("He met the mayor of Leeds, who spoke first.", "spoke", "the mayor of Leeds"),
    ('"It is over," said Ann Lee, a lawyer at Dunmore Steel, who represents the miners.',
     "represents", "a lawyer"),
])
def test_a_who_hung_on_a_place_or_a_body_stands_for_the_person_it_describes(
        nlp: Any, text: str, action: str, who: str) -> None:
    assert event(events_of(nlp, text), action).who == who


def test_a_who_on_a_body_that_no_person_holds_stays(nlp: Any) -> None:
    text = "The office referred the call to the Capitol Police, who opened an inquiry."
    assert event(events_of(nlp, text), "opened").who == "Capitol Police"
