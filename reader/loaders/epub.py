"""EPUB: container.xml to the OPF package, its spine in order, each chapter's XHTML as blocks."""

from __future__ import annotations

import logging
import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from reader.document import BlockKind, Document
from reader.errors import DocumentLoadError
from reader.loaders._blocks import Meta, Piece, build_document
from reader.loaders._dates import parse_date
from reader.loaders._meta import byline_names
from reader.loaders._xhtml import html_pieces, parse_html
from reader.loaders._zip import SafeZip
from reader.settings import Settings

log = logging.getLogger(__name__)

CONTAINER = "META-INF/container.xml"
_HTML_TYPES = frozenset(("application/xhtml+xml", "text/html"))


def load(path: Path, data: bytes, settings: Settings) -> Document:
    """The book's chapters in spine order; title, author and date from the OPF metadata."""
    archive = SafeZip(path, data, settings, kind="EPUB")
    if not archive.has(CONTAINER):
        raise DocumentLoadError(path, f"is not a valid EPUB ({CONTAINER} is missing)")
    opf_path = _rootfile(path, archive)
    package = _xml(path, archive.read(opf_path))
    labels = _toc_labels(path, archive, package, opf_path)
    pieces: list[Piece] = []
    for href in spine(package):
        member = _resolve(opf_path, href)
        if not archive.has(member):
            log.info("%s: spine item %s is missing; skipped", path, member)
            continue
        chapter = html_pieces(parse_html(archive.read(member)))
        if chapter and chapter[0].kind is not BlockKind.HEADING and member in labels:
            chapter.insert(0, Piece(BlockKind.HEADING, labels[member], 1))
        pieces.extend(chapter)
    return build_document(pieces, _metadata(package), fmt="epub", path=path,
                          heading_title=False)


def _rootfile(path: Path, archive: SafeZip) -> str:
    container = _xml(path, archive.read(CONTAINER))
    for element in container.iter("{*}rootfile"):
        full_path = element.get("full-path")
        if full_path and archive.has(full_path):
            return str(full_path)
    raise DocumentLoadError(path, "is not a valid EPUB (no package document found)")


def spine(package: Any) -> list[str]:
    """The hrefs of the spine's (X)HTML items, in reading order."""
    items = {
        item.get("id"): item
        for item in package.iter("{*}item")
        if item.get("media-type") in _HTML_TYPES and item.get("href")
    }
    hrefs = []
    for ref in package.iter("{*}itemref"):
        item = items.get(ref.get("idref"))
        if item is not None and ref.get("linear", "yes") != "no":
            hrefs.append(str(item.get("href")))
    return hrefs


def _resolve(base: str, href: str) -> str:
    """A member path from an href relative to the member `base`, without its #fragment."""
    target = unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))


def _toc_labels(path: Path, archive: SafeZip, package: Any, opf_path: str) -> dict[str, str]:
    """Chapter member -> its title in the table of contents (EPUB 3 nav or EPUB 2 NCX)."""
    labels: dict[str, str] = {}
    for item in package.iter("{*}item"):
        href = item.get("href")
        toc = _resolve(opf_path, href) if href else ""
        if not toc or not archive.has(toc):
            continue
        if "nav" in (item.get("properties") or "").split():
            links = _nav_links(archive.read(toc))
        elif item.get("media-type") == "application/x-dtbncx+xml":
            links = _ncx_links(_xml(path, archive.read(toc)))
        else:
            continue
        for link, label in links:
            label = " ".join(label.split())
            if link and label:
                labels.setdefault(_resolve(toc, link), label)
    return labels


def _nav_links(data: bytes) -> list[tuple[str | None, str]]:
    return [(a.get("href"), a.text_content()) for a in parse_html(data).iter("a")]


def _ncx_links(ncx: Any) -> list[tuple[str | None, str]]:
    links = []
    for point in ncx.iter("{*}navPoint"):
        content, label = point.find("{*}content"), point.find("{*}navLabel")
        if content is not None and label is not None:
            links.append((content.get("src"), "".join(label.itertext())))
    return links


def _metadata(package: Any) -> Meta:
    def first(name: str) -> str | None:
        for element in package.iter(f"{{http://purl.org/dc/elements/1.1/}}{name}"):
            text = " ".join("".join(element.itertext()).split())
            if text:
                return text
        return None

    creator = first("creator")  # a book's creator is its author, even a one-word name
    return Meta(first("title"), published=parse_date(first("date") or ""),
                author=byline_names(f"By {creator}") if creator else None)


def _xml(path: Path, data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentLoadError(path, "is not a valid EPUB (damaged package XML)") from exc
