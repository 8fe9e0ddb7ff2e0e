"""The dateline that opens a news story: a place in capitals, the dash after it."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"--", "—", "–", "-"})


def dateline_dash(token: Token) -> Token | None:
    """The dash that ends a dateline opening at token: "WASHINGTON --", "HANOI, Vietnam (AP) —",
    a place in capitals, with the country and the agency between it and the dash."""
    doc = token.doc
    if not token.text.isupper() or token.i + 1 >= len(doc):
        return None
    if doc[token.i + 1].text in DASHES:
        return doc[token.i + 1]
    opens = token.i == 0 or "\n" in doc[token.i - 1].text
    for after in doc[token.i + 1 : token.i + 8]:
        if after.text in DASHES:
            return after if opens else None
        if not (after.is_punct or after.pos_ == "PROPN"):
            return None
    return None
