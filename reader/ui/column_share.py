"""Sharing a list's width among its columns by what their cells need (pure, no Qt)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from math import ceil

MIN_COLUMN_CAP = 160  # pixels: a column fitted to its contents is at most this or a third wide
MIN_COLUMN_WIDTH = 64  # pixels: narrower, a cell shows little but "…"


def column_cap(widths: Sequence[int], last: int, room: int, widest: int,
               least: int = 0, floors: Sequence[int] = ()) -> int | None:
    """The width to cap columns of these fitted widths at, so that they and the last column
    (wanting last, up to widest, and stretched never below least) fit in room: None when they
    fit as they are; else the widest cap that leaves the last its width, so that no room is
    left blank while a cell is cut; else at most widest, and where nothing wider would fit,
    MIN_COLUMN_WIDTH (the list then scrolls sideways). floors: a width each column keeps
    whatever the cap (its title's), counted in what fits."""
    floors = list(floors) or [0] * len(widths)

    def fits(cap: int, last_cap: int) -> bool:
        kept = sum(max(min(w, cap), min(w, f)) for w, f in zip(widths, floors, strict=True))
        return kept + max(min(last, last_cap), least) <= room

    cap = max(widths, default=0)
    if fits(cap, widest):
        return None
    while cap > widest and not fits(cap, widest):
        cap -= 1
    if fits(cap, widest):
        return cap
    while cap > MIN_COLUMN_WIDTH and not fits(cap, cap):
        cap -= 1
    return max(cap, MIN_COLUMN_WIDTH)


def fitted_widths(widths: Sequence[int], titles: Sequence[int], last: int, room: int,
                  widest: int, least: int = 0) -> list[int]:
    """The fitted columns' widths beside a stretching one (column_cap): each column's title
    kept whole while they all fit so, else cut like the cells, rather than pushing the last
    columns out of sight (the list scrolling sideways)."""
    def capped(floors: Sequence[int]) -> list[int]:
        cap = column_cap(widths, last, room, widest, least, floors)
        if cap is None:
            return list(widths)
        return [max(min(w, cap), min(w, f)) for w, f in zip(widths, floors, strict=True)]

    kept = capped(titles)
    if sum(kept) + MIN_COLUMN_WIDTH <= room:
        return kept
    return capped([0] * len(widths))


def title_yields(cells: int, title: int) -> int:
    """The width a column's title keeps where a cell would be cut: whole if its cells are as
    wide, else cut (its tooltip gives it whole) to no less than MIN_COLUMN_WIDTH."""
    return title if title <= cells else max(cells, min(title, MIN_COLUMN_WIDTH))


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
