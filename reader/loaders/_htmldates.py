"""htmldate (trafilatura's date finder) told to read dates in English only.

When htmldate cannot read a page's date string itself, it hands the string to dateparser in
every language dateparser knows (over 200 locales, their patterns compiled on the way): on a
damaged page that took 3 s a string and 15 s a page (measured on pages the fuzzer made from the
sample page). Reader reads English articles, and on the 91 saved pages of the article-extraction
benchmark an English-only dateparser finds the same 91 dates as the all-language one.
"""

from __future__ import annotations

from typing import Any

_installed = False


def read_dates_in_english() -> None:
    """Give htmldate a dateparser that knows English only (once; a no-op if htmldate changed)."""
    global _installed
    if _installed:
        return
    from htmldate import extractors

    every_language = getattr(extractors, "get_external_parser", None)
    if every_language is not None:

        def english_only() -> Any:
            parser = every_language()
            parser.languages = ["en"]
            return parser

        extractors.get_external_parser = english_only  # type: ignore[assignment]
    _installed = True
