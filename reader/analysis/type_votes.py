"""The votes a mention's surroundings cast for the type of what it names: "Mr. X", "the city of
X", "X Inc.", "NBC's X Y"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.analysis.entity_firm_cues import employer_after_job, firm_cue, one_of_bodies
from reader.analysis.entity_parties import PARTY_NAMES
from reader.analysis.event_names import named_event
from reader.analysis.firm_votes import employer, firm_name, outlet, paper, trade_before, with_the
from reader.analysis.group_votes import (
    group_or_exit,
    nationality_word,
    plural_subject,
    state_school,
)
from reader.analysis.name_tokens import apposed, known_first
from reader.analysis.person_votes import BUILDING_NOUNS, SPEECH_LEMMAS, byline, named_person
from reader.analysis.person_words import (
    FACILITY_SUFFIXES,
    FIRM_KINDS,
    LAW_HEADS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    first_name,
)
from reader.analysis.place_votes import known_place, placed
from reader.analysis.product_names import before_vehicle_noun, beside_product_noun, maker_product
from reader.analysis.vote_weights import (
    APPOSITION_WEIGHT,
    PLACE_WEIGHT,
    SUFFIX_WEIGHT,
    TITLE_WEIGHT,
    WEAK_WEIGHT,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

# The end of a web address a firm or a site is named by: "Amazon.com", "Suprnova.org".
WEB_SUFFIX = re.compile(r"(?<=\w)\.(?:com|org|net|co\.uk|org\.uk|info|biz)\Z")


def votes(span: Span) -> Iterator[tuple[str, float]]:
    """Cues around a mention: "Mr. X" and "X said" for people, "the city of X" and "X-based"
    for places, "X Inc." or "X Ministry" for organisations."""
    doc = span.doc
    before = [doc[i] for i in range(max(0, span.start - 3), span.start)][::-1]
    after = [doc[i] for i in range(span.end, min(len(doc), span.end + 2))]
    first = before[0].lower_.rstrip(".") if before else ""
    text = span.text  # Span.text joins its tokens again: read once for the tests below
    if first in PERSON_TITLES and before[0].is_title:
        yield "PERSON", TITLE_WEIGHT
    if byline(before):
        yield "PERSON", TITLE_WEIGHT
    if after and after[0].lemma_ in SPEECH_LEMMAS and len(span) <= 3:
        yield "PERSON", WEAK_WEIGHT
    if placed(span, text, before, after, first):
        yield "GPE", PLACE_WEIGHT
    if first in ("in", "near") and len(span) <= 3:
        yield "GPE", WEAK_WEIGHT
    last = span[-1].lower_.rstrip(".")
    if last in LAW_HEADS and len(span) > 1 and span[-1].is_title:
        yield "LAW", SUFFIX_WEIGHT
    yield from group_or_exit(span)
    if named_event(span):
        yield "EVENT", SUFFIX_WEIGHT  # "New York Marathon", "Euro 2004": not a body nor a law
    if firm_name(span, last) or WEB_SUFFIX.search(text) or text in PARTY_NAMES \
            or (firm_cue(span) and not known_place(text)):
        # "X Inc.", "Patriot Coal", "Lowe's", "Pellmart.com", "Labour", "oil giant X", "X boss"
        yield "ORG", SUFFIX_WEIGHT
    kind = _kind_by_last_word(span, last)
    if kind is not None:
        yield kind, SUFFIX_WEIGHT
    nxt = after[0].lower_.rstrip(".") if after else ""
    if nxt in ORG_SUFFIXES and after[0].is_title:
        yield "ORG", WEAK_WEIGHT  # "Kyiv Police": the model's span may only be short
    if nxt in BUILDING_NOUNS and after[0].is_lower and span[0].ent_type_ == "PERSON":
        # "the Hoa Lo prison", "Walter Reed hospital"; "Toulouse airport" is the city's
        yield "FAC", APPOSITION_WEIGHT
    if apposed(span, text) & ORG_NOUNS or one_of_bodies(span) or outlet(span, before) \
            or (employer_after_job(span) and not known_place(text)) \
            or first in FIRM_KINDS \
            or paper(first, after) or employer(before) or with_the(span, first) \
            or trade_before(span, before):
        yield "ORG", APPOSITION_WEIGHT  # "the operator, Estuary Lines,", "the insurer X"
    yield from named_person(span, before)
    yield from _product(span)
    yield from nationality_word(span)
    if plural_subject(span) or state_school(span):
        yield "ORG", APPOSITION_WEIGHT  # "the Bruins were", "Penn State": a team or a school
    if len(span) == 1 and (text in PLATFORMS or nxt in PLATFORM_NOUNS or (
            first == "on" and len(before) > 1 and before[1].lemma_.lower() in POSTING_VERBS)):
        yield "ORG", APPOSITION_WEIGHT  # "Twitter", "wrote on Zorbo", "her Instagram account"


def _kind_by_last_word(span: Span, last: str) -> str | None:
    """What a name's last word makes of a name the model mislabelled: "Davis Cup", "Sioux
    Falls", "App Store" taken for people; "Central Avenue", "Marlow County Jail" taken
    for places, where the streets beside them are facilities; "4817 Linden Place", an
    address, whatever the model took it for."""
    if len(span) < 2 or not span[-1].is_title:
        return None
    label = span[0].ent_type_
    if last in NEVER_SURNAMES and label == "PERSON":
        return NEVER_SURNAMES[last]
    if last in _NAMED_BUILDINGS and label == "PERSON" and len(span) == 2 and \
            not known_first(span):
        return "FAC"  # "Trump Tower", "Galeana Street"; "John Tower" opens with a first name
    if last in _WAY_AND_JAIL_ENDS and label in ("GPE", "LOC"):
        return "FAC"
    return "FAC" if last in _STREET_ENDS and _house_number(span) else None


def _house_number(span: Span) -> bool:
    """Whether a name comes right after a house's number ("resides at 4817 Linden Place")."""
    number = span.doc[span.start - 1] if span.start else None
    return number is not None and number.text.isdigit() and len(number.text) <= 5


# Last words of a street's or a jail's name, which the model may take for a place's: the same
# kind of thing as the streets it types a facility ("Seventh Street and Central Avenue").
_WAY_AND_JAIL_ENDS = frozenset({"street", "avenue", "road", "boulevard", "drive", "highway",
                                "parkway", "expressway", "jail", "prison"})
# Last words of a street's name that, after a house's number, make the name an address's.
_STREET_ENDS = _WAY_AND_JAIL_ENDS - {"jail", "prison"} | {
    "lane", "place", "court", "way", "circle", "terrace", "st", "ave", "rd", "dr", "ln", "blvd"}
# Last words that make a name a model of a product line, never a body's, nor a person's unless
# it opens with a first name: "MacBook Pro", "iPhone 11 Pro Max", "Switch Lite", "Mavic Mini",
# "Chromecast Ultra" ("Plus" and "Air" end channels and airlines too: "Canal Plus", "Korean Air").
PRODUCT_LINES = frozenset({"Pro", "Max", "Mini", "Lite", "Ultra"})
# Of those, the last words of a building or a street named after somebody, seldom a foreign
# surname ("Park", "Hall" and "Field" often are: "Ji-sung Park").
_NAMED_BUILDINGS = frozenset({"tower", "towers", "square", "street", "station", "bridge",
                              "palace", "church"})
SURNAME_FACILITIES = frozenset({"bridge", "church", "field", "garden", "hall", "palace", "park",
                                "square", "station", "street", "tower", "towers"})
# Last words of a venue's, a place's, an event's or a shop's name that are nobody's surname
# (unlike "Hall", "Field", "Park", "Lake", "Bay" or "Lane"), with the type they give the name
# the model took for a person's: a building's word is one unless it is a surname too ("Kevin
# Hall", "Sally Field", "Picabo Street").
NEVER_SURNAMES = {
    **dict.fromkeys(FACILITY_SUFFIXES - SURNAME_FACILITIES | {
        "amphitheater", "amphitheatre", "drive", "highway", "parkway", "expressway", "tunnel"},
        "FAC"),
    **dict.fromkeys(("falls", "springs", "heights", "atoll", "county", "township", "borough",
                     "province", "island", "islands", "mountains", "peninsula"), "GPE"),
    **dict.fromkeys(("cup", "conference", "summit", "championship", "championships",
                     "tournament", "festival", "olympics", "marathon", "expo", "convention",
                     "awards", "trophy"), "EVENT"),
    **dict.fromkeys(("store", "stores"), "ORG"),
}


def _product(span: Span) -> Iterator[tuple[str, float]]:
    if len(span) > 1 and span[-1].text in PRODUCT_LINES and not first_name(span[0].text):
        yield "PRODUCT", SUFFIX_WEIGHT  # "MacBook Pro", "Switch Lite"; not "Sam Max"
    elif maker_product(span):
        yield "PRODUCT", SUFFIX_WEIGHT  # "Ford Mustang", "Nissan's Altima"
    elif before_vehicle_noun(span) or beside_product_noun(span):
        yield "PRODUCT", APPOSITION_WEIGHT  # "the Vantor sedan", "the Chrome browser"


# What a platform has, and what is done on one: a single name before one of these nouns, or
# after "posted on", is a service, never a person or a place.
PLATFORM_NOUNS = frozenset({"account", "accounts", "post", "posts", "feed", "page", "user",
                            "users", "followers", "video", "videos", "channel", "profile",
                            "handle", "thread", "livestream", "app", "subscribers",
                            "subscription", "documentary", "series", "special", "stream"})
# Services people post on, firms whatever the words around them: "added on Twitter".
PLATFORMS = frozenset({"Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Snapchat",
                       "Reddit", "LinkedIn", "WhatsApp", "Pinterest", "Tumblr", "Twitch",
                       "Weibo", "WeChat"})
POSTING_VERBS = frozenset({"post", "write", "tweet", "share", "publish", "stream", "broadcast",
                           "comment", "reply", "upload", "air", "message", "livestream", "say",
                           "announce", "respond"})
