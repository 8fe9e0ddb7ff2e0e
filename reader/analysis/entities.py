"""Named entities from a spaCy Doc: mentions trimmed and weighed by context, then grouped."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from reader.analysis.entity_bounds import PROPER_ONLY, TITLED, bounds, opens, verb_of_name
from reader.analysis.entity_parties import with_party_names
from reader.analysis.entity_spans import RawMention, labelled_span
from reader.analysis.headline_lines import HeadlineLines
from reader.analysis.model import Entity
from reader.analysis.model_numbers import (
    after_model_number,
    figured,
    model_words,
    product_shapes,
    with_model_number,
)
from reader.analysis.name_cuts import cut_names
from reader.analysis.name_extents import (
    across_particle,
    titled_person,
    with_bare_surname,
    with_building_word,
    with_firm_possessive,
    with_letter,
    with_service_word,
    with_suffix,
    with_surname,
    with_year,
)
from reader.analysis.name_splits import (
    list_split,
    possessor_split,
    result_split,
    title_split,
    without_score,
)
from reader.analysis.noble_titles import with_noble_title
from reader.analysis.office_bodies import with_office_bodies
from reader.analysis.person_words import PERSON_TITLES, ROLES, first_name
from reader.analysis.place_votes import known_place
from reader.analysis.type_votes import votes
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# spaCy's labels for things with names; dates, times and amounts are the numbers' business.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT",
                           "WORK_OF_ART", "LAW", "LANGUAGE"})
_WEB_ADDRESS = re.compile(r"https?:|www\.|\w\.\w+/\S|(?:^|\s)@\w")
_OFFICE_HOLDERS = frozenset({"secretary", "minister", "undersecretary"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                          "would", "can", "could", "may", "might", "must", "should"})
_ROLE_ENDS = ROLES | {"lead"}  # "Project Lead", "Team Leader", "Chief Economist"
# Time zones written after a time ("0100 GMT", "8 p.m. ET").
TIME_ZONES = frozenset({"GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT",
                        "PT", "PST", "PDT", "BST", "CET", "CEST", "EET", "EEST", "JST", "KST",
                        "IST", "AEST", "AEDT", "HKT", "SGT", "MSK"})
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "noon", "midnight", "hours", "hrs"})


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
        ent = with_model_number(after_model_number(ent))
        ent = with_surname(with_year(with_suffix(with_letter(with_service_word(ent)))))
        ent = with_firm_possessive(with_bare_surname(across_particle(ent)))
        ent = with_noble_title(ent)
        ent = titled_person(ent)
        if ent.label_ == "PERSON" and model_words(ent) \
                and not any(t.is_lower and not figured(t.text) for t in ent):
            # "RAV4 Hybrid", "802.11ax Wi-Fi"
            ent = labelled_span(doc, ent.start, ent.end, "PRODUCT")
        ent = without_score(ent)
        skip_to = ent.end
        for part in (p for owned in possessor_split(ent) for p in title_split(owned)):
            for piece in (p for listed in list_split(part) for result in result_split(listed)
                          for p in map(with_building_word, cut_names(result))):
                found.extend(_mention(piece, lines, offset))
    found.extend(product_shapes(doc, text, found, offset))
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


def _mention(ent: Span, lines: HeadlineLines, offset: int) -> Iterator[RawMention]:
    doc = ent.doc
    start, end = bounds(ent)
    span = doc[start:end]
    if end < ent.end and verb_of_name(doc[start : end + 1]) and _full_name(span):
        # "Teresa Nielsen Hayden explained": a person
        ent = labelled_span(doc, start, end, "PERSON")
    text = span.text
    if ent.label_ in PROPER_ONLY and not _proper(span, text):
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
    if label in TITLED:
        return span.end
    return next((t.i for t in span[1:] if t.lower_ in _AUXILIARIES and t.pos_ == "AUX"),
                span.end)


def _opening_noun(span: Span) -> bool:
    """ "Promise to add soldiers ...": a word the tagger takes for a singular common noun
    (a plural is no sign: "Sanders"), capitalised only because it opens a line or a sentence,
    and written nowhere else in the text, is no person's name (unless it is a first name)."""
    token = span[0]
    if len(span) != 1 or token.tag_ != "NN" or not opens(token) \
            or first_name(token.text):
        return False
    from spacy.attrs import LOWER  # spaCy stays out of importing this module's word lists

    lowers: list[int] = token.doc.to_array(LOWER).tolist()
    return lowers.count(token.lower) == 1


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


def sorted_entities(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """Entities in order of first mention."""
    return tuple(sorted(entities, key=lambda e: (e.first_position, e.id)))
