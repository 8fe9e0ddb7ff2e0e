"""A peer's title, "Duke of X", "Countess of Y": one person's name, not a person and a place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# Ranks of the peerage written before "of" and the place of the title: "the Earl of Wessex".
# ("Prince of ..." names games and films as often: "Prince of Persia".)
NOBLE_RANKS = frozenset({"Duke", "Duchess", "Marquess", "Marchioness", "Earl", "Countess",
                         "Viscount", "Viscountess", "Baron", "Baroness"})
# Styles written before a royal peer's title, no part of the name: "HRH the Duchess of X".
_STYLES = frozenset({"HRH", "The", "the"})


def with_noble_title(ent: Span) -> Span:
    """ "the Duchess of Wexbury", of which the model took "Wexbury" for a place or "HRH Duchess
    of Wexbury" for a body: one or two capitalised words right after a rank of the peerage and
    "of" are the title of the person holding it, a name with the rank and "of" ("Earl Ray", no
    "of", is a first name; "Duke of Wexbury's Award" goes on, a prize's name)."""
    doc = ent.doc
    start = _rank_inside(ent)
    if start is None and ent.start >= 2 and doc[ent.start - 1].text == "of" \
            and doc[ent.start - 2].text in NOBLE_RANKS:
        start = ent.start - 2
    if start is None or ent.end - start > 4 \
            or not all(t.text[:1].isupper() for t in doc[start + 2 : ent.end]):
        return ent
    from spacy.tokens import Span  # spaCy stays out of importing this module's word lists

    return Span(doc, start, ent.end, label="PERSON")


def _rank_inside(ent: Span) -> int | None:
    """Where a rank and "of" open the model's span, after a style ("HRH Duchess of X")."""
    doc = ent.doc
    for i in range(ent.start, ent.end - 2):
        if doc[i].text in NOBLE_RANKS and doc[i + 1].text == "of":
            return i
        if doc[i].text not in _STYLES:
            return None
    return None
