"""The texts of the entity panel's rows: an event as who did what, a number in its sentence."""

from __future__ import annotations

import re

from reader.analysis.model import Event, NumberMention

LEAD_WORDS = 5  # of a number's sentence before the figure, in its row
# the prepositions of a place an event's where may follow in the text, longest first
WHERE_PREPOSITIONS = ("throughout", "outside", "inside", "across", "within", "around", "near",
                      "into", "from", "at", "in", "on", "to")


def number_row(number: NumberMention, text: str) -> str:
    """The figure, then its sentence for context, from a few words before the figure: a row
    shows its start alone, and the sentences of a paragraph of figures began alike."""
    figure = " ".join(number.span.of(text).split())
    sentence = number.sentence
    if sentence is None:
        return figure
    before = text[sentence.start:number.span.start].split()
    lead = ["…"] if len(before) > LEAD_WORDS else []
    context = " ".join([*lead, *before[-LEAD_WORDS:], text[number.span.start:sentence.end]])
    return f"{figure} — {context}"


def where_as_written(event: Event, text: str) -> str | None:
    """The event's where with the preposition the text puts before it ("at a hospital", "in
    Goma", "on the border"), or the where alone (a place's name, written otherwise there)."""
    if not event.where:
        return None
    for span in (event.span, event.sentence):
        if span is None:
            continue
        found = re.search(rf"\b({'|'.join(WHERE_PREPOSITIONS)})\s+{re.escape(event.where)}\b",
                          span.of(text), re.IGNORECASE)
        if found:
            return f"{found.group(1).lower()} {event.where}"
    return event.where


def event_row(event: Event, text: str) -> str:
    """Who did what, then when and where: "Rebels attacked the garrison (Saturday, in Goma)"."""
    done = " ".join(part for part in (event.who, event.action, event.what) if part)
    context = ", ".join(part for part in (event.when, where_as_written(event, text)) if part)
    return f"{done} ({context})" if context else done
