"""The title and kind words an entity is given in the text ("President Obama", "the city of
Phoenix", "Tory leader Michael Howard"), which descriptions of it are matched against."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from reader.analysis.antecedents import PEOPLE_LABELS, PERSON_ROLES
from reader.analysis.datelines import dateline_dash
from reader.analysis.model import Entity
from reader.analysis.person_words import ABBREVIATED_TITLES

TITLE_MENTIONS = 40  # mentions of an entity read for its titles


def titles(doc: Doc, entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """Lower-cased title and kind words for each entity, by id (_titles_of)."""
    apposed = appositions_on(doc)
    return {e.id: _titles_of(doc, e, apposed) for e in entities}


def appositions_on(doc: Doc) -> frozenset[int]:
    """The indices of the words that have an apposition, read at once from the parse."""
    deps = doc.to_array(DEP)
    return frozenset(doc[i].head.i for i in (deps == doc.vocab.strings["appos"]).nonzero()[0])


def _titles_of(doc: Doc, entity: Entity, apposed: frozenset[int]) -> frozenset[str]:
    """Lower-cased title and kind words for an entity: from its aliases, the words just before
    its mentions ("President Obama", "Russia's foreign minister Lavrov"), with the party or
    place that opens such a title ("Tory leader Michael Howard": "the Tory leader" is he, not
    another leader), and appositions (on the words apposed, appositions_on(doc))."""
    words: set[str] = {w.lower().strip(".") for alias in entity.aliases for w in alias.split()}
    for mention in entity.mentions[:TITLE_MENTIONS]:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        words.update(_title_words(root, root.i in apposed, place=entity.label not in PEOPLE_LABELS))
        for i in range(span.start - 1, max(span.start - 4, 0) - 1, -1):
            token = doc[i]
            if token.ent_type_ in ("GPE", "NORP") and i < span.start - 1 and \
                    token.pos_ in ("PROPN", "ADJ", "NOUN"):
                words.add(token.lower_.strip("."))
                break
            if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("GPE", "NORP"):
                break
            words.add(token.lemma_.lower().strip("."))
    words.update(*(ABBREVIATED_TITLES.get(w, ()) for w in list(words)))
    return frozenset(w for w in words if w)


def _title_words(root: Token, has_apposition: bool, *, place: bool) -> set[str]:
    """Words in apposition to a mention, and for a place or body the noun it is "of" ("the
    city of Phoenix"; "the widow of John Smith" is no title of his, nor "the governor of
    Texas" of Texas: a person's role is nobody's "of")."""
    found: set[str] = set()
    appositions = [c for c in root.children if c.dep_ == "appos"] if has_apposition else []
    if appositions:
        dash = dateline_dash(root)  # "New York, NY – ..., my6sense, ...": past it, no title
        found.update(c.lemma_.lower() for c in appositions if dash is None or c.i < dash.i)
    if root.dep_ == "appos":
        found.add(root.head.lemma_.lower())
    if place and root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.pos_ == "NOUN" and root.head.head.lemma_.lower() not in PERSON_ROLES:
        # "the city of Phoenix"; "the mayor of Phoenix" is somebody, no title of the city's
        found.add(root.head.head.lemma_.lower())
    return found
