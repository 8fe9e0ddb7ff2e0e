"""load(path) -> Document: one module a format, chosen from a suffix table."""

from __future__ import annotations

from pathlib import Path

from reader.document import Block, BlockKind, Document, TextSpan
from reader.errors import DocumentLoadError, UnsupportedFormatError


def load(path: Path | str) -> Document:
    path = Path(path)
    if path.suffix.lower() != ".txt":
        raise UnsupportedFormatError(path, f"Reader cannot open {path.suffix or 'files without a suffix'}")
    try:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentLoadError(path, str(exc)) from exc
    return Document(text=text, blocks=(Block(BlockKind.PARAGRAPH, TextSpan(0, len(text))),),
                    format="txt", source_path=path)
