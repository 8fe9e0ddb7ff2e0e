"""Anchor a note to a passage, and find the passage again after the text has changed.

Like the Hypothesis client: an anchor keeps the position, the exact text and 32 characters of
context on each side. `resolve` checks the old position, then searches for the exact text
(whitespace may differ) ranked by context and distance, then a fuzzy match near the places where
pieces of the passage or its context still occur. It is conservative: an ambiguous or dissimilar
hit gives an orphan, never a wrong anchor. Every step is bounded (regex scans and a few
fixed-size alignments), so resolving stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from difflib import Match, SequenceMatcher
from functools import lru_cache

from reader.document import TextSpan
from reader.notes.model import Anchor, Resolved

CONTEXT = 32  # characters of prefix and suffix kept with an anchor
SHORT = 24  # passages shorter than this (spaces squashed) need their context to agree
SHORT_CONTEXT = 0.8  # how well a short passage's context must agree...
SHORT_SIDE = 0.6  # ...and each of its two sides
FAR = 0.2  # a passage found further than this share of the text away...
FAR_CHARS = 2000  # ...and than this many characters needs both sides of its context to agree
MAX_HITS = 20_000  # occurrences of the exact text looked at
RANKED = 8  # hits given the full context comparison, after a cheap first ranking
MEDIUM = 80  # fuzzy matches of passages shorter than this need more context...
FEW_EDITS = 3  # ...and at most this many edits (one in eight characters), or similarity 0.9
LONG = 64  # a passage this long found once, unchanged, needs no context
PARALLEL = 0.6  # context agreement needed otherwise: more than a parallel sentence has
SEED = 16  # length of the pieces searched for when the passage itself was edited
NEAREST = 4  # hits of each piece kept, those nearest the old position
FUZZY_MIN = 0.8  # similarity a long fuzzy match needs (about one edit in five characters)
EDGE = 3  # unmatched characters at the ends of a fuzzy match taken as changed, not deleted
WORD_LEVEL = 600  # passages longer than this are aligned word by word
_WORDS = re.compile(r"\S+")
_SPACE = re.compile(r"\s")


def describe(text: str, span: TextSpan) -> Anchor:
    """The anchor of a passage: its position, its text and the context on both sides."""
    return Anchor(
        start=span.start,
        end=span.end,
        exact=span.of(text),
        prefix=text[max(0, span.start - CONTEXT) : span.start],
        suffix=text[span.end : span.end + CONTEXT],
    )


def resolve(text: str, anchor: Anchor) -> Resolved:
    """Where the anchored passage lies in text now, and how it was found."""
    if not anchor.exact.strip():
        return Resolved(None, "orphaned")
    if _still_there(text, anchor):
        return Resolved(anchor.span, "exact")
    span = _search_exact(text, anchor)
    if span is not None:
        return Resolved(span, "moved")
    span = _search_fuzzy(text, anchor)
    if span is not None:
        return Resolved(span, "fuzzy")
    return Resolved(None, "orphaned")


# --- context -------------------------------------------------------------------------------


def _squash(value: str) -> str:
    return " ".join(value.split())


def similarity(a: str, b: str) -> float:
    """Share of characters in runs of three or more that a and b have in common (0 to 1)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    run = min(3, len(a), len(b))
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return 2 * sum(b.size for b in blocks if b.size >= run) / (len(a) + len(b))


def context_agreement(text: str, span: TextSpan, anchor: Anchor) -> float:
    """How well the text around span matches the anchor's prefix and suffix (0 to 1)."""
    sides = _sides(text, span, anchor)
    return sum(score * weight for score, weight in sides) / sum(weight for _, weight in sides)


def _sides(text: str, span: TextSpan, anchor: Anchor) -> list[tuple[float, int]]:
    """The score and weight of the context before and after span."""
    want_before, want_after = _squash(anchor.prefix), _squash(anchor.suffix)
    before = _squash(text[max(0, span.start - 2 * CONTEXT) : span.start])
    after = _squash(text[span.end : span.end + 2 * CONTEXT])
    return [
        _side(want_before, before[-len(want_before) :] if want_before else before),
        _side(want_after, after[: len(want_after)] if want_after else after),
    ]


def _context_holds(text: str, span: TextSpan, anchor: Anchor, needed: float) -> bool:
    """The context agrees enough; a short passage, or one found far from where it was (a
    repeated quote, say), needs both its sides to agree."""
    sides = _sides(text, span, anchor)
    agreement = sum(score * weight for score, weight in sides) / sum(w for _, w in sides)
    both = min(score for score, _ in sides) >= SHORT_SIDE
    if len(_squash(anchor.exact)) < SHORT:
        return agreement >= SHORT_CONTEXT and both
    far = abs(span.start - anchor.start) > max(FAR_CHARS, FAR * len(text))
    return agreement >= needed and (both or not far or needed == 0)


def _side(want: str, have: str) -> tuple[float, int]:
    """A side's score and weight; an empty side (start or end of text) must stay empty."""
    if not want:
        return (1.0 if not have else 0.0), 8
    return similarity(want, have), len(want)


def _quick_agreement(text: str, span: TextSpan, anchor: Anchor) -> int:
    """Characters of context that agree right next to span: a cheap first ranking."""
    before = text[max(0, span.start - CONTEXT) : span.start]
    after = text[span.end : span.end + CONTEXT]
    same_before = _common_prefix(anchor.prefix[::-1], before[::-1])
    return same_before + _common_prefix(anchor.suffix, after)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _distance_penalty(text: str, anchor: Anchor, span: TextSpan) -> float:
    return 0.2 * min(1.0, abs(span.start - anchor.start) / max(len(text), 1))


# --- step 1: the old position --------------------------------------------------------------


def _still_there(text: str, anchor: Anchor) -> bool:
    if anchor.end > len(text) or text[anchor.start : anchor.end] != anchor.exact:
        return False
    return len(_squash(anchor.exact)) >= SHORT or _context_holds(text, anchor.span, anchor, 0)


# --- step 2: the exact text elsewhere ------------------------------------------------------


@lru_cache(maxsize=256)
def _pattern(value: str) -> re.Pattern[str] | None:
    """value as a regex in which any run of whitespace matches any other run."""
    words = value.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    head = r"\s+" if value[0].isspace() else ""
    tail = r"\s+" if value[-1].isspace() else ""
    return re.compile(head + body + tail)


def _occurrences(text: str, value: str) -> Iterator[TextSpan]:
    pattern = _pattern(value)
    if pattern is None:
        return
    for count, match in enumerate(pattern.finditer(text)):
        if count >= MAX_HITS:
            return
        yield TextSpan(match.start(), match.end())


def _search_exact(text: str, anchor: Anchor) -> TextSpan | None:
    hits = list(_occurrences(text, anchor.exact))
    if not hits:
        return None
    hits.sort(key=lambda s: (-_quick_agreement(text, s, anchor), abs(s.start - anchor.start)))
    scored = sorted(
        ((context_agreement(text, s, anchor) - _distance_penalty(text, anchor, s), s)
         for s in hits[:RANKED]),
        key=lambda pair: -pair[0],
    )
    _, best = scored[0]
    # a long passage found once is its own evidence; news repeats phrases in parallel sentences
    long_and_unique = len(hits) == 1 and len(_squash(anchor.exact)) >= LONG
    needed = 0.0 if long_and_unique else PARALLEL
    return best if _context_holds(text, best, anchor, needed) else None


# --- step 3: a fuzzy match -----------------------------------------------------------------


def _search_fuzzy(text: str, anchor: Anchor) -> TextSpan | None:
    n = len(anchor.exact)
    slack = max(8, n // 4)
    best: tuple[float, TextSpan] | None = None
    for start in _candidate_starts(text, anchor, slack):
        match = _align(anchor.exact, text, max(0, start - slack), min(len(text), start + n + slack))
        if match is None:
            continue
        span, sim, edits = match
        if not _fuzzy_holds(text, span, anchor, sim, edits):
            continue
        score = sim + 0.5 * context_agreement(text, span, anchor)
        score -= _distance_penalty(text, anchor, span)
        if best is None or score > best[0]:
            best = (score, span)
    return None if best is None else best[1]


def _fuzzy_holds(text: str, span: TextSpan, anchor: Anchor, sim: float, edits: int) -> bool:
    """Similar enough, and in a context that agrees: parallel sentences differ by a few words."""
    if len(_squash(anchor.exact)) < MEDIUM:
        close = sim >= 0.9 or edits <= min(FEW_EDITS, len(anchor.exact) // 8)
        return close and _context_holds(text, span, anchor, PARALLEL)
    needed = 0.0 if sim >= 0.9 else 0.3
    return sim >= FUZZY_MIN and _context_holds(text, span, anchor, needed)


def _candidate_starts(text: str, anchor: Anchor, slack: int) -> list[int]:
    """Where the passage may start now: bounded in number whatever the length of text."""
    exact, n = anchor.exact, len(anchor.exact)
    size = min(SEED, max(4, n // 3))
    starts = [min(anchor.start, len(text))]
    for offset in sorted({0, n // 4, n // 2, (3 * n) // 4, max(0, n - size)}):
        piece = exact[offset : offset + size]
        starts += [s - offset for s in _nearest(text, piece, anchor.start + offset)]
    if anchor.prefix.strip():
        piece = anchor.prefix[-SEED:]
        starts += [s + len(piece) for s in _nearest(text, piece, anchor.start - len(piece))]
    if anchor.suffix.strip():
        starts += [s - n for s in _nearest(text, anchor.suffix[:SEED], anchor.end)]
    merged: list[int] = []
    for start in sorted(max(0, s) for s in starts):
        if not merged or start - merged[-1] > slack // 2:
            merged.append(start)
    return merged


def _nearest(text: str, piece: str, around: int) -> list[int]:
    hits = [span.start for span in _occurrences(text, piece)]
    return sorted(hits, key=lambda s: abs(s - around))[:NEAREST]


def _align(exact: str, text: str, lo: int, hi: int) -> tuple[TextSpan, float, int] | None:
    """The part of text[lo:hi] most like exact, its similarity (0 to 1) and edits (about)."""
    if len(exact) > WORD_LEVEL:
        a: Sequence[str] = [m.group() for m in _WORDS.finditer(exact)]
        places = [(m.start(), m.end()) for m in _WORDS.finditer(text, lo, hi)]
        b: Sequence[str] = [text[s:e] for s, e in places]
        min_block = 1
    else:  # character by character, any whitespace the same as a space
        a, b = _SPACE.sub(" ", exact), _SPACE.sub(" ", text[lo:hi])
        places = [(i, i + 1) for i in range(lo, hi)]
        min_block = 3
    every = [m for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if m.size]
    kept = [m for m in every if m.size >= min_block]
    if not kept:
        return None
    first, last = _best_run(kept, len(a))
    run = _widen(every, every.index(first), every.index(last))
    head = max(0, run[0].b - run[0].a if run[0].a <= EDGE else run[0].b)
    rest = len(a) - run[-1].a - run[-1].size
    end = min(len(b), run[-1].b + run[-1].size + (rest if rest <= EDGE else 0))
    matched = sum(m.size for m in run)
    span = _trim(text, exact, TextSpan(places[head][0], places[end - 1][1]))
    return span, 2 * matched / (len(a) + end - head), len(a) + end - head - 2 * matched


def _best_run(blocks: list[Match], n: int) -> tuple[Match, Match]:
    """The first and last of the run of blocks most like the pattern: stray edge blocks dropped."""
    sums = [0]
    for m in blocks:
        sums.append(sums[-1] + m.size)

    def sim(i: int, j: int) -> float:
        return 2 * (sums[j + 1] - sums[i]) / (n + blocks[j].b + blocks[j].size - blocks[i].b)

    i, j = 0, len(blocks) - 1
    while i < j:
        # a few stray blocks together can outweigh each one alone
        options = [(sim(i + k, j), i + k, j) for k in range(1, 4) if i + k <= j]
        options += [(sim(i, j - k), i, j - k) for k in range(1, 4) if i <= j - k]
        score, i2, j2 = max(options)
        if score <= sim(i, j):
            break
        i, j = i2, j2
    return blocks[i], blocks[j]


def _widen(every: list[Match], i: int, j: int) -> list[Match]:
    """Take in the small blocks right beside the run: the letters between nearby edits."""

    def near(m: Match, n: Match) -> bool:
        gap_a, gap_b = n.a - m.a - m.size, n.b - m.b - m.size
        return gap_b <= gap_a <= 2 or (gap_a == 0 and gap_b == 1 and min(m.size, n.size) >= 2)

    while i > 0 and near(every[i - 1], every[i]):
        i -= 1
    while j < len(every) - 1 and near(every[j], every[j + 1]):
        j += 1
    return every[i : j + 1]


def _trim(text: str, exact: str, span: TextSpan) -> TextSpan:
    """Drop whitespace at the ends of span where the passage itself had none."""
    start, end = span.start, span.end
    while start < end and text[start].isspace() and not exact[:1].isspace():
        start += 1
    while end > start and text[end - 1].isspace() and not exact[-1:].isspace():
        end -= 1
    return TextSpan(start, end)
