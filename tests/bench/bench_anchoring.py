"""Re-anchoring notes on real articles after realistic edits: prints how many are found where.

Run: uv run python tests/bench/bench_anchoring.py [SEEDS]
Reads ../shared/eval/polnear-dev/text beside the clone (else tests/data/gold/articles); places
about 40 notes an article, fixes typos, removes two noted sentences, inserts a paragraph and
reflows the whitespace, then resolves every note. Also times resolve on a 1 MB text.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.document import TextSpan
from reader.notes.anchoring import describe, resolve
from tests.notes.edits import Tally, article_paths, edit_and_score


def bench_articles(paths: list[Path], seeds: int) -> None:
    tally = Tally()
    began = time.perf_counter()
    for seed in range(seeds):
        for i, path in enumerate(paths):
            other = paths[(i + 1) % len(paths)].read_text(encoding="utf-8")
            edit_and_score(tally, path.read_text(encoding="utf-8"), other, seed * 1000 + i)
    elapsed = time.perf_counter() - began
    notes = sum(tally.statuses.values())
    print(f"articles: {len(paths)} ({paths[0].parent}), seeds: {seeds}, notes: {notes}")
    for line in tally.lines():
        print(line)
    print(f"time: {elapsed:.1f} s, {1000 * elapsed / max(1, notes):.2f} ms a note")
    for label in tally.wrong[:10]:
        print("  wrong:", label)


def bench_megabyte(paths: list[Path]) -> None:
    words = " ".join(p.read_text(encoding="utf-8") for p in paths).split()
    rng = random.Random(1)
    big = " ".join(rng.choice(words) for _ in range(200_000))[:1_000_000]
    worst = 0.0
    for length in (5, 40, 400, 4000):
        start = big.index(" ", len(big) // 2) + 1
        span = TextSpan(start, start + length)
        anchor = describe(big, span)
        middle = (span.start + span.end) // 2
        for edited in (big[: span.start] + big[span.end :], "x" * 300 + big,
                       big[:middle] + "#" + big[middle + 1 :]):
            began = time.perf_counter()
            resolve(edited, anchor)
            worst = max(worst, time.perf_counter() - began)
    print(f"1 MB text, passages of 5 to 4000 characters deleted, shifted or edited: "
          f"slowest resolve {1000 * worst:.0f} ms")


def main() -> int:
    paths = article_paths()
    if not paths:
        print("bench_anchoring: no articles (../shared/eval or tests/data/gold), skipped")
        return 0
    bench_articles(paths, int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    bench_megabyte(paths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
