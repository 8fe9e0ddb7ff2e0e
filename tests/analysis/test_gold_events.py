"""Events on real articles against tests/data/gold/events.json, annotated by reading them."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest

from reader.analysis.entities import extract_entities
from reader.analysis.events import extract_events
from reader.analysis.model import Event
from reader.analysis.quotes import extract_quotes
from tests.conftest import DATA

GOLD = DATA / "gold"
# Floors a little under what the extractor reaches today: a drop in quality fails the suite.
MIN_ACTIONS, MIN_WHO, MIN_DATE, MIN_WHERE = 0.95, 0.90, 0.90, 0.75
MIN_UNDATED_KEPT_UNDATED = 0.75
MIN_ARTICLE_ACTIONS = 0.75


@dataclass(frozen=True, slots=True)
class Scored:
    article: str
    anchor: str
    kind: str  # action, who, date, undated, where
    right: bool
    detail: str


def _matches(ours: str | None, gold: list[str]) -> bool:
    if ours is None:
        return False
    mine = ours.lower()
    return any(g.lower() in mine or (len(mine) > 2 and mine in g.lower()) for g in gold)


def _score_event(article: str, text: str, gold: dict[str, Any],
                 events: list[Event]) -> list[Scored]:
    start = text.index(gold["anchor"])
    end = start + len(gold["anchor"])
    ours = next((e for e in events if start <= e.action_span.start and e.action_span.end <= end
                 and gold["action"].lower() in e.action.lower()), None)
    scored = [Scored(article, gold["anchor"], "action", ours is not None,
                     "" if ours else "missed")]
    if ours is None:
        return scored
    who = gold["who"]
    who_right = ours.who is None if who is None else _matches(ours.who, who)
    scored.append(Scored(article, gold["anchor"], "who", who_right, f"{ours.who!r} vs {who}"))
    if "date" in gold:
        kind = "date" if gold["date"] else "undated"
        scored.append(Scored(article, gold["anchor"], kind, ours.date == gold["date"],
                             f"{ours.date} vs {gold['date']}"))
    if "where" in gold:
        scored.append(Scored(article, gold["anchor"], "where", _matches(ours.where, gold["where"]),
                             f"{ours.where!r} vs {gold['where']}"))
    return scored


@pytest.fixture(scope="module")
def scores(nlp: Any) -> list[Scored]:
    return score_gold(nlp)


def score_gold(nlp: Any) -> list[Scored]:
    """Every gold event scored against what the extractor gives on its article."""
    published = {a["id"]: a.get("published")
                 for a in json.loads((GOLD / "articles.json").read_text(encoding="utf-8"))}
    gold = json.loads((GOLD / "events.json").read_text(encoding="utf-8"))
    scored: list[Scored] = []
    for article in gold["articles"]:
        text = (GOLD / "articles" / f"{article['id']}.txt").read_text(encoding="utf-8")
        doc = nlp(text)
        entities = extract_entities(doc)
        events = list(extract_events(doc, entities, published=published[article["id"]],
                                     quotes=list(extract_quotes(doc, entities))))
        for event in article["events"]:
            scored += _score_event(article["id"], text, event, events)
    return scored


def rate(scores: list[Scored], kind: str) -> float:
    chosen = [s for s in scores if s.kind == kind]
    assert chosen, f"no gold {kind}"
    return sum(s.right for s in chosen) / len(chosen)


def _misses(scores: list[Scored], kind: str) -> str:
    return "\n".join(f"{s.article}: {s.anchor!r} {s.detail}" for s in scores
                     if s.kind == kind and not s.right)


def test_the_gold_covers_at_least_five_articles(scores: list[Scored]) -> None:
    assert len({s.article for s in scores}) >= 5
    assert sum(s.kind == "action" for s in scores) >= 60


@pytest.mark.parametrize(("kind", "floor"), [
    ("action", MIN_ACTIONS), ("who", MIN_WHO), ("date", MIN_DATE), ("where", MIN_WHERE),
    ("undated", MIN_UNDATED_KEPT_UNDATED),
])
def test_gold_quality_holds(scores: list[Scored], kind: str, floor: float) -> None:
    assert rate(scores, kind) >= floor, _misses(scores, kind)


def test_every_article_finds_most_of_its_actions(scores: list[Scored]) -> None:
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for s in scores:
        if s.kind == "action":
            total[s.article] += 1
            found[s.article] += s.right
    weak = {a: f"{found[a]}/{total[a]}" for a in total if found[a] / total[a] < MIN_ARTICLE_ACTIONS}
    assert not weak, weak
