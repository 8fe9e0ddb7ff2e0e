"""A quote its attribution interrupts is one quote of several pieces (quote_joins), on sentences
of our own parsed by the real pipeline."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reader.analysis import analyze
from reader.analysis.export import analysis_json
from reader.document import Document
from tests.analysis.test_quotes import quotes


def pieces_of(text: str, quote: Any) -> list[str]:
    return [piece.of(text) for piece in quote.quoted()]


@pytest.mark.parametrize(("text", "first", "second"), [
    ('"We will win," Mayor Ana Ruiz said on Monday. "And we will win big."',
     "We will win", "And we will win big."),
    ("“That goal,” said captain Leo Brandt, “was the best I have ever seen.”",
     "That goal", "was the best I have ever seen."),
    ('"The kids loved it," said Maria Lopez, who brought her two sons. "We will be back."',
     "The kids loved it", "We will be back."),
])
def test_a_quote_its_attribution_interrupts_is_one_quote(nlp: Any, text: str, first: str,
                                                         second: str) -> None:
    (quote,) = quotes(nlp, text)
    assert pieces_of(text, quote) == [first, second]
    assert quote.span.of(text).startswith(first)
    assert quote.span.of(text).endswith(second)
    assert quote.kind == "direct"
    assert quote.cue_span is not None
    assert quote.span.start < quote.cue_span.start < quote.span.end
    assert quote.sentence is not None
    assert quote.sentence.end >= quote.span.end


@pytest.mark.parametrize(("text", "inner"), [
    ('"Every time you say that," Senator Jon Tester said, referring to the bank\'s "one percent '
     'excuse," "you give ammunition to the people who want to break up the banks."',
     'the bank\'s "one percent excuse,"'),
    ('"We are not done yet," Ann Lee said, speaking of the long strike at the plant. "The '
     'workers will hold out for months."', "the long strike at the plant"),
])
def test_what_the_attribution_itself_reports_does_not_keep_the_pieces_apart(
        nlp: Any, text: str, inner: str) -> None:
    joined, reported = quotes(nlp, text)
    assert len(joined.pieces) == 2
    assert reported.span.of(text) == inner
    assert joined.span.start < reported.span.start < reported.span.end < joined.span.end


def test_quoted_words_the_writer_lists_with_and_are_one_quote(nlp: Any) -> None:
    text = "Ann Lee called the plan “reckless,” and “a gift to the banks.”"
    (quote,) = quotes(nlp, text)
    assert quote.kind == "mixed"
    assert pieces_of(text, quote)[-1] == "a gift to the banks."
    assert quote.span.of(text).startswith("the plan")


def test_reported_words_with_a_quote_after_the_cue_make_a_mixed_quote(nlp: Any) -> None:
    text = ('The budget deal is "only a start," Mayor Ana Ruiz said on Monday. "The harder work '
            'begins in spring."')
    (quote,) = quotes(nlp, text)
    assert quote.kind == "mixed"
    assert pieces_of(text, quote)[-1] == "The harder work begins in spring."


@pytest.mark.parametrize("text", [
    # a new paragraph is a new quote
    '"We will win," Mayor Ana Ruiz said on Monday.\n\n"And we will win big."',
    # another cue: a second attribution
    '"We will win," Mayor Ana Ruiz said on Monday. "And we will win big," she added.',
    # a quote after reported speech with no cue between: the speaker goes on, in a new quote
    'The club said the deal was off. "It is over."',
])
def test_quotes_not_interrupted_by_one_attribution_stay_apart(nlp: Any, text: str) -> None:
    found = quotes(nlp, text)
    assert len(found) == 2
    assert all(not q.pieces for q in found)


def test_the_attribution_between_the_pieces_stays_the_writers(nlp: Any) -> None:
    """The events read the words between the pieces as the writer's, and a figure there is no
    claim of the speaker's."""
    text = ('"I just tried to enjoy it," said Ortega, who won 3 titles in 2019. "The crowd was '
            'amazing."')
    analysis = analyze(Document(text=text, blocks=(), format="txt"), nlp)
    (quote,) = analysis.quotes
    assert len(quote.pieces) == 2
    won = next(e for e in analysis.events if e.action == "won")
    assert won.who == "Ortega"
    (three,) = [n for n in analysis.numbers if n.span.of(text) == "3"]
    assert three.claimant != "Ortega"


def test_the_json_gives_the_pieces_of_every_quote(nlp: Any) -> None:
    text = ('"We will win," Mayor Ana Ruiz said on Monday. "And we will win big." Ruiz said the '
            "team was ready.")
    document = Document(text=text, blocks=(), format="txt")
    result = json.loads(json.dumps(analysis_json(document, analyze(document, nlp))))
    joined, single = result["quotes"]
    assert [text[p["start"]:p["end"]] for p in joined["pieces"]] == [
        "We will win", "And we will win big."]
    assert single["pieces"] == [{"start": single["start"], "end": single["end"]}]
