"""Pieces of one quote that its attribution interrupts, joined into one quote.

'"We will win," she said. "And we will win big."' is one thing said, with its cue between two
pieces: news writing sets the attribution inside a quotation, and readers (and the annotators
of attribution corpora such as PolNeAR) take the whole as one quote. The pieces are kept, so
the article view can mark the quoted words alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.model import Quote
from reader.analysis.quote_marks import ALL_MARKS
from reader.document import TextSpan

_WORD = re.compile(r"\w+")
# What is stripped from the words between two pieces: the quotation marks and spaces
_AROUND = "".join(sorted(ALL_MARKS)) + " \t\u00a0"
# What ends the attribution between two pieces ('," she said. "', '," he said, "'); a bare word
# before the second piece's mark makes it part of a sentence of the writer's ('she said, but
# ... as Trump went on about "how the system is rigged"').
_BREAKS = frozenset(",.:;!?—–")
# What links quoted words the writer lists ('"reckless" and a "grave threat"').
_LINKS = frozenset({"and", "or", "and then", "but", "as well as", "and even", "or even"})
_ARTICLES = frozenset({"a", "an", "the"})


def joined(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """quotes (in text order) with each run of pieces of one quote made one Quote."""
    found: list[Quote] = []
    for quote in quotes:
        before = _last_with_cue(found, quote)
        if before is not None and _continues(text, found[before], quote):
            found[before] = _join(found[before], quote)
        else:
            found.append(quote)
    return found


def _last_with_cue(found: list[Quote], quote: Quote) -> int | None:
    """The index of the last quote found with quote's cue, when every quote after it lies
    inside the attribution before quote ('," he said, referring to the "1 percent excuse,"
    "': what the attribution itself reports)."""
    for i in range(len(found) - 1, -1, -1):
        if found[i].cue_span == quote.cue_span:
            end = found[i].span.end
            inside = all(end <= q.span.start and q.span.end <= quote.span.start
                         for q in found[i + 1 :])
            return i if inside else None
    return None


def _continues(text: str, before: Quote, quote: Quote) -> bool:
    """Whether quote is the next piece of before: the same cue and speaker, in the same
    paragraph, with the cue between them and set off by punctuation before the second piece (a
    quote that goes on the speaker of reported speech before it, with no cue between, is a
    quote of its own: 'The club said the deal was off. "It is over."')."""
    if quote.cue_span is None or quote.cue_span != before.cue_span or \
            (quote.speaker, quote.speaker_entity) != (before.speaker, before.speaker_entity):
        return False
    if before.span.end > quote.span.start:
        return False
    gap = text[before.span.end : quote.span.start]
    if "\n" in gap:
        return False  # a new paragraph is a new quote, as the article view shows it
    between = gap.strip(_AROUND)
    if _linked(between):
        return True
    if not between or between[-1] not in _BREAKS or not (
            before.span.end <= quote.cue_span.start and quote.cue_span.end <= quote.span.start):
        return False
    # an attribution longer than the words it interrupts ('," said X, a lawyer at Y who has
    # represented Z since 1970. "') stands between two statements, not inside one
    quoted = sum(len(_WORD.findall(p.of(text))) for p in (*before.quoted(), quote.span))
    return len(_WORD.findall(between)) <= quoted


def _linked(between: str) -> bool:
    """Whether quoted words are a list the writer links ('called it "reckless," and "a grave
    threat"', '"the system is rigged" and "our own struggling citizens"'): only a conjunction,
    with an article after it, lies between them."""
    return " ".join(w for w in _WORD.findall(between.lower()) if w not in _ARTICLES) in _LINKS


def _join(before: Quote, quote: Quote) -> Quote:
    kind = before.kind if before.kind == quote.kind else "mixed"
    sentence = before.sentence
    if sentence is not None and quote.sentence is not None:
        sentence = TextSpan(sentence.start, max(sentence.end, quote.sentence.end))
    return replace(before, span=TextSpan(before.span.start, quote.span.end), kind=kind,
                   sentence=sentence, pieces=before.quoted() + quote.quoted())
