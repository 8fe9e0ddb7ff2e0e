"""A tiny PDF writer for tests: pages of placed Helvetica lines, optional info and encryption."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

Line = tuple[float, float, str] | tuple[float, float, str, float]  # x, y (up), text[, size]
PAGE_SIZE = (612, 792)


def make_pdf(pages: Sequence[Sequence[Line]], *, info: dict[str, str] | None = None,
             encrypted: bool = False, font_size: float = 11, flate: bool = False,
             padding: int = 0, scale: float = 1) -> bytes:
    """A PDF whose pages show the given lines; encrypted=True adds a user password; flate=True
    compresses each page's content, after `padding` spaces added to it; scale < 1 sets the type
    in a size 1/scale times bigger, shrunk back by the text matrix (as Qt's QPdfWriter does)."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")  # 3
    kids = []
    for lines in pages:
        stream = _content(lines, font_size, scale)
        entries = b""
        if flate:
            stream, entries = _deflate(stream, padding), b" /Filter /FlateDecode"
        objects.append(b"<< /Length %d%s >>\nstream\n%s\nendstream"
                       % (len(stream), entries, stream))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (*PAGE_SIZE, len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    file_id = b"<0123456789abcdef0123456789abcdef>"
    trailer = b"/Root 1 0 R /ID [%s %s]" % (file_id, file_id)
    if info:
        entries = b" ".join(b"/%s (%s)" % (k.encode(), _escape(v)) for k, v in info.items())
        objects.append(b"<< %s >>" % entries)
        trailer += b" /Info %d 0 R" % len(objects)
    if encrypted:
        # A standard security handler whose check fails for the empty password: pdfium asks for one.
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <%s> /U <%s> >>"
                       % (b"ab" * 32, b"cd" * 32))
        trailer += b" /Encrypt %d 0 R" % len(objects)
    return _assemble(objects, trailer)


def _content(lines: Sequence[Line], font_size: float, scale: float) -> bytes:
    ops = [b"BT"]
    for x, y, text, *size in lines:
        ops.append(b"/F1 %g Tf %g 0 0 %g %g %g Tm (%s) Tj"
                   % ((size[0] if size else font_size) / scale, scale, scale, x, y, _escape(text)))
    ops.append(b"ET")
    return b"\n".join(ops)


def _deflate(stream: bytes, padding: int) -> bytes:
    """stream and `padding` spaces, compressed a megabyte at a time (no big buffer in memory)."""
    packer = zlib.compressobj(1)
    out = bytearray(packer.compress(stream + b"\n"))
    blank = bytes(b" " * min(padding, 1 << 20))
    while padding > 0:
        out += packer.compress(blank[:padding])
        padding -= len(blank)
    return bytes(out + packer.flush())


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _assemble(objects: list[bytes], trailer: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    size = len(objects) + 1
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer, xref)
    return bytes(out)


def text_page(paragraphs: Sequence[Sequence[str]], *, top: float = 700, leading: float = 14,
              header: str | None = None, footer: str | None = None) -> list[Line]:
    """Lines for one page: paragraphs of lines, a blank line between paragraphs."""
    lines: list[Line] = []
    if header:
        lines.append((72, 750, header))
    y = top
    for paragraph in paragraphs:
        for text in paragraph:
            lines.append((72, y, text))
            y -= leading
        y -= leading
    if footer:
        lines.append((300, 40, footer))
    return lines
