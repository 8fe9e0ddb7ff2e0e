"""Joining a person's names: a lone surname or first name, titled surnames, particles."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from reader.analysis.aliases import (
    SURNAME_LABELS,
    AliasIndex,
    Key,
    Name,
    plain_name,
    proper_names,
)
from reader.analysis.demonyms import country_name, country_of_demonym
from reader.analysis.firm_votes import firm_before
from reader.analysis.person_words import PARTICLES, name_gender, title_sex
from reader.analysis.vote_weights import APPOSITION_WEIGHT
from reader.document import TextSpan


def join_people(index: AliasIndex, placed: set[str]) -> None:
    """Full names with the same first and last name are one person; a lone surname or first
    name joins the one full name that has it."""
    _type_titled_people(index)
    people: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for name in proper_names(index, "PERSON"):
        if len(name.key) >= 2:
            people[(name.key[0], name.key[-1])].append(name.key)
    for keys in people.values():
        _join_full_names(index, keys)
    by_last: dict[str, list[Key]] = defaultdict(list)
    by_first: dict[str, list[Key]] = defaultdict(list)
    for (first, last), keys in people.items():
        for key in {index.find(key): key for key in keys}.values():
            by_last[last].append(key)
            by_first[first].append(key)
    _join_particle_surnames(index)
    _join_titled_surnames(index)
    firms = {name.key[0] for name in proper_names(index, "ORG") if len(name.key) >= 2}
    for name in proper_names(index):
        if len(name.key) != 1 or not _may_be_surname(name, placed) or _royal(index.text, name):
            continue
        word = name.key[0]
        matches = by_last.get(word) or (by_first.get(word) if name.label == "PERSON" else None)
        if word in by_last and len({index.find(k) for k in by_last[word]}) > 1:
            _type_shared_surname(index, name, firms)
            matches = _dominant_bearer(index, by_last[word])
        if matches is not None and len({index.find(k) for k in matches}) == 1 \
                and not _other_sex(index, matches[0], name) \
                and _named_in_full_first(index, matches[0], name):
            if name.label in ("GPE", "LOC", "NORP"):  # the model's place is this person's name
                name.tally["PERSON"] = sum(name.tally.values())
            index.union(matches[0], name.key)


def _join_full_names(index: AliasIndex, keys: Sequence[Key]) -> None:
    """Full names with the same first and last name are one person, unless the middle initials
    written differ: "George H.W. Bush" and "George W. Bush" are father and son, and then only
    names with the same middle initials are joined ("John Milo Ford" and "John M. Ford")."""
    middles = {key: _middle_initials(index.names[key]) for key in keys}
    if len(set(middles.values()) - {""}) <= 1:
        for key in keys[1:]:
            index.union(keys[0], key)
        return
    for i, key in enumerate(keys):
        same = next((k for k in keys[:i] if middles[k] == middles[key]), None)
        if same is not None and middles[key]:
            index.union(same, key)


def _middle_initials(name: Name) -> str:
    """ "HW" of "George H.W. Bush", "M" of "John Milo Ford" and of "John M. Ford"."""
    middle = plain_name(name.surfaces[0], "PERSON").split()[1:-1]
    return "".join(letter for word in middle for letter in word if letter.isupper())


def _dominant_bearer(index: AliasIndex, keys: Sequence[Key]) -> list[Key] | None:
    """ "Hillary Clinton" named in full twenty times and "Bill Clinton" once: a lone "Clinton"
    is the person the story is about, named in full before the others with the surname, and at
    least three times and at least twice as often as all of them together; where no one stands
    out so ("Jane Whitcombe" and "Tom Whitcombe", twice each; "Donald Trump" named first, once,
    and "Ivanka Trump" five times after), the surname joins nobody."""
    roots = {index.find(key) for key in keys}
    counts: Counter[Key] = Counter(dict.fromkeys(roots, 0))
    first: dict[Key, TextSpan] = {}
    for name in proper_names(index, "PERSON"):
        if len(name.key) >= 2 and (root := index.find(name.key)) in roots:
            counts[root] += len(name.spans)
            first[root] = min(first.get(root, name.spans[0]), *name.spans)
    (top, most), *others = counts.most_common()
    if most >= 3 and most >= 2 * sum(n for _, n in others) \
            and first[top] == min(first.values()):
        return [next(k for k in keys if index.find(k) == top)]
    return None


# Titles British papers write before a surname alone, never before a first name ("Mrs Ashby
# Cole"; "Sir" and "Lady" go before a first name: "Sir Peter Lowe").
SURNAME_TITLES = frozenset({"mr", "mrs", "ms", "miss"})


def _join_titled_surnames(index: AliasIndex) -> None:
    """ "Mrs Ashby Cole" is "Rachel Ashby Cole": two capitalised words after "Mr", "Mrs",
    "Ms" or "Miss" are a surname of two words written without a hyphen ("Mr Lloyd Jones"),
    which joins the one longer person's name ending in them."""
    by_end: dict[Key, list[Key]] = defaultdict(list)
    for name in proper_names(index, "PERSON"):
        if len(name.key) >= 3:
            by_end[name.key[-2:]].append(name.key)
    for name in proper_names(index, "PERSON"):
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
    for name in proper_names(index):
        if len(name.key) >= 3 and name.key[-2] in PARTICLES and name.label in _PARTICLED:
            by_end[name.key[-2:]].append(name.key)
    for name in proper_names(index):
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


def type_families(index: AliasIndex) -> None:
    """ "David Beckham ... the Beckhams", "the Blairs": the plural of the surname of a person the
    text names in full, after "the", is that person's family, people rather than a place or a
    body; it stays apart from the person."""
    surnames = {name.key[-1] for name in proper_names(index, "PERSON") if len(name.key) >= 2}
    for name in proper_names(index):
        word = name.key[0] if len(name.key) == 1 else ""
        if name.label != "PERSON" and word.endswith("s") and word[:-1] in surnames and all(
                index.text[max(0, span.start - 4) : span.start].casefold() == "the "
                for span in name.spans):
            name.tally = {"PERSON": sum(name.tally.values())}


_PLACE_NOUNS = frozenset({"county", "city", "borough", "township", "parish"})


def type_named_places(index: AliasIndex) -> None:
    """ "Hereford County Hospital ... Hereford hospital ... choose Hereford": a lone word the
    model took for a person's name, which opens a longer name with "County" or "City" next, is
    the place, where no one the text names in full has it for a surname and no title stands
    before it."""
    surnames = {name.key[-1] for name in proper_names(index, "PERSON") if len(name.key) >= 2}
    places = {name.key[0] for name in proper_names(index)
              if len(name.key) >= 2 and name.key[1] in _PLACE_NOUNS}
    for name in proper_names(index, "PERSON"):
        if len(name.key) == 1 and name.key[0] in places - surnames \
                and title_sex(index.text, name.spans) is None:
            name.tally = {"GPE": sum(name.tally.values())}


def _type_titled_people(index: AliasIndex) -> None:
    """ "Sylke Tempel", which the model took for an organisation, is a person when the text
    calls her "Ms. Tempel": a two- or three-word name ending in a surname that a person's title
    stands before elsewhere, and the model typed as nothing else but a person there."""
    titled = {name.key[0] for name in proper_names(index, "PERSON")
              if len(name.key) == 1 and title_sex(index.text, name.spans) is not None}
    for name in proper_names(index):
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
