"""One document's analysis put together chunk by chunk, then finished at document level."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from reader.analysis.chunks import entities_within, shift
from reader.analysis.common_nouns import english_words
from reader.analysis.cues import SentenceCues, sentence_cues
from reader.analysis.entities import raw_mentions
from reader.analysis.entity_groups import build_entities
from reader.analysis.entity_spans import RawMention
from reader.analysis.events import extract_events
from reader.analysis.model import Analysis, Event, NumberMention, Quote
from reader.analysis.number_claims import with_speakers
from reader.analysis.numbers import extract_numbers
from reader.analysis.quotes import read_quotes
from reader.document import Document, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _by_position(records: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(sorted(records, key=lambda r: (r.span.start, r.span.end)))


class Accumulator:
    """What one document's chunks have given so far; the Docs are kept, without their tensors,
    only until the document's entities are known and the entity-aware extractors have run."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.sentences: list[TextSpan] = []
        self.raw: list[RawMention] = []
        self.numbers: list[NumberMention] = []
        # each chunk's Doc, its span of the text, and its sentences' cues as the numbers found them
        self.chunks: list[tuple[Doc, TextSpan, SentenceCues]] = []

    def add(self, doc: Doc, span: TextSpan) -> None:
        # the tok2vec output is the bulk of a Doc's memory, and nothing after the pipeline reads it
        doc.tensor = None  # type: ignore[assignment]
        offset = span.start
        self.sentences.extend(TextSpan(s.start_char + offset, s.end_char + offset)
                              for s in doc.sents)
        text = self.document.text[span.start : span.end]
        self.raw.extend(raw_mentions(doc, offset, text))
        cues = sentence_cues(text)
        self.numbers.extend(shift(n, offset) for n in extract_numbers(doc, cues, text))
        self.chunks.append((doc, span, cues))

    def finish(self, name: str, version: str) -> Analysis:
        words = english_words(self.chunks[0][0].vocab) if self.chunks else frozenset()
        entities = build_entities(self.document.text, self.raw, words)
        quotes: list[Quote] = []
        events: list[Event] = []
        for doc, span, cues in self.chunks:
            local = entities_within(entities, span)
            text = self.document.text[span.start : span.end]
            said, sexes = read_quotes(doc, local, text, cues)
            quotes.extend(shift(q, span.start) for q in said)
            events.extend(shift(e, span.start) for e in extract_events(
                doc, local, published=self.document.published, quotes=said, text=text,
                sexes=sexes))
        self.chunks.clear()
        numbers = with_speakers(self.numbers, quotes)
        return Analysis(sha256=self.document.sha256, pipeline_name=name,
                        pipeline_version=version, entities=entities,
                        quotes=_by_position(quotes), numbers=_by_position(numbers),
                        events=_by_position(events), sentences=tuple(self.sentences))

