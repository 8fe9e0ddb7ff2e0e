"""The analysis cache: round trip, keys, damaged entries, and `reader analyze` using it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.analysis import cache
from reader.analysis.nlp import pipeline_id
from reader.analysis.run import analyze_paths
from reader.document import Document
from reader.errors import ReaderError

TEXT = ("The World Health Organization (WHO) said on Monday that about 20 people had died. "
        "\"We are worried,\" Dr. Maria Van Kerkhove told reporters in Geneva.")


def document(text: str = TEXT, published: str | None = None) -> Document:
    return Document(text=text, blocks=(), format="txt", published=published)


def test_an_analysis_survives_the_round_trip(nlp: Any) -> None:
    analysis = cache.cached_analyze(document(), nlp)
    assert analysis.entities
    assert analysis.sentences
    assert cache.get(document(), nlp) == analysis
    assert cache.from_dict(json.loads(json.dumps(cache.to_dict(analysis)))) == analysis


def test_key_depends_on_text_date_pipeline_and_version(monkeypatch: Any) -> None:
    base = cache.entry_path(document(), "en_core_web_sm", "3.8.0")
    assert base == cache.entry_path(document(), "en_core_web_sm", "3.8.0")
    assert base != cache.entry_path(document(TEXT + " "), "en_core_web_sm", "3.8.0")
    assert base != cache.entry_path(document(published="2024-01-02"), "en_core_web_sm", "3.8.0")
    assert base != cache.entry_path(document(), "en_core_web_sm", "3.8.1")
    assert base != cache.entry_path(document(), "en_core_web_md", "3.8.0")
    monkeypatch.setattr(cache, "ANALYSIS_VERSION", "999")
    assert base != cache.entry_path(document(), "en_core_web_sm", "3.8.0")


def test_a_damaged_entry_is_ignored_and_rebuilt(nlp: Any) -> None:
    first = cache.cached_analyze(document(), nlp)
    path = cache.entry_path(document(), *pipeline_id(nlp))
    for damage in ("{not json", json.dumps({"sha256": 3}), "[]", json.dumps(
            {**cache.to_dict(first), "entities": [{"id": "e1"}]})):
        path.write_text(damage, encoding="utf-8")
        assert cache.get(document(), nlp) is None
        assert cache.cached_analyze(document(), nlp) == first
        assert cache.get(document(), nlp) == first


def test_writes_leave_no_temporary_files(nlp: Any) -> None:
    cache.cached_analyze(document(), nlp)
    folder = cache.entry_path(document(), *pipeline_id(nlp)).parent
    assert [p.suffix for p in folder.iterdir()] == [".json"]
    assert not [p for p in folder.iterdir() if p.name.startswith(".tmp")]


def test_a_cache_that_cannot_be_written_costs_nothing_but_speed(
        nlp: Any, monkeypatch: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "cache"))  # under a file: no folder
    analysis = cache.cached_analyze(document(), nlp)
    assert analysis.entities
    assert cache.get(document(), nlp) is None


def test_reader_analyze_uses_and_fills_the_cache(nlp: Any, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    results = list(analyze_paths([good, missing, good]))
    assert [p for p, _ in results] == [good, missing, good]
    assert isinstance(results[1][1], ReaderError)
    first, third = results[0][1], results[2][1]
    assert isinstance(first, dict)
    assert first == third
    text = first["text"]
    assert any(text[m["start"]:m["end"]] == "WHO" for e in first["entities"] for m in e["mentions"])
    loaded = Document(text=text, blocks=(), format="txt")
    assert cache.get(loaded, nlp) is not None
    again = list(analyze_paths([good]))
    assert again[0][1] == first


def test_no_cache_writes_nothing(nlp: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Angela Merkel spoke in Berlin on Monday.", encoding="utf-8")
    (result,) = analyze_paths([path], use_cache=False)
    assert isinstance(result[1], dict)
    assert cache.get(Document(text=result[1]["text"], blocks=(), format="txt"), nlp) is None


def test_published_fills_in_a_missing_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Angela Merkel spoke in Berlin on Monday.", encoding="utf-8")
    (result,) = analyze_paths([path], published="2021-03-04", use_cache=False)
    assert isinstance(result[1], dict)
    assert result[1]["published"] == "2021-03-04"
