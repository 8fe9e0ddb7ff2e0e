"""HTML pages: trafilatura finds the article (no nav, adverts or comments); nothing is fetched."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.document import CELL_MARK, BlockKind, Document
from reader.errors import DocumentLoadError
from reader.loaders._blocks import Meta, Piece, build_document
from reader.loaders._dates import parse_date
from reader.loaders._htmldates import read_dates_in_english
from reader.loaders._htmllicense import skip_license_search
from reader.loaders._htmlowndate import date_search_options, own_date, url_date
from reader.loaders._meta import tool_author
from reader.loaders._text import decode, squash_spaces
from reader.settings import Settings

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Where a page title joins the headline and the site's name: "Headline - Site", "Site | Headline",
# "Site Name: Headline".
_SITE_JOIN = re.compile(r"\s+[-|–—:·]\s+|:\s+")
_HEADLINE_WORDS = 3  # what is left of a title once the site's name goes, at least
_COPYRIGHT = re.compile(r"^.{0,80}(?:©|\(c\)|\bcopyright\b|all rights reserved).{0,80}$",
                        re.IGNORECASE | re.DOTALL)
# Elements a browser hides: the hidden attribute, an inline display:none, and a card that pops
# up over a word, by the class names sites give it ("rollover-people-block", "tooltiptext"),
# inside the element it pops up from (whose own word or link stays).
_POP_UPS = ("rollover", "tooltip", "popover", "hovercard")
_CARDS = ("block", "card", "text", "content", "box", "body", "inner", "panel")
_HIDDEN = " | ".join(
    ["//*[@hidden]", "//*[contains(translate(@style, ' ', ''), 'display:none')]"]
    + [f"//*[contains(@class, '{w}') and contains(@class, '{c}')"
       f" and ancestor::*[contains(@class, '{w}')]]" for w in _POP_UPS for c in _CARDS])
# Blocks of links to other stories, by the class names sites give them ("pushdown-promo",
# "related-articles", "recirc-module"): their headlines are no part of the article.
_ELSEWHERE = ("promo", "related", "recirc", "trending", "most-popular", "outbrain", "taboola")
_LINK_BLOCKS = " | ".join(
    f"//*[(self::section or self::aside or self::div or self::ul) and contains(@class, '{w}')]"
    for w in _ELSEWHERE)
# A paragraph that is a label and another story's headline ("Related: The 15 Weirdest Galaxies",
# "Read more: Bridge to close") points elsewhere, inside the article's text.
_POINTER = re.compile(r"^(?:read more|related(?: stories| articles| coverage)?|see also"
                      r"|(?:also|read) (?:read|also)|more on this(?: story)?|recommended)\s*:\s*\S",
                      re.IGNORECASE)
_POINTER_WORDS = 20  # a headline's length at most, label included
# Such a block holding this share of the page's paragraph text or more is the article itself.
_MOST_OF_THE_TEXT = 0.2
# A short block that is page furniture wherever it stands: a marker where an advert or a
# gallery was, a prompt to read on or to sign up for a newsletter, a label of links to other
# stories left without its links ("Also:", "You may also like..."), a call for comments.
_FURNITURE = re.compile(
    r"^(?:advertisements?|story continues below\b.*|continue reading\b.*"
    r"|(?:subscribe|sign up)\b.{0,80}\bnewsletters?\b.*|.{0,80}\b(?:in|to) your inbox\b.*"
    r"|(?:also|read more|related(?: stories| articles| coverage)?|see also|recommended"
    r"|more on this(?: story)?|you (?:may|might) also (?:like|enjoy))\s*(?::|\.\.\.|…)?"
    r"|tell us what you think\b.*|comments?|leave a (?:comment|reply)\b.*)$",
    re.IGNORECASE)
_FURNITURE_CHARS = 160
_CLOSING = (")", "]")
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")
_MAX_AUTHOR_CHARS = 120
# What trafilatura keeps of a date line it read into the byline, cut off where the date's digits
# begin: its label or its month ("Detroit News wire services Published 11:11 PM", "Carrie Arnold
# November 15, 2019"). Months that are also names ("Theresa May") are left alone.
# Parts of trafilatura's author list ("Tom Krisher; AP Auto Writer", "Ilana Smith; MS; RDN",
# "Troy Smith; Cleveland com") that name nobody: a journalist's job title, letters after a name
# for a degree or licence, a site's address (trafilatura drops its dot).
_NO_NAME = re.compile(
    r"^(?:.*\b(?:writer|correspondent|editor|reporter|columnist|contributor)s?"
    r"|(?:ms|ma|msc|mba|mph|md|do|phd|rd|rdn|ld|ldn|rn|cpa|cfp|cde|jr|sr)\.?"
    r"|\S+[ .](?:com|org|net|co uk|co\.uk))$",
    re.IGNORECASE)
_DATE_LEFT_ON_AUTHOR = re.compile(
    r"(?:[\s,|·•—–-]+(?:published|updated|posted|first published|last updated|january|february"
    r"|july|september|october|november|december)\b\.?:?)+\s*$", re.IGNORECASE)
NO_ARTICLE = "has no article text (only links and page furniture, or not HTML)"
# Options chosen on the whole development set, never for one page.
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "favor_recall": False,
    "favor_precision": True,
}


def load(path: Path, data: bytes, settings: Settings) -> Document:
    """The main article of a saved page: its headings, paragraphs, quotes and list items."""
    page = decode(path, data, declared=_declared_charset(data))
    root, page_date = extract_tree(path, page)
    title = _without_site(_attr(root, "title"), _attr(root, "sitename"))
    published = url_date(_attr(root, "url")) or parse_date(_attr(root, "date") or "") or page_date
    meta = Meta(title, _author(root), published)
    main = root.find("main")
    pieces = _trim_tail([p for p in tree_pieces(main)
                         if not (_furniture(p.text) or _points_elsewhere(p))]) \
        if main is not None else []
    pieces = pieces[:1] + [p for p in pieces[1:] if not _repeats(p, title)]
    if not any(p.kind is not BlockKind.HEADING and p.text.strip() for p in pieces):
        raise DocumentLoadError(path, NO_ARTICLE)
    return build_document(pieces, meta, fmt="html", path=path)


def extract_tree(path: Path, page: str) -> tuple[Any, str | None]:
    """trafilatura's XML for the page, parsed, and the date of the page's own date line (read
    before trafilatura prunes the page); only the string is read, no URL is opened."""
    import trafilatura
    from lxml import etree

    read_dates_in_english()
    skip_license_search()
    try:
        with _quiet():
            shown = _shown(page)
            page_date = own_date(shown)
            xml = trafilatura.extract(shown, output_format="xml", with_metadata=True,
                                      date_extraction_params=date_search_options(),
                                      **EXTRACT_OPTIONS)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise DocumentLoadError(path, "is not valid HTML") from exc
    if not xml:
        raise DocumentLoadError(path, NO_ARTICLE)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(xml.encode("utf-8"), parser), page_date
    except etree.XMLSyntaxError as exc:
        raise DocumentLoadError(path, "is not valid HTML") from exc


def _shown(page: str) -> Any:
    """The page without what a browser never shows in its text: elements marked hidden and
    the cards that pop up over a name ("Kristi Noem" followed by its hover card "Kristi Lynn
    Noem ... South Dakota governor doubles down ..."); nor blocks of links to other stories
    (promotions, related and trending stories) that hold little of the page's paragraph text;
    the page string when it does not parse."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(page, parser=lxml.html.HTMLParser(
            no_network=True, remove_comments=True, huge_tree=True))
    except Exception:  # lxml raises many kinds on broken markup; trafilatura copes with it
        return page
    for element in tree.xpath(_HIDDEN):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()  # keeps the tail text that follows it
    _space_after_brackets(tree)
    whole = _paragraph_text(tree)
    for element in tree.xpath(_LINK_BLOCKS):
        if element.getparent() is not None and \
                _paragraph_text(element) < _MOST_OF_THE_TEXT * max(whole, 1):
            element.drop_tree()
    return tree


def _space_after_brackets(tree: Any) -> None:
    """A space after an element that ends in a closing bracket where the text runs on with no
    space: a dateline's "Hong Kong (CNN Business)" set apart by the page's style sheet, whose
    text would read "(CNN Business)A muddled view". Elsewhere an element's end joins the text
    that follows as it stands ("<b>Wash</b>ington")."""
    for element in tree.iter():
        tail = element.tail
        if tail and tail[0].isalnum() and _last_char(element) in _CLOSING:
            element.tail = " " + tail


def _last_char(element: Any) -> str:
    """The last character of the element's text (its children's included, its tail not)."""
    for child in reversed(element):
        if child.tail:
            return str(child.tail[-1])
        found = _last_char(child)
        if found:
            return found
    return str(element.text[-1]) if isinstance(element.text, str) and element.text else ""


def _paragraph_text(element: Any) -> int:
    """How many characters the paragraphs inside an element hold."""
    return sum(len(p.text_content()) for p in element.iter("p"))


def tree_pieces(element: Any, depth: int = 0) -> Iterator[Piece]:
    """Pieces from trafilatura's XML elements (head, p, list/item, quote, table/row/cell)."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            yield Piece(BlockKind.HEADING, _text(child), _level(child.get("rend", "")))
        elif tag == "list":
            yield from _items(child, depth + 1)
        elif tag == "quote":
            inner = list(tree_pieces(child, depth)) or [Piece(BlockKind.QUOTE, _text(child))]
            yield from (Piece(BlockKind.QUOTE, piece.text) for piece in inner)
        elif tag == "table":
            for row in child.iter("row"):
                cells = (_text(cell) for cell in row.iter("cell"))
                yield Piece(BlockKind.PARAGRAPH, CELL_MARK.join(c for c in cells if c))
        elif tag in ("p", "code"):
            yield Piece(BlockKind.PARAGRAPH, _text(child))
        elif tag and tag != "graphic":
            yield from tree_pieces(child, depth)


def _items(element: Any, depth: int) -> Iterator[Piece]:
    """A list's items; an ordered one's numbered from 1 (trafilatura keeps no start)."""
    ordered = element.get("rend") == "ol"
    for number, item in enumerate(element.iterchildren("item"), start=1):
        yield Piece(BlockKind.LIST_ITEM, _text(item, skip="list"), depth,
                    number if ordered else None)
        for nested in item.iterchildren("list"):
            yield from _items(nested, depth + 1)


def _furniture(text: str) -> bool:
    """Whether a block is page furniture: "Story continues below gallery", "Advertisement",
    "Subscribe to the Morning Review newsletter", "Get the latest updates right in your inbox."""
    text = text.strip()
    return len(text) <= _FURNITURE_CHARS and bool(_FURNITURE.match(text))


def _points_elsewhere(piece: Piece) -> bool:
    """Whether a paragraph is a link to another story: a label ('Related:', 'Read more:',
    'See also:') and a headline."""
    return piece.kind is BlockKind.PARAGRAPH and _POINTER.match(piece.text) is not None and \
        len(piece.text.split()) <= _POINTER_WORDS


def _repeats(piece: Piece, title: str | None) -> bool:
    """Whether a heading below the article's first block repeats its title (a page that sets
    the dateline's paragraph above the headline)."""
    return piece.kind is BlockKind.HEADING and title is not None and \
        piece.text.casefold().split() == title.casefold().split()


def _trim_tail(pieces: list[Piece]) -> list[Piece]:
    """The pieces less what trails the article: headings with nothing under them (links to
    other stories) and copyright lines."""
    while pieces and (pieces[-1].kind is BlockKind.HEADING or _COPYRIGHT.search(pieces[-1].text)):
        pieces.pop()
    return pieces


def _level(rend: str) -> int:
    """h1..h6 from trafilatura's rend attribute; a heading without one counts as h2."""
    digits = rend[1:]
    return int(digits) if digits.isdigit() else 2


def _text(element: Any, skip: str = "") -> str:
    """The element's text (less `skip` children), <lb/> as a line break, spaces squashed."""
    lines = (squash_spaces(line) for line in _raw_text(element, skip).split("\n"))
    return "\n".join(line for line in lines if line)


def _raw_text(element: Any, skip: str) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag == skip:
            parts.append(" ")
        elif isinstance(child.tag, str):
            parts.append(_raw_text(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _attr(root: Any, name: str) -> str | None:
    value = root.get(name)
    return squash_spaces(value) if value and value.strip() else None


def _without_site(title: str | None, site: str | None) -> str | None:
    """The page title less the site's name before or after it ("... - The Anti-Rust Review",
    "... | Harbour" for the site "Harbour News", "Harbour News | Daily news: ..."); a site's
    name of one word followed by a colon stays ("Harbour: dredging starts" may be the news)."""
    if not title or not site:
        return title
    joins = list(_SITE_JOIN.finditer(title))
    for join in joins:  # the longest tail that names the site
        before, after = title[:join.start()], title[join.end():]
        if _names_site(after, site) and len(before.split()) >= _HEADLINE_WORDS:
            return before
    for join in reversed(joins):  # the longest head that names the site
        before, after = title[:join.start()], title[join.end():]
        colon_after_word = join.group().strip() == ":" and len(site.split()) == 1
        if _names_site(before, site) and not colon_after_word and \
                len(after.split()) >= _HEADLINE_WORDS:
            return after
    return title


def _names_site(part: str, site: str) -> bool:
    """Whether part of a title is the site's name, its first words ("Harbour" of "Harbour
    News"), or its name written without spaces."""
    part, site = part.casefold().strip(), site.casefold()
    return part == site or site.startswith(part + " ") or \
        part.replace(" ", "") == site.replace(" ", "")


def _author(root: Any) -> str | None:
    """trafilatura's author, less what it kept of a date line after the names, the parts that
    name nobody (job titles, degrees, addresses) and names given again; none when it is too
    long to be a byline, is an address or a site's account ("Admin")."""
    author = _attr(root, "author")
    if not author or len(author) > _MAX_AUTHOR_CHARS or "://" in author or tool_author(author):
        return None
    author = _DATE_LEFT_ON_AUTHOR.sub("", author)
    parts = author.split("; ")
    names: list[str] = []
    for part in parts:
        again = _without_initials(part) in map(_without_initials, names)
        if not (_NO_NAME.match(part) or again):
            names.append(part)
    return "; ".join(names or parts) or None


def _without_initials(name: str) -> list[str]:
    """A name's words less its initials: "Troy L Smith" is "Troy Smith" named again."""
    return [w for w in name.casefold().replace(".", " ").split() if len(w) > 1]


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence the extraction libraries' own logging: their failures are reported as ours."""
    loggers = [logging.getLogger(name) for name in _QUIET_LOGGERS]
    saved = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, saved, strict=True):
            logger.setLevel(level)
