"""Finding quoted stretches in plain text: curly, straight, angle and low-9 marks, by paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.document import TextSpan

DOUBLE_MARKS = frozenset('"“”„«»')
SINGLE_MARKS = frozenset("'‘’‚‹›")
OPENERS = frozenset("“„«‘‚‹")
CLOSERS = frozenset("”»’›")
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS
_OPEN_CONTEXT = frozenset("([{—–-/") | ALL_MARKS
_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-/…") | ALL_MARKS
_NEVER_OPENED = frozenset(",.;:")
_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
_TRIM = " \t\r\n,"
# A markup tag left in plain text ('<tweet id="7503" author="@dana_o">'), whose marks
# enclose attribute values, not words.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted stretch of a paragraph: its content without marks, and how it is bounded."""

    content: TextSpan  # inside the marks, trimmed of spaces and a trailing comma
    outer: TextSpan  # with the marks (to the paragraph end when unclosed)
    closed: bool  # its closing mark was found in the paragraph
    continues: bool = False  # unclosed, and the next paragraph re-opens: the quote runs on
    continued: bool = False  # this piece re-opens a quote that began in an earlier paragraph


@dataclass(slots=True)
class _Open:
    position: int
    mark: str
    width: int = 1  # 2 for the typewriter's two single marks that open a double quote

    @property
    def double(self) -> bool:
        return self.mark in DOUBLE_MARKS or self.width == 2


def paragraphs(text: str) -> Iterator[TextSpan]:
    """Each line of text with something on it: the unit a quote mark's search is bounded to."""
    for match in _PARAGRAPH.finditer(text):
        if match.group().strip():
            yield TextSpan(match.start(), match.end())


def find_quoted(text: str) -> list[Quoted]:
    """The outermost quoted stretches of text, in order; unbalanced marks never raise."""
    spans = list(paragraphs(text))
    found: list[Quoted] = []
    carried = False
    for index, paragraph in enumerate(spans):
        pieces = _scan(text, paragraph)
        if carried and pieces and _opens_at_start(text, paragraph, pieces[0]):
            pieces[0] = _replace(pieces[0], continued=True)
        carried = False
        if pieces and not pieces[-1].closed:
            nxt = spans[index + 1] if index + 1 < len(spans) else None
            if nxt is not None and _starts_with_opener(text, nxt):
                pieces[-1] = _replace(pieces[-1], continues=True)
                carried = True
        found.extend(pieces)
    return found


def _replace(quoted: Quoted, **changes: bool) -> Quoted:
    fields = {"content": quoted.content, "outer": quoted.outer, "closed": quoted.closed,
              "continues": quoted.continues, "continued": quoted.continued}
    fields.update(changes)
    return Quoted(**fields)  # type: ignore[arg-type]


def _opens_at_start(text: str, paragraph: TextSpan, quoted: Quoted) -> bool:
    return not text[paragraph.start : quoted.outer.start].strip()


def _starts_with_opener(text: str, paragraph: TextSpan) -> bool:
    line = text[paragraph.start : paragraph.end]
    position = paragraph.start + len(line) - len(line.lstrip())
    return text[position] in ALL_MARKS and _role(text, position, []) == "open"


def _scan(text: str, paragraph: TextSpan) -> list[Quoted]:
    stack: list[_Open] = []
    found: list[Quoted] = []
    skip = -1
    stray = -1  # a lone single closer after a sentence, while a double quote is open
    tags = [t.span() for t in _TAG.finditer(text, paragraph.start, paragraph.end)]
    for match in _MARK.finditer(text, paragraph.start, paragraph.end):
        position = match.start()
        if position == skip or any(start < position < end for start, end in tags):
            continue
        # '"It was a lie,’’ he said': two single marks close a double quote as one mark
        width = 2 if _paired_closer(text, position, stack) else 1
        role = "close" if width == 2 else _role(text, position, stack)
        if role == "none" and stray < 0 and len(stack) == 1 and _stray_closer(text, position,
                                                                               stack):
            stray = position
        if role == "open" and _reopens(text, position, stack):
            continue
        if role == "open" and _paired_opener(text, position):
            skip = position + 1
            stack.append(_Open(position, text[position], 2))
        elif role == "open":
            stack.append(_Open(position, text[position]))
        elif role == "close":
            depth = _matching(stack, width == 2 or text[position] in DOUBLE_MARKS)
            if depth is None:
                continue
            skip = position + 1 if width == 2 else skip  # the second mark of the pair
            opener = stack[depth]
            del stack[depth:]
            if depth == 0:
                _add(found, text, opener.position, position + width, closed=True, closer=width,
                     opener=opener.width)
    if stack and stray > stack[0].position:
        _add(found, text, stack[0].position, stray + 1, closed=True, opener=stack[0].width)
        return found + _scan(text, TextSpan(stray + 1, paragraph.end))
    if stack:
        _add(found, text, stack[0].position, paragraph.end, closed=False, opener=stack[0].width)
    return found


def _stray_closer(text: str, position: int, stack: list[_Open]) -> bool:
    """ '“Come early. We start at nine.’ The hall opens at eight.': a single closing mark after
    a sentence's last mark, with a double quote open and no single one, closes the double quote
    it was meant for, when the paragraph never closes it otherwise (_scan)."""
    return text[position] in "’'" and stack[0].double and position > 0 and \
        text[position - 1] in ".?!" and text[position + 1 : position + 2] in (" ", "") and \
        text[position + 2 : position + 3].isupper()


def _reopens(text: str, position: int, stack: list[_Open]) -> bool:
    """'"We lost. "We will be back," she said.': a double mark opening a sentence while a double
    quote opened by the same kind of mark is still open re-opens that quote, the mark a long
    quote sets at each of its paragraphs, left inside one line where the break was lost."""
    if len(stack) != 1 or text[position] != stack[0].mark or text[position] not in '"“':
        return False
    said = text[stack[0].position + 1 : position]
    return said[-1:].isspace() and said.rstrip()[-1:] in (".", "?", "!") \
        and text[position + 1 : position + 2].isupper()


def _paired_opener(text: str, position: int) -> bool:
    """ "no mention of ''Lyin' Ted'' in the ad": two opening single marks before a word are the
    typewriter's double opener, so a single mark inside ('Lyin'', the voters') is no quote."""
    mark = text[position]
    return mark in "'‘" and text[position + 1 : position + 2] == mark \
        and text[position + 2 : position + 3] not in ("", " ", "\n")


def _paired_closer(text: str, position: int, stack: list[_Open]) -> bool:
    """Two closing single marks after a word, with a double quote open and no single one: the
    typewriter's way of closing a double quote."""
    mark = text[position]
    return mark in "’'" and text[position + 1 : position + 2] == mark \
        and position > 0 and (not text[position - 1].isspace() or _spaced_pair(text, position)) \
        and _matching(stack, True) is not None and _matching(stack, False) is None


def _add(found: list[Quoted], text: str, start: int, end: int, *, closed: bool,
         closer: int = 1, opener: int = 1) -> None:
    inner_start, inner_end = _trim(text, start + opener, end - closer if closed else end)
    while inner_end - inner_start > 2 and text[inner_start] in ALL_MARKS:
        # "'nested'", or "'Stay.'." with the sentence's stop set after the inner mark
        inner_mark = inner_end - 2 if text[inner_end - 1] == "." else inner_end - 1
        if text[inner_mark] not in ALL_MARKS:
            break
        inner_start, inner_end = _trim(text, inner_start + 1, inner_mark)
    if inner_end > inner_start:
        found.append(Quoted(TextSpan(inner_start, inner_end), TextSpan(start, end), closed))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _matching(stack: list[_Open], double: bool) -> int | None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].double == double:
            return depth
    return None


def _role(text: str, position: int, stack: list[_Open]) -> str:
    """Whether the mark at position opens, closes, or is no quote mark at all (an apostrophe)."""
    mark = text[position]
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    # nothing quoted opens with a comma or a full stop: "rated 'AA '." closes its quote
    can_open = (before.isspace() or before in _OPEN_CONTEXT) and not after.isspace() and \
        after not in _NEVER_OPENED
    can_close = (after.isspace() or after in _CLOSE_CONTEXT) and not before.isspace()
    double = mark in DOUBLE_MARKS
    is_open = _matching(stack, double) is not None
    if not double and (_apostrophe(mark, before, after, is_open)
                       or _set_apart(text, position)
                       or (not is_open and _spaced_possessive(text, position))):
        return "none"
    if not double and is_open and _spaced_pair(text, position):
        return "close"
    if mark in OPENERS and not (mark == "“" and stack and stack[-1].mark == "„"):
        return "open" if can_open or not can_close else "close"
    if mark in CLOSERS or mark == "“":
        if not is_open and can_open and not can_close:
            return "open"  # »reversed« guillemets, or ”Swedish” style
        return "close" if is_open else "none"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close" if is_open else "none"
    return "close" if is_open else "open"


# What follows an apostrophe in a contraction or a possessive: Boeing's, isn't, we'll, they've.
_CONTRACTED = re.compile(r"(?:s|t|d|m|ll|re|ve)(?![^\W_])", re.IGNORECASE)


def _spaced_pair(text: str, position: int) -> bool:
    """ "''We have to win, '' she said": the typewriter's two closing marks that a typesetter
    set apart from the sentence's last mark."""
    return position >= 2 and text[position - 1] == " " and text[position - 2] in ",.?!’'" and \
        text[position + 1 : position + 2] == text[position] and \
        text[position + 2 : position + 3] in ("", " ", "\n")


def _set_apart(text: str, position: int) -> bool:
    """ "Boeing 's jets", "it isn ‘t over": a possessive or contraction a typesetter set apart
    from its word by a space; no quote opens with one of those endings."""
    return _CONTRACTED.match(text, position + 1) is not None and (
        position >= 2 and text[position - 1] == " " and text[position - 2].isalnum())


# A plural's word before a mark set apart on both sides, and the word after it.
_PLURAL_BEFORE = re.compile(r"[^\W\d_]*[sS] $")
_WORD_AFTER = re.compile(r" [^\W_]")
# The end of a sentence: its stop, then a space or the line's end.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _spaced_possessive(text: str, position: int) -> bool:
    """ "Airbus ' massive new A380", "the Beatles ' Apple Corps": a plural's possessive mark
    that a tokenizer set apart on both sides, when no single quote is open (_role) and no
    single mark closes it in the sentence ("fans of the Beatles ' Abbey Road ' album" quotes)."""
    if text[position] not in "'’" or not _WORD_AFTER.match(text, position + 1):
        return False
    if not _PLURAL_BEFORE.search(text, max(0, position - 40), position):
        return False
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    stop = _SENTENCE_END.search(text, position + 1, line_end)
    end = stop.end() if stop else line_end
    return not any(_may_close(text, mark.start())
                   for mark in _SINGLE_CLOSER.finditer(text, position + 1, end))


_SINGLE_CLOSER = re.compile("['’]")


def _may_close(text: str, position: int) -> bool:
    """Whether a single mark could close a quote: not inside a word (don't) nor a possessive or
    contraction set apart ("A380 's")."""
    inside = text[position - 1].isalnum() and text[position + 1 : position + 2].isalnum()
    return not inside and not _set_apart(text, position)


def _apostrophe(mark: str, before: str, after: str, single_open: bool) -> bool:
    if before.isalnum() and after.isalnum():
        return True  # don't, Putin's, rock'n'roll
    if after.isdigit() and not before.isalnum():
        return True  # the '90s
    if before == "." and after.isalpha():
        return True  # the U.N.'s record
    # "the players' union": a closing single mark only when a single quote is open
    return mark in "’'" and before in "sS" and after.isspace() and not single_open
