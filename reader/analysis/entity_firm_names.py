"""A firm's full name the model took for a person's, where the text calls the firm by its first
word: "Pernod Ricard ... Pernod shares slipped"."""

from __future__ import annotations

from reader.analysis.aliases import AliasIndex, Name
from reader.analysis.person_words import (
    FEMALE_ROLES,
    MALE_ROLES,
    PEOPLE,
    ROLES,
    first_name,
    title_sex,
)

_SOMEBODY = ROLES | PEOPLE | MALE_ROLES | FEMALE_ROLES  # "her brother Dale Ford"


def join_firm_full_names(index: AliasIndex) -> None:
    """A name of two or three words typed a person's, opening with no first name, with no "Mr"
    nor a word for somebody ("her brother") before it, whose first word alone the text shows
    to be a body's (a one-word name typed ORG, grouped with no person), is that body's full
    name: it joins the body and takes its type."""
    groups = index.groups()
    bodies = {name.key[0]: name for name in index.names.values()
              if name.kind == "name" and len(name.key) == 1 and name.label == "ORG"
              and not any(m.label == "PERSON" for m in groups[index.find(name.key)])}
    if not bodies:
        return
    for name in list(index.names.values()):
        if name.kind != "name" or name.label != "PERSON" or not 2 <= len(name.key) <= 3:
            continue
        body = bodies.get(name.key[0])
        if body is None or first_name(name.surfaces[0].split()[0]) or _somebody(index, name):
            continue
        name.tally = {"ORG": sum(name.tally.values())}
        index.union(body.key, name.key)


def _somebody(index: AliasIndex, name: Name) -> bool:
    if title_sex(index.text, name.spans) is not None:
        return True
    for span in name.spans:
        before = index.text[max(0, span.start - 20) : span.start].split()
        if before and before[-1].lower() in _SOMEBODY:
            return True
    return False
