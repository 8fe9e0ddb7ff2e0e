"""From a document's raw mentions to its entities: repair, group by alias rules, name, number."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence

from reader.analysis import entity_repair as repair
from reader.analysis.aliases import (
    ACRONYM_AFTER,
    CORPORATE,
    DESCRIPTION,
    SURNAME_LABELS,
    AliasIndex,
    Name,
    acronym_letters,
    head_noun,
    initials,
    name_key,
    plain_name,
    word_acronym,
)
from reader.analysis.cities import is_city
from reader.analysis.common_nouns import lone_common_noun
from reader.analysis.common_words import Capitals, common_word
from reader.analysis.demonyms import country_name, country_of_demonym
from reader.analysis.entities import sorted_entities
from reader.analysis.entity_firm_names import join_firm_full_names
from reader.analysis.entity_spans import RawMention
from reader.analysis.model import Entity
from reader.analysis.name_spacing import join_spacing_variants
from reader.analysis.person_words import (
    PARTICLES,
    PERSON_TITLES,
    first_name,
    name_gender,
    title_sex,
)
from reader.analysis.place_votes import US_STATES
from reader.analysis.quote_marks import ALL_MARKS
from reader.analysis.table_cells import without_header_words
from reader.analysis.type_votes import INDUSTRY_WORDS, firm_before
from reader.analysis.vote_weights import APPOSITION_WEIGHT, PLACE_WEIGHT, WEAK_WEIGHT
from reader.document import TextSpan

Key = tuple[str, ...]
_SHORTENED = ("ORG", "PRODUCT")  # labels whose names are shortened at either end
# Last words of a body that belongs to another, named before it ("UN Security Council").
_PARTS_OF_BODIES = frozenset({"council", "assembly", "committee", "commission", "ministry",
                              "department", "court", "agency", "office", "board", "bureau",
                              "secretariat", "parliament", "senate", "police", "army", "navy"})
_DESCRIBED = ("ORG", "EVENT")  # labels a definite description ("the ministry") may stand for
# Last words of a firm's name, which the firm is called without ("Alden" for "Alden Global
# Capital"); not a newspaper's ("Washington" is not the "Washington Post").
FIRM_ENDS = CORPORATE | INDUSTRY_WORDS | {
    "group", "partners", "holdings", "airline", "airlines", "airways", "ventures",
    "technologies", "bank", "fund", "management", "associates", "enterprises", "motors", "labs",
    "networks", "studios", "software", "electronics", "telecom", "technology", "entertainment",
    "pictures", "interactive", "semiconductor", "semiconductors"}


def build_entities(text: str, raw: Sequence[RawMention],
                   english: Collection[str] = frozenset()) -> tuple[Entity, ...]:
    """The document's entities from every raw mention in it (offsets into text); english is
    the pipeline's English nouns and adjectives (common_nouns.english_words), which a lone
    "person" may be."""
    raw = repair.resolve_headline_trims(text, without_header_words(text, raw))
    tallies = repair.vote_labels(text, raw)
    index = AliasIndex(text)
    for mention in sorted(raw, key=lambda m: m.span):
        tally = tallies[repair.surface_key(mention.span.of(text))]
        index.add(mention.span, repair.winner(tally), tally)
    _join_people(index, _placed(text, raw))
    join_spacing_variants(index)
    _type_families(index)
    _join_acronyms(index)
    _join_tails(index)
    _join_initialled(index)
    _join_prefixes(index)
    join_firm_full_names(index)
    _join_firms_called_short(index, _placed(text, raw, WEAK_WEIGHT))
    _add_missed(index)
    _join_demonyms(index)
    _add_descriptions(index)
    voted = {_unquoted(text, mention.span) for mention in raw if mention.votes}
    return _entities(index, voted, english)


def _names(index: AliasIndex, label: str | None = None) -> list[Name]:
    return [n for n in index.names.values()
            if n.kind == "name" and (label is None or n.label == label)]


def _placed(text: str, raw: Sequence[RawMention], weight: float = PLACE_WEIGHT) -> set[str]:
    """The names the text itself shows to be places ("the city of X", "X-based"; at a weak
    weight, "in X" too)."""
    return {repair.surface_key(m.span.of(text)) for m in raw
            if any(label in ("GPE", "LOC") and cast >= weight for label, cast in m.votes)}


def _join_people(index: AliasIndex, placed: set[str]) -> None:
    """Full names with the same first and last name are one person; a lone surname or first
    name joins the one full name that has it."""
    _type_titled_people(index)
    people: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for name in _names(index, "PERSON"):
        if len(name.key) >= 2:
            people[(name.key[0], name.key[-1])].append(name.key)
    for keys in people.values():
        for key in keys[1:]:
            index.union(keys[0], key)
    by_last: dict[str, list[Key]] = defaultdict(list)
    by_first: dict[str, list[Key]] = defaultdict(list)
    for (first, last), keys in people.items():
        by_last[last].append(keys[0])
        by_first[first].append(keys[0])
    _join_particle_surnames(index)
    _join_titled_surnames(index)
    firms = {name.key[0] for name in _names(index, "ORG") if len(name.key) >= 2}
    for name in _names(index):
        if len(name.key) != 1 or not _may_be_surname(name, placed) or _royal(index.text, name):
            continue
        word = name.key[0]
        matches = by_last.get(word) or (by_first.get(word) if name.label == "PERSON" else None)
        if word in by_last and len({index.find(k) for k in by_last[word]}) > 1:
            _type_shared_surname(index, name, firms)
        if matches is not None and len({index.find(k) for k in matches}) == 1 \
                and not _other_sex(index, matches[0], name) \
                and _named_in_full_first(index, matches[0], name):
            if name.label in ("GPE", "LOC", "NORP"):  # the model's place is this person's name
                name.tally["PERSON"] = sum(name.tally.values())
            index.union(matches[0], name.key)


# Titles British papers write before a surname alone, never before a first name ("Mrs Ashby
# Cole"; "Sir" and "Lady" go before a first name: "Sir Peter Lowe").
SURNAME_TITLES = frozenset({"mr", "mrs", "ms", "miss"})


def _join_titled_surnames(index: AliasIndex) -> None:
    """ "Mrs Ashby Cole" is "Rachel Ashby Cole": two capitalised words after "Mr", "Mrs",
    "Ms" or "Miss" are a surname of two words written without a hyphen ("Mr Lloyd Jones"),
    which joins the one longer person's name ending in them."""
    by_end: dict[Key, list[Key]] = defaultdict(list)
    for name in _names(index, "PERSON"):
        if len(name.key) >= 3:
            by_end[name.key[-2:]].append(name.key)
    for name in _names(index, "PERSON"):
        owners = {index.find(k) for k in by_end.get(name.key, ())}
        if len(name.key) == 2 and len(owners) == 1 \
                and any(_title_before(index.text, span) in SURNAME_TITLES for span in name.spans):
            index.union(by_end[name.key][0], name.key)


ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "princes"})


def _royal(text: str, name: Name) -> bool:
    """ "Prince Rupert ... Rupert said" is not "Rupert Hale": a one-word name a royal title
    stands before somewhere is a royal's given name, the whole of the name the royal goes by,
    and joins nobody's full name."""
    return any(_title_before(text, span) in ROYAL_TITLES for span in name.spans)


def _title_before(text: str, span: TextSpan) -> str:
    """The word right before a mention, in lower case, without a full stop ("mr" of "Mr.")."""
    before = text[max(0, span.start - 10) : span.start].split()
    return before[-1].lower().rstrip(".") if before and text[span.start - 1] == " " else ""


def _type_shared_surname(index: AliasIndex, name: Name, firms: set[str]) -> None:
    """ "Whitcombe", which the model took for a body, where the text names both "Jane
    Whitcombe" and "Tom Whitcombe": a lone surname of several people named in full is a
    person's, though it joins neither; not where the text names a firm opening with it ("Ford
    Motor"), a cue casts a firm's vote as strong as an apposition's ("Ford, the carmaker,"),
    or "at" or "shares of" stands before a mention."""
    count = len(name.spans)  # the tally adds its surface's votes once for each mention
    if name.label == "ORG" and name.key[0] not in firms \
            and name.tally.get("ORG", 0.0) / count - count < APPOSITION_WEIGHT \
            and not any(firm_before(index.text, span.start) for span in name.spans):
        name.tally["PERSON"] = sum(name.tally.values()) + 1.0


def _join_particle_surnames(index: AliasIndex) -> None:
    """ "Dos Santos", written with a capital at a sentence's start, is the surname of "Ana
    Carolina dos Santos": a two-word name opening with a surname particle joins the one longer
    name that ends in the same two words, the particle inside it, where either is a person's
    ("De Gaulle", which the model took for a place, and "Charles de Gaulle"; "Henri de
    Valcourt", which it took for a body, and "De Valcourt"): both are a person's."""
    by_end: dict[Key, list[Key]] = defaultdict(list)
    for name in _names(index):
        if len(name.key) >= 3 and name.key[-2] in PARTICLES and name.label in _PARTICLED:
            by_end[name.key[-2:]].append(name.key)
    for name in _names(index):
        owners = {index.find(k) for k in by_end.get(name.key, ())}
        if len(name.key) != 2 or name.key[0] not in PARTICLES or name.label not in _PARTICLED \
                or len(owners) != 1:
            continue
        full = index.names[by_end[name.key][0]]
        if "PERSON" not in (name.label, full.label):
            continue
        for one in (name, full):
            if one.label != "PERSON":
                one.tally["PERSON"] = sum(one.tally.values()) + 1.0
        index.union(full.key, name.key)


_PARTICLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})


def _type_families(index: AliasIndex) -> None:
    """ "David Beckham ... the Beckhams", "the Blairs": the plural of the surname of a person the
    text names in full, after "the", is that person's family, people rather than a place or a
    body; it stays apart from the person."""
    surnames = {name.key[-1] for name in _names(index, "PERSON") if len(name.key) >= 2}
    for name in _names(index):
        word = name.key[0] if len(name.key) == 1 else ""
        if name.label != "PERSON" and word.endswith("s") and word[:-1] in surnames and all(
                index.text[max(0, span.start - 4) : span.start].casefold() == "the "
                for span in name.spans):
            name.tally = {"PERSON": sum(name.tally.values())}


def _type_titled_people(index: AliasIndex) -> None:
    """ "Sylke Tempel", which the model took for an organisation, is a person when the text
    calls her "Ms. Tempel": a two- or three-word name ending in a surname that a person's title
    stands before elsewhere, and the model typed as nothing else but a person there."""
    titled = {name.key[0] for name in _names(index, "PERSON")
              if len(name.key) == 1 and title_sex(index.text, name.spans) is not None}
    for name in _names(index):
        if name.label in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC") and 2 <= len(name.key) <= 3 \
                and name.key[-1] in titled \
                and all(word[:1].isupper() for word in name.surfaces[0].split()):
            name.tally["PERSON"] = sum(name.tally.values()) + 1.0


def _other_sex(index: AliasIndex, full: Key, lone: Name) -> bool:
    """ "Mr. Obama" is not "Michelle Obama": the title before a lone name and the full name's
    first name tell different sexes."""
    titled = title_sex(index.text, lone.spans)
    named = name_gender(full[0], registered=False)
    return titled is not None and named is not None and titled != named


def _may_be_surname(name: Name, placed: set[str]) -> bool:
    """A one-word name the model typed as a person or organisation, or as a place or a group
    when nothing but the model says so (no "the city of", not a country): "Lukaku" tagged GPE
    on every mention, "Opelka" tagged NORP; a demonym only where the text uses it as a person's
    name somewhere ("Cuban said")."""
    if name.label in SURNAME_LABELS:
        return True
    word = name.key[0]
    return name.label in ("GPE", "LOC", "NORP") and word not in placed \
        and country_name(word) is None \
        and (country_of_demonym(word) is None or "PERSON" in name.tally)


def _named_in_full_first(index: AliasIndex, full: Key, lone: Name) -> bool:
    """A demonym is a person's surname only once the full name has been given ("Mark Cuban
    ... Cuban said"): before it, "Cuban" is the nationality."""
    if country_of_demonym(lone.key[0]) is None:
        return True
    return min(index.names[full].spans) < min(lone.spans)


def _join_acronyms(index: AliasIndex) -> None:
    """"UN" joins "United Nations"; "Name (ACR)" joins ACR, there and wherever else it is
    named, to Name whatever its letters."""
    long_names = [n for n in _names(index) if len(n.key) >= 2 and n.label != "PERSON"]
    expansions: dict[str, list[Key]] = defaultdict(list)
    for long_name in long_names:
        # with its firm's word too: "Tarrow Motor Industry Corp" goes by "TMIC"
        spelt = tuple(plain_name(long_name.surfaces[0], long_name.label).casefold().split())
        for short in initials(long_name.key) | initials(spelt):
            expansions[short].append(long_name.key)
    for name in _names(index):
        letters = acronym_letters(name.surfaces[0])
        if letters is None or (name.label == "PERSON" and len(letters) < 3):
            continue
        _join_acronym(index, name, expansions.get(letters, ()))
    bracketed = _join_bracketed(index, long_names)
    for name in _names(index):
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


def _join_tails(index: AliasIndex) -> None:
    """"Defense Ministry" joins "Russian Defense Ministry" when no other name ends the same;
    a one-word "Senate" joins "U.S. Senate" when what comes before it is a country."""
    by_last: dict[str, list[Key]] = defaultdict(list)
    for long_name in _names(index):
        if len(long_name.key) >= 2 and long_name.label != "PERSON":
            by_last[long_name.key[-1]].append(long_name.key)
    people = _person_groups(index)
    for name in _names(index):
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


def _two_places(name: Name, size: int) -> bool:
    """ "North and South Korea", "Trinidad and Tobago": a place's name joining two by "and"
    names both, and is no longer form of its last ("South Korea"); a body's may be one body
    ("Customs and Border Protection")."""
    return name.label in ("GPE", "LOC") and "and" in name.key[:-size]


def _join_initialled(index: AliasIndex) -> None:
    """ "L.A. Auto Show" and "Los Angeles Auto Show": a name opening with initials is the one
    other name whose first words they are the initials of, the rest the same. Not a person's
    name ("J.R. Smith" is no "John Robert Smith" the text may name too)."""
    names = [n for n in _names(index) if n.label != "PERSON"]
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


def _join_prefixes(index: AliasIndex) -> None:
    """A company or product called by the start of its name: "Northrop" for "Northrop
    Grumman", "China Eastern" for "China Eastern Airlines", when only one name starts so; not a
    body within it ("UN" is not the "UN Security Council")."""
    for label in _SHORTENED:
        names = _names(index, label)
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


def _join_firms_called_short(index: AliasIndex, located: set[str]) -> None:
    """ "Alden Global Capital ... Alden said", "Emirates Airline ... Emirates": a one-word name
    the model typed as a place, a people or a person, after the text gave in full the one
    organisation whose name it opens and that ends in a firm's word, is that firm called short;
    it takes the firm's type, the longer and more explicit name's. A lone "person" so joins
    the one body of capitalised words it opens, whatever its last word ("Pell Games ... Pell
    said"). Not a known place (a country, a city, a US state, a name written after "in"), nor
    a person's name or surname ("Tom Ralston ... the Ralston Trust ... Ralston")."""
    firms: dict[str, list[Name]] = defaultdict(list)
    bodies: dict[str, list[Name]] = defaultdict(list)
    for name in _names(index, "ORG"):
        parts = plain_name(name.surfaces[0], "ORG").casefold().split()
        if len(parts) >= 2 and parts[-1].rstrip(".") in FIRM_ENDS:
            firms[name.key[0]].append(name)
        if len(parts) >= 2 and _all_capitalised(name.surfaces[0]):
            bodies[name.key[0]].append(name)
    if not bodies:
        return  # most texts name no body so: nothing to join, and no short form to look for
    people = _person_groups(index)
    for name in _names(index):
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
    people = {word for n in _names(index, "PERSON") for word in (n.key[0], n.key[-1])}
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
    return {index.find(n.key) for n in _names(index, "PERSON") if len(n.key) >= 2}


def _is_country(words: Key) -> bool:
    phrase = " ".join(words)
    return country_name(phrase) is not None or country_of_demonym(phrase) is not None


def _add_missed(index: AliasIndex) -> None:
    """Further mentions of known names, and of a known person's surname, by exact match."""
    forms: dict[str, Key] = {}
    surnames: dict[str, set[Key]] = defaultdict(set)
    for name in index.names.values():
        if name.kind not in ("name", "acronym"):
            continue
        for surface in name.surfaces:
            if len(surface) > 1 and any(c.isupper() for c in surface):
                forms.setdefault(plain_name(surface, ""), name.key)
        if name.kind == "name" and name.label == "PERSON" and len(name.key) >= 2:
            surnames[plain_name(name.surfaces[0], "PERSON").split()[-1]].add(index.find(name.key))
    for surname, owners in surnames.items():
        if len(owners) == 1 and len(surname) > 2:
            forms.setdefault(surname, owners.pop())
    taken = [span for name in index.names.values() for span in name.spans]
    for span, owner in repair.MissedNames(index.text, taken).find(forms):
        own = name_key(span.of(index.text), index.names[owner].label)
        index.add_to(own if own in index.names else owner, span)


def _join_demonyms(index: AliasIndex) -> None:
    """"Russian" joins Russia's group when Russia is named; otherwise it stays a NORP. The
    model sometimes types the word as a place ("Ukrainian cities") or a person ("treating
    Welsh patients"): the word decides, unless it joined a person's full name ("Irvine
    Welsh ... Welsh said")."""
    in_full = {n.key for members in index.groups().values()
               if any(len(m.key) > 1 for m in members) for n in members}
    for name in _names(index):
        country = country_of_demonym(" ".join(name.key))
        if country is None or not (name.label in ("NORP", "GPE", "LOC") or (
                name.label == "PERSON" and len(name.key) == 1 and name.key not in in_full
                and not first_name(name.key[0]))):  # "Christian", "Norman" may be a man
            continue
        key = tuple(country.casefold().split())
        if key != name.key and key in index.names and index.names[key].label in ("GPE", "LOC"):
            name.kind = "demonym"
            index.union(key, name.key)
        elif key != name.key:
            name.tally = {"NORP": 1.0}


def _add_descriptions(index: AliasIndex) -> None:
    """"the ministry" after "Russia's Defense Ministry", "the festival" after "the Amsterdam
    Light Festival": the nearest named organisation or event before it whose name is built on
    that noun, unless that one was named once in passing and another before it more often
    ("the festival" of an article on one festival, after a line on another)."""
    heads: dict[str, list[tuple[int, Key]]] = defaultdict(list)
    groups = index.groups()
    named: Counter[Key] = Counter()
    for name in _names(index, None):
        head = head_noun(name.surfaces[0])
        if head is None or index.group_label(groups[index.find(name.key)]) not in _DESCRIBED:
            continue
        heads[head].extend((span.start, name.key) for span in name.spans)
        named[index.find(name.key)] += len(name.spans)
    if not heads:
        return
    for positions in heads.values():
        positions.sort()
    taken = bytearray(len(index.text))
    for name in index.names.values():
        for span in name.spans:
            taken[span.start : span.end] = b"\x01" * len(span)
    for match in DESCRIPTION.finditer(index.text):
        found = heads.get(match.group(2))
        if not found or any(taken[match.start() : match.end()]):
            continue
        nearest = _described(index, found, named, match.start())
        if nearest is not None:
            index.add_to(nearest, TextSpan(match.start(), match.end()), kind="description")
    _join_capital_descriptions(index, heads, named)


def _described(index: AliasIndex, found: list[tuple[int, Key]], named: Counter[Key],
               start: int) -> Key | None:
    """The body a description at start stands for: the nearest named before it on that noun,
    unless that one was named once in passing and another before it more often."""
    before = bisect.bisect_left(found, (start,))
    if not before:
        return None
    nearest = found[before - 1][1]
    most = max((key for _, key in found[:before]), key=lambda k: named[index.find(k)])
    if named[index.find(nearest)] == 1 and named[index.find(most)] > 1:
        nearest = most
    return nearest


def _join_capital_descriptions(index: AliasIndex, heads: dict[str, list[tuple[int, Key]]],
                               named: Counter[Key]) -> None:
    """ "the European Commission ... The Commission wants": a description written with a
    capital, which the model takes for a one-word name, is the body it describes, as "the
    commission" is; only where each of its mentions follows "the"."""
    for name in _names(index, "ORG"):
        found = heads.get(name.key[0]) if len(name.key) == 1 else None
        if not found or not all(_THE_BEFORE.search(index.text, max(0, span.start - 4),
                                                    span.start) for span in name.spans):
            continue
        nearest = _described(index, found, named, min(name.spans).start)
        if nearest is not None:
            index.union(nearest, name.key)


_THE_BEFORE = re.compile(r"\b[Tt]he $")


def _canonical(members: Iterable[Name], label: str) -> str:
    candidates = [(plain_name(s, label, possessive=True), -n.spans[0].start, len(n.spans))
                  for n in members if n.kind == "name" for s in n.surfaces]
    if not candidates:
        return next(iter(members)).surfaces[0]
    written = {c[0] for c in candidates}
    best = max(candidates, key=lambda c: (len(c[0].split()), len(c[0]),
                                          not _shouted(c[0], written), c[2], c[1]))
    return best[0]


def _shouted(name: str, written: set[str]) -> bool:
    """ "FRANCE" in a heading or dateline, or "BAAR" where the text also writes "Baar"; not
    "NATO"."""
    return name.isupper() and (any(len(word) > 4 for word in name.split()) or any(
        other != name and other.upper() == name for other in written))


def _unquoted(text: str, span: TextSpan) -> TextSpan:
    """The span without quotation marks at its edges: a name is never '"Black Death'."""
    start, end = span.start, span.end
    while end - start > 1 and text[start] in ALL_MARKS:
        start += 1
    while end - start > 1 and text[end - 1] in ALL_MARKS:
        end -= 1
    return span if (start, end) == (span.start, span.end) else TextSpan(start, end)


def _entities(index: AliasIndex, voted: set[TextSpan],
              english: Collection[str]) -> tuple[Entity, ...]:
    """The groups as entities, save those that are common words ("Plague is caused by")."""
    capitals = Capitals(index.text)
    drafts = []
    for members in index.groups().values():
        label = index.group_label(members)
        spans = sorted({_unquoted(index.text, s) for n in members for s in n.spans})
        if common_word(capitals, spans, label, voted) \
                or lone_common_noun(capitals, spans, label, voted, english):
            continue
        surfaces = list(dict.fromkeys(s.of(index.text) for s in spans))
        name = _canonical(members, label)
        aliases = (name, *(s for s in surfaces if s != name))
        drafts.append((spans, name, label, aliases))
    drafts.sort(key=lambda d: d[0][0])
    return sorted_entities([Entity(f"e{i}", name, label, aliases, tuple(spans))
                            for i, (spans, name, label, aliases) in enumerate(drafts, 1)])
