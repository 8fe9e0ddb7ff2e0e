"""Speed and memory of `reader analyze` against a bare spaCy process running nlp.pipe.

Run: uv run python tests/bench/bench_speed.py [--repeat N] [--skip-big] [--cores N]

Two workloads: the PolNeAR dev texts (one path each), and one ~1 MB text made of them joined.
For each, `python -m reader analyze --no-cache PATH...` and a bare `python -c` that loads the
same pipeline and runs `for doc in nlp.pipe(texts): pass` are timed as whole processes (start-up
included on both sides); peak memory is each child's own ru_maxrss from os.wait4. The best of
--repeat runs is kept, the two sides' runs taking turns (so that a machine growing busier weighs
on both alike). --cores N runs both sides on the first N of the machine's CPUs (Linux), to
measure a machine with fewer cores than this one: on one core the parse and Reader's
extractors, which run side by side on two, take turns. Goals: ratio <= 1.20; peak no more
than the bare process; 1 MB <= 1 GB.
The processes' CPU seconds (user + system, from the same os.wait4) are printed beside the wall
time: they move less than wall time when something else runs on the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _eval import polnear_texts, require

BIG = 1_000_000
BARE = """
import sys
from pathlib import Path
from reader.analysis.nlp import load_pipeline
nlp = load_pipeline(sys.argv[1])
texts = [Path(p).read_text(encoding="utf-8") for p in sys.argv[2:]]
for doc in nlp.pipe(texts):
    pass
"""


def run(argv: list[str], cores: int | None = None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak resident memory (bytes) of one child process, on the
    first cores CPUs when cores is given."""
    def pinned() -> None:
        if cores is not None:
            os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:cores])

    with tempfile.TemporaryFile() as errors, tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "READER_DATA_DIR": data}
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors, env=env,
                                 preexec_fn=pinned)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        child.returncode = code
        errors.seek(0)
        failed = [line for line in errors.read().decode().splitlines()
                  if line.startswith("reader: /")]
        if code != 0 and not failed:
            errors.seek(0)
            raise SystemExit(f"{argv[:4]} failed ({code}): {errors.read().decode()[-2000:]}")
    for line in failed:  # a path the analysis failed on: the run is timed, but say so
        print(f"  warning: {line}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss * 1024  # Linux reports kilobytes


Run = tuple[float, float, int]


def best(runs: list[Run]) -> Run:
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)


def compare(title: str, paths: list[Path], model: str, repeat: int,
            cores: int | None = None) -> None:
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    names = [str(p) for p in paths]
    bare_argv = [sys.executable, "-c", BARE, model, *names]
    reader_argv = [sys.executable, "-m", "reader", "analyze", "--no-cache", "--model", model,
                   *names]
    bare_runs: list[Run] = []
    reader_runs: list[Run] = []
    for _ in range(repeat):  # in turns
        bare_runs.append(run(bare_argv, cores))
        reader_runs.append(run(reader_argv, cores))
    (bare_s, bare_cpu, bare_mem), (reader_s, reader_cpu, reader_mem) = \
        best(bare_runs), best(reader_runs)
    print(f"{title}: {len(paths)} file(s), {chars:,} chars, {words:,} words")
    print(f"  bare spaCy    {bare_s:7.2f} s  {words / bare_s:8.0f} words/s  "
          f"CPU {bare_cpu:7.2f} s  peak {bare_mem / 2**20:7.1f} MiB")
    print(f"  reader        {reader_s:7.2f} s  {words / reader_s:8.0f} words/s  "
          f"CPU {reader_cpu:7.2f} s  peak {reader_mem / 2**20:7.1f} MiB")
    print(f"  time ratio {reader_s / bare_s:.3f} (goal <= 1.20), "
          f"CPU ratio {reader_cpu / bare_cpu:.3f}, "
          f"memory ratio {reader_mem / bare_mem:.3f} (goal <= 1.00)")


def big_text(paths: list[Path], folder: Path) -> Path:
    """About 1 MB of news: the texts joined with blank lines, repeated as needed."""
    pieces: list[str] = []
    size = 0
    while size < BIG:
        for path in paths:
            text = path.read_text(encoding="utf-8").strip()
            pieces.append(text)
            size += len(text) + 2
            if size >= BIG:
                break
    out = folder / "big.txt"
    out.write_text("\n\n".join(pieces), encoding="utf-8")
    return out


def main() -> None:
    require("polnear-dev")
    from reader.analysis.nlp import default_pipeline_name

    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1
    cores = int(sys.argv[sys.argv.index("--cores") + 1]) if "--cores" in sys.argv else None
    model = default_pipeline_name()
    paths = polnear_texts()
    print(f"pipeline {model}, best of {repeat}"
          + (f", on {cores} core(s)" if cores is not None else ""))
    compare("PolNeAR dev texts", paths, model, repeat, cores)
    if "--skip-big" not in sys.argv:
        with tempfile.TemporaryDirectory() as folder:
            compare("one ~1 MB text", [big_text(paths, Path(folder))], model, repeat, cores)


if __name__ == "__main__":
    main()
