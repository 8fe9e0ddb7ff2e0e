"""Sharing a list's width among its columns by what their cells need (pure, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil


def whole_at(widths: Sequence[int], share: float) -> int:
    """The width that shows this share of cells of these widths (sorted) whole."""
    return widths[max(ceil(share * len(widths)) - 1, 0)] if widths else 0


def shared_widths(cells: Sequence[Sequence[int]], floors: Sequence[int],
                  budget: int) -> list[int] | None:
    """Widths for columns whose cells (their widths) cannot all be shown whole in budget: each
    column as wide as it needs to show the same share of its cells whole, the largest share
    that fits, and no narrower than its floor; the width left over goes toward the next share.
    A column of dashes with one long cell ("—" but "today, tomorrow and beyond") gives way to
    one whose names are mostly long. None when the floors alone do not fit."""
    if sum(floors) > budget:
        return None
    ordered = [sorted(c) for c in cells]
    shares = sorted({(i + 1) / len(c) for c in ordered for i in range(len(c))})
    best = list(floors)
    for share in shares:
        widths = [max(f, whole_at(c, share)) for c, f in zip(ordered, floors, strict=True)]
        if sum(widths) > budget:
            return _spent(best, widths, budget - sum(best))
        best = widths
    return best


def _spent(best: list[int], wanted: Sequence[int], left: int) -> list[int]:
    """The widths best, with what is left given toward the widths wanted, the column that
    wants least first (a cell more shown whole), not to blank room beside the columns."""
    widths = list(best)
    for column in sorted(range(len(best)), key=lambda c: wanted[c] - best[c]):
        more = min(wanted[column] - best[column], left)
        widths[column] += more
        left -= more
    return widths
