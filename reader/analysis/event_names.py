"""Names of sporting and festive events by their last word: "Davis Cup", "Athens Games"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.cities import is_city
from reader.analysis.demonyms import country_name, country_of_demonym

if TYPE_CHECKING:
    from spacy.tokens import Span

# Last words that make a capitalised name an event's, whatever the model took it for: a body's
# ("New York Marathon"), a law's, a place's. "Open" and "Prix" only after the word that makes
# them one ("US Open" is a tournament, "Grand Prix" a race).
EVENT_ENDS = frozenset({"olympics", "paralympics", "marathon", "cup", "championship",
                        "championships", "tournament", "festival", "awards"})
# "Games" is a firm's last word as often ("Epic Games"), "Open" ends other names: an event's
# only after these words, a city, a country or its nationality word, or ("Games") a year.
_GAMES_KINDS = frozenset({"olympic", "paralympic", "commonwealth", "asian", "african",
                          "european", "american", "winter", "summer", "youth", "highland",
                          "island", "world", "goodwill", "special", "invictus"})
# Names that with a year make an event's: "Euro 2004", "Expo 2010".
_WITH_A_YEAR = frozenset({"euro", "expo"})
_YEAR = re.compile(r"(19|20)\d\d|'?\d\d")


def named_event(span: Span) -> bool:
    """Whether a capitalised name of two words or more is an event's by its last word (a year
    after it aside): "World Cup 2006", "Athens Games", "Australian Open", "Euro 2004"."""
    words = [t for t in span if t.tag_ != "POS"]
    year = len(words) > 1 and _YEAR.fullmatch(words[-1].text) is not None
    if year:
        words = words[:-1]
    if not words or not words[-1].is_title:
        return False
    last = words[-1].lower_
    if len(words) == 1:
        return year and last in _WITH_A_YEAR
    before = words[-2]
    if last in ("games", "open"):
        return before.lower_ in _GAMES_KINDS or _place(before.text) \
            or (last == "games" and _YEAR.fullmatch(before.text) is not None)
    if last == "prix":
        return before.lower_ == "grand"
    return last in EVENT_ENDS


def _place(word: str) -> bool:
    """A city, a country or its nationality word: "Athens Games", "Qatar Open", "French Open"."""
    return is_city(word) or country_name(word) is not None or country_of_demonym(word) is not None


def contest(name: str) -> bool:
    """Whether an event's name ends in a word of a contest's or a festival's: "World Cup",
    "Athens Games"; not a war's or a storm's."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in EVENT_ENDS | {"games", "open", "prix"}
