"""Tests for finding quoted stretches by their marks: every kind of mark, nesting, paragraphs."""

from __future__ import annotations

import random

import pytest

from reader.analysis.quote_marks import find_quoted


def contents(text: str) -> list[str]:
    return [q.content.of(text) for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will win” today.", ["we will win"]),
        ('He said "we will win" today.', ["we will win"]),
        ("He said ‘we will win’ today.", ["we will win"]),
        ("He said 'we will win' today.", ["we will win"]),
        ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
        ("Er sagte „wir gewinnen“ gestern.", ["wir gewinnen"]),
        ("Han sa »vi vinner« igår.", ["vi vinner"]),
        ("“We will win,” he said.", ["We will win"]),
    ],
)
def test_each_kind_of_mark_bounds_a_quote(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_span_excludes_the_marks() -> None:
    text = "She said “no more” twice."
    (quoted,) = find_quoted(text)
    assert text[quoted.outer.start] == "“"
    assert text[quoted.outer.end - 1] == "”"
    assert quoted.content.of(text) == "no more"


def test_nested_quote_stays_inside_the_outer_one() -> None:
    text = "“He told me ‘I will resign’ and left,” she said."
    assert contents(text) == ["He told me ‘I will resign’ and left"]


def test_straight_nested_quotes() -> None:
    text = "\"He told me 'I will resign' and left,\" she said."
    assert contents(text) == ["He told me 'I will resign' and left"]


def test_a_quote_that_only_wraps_a_nested_one_loses_both_pairs_of_marks() -> None:
    text = "The memo said \"'It keeps the trains running on time,'\" she wrote."
    assert contents(text) == ["It keeps the trains running on time"]


@pytest.mark.parametrize(
    "text",
    [
        "Don't say the '90s were Putin's best years.",
        "The players' union met the owners’ lawyers.",
        "It’s rock’n’roll, isn’t it?",
    ],
)
def test_apostrophes_are_no_quote_marks(text: str) -> None:
    assert find_quoted(text) == []


def test_unbalanced_opener_runs_to_the_paragraph_end_only() -> None:
    text = "He said “we will never give up and more\n\nNext paragraph is plain."
    (quoted,) = find_quoted(text)
    assert quoted.content.of(text) == "we will never give up and more"
    assert not quoted.closed
    assert not quoted.continues


def test_stray_closer_is_ignored() -> None:
    assert find_quoted("A stray ” closer and a plain sentence.") == []


def test_multi_paragraph_quote_is_one_piece_a_paragraph() -> None:
    text = ("“The first part of the speech goes on,\n\n"
            "“and the second part re-opens the quote.”\n\nAfter.")
    first, second = find_quoted(text)
    assert first.content.of(text) == "The first part of the speech goes on"
    assert first.continues
    assert not first.closed
    assert second.continued
    assert second.closed
    assert second.content.of(text) == "and the second part re-opens the quote."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We lost the vote. "We will be back next year," Ms Orla Penn said. She left early.',
         ['We lost the vote. "We will be back next year']),
        ("“Is this fair? “Nobody thinks so.” The mayor, Ada Bright, then sat down.",
         ["Is this fair? “Nobody thinks so."]),
    ],
)
def test_a_mark_reopening_a_long_quote_on_one_line_goes_on_with_it(
    text: str, expected: list[str]
) -> None:
    assert contents(text) == expected


def test_a_quoted_word_after_a_closed_quote_still_opens_a_quote_of_its_own() -> None:
    text = 'She said "no". "Never," he said. He called it "a farce."'
    assert contents(text) == ["no", "Never", "a farce."]


def test_random_marks_never_fail() -> None:
    marks = [*list("\"'“”‘’«»„‹› \n"), "word", "it's", "'90s"]
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(marks) for _ in range(rng.randint(0, 60)))
        for quoted in find_quoted(text):
            assert 0 <= quoted.content.start < quoted.content.end <= len(text)
            assert quoted.outer.contains(quoted.content)


def test_a_possessive_after_an_abbreviation_opens_no_quote() -> None:
    assert contents("The U.N.'s record on refugees is poor, she said.") == []


def test_two_closing_single_marks_close_a_double_quote() -> None:
    text = '"The vote was rigged,’’ the mayor said. "It will not happen again."'
    assert contents(text) == ["The vote was rigged", "It will not happen again."]


@pytest.mark.parametrize("text", [
    "The carrier bought 30 of Airbus 's A350 jets, the airline 's chief said on Monday.",
    "The carrier bought 30 of Airbus ’s A350 jets, the airline ’s chief said on Monday.",
])
def test_a_possessive_set_apart_by_a_space_opens_no_quote(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize("text", [
    "The season isn ‘t over yet, and we ’ll see more games, the coach said on Monday.",
    "They ’ve sold out, and it wasn 't cheap, the promoter said.",
])
def test_a_contraction_set_apart_by_a_space_opens_no_quote(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize("text", [
    "The ferry line sold 4 of its rivals ' old boats , which it will refit next year .",
    "A court ruled on the Rovers ' Harbour Stadium lease on Friday .",
    "The firm bought the Smiths ’ farm and the Jones ’s barn in 2019 .",
])
def test_a_plural_possessive_set_apart_on_both_sides_opens_no_quote(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Fans of the Rovers ' Harbour Song ' sang it twice .", ["Harbour Song"]),
    ("He called it ' a mess for the buses ' and left .", ["a mess for the buses"]),
])
def test_a_quote_set_apart_by_spaces_still_opens_and_closes(text: str,
                                                             expected: list[str]) -> None:
    assert contents(text) == expected


def test_a_quote_opening_with_an_s_word_still_opens() -> None:
    assert contents("He said 'sure thing' and left.") == ["sure thing"]


def test_typewriter_closing_marks_set_apart_by_a_space_still_close() -> None:
    text = "''The ferry runs late again, '' a commuter said. ''Every single week. ''"
    assert [(q.content.of(text), q.closed) for q in find_quoted(text)] == [
        ("The ferry runs late again", True), ("Every single week.", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its rating sits at 'AA '. The upgrade put it level with Chile.", ["AA"]),
        ('The code reads "AB ". Nothing else follows here.', ["AB"]),
    ],
)
def test_a_mark_before_a_full_stop_or_comma_closes_and_never_opens(
    text: str, expected: list[str]
) -> None:
    assert contents(text) == expected


def test_a_lone_single_closer_after_a_sentence_closes_an_open_double_quote() -> None:
    text = ("She wrote: “Come early. We start at nine.’ The hall opens at eight. The band "
            "plays “Rain” last.")
    assert contents(text) == ["Come early. We start at nine.", "Rain"]


def test_a_lone_single_closer_inside_a_closed_double_quote_closes_nothing() -> None:
    text = "She wrote: “Come early.’ We start at nine,” and left."
    assert contents(text) == ["Come early.’ We start at nine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flyer never called him ''Slippin' Sam'' again.", ["Slippin' Sam"]),
        ("''The growers' stalls open at six,'' the warden said.",
         ["The growers' stalls open at six"]),
        ("''We're headin' out,'' the pilot said.", ["We're headin' out"]),
    ],
)
def test_two_opening_single_marks_open_a_double_quote_an_apostrophe_cannot_close(
    text: str, expected: list[str]
) -> None:
    assert contents(text) == expected


def test_a_single_quote_inside_typewriter_double_marks_keeps_them_apart() -> None:
    assert contents("The clerk said, ''Then the boss told me, 'Not today.' ''") == [
        "Then the boss told me, 'Not today.'"]
    assert contents("The clerk said, '''Close the till.'.''") == ["Close the till."]


def test_marks_inside_a_markup_tag_enclose_no_quote() -> None:
    text = ('<post id="9911" author="@dana_o">Polls close at eight!</post> The clerk said '
            '"turnout looks high" at noon, and 3 < 4 "still" holds.')
    assert contents(text) == ["turnout looks high", "still"]
