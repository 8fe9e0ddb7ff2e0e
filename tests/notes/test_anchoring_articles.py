"""Re-anchoring real articles after realistic edits: found at the right place, never a wrong one."""

from __future__ import annotations

import pytest

from tests.notes.edits import Tally, article_paths, edit_and_score

ARTICLES = 12


@pytest.fixture(scope="module")
def tally() -> Tally:
    paths = article_paths()
    if len(paths) < 10:
        pytest.skip("no folder of at least ten real articles is available")
    step = max(1, len(paths) // ARTICLES)
    chosen = paths[::step][:ARTICLES]
    result = Tally()
    for i, path in enumerate(chosen):
        other = chosen[(i + 1) % len(chosen)].read_text(encoding="utf-8")
        edit_and_score(result, path.read_text(encoding="utf-8"), other, seed=i)
    return result


def test_enough_notes_were_placed_and_deleted(tally: Tally) -> None:
    assert tally.should_find >= 300
    assert tally.outcomes["deleted orphaned"] + tally.outcomes["deleted but attached"] >= 10


def test_at_least_95_percent_are_found_at_the_right_place(tally: Tally) -> None:
    assert tally.found_rate >= 0.95, "\n".join(tally.lines() + tally.missed[:20])


def test_no_note_is_attached_to_a_wrong_place(tally: Tally) -> None:
    assert tally.wrong == [], "\n".join(tally.lines() + tally.wrong)


def test_every_way_of_finding_is_exercised(tally: Tally) -> None:
    assert {"exact", "moved", "fuzzy", "orphaned"} <= set(tally.statuses)
