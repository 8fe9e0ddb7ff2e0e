"""The gold corpus is well formed: every listed article exists, is clean UTF-8 and sourced."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

import pytest

from tests.conftest import DATA, SAMPLE

GOLD = DATA / "gold"
ARTICLES = GOLD / "articles"
REQUIRED_KEYS = {"id", "file", "title", "publisher", "url", "licence", "published", "topic"}
FREE_LICENCES = ("CC BY", "Public domain")


def _load_index() -> list[dict[str, Any]]:
    entries = json.loads((GOLD / "articles.json").read_text(encoding="utf-8"))
    assert isinstance(entries, list)
    return entries


INDEX = _load_index()


def _text(entry: dict[str, Any]) -> str:
    path = GOLD / str(entry["file"])
    return path.read_bytes().decode("utf-8")


def test_corpus_is_big_and_varied_enough() -> None:
    assert len(INDEX) >= 8
    assert len({entry["topic"] for entry in INDEX}) >= 5
    assert len({entry["id"] for entry in INDEX}) == len(INDEX)


def test_every_article_file_is_listed() -> None:
    listed = {(GOLD / entry["file"]).resolve() for entry in INDEX}
    on_disk = {path.resolve() for path in ARTICLES.glob("*.txt")}
    assert on_disk == listed


@pytest.mark.parametrize("entry", INDEX, ids=[entry["id"] for entry in INDEX])
def test_entry_is_sourced_and_licensed(entry: dict[str, Any]) -> None:
    assert set(entry) == REQUIRED_KEYS
    assert entry["file"] == f"articles/{entry['id']}.txt"
    assert entry["url"].startswith("https://")
    assert entry["licence"].startswith(FREE_LICENCES)
    assert entry["publisher"].strip()
    if entry["published"] is not None:
        dt.date.fromisoformat(entry["published"])
    assert entry["url"] in (GOLD / "SOURCES.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("entry", INDEX, ids=[entry["id"] for entry in INDEX])
def test_article_text_is_clean(entry: dict[str, Any]) -> None:
    text = _text(entry)
    assert text.strip()
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text
    assert "\t" not in text
    assert "\n\n\n" not in text
    assert text.endswith("\n")
    assert not text.endswith("\n\n")
    assert all(line == line.rstrip() for line in text.splitlines())
    headline, blank, *body = text.splitlines()
    assert headline == entry["title"]
    assert blank == ""
    assert len(" ".join(body).split()) >= 150


@pytest.mark.parametrize("entry", INDEX, ids=[entry["id"] for entry in INDEX])
def test_article_is_not_the_sample(entry: dict[str, Any]) -> None:
    sample = SAMPLE.read_text(encoding="utf-8")
    assert _text(entry)[:200] not in sample


NUMBERS: dict[str, list[dict[str, Any]]] = json.loads(
    (GOLD / "numbers.json").read_text(encoding="utf-8"))
QUALIFIERS = {"exact", "about", "at least", "more than", "at most", "less than", "up to", "range"}
NUMBER_KINDS = {"cardinal", "ordinal", "percent", "money", "quantity", "age", "fraction",
                "score"}
NUMBER_KEYS = {"text", "start", "end", "value", "low", "high", "qualifier", "unit", "counts",
               "kind"}


def test_every_article_has_number_annotations() -> None:
    assert set(NUMBERS) == {entry["id"] for entry in INDEX}
    assert all(NUMBERS.values())


def _bounds_match_qualifier(item: dict[str, Any]) -> bool:
    value, low, high, qualifier = item["value"], item["low"], item["high"], item["qualifier"]
    if qualifier == "range" or (qualifier == "about" and low is not None):  # "about 20–30"
        return value is None and low is not None and high is not None and low < high
    if value is None:  # a vague amount ("hundreds") or a score: no bounds to give
        return low is None and high is None
    expected_low = value if qualifier in {"exact", "at least", "more than"} else None
    expected_high = value if qualifier in {"exact", "at most", "less than", "up to"} else None
    return (low, high) == (expected_low, expected_high)


@pytest.mark.parametrize("entry", INDEX, ids=[entry["id"] for entry in INDEX])
def test_number_annotations_point_at_their_text(entry: dict[str, Any]) -> None:
    text = _text(entry)
    dateline_start = text.index("\n\n") + 2
    dateline_end = text.index("\n", dateline_start)
    previous_end = 0
    for item in NUMBERS[entry["id"]]:
        assert set(item) == NUMBER_KEYS
        assert text[item["start"]:item["end"]] == item["text"]
        assert item["start"] >= previous_end, f"out of order or overlapping: {item['text']!r}"
        assert not dateline_start <= item["start"] < dateline_end, "the dateline is a date"
        previous_end = item["end"]
        assert item["qualifier"] in QUALIFIERS
        assert item["kind"] in NUMBER_KINDS
        assert _bounds_match_qualifier(item), item
        for key in ("unit", "counts"):
            assert item[key] is None or (isinstance(item[key], str) and item[key].strip())
