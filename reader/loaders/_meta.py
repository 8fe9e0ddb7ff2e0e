"""Metadata lines at the head of an article: the title line, the byline and the date line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.loaders._dates import date_line

_BY = re.compile(r"^(?:written\s+by|words\s+by|by)[:\s]\s*(?P<names>\S.*)$", re.IGNORECASE)
_DATE_BY = re.compile(r"^(?P<date>.*?\d.*?)\s+by\s+(?P<names>\S.*)$")
_SEPARATORS = re.compile(r"\s+[|·•—–]\s+|\s+-\s+")
_CONNECTORS = frozenset((
    "and", "&", "de", "del", "della", "di", "da", "van", "von", "der", "den", "la", "le", "du",
    "dos", "bin", "ibn", "al", "el", "of", "the", "for", "in", "with", "at", "staff", "writer",
    "reporter", "correspondent", "editor",
))
_CLOSING = tuple(".,;:")
# Authors that tools and accounts write into file properties and a site's pages, not people
# who wrote an article ("Admin", a site's "Jdadmin" account).
_TOOL_AUTHORS = re.compile(
    r"python-docx|reportlab|^(?:windows|microsoft office|office|mac|apple)?\s*user$"
    r"|^admin|^\w*admin(?:istrator)?$|^webmaster$|^author$|^unknown$|^owner$",
    re.IGNORECASE,
)
_MAX_TITLE_CHARS = 160
_MAX_TITLE_WORDS = 25
_MAX_BYLINE_WORDS = 12
# Words a title-cased headline leaves in lower case: articles, short prepositions, conjunctions.
_SMALL_WORDS = frozenset((
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "to", "in", "on",
    "at", "by", "with", "from", "as", "into", "onto", "upon", "via", "vs", "per", "over", "off",
    "up", "out", "than", "if", "de", "von", "van", "al", "el", "la", "le",
))
_WORD_EDGES = "\"'“”‘’«»()[]{}.,;:!?—–-…*"
_MIN_TITLE_WORDS = 3


@dataclass(frozen=True, slots=True)
class MetaLine:
    """What a metadata line says: a byline's names, a date, or both."""

    byline: str | None = None
    published: str | None = None


def meta_line(line: str) -> MetaLine | None:
    """The byline and/or date a line gives, when the whole line is metadata."""
    byline: str | None = None
    published: str | None = None
    for part in _SEPARATORS.split(line.strip()):
        names = byline_names(part)
        iso = None if names else date_line(part)
        if names:
            names, iso = _names_and_date(names)
            published = published or iso
        elif iso is None:
            iso, names = _date_by_names(part)
            published = published or iso
        if names and byline is None:
            byline = names
        elif iso and published is None:
            published = iso
        else:
            return None
    return MetaLine(byline, published) if byline or published else None


def _names_and_date(names: str) -> tuple[str, str | None]:
    """A byline's names less a date after a comma ("Ana Ruiz, Nov. 19, 2019"), and that date."""
    for comma in (i for i, ch in enumerate(names) if ch == ","):
        iso = date_line(names[comma + 1:].strip())
        if iso and names[:comma].strip():
            return names[:comma].strip(), iso
    return names, None


def _date_by_names(part: str) -> tuple[str | None, str | None]:
    """The date and names of a date line that runs on into a byline ("5:45 AM PST 11/19/2019
    by Ana Ruiz"), or (None, None)."""
    match = _DATE_BY.match(part)
    iso = date_line(match.group("date")) if match else None
    names = byline_names(f"By {match.group('names')}") if match and iso else None
    return (iso, names) if names else (None, None)


def byline_names(line: str) -> str | None:
    """The names of a "By ..." line, when they look like names ("By Ana Ruiz and Tom Lee")."""
    match = _BY.match(line.strip())
    if not match:
        return None
    names = match.group("names").strip().rstrip(",")
    words = re.findall(r"[^\W\d_][\w'’.-]*", names)
    if not words or len(words) > _MAX_BYLINE_WORDS or names.endswith("."):
        return None
    if not words[0][0].isupper():
        return None
    if all(w[0].isupper() or w.lower() in _CONNECTORS for w in words):
        return names
    return None


def is_title_line(line: str) -> bool:
    """A short line with letters and no closing punctuation, that is not a byline or a date. A
    full stop may close a headline in title case ("Voters Abandon the Party for the Senator.",
    as some sites and corpora print them), never a sentence-case line, a one-line lede ("Time
    is not on the mayor's side.")."""
    line = line.strip()
    if not line or len(line) > _MAX_TITLE_CHARS or "\n" in line:
        return False
    if len(line.split()) > _MAX_TITLE_WORDS:
        return False
    if line.endswith(_CLOSING) and not (line.endswith(".") and title_cased(line)):
        return False
    if not any(ch.isalpha() for ch in line):
        return False
    return meta_line(line) is None


def title_cased(line: str) -> bool:
    """Whether every word of a line but its small ones (of, the, for ...) begins with a capital
    or a figure, as a headline's words do, and there are at least _MIN_TITLE_WORDS of them."""
    words = [w.strip(_WORD_EDGES) for w in line.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    major = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(major) < _MIN_TITLE_WORDS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or (w[:1].islower() and w[1:2].isupper())
               for w in major)


def tool_author(author: str) -> bool:
    """Whether an author is a tool's or an account's name ("Admin", "Microsoft Office User")."""
    return _TOOL_AUTHORS.search(author.strip()) is not None


def plausible_author(author: str | None) -> str | None:
    """A file's author property when it reads like a person's name, not a tool's or account's."""
    if not author or tool_author(author) or len(author.split()) < 2:
        return None
    return byline_names(f"By {author}")
