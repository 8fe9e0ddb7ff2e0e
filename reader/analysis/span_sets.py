"""Sets of text spans kept as sorted, disjoint spans: their union, and what lies in it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from operator import attrgetter

from reader.document import TextSpan

_START = attrgetter("start")
_BOUNDS = attrgetter("start", "end")


def disjoint(spans: Sequence[TextSpan]) -> list[TextSpan]:
    """The union of spans as sorted, non-overlapping spans."""
    merged: list[TextSpan] = []
    for span in sorted(spans, key=_BOUNDS):  # TextSpan's own order compares in Python
        if merged and span.start <= merged[-1].end:
            merged[-1] = TextSpan(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def covers(spans: list[TextSpan], position: int) -> bool:
    """Whether position lies in one of the sorted, disjoint spans."""
    index = bisect.bisect_right(spans, position, key=_START) - 1
    return index >= 0 and spans[index].start <= position < spans[index].end
