"""Works and the titles set beside them: "a new book, Lund's Norway, by ..."."""

from __future__ import annotations

from spacy.tokens import Token

# Works that a name set beside them titles ("a new book, Lund's Norway"), which no person,
# place or body is given as a title.
WORKS = frozenset({"book", "novel", "memoir", "biography", "film", "movie", "documentary",
                   "album", "song", "play", "series", "show", "article", "essay", "poem"})
_OPENERS = frozenset({",", "\"", "“", "‘", "'", "(", "—", "–"})


def in_work_title(name: Token) -> bool:
    """Whether a name lies in the title of a work set beside it ("a new book, Lund's Norway",
    'her film "Saving Lincoln"', "his memoir, A Life With Mandela,"): the name is no person,
    place or body the article speaks of there, and no "he" or "it" after it stands for it.
    name is the root of the name's words."""
    doc = name.doc
    token = name
    while token.head.i != token.i:
        if token.lower_ == "by" and token.dep_ in ("prep", "agent"):
            return False  # "Lund's Norway by Ana Ruiz": who made the work
        if token.dep_ in ("appos", "acl") and token.head.lemma_.lower() in WORKS:
            return _set_off(token.left_edge)
        token = token.head
    head = name
    while head.dep_ in ("poss", "compound", "case") and head.head.i != head.i:
        head = head.head  # "Lund's Norway": the phrase the name opens
    if head.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return False  # "When he wrote his book, Ana Ruiz said": the clause's subject
    first = head.left_edge
    before = [t for t in doc[max(first.i - 3, 0) : first.i] if t.text not in _OPENERS]
    return _set_off(first) and bool(before) and before[-1].lemma_.lower() in WORKS  # hung
    # elsewhere by the parse ("in a new memoir, Lund's Norway, by": Norway on the verb)


def _set_off(first: Token) -> bool:
    """Whether a title's first word follows a comma, a dash or a quote mark, capitalised."""
    doc = first.doc
    return first.i > 0 and doc[first.i - 1].text in _OPENERS and first.text[:1].isupper()
