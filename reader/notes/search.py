"""Full-text search of notes: a user's words made into a safe FTS5 query."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+")
SNIPPET_MARKS = ("«", "»")


def fts_query(text: str) -> str:
    """Each word of text as a quoted prefix term, all required; '' when text has no words.

    Quoting every word means punctuation, quotes and FTS5 operators typed by the user are
    never read as query syntax, so a search never raises.
    """
    return " ".join(f'"{word}"*' for word in _TOKEN.findall(text))
