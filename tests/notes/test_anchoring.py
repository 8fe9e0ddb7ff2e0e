"""describe and resolve: a passage found again exactly, moved, fuzzily, or orphaned."""

from __future__ import annotations

import random
import time

import pytest

from reader.document import TextSpan
from reader.notes.anchoring import CONTEXT, describe, resolve

TEXT = (
    "The council met on Tuesday to discuss the new bridge. Residents said the bridge would "
    "cut their commute by half. The mayor, Ana Ruiz, promised a decision by March.\n\n"
    "Critics argued that the cost, estimated at 40 million dollars, was too high for a town "
    "of twelve thousand people. The council will meet again next month."
)


def span_of(text: str, passage: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    return TextSpan(start, start + len(passage))


def test_describe_keeps_position_text_and_context() -> None:
    span = span_of(TEXT, "Ana Ruiz")
    anchor = describe(TEXT, span)
    assert (anchor.start, anchor.end, anchor.exact) == (span.start, span.end, "Ana Ruiz")
    assert anchor.prefix == TEXT[span.start - CONTEXT : span.start]
    assert anchor.suffix == TEXT[span.end : span.end + CONTEXT]
    assert len(anchor.prefix) == len(anchor.suffix) == CONTEXT


def test_describe_at_the_edges_of_the_text() -> None:
    anchor = describe(TEXT, TextSpan(0, 11))
    assert anchor.prefix == ""
    assert describe(TEXT, TextSpan(len(TEXT) - 6, len(TEXT))).suffix == ""


def test_unchanged_text_resolves_exactly() -> None:
    span = span_of(TEXT, "promised a decision by March")
    resolved = resolve(TEXT, describe(TEXT, span))
    assert resolved.status == "exact"
    assert resolved.span == span


def test_text_inserted_before_moves_the_passage() -> None:
    span = span_of(TEXT, "promised a decision by March")
    edited = "Updated at noon.\n\n" + TEXT
    resolved = resolve(edited, describe(TEXT, span))
    assert resolved.status == "moved"
    assert resolved.span is not None
    assert resolved.span.of(edited) == "promised a decision by March"


def test_reflowed_whitespace_still_finds_the_passage() -> None:
    span = span_of(TEXT, "cut their commute by half. The mayor")
    edited = TEXT.replace("commute by half. The", "commute\nby half.  The")
    resolved = resolve(edited, describe(TEXT, span))
    assert resolved.status == "moved"
    assert resolved.span is not None
    assert resolved.span.of(edited) == "cut their commute\nby half.  The mayor"


def test_a_fixed_typo_gives_a_fuzzy_match() -> None:
    original = TEXT.replace("estimated", "estimatd")
    span = span_of(original, "the cost, estimatd at 40 million dollars")
    resolved = resolve(TEXT, describe(original, span))
    assert resolved.status == "fuzzy"
    assert resolved.span is not None
    assert resolved.span.of(TEXT) == "the cost, estimated at 40 million dollars"


def test_a_deleted_sentence_gives_an_orphan() -> None:
    sentence = "Residents said the bridge would cut their commute by half. "
    span = span_of(TEXT, sentence.strip())
    resolved = resolve(TEXT.replace(sentence, ""), describe(TEXT, span))
    assert resolved.status == "orphaned"
    assert resolved.span is None


def test_a_deleted_word_is_not_attached_to_another_occurrence() -> None:
    # "council" occurs twice; the noted one goes, the other must not take its note
    span = span_of(TEXT, "council", nth=1)
    edited = TEXT.replace(" The council will meet again next month.", "")
    assert "council" in edited
    assert resolve(edited, describe(TEXT, span)).status == "orphaned"


def test_a_repeated_word_is_found_by_its_context() -> None:
    span = span_of(TEXT, "council", nth=1)
    edited = "Breaking news. " + TEXT
    resolved = resolve(edited, describe(TEXT, span))
    assert resolved.span == TextSpan(span.start + 15, span.end + 15)


def test_a_rewritten_sentence_is_not_a_fuzzy_match() -> None:
    span = span_of(TEXT, "The mayor, Ana Ruiz, promised a decision by March.")
    edited = TEXT.replace("The mayor, Ana Ruiz, promised a decision by March.",
                          "The governor, Bo Lee, refused to decide before May.")
    assert resolve(edited, describe(TEXT, span)).status == "orphaned"


@pytest.mark.parametrize("exact", ["", "   "])
def test_an_empty_passage_is_orphaned(exact: str) -> None:
    from reader.notes.model import Anchor

    assert resolve(TEXT, Anchor(3, 3 + len(exact), exact, "", "")).status == "orphaned"


def test_resolving_in_a_megabyte_is_fast() -> None:
    rng = random.Random(7)
    words = TEXT.split()
    big = " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(150_000))
    assert len(big) > 1_000_000
    start = big.index(" ", len(big) // 2) + 1
    span = TextSpan(start, start + 400)
    anchor = describe(big, span)
    edits = {
        "deleted": big[: span.start] + big[span.end :],
        "typo": big[: start + 200] + "#" + big[start + 201 :],
        "shifted": "x" * 500 + big,
    }
    for name, edited in edits.items():
        began = time.perf_counter()
        resolve(edited, anchor)
        assert time.perf_counter() - began < 1.0, name


FILLER = " ".join(f"Filler sentence number {i} says nothing new." for i in range(80))
TWEET = "Trump said: “Did she help the singer become a citizen?” The campaign did not reply."
REPEATED = ("The story so far. In one tweet Friday, " + TWEET + "\n\n" + FILLER
            + "\n\nIn one tweet, " + TWEET + " Aides declined to comment.")


def test_a_deleted_quote_is_not_moved_to_its_repetition_far_away() -> None:
    # the same words, the same context after them, and half the context before them
    quote = "Trump said: “Did she help the singer become a citizen?”"
    span = span_of(REPEATED, quote)
    edited = REPEATED.replace("In one tweet Friday, " + TWEET, "", 1)
    assert quote in edited
    assert resolve(edited, describe(REPEATED, span)).status == "orphaned"


def test_a_passage_moved_far_with_its_context_is_found() -> None:
    span = span_of(REPEATED, "Aides declined to comment")
    edited = REPEATED.replace("\n\n" + FILLER, "", 1) + "\n"
    resolved = resolve(edited, describe(REPEATED, span))
    assert resolved.status == "moved"
    assert resolved.span is not None
    assert resolved.span.of(edited) == "Aides declined to comment"


def test_a_context_of_one_character_counts() -> None:
    text = "Short. Critics disagreed sharply."
    span = span_of(text, "Critics disagreed sharply")
    edited = "A much longer introduction was added here. " + text
    resolved = resolve(edited, describe(text, span))
    assert resolved.span is not None
    assert resolved.span.of(edited) == "Critics disagreed sharply"
