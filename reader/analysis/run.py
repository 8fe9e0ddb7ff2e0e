"""`reader analyze` as a library call: load each path, analyse them with one pipeline, yield JSON."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from reader.analysis import analyze
from reader.analysis.export import analysis_json
from reader.analysis.nlp import load_pipeline
from reader.document import Document
from reader.errors import ReaderError
from reader.loaders import load


def analyze_paths(paths: Sequence[Path], *, model: str | None = None, published: str | None = None,
                  use_cache: bool = True) -> Iterator[tuple[Path, dict[str, Any] | ReaderError]]:
    """Yield (path, JSON object or the error that path met), in the order of paths."""
    loaded: list[tuple[Path, Document | ReaderError]] = []
    for path in paths:
        try:
            document = load(path)
        except ReaderError as error:
            loaded.append((path, error))
            continue
        if published and not document.published:
            document = _with_published(document, published)
        loaded.append((path, document))
    nlp = load_pipeline(model) if any(isinstance(d, Document) for _, d in loaded) else None
    for path, item in loaded:
        if isinstance(item, ReaderError) or nlp is None:
            yield path, item  # type: ignore[misc]
            continue
        yield path, analysis_json(item, analyze(item, nlp))


def _with_published(document: Document, published: str) -> Document:
    from dataclasses import replace

    return replace(document, published=published)
