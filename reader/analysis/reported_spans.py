"""Where reported speech begins and ends in the text: its paragraph, a colon, a dateline."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reader.analysis.cue_spans import Attribution
from reader.analysis.cue_words import WORD
from reader.analysis.datelines import dateline_dash
from reader.analysis.quote_frames import FRAME_WORDS
from reader.analysis.quote_marks import ALL_MARKS, Quoted
from reader.document import TextSpan

# Words that open a question reported whole, which a colon after it answers ("shows why X
# is a problem: ...", "what scientists think is necessary: ...").
_WH_OPENERS = frozenset({"what", "which", "how", "why", "whether", "who", "where", "when"})


def past_dateline(doc: Doc, span: TextSpan) -> TextSpan:
    """A report's content without the dateline it opens with ("LONDON (AP) — ...")."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    dash = dateline_dash(words[0]) if words else None
    if words is None or dash is None or dash.i + 1 >= words.end:
        return span
    return TextSpan(doc[dash.i + 1].idx, span.end)


def says_nothing(doc: Doc, span: TextSpan) -> bool:
    """Whether a content has nothing but prepositions, particles and the like in it, or a
    date ("the tour concludes October 10th"): no statement."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and all(t.pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ", "PUNCT")
                                     or t.ent_type_ in ("DATE", "TIME") for t in words)


def with_marks(span: TextSpan, inner: list[Quoted]) -> TextSpan:
    """A mixed quote that ends (or starts) with quoted words keeps their closing (or opening)
    mark with the other one: 'the plan as “a gift.”', never 'the plan as “a gift.'."""
    start, end = span.start, span.end
    for quoted in inner:
        if quoted.closed and start <= quoted.outer.start and \
                quoted.content.end <= end < quoted.outer.end:
            end = quoted.outer.end
        if quoted.outer.start < start <= quoted.content.start and quoted.outer.end <= end:
            start = quoted.outer.start
    return TextSpan(start, end)


def in_paragraph(text: str, span: TextSpan, cue: int) -> TextSpan:
    """A reported clause stays in its cue's paragraph: a parse that ran over a paragraph break
    took in the next paragraph's words."""
    start = text.rfind("\n", 0, cue) + 1
    end = text.find("\n", cue)
    end = len(text) if end < 0 else end
    if (span.start >= start and span.end <= end) or span.end <= start or span.start >= end:
        return span
    clipped = TextSpan(max(span.start, start), min(span.end, end))
    text_of = text[clipped.start : clipped.end]
    stripped = text_of.strip()
    if not stripped:
        return span
    offset = clipped.start + len(text_of) - len(text_of.lstrip())
    return TextSpan(offset, offset + len(stripped))


def colon_statement(doc: Doc, text: str, attribution: Attribution) -> TextSpan | None:
    """ "Mr. McKinley put it bluntly: Draw on home equity now ...": what a colon after a cue
    with nothing else to report introduces, to the end of its paragraph (or the next
    paragraph, when the colon ends the line), when it is no quote of its own."""
    cue = doc[attribution.cue[1] - 1]
    start = cue.idx + len(cue)
    line_end = _line_end(text, start)
    colon = text.find(":", start, min(line_end, cue.sent.end_char + 1))
    if colon < 0 or len(WORD.findall(text[start:colon])) > FRAME_WORDS:
        return None
    return _line_after_colon(text, colon + 1)


def _line_after_colon(text: str, begin: int) -> TextSpan | None:
    """What a colon introduces on its line, or on the next paragraph's first line when it ends
    its own ("Limbaugh added:" and a paragraph of its own), unless that is a quote."""
    line_end = _line_end(text, begin)
    if not text[begin:line_end].strip():
        begin = line_end
        while begin < len(text) and text[begin].isspace():
            begin += 1
        line_end = _line_end(text, begin)
    rest = text[begin:line_end]
    stripped = rest.strip()
    if not stripped or stripped[0] in ALL_MARKS or len(WORD.findall(stripped)) < 3:
        return None
    begin += len(rest) - len(rest.lstrip())
    return TextSpan(begin, begin + len(stripped.rstrip(" .")))


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def past_colon(doc: Doc, text: str, span: TextSpan) -> TextSpan:
    """ "notes that three things are happening: prices are rising, ...": a reported clause that
    a colon ends goes on to what the colon introduces, to that sentence's end, or over the next
    paragraph's first line when the colon ends its own ("has these tasks tonight:" and a list);
    a reported question does not."""
    after = text[span.end : span.end + 3]
    if not after.lstrip(" ").startswith(":"):
        return span
    if span.of(text).split(" ", 1)[0].lower() in _WH_OPENERS:
        return span  # 'shows why the angst is a problem: A poll ...': the writer's answer
    start = span.end + after.index(":") + 1
    if not text[start : _line_end(text, start)].strip():
        statement = _line_after_colon(text, start)
        return span if statement is None else TextSpan(span.start, statement.end)
    if "\n" in after:
        return span
    if text[start : start + 3].lstrip()[:1] in ALL_MARKS:
        return span  # 'said this: "..."' introduces a direct quote of its own
    following = doc.char_span(start, min(len(text), start + 2), alignment_mode="expand")
    if following is None or "\n" in text[start : following.start_char]:
        return span
    sentence = following[-1].sent
    end = sentence.end_char
    line_end = text.find("\n", start)
    end = min(end, line_end if line_end >= 0 else len(text))
    while end > start and text[end - 1] in " .\n":
        end -= 1
    return TextSpan(span.start, end) if end > start else span


def quote_after_colon(text: str, span: TextSpan, cue: int, quoted: list[Quoted]) -> TextSpan:
    """ 'The fund had a new plan: "We will sell the farm," its director said.': a cue after a
    quote that a colon introduces reports the quote; the words before the colon are the
    writer's own setting of the scene."""
    if cue < span.end:
        return span
    for quote in quoted:
        before = text[span.start : quote.outer.start].rstrip()
        if span.start < quote.outer.start and before.endswith(":") and \
                quote.outer.end >= span.end - 1 and not any(m in before for m in ALL_MARKS):
            return TextSpan(quote.outer.start, span.end)
    return span


# ', but "we will find the money."': what may join a reported clause to a quote that goes on.
_JOINED_QUOTE = re.compile(r"\s*,?\s*(?:but|and|yet)\s+$")


def with_quote_joined(doc: Doc, text: str, span: TextSpan, attribution: Attribution,
                      following: Quoted | None) -> TextSpan:
    """ 'The mayor said the budget was tight, but "we will find the money."': a quoted clause
    joined by 'but' or 'and' to the cue's reported clause, whose verb the parse makes a
    conjunct of the cue or of that clause, goes on with what the speaker says: one quote up
    to its end."""
    if following is None or not _JOINED_QUOTE.fullmatch(text[span.end : following.outer.start]):
        return span
    words = doc.char_span(following.content.start, following.content.end,
                          alignment_mode="expand")
    cue = doc[attribution.cue[0]]
    if words is None or words.root.dep_ != "conj" or cue not in (words.root.head,
                                                                 words.root.head.head):
        return span
    return TextSpan(span.start, following.outer.end)
