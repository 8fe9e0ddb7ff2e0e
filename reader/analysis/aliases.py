"""Alias groups: which names in a document are one entity ("Vladimir V. Putin", "Mr. Putin")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader.analysis import entity_repair as repair
from reader.analysis.demonyms import country_name
from reader.analysis.entity_parties import party_form, party_key
from reader.analysis.firm_votes import INDUSTRY_WORDS
from reader.analysis.person_words import PARTICLES, PERSON_TITLES, first_name
from reader.analysis.type_votes import WEB_SUFFIX
from reader.document import TextSpan

CORPORATE = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "lp", "gmbh", "ag", "sa", "nv",
                       "corporation", "incorporated", "limited", "company"})
_SMALL = frozenset({"of", "the", "and", "for", "&", "de", "du", "la", "des", "on", "in"})
SURNAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC"})
# heads a name's description never stands for: newspapers' names, and words that mean too much
# on their own ("the state" is rarely the Islamic State, "the house" rarely the White House)
_SURFACES = 4096  # the surfaces whose plain name and key are kept: a name recurs in a text
_NO_DESCRIPTION = frozenset({"times", "post", "news", "press", "journal", "daily", "herald",
                             "state", "house", "time", "policy"}) | INDUSTRY_WORDS  # "the coal"
_HEAD_LINKS = frozenset({"of", "on", "for"})  # "Commission on Presidential Debates": commission
# "Royal Society (RS)", and after a possessive: "Standard & Poor's (S&P)"
ACRONYM_AFTER = re.compile(r"(?:['’]s?)?\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")
# "the ministry", "The festival": the word boundary before "the" is asked after its first letter
# (no word character before it), so that the search leaps to each "T" or "t" rather than
# trying the pattern at every position of the text
DESCRIPTION = re.compile(r"([Tt](?<!\w[Tt])he) ([a-z]{4,})\b(?! of\b)(?! [A-Z])")


def words(surface: str) -> list[str]:
    return [w.strip(",;:\"“”()") for w in surface.split() if w.strip(",;:\"“”()")]


@lru_cache(maxsize=_SURFACES)
def plain_name(surface: str, label: str, *, possessive: bool = False) -> str:
    """The name without "the", a possessive (unless asked to keep it: a firm's "Lowe's"), or
    (for people) leading titles: "Mr. Putin" -> "Putin"."""
    parts = words(repair.LEADING_THE.sub("", surface))
    if parts and not possessive:
        parts[-1] = parts[-1].removesuffix("'s").removesuffix("’s")
    if label == "PERSON":
        while len(parts) > 1 and parts[0].rstrip(".").lower() in PERSON_TITLES:
            parts.pop(0)
    return " ".join(parts)


@lru_cache(maxsize=_SURFACES)
def name_key(surface: str, label: str) -> tuple[str, ...]:
    """How names are matched: casefolded words, a person's middle initials and a company's
    "Inc." or web address's ".com" set aside, a country's other names made one ("U.S." ->
    united states)."""
    plain = plain_name(surface, label)
    country = country_name(plain) if label in ("GPE", "LOC", "ORG") else None
    if country is not None:
        return tuple(country.casefold().split())
    surface_words = plain.split()
    while label == "PERSON" and len(surface_words) > 1 and surface_words[0] in PARTICLES:
        surface_words.pop(0)  # "von Moltke" is the surname of "Jakob von Moltke"
    parts = [w.casefold() for w in surface_words]
    if label == "PERSON" and len(parts) > 2:
        parts = [parts[0], *(p for p in parts[1:-1] if len(p.rstrip(".")) > 1), parts[-1]]
    if label != "PERSON" and parts:
        parts[-1] = WEB_SUFFIX.sub("", parts[-1])  # "Amazon.com" is Amazon
    while len(parts) > 1 and parts[-1].rstrip(".") in CORPORATE:
        parts.pop()
    if label != "PERSON":
        parts = party_form(parts)
    if label != "PERSON" and len(parts) > 1:
        parts = party_key(_country_first(parts))
    return tuple(parts)


def _country_first(parts: list[str]) -> list[str]:
    """"US Air Force" and "U.S. Air Force" name one thing: a leading country name, however
    written, is put in its standard form."""
    for size in (2, 1):
        if len(parts) > size and (country := country_name(" ".join(parts[:size]))):
            return [*country.casefold().split(), *parts[size:]]
    return parts


def acronym_letters(surface: str) -> str | None:
    """"UN" and "U.N." give "UN", "S&P" and "AT&T" give "SP" and "ATT", the initials of
    "Standard & Poor" and "American Telephone and Telegraph"; anything that is not an
    all-capitals short word gives None."""
    letters = surface.replace(".", "").replace("&", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and " " not in surface:
        return letters
    return None


def word_acronym(surface: str, key: tuple[str, ...]) -> str | None:
    """ "Elspa", "Opec", "Nasa": an acronym written as a word, in capitals only where it opens,
    as British news writes those said as words; its letters when they hold the initials of the
    name key it stands for ("Leisure Software Publishers Association" in "ELSPA")."""
    if not (3 <= len(surface) <= 6 and surface.isalpha() and surface.istitle()):
        return None
    letters = surface.upper()
    return letters if any(len(i) >= 2 and i in letters for i in initials(key)) else None


def initials(key: tuple[str, ...]) -> set[str]:
    """The acronyms a multi-word name may go by, with and without its small words."""
    if len(key) < 2:
        return set()
    every = "".join(w[0] for w in key if w[0].isalpha()).upper()
    content = "".join(w[0] for w in key if w not in _SMALL and w[0].isalpha()).upper()
    return {every, content}


def head_noun(surface: str) -> str | None:
    """The common noun an organisation's name is built on: "Defense Ministry" -> "ministry",
    "Ministry of Defence" -> "ministry", "Apple Inc." -> "company"."""
    parts = [w.casefold().rstrip(".") for w in words(surface)]
    if len(parts) < 2:
        return None
    linked = next((i for i, w in enumerate(parts) if i and w in _HEAD_LINKS), None)
    head = parts[linked - 1] if linked is not None else parts[-1]
    if head in CORPORATE:
        return "company"
    if not head.isalpha() or len(head) < 4 or head in _NO_DESCRIPTION:
        return None
    return head


Key = tuple[str, ...]  # a name's key: its casefolded words (name_key)


@dataclass(slots=True)
class Name:
    """One distinct name (by key) and everything said about it."""

    key: tuple[str, ...]
    tally: repair.Tally
    spans: list[TextSpan] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    kind: str = "name"  # name | demonym | description

    @property
    def label(self) -> str:
        return repair.winner(self.tally) if self.tally else ""


class AliasIndex:
    """The names of one document, joined into alias groups with a union-find."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: dict[tuple[str, ...], Name] = {}
        self._parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    # adding names ------------------------------------------------------------------------

    def add(self, span: TextSpan, label: str, tally: repair.Tally, kind: str = "name") -> None:
        surface = span.of(self.text)
        key = (kind, *name_key(surface, label)) if kind != "name" else name_key(surface, label)
        if not key or not any(key):
            return
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = Name(key, {}, kind=kind)
            self._parent[key] = key
        repair.add_votes(name.tally, tally.items())
        name.spans.append(span)
        if surface not in name.surfaces:
            name.surfaces.append(surface)

    def add_to(self, owner: tuple[str, ...], span: TextSpan, kind: str = "name") -> None:
        """Another mention of an existing group (found by string match or as a description)."""
        surface = span.of(self.text)
        key = (kind, *name_key(surface, "")) if kind != "name" else owner
        if key not in self.names:
            self.names[key] = Name(key, {}, kind=kind)
            self._parent[key] = key
        name = self.names[key]
        name.spans.append(span)
        if surface not in name.surfaces:
            name.surfaces.append(surface)
        self.union(key, owner)

    # union-find --------------------------------------------------------------------------

    def find(self, key: tuple[str, ...]) -> tuple[str, ...]:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def union(self, a: tuple[str, ...], b: tuple[str, ...]) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # the longer key stays the root, so a group is named after its fullest name
            keep, join = sorted((root_a, root_b), key=lambda k: (-len(k), k))
            self._parent[join] = keep

    def groups(self) -> dict[tuple[str, ...], list[Name]]:
        grouped: dict[tuple[str, ...], list[Name]] = defaultdict(list)
        for key, name in self.names.items():
            grouped[self.find(key)].append(name)
        return grouped

    def group_label(self, members: Sequence[Name]) -> str:
        """The group's type by vote; a longer name's votes count more, since the model types a
        full name more reliably than a lone word ("Romelu Lukaku" over "Lukaku"), and a group
        whose full names are all people's, one with a known first name, is a person."""
        full = [n for n in members if n.kind == "name" and len(n.key) >= 2]
        if full and all(n.label == "PERSON" for n in full) \
                and any(first_name(n.key[0]) for n in full):
            return "PERSON"  # "Donald Trump" outweighs every lone "Trump" typed otherwise
        tally: repair.Tally = {}
        for name in members:
            if name.kind == "name":
                weight = float(len(name.key))
                repair.add_votes(tally, ((k, v * weight) for k, v in name.tally.items()))
        return repair.winner(tally) if tally else "NORP"


def proper_names(index: AliasIndex, label: str | None = None) -> list[Name]:
    """The index's names proper, not its acronyms, demonyms or descriptions; of one type if
    label is given."""
    return [n for n in index.names.values()
            if n.kind == "name" and (label is None or n.label == label)]
