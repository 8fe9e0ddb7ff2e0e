"""Number extraction against MEANTIME VALUE annotations and the Recognizers-Text number phrases.

Run as `uv run python tests/bench/bench_numbers.py [--errors]`; prints recall, precision,
qualifier accuracy where the gold is not exact, counted-noun accuracy, range bounds and
qualifiers, and value accuracy on NumberModel.json. Skips cleanly when ../shared/eval is absent.

How the gold is read (MEANTIME has no qualifier or counted-noun field, so both are derived from
the annotated text with the small fixed tables below, never from the extractor's own tables):
- MEANTIME marks values only in the title and first five sentences of each article, so only
  predictions there are scored;
- a prediction matches a VALUE markable when their characters overlap; predictions inside a
  TIMEX3 markable (durations such as "four years" are times in MEANTIME) and ordinals (MEANTIME
  does not mark them as values) are not scored;
- the gold qualifier comes from the words in or right before the VALUE span ("up to 840");
- the gold counted noun of a QUANTITY is the head of the ENTITY_MENTION that starts with the
  value ("179 new aerial refueling tankers" -> tankers), its `head` attribute when present.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _eval import EVAL_DIR, MeantimeDoc, meantime_docs, require

GOLD_QUALIFIERS = {
    "about": ("about", "around", "approximately", "some", "nearly", "almost", "roughly",
              "an estimated", "close to"),
    "more than": ("more than", "over", "above", "in excess of", "upwards of"),
    "at least": ("at least", "no fewer than", "no less than"),
    "up to": ("up to", "as much as", "as many as", "as high as"),
    "less than": ("less than", "fewer than", "under", "below"),
    "at most": ("at most", "no more than"),
}
BOUNDED = ("at least", "more than", "up to", "less than", "at most", "range")
_STOP = {"of", "on", "in", "for", "with", "from", ",", "(", ")", "plus", "and", "who", "which",
         "that", "to", "at", "by", "-", "--", ".", "were", "was", "is", "are", "have", "had"}
# Units that make a value a measurement rather than a count.
MEASURES = {"kilometers", "kilometres", "km", "miles", "nautical", "hours", "minutes", "days",
            "years", "gb", "ghz", "tonnes", "tons", "kg", "''", "inch", "feet", "metres", "meters"}
_SCALE = {"million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "thousand": 1e3}


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct_predictions: int = 0
    qualifier: Counter[bool] = field(default_factory=Counter)
    counts: Counter[bool] = field(default_factory=Counter)
    bounds: Counter[bool] = field(default_factory=Counter)
    range_qualifier: Counter[bool] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def gold_qualifier(doc: MeantimeDoc, span: tuple[int, int]) -> str:
    inside = doc.text[span[0] : span[1]].lower()
    if re.search(r"\d\s*(-|–|to)\s*\$?\s*\d", inside) or inside.startswith("between"):
        return "range"
    before = doc.text[max(0, span[0] - 30) : span[0]].lower().split()
    for qualifier, phrases in GOLD_QUALIFIERS.items():
        for phrase in phrases:
            words = phrase.split()
            if inside.split()[: len(words)] == words or before[-len(words) :] == words:
                return qualifier
    return "exact"


def gold_numbers(text: str) -> list[float]:
    values = []
    for match in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|trillion|thousand)?",
                             text.lower()):
        value = float(match.group(1).replace(",", ""))
        values.append(value * _SCALE.get(match.group(2) or "", 1))
    return values


def gold_counted(doc: MeantimeDoc, span: tuple[int, int]) -> str | None:
    for mention in doc.markables_of("ENTITY_MENTION"):
        if mention.span is None or not (mention.span[0] <= span[0] < span[1] <= mention.span[1]):
            continue
        if len(doc.text[mention.span[0] : span[0]].split()) > 1:
            continue
        words = doc.text[span[1] : mention.span[1]].split()
        inside = re.sub(r"[\d.,$]", " ", doc.text[span[0] : span[1]]).lower().split()
        if any(w.lower().strip("-") in MEASURES for w in [*inside, *words[:1]]):
            return None  # a measurement counts nothing (the gold convention of Reader)
        head = mention.attrs.get("head")
        if head:
            return str(head).lower()
        if words and words[0] == "of":
            words = [w for w in words[1:] if w not in ("the", "'s", "its", "their")]
        kept: list[str] = []
        for word in words:
            if word.lower() in _STOP:
                break
            kept.append(word)
        return kept[-1].lower() if kept else None
    return None


def same_noun(a: str, b: str) -> bool:
    def norm(word: str) -> str:
        word = word.lower()
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        return word[:-1] if word.endswith("s") and len(word) > 3 else word

    return norm(a) == norm(b)


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def score_meantime(nlp: Any, tally: Tally) -> None:
    from reader.analysis.numbers import extract_numbers

    for doc in meantime_docs(sentence_break="\n"):
        gold = [m for m in doc.markables_of("VALUE") if m.span is not None]
        timex = [m.span for m in doc.markables_of("TIMEX3") if m.span is not None]
        predicted = [m for m in extract_numbers(nlp(doc.text)) if m.kind != "ordinal"]
        last = annotated_until(doc)
        predicted = [m for m in predicted if sentence_at(doc, m.span.start) <= last and not any(
            t[0] <= m.span.start and m.span.end <= t[1] for t in timex)]
        tally.gold += len(gold)
        tally.predicted += len(predicted)
        for mention in predicted:
            if any(g.span[0] < mention.span.end and mention.span.start < g.span[1] for g in gold
                   if g.span is not None):
                tally.correct_predictions += 1
            else:
                tally.errors.append(f"FP {doc.name}: {_context(doc.text, mention.span)}")
        for value in gold:
            assert value.span is not None
            _score_gold(doc, value.span, value.attrs.get("type", ""), predicted, tally)


def annotated_until(doc: MeantimeDoc) -> int:
    """MEANTIME marks values and times only in the title and the first sentences."""
    marked = [doc.sentence_of[t] for m in doc.markables.values() if m.tag in ("VALUE", "TIMEX3")
              for t in m.token_ids if t in doc.sentence_of]
    return int(max([5, *marked]))


def sentence_at(doc: MeantimeDoc, char: int) -> int:
    for t_id, (start, end) in doc.tokens.items():
        if start <= char < end:
            return int(doc.sentence_of[t_id])
    return 10**6


def _score_gold(doc: MeantimeDoc, span: tuple[int, int], kind: str, predicted: list[Any],
                tally: Tally) -> None:
    hits = [m for m in predicted if m.span.start < span[1] and span[0] < m.span.end]
    if not hits:
        tally.errors.append(f"FN {doc.name}: {_context(doc.text, span)}")
        return
    tally.found += 1
    hit = hits[0]
    qualifier = gold_qualifier(doc, span)
    if qualifier != "exact":
        right = hit.qualifier == qualifier
        tally.qualifier[right] += 1
        if not right:
            tally.errors.append(f"QUAL {qualifier} got {hit.qualifier}: {_context(doc.text, span)}")
    if qualifier in BOUNDED:
        tally.range_qualifier[hit.qualifier == qualifier] += 1
        numbers = gold_numbers(doc.text[span[0] : span[1]])
        if numbers:
            low, high = (numbers[0], numbers[-1]) if qualifier == "range" else (
                (numbers[-1], None) if qualifier in ("at least", "more than")
                else (None, numbers[-1]))
            right = (low is None or close(hit.low, low)) and (high is None or close(hit.high, high))
            tally.bounds[right] += 1
            if not right:
                tally.errors.append(f"BOUNDS {low}-{high} got {hit.low}-{hit.high}: "
                                    f"{_context(doc.text, span)}")
    if kind == "QUANTITY":
        counted = gold_counted(doc, span)
        if counted is not None:
            right = hit.counts is not None and same_noun(hit.counts, counted)
            tally.counts[right] += 1
            if not right:
                tally.errors.append(f"COUNTS {counted} got {hit.counts}: "
                                    f"{_context(doc.text, span)}")


def _context(text: str, span: Any) -> str:
    start, end = (span.start, span.end) if hasattr(span, "start") else span
    return (f"{text[max(0, start - 40) : start]}[[{text[start:end]}]]"
            f"{text[end : end + 40]}").replace("\n", " ")


def score_number_model(nlp: Any) -> tuple[int, int, list[str]]:
    from reader.analysis.numbers import extract_numbers

    cases = json.loads((EVAL_DIR / "recognizers" / "NumberModel.json").read_text("utf-8"))
    right, total, errors = 0, 0, []
    for case in cases:
        text = case["Input"]
        mentions = list(extract_numbers(nlp(text)))
        for result in case["Results"]:
            total += 1
            start, end = result["Start"], result["End"] + 1
            expected = float(result["Resolution"]["value"])
            hit = next((m for m in mentions if m.span.start < end and start < m.span.end), None)
            if hit is not None and close(hit.value, expected):
                right += 1
            else:
                got = None if hit is None else (hit.span.of(text), hit.value)
                errors.append(f"VALUE {text!r}: {result['Text']!r}={expected} got {got}")
    return right, total, errors


def print_gold(nlp: Any) -> None:
    """The same measures on the repository's own gold articles (tests/data/gold)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))
    from test_gold_numbers import NUMBERS, Score, rate, score_article

    score = Score()
    for article_id in NUMBERS:
        score_article(nlp, article_id, score)
    print(f"gold articles: recall {score.found / score.gold:.3f} ({score.found}/{score.gold}), "
          f"precision {score.right_predictions / score.predicted:.3f} "
          f"({score.right_predictions}/{score.predicted}), qualifier {rate(score.qualifier):.3f}, "
          f"counted noun {rate(score.counts):.3f}, value {rate(score.values):.3f}, "
          f"bounds {rate(score.bounds):.3f}")


def ratio(counter: Counter[bool]) -> str:
    total = counter[True] + counter[False]
    return f"{counter[True] / total:.3f} ({counter[True]}/{total})" if total else "n/a"


def main() -> None:
    require("meantime", "recognizers")
    from reader.analysis.nlp import load_pipeline

    nlp = load_pipeline()
    tally = Tally()
    score_meantime(nlp, tally)
    right, total, value_errors = score_number_model(nlp)
    print(f"pipeline: {nlp.meta.get('name')} {nlp.meta.get('version')}")
    print(f"meantime numbers recall    {tally.found / tally.gold:.3f} ({tally.found}/{tally.gold})")
    print(f"meantime numbers precision "
          f"{tally.correct_predictions / max(1, tally.predicted):.3f} "
          f"({tally.correct_predictions}/{tally.predicted})")
    print(f"qualifier right where not exact {ratio(tally.qualifier)}")
    print(f"counted noun right              {ratio(tally.counts)}")
    print(f"ranges: bounds {ratio(tally.bounds)}, qualifier {ratio(tally.range_qualifier)}")
    print(f"NumberModel value accuracy {right / total:.3f} ({right}/{total})")
    print_gold(nlp)
    if "--errors" in sys.argv:
        for line in [*tally.errors, *value_errors]:
            print(line)


if __name__ == "__main__":
    main()
