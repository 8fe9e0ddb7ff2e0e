"""`reader analyze` as a library call: load paths, analyse with one pipeline, yield JSON."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.analysis import analyze_many, cache
from reader.analysis.corrections import apply_corrections
from reader.analysis.export import analysis_json
from reader.analysis.model import Analysis
from reader.analysis.nlp import load_pipeline
from reader.document import Document
from reader.errors import PipelineError, ReaderError
from reader.loaders import load
from reader.notes.store import stored_corrections
from reader.settings import load_settings

if TYPE_CHECKING:
    from spacy.language import Language

Result = dict[str, Any] | ReaderError
log = logging.getLogger(__name__)


def analyze_paths(paths: Sequence[Path], *, model: str | None = None, published: str | None = None,
                  use_cache: bool = True) -> Iterator[tuple[Path, Result]]:
    """Yield (path, JSON object or the error that path met), in the order of paths.

    The pipeline is loaded once (the --model name, else the settings' model, else the best
    installed); every document the cache does not hold goes through one batched nlp.pipe.
    """
    loaded = [(path, _load(path, published)) for path in paths]
    if not any(isinstance(d, Document) for _, d in loaded):
        yield from loaded  # type: ignore[misc]
        return
    nlp = load_pipeline(model or load_settings().model)
    cached: dict[int, Analysis | None] = {
        i: cache.get(d, nlp) if use_cache else None
        for i, (_, d) in enumerate(loaded) if isinstance(d, Document)}
    fresh = _each([d for i, (_, d) in enumerate(loaded)
                   if isinstance(d, Document) and cached[i] is None], nlp)
    for i, (path, item) in enumerate(loaded):
        if isinstance(item, ReaderError):
            yield path, item
            continue
        analysis = cached[i]
        if analysis is None:
            result = next(fresh)
            if isinstance(result, Exception):
                yield path, PipelineError(f"{path}: analysis failed ({result!r})")
                continue
            analysis = result
            if use_cache:
                cache.put(item, analysis)
        yield path, analysis_json(item, _corrected(item, path, analysis))


def _each(documents: list[Document], nlp: Language) -> Iterator[Analysis | Exception]:
    """analyze_many over documents, in order, giving the exception in place of the analysis of
    a document an extractor fails on and going on with the rest: a bug costs one path."""
    done = 0
    while done < len(documents):
        try:
            for analysis in analyze_many(documents[done:], nlp):
                done += 1
                yield analysis
        except Exception as exc:  # a bug in an extractor, logged with its traceback
            log.exception("analysing %s failed", documents[done].source_path)
            done += 1
            yield exc


def _corrected(document: Document, path: Path, analysis: Analysis) -> Analysis:
    """The analysis with the user's saved corrections for this document (as the window shows)."""
    corrections = stored_corrections(document.sha256, path, document.text)
    if not corrections:
        return analysis
    return apply_corrections(analysis, corrections, text=document.text)


def _load(path: Path, published: str | None) -> Document | ReaderError:
    try:
        document = load(path)
    except ReaderError as error:
        return error
    if published and not document.published:
        document = replace(document, published=published)
    return document
