"""Loader benchmark: load time per format over the seeds, HTML body-text precision/recall/F1,
and (with ReportLab) how well PDF loading rebuilds the paragraphs of the gold articles.

Run as `uv run python tests/bench/bench_loaders.py [--repeat N] [--options KEY=VALUE ...]`;
`uv run --with reportlab python tests/bench/bench_loaders.py` adds the PDF part.
The F1 part reads ../shared/eval/article-html (pages and ground-truth.json) and is skipped with a
line when that folder is absent. Body text is the Document's blocks other than title and meta;
tokens are lower-cased words, compared as bags (as the article-extraction benchmark does).
The PDF part typesets each tests/data/gold/articles text (title, justified paragraphs with
first-line indents, a running header and page numbers) in one and in two columns, loads it, and
counts the article's paragraphs found whole and exact among the blocks.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

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


def pdf_paragraphs(tmp: Path) -> None:
    """Print the share of gold-article paragraphs that come back whole from typeset PDFs."""
    try:
        import reportlab  # noqa: F401
    except ImportError:
        print("skipped PDF paragraphs: run with `uv run --with reportlab` to include them")
        return
    articles = sorted((ROOT / "tests" / "data" / "gold" / "articles").glob("*.txt"))
    for columns in (1, 2):
        found = total = 0
        token_f1: list[float] = []
        for article in articles:
            paragraphs = [" ".join(p.split()) for p in
                          article.read_text(encoding="utf-8").split("\n\n") if p.strip()]
            pdf = tmp / f"{article.stem}-{columns}.pdf"
            _typeset(paragraphs, pdf, columns)
            document = load(pdf)
            blocks = {block.span.of(document.text) for block in document.blocks}
            found += sum(paragraph in blocks for paragraph in paragraphs)
            total += len(paragraphs)
            token_f1.append(scores(document.text, " ".join(paragraphs))[2])
        print(f"PDF {columns} column(s), {len(articles)} articles: {found}/{total} paragraphs "
              f"exact ({found / max(total, 1):.1%}), token F1 {statistics.fmean(token_f1):.3f}")


def _typeset(paragraphs: list[str], out: Path, columns: int) -> None:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], alignment=TA_JUSTIFY,
                          firstLineIndent=12, spaceBefore=0, spaceAfter=0)

    def running(canvas: Any, doc: Any) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, A4[1] - 30, "The Gold Times")
        canvas.drawRightString(A4[0] - 40, 20, str(doc.page))

    width = (A4[0] - 144 - 20 * (columns - 1)) / columns
    frames = [Frame(72 + i * (width + 20), 72, width, A4[1] - 144) for i in range(columns)]
    doc = BaseDocTemplate(str(out), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=running)])
    story = [Paragraph(html.escape(paragraphs[0]), styles["Title"])]
    doc.build(story + [Paragraph(html.escape(p), body) for p in paragraphs[1:]])


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
        pdf_paragraphs(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
