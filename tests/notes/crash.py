"""Kill a child that writes notes at random moments, then check every returned save survived.

Shared by tests/notes/test_crash.py (a quick run) and tests/bench/bench_crash.py.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from reader.notes.store import NoteStore
from tests.notes.crash_child import digest

CHILD = Path(__file__).resolve().with_name("crash_child.py")
ROOT = CHILD.parents[2]


@dataclass
class CrashLog:
    """What the children confirmed, and what the checks found after each kill."""

    confirmed: dict[int, str] = field(default_factory=dict)  # note id -> body digest, "-": deleted
    cycles: int = 0
    saves: int = 0
    lost: list[str] = field(default_factory=list)
    integrity: list[str] = field(default_factory=list)
    recovered: int = 0


def run_cycles(db: Path, cycles: int, seed: int, *, longest: float = 0.4) -> CrashLog:
    """Start, kill and check the child `cycles` times on the same database."""
    rng = random.Random(seed)
    log = CrashLog()
    for cycle in range(cycles):
        pending = _one_child(db, seed * 10_000 + cycle, rng.uniform(0.0, longest), log)
        _check(db, log, pending)
        log.cycles += 1
    return log


def _one_child(db: Path, seed: int, wait: float, log: CrashLog) -> dict[int, set[str]]:
    child = subprocess.Popen([sys.executable, str(CHILD), str(db), str(seed)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    first = child.stdout.readline()  # the first save: the child is up and writing
    time.sleep(wait)
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    pending: dict[int, set[str]] = {}
    for line in (first + rest).splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue  # never expected: each line is written whole
        kind, note_id, body_digest = parts[0], int(parts[1]), parts[2]
        if kind in ("W", "X"):
            pending.setdefault(note_id, set()).add(body_digest)
        else:
            log.confirmed[note_id] = body_digest
            pending.pop(note_id, None)
            log.saves += 1
    return pending


def _check(db: Path, log: CrashLog, pending: dict[int, set[str]]) -> None:
    with NoteStore(db) as store:
        if store.recovered_from is not None:
            log.recovered += 1
        for note_id, expected in log.confirmed.items():
            note = store.note(note_id)
            found = digest(note.body) if note is not None else "-"
            if found in pending.get(note_id, ()):
                log.confirmed[note_id] = found  # the update being made when killed was saved
            elif found != expected:
                log.lost.append(f"note {note_id}: expected {expected}, found {found}")
    with sqlite3.connect(db) as raw:
        result = raw.execute("PRAGMA integrity_check").fetchone()[0]
    raw.close()
    if result != "ok":
        log.integrity.append(result)


def summary(log: CrashLog) -> list[str]:
    return [
        f"cycles (child killed with SIGKILL): {log.cycles}",
        f"saves confirmed by the child: {log.saves}, notes checked: {len(log.confirmed)} "
        f"({sum(d == '-' for d in log.confirmed.values())} of them deleted)",
        f"confirmed saves lost or changed: {len(log.lost)}",
        f"integrity_check failures: {len(log.integrity)}",
        f"databases found damaged and moved aside: {log.recovered}",
    ]
