"""Where events happen: places, venues and settings, on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_events import event, events_of


@pytest.mark.parametrize(("text", "action", "where"), [
    ("Airbus won orders for 40 jets at the Paris Air Show on Monday.", "won", "Paris Air Show"),
    ("She won gold at the Tokyo Olympics.", "won", "Tokyo Olympics"),
    ("They met at the Munich Security Conference.", "met", "Munich Security Conference"),
    ("He runs his own lab at the University of Washington.", "runs", "University of Washington"),
])
def test_a_named_event_or_venue_after_at_is_where(nlp: Any, text: str, action: str,
                                                  where: str) -> None:
    assert event(events_of(nlp, text), action).where == where


@pytest.mark.parametrize(("text", "action", "where"), [
    ("Mary Hale faces her hardest race yet in the Riverton Marathon on Sunday.",
     "faces", "Riverton Marathon"),
    ("Hale won the 800m in the Athens Olympics last year.", "won", "Athens Olympics"),
])
def test_a_contest_after_in_is_where(nlp: Any, text: str, action: str, where: str) -> None:
    assert event(events_of(nlp, text), action).where == where


def test_a_war_after_in_is_not_where(nlp: Any) -> None:
    assert event(events_of(nlp, "Tom Ross fought in the Korean War."), "fought").where is None


def test_a_place_named_beside_a_venue_comes_first(nlp: Any) -> None:
    assert event(events_of(nlp, "He spoke at the World Economic Forum in Davos."),
                 "spoke").where == "Davos"


def test_a_venue_that_says_where_somebody_works_is_not_where_they_act(nlp: Any) -> None:
    events = events_of(nlp, "A professor at the University of Washington found the flaw.")
    assert event(events, "found").where is None


@pytest.mark.parametrize(("text", "action"), [
    ("The mines were sold to Dunmore Steel, a coal company in Ohio, last year.", "sold"),
    ('"We will win," said Jane Ruiz, director of the Center for Trade Studies in Geneva.', "win"),
])
def test_a_place_in_an_apposition_says_who_that_is_not_where(nlp: Any, text: str,
                                                             action: str) -> None:
    assert event(events_of(nlp, text), action).where is None


def test_a_place_one_is_sent_into_past_an_apposition_stays_where(nlp: Any) -> None:
    text = ("The paper sent its reporter Jane Doe, winner of a prize for courage in journalism, "
            "into a living room in western Pennsylvania.")
    assert event(events_of(nlp, text), "sent").where == "Pennsylvania"


@pytest.mark.parametrize(("text", "action", "where"), [
    ("The suspect was held in jail overnight.", "held", "jail"),
    ("The mayor spoke at a rally on Friday.", "spoke", "a rally"),
    ("The man was treated at a hospital after the crash.", "treated", "a hospital"),
])
def test_a_site_or_gathering_on_the_verb_is_where_when_no_place_is_named(
        nlp: Any, text: str, action: str, where: str) -> None:
    found = event(events_of(nlp, text), action)
    assert (found.where, found.where_entity) == (where, None)


@pytest.mark.parametrize(("text", "action"), [
    ("The inspectors looked at the hospital.", "looked"),  # what they looked at
    ("Prices rose in the market.", "rose"),  # a market is no site here
])
def test_a_phrase_that_is_no_setting_gives_no_where(nlp: Any, text: str, action: str) -> None:
    assert event(events_of(nlp, text), action).where is None


def test_a_name_for_whom_under_a_place_phrase_is_not_where(nlp: Any) -> None:
    events = events_of(nlp, "Tom Ruiz rushed for 90 yards on 12 carries for Eastern Michigan.")
    assert event(events, "rushed").where is None


def test_a_place_listed_under_a_place_phrase_is_where(nlp: Any) -> None:
    events = events_of(nlp, "In swing states like Ohio, many voters yearn for change.")
    assert event(events, "yearn").where == "Ohio"


def test_a_country_after_on_is_what_it_bears_on_not_where(nlp: Any) -> None:
    events = events_of(nlp, "The president imposed new tariffs on Mexico.")
    assert event(events, "imposed").where is None


def test_a_place_on_a_countrys_border_is_where(nlp: Any) -> None:
    events = events_of(nlp, "The army massed troops on Russia's border.")
    assert event(events, "massed").where == "Russia"


def test_an_attack_on_a_city_happens_there(nlp: Any) -> None:
    events = events_of(nlp, "The rebels launched an attack on Mosul on Sunday.")
    assert event(events, "launched an attack").where == "Mosul"


@pytest.mark.parametrize(("text", "action"), [
    ("The report found progress in Kenya's response to the drought.", "found"),
    ("Diplomats expressed anger over Iran's latest move.", "expressed"),
    ("The general praised the courage in Poland's army.", "praised"),
])
def test_a_place_that_owns_an_act_or_a_body_is_whose_not_where(nlp: Any, text: str,
                                                               action: str) -> None:
    assert event(events_of(nlp, text), action).where is None


@pytest.mark.parametrize(("text", "action", "where"), [
    ("The car stopped near a busy junction in Leeds's north side.", "stopped", "Leeds"),
    ("Crowds gathered in Ohio's largest cities on Sunday.", "gathered", "Ohio"),
    ("The crane fell into Mecca's Grand Mosque.", "fell", "Mecca"),
    ("The plane landed at Denver's airport.", "landed", "Denver"),
])
def test_a_place_that_owns_a_place_is_where(nlp: Any, text: str, action: str,
                                            where: str) -> None:
    assert event(events_of(nlp, text), action).where == where


@pytest.mark.parametrize(("text", "action", "where"), [
    ("Ms Okafor attacked the board over Iraq.", "attacked", None),
    ("The envoy negotiated with Moscow over Syria.", "negotiated", None),
    ("The pilot was shot down over Hanoi.", "shot down", "Hanoi"),
    ("Two jets flew over Belgium.", "flew", "Belgium"),
])
def test_over_a_place_is_where_only_for_what_passes_over_it(nlp: Any, text: str, action: str,
                                                            where: str | None) -> None:
    """ "attacked the board over Iraq": what the attack is about; "flew over Belgium": where."""
    assert event(events_of(nlp, text), action).where == where
