"""Plain text: decoded as found, paragraphs at blank lines, title, byline and date from the head."""

from __future__ import annotations

from pathlib import Path

from reader.document import Block, BlockKind, Document, TextSpan
from reader.errors import DocumentLoadError
from reader.loaders._meta import is_title_line, meta_line
from reader.loaders._text import decode, line_spans, normalize_newlines, paragraph_spans
from reader.settings import Settings

_HEAD_PARAGRAPHS = 4


def load(path: Path, data: bytes, settings: Settings) -> Document:
    """The file's text, unchanged but for a dropped BOM and \\n line endings, with its blocks."""
    text = normalize_newlines(decode(path, data))
    spans = paragraph_spans(text)
    if not spans:
        raise DocumentLoadError(path, "has only whitespace, no text")
    head, meta, rest = _head_blocks(text, spans)
    body = [Block(BlockKind.PARAGRAPH, span) for span in rest]
    blocks = tuple(block for para in head for block in para) + tuple(body)
    return Document(text=text, blocks=blocks, format="txt", source_path=path, **meta)


def _head_blocks(text: str, spans: list[TextSpan]
                 ) -> tuple[list[list[Block]], dict[str, str], list[TextSpan]]:
    """Blocks of the leading paragraphs made only of title, byline and date lines, what they
    say, and the spans of the body after them. A paragraph whose head lines run on into the
    body with no blank line between (a title, "June 13 , 2005", then the story's first line,
    as a corpus keeps one sentence a line) is cut after its last head line, when it has a
    byline or a date line: a lone title over body lines is left as body."""
    head: list[list[Block]] = []
    meta: dict[str, str] = {}
    for index, span in enumerate(spans[:_HEAD_PARAGRAPHS]):
        lines = line_spans(text, span)
        blocks = _meta_blocks(text, lines, first=index == 0)
        whole = len(blocks) == len(lines) and index < len(spans) - 1
        run_on = 0 < len(blocks) < len(lines) and any(b.kind is BlockKind.META for b in blocks)
        if not whole and not run_on:
            break
        head.append(blocks)
        _found(text, blocks, meta)
        if run_on:
            rest = TextSpan(lines[len(blocks)].start, span.end)
            return head, meta, [rest, *spans[index + 1:]]
    return head, meta, spans[len(head):]


def _meta_blocks(text: str, lines: list[TextSpan], *, first: bool) -> list[Block]:
    """The blocks of a paragraph's leading title (the first paragraph's first line), byline and
    date lines, up to its first line that is none of them."""
    blocks: list[Block] = []
    for number, line in enumerate(lines):
        value = line.of(text)
        if first and number == 0 and is_title_line(value):
            blocks.append(Block(BlockKind.TITLE, line))
        elif meta_line(value) is not None:
            blocks.append(Block(BlockKind.META, line))
        else:
            break
    return blocks


def _found(text: str, blocks: list[Block], meta: dict[str, str]) -> None:
    """The title, byline and date of head blocks, each kept from its first line that gives it."""
    for block in blocks:
        value = block.span.of(text)
        if block.kind is BlockKind.TITLE:
            meta.setdefault("title", value)
            continue
        info = meta_line(value)
        if info and info.byline:
            meta.setdefault("byline", info.byline)
        if info and info.published:
            meta.setdefault("published", info.published)
