"""PDF: pypdfium2 text in reading order, running headers and footers dropped, paragraphs rebuilt."""

from __future__ import annotations

import math
import re
import statistics
from pathlib import Path
from typing import Any

from reader.document import BlockKind, Document
from reader.errors import DocumentLoadError
from reader.loaders._blocks import Meta, Piece, build_document
from reader.loaders._meta import is_title_line, plausible_author
from reader.loaders._pdflayout import Line, drop_running_lines, merge_boxes
from reader.loaders._pdfparagraphs import SENTENCE_END, join_lines, paragraphs
from reader.loaders._pdfstreams import check_inflation
from reader.loaders._pdftitle import cut_title, title_lines
from reader.settings import Settings

_HEADING_SCALE = 1.15  # a one-line paragraph in a font this much bigger than body text
_NOTE_SCALE = 0.85  # a footnote's type is at most this share of the body's
_NOTE_MARK = re.compile(r"^(?:\d{1,3}|[*†‡§¶])\s*\S")
_NOTE_NUMBER = re.compile(r"^(?P<number>\d{1,3})\s*(?P<text>\S.*)$", re.DOTALL)
_CLEAR = 0.01  # points between a box cut short and the neighbour it touched
_PASSWORD_ERRORS = (4, 5)  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
_JUNK_TITLE = re.compile(
    r"^(?:untitled|microsoft (?:word|powerpoint)\b|document\d*$)|\.(?:docx?|pdf|indd|tex|odt)$",
    re.IGNORECASE,
)


def load(path: Path, data: bytes, settings: Settings) -> Document:
    """The text of a PDF with a text layer, as paragraphs in reading order."""
    check_inflation(path, data, settings.max_inflated_bytes)
    pdf = _open(path, data)
    try:
        pages = [_page_lines(path, pdf, index) for index in range(len(pdf))]
        meta = _metadata(pdf)
    finally:
        pdf.close()
    if not any(pages):
        raise DocumentLoadError(path, "has no text layer (scanned?)")
    pieces = _pieces(drop_running_lines(pages), meta.title)
    if pieces and not meta.title and is_title_line(pieces[0].text):
        pieces[0] = Piece(BlockKind.HEADING, pieces[0].text, 1)
    return build_document(pieces, meta, fmt="pdf", path=path, title_block=False)


def _pieces(pages: list[list[Line]], title: str | None = None) -> list[Piece]:
    """Paragraph pieces; a paragraph cut by a page break (ends mid-sentence, goes on in lower
    case on the next page) is made whole again, the page's footnotes set after the text, not
    between; the lines near the top of the first page that spell the title the file's
    metadata gives are its title, one piece."""
    sizes = [line.size or line.height for page in pages for line in page]
    body_size = statistics.median(sizes) if sizes else 0.0
    pieces: list[Piece] = []
    notes: list[Piece] = []
    for index, page in enumerate(pages):
        found = title_lines(page, title) if index == 0 and title else None
        groups, foot = _footnotes(cut_title(paragraphs(page), found), body_size)
        notes.extend(foot)
        for number, (group, is_title) in enumerate(groups):
            text = join_lines([line.text for line in group])
            last = pieces[-1].text if pieces else ""
            if is_title:
                pieces.append(Piece(BlockKind.TITLE, text))
            elif number == 0 and _runs_on(last, text):
                pieces[-1] = Piece(BlockKind.PARAGRAPH, join_lines([last, text]))
            elif len(group) == 1 and _is_heading(group[0], text, body_size):
                pieces.append(Piece(BlockKind.HEADING, text, 2 if pieces else 1))
            else:
                pieces.append(Piece(BlockKind.PARAGRAPH, text))
    return pieces + notes


def _footnotes(groups: list[tuple[list[Line], bool]], body_size: float,
               ) -> tuple[list[tuple[list[Line], bool]], list[Piece]]:
    """A page's paragraphs less the footnotes at its foot, and those footnotes."""
    cut = len(groups)
    while cut and _is_footnote(groups[cut - 1][0], body_size):
        cut -= 1
    return groups[:cut], [_note(join_lines([line.text for line in group]))
                          for group, _ in groups[cut:]]


def _note(text: str) -> Piece:
    """A footnote as the other formats give theirs: a numbered note an item of the numbered
    list of notes, its number no word of its text; one with a symbol ('* ...') as it is."""
    numbered = _NOTE_NUMBER.match(text)
    if numbered is None:
        return Piece(BlockKind.PARAGRAPH, text)
    return Piece(BlockKind.LIST_ITEM, numbered["text"], 1, int(numbered["number"]))


def _is_footnote(group: list[Line], body_size: float) -> bool:
    """Whether a paragraph at a page's foot is a footnote: in type smaller than the body's,
    opening with a note's mark ('1 The walls were built in 1890.', '* Figures for 2023.')."""
    small = all(0 < line.size <= _NOTE_SCALE * body_size for line in group)
    return small and _NOTE_MARK.match(group[0].text) is not None


def _is_heading(line: Line, text: str, body_size: float) -> bool:
    return (line.size or line.height) > _HEADING_SCALE * body_size and is_title_line(text)


def _font_size(textpage: Any, index: int) -> float:
    """The size on the page of a character's type: its font size scaled by the character's
    matrix, as a producer may set the type in a big size and shrink it with the text matrix
    (Qt's QPdfWriter: 183 pt at 0.06 for 11 pt type)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, index))
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(textpage.raw, index, ctypes.byref(matrix)):
        return size
    # The matrix maps a text-space unit onto the page; its vertical column scales the em.
    return size * math.hypot(matrix.c, matrix.d)


def _glyphs(textpage: Any, left: float, bottom: float, right: float, top: float,
            ) -> tuple[float, float, float]:
    """A text box's type size (that of its first character, 0 if pdfium cannot tell) and how
    far the advances of its first and last characters reach past their ink, to the left and
    to the right (a '1' ends well short of where the '.' after it begins)."""
    middle, reach = (bottom + top) / 2, max((top - bottom) / 2, 1.0)
    first = textpage.get_index(left + 0.5, middle, 1.0, reach)
    if first is None or first < 0:  # pypdfium2 gives None when no character is there
        return 0.0, 0.0, 0.0
    last = textpage.get_index(right - 0.5, middle, 1.0, reach)
    lead = max(left - textpage.get_charbox(first, loose=True)[0], 0.0)
    trail = 0.0
    if last is not None and last >= 0:
        trail = max(textpage.get_charbox(last, loose=True)[2] - right, 0.0)
    return _font_size(textpage, first), lead, trail


def _runs_on(last: str, text: str) -> bool:
    """Whether text, first on its page, goes on with the sentence the page before left open."""
    return bool(last) and not last.endswith(SENTENCE_END) and not text[:1].isupper() \
        and not text[:1].isdigit()


def _open(path: Path, data: bytes) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in _PASSWORD_ERRORS:
            raise DocumentLoadError(path, "is encrypted (the PDF needs a password)") from exc
        raise DocumentLoadError(path, "is not a valid PDF") from exc


def _page_lines(path: Path, pdf: Any, index: int) -> list[Line]:
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
        textpage = page.get_textpage()
        try:
            rects = [textpage.get_rect(number) for number in range(textpage.count_rects())]
            boxes = []
            for number, (left, bottom, right, top) in enumerate(rects):
                text = textpage.get_text_bounded(*_own_part(rects, number))
                boxes.append((text, left, bottom, right, top,
                              *_glyphs(textpage, left, bottom, right, top)))
        finally:
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise DocumentLoadError(path, f"is not a valid PDF (page {index + 1} is damaged)") from exc
    return merge_boxes(boxes)


def _own_part(rects: list[tuple[float, float, float, float]], number: int,
              ) -> tuple[float, float, float, float]:
    """A text box less the parts it shares with the boxes before and after it, where the line
    runs on from one into the other (the next starts inside it and ends past it).
    pdfium gives a box's text as every character whose box touches it, and where a producer
    places each glyph on its own (Qt), a glyph reaching under its neighbour ('j' under 'a',
    ',' under 'r') is a box apart from it: each box read whole would give 'majajor'."""
    left, bottom, right, top = rects[number]
    for other in (number - 1, number + 1):
        if not 0 <= other < len(rects):
            continue
        o_left, o_bottom, o_right, o_top = rects[other]
        if min(top, o_top) <= max(bottom, o_bottom):
            continue  # one above the other: not one line
        if other < number and o_left < left < o_right < right:
            left = o_right + _CLEAR
        elif other > number and left < o_left < right < o_right:
            right = o_left - _CLEAR
    if right <= left:  # a box that lies within its neighbour is read whole
        return rects[number]
    return left, bottom, right, top


def _metadata(pdf: Any) -> Meta:
    info = pdf.get_metadata_dict(skip_empty=True)
    title = " ".join(str(info.get("Title", "")).split())
    author = " ".join(str(info.get("Author", "")).split())
    # CreationDate is when the file was made, often a print date, so it is not taken as published.
    return Meta(title if title and not _JUNK_TITLE.search(title) else None,
                author=plausible_author(author))
