"""The JSON contract of `reader analyze` (schema reader.analysis/1): plain dicts of our records."""

from __future__ import annotations

from typing import Any

from reader.analysis.language import NOT_ENGLISH
from reader.analysis.model import Analysis, Entity, Event, NumberMention, Quote
from reader.document import Document, TextSpan

SCHEMA = "reader.analysis/1"


def _start(span: TextSpan | None) -> int | None:
    return None if span is None else span.start


def _end(span: TextSpan | None) -> int | None:
    return None if span is None else span.end


def document_json(document: Document) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "source": {
            "path": str(document.source_path) if document.source_path else None,
            "format": document.format,
            "sha256": document.sha256,
        },
        "title": document.title,
        "byline": document.byline,
        "published": document.published,
        "text": document.text,
    }


def entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "label": entity.label,
        "aliases": list(entity.aliases),
        "mentions": [{"start": m.start, "end": m.end} for m in entity.mentions],
        "salience": {"mentions": entity.mention_count, "first": entity.first_position},
    }


def quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "start": quote.span.start,
        "end": quote.span.end,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_start": _start(quote.speaker_span),
        "speaker_end": _end(quote.speaker_span),
        "speaker_entity": quote.speaker_entity,
        "cue": quote.cue,
        # the quoted words: one piece, or more where the attribution interrupts the quote
        "pieces": [{"start": p.start, "end": p.end} for p in quote.quoted()],
    }


def number_json(number: NumberMention) -> dict[str, Any]:
    return {
        "start": number.span.start,
        "end": number.span.end,
        "value": number.value,
        "low": number.low,
        "high": number.high,
        "qualifier": number.qualifier,
        "unit": number.unit,
        "counts": number.counts,
        "verb": number.verb,
        "claimant": number.claimant,
        "kind": number.kind,
    }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "start": event.span.start,
        "end": event.span.end,
        "action": event.action,
        "action_start": event.action_span.start,
        "action_end": event.action_span.end,
        "who": event.who,
        "who_entity": event.who_entity,
        "what": event.what,
        "when": event.when,
        "date": event.date,
        "where": event.where,
        "where_entity": event.where_entity,
        "entities": list(event.entities),
    }


def analysis_json(document: Document, analysis: Analysis) -> dict[str, Any]:
    """The whole JSON object for one article."""
    result = document_json(document)
    result["pipeline"] = {"name": analysis.pipeline_name, "version": analysis.pipeline_version}
    result["entities"] = [entity_json(e) for e in analysis.entities]
    result["quotes"] = [quote_json(q) for q in analysis.quotes]
    result["numbers"] = [number_json(n) for n in analysis.numbers]
    result["events"] = [event_json(e) for e in analysis.events]
    # a text judged not English is not analysed: the arrays above are empty, and this says why
    result["language"] = {"english": analysis.english,
                          "warning": None if analysis.english else NOT_ENGLISH}
    return result
