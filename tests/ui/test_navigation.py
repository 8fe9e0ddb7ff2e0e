"""Where panel items lead in the text, stepping, and the window's small decisions (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from reader.analysis.model import Analysis, Entity, Event, NumberMention, Quote
from reader.document import TextSpan
from reader.ui.commands import (
    find_entity,
    hidden_after,
    merge_choices,
    note_target,
    nothing_listed,
    nothing_to_underline,
    panel_floor,
    panel_least,
    push_recent,
    recent_entries,
    recent_labels,
    spans_of,
    summary,
)
from reader.ui.navigation import (
    entity_events,
    entity_numbers,
    entity_quotes,
    record_in,
    record_sentence,
    sentence_at,
    step,
)

S1, S2, S3 = TextSpan(0, 30), TextSpan(31, 60), TextSpan(61, 90)
ADA = Entity("e1", "Ada", "PERSON", ("Ada",), (TextSpan(0, 3), TextSpan(40, 43)))
BOB = Entity("e2", "Bob", "PERSON", ("Bob",), (TextSpan(70, 73),))
QUOTE = Quote(TextSpan(45, 58), "direct", "Ada", TextSpan(40, 43), "e1", sentence=S2)
NUMBER = NumberMention(TextSpan(10, 12), 12.0)  # no sentence of its own: found from sentences
EVENT = Event(TextSpan(61, 80), "met", TextSpan(74, 77), who="Bob", who_entity="e2",
              entities=("e2",))
ANALYSIS = Analysis("sha", "p", "1", (ADA, BOB), (QUOTE,), (NUMBER,), (EVENT,), (S1, S2, S3))


@pytest.mark.parametrize(("offset", "sentence"), [(0, S1), (29, S1), (30, None), (31, S2),
                                                  (89, S3), (95, None)])
def test_sentence_at(offset: int, sentence: TextSpan | None) -> None:
    assert sentence_at(ANALYSIS.sentences, offset) == sentence


def test_record_sentence_uses_the_items_own_or_the_one_holding_it() -> None:
    assert record_sentence(QUOTE) == S2
    assert record_sentence(NUMBER, ANALYSIS.sentences) == S1
    assert record_sentence(ADA, ANALYSIS.sentences) == S1
    assert record_sentence(object()) is None


def test_record_in_a_sentence() -> None:
    assert record_in(ADA, S2)
    assert not record_in(BOB, S2)
    assert record_in(EVENT, S3)


def test_step_wraps_around() -> None:
    spans = [TextSpan(10, 12), TextSpan(40, 43)]
    assert step(spans, 0, True) == spans[0]
    assert step(spans, 10, True) == spans[1]
    assert step(spans, 40, True) == spans[0]
    assert step(spans, 10, False) == spans[1]
    assert step([], 0, True) is None


def test_an_entitys_quotes_events_and_numbers() -> None:
    assert entity_quotes(ADA, ANALYSIS) == [QUOTE]
    assert entity_events(BOB, ANALYSIS) == [EVENT]
    assert entity_numbers(ADA, ANALYSIS) == [NUMBER]
    assert entity_numbers(BOB, ANALYSIS) == []


def test_spans_of_mentions_and_quotes() -> None:
    assert spans_of(ANALYSIS, "quote") == [QUOTE.span]
    assert sorted(spans_of(ANALYSIS, "entity")) == sorted([*ADA.mentions, *BOB.mentions])
    assert spans_of(None, "quote") == []


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("x", encoding="utf-8")
    recent = push_recent((), a, 10)
    recent = push_recent(recent, b, 10)
    recent = push_recent(recent, a, 10)
    assert recent == (str(a.resolve()), str(b.resolve()))
    assert push_recent(recent, tmp_path / "c.txt", 2)[-1] == str(a.resolve())
    assert recent_entries(recent) == [(a.resolve(), True), (b.resolve(), False)]


def test_a_recent_file_shows_its_articles_title_cut_short_and_not_its_name_twice() -> None:
    hashed, notes, plain = Path("/n/8d42b6dd.html"), Path("/n/harbour.txt"), Path("/n/x.md")
    titles = {str(hashed): "Harbour   fees rise " + "again and " * 10, str(notes): "harbour"}
    labels = recent_labels([(hashed, True), (notes, True), (plain, False)], titles)
    assert labels[0].startswith("&1 Harbour fees rise again and")
    assert labels[0].endswith("… (8d42b6dd.html)")
    assert len(labels[0]) < 80
    assert labels[1:] == ["&2 harbour.txt", "&3 x.md (missing)"]


def test_a_recent_file_titled_by_its_name_shows_the_name_once() -> None:
    """An article with no headline is titled by its file's name, suffix and all: it was
    listed as "notes_2015-11-19.txt (notes_2015-11-19.txt)"."""
    path = Path("/n/notes_2015-11-19.txt")
    assert recent_labels([(path, True)], {str(path): path.name}) == ["&1 notes_2015-11-19.txt"]


def test_hidden_types_of_other_articles_are_kept() -> None:
    assert hidden_after(("LAW", "ORG"), ["ORG", "GPE"], ["GPE"]) == ("GPE", "LAW")


def test_an_entity_is_followed_across_a_correction() -> None:
    renamed = Entity("e9", "Ada King", "PERSON", ("Ada King", "Ada"), ADA.mentions)
    corrected = Analysis("sha", "p", "1", (renamed, BOB))
    assert find_entity(corrected, ADA) == renamed
    assert find_entity(corrected, BOB) == BOB
    assert find_entity(Analysis("sha", "p", "1"), ADA) is None


def test_note_targets_name_entities_and_place_other_items() -> None:
    assert note_target(ADA) == "entity:Ada"
    assert note_target(QUOTE) == "quote:45-58"
    assert note_target(EVENT) == "event:61-80"


def test_an_entitys_numbers_leave_out_ordinals() -> None:
    first = NumberMention(TextSpan(5, 10), 1.0, kind="ordinal")
    analysis = Analysis("sha", "p", "1", (ADA,), (), (first, NUMBER), (), (S1, S2, S3))
    assert entity_numbers(ADA, analysis) == [NUMBER]


def test_the_side_panel_gives_way_in_a_narrow_window() -> None:
    assert panel_least(1300) == panel_least(900) == 442
    assert panel_least(760) == 342  # the article keeps 55%
    assert panel_least(600) == 270
    widths = [panel_least(w) for w in range(600, 1000)]
    assert widths == sorted(widths)
    assert max(b - a for a, b in pairwise(widths)) <= 1, "no jump"


def test_the_reader_can_drag_the_side_panel_below_its_least() -> None:
    assert panel_floor(1600) == panel_floor(900) == 320 < panel_least(900)
    assert panel_floor(600) == panel_least(600) == 270  # never above the window's own least


def test_an_empty_list_says_why() -> None:
    assert nothing_listed("quotes", None) == ""  # nothing analysed yet: nothing to say
    assert nothing_listed("quotes", Analysis("sha", "p", "1")) == "No quotes found in this article"
    assert nothing_listed("quotes", Analysis("sha", "p", "1", english=False)).startswith(
        "Not analysed")
    assert nothing_listed("events", ANALYSIS, " zebra ") == "No events match \u201czebra\u201d"


def test_the_summary_counts_one_in_the_singular() -> None:
    assert summary(replace(ANALYSIS, entities=(ADA,))) == (
        "1 entity · 1 event · 1 quote · 1 number")
    assert summary(Analysis("sha", "p", "1", (ADA, BOB))) == (
        "2 entities · 0 events · 0 quotes · 0 numbers")


def test_the_underline_toggles_say_why_they_have_nothing() -> None:
    three = NumberMention(TextSpan(0, 5), 3.0, counts="ferries")
    assert nothing_to_underline(None, "running") == {"quote": "running", "number": "running"}
    assert nothing_to_underline(Analysis("sha", "p", "1", numbers=(three,)), "running") == {
        "quote": "No quotes found in this article", "number": ""}
    assert set(nothing_to_underline(Analysis("sha", "p", "1", english=False), "").values()) == {
        "Not analysed: the text does not look like English"}


def test_merge_choices_list_the_same_type_first_each_in_name_order() -> None:
    ada = Entity("a", "Ada Lovelace", "PERSON", ("Ada Lovelace",), (TextSpan(0, 3),))
    others = (Entity("l", "London", "GPE", ("London",), (TextSpan(5, 11),)),
              Entity("z", "zoe Baird", "PERSON", ("zoe Baird",), (TextSpan(12, 15),)),
              Entity("c", "Charles Babbage", "PERSON", ("Charles Babbage",), (TextSpan(16, 20),)),
              Entity("r", "Royal Society", "ORG", ("Royal Society",), (TextSpan(21, 30),)))
    assert [e.name for e in merge_choices(ada, (*others, ada))] == [
        "Charles Babbage", "zoe Baird", "Royal Society", "London"]
