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

    A stream's data is inflated from its "stream" keyword until the compressed data ends, not
    up to the first "endstream" after it: those bytes may lie inside the compressed data, or
    be missing, to hide a bomb. A damaged stream is left to pdfium, which knows how to recover
    or refuse it.
    """
    left = budget
    at = 0
    while match := _STREAM.search(data, at):
        keyword, at = match.start(), match.end()
        if data[keyword - 3 : keyword] == b"end":
            continue  # the end of a stream, not the start of one
        reach = data[max(0, keyword - _DICT_REACH) : keyword]
        opened = [found.end() for found in _OBJ.finditer(reach)]
        header = reach[opened[-1] if opened else 0 :]
        if _NOT_READ.search(header):
            continue
        layers = len(_FLATE.findall(header))
        source, start = data, at
        for layer in range(layers):
            source, left = _inflate(source, start, left, keep=layer + 1 < layers)
            start = 0
            if left < 0:
                raise DocumentTooLargeError(
                    path, f"inflates past the {budget / MB:g} MB limit (PDF bomb?)"
                )
            if layer + 1 < layers and not source:
                break


def _inflate(source: bytes, start: int, left: int, *, keep: bool) -> tuple[bytes, int]:
    """The deflate data at source[start:] inflated, up to its end (if keep, for the next
    filter), and what is left of the budget (below 0 once it is spent); read and inflated a
    chunk at a time."""
    inflater = zlib.decompressobj()
    out = bytearray()
    try:
        for at in range(start, len(source), _CHUNK):
            pending = source[at : at + _CHUNK]
            while True:
                chunk = inflater.decompress(pending, _CHUNK)
                pending = inflater.unconsumed_tail
                left -= len(chunk)
                if left < 0:
                    return b"", left
                if keep:
                    out += chunk
                if inflater.eof or not (chunk or pending):
                    break
            if inflater.eof:
                break
    except zlib.error:
        pass
    return bytes(out), left
