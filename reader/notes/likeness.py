"""How alike two versions of a document are, from a small sketch of each kept with its notes.

A file that was both moved and edited has neither its old path nor its old fingerprint; its
notes are found by what it still says. The sketch is a bottom-k MinHash: the k smallest hashes
of the text's runs of five words, so that the share of sketch entries two texts have in common
estimates the share of word runs they have in common (their Jaccard similarity).
"""

from __future__ import annotations

import re
import zlib

SKETCH_SIZE = 128
_RUN = 5  # words per run
_WORD = re.compile(r"\w+")
# Enough of a text to know it by, and little enough to sketch in a few milliseconds.
_SKETCHED = 100_000
# Texts this alike are one document edited: a new paragraph, a corrected figure, a changed
# sentence or two. Two different articles on one story share well under a tenth of their runs.
SAME_DOCUMENT = 0.5


def sketch(text: str) -> str:
    """The text's sketch, as the space-separated hexadecimal hashes kept in the database."""
    words = [w.lower() for w in _WORD.findall(text, 0, _SKETCHED)]
    runs = {" ".join(words[i : i + _RUN]) for i in range(max(len(words) - _RUN + 1, 1))}
    hashes = sorted({zlib.crc32(run.encode("utf-8")) for run in runs if run})
    return " ".join(f"{h:08x}" for h in hashes[:SKETCH_SIZE])


def likeness(a: str, b: str) -> float:
    """The estimated share of word runs two sketched texts have in common, from 0 to 1."""
    first, second = set(a.split()), set(b.split())
    if not first or not second:
        return 0.0
    union = sorted(first | second, key=lambda h: int(h, 16))[:SKETCH_SIZE]
    return sum(h in first and h in second for h in union) / len(union)
