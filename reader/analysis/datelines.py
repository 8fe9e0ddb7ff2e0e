"""The dateline that opens a news story: a place in capitals, the dash after it."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"--", "—", "–", "-"})


def dateline_dash(token: Token) -> Token | None:
    """The dash that ends a dateline opening at token: "WASHINGTON --", "HANOI, Vietnam (AP) —",
    a place in capitals, or a place's name opening its paragraph ("New York, NY –"), with the
    country and the agency between it and the dash."""
    doc = token.doc
    first = token  # the first word of a place's name ("New" of "New York")
    while first.i > 0 and first.ent_iob_ == "I":
        first = doc[first.i - 1]
    opens = first.i == 0 or "\n" in doc[first.i - 1].text
    # a place in capitals, or a place's name opening a paragraph ("New York, NY – With ...")
    if not (token.text.isupper() or (opens and token.ent_type_ in ("GPE", "LOC"))) \
            or token.i + 1 >= len(doc):
        return None
    if doc[token.i + 1].text in DASHES:
        return doc[token.i + 1]
    for after in doc[token.i + 1 : token.i + 8]:
        if after.text in DASHES:
            return after if opens else None
        if not (after.is_punct or after.pos_ == "PROPN"):
            return None
    return None
