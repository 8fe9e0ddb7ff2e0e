"""A PDF's title in its text: the first page's lines that spell the title its metadata gives."""

from __future__ import annotations

from reader.loaders._pdflayout import Line
from reader.loaders._pdfparagraphs import join_lines

_TITLE_START = 4  # the title may start on any of a first page's first lines (after a kicker
# or a date line)


def title_lines(page: list[Line], title: str) -> tuple[int, int] | None:
    """Where (first line, line after) the title runs on a page: lines in a row, starting
    among its first few, that joined read as the title (case and spacing aside)."""
    wanted = _words(title)
    for start in range(min(_TITLE_START, len(page))):
        for end in range(start + 1, len(page) + 1):
            read = _words(join_lines([line.text for line in page[start:end]]))
            if read == wanted:
                return start, end
            if not wanted.startswith(read):
                break
    return None


def cut_title(groups: list[list[Line]],
              title: tuple[int, int] | None) -> list[tuple[list[Line], bool]]:
    """The page's paragraphs, with the title's lines (if found) a paragraph of their own
    whichever paragraphs they were grouped with; True marks the title."""
    if title is None:
        return [(group, False) for group in groups]
    start, end = title
    out: list[tuple[list[Line], bool]] = []
    index = 0
    for group in groups:
        for line in group:
            inside = start <= index < end
            if out and out[-1][1] == inside and (inside or line is not group[0]):
                out[-1][0].append(line)
            else:
                out.append(([line], inside))
            index += 1
    return out


def _words(text: str) -> str:
    return " ".join(text.casefold().split())
