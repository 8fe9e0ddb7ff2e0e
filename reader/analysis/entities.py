"""Named entities from a spaCy Doc: mentions trimmed and weighed by context, then grouped."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.analysis.clause_words import gerund
from reader.analysis.demonyms import country_of_demonym
from reader.analysis.entity_parties import with_party_names
from reader.analysis.model import Entity
from reader.analysis.name_cuts import cut_names
from reader.analysis.noble_titles import with_noble_title
from reader.analysis.number_lexicon import year_like
from reader.analysis.office_bodies import with_office_bodies
from reader.analysis.person_words import (
    FIRM_KINDS,
    LAW_HEADS,
    ORG_SUFFIXES,
    PARTICLES,
    PERSON_TITLES,
    POSSESSIVES,
    ROLES,
    first_name,
    not_a_person,
)
from reader.analysis.type_votes import NEVER_SURNAMES, firm_possessive, known_place, votes
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# spaCy's labels for things with names; dates, times and amounts are the numbers' business.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT",
                           "WORK_OF_ART", "LAW", "LANGUAGE"})
# iPhone, eBay, iOS; A380, A321s, B52
_SHAPE = re.compile(r"\b(?:[a-z][A-Z][A-Za-z]+|[A-Z]{1,2}\d{2,4}[a-z]{0,2})\b")
_PROPER_ONLY = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_UNNUMBERED = frozenset({"PERSON", "NORP", "GPE"})  # names that never end in a number
_TITLED = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})  # titles may hold a colon
# Tags of a capitalised word that opens a person's span but is no part of the name: an
# adjective, a determiner or conjunction ("Neither"), a preposition, an adverb, a gerund.
_NOT_NAMES = frozenset({"JJ", "DT", "PDT", "CC", "IN", "RB", "VBG", "WDT", "WP", "UH"})
_WEB_ADDRESS = re.compile(r"https?:|www\.|\w\.\w+/\S|(?:^|\s)@\w")
_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")
_MODEL = re.compile(r"[A-Z]{0,3}-?\d{1,4}(?:-?\d{1,3})?[A-Za-z]{0,3}")
_OFFICE_HOLDERS = frozenset({"secretary", "minister", "undersecretary"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                          "would", "can", "could", "may", "might", "must", "should"})
# What follows a name after a comma as part of it ("Apple, Inc.", "Sammy Davis, Jr.").
_LISTED_SUFFIXES = frozenset({"inc", "ltd", "llc", "llp", "lp", "corp", "co", "plc", "gmbh",
                              "ag", "sa", "nv", "jr", "sr", "ii", "iii", "iv"})
_ROLE_ENDS = ROLES | {"lead"}  # "Project Lead", "Team Leader", "Chief Economist"
ARABIC_ARTICLES = frozenset({"al", "el"})  # joined by a hyphen to the name they open
HYPHEN_PREFIXES = frozenset({"pro", "anti", "pan", "non", "ex", "post", "pre", "neo", "mid"})
# Time zones written after a time ("0100 GMT", "8 p.m. ET").
TIME_ZONES = frozenset({"GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT",
                        "PT", "PST", "PDT", "BST", "CET", "CEST", "EET", "EEST", "JST", "KST",
                        "IST", "AEST", "AEDT", "HKT", "SGT", "MSK"})
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "noon", "midnight", "hours", "hrs"})
REACH = 400  # characters looked at around a word for its line: a longer line is running text
_JOINED_LABELS = frozenset({"PERSON", "NORP", "GPE", "ORG"})  # what the model calls either side
_SIDE_WORDS = 3  # the most capitalised words taken after a particle


@dataclass(frozen=True, slots=True)
class RawMention:
    """One named-entity mention as the model found it, trimmed, with the votes its context casts."""

    span: TextSpan  # document offsets, without a leading "the" or a trailing possessive
    label: str  # the model's label
    votes: tuple[tuple[str, float], ...] = ()  # context cues: (label, weight)
    # in a headline, shorter spans without the trailing words from a verb-like one ("Ramps Up")
    shorter: tuple[TextSpan, ...] = ()


def extract_entities(doc: Doc) -> tuple[Entity, ...]:
    """The entities of one Doc, grouped with their aliases, in order of first mention."""
    # these build on this module's records and word lists: imported here, not above
    from reader.analysis.common_nouns import english_words
    from reader.analysis.entity_groups import build_entities

    text = doc.text
    return build_entities(text, raw_mentions(doc, 0, text), english_words(doc.vocab))


def raw_mentions(doc: Doc, offset: int = 0, text: str | None = None) -> list[RawMention]:
    """The Doc's named-entity mentions with offsets moved by offset (the chunk's start); text
    is the Doc's text where the caller has it (Doc.text joins every token again)."""
    if text is None:
        text = doc.text
    lines = HeadlineLines(text)
    found: list[RawMention] = []
    skip_to = 0
    for ent in with_party_names(doc, with_office_bodies(doc)):
        if ent.start < skip_to or ent.label_ not in ENTITY_LABELS or _zone_of_time(ent) \
                or _era(ent):
            continue
        ent = _with_model_number(_after_model_number(ent))
        ent = _with_surname(_with_year(_with_suffix(_with_letter(_with_service_word(ent)))))
        ent = _with_firm_possessive(_with_bare_surname(_across_particle(ent)))
        ent = with_noble_title(ent)
        ent = _titled_person(ent)
        if ent.label_ == "PERSON" and _model_words(ent) \
                and not any(t.is_lower and not _figured(t.text) for t in ent):
            ent = _span(doc, ent.start, ent.end, "PRODUCT")  # "RAV4 Hybrid", "802.11ax Wi-Fi"
        ent = _without_score(ent)
        skip_to = ent.end
        for part in (p for owned in _possessor_split(ent) for p in _title_split(owned)):
            for piece in (p for listed in _list_split(part) for result in _result_split(listed)
                          for p in map(_with_building_word, cut_names(result))):
                found.extend(_mention(piece, lines, offset))
    found.extend(_product_shapes(doc, text, found, offset))
    from reader.analysis.missed_names import missed_names  # it builds on this module

    found.extend(list(missed_names(doc, found, lines, offset)))
    return sorted(found, key=lambda m: m.span)


def _zone_of_time(ent: Span) -> bool:
    """ "0100 GMT", "19:45 BST", "8 p.m. EST": a time zone after a figure of the clock is part
    of a time, no body's name."""
    doc = ent.doc
    if ent[-1].text not in TIME_ZONES or not all(_clock_word(t) for t in ent[:-1]):
        return False
    return len(ent) > 1 or (ent.start > 0 and _clock_word(doc[ent.start - 1]))


# Marks of an era written after a year or a century ("AD 79" is written before it).
_ERAS = frozenset({"ad", "a.d", "bc", "b.c", "bce", "b.c.e", "ce", "c.e"})


def _era(ent: Span) -> bool:
    """ "in 60 A.D.", "the 5th century BC", "AD 79": the mark of an era beside a year or a
    century is part of a date, no place or body."""
    if ent.text.lower().rstrip(".") not in _ERAS:
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (before is not None and (before.like_num or before.lower_ in ("century",
                                                                         "centuries"))) or (
        after is not None and after.text.isdigit())


def _clock_word(token: Token) -> bool:
    return any(c.isdigit() for c in token.text) or token.lower_ in CLOCK_WORDS


def _model_words(ent: Span) -> bool:
    """Whether a name holds a model's designation ("RAV4") or, beside a capitalised word, a
    word opening with a figure ("802.11ax Wi-Fi"; not "140bn" alone, an amount)."""
    return any(_designation(t.text) for t in ent) or (
        any(_figured(t.text) for t in ent) and any(t.is_title for t in ent))


def _figured(word: str) -> bool:
    """Whether a word opens with a figure and holds letters ("802.11ax", "4K", "5G"): a
    standard's or a model's, never a word of a person's name."""
    return word[:1].isdigit() and any(c.isalpha() for c in word)


def _designation(word: str) -> bool:
    """Whether a word is a model's designation ("RAV4", "F-150", "X4"): a capital, then
    letters and digits mixed; never a word of a person's name."""
    return word[:1].isupper() and any(c.isdigit() for c in word)


def _possessor_split(ent: Span) -> tuple[Span, ...]:
    """A name the model ran on through a possessive into a person's name or a model's: "NFL
    Network's Rich Eisen" is the network and the person, "Fox News' Megyn Kelly" too; "Apple's
    Mac OS X" is the maker and its product. Only where the words after the possessive are two
    or more capitalised words opening with a known first name, or capitalised words one of
    which is a model's designation ("X", "F-150", "iPhone")."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 1):
        after = doc[i + 1 : ent.end]
        if doc[i].text not in POSSESSIVES:
            continue
        if i < ent.end - 2 and all(t.is_title for t in after) \
                and first_name(after[0].text):
            return _span(doc, ent.start, i, ent.label_), _span(doc, i + 1, ent.end, "PERSON")
        if _model_named(after):
            return _span(doc, ent.start, i, ent.label_), _span(doc, i + 1, ent.end, "PRODUCT")
    return (ent,)


_SHORT_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."})
_SAID = frozenset({"said", "says"})


def _title_split(ent: Span) -> tuple[Span, ...]:
    """ "told the Daily Mail Mr Reeve would", "Said Mrs Cole:": a short title inside a name,
    before a capitalised word, opens the next name, a person's; the words before it are a
    name of their own, unless they are only the verb of a cue put first ("Said")."""
    doc = ent.doc
    cut = next((t.i for t in ent[1:] if t.text in _SHORT_TITLES and t.i + 1 < len(doc)
                and doc[t.i + 1].is_title), None)
    if cut is None:
        return (ent,)
    before = _span(doc, ent.start, cut, ent.label_)
    parts = [] if len(before) == 1 and before[0].lower_ in _SAID else [before]
    if cut + 1 < ent.end:
        parts.append(_span(doc, cut, ent.end, "PERSON"))
    return tuple(parts)


def _model_named(words: Span) -> bool:
    """Capitalised words or figures, one of them a model's designation: a letter standing
    alone ("Mac OS X"), letters and figures ("F-150", "A380") or a capital inside ("iPhone")."""
    return all(t.text[:1].isupper() or t.text[:1].isdigit() or _SHAPE.fullmatch(t.text)
               or t.text == "-" for t in words) \
        and any(_designation(t.text) or _SHAPE.fullmatch(t.text)
                or (len(t.text) == 1 and t.text.isupper() and t.text not in "AI")
                for t in words)


def _product_shapes(doc: Doc, text: str, found: list[RawMention],
                    offset: int) -> Iterator[RawMention]:
    """Names the model passed over whose spelling marks them as products: "iPhone 4", "eBay",
    "A380s". Only where no other entity (a date, an amount) claims the token."""
    covered = bytearray(len(text))
    for mention in found:
        start = mention.span.start - offset
        covered[start : start + len(mention.span)] = b"\x01" * len(mention.span)
    for match in _SHAPE.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if covered[match.start()] or span is None or len(span) != 1:
            continue
        token = span[0]
        if token.ent_type_ and token.ent_type_ not in ("CARDINAL", "PRODUCT", "ORG"):
            continue
        if token.ent_iob_ == "I" and token.ent_type_ != "CARDINAL":
            continue  # inside a name the model found
        ent = _with_model_number(_span(doc, token.i, token.i + 1, "PRODUCT"))
        yield RawMention(TextSpan(ent.start_char + offset, ent.end_char + offset), "PRODUCT")


def _with_model_number(ent: Span) -> Span:
    """"Airbus A380", "Boeing 787-9", "iPhone 4": a maker or product name with the model
    designation after it is one product."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "PRODUCT") or ent.end >= len(doc):
        return ent
    nxt = doc[ent.end]
    if not _MODEL.fullmatch(nxt.text) or not ent[-1].whitespace_ \
            or nxt.ent_type_ not in ("", "PRODUCT", "CARDINAL", "PERSON") \
            or (nxt.ent_type_ == "PERSON" and not _designation(nxt.text)):
        return ent
    if ent.label_ == "ORG" and nxt.ent_type_ == "CARDINAL" and ent.end + 1 < len(doc) \
            and doc[ent.end + 1].pos_ in ("NOUN", "PROPN", "NUM"):
        return ent  # "Apple 40 percent", "Boeing 12 jets": a count, not a model
    end = _entity_end(doc, ent.end) if nxt.ent_type_ == "PERSON" else ent.end + 1
    return _span(doc, ent.start, end, "PRODUCT")  # "Ford F-150 Lightning" taken for a person


def _with_letter(ent: Span) -> Span:
    """ "Mustang Mach E", "Malcolm X", "Plan B": a capital letter standing alone right after a
    name, before a word that opens no other name, is the name's last word; not "A" or "I",
    which are words, nor an initial with its stop ("E.")."""
    doc = ent.doc
    if ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    letter = doc[ent.end]
    if len(letter.text) != 1 or not letter.text.isupper() or letter.text in "AI" \
            or (letter.ent_type_ and letter.ent_iob_ == "B"):
        return ent
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if after is not None and (after.is_title or after.text == "."):
        return ent
    return _span(doc, ent.start, ent.end + 1, ent.label_)


def _after_model_number(ent: Span) -> Span:
    """ "737 Max": a one-word name the model took for a person or a body, right after a model
    number of three digits or more (no year), names the product with it; so does a one-word
    person's name right after a model's designation outside any name ("RAV4 Hybrid")."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "PRODUCT") or len(ent) != 1 or ent.start == 0:
        return ent
    number = doc[ent.start - 1]
    if ent.label_ == "PERSON" and _designation(number.text) \
            and not number.ent_type_ and number.whitespace_ == " ":
        return _span(doc, ent.start - 1, ent.end, "PRODUCT")  # "RAV4 Hybrid"
    if not number.is_digit or len(number) < 3 or number.whitespace_ != " " or \
            year_like(number.text) or (number.i > 0 and doc[number.i - 1].is_currency):
        return ent  # a year, "$ 249 USD"
    counted = ent.end < len(doc) and doc[ent.end].tag_ == "NNS"
    if counted and (number.text.endswith("0") or ent.label_ == "ORG"):
        return ent  # "500 Apple engineers"
    return _span(doc, ent.start - 1, ent.end, "PRODUCT")


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    from spacy.tokens import Span  # spaCy stays out of importing this module's word lists

    return Span(doc, start, end, label=label)


# Titles that stand before a person's name only, never in a body's or a place's.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
_TITLED_NOT_PEOPLE = frozenset({"PERSON", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


def _titled_person(ent: Span) -> Span:
    """ "Ms Holt", "Dr Lund Berg's", which the model took for a body or a place: an honorific
    and one or two capitalised words after it, none a body's word ("Dr Pepper Group"), name a
    person."""
    name = [t for t in ent[1:] if t.text not in POSSESSIVES]
    if ent.label_ in _TITLED_NOT_PEOPLE or not 1 <= len(name) <= 2 \
            or ent[0].lower_.rstrip(".") not in _HONORIFICS or not ent[0].is_title \
            or not all(t.is_title and t.lower_ not in ORG_SUFFIXES for t in name):
        return ent
    return _span(ent.doc, ent.start, ent.end, "PERSON")


def _with_bare_surname(ent: Span) -> Span:
    """ "Tarik" (PERSON) or "Vasek" (GPE) of "Vasek Pospisil edged ...": a one-word name the
    model cut from the capitalised proper noun right after it, which the parse makes that
    word's modifier and no name claims but as a one-word name of its own, runs on through it;
    not a known place's name, nor before a word of the dictionary, a title or a body's last
    word ("Obama Administration")."""
    from reader.analysis.common_nouns import english_words  # it builds on this module

    doc = ent.doc
    if any(t.whitespace_ for t in ent[:-1]) or ent.label_ not in _JOINED_LABELS \
            or ent.end + 1 >= len(doc):
        return ent  # one word, perhaps hyphenated ("Jo-Wilfried")
    first, last = ent[-1], doc[ent.end]
    if first.dep_ != "compound" or first.head != last or first.whitespace_ != " " \
            or not (last.ent_iob_ == "O" or _split_name(ent, last)) \
            or last.pos_ != "PROPN" or not (last.is_title and last.is_alpha) \
            or not first.is_alpha or doc[ent.end + 1].is_title or ent[0].is_lower:
        return ent
    english = english_words(doc.vocab)
    if last.lower_ in english or last.lemma_.lower() in english or last.lower_ in PERSON_TITLES \
            or not_a_person(f"{ent.text} {last.text}") \
            or (ent.label_ != "PERSON" and (known_place(ent.text)
                                            or country_of_demonym(ent.text) is not None)):
        return ent
    label = "PERSON" if "PERSON" in (ent.label_, last.ent_type_) else last.ent_type_ or ent.label_
    return _span(doc, ent.start, ent.end + 1, label)


def _split_name(ent: Span, last: Token) -> bool:
    """Whether the model gave the word after a name a one-word name of its own, one of them a
    person's or the first a place's ("Vasek" GPE, "Drobny" ORG): not two bodies ("WikiLeaks
    Sony") nor a group ("Reagan Democrats", "Senate Republicans")."""
    doc = ent.doc
    return last.ent_iob_ == "B" and doc[last.i + 1].ent_iob_ != "I" and last.tag_ == "NNP" \
        and last.ent_type_ in ("PERSON", "ORG", "GPE") \
        and (ent.label_ == "GPE" or "PERSON" in (ent.label_, last.ent_type_))


def _with_firm_possessive(ent: Span) -> Span:
    """ "Shares of Lowe's fell", "shopped at Kohl's": a name whose possessive owns nothing is a
    firm's name whole, which the model cuts at its "'s"."""
    doc = ent.doc
    end = ent.end if ent[-1].text in POSSESSIVES else ent.end + 1
    if end > len(doc) or not firm_possessive(doc[ent.start : end]):
        return ent
    return _span(doc, ent.start, end, ent.label_)


def _with_surname(ent: Span) -> Span:
    """ "Ursula von der Leyen", which the model ends at "der" and takes "Leyen" for a place: a
    person's name that ends in a surname particle runs on through the capitalised word after."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or doc[end - 1].lower_ not in PARTICLES:
        return ent
    if end < len(doc) and doc[end].is_title and doc[end - 1].whitespace_:
        return _span(doc, ent.start, end + 1, "PERSON")
    return ent


def _across_particle(ent: Span) -> Span:
    """ "Ana Carolina dos Santos", "Maria do Carmo": a lower-case surname particle between
    capitalised name words joins one person's name, which the model may cut in two at the
    particle ("Ana Carolina" and "Santos") or leave half unnamed. Only where one side is a
    person's name the model found, or the name opens with a known first name, and the words
    after the particle are a name the model found or proper nouns outside any name."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in PARTICLES:
        end -= 1  # "Thijs van", which the model ends at the particle
    if ent.label_ not in _JOINED_LABELS or not all(t.is_title for t in doc[start:end]):
        return ent
    right = _particle_run(doc, end)
    if right > end and _name_word(doc[right]) and not _verb_do(doc[start:end], doc[right]):
        after = doc[right]
        stop = _entity_end(doc, right) if after.ent_type_ else _plain_words_end(doc, right)
        if stop - right <= _SIDE_WORDS and _person_across(ent[0], ent.label_, after):
            return _span(doc, start, stop, "PERSON")
    return ent


def _particle_run(doc: Doc, end: int) -> int:
    """The end of the surname particles right after token end ("dos", "van der", "de la")."""
    i = end
    while i < len(doc) and i - end < 2 and doc[i].is_lower and doc[i].lower_ in PARTICLES \
            and doc[i - 1].whitespace_ and doc[i].whitespace_:
        i += 1
    return min(i, len(doc) - 1) if i > end else end


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of a name: a proper noun, or in a name the model
    found of a kind that a person's name may be taken for ("Leyen" as a place)."""
    return token.is_title and token.is_alpha and (
        token.ent_type_ in _JOINED_LABELS if token.ent_type_ else token.pos_ == "PROPN")


def _verb_do(name: Span, after: Token) -> bool:
    """ "Does Kevin do Pilates?", "Can Obama do Iran any good?": a "do" whose subject is the
    name before it, or whose object the word after it, is the verb, not a surname's
    particle."""
    doc = name.doc
    return any(t.lower_ == "do" and any(
        (c.dep_ == "nsubj" and name.start <= c.i < name.end)
        or (c.dep_ in _VERB_OBJECTS and c.i == after.i) for c in t.children)
        for t in doc[name.end : after.i])


_VERB_OBJECTS = frozenset({"dobj", "dative", "attr"})


def _entity_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _plain_words_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and end - start < _SIDE_WORDS and _name_word(doc[end]) \
            and not doc[end].ent_type_ and doc[end - 1].whitespace_:
        end += 1
    return end


def _person_across(first: Token, label: str, after: Token) -> bool:
    """Whether the words either side of a particle name a person: the model said so of one
    side, or the name opens with a known first name."""
    return "PERSON" in (label, after.ent_type_) or first_name(first.text)


def _with_suffix(ent: Span) -> Span:
    """ "GateHouse Media": a firm's word the model made a name of its own, right after a
    name, ends that name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    nxt = doc[ent.end]
    if nxt.ent_iob_ != "B" or nxt.ent_type_ != "ORG" or not nxt.is_title or \
            nxt.lower_ not in ORG_SUFFIXES or (ent.end + 1 < len(doc)
                                               and doc[ent.end + 1].ent_iob_ == "I"):
        return ent
    return _span(doc, ent.start, ent.end + 1, "ORG")


# Words for what a body does that open its name before the place it serves: "Police
# Scotland", "Transport Canada", "Sport England", "Air China".
_SERVICE_WORDS = frozenset({"Police", "Transport", "Sport", "Air"})


def _with_service_word(ent: Span) -> Span:
    """ "Police Scotland confirmed", "flown by Air China": a place's name right after a
    capitalised word for a service, which no name the model found holds, is a body's name
    with it (the service of that place), not the place."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "LOC") or ent.start == 0:
        return ent
    word = doc[ent.start - 1]
    if word.text not in _SERVICE_WORDS or word.ent_iob_ != "O" or word.whitespace_ != " ":
        return ent
    return _span(doc, ent.start - 1, ent.end, "ORG")


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _with_building_word(ent: Span) -> Span:
    """ "CA @ Shoreline Amphitheatre", of which the model took "CA @ Shoreline" for a person:
    a name right before a capitalised noun that ends a building's or a road's name and is
    nobody's surname ("Amphitheatre", "Arena", "Drive"), which no name the model found holds,
    runs on through it and names the building."""
    doc = ent.doc
    if ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    word = doc[ent.end]
    if not word.is_title or NEVER_SURNAMES.get(word.lower_) != "FAC" or word.ent_iob_ != "O" \
            or word.tag_ not in _NOUN_TAGS:
        return ent
    return _span(doc, ent.start, ent.end + 1, "FAC")


def _with_year(ent: Span) -> Span:
    """"the Emergency Economic Stabilization Act of 2008": a law's year is part of its name."""
    doc = ent.doc
    if ent[-1].lower_ not in LAW_HEADS or len(ent) < 2 or ent.end + 2 > len(doc):
        return ent
    if doc[ent.end].lower_ != "of" or not _YEAR.fullmatch(doc[ent.end + 1].text):
        return ent
    return _span(doc, ent.start, ent.end + 2, "LAW")


def _without_score(ent: Span) -> Span:
    """ "Britton Carroll 5, Marcus Lee 3", "Bruins 5, Rangers 2": a bare number the model ran
    a name on into, in a list of other names each followed by a number, is a score, no part
    of the name. The name keeps the model's label if it is a person's or a body's, else takes
    its neighbour's (the items of one list are alike) or a body's: a law is never scored. Not a
    product's or an event's number, nor a list of one name's numbers ("Windows 10, Windows
    11")."""
    doc = ent.doc
    last = ent.end - 1
    if ent.label_ in ("PRODUCT", "EVENT") or len(ent) < 2 or not _score_number(doc[last]) \
            or not doc[last - 1].is_alpha:
        return ent
    name = doc[ent.start : last].text.casefold()
    neighbour = _scored_neighbour(doc, ent.start, ent.end)
    if neighbour is None or neighbour.text.casefold() == name:
        return ent
    label = ent.label_ if ent.label_ in ("PERSON", "ORG") else "ORG"
    if neighbour[0].ent_type_ in ("PERSON", "ORG"):
        label = neighbour[0].ent_type_
    return _span(doc, ent.start, last, label)


def _score_number(token: Token) -> bool:
    return token.is_digit and len(token) <= 3


_LIST_MARKS = frozenset({",", ";"})
_SCORED_NAME_WORDS = 4  # the longest name looked for beside a scored one


def _scored_neighbour(doc: Doc, start: int, end: int) -> Span | None:
    """The capitalised name with a number after it that is listed right after the one at
    start:end (after a comma), or right before it."""
    if end < len(doc) and doc[end].text in _LIST_MARKS:
        i = end + 1
        while i < len(doc) and i - end - 1 < _SCORED_NAME_WORDS and doc[i].is_title:
            i += 1
        if end + 1 < i < len(doc) and _score_number(doc[i]):
            return doc[end + 1 : i]
    if start >= 3 and doc[start - 1].text in _LIST_MARKS and _score_number(doc[start - 2]):
        i = start - 2
        while i > 0 and start - 2 - i < _SCORED_NAME_WORDS and doc[i - 1].is_title:
            i -= 1
        if i < start - 2:
            return doc[i : start - 2]
    return None


def _list_split(ent: Span) -> tuple[Span, ...]:
    """A name the model ran on through a list's comma or an "@": "Draper, Firefly Aerospace"
    and "Mueller, Stormy" are two names each, the word after the comma the parse's conjunct of
    one before it; so are "NC @ Walnut Creek Amphitheatre". Not a name with its own "and" or "&"
    ("Farrar, Straus and Giroux") at its comma, nor a suffix after the comma ("Apple, Inc.",
    "Sammy Davis, Jr.")."""
    doc = ent.doc
    inside = range(ent.start + 1, ent.end - 1)
    if any(t.lower_ in ("and", "&") for t in ent):
        cuts = [i for i in inside if _at_sign(doc[i])]
    else:
        cuts = [i for i in inside if _at_sign(doc[i]) or (doc[i].text == "," and (
            _conjunct_after(doc[i + 1], ent) or _new_phrase(doc, i, ent)))]
    if not cuts:
        return (ent,)
    bounds = [ent.start, *[c for cut in cuts for c in (cut, cut + 1)], ent.end]
    return tuple(_span(doc, bounds[k], bounds[k + 1], _part_label(doc[bounds[k]:bounds[k + 1]],
                                                                  ent.label_))
                 for k in range(0, len(bounds), 2))


def _at_sign(token: Token) -> bool:
    """ "Raleigh, NC @ Walnut Creek Amphitheatre": an "@" standing alone between words is
    "at", between two names, no part of either (a handle's "@" is written close)."""
    return token.text == "@" and bool(token.whitespace_) \
        and bool(token.doc[token.i - 1].whitespace_)


def _new_phrase(doc: Doc, comma: int, ent: Span) -> bool:
    """ "by Politico, Democratic party insiders are ...": a comma the parse hangs on the clause,
    with no word on either side of it inside the name depending on a word on the other, ends
    one phrase, and the words after it open another."""
    if ent.start <= doc[comma].head.i < ent.end:
        return False
    left, right = range(ent.start, comma), range(comma + 1, ent.end)
    return not any(doc[i].head.i in right for i in left) and \
        not any(doc[i].head.i in left for i in right)


def _part_label(part: Span, label: str) -> str:
    """A part of a split name whose capitalised words are all adjectives ("Democratic") names
    a group, as the model labels such a word standing alone."""
    capitals = [t for t in part if t.is_title]
    return "NORP" if capitals and all(t.tag_ == "JJ" for t in capitals) else label


def _result_split(ent: Span) -> tuple[Span, ...]:
    """ "Viera d. Rockledge 3-1", "Federer d. Nadal 6-4": a lower-case letter with a full stop
    is no one's initial (a name's initials are capitals) but a word cut short, here a result's
    "defeated"; the name ends before it and the next one starts after it, each without the
    score after it. Not "v.", the "versus" of a case's name ("Roe v. Wade")."""
    doc = ent.doc
    cuts = [t.i for t in ent if _lower_initial(t.text)]
    if not cuts:
        return (ent,)
    parts = []
    for start, end in zip([ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end], strict=True):
        while end > start and (_score_number(doc[end - 1]) or doc[end - 1].text in "-–"):
            end -= 1
        if any(t.is_alpha for t in doc[start:end]):
            parts.append(_span(doc, start, end, ent.label_))
    return tuple(parts)


def _lower_initial(word: str) -> bool:
    return len(word) == 2 and word[0].islower() and word[0].isalpha() and word[1] == "." \
        and word != "v."


def _conjunct_after(first: Token, ent: Span) -> bool:
    """Whether the name opening at first is listed after one before it in ent."""
    head = first
    while head.dep_ == "compound" and head.head.i < ent.end and head.head.i > head.i:
        head = head.head
    return head.dep_ == "conj" and ent.start <= head.head.i < first.i and \
        first.lower_.replace(".", "") not in _LISTED_SUFFIXES


def _mention(ent: Span, lines: HeadlineLines, offset: int) -> Iterator[RawMention]:
    doc = ent.doc
    start, end = _bounds(ent)
    span = doc[start:end]
    if end < ent.end and _verb_of_name(doc[start : end + 1]) and _full_name(span):
        ent = _span(doc, start, end, "PERSON")  # "Teresa Nielsen Hayden explained": a person
    text = span.text
    if ent.label_ in _PROPER_ONLY and not _proper(span, text):
        return
    if not any(c.isupper() or c.isdigit() for c in text):
        return  # "an econobox": a name has a capital ("iPhone", "eBay") or a figure ("787")
    if _prefixed_doctrine(span, ent):
        return  # "anti-Semitism", "anti-Americanism": a stance, no group or place
    if _WEB_ADDRESS.search(text):
        return  # "pic.twitter.com/4p7SXk", "www.example.org/x", "Twitter @jdoe": addresses
    if ent.label_ == "PERSON" and all(t.lower_.rstrip(".") in PERSON_TITLES for t in span):
        return  # "Lt Col" taken apart from "Alexander Vindman": titles alone name nobody
    if ent.label_ == "PERSON" and _opening_noun(span):
        return
    if _title_before_person(ent):
        return  # "Project Lead Maria Ortiz": a title the model made a person of its own
    if _contest_title(span):
        return  # "a former Miss Universe": a title its holder has, no name
    if _office(span):
        return
    shorter: tuple[TextSpan, ...] = ()
    if end - start > 1 and lines.is_headline(span.start_char):
        end = _before_auxiliary(span, ent.label_)
        span = doc[start:end]
        shorter = tuple(TextSpan(span.start_char + offset, doc[cut - 1].idx
                                 + len(doc[cut - 1].text) + offset)
                        for cut in range(end - 1, start, -1) if _headline_word(doc[cut])) + \
            (_without_common_opening(span, lines, offset) if ent.label_ != "PERSON" else ())
    first = _glued_first_name(span[0]) if ent.label_ == "PERSON" and len(span) > 1 else 0
    yield RawMention(TextSpan(span.start_char + first + offset, span.end_char + offset),
                     ent.label_, tuple(votes(span)), shorter)


def _without_common_opening(span: Span, lines: HeadlineLines, offset: int) -> tuple[TextSpan, ...]:
    """ "Jupiter's Moon Europa" in a title-case headline, where the text writes "the moon
    Europa": the name without the opening words the text writes in lower case elsewhere (not a
    person's: "Will Dunham")."""
    spans = []
    for cut in range(1, len(span)):
        if not lines.written_lower(span[cut - 1].lower_):
            break
        spans.append(TextSpan(span[cut].idx + offset, span.end_char + offset))
    return tuple(spans)


# Three or more capitalised words written together: page furniture glued to a name.
_GLUED = re.compile(r"(?:[A-Z][a-z]+){2,}([A-Z][a-z]+)")


def _glued_first_name(token: Token) -> int:
    """ "FlagShareLikeReplySara Bondioli": where a person's name starts inside its first word,
    a page's buttons written together before a known first name ("Sara"); 0 for a word that
    is all one name ("McDonald", "DeLaHoya")."""
    match = _GLUED.fullmatch(token.text)
    if match is None or not first_name(match.group(1)):
        return 0
    return match.start(1)


def _full_name(span: Span) -> bool:
    """Two to four capitalised words opening with a known first name."""
    return 2 <= len(span) <= 4 and all(t.is_title and t.is_alpha for t in span) \
        and first_name(span[0].text)


def _title_before_person(ent: Span) -> bool:
    """Whether a person's span ends in a word for a role and another person's span follows
    right after it ("Team Leader" of "Team Leader Ana Ruiz"): the title, no name."""
    doc = ent.doc
    return ent.label_ == "PERSON" and ent.end < len(doc) and ent[-1].lower_ in _ROLE_ENDS \
        and doc[ent.end].ent_iob_ == "B" and doc[ent.end].ent_type_ == "PERSON"


_ARTICLES = frozenset({"a", "an", "the"})
_DESCRIBING = frozenset({"JJ", "VBG", "VBN"})  # "former", "reigning", "newly crowned"


def _contest_title(span: Span) -> bool:
    """ "a former Miss Universe", "the reigning Miss Georgia", "Miss Texas": "Miss" before a
    place's name that is no first name, or after an article (perhaps through lower-case
    adjectives) before words of the dictionary or a place's name, is the title a beauty
    contest's winner holds, not a woman called by her surname (who is "Miss Smith", never
    "the Miss Smith")."""
    from reader.analysis.common_nouns import english_words  # it builds on this module

    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text != "Miss":
        return False
    if all(known_place(t.text) and not first_name(t.text) for t in span):
        return True  # "Miss Texas": no woman is called by a place's name
    i -= 1
    while i > 0 and doc[i].is_lower and doc[i].tag_ in _DESCRIBING:
        i -= 1
    if doc[i].lower_ not in _ARTICLES:
        return False
    english = english_words(doc.vocab)
    return all(t.lower_ in english or known_place(t.text) for t in span)


def _prefixed_doctrine(span: Span, ent: Span) -> bool:
    """Whether a name left after a hyphenated prefix was cut off ("anti-Semitism") is one word
    of a doctrine or a stance, in "-ism"."""
    return len(span) == 1 and span.start > ent.start and span.doc[span.start - 1].text == "-" \
        and span[0].lower_.endswith(("ism", "isms"))


def _office(span: Span) -> bool:
    """ "Secretary of State", "Minister of Finance": the name of an office, not of a body."""
    doc = span.doc
    i = span.start - (2 if span.start > 1 and doc[span.start - 1].lower_ == "the" else 1)
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _OFFICE_HOLDERS \
        and doc[i - 1].is_title


def _before_auxiliary(span: Span, label: str) -> int:
    """Where a name in a title-case headline ends, before a verb "be", "have" or a modal the
    model ran it on into ("Moon Europa Are Spewing Water Vapor"); a title keeps it."""
    if label in _TITLED:
        return span.end
    return next((t.i for t in span[1:] if t.lower_ in _AUXILIARIES and t.pos_ == "AUX"),
                span.end)


def _opening_noun(span: Span) -> bool:
    """ "Promise to add soldiers ...": a word the tagger takes for a singular common noun
    (a plural is no sign: "Sanders"), capitalised only because it opens a line or a sentence,
    and written nowhere else in the text, is no person's name (unless it is a first name)."""
    token = span[0]
    if len(span) != 1 or token.tag_ != "NN" or not _opens(token) \
            or first_name(token.text):
        return False
    from spacy.attrs import LOWER  # spaCy stays out of importing this module's word lists

    lowers: list[int] = token.doc.to_array(LOWER).tolist()
    return lowers.count(token.lower) == 1


def _opens(token: Token) -> bool:
    """Whether a token opens a sentence or a line, perhaps after a quotation mark."""
    doc = token.doc
    i = token.i
    while i > 0 and (doc[i - 1].is_quote or doc[i - 1].is_bracket):
        i -= 1
    return doc[i].is_sent_start or i == 0 or "\n" in doc[i - 1].text


def _bounds(ent: Span) -> tuple[int, int]:
    """The name proper, as token bounds: without a stray mark, "the", a person's title or a
    leading adjective, a "pro-" prefix, a bracketed acronym, a possessive, lower-case words
    after a name ("Yonhap news agency"), a score after a person's name ("Jarry 6-4") or what
    follows a colon or a line break; "Cheng Chung-tai" keeps its hyphenated part."""
    doc = ent.doc
    start, end = _leading(ent)
    end = next((i for i in range(start + 1, end) if doc[i].text == "("
                or (doc[i].text == ":" and ent.label_ not in _TITLED)  # not "Star Wars: ..."
                or (doc[i].is_space and "\n" in doc[i].text)), end)  # a name ends at a break
    while end - start > 1 and (
            (doc[end - 1].text in POSSESSIVES and not firm_possessive(doc[start:end])) or
            not any(c.isalnum() for c in doc[end - 1].text)  # a full stop, a ">" or a mark
            or doc[end - 1].is_space
            or (ent.label_ in _UNNUMBERED and any(c.isdigit() for c in doc[end - 1].text))
            or (ent.label_ in _PROPER_ONLY and doc[end - 1].is_lower and doc[end - 1].is_alpha
                and doc[end - 2].whitespace_)
            or _verb_of_name(doc[start:end])):
        end -= 1
    return start, end


_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP"})


def _verb_of_name(span: Span) -> bool:
    """ "Teresa Nielsen Hayden explained", which the model took whole for a title: a lower-case
    verb in a tense that ends a span, with its subject inside the span, is what the name did,
    no word of it."""
    last = span[-1]
    return len(span) > 1 and last.is_lower and last.is_alpha and last.tag_ in _FINITE_VERBS \
        and any(c.dep_ in ("nsubj", "nsubjpass") and span.start <= c.i < last.i
                for c in last.children) \
        and bool(span[-2].whitespace_)


def _leading(ent: Span) -> tuple[int, int]:
    doc = ent.doc
    start, end = ent.start, ent.end
    while end - start > 1 and (not any(c.isalnum() for c in doc[start].text)
                               or doc[start].text in POSSESSIVES):
        start += 1  # a stray mark or the possessive of "the city's Hoa Lo", not "St. Louis"
    if (doc[start].lower_ == "the" or doc[start].text in ("a", "an")) and end - start > 1:
        start += 1  # "a Nobel Prize"; "A Tribe Called Quest" keeps its capital A
    while end - start > 1 and doc[start].is_quote:  # 'the "Black Death"'
        start += 1
    while end - start > 2 and not doc[start].whitespace_ and doc[start + 1].text == "-":
        # "pro-Beijing", "Pan-democrat Lam": the hyphenated word before the name
        word_end = start
        while word_end < end - 1 and not doc[word_end].whitespace_:
            word_end += 1
        if doc[start].text in ARABIC_ARTICLES:
            break  # "al-Qaeda", "el-Sisi": the article is the name's
        if doc[start].is_lower or (doc[start].lower_ in HYPHEN_PREFIXES
                                   and not _named_on(doc, word_end, end)):
            start += 2
        elif doc[word_end].is_lower and word_end + 1 < end:
            start = word_end + 1
        else:
            break
    if ent.label_ in ("PERSON", "ORG"):
        start = _after_roles(doc, start, end, ent.label_)
    if end - start > 1 and _kind_of_firm(doc[start]) and doc[start + 1].text[:1].isupper():
        start += 1  # "Automaker Rivian said": what the firm is, not its name
    while ent.label_ == "PERSON" and end - start > 1 and (
            (doc[start].is_title and (doc[start].lower_.rstrip(".") in PERSON_TITLES
                                      or _not_a_name_word(doc[start])
                                      or _command_verb(doc[start])
                                      or _opening_gerund(doc[start])
                                      or _part_of_title(doc, start, end)))
            or (doc[start].is_lower and doc[start].is_alpha
                and doc[start].lower_ not in PARTICLES)):
        start += 1  # "Senator", "Former", "Neither Cruz", "Telling Jeb Bush", "rang Taylor",
        # "Follow Jane Doe", "Miss Universe Alicia Machado"
    return start, end


def _after_roles(doc: Doc, start: int, end: int, label: str) -> int:
    """ "Spokeswoman Sandy Angers", "Head Coach Bill Belichick": capitalised words for a role
    before two or more capitalised words of a person's name are what the person is, not their
    name; a body's span is cut so only where a first name and a surname are left, the first
    name known or the role a common noun to the tagger ("General Motors" stays)."""
    i = start
    while i < end - 2 and doc[i].is_title and doc[i].lower_ in _ROLE_WORDS:
        i += 1
    if i == start or not all(t.is_title for t in doc[i:end]) or (label == "ORG" and (
            end - i != 2 or (not first_name(doc[i].text)
                             and any(t.tag_ != "NN" for t in doc[start:i])))):
        return start
    return i


_ROLE_WORDS = ROLES | PERSON_TITLES


def _kind_of_firm(token: Token) -> bool:
    """ "Automaker Rivian said", "Drugmaker Pfizer's shares": a word for a kind of firm,
    capitalised only because it opens a sentence or a line, says what the name after it is
    and is no part of it (a firm named by such a word whole, "Carrier", stays)."""
    return token.is_title and (token.lower_ in FIRM_KINDS or token.lower_.endswith("maker")) \
        and _opens(token)


def _part_of_title(doc: Doc, start: int, end: int) -> bool:
    """ "Miss Universe Alicia Machado": a capitalised word that is no first name, right after a
    person's title and before a first name and a surname, belongs to the title ("Miss
    Universe"), not to the name ("Lee Harvey Oswald", with no title, stays whole)."""
    if end - start < 3 or start == 0:
        return False
    title = doc[start - 1]
    return title.is_title and title.lower_.rstrip(".") in PERSON_TITLES \
        and not first_name(doc[start].text) and first_name(doc[start + 1].text) \
        and doc[start + 1].is_title and doc[start + 2].is_title


def _not_a_name_word(token: Token) -> bool:
    """An adjective, a determiner, a preposition... opening a person's span ("Former",
    "Neither"), unless it is a first name of the lists, which the tagger may take for one
    ("Karl" of "Karl ter Horst" as an adjective)."""
    return token.tag_ in _NOT_NAMES and not first_name(token.text, registered=False)


def _named_on(doc: Doc, word_end: int, end: int) -> bool:
    """Whether a name goes on in capitals past its hyphenated first word: "Mid-American
    Conference", "Anti-Defamation League" are names whole; "Anti-Trump" is a stance."""
    return word_end + 1 < end and doc[word_end + 1].is_title


def _opening_gerund(token: Token) -> bool:
    """ "Questioning Vindman's judgment", "Injecting Clinton's troubles into ...": a verb's
    -ing form opening a line or a sentence (which the tagger may take for a proper noun) is the
    clause's verb, no first name ("Sterling Brown", with no verb "sterl", stays whole)."""
    from reader.analysis.common_nouns import english_verbs  # it builds on this module

    return token.text.endswith("ing") and not first_name(token.text) and _opens(token) \
        and gerund(token.text, english_verbs(token.doc.vocab))


def _command_verb(token: Token) -> bool:
    """ "Follow Jane Doe on ...", "Ask Ann Lee": a verb in its bare form opening a sentence,
    never a first name ("Grant Hill", "Will Smith" stay whole)."""
    return token.tag_ == "VB" and bool(token.is_sent_start) and not first_name(token.text)


def _proper(span: Span, text: str) -> bool:
    """A name (the span, whose text is text) has a capital letter, and does not end in a
    lower-case part of a hyphenated word standing alone ("Pan-democrat", "nonpartisan
    pan-democrat" are not names)."""
    if not any(c.isupper() for c in text):
        return False
    return not (" " not in text and "-" in text and span[-1].is_lower)


def _headline_word(token: Token) -> bool:
    """A capitalised word a headline verb may be: tagged as a verb, or ending in -s."""
    return token.is_title and token.is_alpha and (
        token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.lower_.endswith("s"))


class HeadlineLines:
    """Which lines of a text are headlines (title-case unless told otherwise), worked out once
    per line asked about."""

    def __init__(self, text: str, headline: Callable[[str], bool] | None = None) -> None:
        self.text = text
        self._headline = headline or title_case
        self._known: dict[int, bool] = {}
        self._lower: frozenset[str] | None = None

    def written_lower(self, word: str) -> bool:
        """Whether the text writes a word in lower case somewhere (a common noun, no name)."""
        if self._lower is None:
            self._lower = frozenset(re.findall(r"\b[a-z][a-z'-]*\b", self.text))
        return word in self._lower

    def is_headline(self, position: int) -> bool:
        text = self.text
        start = text.rfind("\n", max(0, position - REACH), position) + 1
        end = text.find("\n", position, position + REACH)
        if (start == 0 and position > REACH) or (end == -1 and position + REACH < len(text)):
            return False  # a line this long is running text, never a headline
        if start not in self._known:
            self._known[start] = self._headline(text[start : end if end != -1 else None])
        return self._known[start]


SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
                          "for", "by", "with", "from", "as", "vs", "is", "up", "over", "after"})


def title_case(line: str) -> bool:
    """Whether a line reads as a title-case headline: most of its content words capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if not 2 <= len(words) <= 25 or line.rstrip().endswith((".", ":")):
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def sorted_entities(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """Entities in order of first mention."""
    return tuple(sorted(entities, key=lambda e: (e.first_position, e.id)))
