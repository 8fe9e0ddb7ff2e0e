"""Named entities from a spaCy Doc: mentions trimmed and weighed by context, then grouped."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from reader.analysis.clause_words import gerund
from reader.analysis.entity_parties import with_party_names
from reader.analysis.entity_spans import RawMention, labelled_span
from reader.analysis.firm_votes import firm_possessive
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
from reader.analysis.person_words import (
    FIRM_KINDS,
    PARTICLES,
    PERSON_TITLES,
    POSSESSIVES,
    ROLES,
    first_name,
)
from reader.analysis.place_votes import known_place
from reader.analysis.type_votes import votes
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# spaCy's labels for things with names; dates, times and amounts are the numbers' business.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT",
                           "WORK_OF_ART", "LAW", "LANGUAGE"})
_PROPER_ONLY = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_UNNUMBERED = frozenset({"PERSON", "NORP", "GPE"})  # names that never end in a number
_TITLED = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})  # titles may hold a colon
# Tags of a capitalised word that opens a person's span but is no part of the name: an
# adjective, a determiner or conjunction ("Neither"), a preposition, an adverb, a gerund.
_NOT_NAMES = frozenset({"JJ", "DT", "PDT", "CC", "IN", "RB", "VBG", "WDT", "WP", "UH"})
_WEB_ADDRESS = re.compile(r"https?:|www\.|\w\.\w+/\S|(?:^|\s)@\w")
_OFFICE_HOLDERS = frozenset({"secretary", "minister", "undersecretary"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                          "would", "can", "could", "may", "might", "must", "should"})
_ROLE_ENDS = ROLES | {"lead"}  # "Project Lead", "Team Leader", "Chief Economist"
ARABIC_ARTICLES = frozenset({"al", "el"})  # joined by a hyphen to the name they open
HYPHEN_PREFIXES = frozenset({"pro", "anti", "pan", "non", "ex", "post", "pre", "neo", "mid"})
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
    start, end = _bounds(ent)
    span = doc[start:end]
    if end < ent.end and _verb_of_name(doc[start : end + 1]) and _full_name(span):
        # "Teresa Nielsen Hayden explained": a person
        ent = labelled_span(doc, start, end, "PERSON")
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
    while ent.label_ == "ORG" and end - start > 1 and doc[start].is_lower \
            and doc[start].is_alpha and doc[start].lower_ not in PARTICLES \
            and doc[start + 1].text[:1].isupper():
        start += 1  # "rival bank UFJ Holdings", "the state Department of Revenue": a description
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


def sorted_entities(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """Entities in order of first mention."""
    return tuple(sorted(entities, key=lambda e: (e.first_position, e.id)))
