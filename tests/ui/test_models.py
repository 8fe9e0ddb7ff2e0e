"""The list models: flat and grouped records, sort keys, filtering that keeps groups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.analysis.model import Entity, Event, NumberMention, Quote
from reader.document import TextSpan
from reader.ui.models import (
    ENTITY_COLUMNS,
    ENTITY_GROUPING,
    EVENT_COLUMNS,
    QUOTE_GROUPING,
    SORT_ROLE,
    TIMELINE_COLUMN,
    RecordFilter,
    RecordModel,
    entity_records,
    number_columns,
    quote_columns,
)
from reader.ui.widgets import clip

ENTITIES = (
    Entity("a", "Kyiv", "GPE", ("Kyiv",), (TextSpan(0, 4),)),
    Entity("b", "Ada Lovelace", "PERSON", ("Ada Lovelace",), (TextSpan(5, 8), TextSpan(9, 12))),
    Entity("c", "Bob", "PERSON", ("Bob",), (TextSpan(20, 23),)),
)


def texts(model: RecordFilter | RecordModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_entities_group_by_type_in_type_order_most_mentioned_first() -> None:
    model = RecordModel(ENTITY_COLUMNS, ENTITY_GROUPING)
    model.set_records(entity_records(ENTITIES))
    assert texts(model) == ["People (2)", "Countries, cities, states (1)"]
    people = model.index(0, 0)
    assert texts(model, people) == ["Ada Lovelace", "Bob"]
    assert model.record(model.index(0, 0, people)) == ENTITIES[1]
    assert model.record(people) is None
    assert model.parent(model.index(1, 0, people)) == people


def test_filtering_keeps_the_group_of_a_match() -> None:
    model = RecordModel(ENTITY_COLUMNS, ENTITY_GROUPING)
    model.set_records(entity_records(ENTITIES))
    proxy = RecordFilter(model)
    proxy.setFilterFixedString("bob")
    assert texts(proxy) == ["People (1 of 2)"], "the group counts what the filter shows"
    assert texts(proxy, proxy.index(0, 0)) == ["Bob"]
    proxy.setFilterFixedString("")
    assert texts(proxy) == ["People (2)", "Countries, cities, states (1)"]


def test_timeline_sorts_by_resolved_date_then_text_order() -> None:
    events = (
        Event(TextSpan(0, 5), "a", TextSpan(0, 1), date="2024-03-02"),
        Event(TextSpan(6, 9), "b", TextSpan(6, 7)),
        Event(TextSpan(10, 15), "c", TextSpan(10, 11), date="2023-12-31"),
    )
    model = RecordModel(EVENT_COLUMNS)
    model.set_records(events)
    proxy = RecordFilter(model)
    proxy.sort(TIMELINE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 1).data() for r in range(3)] == ["c", "a", "b"]
    assert isinstance(model.index(0, TIMELINE_COLUMN).data(SORT_ROLE), str)


def test_a_column_of_words_sorts_regardless_of_capitals() -> None:
    """Sorted by who, 'falling debris' and 'the council' came after every capitalised name
    ('Volodymyr Zelensky'), as if a lower-case word were a later letter."""
    whos = ("the council", "Russia", "falling debris", None, "Volodymyr Zelensky", "Belgorod")
    events = tuple(Event(TextSpan(i, i + 1), "said", TextSpan(i, i + 1), who=who)
                   for i, who in enumerate(whos))
    model = RecordModel(EVENT_COLUMNS)
    model.set_records(events)
    proxy = RecordFilter(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(len(whos))] == [
        "Belgorod", "falling debris", "Russia", "the council", "Volodymyr Zelensky", "—"]


def test_an_events_date_is_shown_as_precise_as_the_text_said() -> None:
    events = (
        Event(TextSpan(0, 5), "a", TextSpan(0, 1), when="in 2014", date="2014-01-01"),
        Event(TextSpan(6, 9), "b", TextSpan(6, 7), when="last November", date="2015-11-01"),
        Event(TextSpan(10, 15), "c", TextSpan(10, 11), when="on Monday", date="2016-05-16"),
        Event(TextSpan(16, 20), "d", TextSpan(16, 17), date="2016-05-16"),  # carried
    )
    model = RecordModel(EVENT_COLUMNS)
    model.set_records(events)
    assert [model.index(r, TIMELINE_COLUMN).data() for r in range(4)] == [
        "2014", "2015-11", "2016-05-16", "2016-05-16"]


def test_quotes_show_their_words_and_group_by_speaker() -> None:
    text = "“We will win,” she said. Officials said it was over."
    quotes = (Quote(TextSpan(1, 12), "direct", "Ada", cue="said"),
              Quote(TextSpan(25, 51), "indirect", None))
    model = RecordModel(quote_columns(text))
    model.set_records(quotes)
    assert [model.index(0, c).data() for c in range(4)] == ["Ada", "direct", "said",
                                                            "We will win"]
    assert model.index(1, 2).data() == "—"
    model.set_grouping(QUOTE_GROUPING)
    assert texts(model) == ["Ada (1)", "Unknown speaker (1)"]


def test_entities_are_found_by_another_name_and_by_their_group() -> None:
    lovelace = Entity("d", "Ada Lovelace", "PERSON", ("Ada Lovelace", "Countess of Lovelace"),
                      (TextSpan(30, 42),))
    model = RecordModel(ENTITY_COLUMNS, ENTITY_GROUPING)
    model.set_records(entity_records((ENTITIES[0], lovelace, ENTITIES[2])))
    proxy = RecordFilter(model)
    proxy.setFilterFixedString("countess")
    assert texts(proxy, proxy.index(0, 0)) == ["Ada Lovelace"]
    assert proxy.index(0, 2, proxy.index(0, 0)).data() == "Countess of Lovelace"
    proxy.setFilterFixedString("people")
    assert texts(proxy) == ["People (2)"]
    assert texts(proxy, proxy.index(0, 0)) == ["Ada Lovelace", "Bob"]


def test_figures_read_as_written_never_in_exponent_form() -> None:
    text = "It cost 2.4 million euros, about half of it paid, for 1.5 to 2.25 km."
    numbers = (NumberMention(TextSpan(8, 24), 2_400_000, unit="EUR"),
               NumberMention(TextSpan(26, 36), 0.5, qualifier="about"),
               NumberMention(TextSpan(54, 68), None, low=1.5, high=2.25, qualifier="range",
                             unit="km"))
    model = RecordModel(number_columns(text))
    model.set_records(numbers)
    assert [model.index(r, 1).data() for r in range(3)] == ["2.4M EUR", "0.5", "1.5–2.25 km"]
    assert "2,400,000 EUR" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_also_called_leaves_out_a_name_said_again_in_capitals() -> None:
    depot = Entity("h", "Harbour Tools", "ORG", ("Harbour Tools", "HARBOUR TOOLS", "HT", "ht"),
                   (TextSpan(0, 13),))
    model = RecordModel(ENTITY_COLUMNS, ENTITY_GROUPING)
    model.set_records(entity_records((depot,)))
    assert model.index(0, 2, model.index(0, 0)).data() == "HT"


def test_also_called_prefers_a_name_in_title_case_to_capitals() -> None:
    car = Entity("s", "2030 Velora", "PRODUCT", ("2030 Velora", "VELORA", "Velora"),
                 (TextSpan(0, 11),))
    model = RecordModel(ENTITY_COLUMNS, ENTITY_GROUPING)
    model.set_records(entity_records((car,)))
    assert model.index(0, 2, model.index(0, 0)).data() == "Velora"


@pytest.mark.parametrize(("text", "limit", "shown"), [
    ("short  enough", 20, "short enough"),
    ("one two three four five six", 12, "one two…"),  # after a whole word
    ("one two three, four", 16, "one two three…"),  # not after its comma
    ("a Ukrainianairforcecommand", 12, "a Ukrainian…"),  # a word filling the line is cut
])
def test_clip(text: str, limit: int, shown: str) -> None:
    assert clip(text, limit) == shown
    assert len(clip(text, limit)) <= limit
