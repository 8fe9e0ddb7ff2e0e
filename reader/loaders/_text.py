"""Shared text helpers: decoding bytes, refusing binary content, newlines and paragraph spans."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from reader.document import TextSpan
from reader.errors import DocumentLoadError

# Longest BOMs first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_MAX_CONTROL_RATIO = 0.02
_SAMPLE_CHARS = 65536
_SOUND_PER_BROKEN = 4
_UTF16_ZERO_SHARE = 0.9
_PREFERRED = ("utf_8", "cp1252", "latin_1", "iso8859_15")
# From a non-space character over following lines that are not blank, ending on a non-space.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?(?:\n[^\S\n]*\S(?:[^\n]*\S)?)*")
_GUESS_BYTES = 256 * 1024


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def decode(path: Path, data: bytes, *, declared: str | None = None) -> str:
    """Text from bytes: a BOM's encoding, else strict UTF-8, else the declared encoding (as an
    HTML page names it), else charset-normalizer's guess."""
    marked = bom_encoding(data)
    if marked is not None:
        encoding, skip = marked
        try:
            return check_not_binary(path, data[skip:].decode(encoding))
        except UnicodeDecodeError as exc:
            raise DocumentLoadError(path, f"cannot be decoded as {encoding}") from exc
    if b"\x00" in data[: _SAMPLE_CHARS * 4]:
        return check_not_binary(path, _utf16_without_bom(path, data))
    try:
        return check_not_binary(path, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return check_not_binary(path, data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    damaged = _damaged_utf8(data)
    return check_not_binary(path, damaged if damaged is not None else _guess(path, data))


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (shown as U+FFFD), when most non-ASCII characters are sound."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    sound = len(text) - len(text.encode("ascii", "ignore")) - broken
    return text if sound >= _SOUND_PER_BROKEN * broken else None


def _utf16_without_bom(path: Path, data: bytes) -> str:
    """Text with NULs is UTF-16 when every other byte is NUL (ASCII-range text), else binary."""
    sample = data[: _SAMPLE_CHARS * 2]
    half = len(sample) // 2
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if half and zeros.count(0) >= _UTF16_ZERO_SHARE * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    raise DocumentLoadError(path, "looks like a binary file, not text")


def _guess(path: Path, data: bytes) -> str:
    """Decode with the encoding guessed from the start of data (all of it, if that fails)."""
    if len(data) > _GUESS_BYTES:
        try:
            return data.decode(_best_encoding(path, data[:_GUESS_BYTES]))
        except (UnicodeDecodeError, DocumentLoadError):
            pass
    return data.decode(_best_encoding(path, data), errors="replace")


def _best_encoding(path: Path, data: bytes) -> str:
    import charset_normalizer

    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise DocumentLoadError(path, "cannot be decoded: unknown text encoding")
    # Short texts fit several code pages equally well: prefer the common Western ones.
    ties = [m for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    ties.sort(key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else 99)
    return str(ties[0].encoding)


def check_not_binary(path: Path, text: str) -> str:
    """The text itself, unless control characters show it is binary data."""
    sample = text[:_SAMPLE_CHARS]
    controls = sum(
        1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if "\x00" in sample or (sample and controls / len(sample) > _MAX_CONTROL_RATIO):
        raise DocumentLoadError(path, "looks like a binary file, not text")
    return text


def normalize_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def paragraph_spans(text: str) -> list[TextSpan]:
    """Spans of the paragraphs of text, separated by blank lines, trimmed of outer whitespace."""
    return [TextSpan(*match.span()) for match in _PARAGRAPH.finditer(text)]


def _add_trimmed(spans: list[TextSpan], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append(TextSpan(start + lead, start + lead + len(stripped)))


def line_spans(text: str, span: TextSpan) -> list[TextSpan]:
    """Spans of the non-blank lines inside span, trimmed."""
    spans: list[TextSpan] = []
    start = span.start
    for line in text[span.start : span.end].split("\n"):
        _add_trimmed(spans, text, start, start + len(line))
        start += len(line) + 1
    return spans


def squash_spaces(text: str) -> str:
    """Runs of whitespace (newlines included) become one space; the ends are trimmed."""
    return " ".join(text.split())
