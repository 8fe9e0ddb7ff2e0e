"""The date a web page gives as its own, and never a date the story only mentions.

trafilatura asks htmldate for the page's date. In its extensive search htmldate reads every
date in the page's text and takes one when the page's metadata and date elements give none: a
saved story that says "the deadline is now 15 July 2006" was dated 15 July 2006. So Reader asks
htmldate without that search (metadata, date elements, time elements, the URL), and otherwise
takes the date of a short line that opens with a word of publishing or updating ("Published 3
March 2019", "Updated: 5 Mar 2024", "publiziert am 30. Juli 2018"): the page's own date line,
wherever in the page it stands, that a sentence of the story is too long to be. A date in the
page's address with its month in letters ("/2019/nov/18/"), which htmldate cannot read, comes
first, as htmldate puts an address's date in figures first.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from reader.loaders._dates import parse_date

# A line that opens with a word of publishing or updating, in English and the languages of
# the saved pages (German "publiziert am", "veröffentlicht am", "aktualisiert am").
_LABEL = re.compile(
    r"^(?:(?:first|last|originally|date)\s+)?(?:published|posted|updated|modified"
    r"|publiziert|veröffentlicht|aktualisiert|erschienen|publié|mis à jour)\b",
    re.IGNORECASE)
# A date in the page's address with the month in letters ("/2019/nov/18/"), which htmldate,
# reading only "/2019/11/18/", passes over to take a date in the page's text instead.
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[a-z]{3,9})/(?P<day>\d{1,2})(?:/|$)",
                       re.IGNORECASE)
_MAX_LINE = 80  # a date line's length at most; a sentence of the story is longer
_SKIP = ("script", "style", "noscript", "template")


def date_search_options() -> dict[str, Any]:
    """htmldate's options for trafilatura: no search of the page's text for a date."""
    return {"original_date": True, "extensive_search": False,
            "max_date": dt.date.today().isoformat()}


def url_date(url: str | None) -> str | None:
    """The date the page's address gives with its month in letters, as YYYY-MM-DD: an address
    holds the date of first publication, as htmldate takes one in figures before all else."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    return parse_date(f"{match['day']} {match['month']} {match['year']}")


def own_date(tree: Any) -> str | None:
    """The date of the page's first short line that opens with a word of publishing or updating
    (the label and the date may stand in separate elements of the line), as YYYY-MM-DD."""
    if not hasattr(tree, "iter"):
        return None
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if not element.text or not _LABEL.match(element.text.strip()):
            continue
        for line_element in (element, element.getparent()):
            if line_element is None:
                break
            line = " ".join(line_element.text_content().split())
            if len(line) > _MAX_LINE:
                break
            found = _read(line) if _LABEL.match(line) else None
            if found:
                return found
    return None


def _read(line: str) -> str | None:
    """htmldate's reading of a date line: it knows the months of many languages."""
    from htmldate import find_date

    page = f'<html><body><p class="published">{html.escape(line)}</p></body></html>'
    found = find_date(page, **date_search_options())
    return found if isinstance(found, str) else None
