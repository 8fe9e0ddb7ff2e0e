"""Descriptions of named bodies: "the ministry" after "Russia's Defense Ministry"."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from reader.analysis.aliases import DESCRIPTION, AliasIndex, Key, head_noun, proper_names
from reader.document import TextSpan

_DESCRIBED = ("ORG", "EVENT")  # labels a definite description ("the ministry") may stand for


def add_descriptions(index: AliasIndex) -> None:
    """"the ministry" after "Russia's Defense Ministry", "the festival" after "the Amsterdam
    Light Festival": the nearest named organisation or event before it whose name is built on
    that noun, unless that one was named once in passing and another before it more often
    ("the festival" of an article on one festival, after a line on another)."""
    heads: dict[str, list[tuple[int, Key]]] = defaultdict(list)
    groups = index.groups()
    named: Counter[Key] = Counter()
    for name in proper_names(index, None):
        head = head_noun(name.surfaces[0])
        if head is None or index.group_label(groups[index.find(name.key)]) not in _DESCRIBED:
            continue
        heads[head].extend((span.start, name.key) for span in name.spans)
        named[index.find(name.key)] += len(name.spans)
    if not heads:
        return
    for positions in heads.values():
        positions.sort()
    taken = bytearray(len(index.text))
    for name in index.names.values():
        for span in name.spans:
            taken[span.start : span.end] = b"\x01" * len(span)
    for match in DESCRIPTION.finditer(index.text):
        found = heads.get(match.group(2))
        if not found or any(taken[match.start() : match.end()]):
            continue
        nearest = _described(index, found, named, match.start())
        if nearest is not None:
            index.add_to(nearest, TextSpan(match.start(), match.end()), kind="description")
    _join_capital_descriptions(index, heads, named)


def _described(index: AliasIndex, found: list[tuple[int, Key]], named: Counter[Key],
               start: int) -> Key | None:
    """The body a description at start stands for: the nearest named before it on that noun,
    unless that one was named once in passing and another before it more often."""
    before = bisect.bisect_left(found, (start,))
    if not before:
        return None
    nearest = found[before - 1][1]
    most = max((key for _, key in found[:before]), key=lambda k: named[index.find(k)])
    if named[index.find(nearest)] == 1 and named[index.find(most)] > 1:
        nearest = most
    return nearest


def _join_capital_descriptions(index: AliasIndex, heads: dict[str, list[tuple[int, Key]]],
                               named: Counter[Key]) -> None:
    """ "the European Commission ... The Commission wants": a description written with a
    capital, which the model takes for a one-word name, is the body it describes, as "the
    commission" is; only where each of its mentions follows "the"."""
    for name in proper_names(index, "ORG"):
        found = heads.get(name.key[0]) if len(name.key) == 1 else None
        if not found or not all(_THE_BEFORE.search(index.text, max(0, span.start - 4),
                                                    span.start) for span in name.spans):
            continue
        nearest = _described(index, found, named, min(name.spans).start)
        if nearest is not None:
            index.union(nearest, name.key)


_THE_BEFORE = re.compile(r"\b[Tt]he $")
