"""Entity corrections: rename, merge, split, drop and retype, applied to small analyses."""

from __future__ import annotations

import pytest

from reader.analysis.corrections import (
    Correction,
    Drop,
    Merge,
    Rename,
    Retype,
    Split,
    apply_corrections,
    correction_for,
    correction_from_json,
    correction_to_json,
)
from reader.analysis.model import Analysis, Entity, Event, Quote
from reader.document import TextSpan

TEXT = ("Joe Biden met Angela Merkel in Berlin. Biden said the talks went well. "
        "Merkel thanked Joe. Washington welcomed the news.")


def at(word: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return TextSpan(start, start + len(word))


BIDEN = Entity("e1", "Joe Biden", "PERSON", ("Joe Biden", "Biden", "Joe"),
               (at("Joe Biden"), at("Biden", 1), at("Joe", 1)))
MERKEL = Entity("e2", "Angela Merkel", "PERSON", ("Angela Merkel",), (at("Angela Merkel"),))
MERKEL2 = Entity("e3", "Merkel", "ORG", ("Merkel",), (at("Merkel", 1),))
BERLIN = Entity("e4", "Berlin", "PERSON", ("Berlin",), (at("Berlin"),))
WASHINGTON = Entity("e5", "Washington", "GPE", ("Washington",), (at("Washington"),))
QUOTE = Quote(span=at("the talks went well"), kind="indirect", speaker="Joe Biden",
              speaker_span=at("Biden", 1), speaker_entity="e1", cue="said")
THANKS = Event(span=at("Merkel thanked Joe"), action="thanked", action_span=at("thanked"),
               who="Merkel", who_entity="e3", entities=("e3", "e1"))
ANALYSIS = Analysis("sha", "en_core_web_sm", "3.8.0",
                    entities=(BIDEN, MERKEL, MERKEL2, BERLIN, WASHINGTON),
                    quotes=(QUOTE,), events=(THANKS,))


def names(analysis: Analysis) -> list[str]:
    return [e.name for e in analysis.entities]


def test_rename_changes_the_name_and_the_quotes_speaker() -> None:
    result = apply_corrections(ANALYSIS, [Rename("Joe Biden", "President Biden")])
    entity = result.entities[0]
    assert (entity.id, entity.name) == ("e1", "President Biden")
    assert entity.aliases[0] == "President Biden"
    assert "Joe Biden" in entity.aliases
    assert result.quotes[0].speaker == "President Biden"
    assert result.quotes[0].speaker_entity == "e1"


def test_merge_joins_mentions_aliases_and_references() -> None:
    result = apply_corrections(ANALYSIS, [Merge("Angela Merkel", "Merkel")])
    assert names(result) == ["Joe Biden", "Angela Merkel", "Berlin", "Washington"]
    merkel = result.entities[1]
    assert merkel.mentions == (at("Angela Merkel"), at("Merkel", 1))
    assert merkel.aliases == ("Angela Merkel", "Merkel")
    assert result.events[0].who_entity == "e2"
    assert result.events[0].who == "Angela Merkel"
    assert result.events[0].entities == ("e2", "e1")


def test_split_moves_the_alias_mentions_to_a_new_entity() -> None:
    result = apply_corrections(ANALYSIS, [Split("Joe Biden", "Joe", "PERSON")], text=TEXT)
    biden, joe = result.entities[0], result.entities[1]
    assert biden.mentions == (at("Joe Biden"), at("Biden", 1))
    assert "Joe" not in biden.aliases
    assert (joe.name, joe.label, joe.mentions) == ("Joe", "PERSON", (at("Joe", 1),))
    assert joe.id not in {e.id for e in ANALYSIS.entities}


def test_split_needs_the_text() -> None:
    assert apply_corrections(ANALYSIS, [Split("Joe Biden", "Joe")]) == ANALYSIS


def test_split_of_every_mention_is_a_rename() -> None:
    result = apply_corrections(ANALYSIS, [Split("Merkel", "Merkel", "PERSON")], text=TEXT)
    assert result.entities[2].id == "e3"
    assert result.entities[2].label == "PERSON"
    assert len(result.entities) == len(ANALYSIS.entities)


def test_drop_removes_the_entity_and_unlinks_it() -> None:
    result = apply_corrections(ANALYSIS, [Drop("Merkel")])
    assert "Merkel" not in names(result)
    assert result.events[0].who_entity is None
    assert result.events[0].entities == ("e1",)


def test_retype_changes_the_label() -> None:
    result = apply_corrections(ANALYSIS, [Retype("Berlin", "GPE")])
    assert result.entities[3].label == "GPE"


def test_corrections_apply_in_order_and_follow_renames() -> None:
    corrections: list[Correction] = [Rename("Angela Merkel", "Chancellor Merkel"),
                                     Merge("Chancellor Merkel", "Merkel"),
                                     Retype("Chancellor Merkel", "PERSON")]
    result = apply_corrections(ANALYSIS, corrections)
    assert names(result) == ["Joe Biden", "Chancellor Merkel", "Berlin", "Washington"]


def test_corrections_reapply_to_a_fresh_analysis_with_other_ids() -> None:
    renumbered = Analysis("sha", "p", "v", entities=tuple(
        Entity(f"x{i}", e.name, e.label, e.aliases, e.mentions)
        for i, e in enumerate(ANALYSIS.entities)))
    result = apply_corrections(renumbered, [Merge("Angela Merkel", "Merkel"), Drop("Berlin")])
    assert names(result) == ["Joe Biden", "Angela Merkel", "Washington"]
    assert result.entities[1].id == "x1"


def test_an_entity_found_by_alias() -> None:
    result = apply_corrections(ANALYSIS, [Retype("Biden", "ORG")])
    assert result.entities[0].label == "ORG"


def test_a_correction_for_a_missing_entity_is_skipped() -> None:
    assert apply_corrections(ANALYSIS, [Drop("Paris"), Merge("Berlin", "Paris")]) == ANALYSIS


@pytest.mark.parametrize("correction", [
    Rename("Joe Biden", "Biden"), Merge("A", "B"), Split("A", "a", None), Split("A", "a", "ORG"),
    Drop("A"), Retype("A", "GPE"),
])
def test_json_round_trip(correction: object) -> None:
    data = correction_to_json(correction)  # type: ignore[arg-type]
    assert data["kind"] == type(correction).kind  # type: ignore[attr-defined]
    assert correction_from_json(data) == correction


@pytest.mark.parametrize("data", [{"kind": "explode", "entity": "A"}, {"kind": "rename"}])
def test_json_that_is_not_a_correction(data: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="correction"):
        correction_from_json(data)


def test_correction_for_builds_from_entities() -> None:
    assert correction_for("merge", MERKEL, other=MERKEL2) == Merge("Angela Merkel", "Merkel")
    assert correction_for("drop", BERLIN) == Drop("Berlin")
    with pytest.raises(ValueError, match="incomplete"):
        correction_for("rename", BERLIN)
