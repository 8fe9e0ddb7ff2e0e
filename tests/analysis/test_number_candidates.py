"""The shortcuts that keep the number scan fast: candidate tokens and the digit windows."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from reader.analysis.number_blocks import blocked_tokens
from reader.analysis.number_candidates import figure_starts
from reader.analysis.numbers import extract_numbers

_BLANK = spacy.blank("en")


def _doc(text: str) -> Doc:
    return _BLANK(text)


def test_candidates_are_digits_number_words_and_lead_words_before_an_amount() -> None:
    doc = _doc("He paid $5 for a dozen eggs and a car; several hundred came, many did not, "
               "half of 1,000 rose by −3 or ½ to a third, the first.")
    assert [doc[i].text for i in figure_starts(doc)] == [
        "5", "a", "dozen", "several", "hundred", "half", "1,000", "−3", "½", "a", "third",
        "first"]


def test_a_long_run_of_digits_is_a_candidate() -> None:
    doc = _doc("x " + "9" * 150)  # spaCy gives tokens of 100 characters or more no shape
    assert figure_starts(doc) == [1]


def test_empty_and_wordless_documents_have_no_candidates() -> None:
    assert figure_starts(_doc("")) == []
    assert figure_starts(_doc("a car and an apple")) == []


def test_phone_numbers_and_dates_are_found_far_into_a_long_text() -> None:
    filler = "word " * 3000
    text = f"{filler}call +44 20 7946 0958 {filler}on 2018-06-19 and 7/8/07 then 12 {filler}"
    doc = _doc(text)
    assert sorted(doc[i].text for i in blocked_tokens(doc)) == [
        "+44", "-", "-", "06", "0958", "19", "20", "2018", "7/8/07", "7946"]


def test_figures_far_apart_in_a_long_text_are_all_found() -> None:
    filler = "and so on " * 2000
    text = f"{filler}Some 22 people {filler}paid $5 million, {filler}a dozen eggs."
    assert [m.span.of(text) for m in extract_numbers(_doc(text))] == [
        "Some 22", "$5 million", "a dozen"]
