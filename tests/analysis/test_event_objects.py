"""What an event acts on, and who acts, where the parse hides them: numbers, settings, deals."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_events import event, events_of

ORDER = ("The carrier ordered 12 of Airbus's A350 jets, executives of both firms announced "
         "Thursday at the Farnborough Air Show.")


def test_a_number_as_the_object_keeps_what_it_counts(nlp: Any) -> None:
    assert event(events_of(nlp, ORDER), "ordered").what == "12 of Airbus's A350 jets"
    text = "The vessel can carry 242 to 330 passengers in a two-class layout."
    assert event(events_of(nlp, text), "carry").what == "242 to 330 passengers"
