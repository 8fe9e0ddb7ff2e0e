"""Turning a Document into an Analysis: entities, quotes, numbers and events, as plain records."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.analysis.model import Analysis
from reader.analysis.nlp import pipeline_id
from reader.document import Document, TextSpan

if TYPE_CHECKING:
    from spacy.language import Language

Progress = Callable[[int, int], None]


def analyze(document: Document, nlp: Language, *, progress: Progress | None = None) -> Analysis:
    """Analyse one document with the given pipeline."""
    name, version = pipeline_id(nlp)
    doc = nlp(document.text)
    sentences = tuple(TextSpan(s.start_char, s.end_char) for s in doc.sents)
    if progress is not None:
        progress(1, 1)
    return Analysis(sha256=document.sha256, pipeline_name=name, pipeline_version=version,
                    sentences=sentences)
