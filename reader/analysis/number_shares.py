"""What a figure takes from the one listed beside it: its count, its unit, an age, an end."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from reader.analysis.model import NumberMention


def _between(doc: Doc, start: int, end: int) -> str:
    """The text between two figures, without building the whole text (doc.text is O(n))."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return span.text.strip().lower() if span is not None else ""


def share_ages(doc: Doc, mentions: list[NumberMention]) -> None:
    """ "aged 16 and 17": a bare figure listed right after an age is an age too."""
    for index in range(1, len(mentions)):
        mention, before = mentions[index], mentions[index - 1]
        if before.kind == "age" and mention.kind == "cardinal" and mention.counts is None and \
                _between(doc, before.span.end, mention.span.start) in ("and", "or", ",", "to"):
            mentions[index] = replace(mention, kind="age", unit=before.unit)


def share_counts(doc: Doc, mentions: list[NumberMention]) -> None:
    """ "102 and 21 people": a bare figure shares the noun of the figure right after it."""
    for index in range(len(mentions) - 2, -1, -1):
        mention, following = mentions[index], mentions[index + 1]
        if mention.counts in (None, "people") and following.counts and \
                mention.kind == following.kind == "cardinal" and \
                _between(doc, mention.span.end, following.span.start) in (
                    "and", "or", ",", "to", "and up to"):
            mentions[index] = replace(mention, counts=following.counts)


def share_change_ends(doc: Doc, mentions: list[NumberMention]) -> None:
    """ "from 400 boats in 2010 to 650 in 2020", "from 12% to 30% of homes": the two ends of a
    change count one thing; an end with no noun after it counts what the other end names."""
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if first.kind != second.kind or first.unit != second.unit \
                or not _change_ends(doc, first, second):
            continue
        named = [m.counts is not None and _noun_after(doc, m) for m in (first, second)]
        if named == [True, False]:
            mentions[index + 1] = replace(second, counts=first.counts)
        elif named == [False, True]:
            mentions[index] = replace(first, counts=second.counts)


def _change_ends(doc: Doc, first: NumberMention, second: NumberMention) -> bool:
    """Whether the figures are written "from <first> ... to <second>", a few words apart."""
    between = _between(doc, first.span.end, second.span.start)
    before = _between(doc, max(0, first.span.start - 6), first.span.start)
    return before.endswith("from") and (between == "to" or between.endswith(" to")) and \
        len(between) <= 40 and not any(mark in between for mark in ".;:")


def _noun_after(doc: Doc, mention: NumberMention) -> bool:
    """Whether a noun, or "of" and a noun, follows the figure: what it counts is named there."""
    span = mention_tokens(doc, mention)
    following = doc[span.end] if span is not None and span.end < len(doc) else None
    return following is not None and (following.lower_ == "of" or following.pos_ in (
        "NOUN", "PROPN", "ADJ"))


def share_units(doc: Doc, mentions: list[NumberMention]) -> None:
    """ "five and ten gigabytes", "by 4 and 6 per cent": a bare figure joined to a measure or a
    percentage right after it has its unit."""
    for index in range(len(mentions) - 2, -1, -1):
        mention, following = mentions[index], mentions[index + 1]
        if mention.kind == "cardinal" and mention.counts is None and mention.unit is None and \
                following.kind in ("quantity", "percent") and following.unit is not None and \
                _between(doc, mention.span.end, following.span.start) in ("and", "or"):
            mentions[index] = replace(mention, kind=following.kind, unit=following.unit)


def mention_tokens(doc: Doc, mention: NumberMention) -> Span | None:
    """The tokens of a figure's mention, those it only touches included."""
    return doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
