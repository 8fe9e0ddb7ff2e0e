"""A quote its attribution interrupts, in the article view's highlights and in the lists: pure
functions, no Qt."""

from __future__ import annotations

from reader.analysis.model import Analysis, Quote
from reader.document import TextSpan
from reader.ui.highlights import QUOTE, highlight_ranges, quote_as_written

TEXT = '"We lost," Cole said, "but we are not beaten." Cole said the team was tired.'
JOINED = Quote(span=TextSpan(1, 45), kind="direct", speaker="Cole",
               pieces=(TextSpan(1, 8), TextSpan(23, 45)))
SINGLE = Quote(span=TextSpan(57, 75), kind="indirect", speaker="Cole")


def analysis() -> Analysis:
    return Analysis(sha256="x", pipeline_name="test", pipeline_version="0", entities=(),
                    quotes=(JOINED, SINGLE), numbers=(), events=())


def test_only_the_quoted_words_of_a_quote_are_marked_not_its_attribution() -> None:
    marked = [h.span.of(TEXT) for h in highlight_ranges(analysis(), (), kinds={QUOTE})]
    assert marked == ["We lost", "but we are not beaten.", "the team was tired"]


def test_a_quote_in_pieces_reads_as_written_with_its_marks() -> None:
    assert quote_as_written(JOINED, TEXT) == TEXT[:46]
    assert quote_as_written(SINGLE, TEXT) == "the team was tired"
