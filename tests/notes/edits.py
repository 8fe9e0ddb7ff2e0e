"""Realistic edits of real articles, tracking where each old character went, to score re-anchoring.

Shared by tests/notes/test_anchoring_articles.py (a quick run) and tests/bench/bench_anchoring.py.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reader.document import TextSpan
from reader.notes.anchoring import describe, resolve

ROOT = Path(__file__).resolve().parents[2]
EVAL_TEXTS = ROOT.parent / "shared" / "eval" / "polnear-dev" / "text"
GOLD_TEXTS = ROOT / "tests" / "data" / "gold" / "articles"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]+[\"'”’)]*")
_WORD = re.compile(r"[A-Za-z]{4,}")


def article_paths() -> list[Path]:
    """The eval articles beside the clone when present, else the repository's gold articles."""
    for folder in (EVAL_TEXTS, GOLD_TEXTS):
        paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if len(paths) >= 10:
            return paths
    return []


class EditedText:
    """A text under edit: each character remembers the old offset it came from (None if new)."""

    def __init__(self, text: str) -> None:
        self.chars = list(text)
        self.origin: list[int | None] = list(range(len(text)))

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def replace(self, start: int, end: int, new: str, *, same_place: bool = False) -> None:
        """Replace chars [start, end) by new; same_place keeps the origins (a substitution)."""
        origin = self.origin[start:end] if same_place else [None] * len(new)
        self.chars[start:end] = list(new)
        self.origin[start:end] = origin

    def old_to_new(self) -> dict[int, int]:
        return {old: new for new, old in enumerate(self.origin) if old is not None}


def fix_typos(doc: EditedText, rng: random.Random, count: int) -> None:
    """Typos fixed: a letter changed, two letters swapped, or a doubled letter removed."""
    words = list(_WORD.finditer(doc.text))
    for match in rng.sample(words, min(count, len(words))):
        i = rng.randrange(match.start() + 1, match.end() - 1)
        kind = rng.choice(("change", "swap", "drop"))
        if kind == "change":
            letter = "e" if doc.chars[i] != "e" else "a"
            doc.replace(i, i + 1, letter, same_place=True)
        elif kind == "swap":
            doc.replace(i, i + 2, doc.chars[i + 1] + doc.chars[i], same_place=True)
        else:
            doc.replace(i, i + 1, "")


def insert_paragraph(doc: EditedText, rng: random.Random, paragraph: str) -> None:
    breaks = [m.end() for m in re.finditer(r"\n\n", doc.text)] or [len(doc.chars)]
    at = rng.choice(breaks)
    doc.replace(at, at, paragraph.strip() + "\n\n")


def sentences(text: str) -> list[TextSpan]:
    return [TextSpan(m.start(), m.end()) for m in _SENTENCE.finditer(text)
            if len(m.group().split()) >= 4 and not m.group()[0].isspace()]


def remove_sentence(doc: EditedText, span: TextSpan) -> None:
    end = span.end
    while end < len(doc.chars) and doc.chars[end] == " ":
        end += 1
    doc.replace(span.start, end, "")


def reflow(doc: EditedText, rng: random.Random, width: int = 72) -> None:
    """Whitespace reflowed: lines wrapped at width, and here and there a space doubled."""
    column = 0
    i = 0
    while i < len(doc.chars):
        char = doc.chars[i]
        column = 0 if char == "\n" else column + 1
        if char == " " and column > width:
            doc.replace(i, i + 1, "\n", same_place=True)
            column = 0
        elif char == " " and rng.random() < 0.02:
            doc.replace(i, i + 1, "  ")
            i += 1
        i += 1


def place_notes(text: str, rng: random.Random, count: int) -> list[TextSpan]:
    """Passages a reader might select: sentences, phrases, single words, two sentences."""
    sents = sentences(text)
    spans: set[TextSpan] = set()
    for _ in range(count * 3):
        if len(spans) >= count or not sents:
            break
        sent = rng.choice(sents)
        words = [TextSpan(m.start(), m.end()) for m in re.finditer(r"\w[\w'’-]*", sent.of(text))]
        kind = rng.random()
        if kind < 0.35 or len(words) < 3:
            spans.add(sent)
        elif kind < 0.75:
            a = rng.randrange(len(words) - 1)
            b = min(len(words) - 1, a + rng.randint(1, 6))
            spans.add(TextSpan(sent.start + words[a].start, sent.start + words[b].end))
        elif kind < 0.9:
            word = rng.choice([w for w in words if len(w) >= 4] or words)
            spans.add(TextSpan(sent.start + word.start, sent.start + word.end))
        else:
            following = [s for s in sents if s.start > sent.end][:1]
            spans.add(TextSpan(sent.start, following[0].end) if following else sent)
    return sorted(spans)


@dataclass
class Tally:
    """Outcomes of re-anchoring: the main figures and the status counts."""

    outcomes: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def should_find(self) -> int:
        return self.outcomes["found right"] + self.outcomes["missed"] + self.outcomes["found wrong"]

    @property
    def found_rate(self) -> float:
        return self.outcomes["found right"] / max(1, self.should_find)

    def lines(self) -> list[str]:
        wrong = self.outcomes["found wrong"] + self.outcomes["deleted but attached"]
        deleted = self.outcomes["deleted orphaned"] + self.outcomes["deleted but attached"]
        return [
            f"notes whose passage survives: {self.should_find}, found at the right place: "
            f"{self.outcomes['found right']} ({100 * self.found_rate:.1f}%)",
            f"notes attached to a wrong place: {wrong}",
            f"passages deleted: {deleted}, orphaned: {self.outcomes['deleted orphaned']}",
            f"passages partly deleted: {self.outcomes['partial']}",
            "statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items())),
        ]


def _iou(a: TextSpan, b: TextSpan) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    return inter / max(1, max(a.end, b.end) - min(a.start, b.start))


def score_note(tally: Tally, old: str, new: str, mapping: dict[int, int], span: TextSpan) -> None:
    """Resolve one note after the edit and file the outcome under what should have happened."""
    resolved = resolve(new, describe(old, span))
    tally.statuses[resolved.status] += 1
    kept = [mapping[i] for i in range(span.start, span.end) if i in mapping]
    # inserted text inside the passage changes it as much as deleted text does
    survival = len(kept) / max(1, len(span), max(kept, default=0) - min(kept, default=0) + 1)
    got = resolved.span
    label = f"{span.of(old)[:60]!r} -> {got.of(new)[:60] if got else None!r} ({resolved.status})"
    if not kept:
        outcome = "deleted orphaned" if got is None else "deleted but attached"
    else:
        expected = TextSpan(min(kept), max(kept) + 1)
        if survival < 0.9:  # a changed passage: orphaned or found on what is left of it
            outcome = "found wrong" if got is not None and not got.overlaps(expected) else "partial"
        elif got is None:
            outcome = "missed"
        else:
            outcome = "found right" if _iou(got, expected) >= 0.8 else "found wrong"
    tally.outcomes[outcome] += 1
    if outcome in ("found wrong", "deleted but attached"):
        tally.wrong.append(label)
    elif outcome == "missed":
        tally.missed.append(label)


def edit_and_score(tally: Tally, text: str, other: str, seed: int, notes: int = 40) -> None:
    """Place notes on text, edit it realistically, and score how each note is found again."""
    rng = random.Random(seed)
    spans = place_notes(text, rng, notes)
    doc = EditedText(text)
    noted = [s for s in sentences(text) if any(s.contains(n) for n in spans)]
    for victim in sorted(rng.sample(noted, min(2, len(noted))), reverse=True):
        remove_sentence(doc, victim)  # positions after the victim shift, so work backwards
    fix_typos(doc, rng, 8)
    paragraphs = [p for p in other.split("\n\n") if len(p) > 80]
    if paragraphs:
        insert_paragraph(doc, rng, rng.choice(paragraphs))
    reflow(doc, rng)
    mapping = doc.old_to_new()
    for span in spans:
        score_note(tally, text, doc.text, mapping, span)
