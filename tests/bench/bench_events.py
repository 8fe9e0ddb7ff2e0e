"""Events against MEANTIME: action recall, who, where and date accuracy, and time per article.

Run: `uv run python tests/bench/bench_events.py [--errors who|where|date|action] [--limit N]`
(`--gold` scores the repository's gold articles instead, which need no ../shared/eval).

Gold: verbal EVENT_MENTIONs; Arg0 / Argm-LOC participants (any mention of the same entity
counts, through REFERS_TO); dates from TLINKs that put the event on a day, month or year
(IS_INCLUDED, SIMULTANEOUS, or the TIMEX3 INCLUDES the event), at the gold's precision. The
document creation time is the published date. "In scope" leaves out copulas and reporting verbs,
which by design make no event (reporting verbs make quotes).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _eval import MeantimeDoc, require

from reader.analysis.clause_words import COPULAS, REPORTING_VERBS
from reader.analysis.entities import extract_entities
from reader.analysis.events import extract_events
from reader.analysis.model import Entity, Event
from reader.analysis.nlp import load_pipeline
from reader.analysis.quotes import extract_quotes
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

DATING = {("source", "IS_INCLUDED"), ("source", "SIMULTANEOUS"), ("target", "INCLUDES"),
          ("target", "SIMULTANEOUS")}
_VALUE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?")


@dataclass(slots=True)
class Gold:
    """One verbal gold event with what we score it on."""

    doc: str
    span: tuple[int, int]
    pred: str
    in_scope: bool
    who: list[tuple[int, int, str]]  # every mention of the Arg0 entity: start, end, head word
    where: list[tuple[int, int, str]]
    date: str | None


def article(doc: MeantimeDoc) -> tuple[str, str | None]:
    """Title and date line as paragraphs of their own (blank lines after them, as in a loaded
    article), the body as running text; gold spans are moved to match."""
    breaks = sorted({s for t, (s, _) in doc.tokens.items() if doc.sentence_of[t] in (1, 2)
                     and (s == 0 or doc.text[s - 1] == "\n")})
    text = doc.text.replace("\n", " ")
    for position in reversed(breaks):
        text = text[: position - 1] + "\n\n" + text[position:]
    shift = {t: sum(1 for b in breaks if b <= s) for t, (s, _) in doc.tokens.items()}
    doc.tokens = {t: (s + shift[t], e + shift[t]) for t, (s, e) in doc.tokens.items()}
    for m_id, mark in list(doc.markables.items()):
        spans = [doc.tokens[t] for t in mark.token_ids if t in doc.tokens]
        if spans:
            span = (min(s for s, _ in spans), max(e for _, e in spans))
            doc.markables[m_id] = replace(mark, span=span)
    doc.text = text
    dct = next((m.attrs["value"] for m in doc.markables_of("TIMEX3")
                if m.attrs.get("functionInDocument") == "CREATION_TIME"), None)
    return text, dct[:10] if dct else None


def gold_events(doc: MeantimeDoc) -> list[Gold]:
    refers = doc.refers_to()
    chains: dict[str, list[str]] = {}
    for mention, instance in refers.items():
        chains.setdefault(instance, []).append(mention)
    out = []
    for m in doc.markables_of("EVENT_MENTION"):
        if m.attrs.get("pos") != "VERB" or m.span is None:
            continue
        pred = m.attrs.get("pred", "").lower()
        in_scope = pred.split()[0] not in COPULAS | REPORTING_VERBS if pred else True
        who = _role(doc, m.m_id, "Arg0", refers, chains)
        where = _role(doc, m.m_id, "Argm-LOC", refers, chains)
        out.append(Gold(doc.name, m.span, pred, in_scope, who, where, _date(doc, m.m_id)))
    return out


def _role(doc: MeantimeDoc, m_id: str, role: str, refers: dict[str, str],
          chains: dict[str, list[str]]) -> list[tuple[int, int, str]]:
    found = []
    for r in doc.relations_of("HAS_PARTICIPANT"):
        if r.sources and r.sources[0] == m_id and r.attrs.get("sem_role") == role:
            target = r.targets[0]
            for mention in chains.get(refers.get(target, ""), [target]):
                mark = doc.markables.get(mention)
                if mark is not None and mark.span is not None:
                    text = doc.text[mark.span[0] : mark.span[1]]
                    head = (mark.attrs.get("head") or text.split()[-1]).lower()
                    found.append((mark.span[0], mark.span[1], head))
    return found


def _date(doc: MeantimeDoc, m_id: str) -> str | None:
    for r in doc.relations_of("TLINK"):
        if not (r.sources and r.targets):
            continue
        side = "source" if r.sources[0] == m_id else "target" if r.targets[0] == m_id else None
        other = r.targets[0] if side == "source" else r.sources[0]
        timex = doc.markables.get(other)
        if side is None or timex is None or timex.tag != "TIMEX3":
            continue
        match = _VALUE.match(timex.attrs.get("value", ""))
        if (side, r.attrs.get("reltype")) in DATING and match and timex.attrs.get("type") == "DATE":
            return match.group(0)
    return None


def matches(event: Event, gold: list[tuple[int, int, str]], who: str | None,
            entity_spans: dict[str, list[tuple[int, int]]], entity_id: str | None) -> bool:
    if who is None:
        return False
    spans = entity_spans.get(entity_id or "", [])
    if any(s < e2 and s2 < e for s, e in spans for s2, e2, _ in gold):
        return True
    words = set(re.findall(r"[\w.&'-]+", who.lower()))
    return any(head in words or (" " in head and head in who.lower()) for _, _, head in gold)


def entities_of(doc: Doc, tally: Counter[str]) -> tuple[Entity, ...]:
    """Reader's entities, or (while that module fails on a text) one entity per name."""
    try:
        return extract_entities(doc)
    except Exception:  # the bench must still measure events when entities break
        tally["entity_failures"] += 1
    groups: dict[str, list[Span]] = {}
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                              "QUANTITY"):
            groups.setdefault(ent.text, []).append(ent)
    return tuple(Entity(f"e{i}", name, spans[0].label_, (name,),
                        tuple(TextSpan(s.start_char, s.end_char) for s in spans))
                 for i, (name, spans) in enumerate(groups.items()))


def gold_report() -> None:
    """The same measures on the repository's own gold articles (tests/data/gold/events.json)."""
    from tests.analysis.test_gold_events import rate, score_gold

    scores = score_gold(load_pipeline())
    for kind, label in (("action", "actions found"), ("who", "who right"),
                        ("date", "date right (gold has a day)"),
                        ("undated", "no date where gold has none"), ("where", "where right")):
        chosen = [s for s in scores if s.kind == kind]
        print(f"gold {label:30} {rate(scores, kind):.3f} "
              f"({sum(s.right for s in chosen)}/{len(chosen)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", choices=["who", "where", "date", "action"])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--gold", action="store_true", help="score tests/data/gold instead")
    args = parser.parse_args()
    if args.gold:
        gold_report()
        return
    require("meantime")
    from _eval import meantime_docs

    nlp = load_pipeline()
    tally: Counter[str] = Counter()
    spent = {"spacy": 0.0, "entities": 0.0, "events": 0.0}
    docs = list(meantime_docs(sentence_break="\n"))[: args.limit or None]
    for mdoc in docs:
        text, dct = article(mdoc)
        clock = time.perf_counter()
        doc = nlp(text)
        spent["spacy"] += time.perf_counter() - clock
        clock = time.perf_counter()
        entities = entities_of(doc, tally)
        spent["entities"] += time.perf_counter() - clock
        quotes = list(extract_quotes(doc, entities))  # their cues are speech, not events
        clock = time.perf_counter()
        events = list(extract_events(doc, entities, published=dct, quotes=quotes))
        spent["events"] += time.perf_counter() - clock
        spans = {e.id: [(m.start, m.end) for m in e.mentions] for e in entities}
        score(mdoc, text, events, spans, tally, args.errors)
    report(tally, spent, len(docs))


def score(mdoc: MeantimeDoc, text: str, events: list[Event],
          spans: dict[str, list[tuple[int, int]]], tally: Counter[str], errors: str | None) -> None:
    tally["predicted"] += len(events)
    for gold in gold_events(mdoc):
        ours = next((e for e in events if e.action_span.start < gold.span[1]
                     and gold.span[0] < e.action_span.end), None)
        tally["gold"] += 1
        tally["gold_in_scope"] += gold.in_scope
        tally["found"] += ours is not None
        tally["found_in_scope"] += ours is not None and gold.in_scope
        if ours is None:
            if errors == "action" and gold.in_scope:
                show(mdoc, text, gold.span, f"MISSED {gold.pred!r}")
            continue
        for kind, truth, guess, entity in (("who", gold.who, ours.who, ours.who_entity),
                                           ("where", gold.where, ours.where, ours.where_entity)):
            if truth:
                right = matches(ours, truth, guess, spans, entity)
                tally[kind] += 1
                tally[f"{kind}_right"] += right
                if errors == kind and not right:
                    show(mdoc, text, gold.span, f"{kind}: ours={guess!r} gold={truth[0][2]!r}")
        if gold.date:
            right = ours.date is not None and ours.date[: len(gold.date)] == gold.date
            tally["date"] += 1
            tally["date_right"] += right
            if errors == "date" and not right:
                show(mdoc, text, gold.span, f"date: ours={ours.date} ({ours.when!r}) "
                     f"gold={gold.date}")


def show(mdoc: MeantimeDoc, text: str, span: tuple[int, int], message: str) -> None:
    start = text.rfind("\n", 0, span[0]) + 1
    left = max(start, span[0] - 150)
    print(f"[{mdoc.name[:30]}] {message}\n   ...{text[left:span[0]]}[[{text[span[0]:span[1]]}]]"
          f"{text[span[1]:span[1] + 80]}...")


def report(tally: Counter[str], spent: dict[str, float], n_docs: int) -> None:
    def ratio(a: str, b: str) -> str:
        return f"{tally[a] / tally[b]:.3f} ({tally[a]}/{tally[b]})" if tally[b] else "n/a"

    print(f"MEANTIME events, {n_docs} articles, {tally['predicted']} events predicted"
          + (f" ({tally['entity_failures']} articles with fallback entities)"
             if tally["entity_failures"] else ""))
    print("actions found, in scope (no copula/reporting verb): "
          f"{ratio('found_in_scope', 'gold_in_scope')}")
    print(f"actions found, every verbal event:                  {ratio('found', 'gold')}")
    print(f"who right (found events with an Arg0):              {ratio('who_right', 'who')}")
    print(f"where right (found events with an Argm-LOC):        {ratio('where_right', 'where')}")
    print(f"date right (found events with a dating TLINK):      {ratio('date_right', 'date')}")
    spacy_time = spent["spacy"] or 1e-9
    print(f"time: spaCy {spent['spacy']:.2f}s, entities {spent['entities']:.2f}s, events "
          f"{spent['events']:.2f}s ({spent['events'] / spacy_time:.1%} of spaCy)")


if __name__ == "__main__":
    main()
