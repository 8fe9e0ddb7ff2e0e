"""PDF text layout: lines from pdfium's text boxes, and running headers and footers dropped."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.loaders._text import squash_spaces

_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE
)
_EDGE_BANDS = 2  # running headers and footers are looked for in a page's top and bottom bands
_BAND_POINTS = 2.0  # lines whose tops lie this close share a band
_RUNNING_SHARE = 0.5  # a line on at least this share of the pages (and two) is running matter
# pdfium cuts boxes around quote marks too; a space is narrower than this share of the font size
# in no common font, and a cut inside a word is narrower still.
_SPACE_EM = 0.22
_MAX_WORD_GAP = 3.0  # boxes further apart on one band (in line heights) are separate columns


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page: its text and box (PDF points, y grows upward)."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float = 0.0  # font size of the line's first character, 0 when unknown
    trail: float = 0.0  # how far the last character's advance reaches right of its ink

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def merge_boxes(boxes: Sequence[tuple[str, float, float, float, float, float, float, float]],
                ) -> list[Line]:
    """Lines from text boxes in content order (text, ink box, type size, and how far the first
    and last characters' advances reach past their ink): boxes side by side on one band make
    one line, a space between them where pdfium reports one or the advances leave one."""
    lines: list[Line] = []
    spaced = False  # whether the box before ended in a space
    for raw, left, bottom, right, top, size, lead, trail in boxes:
        told, spaced = spaced or raw[:1].isspace(), raw[-1:].isspace() or (spaced and not raw)
        text = squash_spaces(raw.replace("\x02", "\x02 ")).replace("\x02 ", "\x02")
        if not text:
            continue
        last = lines[-1] if lines else None
        near = last is not None and -0.5 * last.height <= left - last.right \
            < _MAX_WORD_GAP * last.height
        if last and near and _same_band(last, bottom, top):
            space = (left - lead) - (last.right + last.trail)
            gap = " " if told or space > _SPACE_EM * (last.size or last.height) else ""
            lines[-1] = Line(last.text + gap + text, last.left, min(last.bottom, bottom),
                             max(last.right, right), max(last.top, top), last.size,
                             trail if right >= last.right else last.trail)
        else:
            lines.append(Line(text, left, bottom, right, top, size, trail))
    return lines


def _same_band(line: Line, bottom: float, top: float) -> bool:
    """Whether a box lies on a line's band: it overlaps the line by half the lower one's
    height, or at all where one is at most half as high as the other (a quote mark or a full
    stop beside the letters of a word without ascenders: 'grey".')."""
    overlap = min(line.top, top) - max(line.bottom, bottom)
    low, high = sorted((line.height, max(top - bottom, 1.0)))
    return overlap > 0.5 * low or (overlap > 0 and low <= 0.5 * high)


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without page numbers and the headers and footers repeated on most pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_shape(line.text) for line in _edges(page)})
    needed = max(2, _RUNNING_SHARE * len(pages))
    running = {shape for shape, count in counts.items() if count >= needed}
    kept = []
    for page in pages:
        edges = {id(line) for line in _edges(page)}
        kept.append([line for line in page if id(line) not in edges
                     or not (_shape(line.text) in running or _PAGE_NUMBER.match(line.text))])
    return kept


def _edges(page: list[Line]) -> list[Line]:
    """The lines in the page's topmost and bottommost bands, whatever their content order."""
    bands = sorted({_band(line) for line in page})
    edge = set(bands[:_EDGE_BANDS] + bands[-_EDGE_BANDS:])
    return [line for line in page if _band(line) in edge]


def _band(line: Line) -> int:
    return round(line.top / _BAND_POINTS)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())
