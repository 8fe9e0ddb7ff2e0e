"""A body's or product's name called short: by its last words, its first, a firm's first word."""

from __future__ import annotations

import re
from collections import defaultdict

from reader.analysis import entity_repair as repair
from reader.analysis.aliases import CORPORATE, AliasIndex, Key, Name, plain_name, proper_names
from reader.analysis.cities import is_city
from reader.analysis.demonyms import country_name, country_of_demonym
from reader.analysis.firm_votes import INDUSTRY_WORDS
from reader.analysis.person_words import PERSON_TITLES, first_name, title_sex
from reader.analysis.place_votes import US_STATES

_SHORTENED = ("ORG", "PRODUCT")  # labels whose names are shortened at either end
# Last words of a body that belongs to another, named before it ("UN Security Council").
_PARTS_OF_BODIES = frozenset({"council", "assembly", "committee", "commission", "ministry",
                              "department", "court", "agency", "office", "board", "bureau",
                              "secretariat", "parliament", "senate", "police", "army", "navy"})
# Last words of a firm's name, which the firm is called without ("Alden" for "Alden Global
# Capital"); not a newspaper's ("Washington" is not the "Washington Post").
FIRM_ENDS = CORPORATE | INDUSTRY_WORDS | {
    "group", "partners", "holdings", "airline", "airlines", "airways", "ventures",
    "technologies", "bank", "fund", "management", "associates", "enterprises", "motors", "labs",
    "networks", "studios", "software", "electronics", "telecom", "technology", "entertainment",
    "pictures", "interactive", "semiconductor", "semiconductors"}


def join_tails(index: AliasIndex) -> None:
    """"Defense Ministry" joins "Russian Defense Ministry" when no other name ends the same;
    a one-word "Senate" joins "U.S. Senate" when what comes before it is a country."""
    by_last: dict[str, list[Key]] = defaultdict(list)
    for long_name in proper_names(index):
        if len(long_name.key) >= 2 and long_name.label != "PERSON":
            by_last[long_name.key[-1]].append(long_name.key)
    people = _person_groups(index)
    for name in proper_names(index):
        # "Mach" alone, which the model took for a person's surname, of the "Mustang Mach";
        # "Mach E" of the "Mustang Mach E", opening with no first name
        lone = name.label == "PERSON" and (
            (len(name.key) == 1 and index.find(name.key) not in people)
            or (len(name.key) > 1 and not first_name(name.key[0])))
        if (name.label == "PERSON" and not lone) or (
                len(name.key) == 1 and name.label not in _SHORTENED and not lone):
            continue
        size = len(name.key)
        longer = {index.find(key) for key in by_last.get(name.key[-1], ())
                  if len(key) > size and key[-size:] == name.key
                  and not _two_places(index.names[key], size)
                  and not _place_of(name, key)
                  and not _after_person(index, name, key)
                  and ((size > 1 and name.label != "PERSON") or name.label == "PRODUCT"
                       or _is_country(key[:-size])
                       or (lone and index.names[key].label == "PRODUCT"))}
        if len(longer) == 1:
            index.union(longer.pop(), name.key)


def _place_of(place: Name, key: Key) -> bool:
    """ "Acme Robotics of South Korea", "University of South Carolina": a place named after
    "of" at the end of a longer name is where that body is, not a short form of it."""
    size = len(place.key)
    return place.label in ("GPE", "LOC") and len(key) > size and key[-size - 1] == "of"


def _after_person(index: AliasIndex, place: Name, key: Key) -> bool:
    """ "at the Ted Cruz South Carolina victory party": a place's name run on after a person's
    full name, which the text names on its own, is the two names side by side, not a longer
    form of the place's."""
    person = index.names.get(key[: -len(place.key)])
    return place.label in ("GPE", "LOC") and person is not None and len(person.key) >= 2 \
        and person.label == "PERSON"


def _two_places(name: Name, size: int) -> bool:
    """ "North and South Korea", "Trinidad and Tobago": a place's name joining two by "and"
    names both, and is no longer form of its last ("South Korea"); a body's may be one body
    ("Customs and Border Protection")."""
    return name.label in ("GPE", "LOC") and "and" in name.key[:-size]


def join_prefixes(index: AliasIndex) -> None:
    """A company or product called by the start of its name: "Northrop" for "Northrop
    Grumman", "China Eastern" for "China Eastern Airlines", when only one name starts so; not a
    body within it ("UN" is not the "UN Security Council")."""
    for label in _SHORTENED:
        names = proper_names(index, label)
        by_first: dict[str, list[Key]] = defaultdict(list)
        for name in names:
            by_first[name.key[0]].append(name.key)
        people = _person_groups(index)
        for name in names:
            size = len(name.key)
            longer = {index.find(key) for key in by_first[name.key[0]]
                      if len(key) > size and key[:size] == name.key
                      and key[-1] not in _PARTS_OF_BODIES
                      and not _owned_elsewhere(index, index.names[key], size)}
            if len(longer) == 1 and index.find(name.key) not in people \
                    and not (size == 1 and country_of_demonym(name.surfaces[0]) is not None):
                index.union(longer.pop(), name.key)


def _owned_elsewhere(index: AliasIndex, name: Name, size: int) -> bool:
    """ "Ascom Unite Connect", where the text also writes "Ascom's Unite Connect": the rest of
    the name is the product of the firm its first words name, which is no short form of it."""
    words = name.surfaces[0].split()
    if len(words) <= size:
        return False
    owner, rest = " ".join(words[:size]), " ".join(words[size:])
    return any(f"{owner}{mark}s {rest}" in index.text for mark in ("'", "’"))


def join_firms_called_short(index: AliasIndex, located: set[str]) -> None:
    """ "Alden Global Capital ... Alden said", "Emirates Airline ... Emirates": a one-word name
    the model typed as a place, a people or a person, after the text gave in full the one
    organisation whose name it opens and that ends in a firm's word, is that firm called short;
    it takes the firm's type, the longer and more explicit name's. A lone "person" so joins
    the one body of capitalised words it opens, whatever its last word ("Pell Games ... Pell
    said"). Not a known place (a country, a city, a US state, a name written after "in"), nor
    a person's name or surname ("Tom Ralston ... the Ralston Trust ... Ralston")."""
    firms: dict[str, list[Name]] = defaultdict(list)
    bodies: dict[str, list[Name]] = defaultdict(list)
    for name in proper_names(index, "ORG"):
        parts = plain_name(name.surfaces[0], "ORG").casefold().split()
        if len(parts) >= 2 and parts[-1].rstrip(".") in FIRM_ENDS:
            firms[name.key[0]].append(name)
        if len(parts) >= 2 and _all_capitalised(name.surfaces[0]):
            bodies[name.key[0]].append(name)
    if not bodies:
        return  # most texts name no body so: nothing to join, and no short form to look for
    people = _person_groups(index)
    for name in proper_names(index):
        # a lone "person" opening any one body's name is its short name ("Pell Games ...
        # Pell"); a place only beside a firm's name ("Emirates Airline ... Emirates")
        found = bodies if name.label == "PERSON" and name.key[0] not in firms else firms
        if len(name.key) != 1 or name.label not in ("GPE", "LOC", "NORP", "PERSON") \
                or len(found.get(name.key[0], ())) != 1:
            continue
        firm = found[name.key[0]][0]
        word = plain_name(name.surfaces[0], name.label)
        if index.find(name.key) in people or title_sex(index.text, name.spans) is not None \
                or _known_place(word) or repair.surface_key(word) in located \
                or (name.label == "NORP" and word.casefold().endswith(_PEOPLE_ENDINGS)) \
                or min(firm.spans) > min(name.spans):
            continue
        name.tally = {firm.label: sum(name.tally.values())}
        index.union(firm.key, name.key)
    if firms:
        _add_firms_called_short(index, firms, located)


def _add_firms_called_short(index: AliasIndex, firms: dict[str, list[Name]],
                            located: set[str]) -> None:
    """ "Fortress Investment Group ... Fortress said": the first word of a firm's name, alone
    and capitalised after the full name was given, where the model passed it over. Only a word
    the text never writes in lower case (not "General" of "General Motors" where "general"
    is written), that is no title, calendar word, known place or person's name."""
    text = index.text
    lower = set(_LOWER_WORD.findall(text))
    people = {word for n in proper_names(index, "PERSON") for word in (n.key[0], n.key[-1])}
    forms: dict[str, Key] = {}
    for first, found in firms.items():
        if len(found) != 1:
            continue
        word = plain_name(found[0].surfaces[0], "ORG").split()[0]
        if len(word) < 4 or not word.isalpha() or not word.istitle() or first in lower \
                or first in PERSON_TITLES or first in repair.CALENDAR or first in people \
                or _known_place(word) or first in located or (first,) in index.names:
            continue
        forms[word] = found[0].key
    if not forms:
        return
    taken = [span for name in index.names.values() for span in name.spans]
    for span, owner in repair.MissedNames(text, taken).find(forms):
        if span.start > min(index.names[owner].spans).start:
            index.add_to(owner, span)


# How the words for peoples end ("European", "Nordic", "Flemish"): such a word opening a firm's
# name ("European Aeronautic Defence") stays a people; "Lionhead" of "Lionhead Studios" joins.
_PEOPLE_ENDINGS = ("an", "ic", "ish", "ese", "i")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_BODY_SMALL_WORDS = frozenset({"of", "the", "and", "for", "&", "de", "du", "la", "des", "on"})


def _all_capitalised(surface: str) -> bool:
    """Whether every word of a body's name but its small words opens with a capital or a
    figure ("Bank of Tarrow"; not a line the model ran on, "PARK Let's start with the news")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _BODY_SMALL_WORDS
               for w in surface.split())


def _known_place(word: str) -> bool:
    return country_name(word) is not None or country_of_demonym(word) is not None \
        or is_city(word) or word.casefold() in US_STATES


def _person_groups(index: AliasIndex) -> set[Key]:
    """The groups a person's full name is in: a lone "Trump" that joined "Donald Trump" is his
    surname, not the start of "Trump University"."""
    return {index.find(n.key) for n in proper_names(index, "PERSON") if len(n.key) >= 2}


def _is_country(words: Key) -> bool:
    phrase = " ".join(words)
    return country_name(phrase) is not None or country_of_demonym(phrase) is not None
