"""The votes a mention's surroundings cast for the type of what it names: "Mr. X", "the city of
X", "X Inc.", "NBC's X Y"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.analysis.cities import is_city
from reader.analysis.demonyms import country_name
from reader.analysis.entity_firm_cues import employer_after_job, firm_cue, one_of_bodies
from reader.analysis.entity_parties import PARTY_NAMES
from reader.analysis.event_names import named_event
from reader.analysis.group_votes import (
    group_or_exit,
    nationality_word,
    plural_agreement,
    plural_subject,
    state_school,
)
from reader.analysis.person_words import (
    FACILITY_SUFFIXES,
    FIRM_KINDS,
    LAW_HEADS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTICLES,
    PEOPLE,
    PERSON_TITLES,
    POSSESSIVES,
    ROLES,
    first_name,
    not_a_person,
)
from reader.analysis.place_votes import PHRASE_ENDS, US_STATES, known_place, placed
from reader.analysis.product_names import (
    before_vehicle_noun,
    beside_product_noun,
    listed_under,
    maker_product,
)
from reader.analysis.vote_weights import (
    APPOSITION_WEIGHT,
    NAMED_WEIGHT,
    PLACE_WEIGHT,
    SUFFIX_WEIGHT,
    TITLE_WEIGHT,
    WEAK_WEIGHT,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Buildings and grounds a name before them in lower case belongs to.
BUILDING_NOUNS = FACILITY_SUFFIXES - {"field", "hall", "square", "street", "road", "avenue"} | {
    "prison", "jail", "hospital", "camp", "mosque", "temple", "dam", "airbase"}
# Nouns for a paper or a magazine written after its name ("the Herald newspaper").
_PRESS_NOUNS = frozenset({"newspaper", "newspapers", "paper", "magazine", "tabloid", "daily",
                          "weekly", "journal"})
# The end of a web address a firm or a site is named by: "Amazon.com", "Suprnova.org".
WEB_SUFFIX = re.compile(r"(?<=\w)\.(?:com|org|net|co\.uk|org\.uk|info|biz)\Z")
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "explain", "insist", "claim"})


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
    if _byline(before):
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
    if _firm_name(span, last) or WEB_SUFFIX.search(text) or text in PARTY_NAMES \
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
    if _apposed(span, text) & ORG_NOUNS or one_of_bodies(span) or _outlet(span, before) \
            or (employer_after_job(span) and not known_place(text)) \
            or first in FIRM_KINDS \
            or _paper(first, after) or _employer(before) or _with_the(span, first) \
            or _trade_before(span, before):
        yield "ORG", APPOSITION_WEIGHT  # "the operator, Estuary Lines,", "the insurer X"
    yield from _named_person(span, before)
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
            not _known_first(span):
        return "FAC"  # "Trump Tower", "Galeana Street"; "John Tower" opens with a first name
    if last in _WAY_AND_JAIL_ENDS and label in ("GPE", "LOC"):
        return "FAC"
    return "FAC" if last in _STREET_ENDS and _house_number(span) else None


def _house_number(span: Span) -> bool:
    """Whether a name comes right after a house's number ("resides at 4817 Linden Place")."""
    number = span.doc[span.start - 1] if span.start else None
    return number is not None and number.text.isdigit() and len(number.text) <= 5


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
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


def firm_possessive(name: Span) -> bool:
    """Whether a name ending in "'s" is a firm's called by its founder's possessive: the
    possessive owns nothing, for the name is the subject of the verb right after it ("Lowe's
    fell", "Shares of Lowe's fell"), the object of "at" or "from" at a phrase's end ("at
    Kohl's."), or a mark or the last name of a list ends its phrase ("Macy's, Kohl's and
    Sears"; not "a friend of Stone's," which owns "a friend"); not a name opening
    with a first name, nor a word the text makes the last of a person's name ("Jones's been"
    and "Trump's said" are a person's "has"), nor a place's ("South Dakota's got")."""
    doc, mark = name.doc, name[-1]
    owner = doc[mark.i - 1]
    if len(name) < 2 or mark.text not in ("'s", "’s") or mark.tag_ != "POS" \
            or owner.whitespace_ or not owner.text[:1].isupper() or owner.is_upper:
        return False  # "McDonald's" has a capital inside; "CNN's" is an acronym's
    after = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    if after is not None and after.tag_ in _FINITE:
        owns_nothing = (owner.dep_ == "nsubj" and after == owner.head) \
            or _of_subject(owner, after)
    else:
        owns_nothing = (owner.dep_ == "pobj" and owner.head.lower_ in ("at", "from")
                        and (after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ"))) \
            or ((after is None or after.text in PHRASE_ENDS or _listed_last(after))
                and not _of_object(owner))
    # the name's own tests first, the scan of the whole Doc last: both only where they matter
    return owns_nothing and not known_place(name[:-1].text) \
        and not first_name(name[0].text, registered=len(name) > 2) \
        and not any(t.ent_iob_ == "I" and t.ent_type_ == "PERSON"
                    and t.i not in range(name.start, name.end) for t in _written_as(owner))


_ROLES_OR_PEOPLE = ROLES | PEOPLE  # words for somebody, who owns nothing as "of X's"


def _listed_last(word: Token) -> bool:
    """ "Macy's and Sears": "and" before a name that owns nothing either (not "Macy's and
    Sears' stores", where both own the noun after)."""
    doc = word.doc
    if word.lower_ not in ("and", "or", "&"):
        return False
    end = word.i + 1
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    return end > word.i + 1 and (end == len(doc) or doc[end].text not in POSSESSIVES)


def _of_object(owner: Token) -> bool:
    """ "a friend of Stone's.": the double possessive of "of", which owns the noun before."""
    return owner.dep_ == "pobj" and owner.head.lower_ == "of"


def _of_subject(owner: Token, verb: Token) -> bool:
    """ "Shares of Lowe's fell": the name after "of" in the subject of the verb right after
    the possessive, which owns nothing; not a person's double possessive ("a friend of
    Stone's said")."""
    subject = owner.head.head
    return _of_object(owner) and subject.dep_ in ("nsubj", "nsubjpass") \
        and subject.head == verb and subject.lemma_.lower() not in _ROLES_OR_PEOPLE


def _written_as(word: Token) -> list[Token]:
    """The tokens of word's Doc written as word is, word among them, found from the Doc's ORTH
    column rather than by reading every token's text."""
    from spacy.attrs import ORTH  # spaCy stays out of importing this module's word lists

    doc, orth = word.doc, word.orth
    return [doc[i] for i, key in enumerate(doc.to_array(ORTH).tolist()) if key == orth]


def _product(span: Span) -> Iterator[tuple[str, float]]:
    if len(span) > 1 and span[-1].text in PRODUCT_LINES and not first_name(span[0].text):
        yield "PRODUCT", SUFFIX_WEIGHT  # "MacBook Pro", "Switch Lite"; not "Sam Max"
    elif maker_product(span):
        yield "PRODUCT", SUFFIX_WEIGHT  # "Ford Mustang", "Nissan's Altima"
    elif before_vehicle_noun(span) or beside_product_noun(span):
        yield "PRODUCT", APPOSITION_WEIGHT  # "the Vantor sedan", "the Chrome browser"


def _firm_name(span: Span, last: str) -> bool:
    """ "Xcel Energy Inc.", "Lowe's", "Patriot Coal": a firm's last word (an industry's after a
    word that is no first name) or a firm's possessive."""
    if len(span) > 1 and (last in ORG_SUFFIXES or (
            last in INDUSTRY_WORDS and len(span) <= 3 and not _known_first(span))):
        return True
    return firm_possessive(span)


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


def _apposed(span: Span, text: str) -> set[str]:
    """The lemmas of the common nouns a mention (whose text is text) is set beside: the head
    it is in apposition to, or the appositions it heads."""
    if country_name(text):
        return set()  # a country is a place wherever a list's parse hangs it
    root = span.root
    nouns = {child for child in root.children if child.dep_ == "appos"}
    if root.dep_ == "appos":
        nouns.add(root.head)
    return {noun.lemma_.lower() for noun in nouns if noun.pos_ == "NOUN"}


# Jobs that news writes "at" the body that employs one: "an analyst at Kelso Partners".
_JOBS = frozenset({
    "director", "chairman", "chairwoman", "founder", "executive", "economist", "professor",
    "spokesman", "spokeswoman", "spokesperson", "analyst", "strategist", "manager", "partner",
    "editor", "scientist", "researcher", "expert", "engineer", "architect", "banker", "trader",
    "consultant", "lecturer", "fellow", "correspondent", "tester", "specialist", "designer",
    "developer", "officer", "official"})


def _employer(before: list[Token]) -> bool:
    """ "a security expert at Norvane", "chief architect at the Kessler Group": the name after
    "at" and a job is the body one works for, not a place nor a person."""
    words = [t.lower_ for t in before]  # nearest first
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) >= 2 and words[0] == "at" and words[1].removesuffix("s") in _JOBS


def _trade_before(span: Span, before: list[Token]) -> bool:
    """ "said analysts Gartner", "a study by consultants Norvane Partners": a name right after
    the plural of a trade, with no article or figure before it, is the firm that plies it;
    "the researchers Anna Berg" and "analysts Jane Doe" (a first name) are people."""
    if not before or before[0].lower_.removesuffix("s") not in _JOBS \
            or not before[0].lower_.endswith("s") or first_name(span[0].text):
        return False
    words = before[1:]
    while words and words[0].pos_ in ("NOUN", "ADJ", "PROPN") and words[0].is_lower:
        words = words[1:]  # "market analysts"
    return not words or not (words[0].pos_ in ("DET", "NUM", "PRON")
                             or words[0].text in POSSESSIVES)


def _introduced_person(span: Span, before: list[Token]) -> bool:
    """ "NBC's Lester Holt", "the host, Lester Holt,": a known first name and a capitalised
    surname after a possessive, or set beside a word for a person's role, name a person."""
    words = [t for t in span if not (len(t.text) == 2 and t.text.endswith("."))]  # initials
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words) \
            or not first_name(words[0].text) or not_a_person(span.text):
        return False
    possessed = len(before) > 1 and before[0].text in POSSESSIVES \
        and before[1].pos_ in ("NOUN", "PROPN")
    return possessed or bool(_apposed(span, span.text) & ROLES)


# Last words of a firm's name that are no surname: "Walter Energy", "Patriot Coal".
INDUSTRY_WORDS = frozenset({
    "energy", "realty", "capital", "financial", "oil", "gas", "steel", "foods", "brands",
    "pharma", "pharmaceuticals", "resources", "industries", "systems", "solutions", "insurance",
    "securities", "investments", "properties", "homes", "construction", "logistics", "mining",
    "petroleum", "electric", "chemical", "chemicals", "communications", "wireless",
    "healthcare", "farms", "brewing", "stores", "markets", "restaurants", "hotels", "resorts",
    "coal", "music", "tobacco", "computer", "computers", "media", "records",
    "aerospace", "telecoms", "biotech",
})
# Last words of a firm's or a place's name that are no surname: "Walter Energy", "Virginia
# Beach" (the words of ORG_SUFFIXES and the like are not_a_person's).
_NOT_SURNAMES = INDUSTRY_WORDS | {
    "health", "beach", "springs", "falls", "heights", "valley", "hills", "lake", "bay",
    "harbor", "harbour", "creek", "point", "island", "mountain", "mountains", "river", "cup",
    "convention", "prize", "award", "awards", "trophy", "open",
}
# Words before a name that a firm takes and a person does not: "a trader at Charles Schwab",
# "Ben & Jerry", "shares of Ford", "a stake in Ford" ("the Ford plant" and "the Trump campaign"
# read alike: "the" tells nothing).
_FIRM_BEFORE = re.compile(r"(?:\bat|&|\b(?:shares|stock|stake) (?:of|in))\s+\Z", re.IGNORECASE)


def firm_before(text: str, start: int) -> bool:
    """Whether the words right before position start of text are a firm's ("at", "shares of")."""
    return _FIRM_BEFORE.search(text, max(0, start - 20), start) is not None


def _first_and_surname(span: Span) -> bool:
    """ "Alison Lundergan Grimes", "Sheryl Crow" typed a body, a product or a place, or a title
    that says something: two or three capitalised words opening with a known first name,
    neither they nor the first word a place's own name, name a person."""
    return _known_first(span) and _person_shaped(span)


def _known_first(span: Span) -> bool:
    """Whether the name opens with a known first name, or a hyphenated one with a known part
    ("Jo-Wilfried", "Jean-Marc")."""
    doc, parts = span.doc, [span[0]]
    while parts[-1].i + 2 < span.end and _hyphen_in_word(doc[parts[-1].i + 1]):
        parts.append(doc[parts[-1].i + 2])
    return any(first_name(t.text) for t in parts)


def _person_shaped(span: Span) -> bool:
    """Two or three capitalised words typed a body, a product, a place or a building (or a title
    that says something), that neither a firm's or a place's word nor "the" before make a body's;
    a hyphenated word is one ("Jo-Wilfried"), a particle between them none ("de"), and a
    surname may have a capital inside ("DuVernay")."""
    if not (span[0].ent_type_ in ("ORG", "PRODUCT", "GPE", "FAC") or _speaking_title(span)):
        return False
    words = [t for t in span if not (_hyphen_in_word(t) or _particle_inside(t, span))]
    if not 2 <= len([t for t in words if t.whitespace_ or t.i == span.end - 1]) <= 3 \
            or not all((t.is_title and t.is_alpha) or _SURNAME_CAPITALS.fullmatch(t.text)
                       for t in words) or not_a_person(span.text):
        return False
    last, doc = words[-1], span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "the Carolina Panthers", "the Sierra Club": a body
    return last.tag_ != "NNPS" and last.lower_ not in _NOT_SURNAMES \
        and not plural_agreement(last) \
        and not any(is_city(part) or part.casefold() in US_STATES or country_name(part)
                    for part in (span.text, words[0].text))  # "Georgia Tech"


# Surnames with a capital inside: "McDonald", "O'Donnell", "DuVernay", "DiCaprio", "VanDyke".
_SURNAME_CAPITALS = re.compile(r"(?:Mc|Mac|O['’]|De|Di|Du|La|Le|Van|Von)[A-Z][a-z]+")


def _hyphen_in_word(token: Token) -> bool:
    """ "Jo-Wilfried": a hyphen inside one word of a name, between capitalised parts."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
        and not token.whitespace_ and doc[token.i - 1].is_title and doc[token.i + 1].is_title


def _particle_inside(token: Token, span: Span) -> bool:
    """ "de" of "Charles de Gaulle": a lower-case surname particle between a name's words."""
    return token.is_lower and token.lower_ in PARTICLES and span.start < token.i < span.end - 1


def _speaking_title(span: Span) -> bool:
    """ "..., Teresa Holm Brandt recalled.": a title the model saw in a name that is the
    subject of a verb of speech."""
    if span[0].ent_type_ != "WORK_OF_ART":
        return False
    root = span.root
    return root.dep_ == "nsubj" \
        and root.head.lemma_ in SPEECH_LEMMAS and root.head.i >= span.end


def _firm_use(span: Span) -> bool:
    """Whether the text writes the name as a firm's anywhere: "at X", "shares of X", "X &",
    "& X", or "X said its ..." (its before any other noun)."""
    doc = span.doc
    text = doc.text
    for start in (t.i for t in _written_as(span[0])):
        end = start + len(span)
        if doc[start:end].text != span.text:
            continue
        if firm_before(text, doc[start].idx):
            return True
        for t in doc[end : min(len(doc), end + 6)]:
            if t.lower_ in ("its", "&") or t.is_sent_start:
                if t.lower_ in ("its", "&") and not t.is_sent_start:
                    return True
                break
            if t.pos_ in ("NOUN", "PROPN"):
                break
    return False


def _named_person(span: Span, before: list[Token]) -> Iterator[tuple[str, float]]:
    """A person's vote for a first name and a surname: strong where the words around introduce
    a person, weaker where only the name's form tells."""
    if len(span) < 2:
        return  # one word is no first name and surname, whatever the words around it
    doc = span.doc
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in BUILDING_NOUNS:
        return  # "the city's Kim Son prison": a name before a building's noun is the building's
    if _introduced_person(span, before):
        yield "PERSON", APPOSITION_WEIGHT
    elif (_first_and_surname(span) or _unlisted_person(span)) and not _firm_use(span):
        yield "PERSON", NAMED_WEIGHT


def _unlisted_person(span: Span) -> bool:
    """ "Marcel Granollers and Feliciano Lopez": a first name the lists lack, in a name of a
    person's shape listed beside a person's full name, or whose surname alone is elsewhere the
    subject of a verb of speech ("Granollers said"); not where the surname is a word of the
    dictionary (which holds "Spencer" but also "Sun", "Express" and "Block")."""
    # common_nouns builds on this module's word lists: imported here, not above
    from reader.analysis.common_nouns import english_words

    root, doc = span[-1], span.doc
    if _known_first(span) or not _person_shaped(span) \
            or root.lower_ in english_words(doc.vocab) or country_name(root.text):
        return False  # "Moon Express", "Baltimore Sun", "Say Mexico": a common word or a place
    partners = [t for t in (root.head, *root.children) if t.dep_ == "conj" or root.dep_ == "conj"]
    if any(t.ent_type_ == "PERSON" and not span.start <= t.i < span.end and _full_name(t)
           for t in partners) or any(_full_name(t) for t in _opponents(root)):
        return True
    return any(t.i not in range(span.start, span.end)
               and (t.i == 0 or not doc[t.i - 1].is_title) and t.dep_ == "nsubj"
               and t.head.lemma_ in SPEECH_LEMMAS for t in _written_as(root))


def _full_name(token: Token) -> bool:
    """Whether the token ends a person's name of two or three capitalised words the model
    found, perhaps only its first word ("Tomas" of "Tomas Berdych"): "Feliciano Lopez"."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].is_title and doc[start - 1].whitespace_ \
            and (doc[start - 1].ent_type_ == "PERSON" or token.ent_type_ == "PERSON"):
        start -= 1
    return token.i - start in (1, 2) and token.is_title and "PERSON" in (
        doc[start].ent_type_, token.ent_type_)


# Verbs of winning a contest, whose subject and object are alike: two players, two teams.
CONTEST_VERBS = frozenset({"beat", "defeat", "edge", "top", "overcome", "oust", "outlast",
                           "upset", "outplay", "eliminate", "dispatch", "rout", "thrash", "stun",
                           "sweep", "crush", "topple", "outduel", "overpower", "trounce"})
_CONTEST_PREPOSITIONS = {"past": None, "over": frozenset({"win", "prevail", "triumph", "rally"}),
                         "to": frozenset({"lose", "fall"})}


def _opponents(token: Token) -> list[Token]:
    """ "X edged Y 7-6", "X cruised past Y", "X lost to Y": the other side of a contest the
    token's name is one side of."""
    if token.dep_ == "nsubj":
        verb = token.head
        return [t for t in verb.children if (t.dep_ == "dobj" and _contest(verb))] + [
            t for p in verb.children if p.dep_ == "prep" and _contest(verb, p.lower_)
            for t in p.children if t.dep_ == "pobj"]
    verb = token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb = token.head.head
        if not _contest(verb, token.head.lower_):
            return []
    elif token.dep_ != "dobj" or not _contest(verb):
        return []
    return [t for t in verb.children if t.dep_ == "nsubj"]


def _contest(verb: Token, preposition: str | None = None) -> bool:
    if preposition is None:
        return verb.lemma_ in CONTEST_VERBS
    if preposition not in _CONTEST_PREPOSITIONS:
        return False
    lemmas = _CONTEST_PREPOSITIONS[preposition]
    return verb.pos_ == "VERB" and (lemmas is None or verb.lemma_ in lemmas)


def _paper(first: str, after: list[Token]) -> bool:
    """ "told the Herald newspaper": a name between "the" and a paper's noun is the paper's."""
    return first == "the" and bool(after) and after[0].is_lower \
        and after[0].lower_ in _PRESS_NOUNS


def _outlet(span: Span, before: list[Token]) -> bool:
    """ "energy company Burisma", "according to Politico", "Politico reported": a name right
    after a noun for a firm or listed after one, or a one-word name the text quotes as a
    source and never gives a first name or a title, is a body's."""
    if first_name(span[0].text):
        return False
    if (before and before[0].is_lower and before[0].lemma_ in ORG_NOUNS) \
            or listed_under(span, ORG_NOUNS):
        return True  # "retailer Best Buy", "retailers, including Best Buy and Radio Shack"
    token = span[0]
    cited = (len(before) > 1 and before[0].lower_ == "to" and before[1].lower_ == "according") \
        or (token.dep_ == "nsubj" and token.head.lemma_ == "report")
    return len(span) == 1 and token.ent_type_ == "PERSON" and cited \
        and not _ever_named_person(token)


def _with_the(span: Span, first: str) -> bool:
    """ "The Telegraph said", "told the Guardian": a one-word name the model took for a person,
    written after "the" as the head of its phrase, is a body's: a person's name takes no
    article. Not a family ("the Beckhams"), a title ("the Queen"), a model ("the F-150"), a
    name before its noun ("the Obama administration") nor a word the text gives a first name
    or a title."""
    token = span[0]
    return first == "the" and len(span) == 1 and token.ent_type_ == "PERSON" \
        and token.is_title and token.is_alpha and not token.lower_.endswith("s") \
        and token.lower_ not in PERSON_TITLES and not first_name(token.text) \
        and token.dep_ not in ("compound", "amod", "nmod", "poss") \
        and not _ever_named_person(token)


def _ever_named_person(token: Token) -> bool:
    """Whether the text writes a word after a title, or after a capitalised proper noun of the
    same sentence, as a person's name's last word ("Dr. Abernathy", "Penelope Muse
    Abernathy")."""
    doc = token.doc
    for other in _written_as(token):
        if other.i == 0:
            continue
        word = doc[other.i - 1]
        if word.lower_.rstrip(".") in PERSON_TITLES or (
                word.is_title and word.pos_ == "PROPN" and not word.is_sent_start):
            return True
    return False


def _byline(before: list[Token]) -> bool:
    """A name on a line that opens with "By": the article's byline names its writer."""
    if not before or before[0].text != "By":
        return False
    opener = before[0].i
    return opener == 0 or "\n" in before[0].doc[opener - 1].text
