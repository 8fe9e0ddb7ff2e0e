"""Who "the 27-year-old" stands for: the person the article gave that age to."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.analysis.antecedents import definite

_YEARS = frozenset({"year", "years"})
_AGE_LINKS = frozenset({"appos", "npadvmod", "amod", "nummod"})  # "Ann Lee, 28,", "Lee (28)"


def age_described(head: Token) -> int | None:
    """The age a definite description of somebody by age gives ("the 27-year-old", "the 28
    year old runner"), else None."""
    if not definite(head):
        return None
    old = head if head.lower_ == "old" else next(
        (c for c in head.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    return None if old is None else _years(old)


def first_aged(doc: Doc, age: int, before: int) -> tuple[Token | None, Token | None]:
    """Where the article first gave a person this age, before the token index before: a name
    the age is set beside ("Ann Lee, 28,", "the 28-year-old Ann Lee"), or else the first
    description by that age ("The 31-year-old is in good shape"); each None if not found."""
    for token in doc[:before]:
        if token.pos_ == "PROPN" and any(_given(c, age) for c in token.children):
            return token, None
        if token.pos_ in ("NOUN", "ADJ") and age_described(token) == age:
            return None, token
    return None, None


def _given(child: Token, age: int) -> bool:
    if child.dep_ not in _AGE_LINKS:
        return False
    if child.lower_ == "old":
        return _years(child) == age
    return child.like_num and child.dep_ == "appos" and _number(child) == age


def _years(old: Token) -> int | None:
    """The number of years an "old" counts ("27-year-old", "27 years old")."""
    years = next((c for c in old.children if c.lower_ in _YEARS), None)
    number = None if years is None else next(
        (c for c in years.children if c.dep_ == "nummod" and c.like_num), None)
    return None if number is None else _number(number)


def _number(token: Token) -> int | None:
    return int(token.text) if token.text.isdigit() and len(token.text) < 4 else None
