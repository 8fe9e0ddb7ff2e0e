"""A child writing notes is killed with SIGKILL at random moments: no returned save is lost."""

from __future__ import annotations

from pathlib import Path

from tests.notes.crash import run_cycles, summary

CYCLES = 20


def test_every_returned_save_survives_sigkill(tmp_path: Path) -> None:
    log = run_cycles(tmp_path / "notes.sqlite3", CYCLES, seed=1, longest=0.15)
    report = "\n".join(summary(log) + log.lost + log.integrity)
    assert log.cycles == CYCLES
    assert log.saves >= CYCLES, report
    assert log.lost == [], report
    assert log.integrity == [], report
    assert log.recovered == 0, report
