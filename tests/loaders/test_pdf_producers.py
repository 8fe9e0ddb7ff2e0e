"""PDFs as real producers write them: the loader reads back the words that were set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.loaders import load

STORY = [
    "Soaring fuel costs hit growth",
    "The soaring cost of fuel has hit growth, although the major economies should weather "
    "the storm, the agency said on Friday.",
    "Forecasts were scaled back to 1.8% from 2.0% this year and 1.9% from 2.4% next year. "
    "However, the figures for Japan were raised, and officials were optimistic of a recovery.",
    '"The recovery that was underway would then regain momentum," Vincent Koen said.',
]


@pytest.mark.parametrize("dpi", [300, 1200])
def test_a_pdf_printed_by_qt_reads_back_word_for_word(qapp: Any, tmp_path: Path,
                                                       dpi: int) -> None:
    # Qt sets each glyph on its own, in type scaled by the text matrix, with no space glyphs.
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    path = tmp_path / "story.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(dpi)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    document.setPlainText("\n".join(STORY))
    document.print_(writer)
    del writer  # the file is written out when the writer goes
    assert load(path).text.split() == " ".join(STORY).split()
