"""A name the model ran on into the next, cut in two: through a possessive ("NFL Network's Rich
Eisen"), a short title ("the Daily Mail Mr Reeve"), a list's comma or "@", a result's "d." or a
score ("Bruins 5, Rangers 2")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.entity_spans import labelled_span
from reader.analysis.model_numbers import model_named
from reader.analysis.person_words import POSSESSIVES, first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# What follows a name after a comma as part of it ("Apple, Inc.", "Sammy Davis, Jr.").
_LISTED_SUFFIXES = frozenset({"inc", "ltd", "llc", "llp", "lp", "corp", "co", "plc", "gmbh",
                              "ag", "sa", "nv", "jr", "sr", "ii", "iii", "iv"})


_SHORT_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."})


_SAID = frozenset({"said", "says"})


def possessor_split(ent: Span) -> tuple[Span, ...]:
    """A name the model ran on through a possessive into a person's name or a model's: "NFL
    Network's Rich Eisen" is the network and the person, "Fox News' Megyn Kelly" too; "Apple's
    Mac OS X" is the maker and its product. Only where the words after the possessive are two
    or more capitalised words opening with a known first name, or capitalised words one of
    which is a model's designation ("X", "F-150", "iPhone")."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 1):
        after = doc[i + 1 : ent.end]
        if doc[i].text not in POSSESSIVES:
            continue
        if i < ent.end - 2 and all(t.is_title for t in after) \
                and first_name(after[0].text):
            return (labelled_span(doc, ent.start, i, ent.label_),
                    labelled_span(doc, i + 1, ent.end, "PERSON"))
        if model_named(after):
            return (labelled_span(doc, ent.start, i, ent.label_),
                    labelled_span(doc, i + 1, ent.end, "PRODUCT"))
    return (ent,)


def title_split(ent: Span) -> tuple[Span, ...]:
    """ "told the Daily Mail Mr Reeve would", "Said Mrs Cole:": a short title inside a name,
    before a capitalised word, opens the next name, a person's; the words before it are a
    name of their own, unless they are only the verb of a cue put first ("Said")."""
    doc = ent.doc
    cut = next((t.i for t in ent[1:] if t.text in _SHORT_TITLES and t.i + 1 < len(doc)
                and doc[t.i + 1].is_title), None)
    if cut is None:
        return (ent,)
    before = labelled_span(doc, ent.start, cut, ent.label_)
    parts = [] if len(before) == 1 and before[0].lower_ in _SAID else [before]
    if cut + 1 < ent.end:
        parts.append(labelled_span(doc, cut, ent.end, "PERSON"))
    return tuple(parts)


def without_score(ent: Span) -> Span:
    """ "Britton Carroll 5, Marcus Lee 3", "Bruins 5, Rangers 2": a bare number the model ran
    a name on into, in a list of other names each followed by a number, is a score, no part
    of the name. The name keeps the model's label if it is a person's or a body's, else takes
    its neighbour's (the items of one list are alike) or a body's: a law is never scored. Not a
    product's or an event's number, nor a list of one name's numbers ("Windows 10, Windows
    11")."""
    doc = ent.doc
    last = ent.end - 1
    if ent.label_ in ("PRODUCT", "EVENT") or len(ent) < 2 or not _score_number(doc[last]) \
            or not doc[last - 1].is_alpha:
        return ent
    name = doc[ent.start : last].text.casefold()
    neighbour = _scored_neighbour(doc, ent.start, ent.end)
    if neighbour is None or neighbour.text.casefold() == name:
        return ent
    label = ent.label_ if ent.label_ in ("PERSON", "ORG") else "ORG"
    if neighbour[0].ent_type_ in ("PERSON", "ORG"):
        label = neighbour[0].ent_type_
    return labelled_span(doc, ent.start, last, label)


def _score_number(token: Token) -> bool:
    return token.is_digit and len(token) <= 3


_LIST_MARKS = frozenset({",", ";"})


_SCORED_NAME_WORDS = 4  # the longest name looked for beside a scored one


def _scored_neighbour(doc: Doc, start: int, end: int) -> Span | None:
    """The capitalised name with a number after it that is listed right after the one at
    start:end (after a comma), or right before it."""
    if end < len(doc) and doc[end].text in _LIST_MARKS:
        i = end + 1
        while i < len(doc) and i - end - 1 < _SCORED_NAME_WORDS and doc[i].is_title:
            i += 1
        if end + 1 < i < len(doc) and _score_number(doc[i]):
            return doc[end + 1 : i]
    if start >= 3 and doc[start - 1].text in _LIST_MARKS and _score_number(doc[start - 2]):
        i = start - 2
        while i > 0 and start - 2 - i < _SCORED_NAME_WORDS and doc[i - 1].is_title:
            i -= 1
        if i < start - 2:
            return doc[i : start - 2]
    return None


def list_split(ent: Span) -> tuple[Span, ...]:
    """A name the model ran on through a list's comma or an "@": "Draper, Firefly Aerospace"
    and "Mueller, Stormy" are two names each, the word after the comma the parse's conjunct of
    one before it; so are "NC @ Walnut Creek Amphitheatre". Not a name with its own "and" or "&"
    ("Farrar, Straus and Giroux") at its comma, nor a suffix after the comma ("Apple, Inc.",
    "Sammy Davis, Jr.")."""
    doc = ent.doc
    inside = range(ent.start + 1, ent.end - 1)
    if any(t.lower_ in ("and", "&") for t in ent):
        cuts = [i for i in inside if _at_sign(doc[i])]
    else:
        cuts = [i for i in inside if _at_sign(doc[i]) or (doc[i].text == "," and (
            _conjunct_after(doc[i + 1], ent) or _new_phrase(doc, i, ent)))]
    if not cuts:
        return (ent,)
    bounds = [ent.start, *[c for cut in cuts for c in (cut, cut + 1)], ent.end]
    return tuple(labelled_span(doc, bounds[k], bounds[k + 1],
                               _part_label(doc[bounds[k] : bounds[k + 1]], ent.label_))
                 for k in range(0, len(bounds), 2))


def _at_sign(token: Token) -> bool:
    """ "Raleigh, NC @ Walnut Creek Amphitheatre": an "@" standing alone between words is
    "at", between two names, no part of either (a handle's "@" is written close)."""
    return token.text == "@" and bool(token.whitespace_) \
        and bool(token.doc[token.i - 1].whitespace_)


def _new_phrase(doc: Doc, comma: int, ent: Span) -> bool:
    """ "by Politico, Democratic party insiders are ...": a comma the parse hangs on the clause,
    with no word on either side of it inside the name depending on a word on the other, ends
    one phrase, and the words after it open another."""
    if ent.start <= doc[comma].head.i < ent.end:
        return False
    left, right = range(ent.start, comma), range(comma + 1, ent.end)
    return not any(doc[i].head.i in right for i in left) and \
        not any(doc[i].head.i in left for i in right)


def _part_label(part: Span, label: str) -> str:
    """A part of a split name whose capitalised words are all adjectives ("Democratic") names
    a group, as the model labels such a word standing alone."""
    capitals = [t for t in part if t.is_title]
    return "NORP" if capitals and all(t.tag_ == "JJ" for t in capitals) else label


def result_split(ent: Span) -> tuple[Span, ...]:
    """ "Viera d. Rockledge 3-1", "Federer d. Nadal 6-4": a lower-case letter with a full stop
    is no one's initial (a name's initials are capitals) but a word cut short, here a result's
    "defeated"; the name ends before it and the next one starts after it, each without the
    score after it. Not "v.", the "versus" of a case's name ("Roe v. Wade")."""
    doc = ent.doc
    cuts = [t.i for t in ent if _lower_initial(t.text)]
    if not cuts:
        return (ent,)
    parts = []
    for start, end in zip([ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end], strict=True):
        while end > start and (_score_number(doc[end - 1]) or doc[end - 1].text in "-–"):
            end -= 1
        if any(t.is_alpha for t in doc[start:end]):
            parts.append(labelled_span(doc, start, end, ent.label_))
    return tuple(parts)


def _lower_initial(word: str) -> bool:
    return len(word) == 2 and word[0].islower() and word[0].isalpha() and word[1] == "." \
        and word != "v."


def _conjunct_after(first: Token, ent: Span) -> bool:
    """Whether the name opening at first is listed after one before it in ent."""
    head = first
    while head.dep_ == "compound" and head.head.i < ent.end and head.head.i > head.i:
        head = head.head
    return head.dep_ == "conj" and ent.start <= head.head.i < first.i and \
        first.lower_.replace(".", "") not in _LISTED_SUFFIXES
