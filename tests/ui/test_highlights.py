"""highlight_ranges and the lookups on its result: pure functions, no Qt."""

from __future__ import annotations

from reader.analysis.model import Analysis, Entity, NumberMention, Quote
from reader.document import TextSpan
from reader.ui.highlights import (
    NOTE,
    NUMBER,
    QUOTE,
    entity_at,
    highlight_ranges,
    number_tooltip,
    number_value,
    tooltip_at,
    type_name,
)

#                 0         1         2         3         4         5
#                 012345678901234567890123456789012345678901234567890123
TEXT = "Ada Lovelace met Babbage in London. Lovelace said 3 machines work."
ADA = Entity("e1", "Ada Lovelace", "PERSON", ("Ada Lovelace", "Lovelace"),
             (TextSpan(0, 12), TextSpan(36, 44)))
LONDON = Entity("e2", "London", "GPE", ("London",), (TextSpan(28, 34),))
QUOTE_ = Quote(TextSpan(50, 66), "indirect", "Ada Lovelace", TextSpan(36, 44), "e1")
NUMBER_ = NumberMention(TextSpan(50, 51), 3.0, counts="machines")
ANALYSIS = Analysis("sha", "en_core_web_sm", "3.8.0", entities=(ADA, LONDON), quotes=(QUOTE_,),
                    numbers=(NUMBER_,))
ALL = {"PERSON", "GPE", QUOTE, NUMBER, NOTE}


def test_every_mention_becomes_a_highlight_in_text_order() -> None:
    found = highlight_ranges(ANALYSIS, [TextSpan(17, 24)], kinds=ALL)
    assert [(h.span.start, h.kind) for h in found] == [
        (0, "PERSON"), (17, NOTE), (28, "GPE"), (36, "PERSON"), (50, QUOTE), (50, NUMBER)]
    assert found[0].entity_id == "e1"
    assert found[0].tooltip == "Person · Ada Lovelace"


def test_only_the_kinds_asked_for() -> None:
    found = highlight_ranges(ANALYSIS, [TextSpan(17, 24)], kinds={"GPE"})
    assert [h.kind for h in found] == ["GPE"]
    assert highlight_ranges(None, [], kinds=ALL) == []


def test_entity_at_finds_the_name_under_an_offset() -> None:
    found = highlight_ranges(ANALYSIS, [], kinds=ALL)
    hit = entity_at(found, 40)
    assert hit is not None
    assert hit.entity_id == "e1"
    assert entity_at(found, 13) is None
    assert entity_at(found, 55) is None  # a quote is not an entity


def test_tooltips_say_type_and_canonical_name() -> None:
    found = highlight_ranges(ANALYSIS, [], kinds=ALL)
    assert tooltip_at(found, 37) == "Person · Ada Lovelace"
    assert tooltip_at(found, 50) == ("Quote (indirect) · Ada Lovelace\n"
                                     "Number · 3 · counts machines")


def test_names_of_types_and_numbers() -> None:
    assert type_name("GPE") == "Country, city or state"
    assert type_name("SOME_NEW") == "Some new"
    number = NumberMention(TextSpan(0, 2), 22.0, qualifier="at least", counts="people")
    assert number_tooltip(number) == "Number · 22 · at least · counts people"
    cost = NumberMention(TextSpan(0, 2), 2_400_000, unit="EUR")
    assert number_tooltip(cost) == "Number · 2,400,000 EUR"
    days = NumberMention(TextSpan(0, 2), None, low=1, high=7, qualifier="range", unit="days")
    assert number_tooltip(days) == "Number · 1–7 days · range"
    score = NumberMention(TextSpan(0, 3), None, kind="score")
    assert (number_value(score), number_tooltip(score)) == ("score", "Number · score")


def test_a_lists_value_is_short_from_a_million() -> None:
    millions = NumberMention(TextSpan(0, 8), None, low=2_000_000, high=9_999_999,
                             qualifier="about")
    cost = NumberMention(TextSpan(0, 2), 12_500_000, unit="USD")
    shorts = [number_value(n, short=True) for n in (
        millions, cost, NumberMention(TextSpan(0, 2), 999_999_999),
        NumberMention(TextSpan(0, 2), 300_000, unit="acre"), NumberMention(TextSpan(0, 2), 0.5))]
    assert shorts == ["2M–10M", "12.5M USD", "1B", "300,000 acre", "0.5"]
    assert number_value(cost) == "12,500,000 USD"  # in full where there is room (tooltips)


def test_ordinals_are_not_underlined_as_numbers() -> None:
    ordinal = NumberMention(TextSpan(13, 16), 1.0, kind="ordinal")
    analysis = Analysis("sha", "en_core_web_sm", "3.8.0", numbers=(ordinal, NUMBER_))
    found = highlight_ranges(analysis, [], kinds={NUMBER})
    assert [h.span for h in found] == [NUMBER_.span]
