"""Window timings: launch to text and to highlights on the sample, and event-loop stalls on 1 MB.

Run: uv run python tests/bench/bench_ui.py [--repeat N]   (headless: QT_QPA_PLATFORM=offscreen)

Each measure starts a fresh process the way `reader` starts: the analysis process first, then
Qt and the window. "Cold" has an empty analysis cache, "warm" the cache the cold run filled.
"Floor" is a fresh Python with no window at all that only imports spaCy, loads the pipeline and
analyses the sample: no cold launch can paint highlights sooner than that.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
TARGET_BYTES = 1_000_000
TICK_MS = 10


def _child_launch(t0: float) -> None:
    from reader.ui.app import launch, start_analysis

    service = start_analysis(None)  # as `reader` does: before Qt is imported

    from PySide6.QtCore import QTimer

    marks: dict[str, float] = {}

    def hook(app: object, window: object) -> None:
        def text_shown(document: object) -> None:
            if document is not None and "text" not in marks:
                QTimer.singleShot(0, lambda: marks.setdefault("text", time.time() - t0))

        def painted() -> None:
            marks["highlights"] = time.time() - t0
            QTimer.singleShot(0, window.close)  # type: ignore[attr-defined]

        window.session.document_opened.connect(text_shown)  # type: ignore[attr-defined]
        window.highlights_painted.connect(painted)  # type: ignore[attr-defined]

    app, _window = launch(None, service=service, before_open=hook)
    app.exec()
    print(json.dumps(marks))


def _child_floor(t0: float) -> None:
    from reader import loaders
    from reader.analysis import analyze
    from reader.analysis.nlp import load_pipeline
    from reader.paths import sample_article

    analyze(loaders.load(sample_article()), load_pipeline())
    print(json.dumps({"highlights": time.time() - t0}))


def _child_stall(path: str) -> None:
    from reader.ui.app import launch, start_analysis

    service = start_analysis(Path(path))

    from PySide6.QtCore import QTimer

    gaps: dict[str, float] = {"opening": 0.0, "analysis": 0.0, "handover": 0.0}
    state: dict[str, Any] = {"phase": "", "last": 0.0, "start": 0.0, "analysed": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        if state["phase"] and state["last"]:
            phase = str(state["phase"])
            gaps[phase] = max(gaps[phase], (now - float(state["last"])) * 1000 - TICK_MS)
        state["last"] = now

    def hook(app: object, window: object) -> None:
        timer = QTimer(window, interval=TICK_MS)  # type: ignore[arg-type]
        timer.timeout.connect(tick)
        timer.start()

        def opened(document: object) -> None:
            if document is not None:
                state["phase"] = "opening"

        def started() -> None:
            state["phase"], state["start"] = "analysis", time.perf_counter()

        def progressed(done: int, total: int) -> None:
            if done >= total and state["phase"] == "analysis":  # the child has it all
                state["analysed"] = time.perf_counter() - float(state["start"])
                state["phase"] = "handover"

        def painted() -> None:
            if state["phase"] == "handover":
                state["phase"] = ""
                QTimer.singleShot(0, window.close)  # type: ignore[attr-defined]

        def failed(message: str) -> None:
            print(json.dumps({"error": message}))
            QTimer.singleShot(0, window.close)  # type: ignore[attr-defined]

        window.session.analysis_failed.connect(failed)  # type: ignore[attr-defined]
        window.session.document_opened.connect(opened)  # type: ignore[attr-defined]
        window.session.analysis_started.connect(started)  # type: ignore[attr-defined]
        window.session.analysis_progress.connect(progressed)  # type: ignore[attr-defined]
        window.highlights_painted.connect(painted)  # type: ignore[attr-defined]

    app, _window = launch(Path(path), service=service, before_open=hook)
    app.exec()
    if state["analysed"]:
        print(json.dumps({**gaps, "seconds": state["analysed"]}))


def _run_child(args: list[str], data_dir: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": data_dir,
           "READER_CACHE_DIR": str(Path(data_dir) / "cache")}
    t0 = time.time()
    out = subprocess.run([sys.executable, __file__, *args, str(t0)] if args[0] != "--stall"
                         else [sys.executable, __file__, *args], env=env, check=True,
                         capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def _big_text(folder: Path) -> Path:
    texts = sorted((EVAL / "polnear-dev" / "text").glob("*.txt"))
    chunks, size = [], 0
    while size < TARGET_BYTES:
        for path in texts:
            chunk = path.read_text(encoding="utf-8")
            chunks.append(chunk)
            size += len(chunk.encode("utf-8"))
            if size >= TARGET_BYTES:
                break
    out = folder / "one-megabyte.txt"
    out.write_text("\n\n".join(chunks), encoding="utf-8")
    return out


Runs = list[dict[str, float]]


def _launches(repeat: int) -> tuple[Runs, Runs, Runs]:
    """repeat sets of launches, each on a fresh data folder: cold cache, warm, then the floor."""
    cold, warm, floor = [], [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as data:
            cold.append(_run_child(["--launch"], data))
            warm.append(_run_child(["--launch"], data))
            floor.append(_run_child(["--floor"], data))
    return cold, warm, floor


def _spread(runs: list[dict[str, float]], key: str) -> str:
    values = sorted(run[key] for run in runs)
    return f"{statistics.median(values):.2f} s (runs {values[0]:.2f} to {values[-1]:.2f})"


def main() -> int:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    cold, warm, floor = _launches(repeat)
    print(f"sample, cold cache, median of {repeat}: text shown {_spread(cold, 'text')}, "
          f"highlights painted {_spread(cold, 'highlights')} after launch (goal <= 1.0 s)")
    print(f"sample, warm cache, median of {repeat}: text shown {_spread(warm, 'text')}, "
          f"highlights painted {_spread(warm, 'highlights')} after launch (goal <= 1.0 s)")
    print(f"floor, no window: a fresh Python importing spaCy, loading the pipeline and analysing "
          f"the sample takes {_spread(floor, 'highlights')}")
    if not (EVAL / "polnear-dev" / "text").is_dir():
        print(f"skipping the 1 MB stall measure: {EVAL} is absent")
        return 0
    with tempfile.TemporaryDirectory() as data:
        big = _big_text(Path(data))
        size = big.stat().st_size
        stall = _run_child(["--stall", str(big)], data)
    if "error" in stall:
        print(f"1 MB text: the analysis failed: {stall['error']}")
        return 1
    print(f"1 MB text ({size:,} bytes): analysed in {stall['seconds']:.1f} s; "
          f"longest event-loop stall {stall['opening']:.0f} ms while the text is laid out "
          f"after opening, {stall['analysis']:.0f} ms while analysing (goal <= 50 ms), "
          f"{stall['handover']:.0f} ms while taking the result in and painting its highlights")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--launch":
        _child_launch(float(sys.argv[2]))
    elif len(sys.argv) > 2 and sys.argv[1] == "--floor":
        _child_floor(float(sys.argv[2]))
    elif len(sys.argv) > 2 and sys.argv[1] == "--stall":
        _child_stall(sys.argv[2])
    else:
        sys.exit(main())
