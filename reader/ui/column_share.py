"""Sharing a list's width among its columns by what their cells need (pure, no Qt)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from math import ceil


def whole_at(widths: Sequence[int], share: float) -> int:
    """The width that shows this share of cells of these widths (sorted) whole."""
    return widths[max(ceil(share * len(widths)) - 1, 0)] if widths else 0


def shared_widths(cells: Sequence[Sequence[int]], floors: Sequence[int],
                  budget: int) -> list[int] | None:
    """Widths for columns whose cells (their widths) cannot all be shown whole in budget: each
    column as wide as it needs to show the same share of its cells whole, the largest share
    that fits, and no narrower than its floor; the width left over first makes whole the cells
    it can (_wholer: not a verb cut by 10 px beside dashes widened to no avail), then goes
    toward the next share. A column of dashes with one long cell ("—" but "today, tomorrow and
    beyond") gives way to one whose names are mostly long. None when the floors alone do not
    fit."""
    if sum(floors) > budget:
        return None
    ordered = [sorted(c) for c in cells]
    shares = sorted({(i + 1) / len(c) for c in ordered for i in range(len(c))})
    best = list(floors)
    for share in shares:
        widths = [max(f, whole_at(c, share)) for c, f in zip(ordered, floors, strict=True)]
        if sum(widths) > budget:
            return _spent(_wholer(best, ordered, budget - sum(best)), widths, budget)
        best = widths
    return best


def _wholer(best: list[int], ordered: Sequence[Sequence[int]], left: int) -> list[int]:
    """The widths best, widened with what is left where that shows more cells whole (their
    widths, sorted): each time the widening that makes the most cells whole for its pixels."""
    widths = list(best)
    while True:
        steps = [((bisect_right(cells, w) - bisect_right(cells, widths[c])) / (w - widths[c]),
                  c, w) for c, cells in enumerate(ordered)
                 for w in set(cells) if 0 < w - widths[c] <= left]
        if not steps:
            return widths
        _, column, width = max(steps)
        left -= width - widths[column]
        widths[column] = width


def _spent(best: list[int], wanted: Sequence[int], budget: int) -> list[int]:
    """The widths best, with what is left of budget given toward the widths wanted, the column
    that wants least first (a cell more shown whole), not to blank room beside the columns."""
    widths, left = list(best), budget - sum(best)
    for column in sorted(range(len(best)), key=lambda c: wanted[c] - best[c]):
        more = max(min(wanted[column] - best[column], left), 0)
        widths[column] += more
        left -= more
    return widths
