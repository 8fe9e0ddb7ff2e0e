"""Loader benchmark: load time per format over the seeds, and HTML body-text precision/recall/F1.

Run as `uv run python tests/bench/bench_loaders.py [--repeat N] [--options KEY=VALUE ...]`.
The F1 part reads ../shared/eval/article-html (pages and ground-truth.json) and is skipped with a
line when that folder is absent. Body text is the Document's blocks other than title and meta;
tokens are lower-cased words, compared as bags (as the article-extraction benchmark does).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _eval import EVAL_DIR

from reader.document import BlockKind, Document
from reader.errors import ReaderError
from reader.loaders import html as html_loader
from reader.loaders import load

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PAGES = EVAL_DIR / "article-html"
_WORD = re.compile(r"\w+")
_SKIP = (BlockKind.TITLE, BlockKind.META)


def time_seeds(repeat: int) -> None:
    """Print the mean load time of each seed, by format."""
    for path in sorted(SEEDS.iterdir()):
        if path.suffix.lower() not in (".txt", ".md", ".html", ".pdf", ".docx", ".epub") \
                or path.name == "README.md":
            continue
        load(path)  # first load imports the format's library
        start = time.perf_counter()
        for _ in range(repeat):
            document = load(path)
        ms = (time.perf_counter() - start) / repeat * 1000
        print(f"load {document.format:5} {ms:8.2f} ms  {len(document.text):7} chars  {path.name}")


def time_big_text(tmp: Path) -> None:
    """Print the load time of a 1 MB plain-text article."""
    paragraph = "The council met on Tuesday and voted 7 to 2 for the new bridge. " * 8
    big = tmp / "big.txt"
    big.write_text("Big Article\n\n" + "\n\n".join([paragraph] * (1_000_000 // 520)), "utf-8")
    start = time.perf_counter()
    document = load(big)
    print(f"load txt 1 MB: {(time.perf_counter() - start) * 1000:.1f} ms "
          f"({len(document.text)} chars, {len(document.blocks)} blocks)")


def body_text(document: Document) -> str:
    return "\n".join(b.span.of(document.text) for b in document.blocks if b.kind not in _SKIP)


def scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of predicted text against gold, as bags of words."""
    pred = Counter(_WORD.findall(predicted.lower()))
    true = Counter(_WORD.findall(gold.lower()))
    common = sum((pred & true).values())
    precision = common / sum(pred.values()) if pred else 0.0
    recall = common / sum(true.values()) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def html_scores(tmp: Path, *, verbose: bool) -> None:
    """Print mean token precision, recall and F1 of the HTML loader over the benchmark pages."""
    if not (PAGES / "ground-truth.json").exists():
        print(f"skipped HTML F1: {PAGES} is absent")
        return
    truth = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    rows: list[tuple[float, float, float]] = []
    failures = 0
    start = time.perf_counter()
    for key, entry in sorted(truth.items()):
        page = tmp / f"{key[:16]}.html"
        page.write_bytes(gzip.decompress((PAGES / "html" / f"{key}.html.gz").read_bytes()))
        try:
            row = scores(body_text(load(page)), entry["articleBody"])
        except ReaderError as error:
            failures += 1
            row = (0.0, 0.0, 0.0)
            if verbose:
                print(f"  failed: {error}")
        rows.append(row)
        if verbose and row[2] < 0.9:
            print(f"  {key[:16]} P={row[0]:.3f} R={row[1]:.3f} F1={row[2]:.3f}")
    elapsed = time.perf_counter() - start
    precision, recall, f1 = (statistics.fmean(col) for col in zip(*rows, strict=True))
    print(f"HTML body text over {len(rows)} pages ({failures} failed, {elapsed:.1f} s): "
          f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")


def _option(text: str) -> tuple[str, object]:
    key, _, value = text.partition("=")
    return key, {"true": True, "false": False}.get(value.lower(), value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--options", nargs="*", type=_option, default=[],
                        help="trafilatura options to try, e.g. favor_recall=true")
    parser.add_argument("--verbose", action="store_true", help="list pages under F1 0.9")
    args = parser.parse_args()
    html_loader.EXTRACT_OPTIONS.update(dict(args.options))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        time_seeds(args.repeat)
        time_big_text(tmp)
        html_scores(tmp, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
