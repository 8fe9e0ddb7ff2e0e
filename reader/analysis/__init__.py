"""Turning a Document into an Analysis: entities, quotes, numbers and events, as plain records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from reader.analysis import chunks
from reader.analysis.model import Analysis
from reader.analysis.nlp import pipeline_id
from reader.document import Document

if TYPE_CHECKING:
    from spacy.language import Language

    from reader.analysis.accumulator import Accumulator

Progress = Callable[[int, int], None]
BATCH_CHUNKS = 32  # chunks a batch: enough for speed, few enough to keep the peak memory low


def analyze(document: Document, nlp: Language, *, progress: Progress | None = None) -> Analysis:
    """Analyse one document with the given pipeline; progress(done, total) after each chunk."""
    return next(analyze_many([document], nlp, progress=progress))


def analyze_many(documents: Iterable[Document], nlp: Language, *,
                 progress: Progress | None = None) -> Iterator[Analysis]:
    """Analyse documents in order, every chunk of every one batched through one nlp.pipe."""
    # the extractors import spaCy: loaded here, so that importing reader.analysis stays light
    from reader.analysis.accumulator import Accumulator

    documents = list(documents)
    plans = [chunks.chunk_spans(document.text, chunks.CHUNK_CHARS) for document in documents]
    total = sum(len(plan) for plan in plans)
    name, version = pipeline_id(nlp)
    texts = ((document.text[span.start : span.end], (i, j))
             for i, document in enumerate(documents) for j, span in enumerate(plans[i]))
    state: Accumulator | None = None
    docs = nlp.pipe(texts, as_tuples=True, batch_size=BATCH_CHUNKS)
    for done, (doc, (i, j)) in enumerate(docs, 1):
        if j == 0:
            state = Accumulator(documents[i])
        assert state is not None
        state.add(doc, plans[i][j])
        if progress is not None:
            progress(done, total)
        if j == len(plans[i]) - 1:
            yield state.finish(name, version)
            state = None
