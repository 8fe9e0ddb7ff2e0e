"""Telling a person's sex: titles, words given to them, first names and the article's pronouns."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence

from spacy.attrs import IDX, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from reader.analysis.antecedents import SUBJECTS
from reader.analysis.model import Entity
from reader.analysis.noun_phrases import compound_head
from reader.analysis.person_words import (
    FEMALE_NAMES,
    FEMALE_ROLES,
    GENDERED_PRONOUNS,
    MALE_NAMES,
    MALE_PRONOUNS,
    MALE_ROLES,
    name_gender,
    not_a_person,
    surname,
    title_sex,
)

PERSON_LABELS = frozenset({"PERSON"})
MIN_VOTES = 2  # one pronoun after a name is too little to give it a gender
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
# The pronouns as string-store keys, to compare with the Doc's LOWER column.
_GENDERED_KEYS = frozenset(get_string_id(word) for word in GENDERED_PRONOUNS)
_MALE_KEYS = frozenset(get_string_id(word) for word in MALE_PRONOUNS)
PRONOUN_REACH = 2  # sentences after a name in which a he or she is taken to stand for it


def sexes(doc: Doc, text: str, people: Sequence[Entity], titles: dict[str, frozenset[str]],
          mentions: Sequence[tuple[int, str]], quoted: Callable[[int], bool]
          ) -> dict[str, str | None]:
    """ "m", "f" or None for each person: from the words given to them ("widow"; not one that
    is their own surname, "Carla King"), else a title ("Mrs."), else a first name the short
    lists know, else the pronouns after their mentions (position, id), else the birth records;
    a surname kept apart from its full name takes the full name's."""
    said = pronoun_genders(doc, mentions, quoted)
    found = {e.id: _role_gender(titles[e.id] - _surnames(e))
             or _gender_of(text, e, said.get(e.id)) for e in people}
    found.update(_surname_genders(people, found))
    return found


def personal(entity: Entity) -> bool:
    """A person, or an entity the recogniser mislabelled that is named like one ("Loretta E.
    Lynch": a middle initial; a known first name), save one whose last word names a building,
    a place or a body ("Madison Square Garden")."""
    if entity.label in PERSON_LABELS:
        return True
    words = entity.name.split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) \
        and not not_a_person(entity.name) and (
        words[0].lower() in _FIRST_NAMES
        or any(len(w) == 2 and w.endswith(".") for w in words[1:-1]))


def _gender_of(text: str, entity: Entity, said: str | None = None) -> str | None:
    """ "m", "f" or None: from a title before a mention, else a first name the short lists
    know, else the sex the article's pronouns give the name (said), else the birth records."""
    if not personal(entity):
        return None
    titled = title_sex(text, entity.mentions)
    if titled is not None:
        return titled
    aliases = [alias.split() for alias in (entity.name, *entity.aliases) if alias.split()]
    full = [words for words in aliases if len(words) > 1]
    # a one-word name is mostly a surname ("Martin" beside "Carmel Martin", "Clinton", "Joseph")
    listed = {name_gender(words[0], registered=False) for words in full}
    male, female = "m" in listed, "f" in listed
    if male or female:  # both: two people merged ("Bill" and "Hillary Clinton"), either fits
        return "m" if male and not female else "f" if female and not male else None
    # birth records say what a name mostly is; the article's pronouns say what this one is
    recorded = {name_gender(words[0]) for words in full} - {None}
    return said or (recorded.pop() if len(recorded) == 1 else None)


def _surname_genders(people: Sequence[Entity], known: dict[str, str | None]
                     ) -> dict[str, str]:
    """A person known by a surname alone ("Obama") whom the grouping kept apart from the full
    name ("Barack Obama") has that person's sex, when every full name with it agrees."""
    by_surname: dict[str, set[str | None]] = {}
    for entity in people:
        if len(entity.name.split()) > 1:
            by_surname.setdefault(surname(entity.name).lower(), set()).add(known.get(entity.id))
    found = {}
    for entity in people:
        sexes = by_surname.get(entity.name.lower(), set())
        if known.get(entity.id) is None and len(sexes) == 1 and None not in sexes:
            found[entity.id] = next(iter(sexes))
    return {k: v for k, v in found.items() if v is not None}


def _surnames(entity: Entity) -> frozenset[str]:
    """The last word of each of a person's names, lower-cased: the "King" of "Carla King" is
    her name, not a role that tells her sex."""
    return frozenset(surname(alias).lower() for alias in (entity.name, *entity.aliases)
                     if alias.split())


def _role_gender(titles: frozenset[str]) -> str | None:
    """ "m" or "f" when the words an entity was given say it ("9/11 widow Terry Strada")."""
    male, female = bool(titles & MALE_ROLES), bool(titles & FEMALE_ROLES)
    return "m" if male and not female else "f" if female and not male else None


def pronoun_genders(doc: Doc, names: Sequence[tuple[int, str]],
                    quoted: Callable[[int], bool]) -> dict[str, str]:
    """The gender the article's own pronouns give each name: after a mention (position, key)
    that is a subject, the first he or she outside quotes in that sentence or the next ones,
    before another name is mentioned, votes for it ("Samudio has been missing. Police state
    she contacted them"); "replacing Clinton ..., he argued" does not."""
    starts = sorted(p for p, _ in names)
    wanted = set(starts)
    pronouns: list[tuple[int, str]] = []
    tokens: dict[int, Token] = {}
    lowers, places_of = doc.to_array([LOWER, IDX]).T.tolist() if len(doc) else ([], [])
    for i, (word, place) in enumerate(zip(lowers, places_of, strict=True)):  # columns, read once
        if word in _GENDERED_KEYS and not quoted(place):
            pronouns.append((place, "m" if word in _MALE_KEYS else "f"))
        elif place in wanted:
            tokens[place] = doc[i]
    places = [p for p, _ in pronouns]
    sent_starts = [s.start_char for s in doc.sents]
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text)
    votes: dict[str, Counter[str]] = {}
    for position, key in names:
        index = bisect.bisect_right(places, position)
        if index == len(pronouns) or not _is_subject(tokens.get(position)):
            continue
        after, gender = pronouns[index]
        following = bisect.bisect_right(starts, position)
        reach = bisect.bisect_right(sent_starts, position) + PRONOUN_REACH
        limit = sent_starts[reach] if reach < len(sent_starts) else end
        if (following == len(starts) or starts[following] > after) and after < limit:
            votes.setdefault(key, Counter())[gender] += 1
    return {key: gender for key, count in votes.items()
            for gender, n in count.most_common(1) if n >= MIN_VOTES and n >= 2 * sum(
                count.values()) / 3}


def _is_subject(token: Token | None) -> bool:
    return token is not None and compound_head(token).dep_ in SUBJECTS
