"""A budget for what a PDF's compressed streams inflate to, checked before pdfium reads them.

pdfium inflates a page's content streams whole when it reads the page: a PDF of 3 MB whose one
page holds a stream inflating to 800 MB took two minutes and 10 GB of memory. A stream cannot sit
inside another object (PDF 32000-1, 7.3.8), so every stream is found by its keywords in the raw
file. Each Flate stream that text extraction would read is inflated here chunk by chunk, in a
budget shared by the whole file (images and attached files are never decoded for the text,
so they are not counted); a chain of Flate filters is inflated layer by layer.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from reader.errors import DocumentTooLargeError
from reader.settings import MB

_CHUNK = 1024 * 1024
# "<< ... >>" then "stream" and its end of line; the dictionary is searched back to "obj".
_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"\bobj\b")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)\b")
_NOT_READ = re.compile(rb"/Subtype\s*/Image\b|/Type\s*/EmbeddedFile\b")  # images, attachments
_DICT_REACH = 4096  # how far back from "stream" a stream's dictionary may start


def check_inflation(path: Path, data: bytes, budget: int) -> None:
    """Raise DocumentTooLargeError if the Flate streams pdfium would read inflate past budget.

    A damaged stream is left to pdfium, which knows how to recover or refuse it.
    """
    left = budget
    for header, body in _streams(data):
        if _NOT_READ.search(header):
            continue
        layers = len(_FLATE.findall(header))
        for layer in range(layers):
            body, left = _inflate(body, left, keep=layer + 1 < layers)
            if left < 0:
                raise DocumentTooLargeError(
                    path, f"inflates past the {budget / MB:g} MB limit (PDF bomb?)"
                )
            if layer + 1 < layers and not body:
                break


def _streams(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(dictionary, raw bytes) of each stream, the bytes up to its "endstream"."""
    at = 0
    while match := _STREAM.search(data, at):
        start = match.end()
        keyword = match.start()
        end = data.find(b"endstream", start)
        if end < 0:
            return
        at = end + len(b"endstream")
        if data[keyword - 3 : keyword] == b"end":  # not "endstream" itself
            continue
        reach = data[max(0, keyword - _DICT_REACH) : keyword]
        opened = [found.end() for found in _OBJ.finditer(reach)]
        yield reach[opened[-1] if opened else 0 :], data[start:end]


def _inflate(body: bytes, left: int, *, keep: bool) -> tuple[bytes, int]:
    """body inflated (if keep, for the next filter), and what is left of the budget (below 0
    once it is spent)."""
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = body
    try:
        while not inflater.eof:
            chunk = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            if not chunk and not pending:
                break
            left -= len(chunk)
            if left < 0:
                return b"", left
            if keep:
                out += chunk
    except zlib.error:
        return bytes(out), left
    return bytes(out), left
