"""Words of a table's header row, which the model takes for names: "Ticker | Security | Last"."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.cities import is_city
from reader.analysis.demonyms import country_name
from reader.analysis.entity_spans import RawMention
from reader.document import CELL_MARK

_MIN_CELLS = 3
_MAX_CELL_WORDS = 3


def without_header_words(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """The mentions save a one-word cell of a header row: a line of three or more short cells
    with no figure in any, as the loaders write a table's row. Such a word is a column's label
    ("Ticker", "Security"), unless it is a country or a city; a name the text gives outside the
    table too is found again in the cell with the others (entity_groups._add_missed)."""
    headers = _header_lines(text)
    if not headers:
        return list(raw)
    kept = []
    for mention in raw:
        line = _line_of(mention, headers)
        word = mention.span.of(text)
        if line is not None and _whole_cell(text, mention, line) and " " not in word \
                and country_name(word) is None and not is_city(word):
            continue
        kept.append(mention)
    return kept


def _line_of(mention: RawMention, headers: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next((h for h in headers if h[0] <= mention.span.start < h[1]), None)


def _header_lines(text: str) -> list[tuple[int, int]]:
    found = []
    start = 0
    for line in text.split("\n"):
        cells = line.split(CELL_MARK)
        if len(cells) >= _MIN_CELLS and not any(c.isdigit() for c in line) \
                and all(0 < len(cell.split()) <= _MAX_CELL_WORDS for cell in cells):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _whole_cell(text: str, mention: RawMention, line: tuple[int, int]) -> bool:
    before = text[line[0] : mention.span.start]
    after = text[mention.span.end : line[1]]
    return (before == "" or before.endswith(CELL_MARK)) and \
        (after == "" or after.startswith(CELL_MARK))

