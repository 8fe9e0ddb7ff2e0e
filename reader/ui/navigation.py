"""Where panel items point in the text, and stepping between them (pure, no Qt)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from reader.analysis.model import Analysis, Entity, Event, NumberMention, Quote
from reader.document import TextSpan

Record = Entity | Quote | NumberMention | Event


def record_span(record: object) -> TextSpan | None:
    """The span an item stands for: an entity's first mention, else the item's own span."""
    if isinstance(record, Entity):
        return record.mentions[0] if record.mentions else None
    span = getattr(record, "span", None)
    return span if isinstance(span, TextSpan) else None


def record_sentence(record: object, sentences: Sequence[TextSpan] = ()) -> TextSpan | None:
    """The sentence to reveal for an item: its own, or the one holding its span."""
    sentence = getattr(record, "sentence", None)
    if isinstance(sentence, TextSpan):
        return sentence
    span = record_span(record)
    if span is None:
        return None
    return sentence_at(sentences, span.start) or span


def sentence_at(sentences: Sequence[TextSpan], offset: int) -> TextSpan | None:
    """The sentence holding a character offset (sentences sorted by start)."""
    index = bisect_right([s.start for s in sentences], offset) - 1
    if index >= 0 and offset < sentences[index].end:
        return sentences[index]
    return None


def record_in(record: object, span: TextSpan) -> bool:
    """Whether an item lies in a span: any entity mention, or the item's own span overlaps it."""
    if isinstance(record, Entity):
        return any(m.overlaps(span) for m in record.mentions)
    own = record_span(record)
    return own is not None and own.overlaps(span)


def step(spans: Sequence[TextSpan], offset: int, forward: bool) -> TextSpan | None:
    """The next span starting after offset (or the previous one before it), wrapping around."""
    ordered = sorted(spans)
    if not ordered:
        return None
    if forward:
        return next((s for s in ordered if s.start > offset), ordered[0])
    return next((s for s in reversed(ordered) if s.start < offset), ordered[-1])


def entity_quotes(entity: Entity, analysis: Analysis) -> list[Quote]:
    """The quotes an entity speaks."""
    return [q for q in analysis.quotes if q.speaker_entity == entity.id
            or (q.speaker_entity is None and q.speaker == entity.name)]


def entity_events(entity: Entity, analysis: Analysis) -> list[Event]:
    """The events an entity takes part in."""
    return [e for e in analysis.events
            if entity.id in e.entities or entity.id in (e.who_entity, e.where_entity)]


def entity_numbers(entity: Entity, analysis: Analysis) -> list[NumberMention]:
    """The numbers given in the sentences that mention an entity (ordinals rank, not count)."""
    sentences = {sentence_at(analysis.sentences, m.start) for m in entity.mentions} - {None}
    return [n for n in analysis.numbers if n.kind != "ordinal"
            and (n.sentence or sentence_at(analysis.sentences, n.span.start)) in sentences]
