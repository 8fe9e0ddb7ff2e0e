"""Turning a Document into an Analysis: entities, quotes, numbers and events, as plain records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reader.analysis import chunks
from reader.analysis.affix_runs import broken_runs
from reader.analysis.language import looks_english
from reader.analysis.model import Analysis
from reader.analysis.nlp import pipeline_id, skip_spacy_cli
from reader.analysis.read_ahead import read_ahead
from reader.document import Document
from reader.wrapped_lines import reading_text

skip_spacy_cli()  # before any extractor imports spaCy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from reader.analysis.accumulator import Accumulator

Progress = Callable[[int, int], None]
# A batch through the pipeline holds at most this many characters (or chunks): the pipeline's
# working memory grows with the batch, and small batches cost next to no speed on a CPU.
BATCH_CHARS = 100_000
BATCH_CHUNKS = 64


def analyze(document: Document, nlp: Language, *, progress: Progress | None = None) -> Analysis:
    """Analyse one document with the given pipeline; progress(done, total) after each chunk."""
    return next(analyze_many([document], nlp, progress=progress))


def analyze_many(documents: Iterable[Document], nlp: Language, *,
                 progress: Progress | None = None) -> Iterator[Analysis]:
    """Analyse documents in order, the chunks of all of them batched through the pipeline."""
    # the extractors import spaCy: loaded here, so that importing reader.analysis stays light
    from reader.analysis.accumulator import Accumulator

    # a plain-text file's wrapped paragraphs read on over their line breaks, offsets kept
    # and long runs of punctuation are broken up for the tokenizer
    documents = [_as_read(document) for document in documents]
    # an empty document has nothing to analyse, and one not in English nothing the English
    # pipeline reads right (its names would be junk): neither goes through the pipeline
    english = [looks_english(document.text) for document in documents]
    plans = [chunks.chunk_spans(document.text, chunks.CHUNK_CHARS)
             if document.text and english[i] else [] for i, document in enumerate(documents)]
    total = sum(len(plan) for plan in plans)
    name, version = pipeline_id(nlp)
    texts = ((document.text[span.start : span.end], (i, j))
             for i, document in enumerate(documents) for j, span in enumerate(plans[i]))

    def empty(k: int) -> Analysis:
        return Analysis(sha256=documents[k].sha256, pipeline_name=name,
                        pipeline_version=version, english=english[k])

    state: Accumulator | None = None
    ready = 0  # the next document to yield
    # the next chunks are parsed while this thread reads the last; closed on leaving, so that
    # a cancel (raised by progress) or a caller that stops early stops the parse as well
    with closing(read_ahead(lambda: _pipe(nlp, texts), depth=BATCH_CHUNKS)) as parsed:
        for done, (doc, (i, j)) in enumerate(parsed, 1):
            yield from (empty(k) for k in range(ready, i))
            ready = i
            if j == 0:
                state = Accumulator(documents[i])
            assert state is not None
            state.add(doc, plans[i][j])
            if progress is not None:
                progress(done, total)
            if j == len(plans[i]) - 1:
                yield state.finish(name, version)
                state, ready = None, i + 1
    yield from (empty(k) for k in range(ready, len(documents)))


def _as_read(document: Document) -> Document:
    """The document with its text as it reads (wrapped_lines.reading_text) and as the tokenizer
    can take it (affix_runs.broken_runs), of equal length."""
    text = broken_runs(reading_text(document))
    return document if text is document.text else replace(document, text=text)


def _pipe(nlp: Language, texts: Iterable[tuple[str, Any]]) -> Iterator[tuple[Doc, Any]]:
    """nlp.pipe over (text, context) pairs, in batches of bounded size."""
    batch: list[tuple[str, Any]] = []
    size = 0
    for item in texts:
        if batch and (size + len(item[0]) > BATCH_CHARS or len(batch) >= BATCH_CHUNKS):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
