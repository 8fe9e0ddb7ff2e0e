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
    head, meta = _head_blocks(text, spans)
    body = [Block(BlockKind.PARAGRAPH, span) for span in spans[len(head):]]
    blocks = tuple(block for para in head for block in para) + tuple(body)
    return Document(text=text, blocks=blocks, format="txt", source_path=path, **meta)


def _head_blocks(text: str, spans: list[TextSpan]) -> tuple[list[list[Block]], dict[str, str]]:
    """Blocks of the leading paragraphs made only of title, byline and date lines."""
    head: list[list[Block]] = []
    meta: dict[str, str] = {}
    for index, span in enumerate(spans[: min(_HEAD_PARAGRAPHS, len(spans) - 1)]):
        blocks = _meta_blocks(text, line_spans(text, span), meta, first=index == 0)
        if blocks is None:
            break
        head.append(blocks)
    return head, meta


def _meta_blocks(text: str, lines: list[TextSpan], meta: dict[str, str],
                 *, first: bool) -> list[Block] | None:
    blocks: list[Block] = []
    found: dict[str, str] = {}
    for number, line in enumerate(lines):
        value = line.of(text)
        if first and number == 0 and is_title_line(value):
            found["title"] = value
            blocks.append(Block(BlockKind.TITLE, line))
            continue
        info = meta_line(value)
        if info is None:
            return None
        if info.byline:
            found.setdefault("byline", info.byline)
        if info.published:
            found.setdefault("published", info.published)
        blocks.append(Block(BlockKind.META, line))
    for key, value in found.items():
        meta.setdefault(key, value)
    return blocks
