"""PDF: pypdfium2 text in reading order, running headers and footers dropped, paragraphs rebuilt."""

from __future__ import annotations

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
from reader.loaders._pdftitle import cut_title, title_lines
from reader.settings import Settings

_HEADING_SCALE = 1.15  # a one-line paragraph in a font this much bigger than body text
_PASSWORD_ERRORS = (4, 5)  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
_JUNK_TITLE = re.compile(
    r"^(?:untitled|microsoft (?:word|powerpoint)\b|document\d*$)|\.(?:docx?|pdf|indd|tex|odt)$",
    re.IGNORECASE,
)


def load(path: Path, data: bytes, settings: Settings) -> Document:
    """The text of a PDF with a text layer, as paragraphs in reading order."""
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
    case on the next page) is made whole again; the lines near the top of the first page that
    spell the title the file's metadata gives are its title, one piece."""
    sizes = [line.size or line.height for page in pages for line in page]
    body_size = statistics.median(sizes) if sizes else 0.0
    pieces: list[Piece] = []
    for index, page in enumerate(pages):
        found = title_lines(page, title) if index == 0 and title else None
        for number, (group, is_title) in enumerate(cut_title(paragraphs(page), found)):
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
    return pieces


def _is_heading(line: Line, text: str, body_size: float) -> bool:
    return (line.size or line.height) > _HEADING_SCALE * body_size and is_title_line(text)


def _font_size(textpage: Any, left: float, bottom: float, top: float) -> float:
    """The font size of the first character in a text box, 0 if pdfium cannot tell."""
    import pypdfium2.raw as pdfium_c

    index = textpage.get_index(left + 0.5, (bottom + top) / 2, 1.0, max((top - bottom) / 2, 1.0))
    if index is None or index < 0:  # pypdfium2 gives None when no character is there
        return 0.0
    return float(pdfium_c.FPDFText_GetFontSize(textpage.raw, index))


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
            boxes = []
            for number in range(textpage.count_rects()):
                left, bottom, right, top = textpage.get_rect(number)
                text = textpage.get_text_bounded(left, bottom, right, top)
                size = _font_size(textpage, left, bottom, top)
                boxes.append((text, left, bottom, right, top, size))
        finally:
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise DocumentLoadError(path, f"is not a valid PDF (page {index + 1} is damaged)") from exc
    return merge_boxes(boxes)


def _metadata(pdf: Any) -> Meta:
    info = pdf.get_metadata_dict(skip_empty=True)
    title = " ".join(str(info.get("Title", "")).split())
    author = " ".join(str(info.get("Author", "")).split())
    # CreationDate is when the file was made, often a print date, so it is not taken as published.
    return Meta(title if title and not _JUNK_TITLE.search(title) else None,
                author=plausible_author(author))
