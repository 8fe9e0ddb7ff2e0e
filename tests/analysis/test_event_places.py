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


def test_a_place_named_beside_a_venue_comes_first(nlp: Any) -> None:
    assert event(events_of(nlp, "He spoke at the World Economic Forum in Davos."),
                 "spoke").where == "Davos"


def test_a_venue_that_says_where_somebody_works_is_not_where_they_act(nlp: Any) -> None:
    events = events_of(nlp, "A professor at the University of Washington found the flaw.")
    assert event(events, "found").where is None
