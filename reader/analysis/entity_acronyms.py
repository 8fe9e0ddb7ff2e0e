"""Acronyms and initials joined to the names they stand for: "UN", "Name (ACR)", "L.A."."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from reader.analysis.aliases import (
    ACRONYM_AFTER,
    AliasIndex,
    Key,
    Name,
    acronym_letters,
    initials,
    plain_name,
    proper_names,
    word_acronym,
)
from reader.document import TextSpan


def join_acronyms(index: AliasIndex) -> None:
    """"UN" joins "United Nations"; "Name (ACR)" joins ACR, there and wherever else it is
    named, to Name whatever its letters."""
    long_names = [n for n in proper_names(index) if len(n.key) >= 2 and n.label != "PERSON"]
    expansions: dict[str, list[Key]] = defaultdict(list)
    for long_name in long_names:
        # with its firm's word too: "Tarrow Motor Industry Corp" goes by "TMIC"
        spelt = tuple(plain_name(long_name.surfaces[0], long_name.label).casefold().split())
        for short in initials(long_name.key) | initials(spelt):
            expansions[short].append(long_name.key)
    for name in proper_names(index):
        letters = acronym_letters(name.surfaces[0])
        if letters is None or (name.label == "PERSON" and len(letters) < 3):
            continue
        _join_acronym(index, name, expansions.get(letters, ()))
    bracketed = _join_bracketed(index, long_names)
    for name in proper_names(index):
        surface = name.surfaces[0]
        letters = acronym_letters(surface) or (surface.upper() if surface.istitle() else None)
        if letters is not None:
            _join_acronym(index, name, bracketed.get(letters, ()))


def _join_acronym(index: AliasIndex, name: Name, bodies: Iterable[Key]) -> None:
    """The acronym joins the one group among bodies it may stand for."""
    matches = {index.find(key) for key in bodies}
    if len(matches) == 1:
        body = matches.pop()
        if name.label == "PERSON":  # "Tarrow Motor Industry Corp ... TMIC said": no person
            name.tally = {index.names[body].label: sum(name.tally.values())}
        index.union(body, name.key)


def _join_bracketed(index: AliasIndex, long_names: Sequence[Name]) -> dict[str, list[Key]]:
    """ "Royal Society for Coastal Birds (RSCB)": the bracketed acronym joins the name before
    it; returned by its letters, so that the acronym's later mentions ("The RSCB said") join
    the name too."""
    bracketed: dict[str, list[Key]] = defaultdict(list)
    starts = {span.start: n.key for n in index.names.values() for span in n.spans}
    for name in long_names:
        for span in name.spans:
            match = ACRONYM_AFTER.match(index.text, span.end)
            letters = (acronym_letters(match.group(1)) or word_acronym(match.group(1), name.key)
                       ) if match else None
            if not match or not letters:
                continue
            bracketed[letters].append(name.key)
            if match.start(1) in starts:  # the model found the acronym: join its name
                index.union(name.key, starts[match.start(1)])
            else:
                index.add_to(name.key, TextSpan(match.start(1), match.end(1)), kind="acronym")
                starts[match.start(1)] = name.key
    return bracketed


def join_initialled(index: AliasIndex) -> None:
    """ "L.A. Auto Show" and "Los Angeles Auto Show": a name opening with initials is the one
    other name whose first words they are the initials of, the rest the same. Not a person's
    name ("J.R. Smith" is no "John Robert Smith" the text may name too)."""
    names = [n for n in proper_names(index) if n.label != "PERSON"]
    for name in names:
        first = plain_name(name.surfaces[0], name.label).split()[0]
        if len(name.key) < 2 or not _INITIALS.fullmatch(first):
            continue
        letters = first.replace(".", "").casefold()
        size = len(letters)
        longer = {index.find(other.key) for other in names
                  if other is not name and len(other.key) == size + len(name.key) - 1
                  and "".join(w[0] for w in other.key[:size]) == letters
                  and other.key[size:] == name.key[1:]}
        if len(longer) == 1:
            index.union(longer.pop(), name.key)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}")
