"""Where else and beside what a Doc writes a name: the same word again, a first name, a title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.demonyms import country_name
from reader.analysis.person_words import PERSON_TITLES, first_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def written_as(word: Token) -> list[Token]:
    """The tokens of word's Doc written as word is, word among them, found from the Doc's ORTH
    column rather than by reading every token's text."""
    from spacy.attrs import ORTH  # spaCy stays out of importing this module's word lists

    doc, orth = word.doc, word.orth
    return [doc[i] for i, key in enumerate(doc.to_array(ORTH).tolist()) if key == orth]


def apposed(span: Span, text: str) -> set[str]:
    """The lemmas of the common nouns a mention (whose text is text) is set beside: the head
    it is in apposition to, or the appositions it heads."""
    if country_name(text):
        return set()  # a country is a place wherever a list's parse hangs it
    root = span.root
    nouns = {child for child in root.children if child.dep_ == "appos"}
    if root.dep_ == "appos":
        nouns.add(root.head)
    return {noun.lemma_.lower() for noun in nouns if noun.pos_ == "NOUN"}


def known_first(span: Span) -> bool:
    """Whether the name opens with a known first name, or a hyphenated one with a known part
    ("Jo-Wilfried", "Jean-Marc")."""
    doc, parts = span.doc, [span[0]]
    while parts[-1].i + 2 < span.end and hyphen_in_word(doc[parts[-1].i + 1]):
        parts.append(doc[parts[-1].i + 2])
    return any(first_name(t.text) for t in parts)


def hyphen_in_word(token: Token) -> bool:
    """ "Jo-Wilfried": a hyphen inside one word of a name, between capitalised parts."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
        and not token.whitespace_ and doc[token.i - 1].is_title and doc[token.i + 1].is_title


def ever_named_person(token: Token) -> bool:
    """Whether the text writes a word after a title, or after a capitalised proper noun of the
    same sentence, as a person's name's last word ("Dr. Abernathy", "Penelope Muse
    Abernathy")."""
    doc = token.doc
    for other in written_as(token):
        if other.i == 0:
            continue
        word = doc[other.i - 1]
        if word.lower_.rstrip(".") in PERSON_TITLES or (
                word.is_title and word.pos_ == "PROPN" and not word.is_sent_start):
            return True
    return False
