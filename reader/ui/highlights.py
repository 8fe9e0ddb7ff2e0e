"""What the article view highlights, computed from an Analysis and note spans (pure, no Qt)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import NamedTuple

from reader.analysis.model import Analysis, NumberMention, Quote
from reader.analysis.quote_marks import ALL_MARKS
from reader.document import TextSpan

QUOTE = "quote"
NUMBER = "number"
NOTE = "note"

TYPE_NAMES: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Country, city or state",
    "LOC": "Place",
    "NORP": "Group or nationality",
    "FAC": "Building or facility",
    "EVENT": "Named event",
    "PRODUCT": "Product",
    "WORK_OF_ART": "Work",
    "LAW": "Law",
    "LANGUAGE": "Language",
}
TYPE_PLURALS: dict[str, str] = {
    "PERSON": "People",
    "ORG": "Organisations",
    "GPE": "Countries, cities, states",
    "LOC": "Places",
    "NORP": "Groups and nationalities",
    "FAC": "Buildings and facilities",
    "EVENT": "Named events",
    "PRODUCT": "Products",
    "WORK_OF_ART": "Works",
    "LAW": "Laws",
    "LANGUAGE": "Languages",
}
TYPE_ORDER = tuple(TYPE_NAMES)


class Highlight(NamedTuple):
    """One range to mark in the article: an entity mention, a quote, a number or a noted passage.

    A named tuple, not a dataclass: a long article has tens of thousands, made on the GUI thread.
    """

    span: TextSpan
    kind: str  # an entity label (PERSON, ORG...), QUOTE, NUMBER or NOTE
    entity_id: str | None = None
    tooltip: str = ""


def type_name(label: str) -> str:
    return TYPE_NAMES.get(label, label.replace("_", " ").capitalize())


def type_order(label: str) -> int:
    return TYPE_ORDER.index(label) if label in TYPE_ORDER else len(TYPE_ORDER)


def quote_tooltip(quote: Quote) -> str:
    speaker = quote.speaker or "unknown speaker"
    return f"Quote ({quote.kind}) · {speaker}"


def quote_as_written(quote: Quote, text: str) -> str:
    """A quote's words for a list: a quote its attribution interrupts reads as written, with the
    marks that open and close it ('"We lost," Cole said, "but we are not beaten."'), so its
    pieces do not look unbalanced; a quote in one piece, as its span."""
    start, end = quote.span.start, quote.span.end
    if quote.pieces:
        if start > 0 and text[start - 1] in ALL_MARKS:
            start -= 1
        if end < len(text) and text[end] in ALL_MARKS:
            end += 1
    return text[start:end]


def number_tooltip(number: NumberMention) -> str:
    parts = ["Number"]
    value = number_value(number)
    if value != "—":
        parts.append(value)
    if number.qualifier and number.qualifier != "exact":
        parts.append(number.qualifier)
    if number.counts:
        parts.append(f"counts {number.counts}")
    return " · ".join(parts)


def number_value(number: NumberMention, *, short: bool = False) -> str:
    """A figure's value or bounds with its unit ("2,400,000 EUR", "1.5–2.25 km"), "score" for
    a score or a tally ("6–4", "a 5–4 vote"), else "—"; short, a million and more in Ms and Bs
    ("2.4M EUR"), for a list's narrow column."""
    figure = _short_figure if short else _figure
    if number.kind == "score":
        return "score"
    if number.low is not None and number.high is not None and number.low != number.high:
        text = f"{figure(number.low)}–{figure(number.high)}"
    elif number.value is not None:
        text = figure(number.value)
    else:
        return "—"
    return f"{text} {number.unit}" if number.unit else text


SHORT_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"))


def _short_figure(value: float) -> str:
    """A figure that rounds to a million or more to three significant figures in Ms, Bs and Ts
    ("12.5M", "10M" for 9,999,999, "1B" for 999,999,999); a smaller one written out (_figure)."""
    for scale, suffix in SHORT_SCALES:
        rounded = float(f"{value / scale:.3g}")
        if abs(rounded) >= 1:  # 999,999,999 is 1B, not 1000M
            return f"{rounded:g}{suffix}"
    return _figure(value)


def _figure(value: float) -> str:
    """A value as a reader writes it: 2,400,000 and 0.5, never 2.4e+06."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def highlight_ranges(analysis: Analysis | None, notes_spans: Iterable[TextSpan], *,
                     kinds: Collection[str]) -> list[Highlight]:
    """The highlights to paint, in text order; only the kinds asked for."""
    found: list[Highlight] = []
    if analysis is not None:
        for entity in analysis.entities:
            if entity.label not in kinds:
                continue
            tip = f"{type_name(entity.label)} · {entity.name}"
            found.extend(Highlight(m, entity.label, entity.id, tip) for m in entity.mentions)
        if QUOTE in kinds:
            # the quoted words alone: not the attribution that interrupts a quote
            found.extend(Highlight(piece, QUOTE, q.speaker_entity, quote_tooltip(q))
                         for q in analysis.quotes for piece in q.quoted())
        if NUMBER in kinds:
            # Ordinals ("its first ferry") rank, they do not count: underlining them is noise.
            found.extend(Highlight(n.span, NUMBER, None, number_tooltip(n))
                         for n in analysis.numbers if n.kind != "ordinal")
    if NOTE in kinds:
        found.extend(Highlight(span, NOTE, None, "Your note") for span in notes_spans)
    found.sort(key=lambda h: (h.span.start, -h.span.end, h.kind))
    return found


def entity_at(highlights: Iterable[Highlight], offset: int) -> Highlight | None:
    """The entity highlight under a character offset, the innermost when they nest."""
    hits = [h for h in highlights if h.entity_id and h.kind not in (QUOTE, NUMBER, NOTE)
            and h.span.start <= offset < h.span.end]
    return min(hits, key=lambda h: len(h.span), default=None)


def tooltip_at(highlights: Iterable[Highlight], offset: int) -> str:
    """Every highlight's description under a character offset, one a line."""
    return "\n".join(h.tooltip for h in highlights if h.span.start <= offset < h.span.end)
