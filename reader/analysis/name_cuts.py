"""Names the model ran over a verb or a player's position: "Garrett hit Rudolph", "Browns DL X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.person_words import PARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Span

# Labels of names that never hold a verb in lower case (a title of a work may: "Where the
# Crawdads sing" is left alone).
_PLAIN_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Players' positions written before their names in sports reports ("Browns DL Sheldon
# Richardson", "Jets QB Sam Darnold", "Yankees LHP Nestor Cortes").
POSITIONS = frozenset({"QB", "RB", "WR", "TE", "OL", "DL", "LB", "CB", "DB", "DE", "DT", "OT",
                       "OG", "FB", "LT", "RT", "LG", "RG", "ILB", "OLB", "EDGE", "PG", "SG",
                       "SF", "PF", "LHP", "RHP", "SP", "RP", "GK", "1B", "2B", "3B"})


def cut_names(ent: Span) -> tuple[Span, ...]:
    """The names a model's entity holds once cut at a position and at a verb."""
    return tuple(piece for part in position_split(ent) for piece in verb_split(part))


def verb_split(ent: Span) -> tuple[Span, ...]:
    """ "before Garrett hit Rudolph in the head": a finite verb in lower case inside a name is
    none of it; the names stand on either side of it, each with the model's label (the
    document's other mentions of each then decide its type)."""
    if ent.label_ not in _PLAIN_NAMES or len(ent) < 3:
        return (ent,)  # a verb inside a name has a word of it on either side
    cuts = [t.i for t in ent[1:-1] if t.is_lower and t.tag_ in _FINITE
            and t.lower_ not in PARTICLES]  # "Ana Carolina dos Santos", "Maria do Carmo"
    if not cuts:
        return (ent,)
    doc = ent.doc
    bounds = zip([ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end], strict=True)
    return tuple(_labelled(doc[start:end], ent.label_) for start, end in bounds
                 if any(t.is_title or t.is_upper for t in doc[start:end]))


def position_split(ent: Span) -> tuple[Span, ...]:
    """ "Browns DL Sheldon Richardson": a player's position between a team and a person's name
    ends the team; the person is the name after it. The team is an organisation (a team is no
    person), also where the model made "Browns DL" a name of its own."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return (ent,)
    doc = ent.doc
    if ent[-1].text in POSITIONS:  # "Browns DL" with the name the model took apart
        return (_labelled(doc[ent.start : ent.end - 1], "ORG"),)
    at = next((t.i for t in ent[1:-1] if t.text in POSITIONS), None)
    if at is None or ent.end - at < 3:  # a person after it has a first name and a surname
        return (ent,)
    return (_labelled(doc[ent.start : at], "ORG"), _labelled(doc[at + 1 : ent.end], "PERSON"))


def _labelled(span: Span, label: str) -> Span:
    from spacy.tokens import Span as SpanType

    return SpanType(span.doc, span.start, span.end, label=label)
