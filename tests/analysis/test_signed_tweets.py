"""Tests for signed_tweets: an embedded tweet, signed with its author's name, handle and date."""

from __future__ import annotations

from typing import Any

from reader.analysis.entities import extract_entities
from reader.analysis.model import Quote
from reader.analysis.quotes import extract_quotes


def quotes(nlp: Any, text: str) -> list[Quote]:
    doc = nlp(text)
    return list(extract_quotes(doc, list(extract_entities(doc))))


def test_a_tweet_signed_on_the_line_below_is_a_direct_quote_by_its_author(nlp: Any) -> None:
    text = ("The councilwoman posted a reminder on Sunday evening.\n\n"
            "Polls close at eight tonight. Vote early and bring a friend! "
            "https://t.co/abc123 pic.twitter.com/XyZ987\n\n"
            "— Dana Ortiz (@dana_o) May 4, 2021\n\nThe council met on Tuesday.")
    tweet = [q for q in quotes(nlp, text) if q.speaker == "Dana Ortiz"]
    assert [(q.span.of(text), q.kind) for q in tweet] == [
        ("Polls close at eight tonight. Vote early and bring a friend!", "direct")]


def test_a_tweet_signed_at_its_lines_end_is_a_direct_quote_by_its_author(nlp: Any) -> None:
    text = ("The coach answered within minutes.\n\n"
            "We did it, Riverside! See you all at the parade. pic.twitter.com/Qw12 ― "
            "Lena Park (@CoachPark) June 9, 2019\n\nThe parade starts at noon.")
    found = [(q.span.of(text), q.speaker) for q in quotes(nlp, text)]
    assert ("We did it, Riverside! See you all at the parade.", "Lena Park") in found


def test_a_name_and_handle_without_a_date_sign_no_tweet(nlp: Any) -> None:
    text = ("The bakery reopened on Friday.\n\nFresh bread every morning from six.\n\n"
            "- Omar Haddad (@omarbakes), owner\n\nQueues formed early.")
    assert all(q.speaker != "Omar Haddad" for q in quotes(nlp, text))
