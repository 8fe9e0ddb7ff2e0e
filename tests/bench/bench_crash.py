"""SIGKILL a child writing notes 200 times: prints how many returned saves were lost (goal: 0).

Run: uv run python tests/bench/bench_crash.py [CYCLES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.notes.crash import run_cycles, summary


def main() -> int:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        log = run_cycles(Path(folder) / "notes.sqlite3", cycles, seed=2026, longest=0.5)
    for line in summary(log):
        print(line)
    for problem in log.lost[:10] + log.integrity[:10]:
        print("  ", problem)
    print(f"time: {time.perf_counter() - began:.0f} s")
    return 0 if not (log.lost or log.integrity or log.recovered) else 1


if __name__ == "__main__":
    sys.exit(main())
