"""The dateline that opens a news story: a place in capitals or opening its paragraph, the dash
after it, and the name the parse hung on it past the dash."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"--", "—", "–", "-"})


def dateline_dash(token: Token) -> Token | None:
    """The dash that ends a dateline opening at token: "WASHINGTON --", "HANOI, Vietnam (AP) —",
    a place in capitals, or a place's name opening its paragraph ("New York, NY –"), with the
    country and the agency between it and the dash."""
    doc = token.doc
    capitals = token.text.isupper()
    if token.i + 1 >= len(doc) or not (capitals or token.ent_type_ in ("GPE", "LOC")):
        return None  # neither in capitals nor a place: most words stop here
    first = token  # the first word of a place's name ("New" of "New York")
    while first.i > 0 and first.ent_iob_ == "I":
        first = doc[first.i - 1]
    opens = first.i == 0 or "\n" in doc[first.i - 1].text
    # a place in capitals, or a place's name opening a paragraph ("New York, NY – With ...")
    if not (capitals or opens):
        return None
    if doc[token.i + 1].text in DASHES:
        return doc[token.i + 1]
    for after in doc[token.i + 1 : token.i + 8]:
        if after.text in DASHES:
            return after if opens else None
        if not (after.is_punct or after.pos_ == "PROPN"):
            return None
    return None


def named_past(dateline: Token, dash: Token) -> Token | None:
    """ "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused": the name
    the parse hung on a dateline it took for a subject, past the dash (not the country before
    it); None when nothing stands there."""
    return next((c for c in dateline.children if c.dep_ == "appos" and c.i > dash.i), None)


def story_dash(token: Token) -> Token | None:
    """The dash of a dateline opening at token when a sentence starts past it in capitals
    ("LONDON (AP) — Britain's ..."), not a name set off by a dash ("Tommy — who retired")."""
    dash = dateline_dash(token)
    after = token.doc[dash.i + 1] if dash is not None and dash.i + 1 < len(token.doc) else None
    return dash if after is not None and after.text[:1].isupper() else None
