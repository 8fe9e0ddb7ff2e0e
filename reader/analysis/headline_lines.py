"""Which lines of a text are title-case headlines, where capitals say less about names."""

from __future__ import annotations

import re
from collections.abc import Callable

REACH = 400  # characters looked at around a word for its line: a longer line is running text


class HeadlineLines:
    """Which lines of a text are headlines (title-case unless told otherwise), worked out once
    per line asked about."""

    def __init__(self, text: str, headline: Callable[[str], bool] | None = None) -> None:
        self.text = text
        self._headline = headline or title_case
        self._known: dict[int, bool] = {}
        self._lower: frozenset[str] | None = None

    def written_lower(self, word: str) -> bool:
        """Whether the text writes a word in lower case somewhere (a common noun, no name)."""
        if self._lower is None:
            self._lower = frozenset(re.findall(r"\b[a-z][a-z'-]*\b", self.text))
        return word in self._lower

    def is_headline(self, position: int) -> bool:
        text = self.text
        start = text.rfind("\n", max(0, position - REACH), position) + 1
        end = text.find("\n", position, position + REACH)
        if (start == 0 and position > REACH) or (end == -1 and position + REACH < len(text)):
            return False  # a line this long is running text, never a headline
        if start not in self._known:
            self._known[start] = self._headline(text[start : end if end != -1 else None])
        return self._known[start]


SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
                          "for", "by", "with", "from", "as", "vs", "is", "up", "over", "after"})


def title_case(line: str) -> bool:
    """Whether a line reads as a title-case headline: most of its content words capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if not 2 <= len(words) <= 25 or line.rstrip().endswith((".", ":")):
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.8 * len(content)
