"""PDF paragraphs: a page's lines grouped by gaps, indents, line lengths and columns; hyphens."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reader.loaders._pdflayout import Line

SENTENCE_END = tuple(".!?:\"'”’")
_SOFT_HYPHENS = ("\x02", "\xad", "\ufffe")
_HYPHENS = ("-", *_SOFT_HYPHENS)
_SIZE_STEP = 0.5  # points
_MANY_LINES = 2000


@dataclass(frozen=True, slots=True)
class _Page:
    """What is usual on a page (the gap between lines of a paragraph, the line height), and
    the bounds of the column each line stands in."""

    gap: float
    height: float
    columns: dict[int, tuple[float, float]]

    def column(self, line: Line) -> tuple[float, float]:
        return self.columns[id(line)]

    def full(self, line: Line) -> bool:
        left, right = self.column(line)
        return line.right >= right - 0.1 * (right - left)

    def centred(self, line: Line) -> bool:
        left, right = self.column(line)
        return line.right < right - self.height and \
            abs((line.left - left) - (right - line.right)) < self.height


def paragraphs(page: list[Line]) -> list[list[Line]]:
    """The page's lines grouped in paragraphs: split at wide gaps, indented first lines and
    short lines; joined across a column break when the sentence runs on."""
    if not page:
        return []
    info = _measure(page)
    groups: list[list[Line]] = [[page[0]]]
    for before, line in pairwise(page):
        if _breaks(before, line, info):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _measure(page: list[Line]) -> _Page:
    # The tightest gaps are those between lines of one paragraph. Pages of one-line paragraphs
    # have none, so a gap over a line's height breaks too, unless the line above runs on.
    gaps = sorted(a.bottom - b.top for a, b in pairwise(page) if a.bottom > b.top)
    height = statistics.median(line.height for line in page)
    columns: dict[int, tuple[float, float]] = {}
    by_centre: dict[tuple[int, float], tuple[float, float]] = {}
    whole = (min(o.left for o in page), max(o.right for o in page))
    for line in page:
        centre = (line.left + line.right) / 2
        key = (round(centre), line.size)
        if len(page) > _MANY_LINES:  # a page of scattered text: one column keeps this linear
            by_centre[key] = whole
        if key not in by_centre:  # the lines across this one's centre make up its column;
            # a headline in bigger type over two columns widens neither
            across = [o for o in page if o.left <= centre <= o.right and not _bigger(o, line)]
            by_centre[key] = (min(o.left for o in across), max(o.right for o in across))
        columns[id(line)] = by_centre[key]
    return _Page(gaps[len(gaps) // 10] if gaps else 0.0, height, columns)


def _bigger(line: Line, than: Line) -> bool:
    """Whether a line's type is bigger than another's (not when either size is unknown)."""
    return bool(line.size and than.size) and line.size - than.size > _SIZE_STEP


def _breaks(before: Line, line: Line, page: _Page) -> bool:
    """Whether line starts a new paragraph after before."""
    gap = before.bottom - line.top
    ends = before.text.endswith(SENTENCE_END)
    left, right = page.column(before)
    full = page.full(before)
    short = before.right < left + 0.7 * (right - left)  # no line inside a paragraph stops so soon
    if before.size and line.size and abs(before.size - line.size) > _SIZE_STEP:
        return True  # a change of type size: from a heading to text, or back
    if gap < -page.height:  # up to the next column: the sentence may run on
        return ends or (short and not before.text.endswith(_HYPHENS))
    scale = before.height / page.height  # bigger type (a title) has wider gaps between lines
    wide = gap > (page.gap + 0.5 * page.height) * scale
    if page.centred(before) and page.centred(line):  # a centred heading over several lines
        return wide
    if wide or _indented(before, line, page) or short or (ends and not full):
        return True
    return gap > page.height and not (full and not ends)


def _indented(before: Line, line: Line, page: _Page) -> bool:
    """A first-line indent: line starts a little further in than before and runs to the
    column's edge (the second line of a centred title does not)."""
    indent = line.left - before.left
    return 0.8 * page.height < indent < 4 * page.height and page.full(line)


def join_lines(lines: Sequence[str]) -> str:
    """Lines of one paragraph as one string: hyphenated words rejoined, other lines spaced."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif out.endswith(_SOFT_HYPHENS) or (out.endswith("-") and out[-2:-1].isalpha()):
            starts_lower = line[:1].islower()
            out = out[:-1] + ("" if starts_lower else "-") + line
        else:
            out += " " + line
    return "".join(ch for ch in out if ch not in _SOFT_HYPHENS)
