"""The analysis cache: one JSON file an analysis, keyed by text, pipeline and analysis version."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import types
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import paths
from reader.analysis.model import ANALYSIS_VERSION, Analysis
from reader.analysis.nlp import pipeline_id
from reader.atomic import write_text_atomically
from reader.document import Document, TextSpan

if TYPE_CHECKING:
    from spacy.language import Language

    from reader.analysis import Progress

log = logging.getLogger(__name__)

FORMAT = 1  # the layout of a cache file; part of the key, so a change starts a fresh cache


def entry_path(document: Document, pipeline_name: str, pipeline_version: str) -> Path:
    """Where the analysis of document by a pipeline is kept. The publication date is part of
    the key because relative dates in events are resolved against it."""
    parts = (document.sha256, document.published or "", pipeline_name, pipeline_version,
             ANALYSIS_VERSION, str(FORMAT))
    key = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
    return paths.cache_dir() / "analysis" / f"{key}.json"


def get(document: Document, nlp: Language) -> Analysis | None:
    """The cached analysis of document by this pipeline, or None (a damaged entry is None)."""
    return get_by_id(document, *pipeline_id(nlp))


def get_by_id(document: Document, pipeline_name: str, pipeline_version: str) -> Analysis | None:
    """As get, for a pipeline known by its (name, version) before it is loaded."""
    try:
        path = entry_path(document, pipeline_name, pipeline_version)
    except OSError as exc:  # no cache folder can be made: nothing is cached
        log.warning("no analysis cache (%s)", exc)
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        analysis = from_dict(raw)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("ignoring damaged analysis cache entry %s (%s)", path.name, exc)
        return None
    if analysis.sha256 != document.sha256:
        log.warning("ignoring analysis cache entry %s made for another text", path.name)
        return None
    return analysis


def put(document: Document, analysis: Analysis) -> None:
    """Store document's analysis; written to a temporary file and renamed, so that a reader
    never sees half an entry."""
    data = json.dumps(to_dict(analysis), ensure_ascii=False, separators=(",", ":"))
    try:
        path = entry_path(document, analysis.pipeline_name, analysis.pipeline_version)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, data)
    except OSError as exc:  # a cache that cannot be written costs speed, never the analysis
        log.warning("could not write an analysis cache entry (%s)", exc)


def cached_analyze(document: Document, nlp: Language, *,
                   progress: Progress | None = None) -> Analysis:
    """The cached analysis when there is one, else a fresh one (then cached)."""
    from reader.analysis import analyze

    analysis = get(document, nlp)
    if analysis is None:
        analysis = analyze(document, nlp, progress=progress)
        put(document, analysis)
    elif progress is not None:
        progress(1, 1)
    return analysis


# (de)serialising records: TextSpan as [start, end], tuples as lists ----------------------


def _encode(value: Any) -> Any:
    if isinstance(value, TextSpan):
        return [value.start, value.end]
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """Every field of analysis as JSON-ready data."""
    return typing.cast(dict[str, Any], _encode(analysis))


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType):  # X | None
        return _decode(next(a for a in args if a is not type(None)), value)
    if hint is TextSpan:
        start, end = value
        return TextSpan(int(start), int(end))
    if typing.get_origin(hint) is tuple:
        return tuple(_decode(args[0], v) for v in value)
    if dataclasses.is_dataclass(hint):
        return _record(typing.cast(type, hint), value)
    if hint is float and isinstance(value, int):
        return float(value)
    if hint in (int, float, str, bool) and not isinstance(value, hint):
        raise TypeError(f"expected {hint.__name__}, got {type(value).__name__}")
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    fields = {f.name for f in dataclasses.fields(cls)}
    return {name: hint for name, hint in typing.get_type_hints(cls).items() if name in fields}


def _record(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    return cls(**{name: _decode(hints[name], value) for name, value in data.items()
                  if name in hints})


def from_dict(data: dict[str, Any]) -> Analysis:
    """An Analysis back from to_dict's output; malformed data raises ValueError or TypeError."""
    if not isinstance(data, dict):
        raise TypeError("a cache entry is a JSON object")
    result = _record(Analysis, data)
    if not isinstance(result, Analysis):
        raise TypeError("not an analysis")
    return result
