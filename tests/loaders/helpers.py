"""Test helpers for loaders: block invariants, and small EPUB and zip builders."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

from reader.document import BlockKind, Document

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="{opf}" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def assert_well_formed(document: Document) -> None:
    """Blocks lie inside the text, in order, never overlap, and hold trimmed, non-empty text."""
    assert document.blocks, "no blocks"
    end = 0
    for block in document.blocks:
        assert block.span.start >= end, f"{block} overlaps or is out of order"
        assert block.span.end <= len(document.text)
        text = block.span.of(document.text)
        assert text, f"{block} is empty"
        assert text == text.strip(), f"{block} is untrimmed: {text!r}"
        end = block.span.end
    assert len(document.sha256) == 64


def kinds(document: Document) -> list[tuple[BlockKind, str]]:
    return [(block.kind, block.span.of(document.text)) for block in document.blocks]


def texts_of(document: Document, kind: BlockKind) -> list[str]:
    return [block.span.of(document.text) for block in document.blocks if block.kind is kind]


def xhtml(body: str, title: str = "Chapter") -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>{title}</title></head><body>{body}</body></html>")


def make_epub(path: Path, chapters: Sequence[tuple[str, str]], *,
              spine: Sequence[str] | None = None, metadata: str = "",
              opf_path: str = "OEBPS/content.opf", linear_no: Sequence[str] = (),
              toc: dict[str, str] | None = None, ncx: bool = False) -> Path:
    """An EPUB whose chapters are (file name, XHTML body); spine lists file names in order;
    toc maps file names to their titles in a nav document (or an NCX, if ncx)."""
    folder = opf_path.rpartition("/")[0]
    manifest = "".join(f'<item id="i{n}" href="{name}" media-type="application/xhtml+xml"/>'
                       for n, (name, _) in enumerate(chapters))
    extra = {}
    if toc and ncx:
        points = "".join(f'<navPoint><navLabel><text>{label}</text></navLabel>'
                         f'<content src="{name}#start"/></navPoint>' for name, label in toc.items())
        extra["toc.ncx"] = (f'<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>{points}'
                            "</navMap></ncx>")
        manifest += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    elif toc:
        links = "".join(f'<li><a href="{name}">{label}</a></li>' for name, label in toc.items())
        extra["nav.xhtml"] = xhtml(f"<nav><ol>{links}</ol></nav>")
        manifest += ('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                     'properties="nav"/>')
    ids = {name: f"i{n}" for n, (name, _) in enumerate(chapters)}
    refs = "".join(
        f'<itemref idref="{ids[name]}" linear="{"no" if name in linear_no else "yes"}"/>'
        for name in (spine or [name for name, _ in chapters])
    )
    opf = ('<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
           'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"{metadata}</metadata><manifest>{manifest}</manifest><spine>{refs}</spine></package>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", CONTAINER.format(opf=opf_path))
        archive.writestr(opf_path, opf)
        for name, body in chapters:
            member = f"{folder}/{name}" if folder else name
            archive.writestr(member.replace("%20", " "), xhtml(body))
        for name, text in extra.items():
            archive.writestr(f"{folder}/{name}" if folder else name, text)
    return path


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path
