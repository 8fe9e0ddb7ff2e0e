"""Hostile files: how long loading and analysing each takes, and the memory it peaks at.

Run: uv run python tests/bench/bench_hostile.py [NAME ...]

Each file is built in a temporary folder and read by a fresh `reader analyze --no-cache` (load,
then analysis), so that its peak memory is its own. A refused file prints its one-line reason.
The files are those a damaged export or a hostile sender could hand a reader: compression bombs,
pathological nesting, and runs of punctuation that cost spaCy's tokenizer the square of their
length. Nothing here is a test: read the figures.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.conftest import SEEDS
from tests.loaders.pdfmaker import make_pdf, text_page

MB = 1024 * 1024
TIMEOUT = 900
SENTENCE = "The harbour master said the ferry would sail on Friday."


def _flate_bomb() -> bytes:
    """One page whose content inflates to 400 MB (spaces after its text)."""
    return make_pdf([text_page([[SENTENCE]])], flate=True, padding=400 * MB)


def _many_pages() -> bytes:
    """20,000 pages of four sentences in turn (a line on most pages would be a running head)."""
    lines = [SENTENCE, "The council met on Monday.", "Rain fell all week.", "Schools stayed shut."]
    return make_pdf([text_page([[lines[n % 4]]]) for n in range(20_000)])


def _laughs_docx() -> bytes:
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><w:document xmlns:w="http://schemas.'
           'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&l9;</w:t>'
           "</w:r></w:p></w:body></w:document>").encode()
    source = zipfile.ZipFile(SEEDS / "sample.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            archive.writestr(name, xml if name == "word/document.xml" else source.read(name))
    return out.getvalue()


def _text(body: str) -> Callable[[], bytes]:
    return lambda: body.encode()


FILES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "flate bomb": ("minutes.pdf", _flate_bomb),
    "20,000 pages": ("pages.pdf", _many_pages),
    "billion laughs": ("laughs.docx", _laughs_docx),
    "deep html": ("deep.html", _text("<html><body>" + "<div>" * 100_000 + f"<p>{SENTENCE}</p>"
                                     + "</div>" * 100_000 + "</body></html>")),
    # a page whose footer's name is on two wrappers around its whole body (a saved news page
    # had them): trafilatura's licence search took the square of its size
    "footer-wrapped html": ("footer.html", _text(
        '<html><body><div id="page-footer"><div class="footer-wrap">'
        + f'<p>{SENTENCE} <a href="/more">More</a></p>' * 20_000 + "</div></div></body></html>")),
    "deep quotes md": ("deep.md", _text("> " * 50_000 + SENTENCE)),
    "10,000 '='": ("rule.txt", _text(f"{SENTENCE}\n\n{'=' * 10_000}\n\n{SENTENCE}")),
    "20,000 quote marks": ("marks.txt", _text('"' * 20_000 + " he said.")),
    "word + 2,000 ')'": ("word.txt", _text(f"{SENTENCE} {'a' * 100_000}{')' * 2_000}")),
    "2 MB one word": ("word2.txt", _text("a" * 2_000_000)),
}


# `reader analyze --no-cache PATH` in a child that prints its own peak memory as it ends
CHILD = """
import resource, sys
from reader.cli import main
try:
    code = main(["analyze", "--no-cache", sys.argv[1]])
finally:
    print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def measure(path: Path) -> tuple[float, float, str]:
    """Seconds, peak MiB of the child, and its verdict (ok or its one-line reason)."""
    env = dict(os.environ, READER_DATA_DIR=str(path.parent / "data"))
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                              text=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return TIMEOUT, float("nan"), f"still running after {TIMEOUT} s"
    seconds = time.perf_counter() - start
    lines = done.stderr.splitlines()
    peaks = [int(line.split()[1]) / 1024 for line in lines if line.startswith("peak ")]
    errors = [line for line in lines if line.startswith("reader:")]
    verdict = "ok" if done.returncode == 0 else (errors[-1] if errors else done.stderr[-200:])
    return seconds, (peaks[-1] if peaks else float("nan")), verdict


def main(names: list[str]) -> None:
    chosen = {name: FILES[name] for name in names} if names else FILES
    with tempfile.TemporaryDirectory() as folder:
        for name, (file_name, build) in chosen.items():
            path = Path(folder) / file_name
            path.write_bytes(build())
            seconds, peak, verdict = measure(path)
            size = path.stat().st_size / MB
            print(f"{name:20} {size:6.2f} MB {seconds:6.1f} s peak {peak:6.1f} MiB  {verdict[:90]}",
                  flush=True)
            path.unlink()


if __name__ == "__main__":
    main(sys.argv[1:])
