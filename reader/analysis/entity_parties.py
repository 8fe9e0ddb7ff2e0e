"""Parties named by an adjective and "Democrats": "Liberal Democrats", "Lib Dems"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.person_words import POSSESSIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Adjectives that name a party of their own before "Democrat(s)"; "Lib" is "Liberal" cut short,
# before "Dem(s)" too.
PARTY_ADJECTIVES = frozenset({"liberal", "social", "christian", "free", "lib"})
# Parties named by one word that is nobody's name: the model may take "Labour" of a headline
# ("Labour in council race row") for a person.
PARTY_NAMES = frozenset({"Labour", "UKIP", "SNP", "DUP", "Likud", "Fidesz", "Syriza", "Podemos"})
_MEMBERS = frozenset({"democrat", "democrats"})
_SHORT_MEMBERS = frozenset({"dem", "dems"})


def with_party_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with a party named by a capitalised adjective and "Democrat(s)" made one
    name: the model gives "Liberal" of "the Liberal Democrat leader" a body of its own and
    "Democrat" a group, or "the Lib Dems" a person. A name the model ran on around both words
    ("Liberal Democrat Party") is left as it is; the capitalised words of one that ends inside
    them open the party's name ("Welsh Liberal" of "Welsh Liberal Democrat leaders", a branch
    of the party), and one that opens inside them is cut after them."""
    from spacy.attrs import LOWER  # spaCy stays out of importing this module's word lists

    lowers = doc.to_array(LOWER).tolist()  # read as a column: most Docs hold no such word
    keys = {doc.vocab.strings[word] for word in PARTY_ADJECTIVES}
    for i in (i for i in range(1, len(doc)) if lowers[i - 1] in keys):
        span = _party(doc, i)
        if span is None or any(_runs_on(e, span) for e in ents):
            continue
        span = _with_words_before(span, ents)
        ents = sorted([*_outside(ents, span), span], key=lambda e: e.start)
    return ents


def _with_words_before(span: Span, ents: list[Span]) -> Span:
    from spacy.tokens import Span  # spaCy stays out of importing this module's word lists

    doc = span.doc
    for ent in ents:
        if ent.start < span.start < ent.end <= span.end \
                and all(t.is_title for t in doc[ent.start : span.start]):
            return Span(doc, ent.start, span.end, label=span.label_)
    return span


def _party(doc: Doc, i: int) -> Span | None:
    from spacy.tokens import Span  # spaCy stays out of importing this module's word lists

    word, adjective = doc[i], doc[i - 1]
    if not (word.is_title and adjective.is_title and adjective.whitespace_) \
            or adjective.lower_ not in PARTY_ADJECTIVES:
        return None
    if word.lower_ in _MEMBERS or (word.lower_ in _SHORT_MEMBERS and adjective.lower_ == "lib"):
        return Span(doc, i - 1, i + 1, label="NORP")
    return None


def _runs_on(ent: Span, span: Span) -> bool:
    """Whether an entity holds the party's words and more of a name than "the" before them or
    a possessive after ("Liberal Democrat Party", not "the Lib Dems")."""
    doc = ent.doc
    if ent.start > span.start or ent.end < span.end:
        return False
    return any(t.lower_ != "the" for t in doc[ent.start : span.start]) \
        or any(t.text not in POSSESSIVES for t in doc[span.end : ent.end])


# A party's other one-word names, for its members or its nickname, and the adjective it is
# named by: "Conservatives", "Tories" and "Conservative" of "a Conservative spokeswoman" are
# the Conservative Party; "Republicans" and "GOP", "Democrats" likewise.
_PARTY_FORMS = {"conservatives": "conservative", "tory": "conservative", "tories": "conservative",
                "republicans": "republican", "gop": "republican", "democrats": "democratic",
                "democrat": "democratic"}


def party_adjective(name: str) -> bool:
    """ "Democratic", "Republican": the adjective a party is named by, a poor name for the
    party's entity beside "Democrats" or "Republicans" ("Democratic said" reads wrong)."""
    return name.casefold() in _PARTY_FORMS.values()


def party_form(parts: list[str]) -> list[str]:
    """ "Tories" and "Conservatives" are (conservative,), "Democrat Party" is (democratic,
    party): the one name a party is matched by, whichever of its forms is written."""
    if len(parts) == 1 or (len(parts) == 2 and parts[1] == "party"):
        return [_PARTY_FORMS.get(parts[0], parts[0]), *parts[1:]]
    return parts


def party_key(parts: list[str]) -> list[str]:
    """One key for a party however its name is written: "Lib Dems", "Liberal Democrat" and
    "Liberal Democrats" are (liberal, democrats)."""
    if len(parts) != 2 or parts[0] not in PARTY_ADJECTIVES \
            or parts[1] not in _MEMBERS | _SHORT_MEMBERS:
        return parts
    return ["liberal" if parts[0] == "lib" else parts[0], "democrats"]


def _outside(ents: list[Span], span: Span) -> list[Span]:
    """The entities with what of each lies inside span cut away."""
    from spacy.tokens import Span  # spaCy stays out of importing this module's word lists

    kept: list[Span] = []
    for ent in ents:
        if ent.end <= span.start or ent.start >= span.end:
            kept.append(ent)
            continue
        if ent.start < span.start:
            kept.append(Span(ent.doc, ent.start, span.start, label=ent.label_))
        if ent.end > span.end:
            kept.append(Span(ent.doc, span.end, ent.end, label=ent.label_))
    return kept
