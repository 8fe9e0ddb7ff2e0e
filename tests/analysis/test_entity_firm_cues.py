"""Firms named bare in business news, which the model takes for people: "oil giant X", "X boss",
"X, one of his companies", "analyst Jane Roe of X", and a firm's full name beside its first
word."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.entities import extract_entities


def typed(nlp: Any, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each entity's name -> (label, aliases)."""
    return {e.name: (e.label, e.aliases) for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(("text", "name"), [
    ("The owners of embattled Russian oil giant Vostrak are to ask the buyer to repay a loan. "
     "Vostrak had filed for bankruptcy in a US court. Vostrak claims its downfall was political.",
     "Vostrak"),  # a kind of body before the name
    ('"We will fight," former Vostrak boss Ivan Petrov said. Vostrak filed for bankruptcy.',
     "Vostrak"),  # a noun only a body has after it
    ("Tsutsumi was accused of falsifying the share structure of Seibu Railways, one of his "
     "companies.", "Seibu Railways"),  # "one of" bodies beside it
    ("But aviation analyst Mike Dunn of Gerhardt Kleinwort Wasserstein says fares will fall.",
     "Gerhardt Kleinwort Wasserstein"),  # a job, a person's name and "of" before it
])
def test_a_name_business_news_sets_among_a_firms_words_is_a_firm(
        nlp: Any, text: str, name: str) -> None:
    assert typed(nlp, text)[name][0] == "ORG"


def test_a_firms_full_name_joins_the_first_word_it_is_called_by(nlp: Any) -> None:
    text = ("Shares in UK drinks firm Halden have risen on talk of a takeover by France's Pernaud "
            "Ricard. Halden shares rose 4%, while Pernaud shares in Paris slipped 1.2%. Pernaud "
            "said it was seeking acquisitions. Last year Pernaud tried to buy Glenbrack.")
    assert typed(nlp, text)["Pernaud Ricard"] == ("ORG", ("Pernaud Ricard", "Pernaud"))


@pytest.mark.parametrize(("text", "name"), [
    ("The band was led by jazz giant Miles Davis. Davis said he was tired.", "Miles Davis"),
    ("Martha Fry and her brother Dale Ford agreed to talk. Dale wrote back. Dale said no.",
     "Dale Ford"),
])
def test_people_among_such_words_stay_people(nlp: Any, text: str, name: str) -> None:
    assert typed(nlp, text)[name][0] == "PERSON"
