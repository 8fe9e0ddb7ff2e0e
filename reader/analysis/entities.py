"""Named entities from a spaCy Doc: mentions trimmed and weighed by context, then grouped."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.analysis.demonyms import country_name, country_of_demonym
from reader.analysis.model import Entity
from reader.analysis.number_lexicon import year_like
from reader.analysis.person_words import (
    LAW_HEADS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PLACE_NOUNS,
    ROLES,
    name_gender,
    not_a_person,
)
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# spaCy's labels for things with names; dates, times and amounts are the numbers' business.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT",
                           "WORK_OF_ART", "LAW", "LANGUAGE"})
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "president", "vice", "prime",
    "minister", "gen", "general", "sen", "senator", "rep", "representative", "gov", "governor",
    "judge", "justice", "pope", "king", "queen", "prince", "princess", "sir", "dame", "lord",
    "lady", "chancellor", "secretary", "mayor", "col", "colonel", "lt", "capt", "captain",
    "sgt", "sergeant", "adm", "admiral", "rev", "reverend", "sheikh", "ayatollah", "premier",
    "coach", "chairman", "chairwoman", "ceo", "commissioner", "ambassador", "officer",
    "detective", "inspector", "maj", "major", "cardinal", "bishop", "archbishop", "imam",
    "rabbi", "father", "brother", "sister", "emperor", "empress", "sultan", "emir", "speaker",
    "councillor", "councilman", "councilwoman", "deputy", "chief", "attorney", "mp", "mep",
})
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "explain", "insist", "claim"})
# iPhone, eBay, iOS; A380, A321s, B52
_SHAPE = re.compile(r"\b(?:[a-z][A-Z][A-Za-z]+|[A-Z]{1,2}\d{2,4}[a-z]{0,2})\b")
_PROPER_ONLY = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_UNNUMBERED = frozenset({"PERSON", "NORP", "GPE"})  # names that never end in a number
_TITLED = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})  # titles may hold a colon
_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")
_MODEL = re.compile(r"[A-Z]{0,3}-?\d{1,4}(?:-?\d{1,3})?[A-Za-z]{0,3}")
HYPHEN_PREFIXES = frozenset({"pro", "anti", "pan", "non", "ex", "post", "pre", "neo", "mid"})
REACH = 400  # characters looked at around a word for its line: a longer line is running text
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Lower-case particles that open a surname when it stands without the first name.
PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "del", "della", "di", "du", "le",
                       "la", "ter", "ten", "dos", "das", "zu", "bin", "ibn", "al", "el"})
# A cue that says what a name is ("the city of X", "Mr. X", "X Inc.") outweighs the model's
# label on up to nine mentions; a weak cue ("in X", "X said") only tips a close vote.
TITLE_WEIGHT, PLACE_WEIGHT, SUFFIX_WEIGHT = 10.0, 10.0, 10.0
WEAK_WEIGHT = 0.5
APPOSITION_WEIGHT = 3.0  # one apposition outweighs the model's label on a couple of mentions


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
    # entity_groups builds on this module's records and word lists: imported here, not above
    from reader.analysis.entity_groups import build_entities

    return build_entities(doc.text, raw_mentions(doc))


def raw_mentions(doc: Doc, offset: int = 0) -> list[RawMention]:
    """The Doc's named-entity mentions with offsets moved by offset (the chunk's start)."""
    text = doc.text  # Doc.text joins every token: read it once
    lines = HeadlineLines(text)
    found: list[RawMention] = []
    skip_to = 0
    for ent in doc.ents:
        if ent.start < skip_to or ent.label_ not in ENTITY_LABELS:
            continue
        ent = _with_surname(_with_year(_with_model_number(_after_model_number(ent))))
        skip_to = ent.end
        for part in _possessor_split(ent):
            found.extend(_mention(part, lines, offset))
    found.extend(_product_shapes(doc, text, found, offset))
    return sorted(found, key=lambda m: m.span)


def _possessor_split(ent: Span) -> tuple[Span, ...]:
    """A name the model ran on through a possessive into a person's name: "NFL Network's Rich
    Eisen" is the network and the person, "Fox News' Megyn Kelly" too. Only where the words
    after the possessive are two or more capitalised words opening with a known first name."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 2):
        after = doc[i + 1 : ent.end]
        if doc[i].text in POSSESSIVES and all(t.is_title for t in after) \
                and name_gender(after[0].text) is not None:
            return _span(doc, ent.start, i, ent.label_), _span(doc, i + 1, ent.end, "PERSON")
    return (ent,)


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
    if not _MODEL.fullmatch(nxt.text) or nxt.ent_type_ not in ("", "PRODUCT", "CARDINAL") \
            or not ent[-1].whitespace_:
        return ent
    if ent.label_ == "ORG" and nxt.ent_type_ == "CARDINAL" and ent.end + 1 < len(doc) \
            and doc[ent.end + 1].pos_ in ("NOUN", "PROPN", "NUM"):
        return ent  # "Apple 40 percent", "Boeing 12 jets": a count, not a model
    return _span(doc, ent.start, ent.end + 1, "PRODUCT")


def _after_model_number(ent: Span) -> Span:
    """ "737 Max": a one-word name the model took for a person or a body, right after a model
    number of three digits or more (no year), names the product with it."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "PRODUCT") or len(ent) != 1 or ent.start == 0:
        return ent
    number = doc[ent.start - 1]
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


def _with_year(ent: Span) -> Span:
    """"the Emergency Economic Stabilization Act of 2008": a law's year is part of its name."""
    doc = ent.doc
    if ent[-1].lower_ not in LAW_HEADS or len(ent) < 2 or ent.end + 2 > len(doc):
        return ent
    if doc[ent.end].lower_ != "of" or not _YEAR.fullmatch(doc[ent.end + 1].text):
        return ent
    return _span(doc, ent.start, ent.end + 2, "LAW")


def _mention(ent: Span, lines: HeadlineLines, offset: int) -> Iterator[RawMention]:
    doc = ent.doc
    start, end = _bounds(ent)
    span = doc[start:end]
    if ent.label_ in _PROPER_ONLY and not _proper(span):
        return
    if ent.label_ == "PERSON" and all(t.lower_.rstrip(".") in PERSON_TITLES for t in span):
        return  # "Lt Col" taken apart from "Alexander Vindman": titles alone name nobody
    if ent.label_ == "PERSON" and _opening_noun(span):
        return
    shorter: tuple[TextSpan, ...] = ()
    if end - start > 1 and lines.is_headline(span.start_char):
        shorter = tuple(TextSpan(span.start_char + offset, doc[cut - 1].idx
                                 + len(doc[cut - 1].text) + offset)
                        for cut in range(end - 1, start, -1) if _headline_word(doc[cut]))
    yield RawMention(TextSpan(span.start_char + offset, span.end_char + offset), ent.label_,
                     tuple(_votes(span)), shorter)


def _opening_noun(span: Span) -> bool:
    """ "Promise to add soldiers ...": a word the tagger takes for a singular common noun
    (a plural is no sign: "Sanders"), capitalised only because it opens a line or a sentence,
    and written nowhere else in the text, is no person's name (unless it is a first name)."""
    token = span[0]
    if len(span) != 1 or token.tag_ != "NN" or not _opens(token) \
            or name_gender(token.text) is not None:
        return False
    return sum(other.lower_ == token.lower_ for other in token.doc) == 1


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
    if doc[end - 1].text in POSSESSIVES and end - start > 1:
        end -= 1
    while end - start > 1 and (
            doc[end - 1].is_punct  # a full stop of its own ends the sentence, not the name
            or doc[end - 1].is_space
            or (ent.label_ in _UNNUMBERED and any(c.isdigit() for c in doc[end - 1].text))
            or (ent.label_ in _PROPER_ONLY and doc[end - 1].is_lower and doc[end - 1].is_alpha
                and doc[end - 2].whitespace_)):
        end -= 1
    return start, end


def _leading(ent: Span) -> tuple[int, int]:
    doc = ent.doc
    start, end = ent.start, ent.end
    while end - start > 1 and not any(c.isalnum() for c in doc[start].text):
        start += 1  # a stray mark, not "St. Louis" or "IL-25"
    if (doc[start].lower_ == "the" or doc[start].text in ("a", "an")) and end - start > 1:
        start += 1  # "a Nobel Prize"; "A Tribe Called Quest" keeps its capital A
    while end - start > 1 and doc[start].is_quote:  # 'the "Black Death"'
        start += 1
    while end - start > 2 and not doc[start].whitespace_ and doc[start + 1].text == "-":
        # "pro-Beijing", "Pan-democrat Lam": the hyphenated word before the name
        word_end = start
        while word_end < end - 1 and not doc[word_end].whitespace_:
            word_end += 1
        if doc[start].is_lower or doc[start].lower_ in HYPHEN_PREFIXES:
            start += 2
        elif doc[word_end].is_lower and word_end + 1 < end:
            start = word_end + 1
        else:
            break
    while ent.label_ == "PERSON" and end - start > 1 and doc[start].is_title and (
            doc[start].lower_.rstrip(".") in PERSON_TITLES or doc[start].tag_ == "JJ"):
        start += 1
    return start, end


def _proper(span: Span) -> bool:
    """A name has a capital letter, and does not end in a lower-case part of a hyphenated word
    standing alone ("Pan-democrat", "nonpartisan pan-democrat" are not names)."""
    if not any(c.isupper() for c in span.text):
        return False
    return not (" " not in span.text and "-" in span.text and span[-1].is_lower)


def _headline_word(token: Token) -> bool:
    """A capitalised word a headline verb may be: tagged as a verb, or ending in -s."""
    return token.is_title and token.is_alpha and (
        token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.lower_.endswith("s"))


def _votes(span: Span) -> Iterator[tuple[str, float]]:
    """Cues around a mention: "Mr. X" and "X said" for people, "the city of X" and "X-based"
    for places, "X Inc." or "X Ministry" for organisations."""
    doc = span.doc
    before = [doc[i] for i in range(max(0, span.start - 3), span.start)][::-1]
    after = [doc[i] for i in range(span.end, min(len(doc), span.end + 2))]
    first = before[0].lower_.rstrip(".") if before else ""
    if first in PERSON_TITLES and before[0].is_title:
        yield "PERSON", TITLE_WEIGHT
    if _byline(before):
        yield "PERSON", TITLE_WEIGHT
    if after and after[0].lemma_ in SPEECH_LEMMAS and len(span) <= 3:
        yield "PERSON", WEAK_WEIGHT
    if first == "of" and len(before) > 1 and before[1].lower_ in PLACE_NOUNS:
        yield "GPE", PLACE_WEIGHT
    if len(after) == 2 and after[0].text in "-–" and after[1].lower_ in ("based", "born"):
        yield "GPE", PLACE_WEIGHT
    if first in ("in", "near") and len(span) <= 3:
        yield "GPE", WEAK_WEIGHT
    last = span[-1].lower_.rstrip(".")
    if last in LAW_HEADS and len(span) > 1 and span[-1].is_title:
        yield "LAW", SUFFIX_WEIGHT
    if last in ORG_SUFFIXES and len(span) > 1:
        yield "ORG", SUFFIX_WEIGHT
    nxt = after[0].lower_.rstrip(".") if after else ""
    if nxt in ORG_SUFFIXES and after[0].is_title:
        yield "ORG", WEAK_WEIGHT  # "Kyiv Police": the model's span may only be short
    if _apposed(span) & ORG_NOUNS:
        yield "ORG", APPOSITION_WEIGHT  # "the operator, Estuary Lines,", "X, the retailer,"
    if _introduced_person(span, before):
        yield "PERSON", APPOSITION_WEIGHT
    if _demonym_as_surname(span):
        yield "PERSON", WEAK_WEIGHT
    if len(span) == 1 and (nxt in PLATFORM_NOUNS or (
            first == "on" and len(before) > 1 and before[1].lemma_.lower() in POSTING_VERBS)):
        yield "ORG", APPOSITION_WEIGHT  # "wrote on Twitter", "her Instagram account"


# What a platform has, and what is done on one: a single name before one of these nouns, or
# after "posted on", is a service, never a person or a place.
PLATFORM_NOUNS = frozenset({"account", "accounts", "post", "posts", "feed", "page", "user",
                            "users", "followers", "video", "videos", "channel", "profile",
                            "handle", "thread", "livestream", "app", "subscribers",
                            "subscription", "documentary", "series", "special", "stream"})
POSTING_VERBS = frozenset({"post", "write", "tweet", "share", "publish", "stream", "broadcast",
                           "comment", "reply", "upload", "air", "message", "livestream", "say",
                           "announce", "respond"})


def _apposed(span: Span) -> set[str]:
    """The lemmas of the common nouns a mention is set beside: the head it is in apposition
    to, or the appositions it heads."""
    if country_name(span.text):
        return set()  # a country is a place wherever a list's parse hangs it
    root = span.root
    nouns = {child for child in root.children if child.dep_ == "appos"}
    if root.dep_ == "appos":
        nouns.add(root.head)
    return {noun.lemma_.lower() for noun in nouns if noun.pos_ == "NOUN"}


def _introduced_person(span: Span, before: list[Token]) -> bool:
    """ "NBC's Lester Holt", "the host, Lester Holt,": a known first name and a capitalised
    surname after a possessive, or set beside a word for a person's role, name a person."""
    words = [t for t in span if not (len(t.text) == 2 and t.text.endswith("."))]  # initials
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words) \
            or name_gender(words[0].text) is None or not_a_person(span.text):
        return False
    possessed = len(before) > 1 and before[0].text in POSSESSIVES \
        and before[1].pos_ in ("NOUN", "PROPN")
    return possessed or bool(_apposed(span) & ROLES)


def _demonym_as_surname(span: Span) -> bool:
    """ "Cuban said", "they met Cuban": a nationality word standing alone as a singular proper
    noun, with no article, as a verb's subject or object, is used as somebody's surname (the
    people are "the Cubans", "a Cuban"; the adjective goes before a noun, "Cuban cigars")."""
    token = span[0]
    if len(span) != 1 or token.tag_ != "NNP" or country_of_demonym(token.text) is None \
            or country_name(token.text) is not None:
        return False
    return token.dep_ in _ARGUMENTS and not any(c.dep_ in ("det", "poss") for c in token.children)


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _byline(before: list[Token]) -> bool:
    """A name on a line that opens with "By": the article's byline names its writer."""
    if not before or before[0].text != "By":
        return False
    opener = before[0].i
    return opener == 0 or "\n" in before[0].doc[opener - 1].text


class HeadlineLines:
    """Which lines of a text are headlines (title-case unless told otherwise), worked out once
    per line asked about."""

    def __init__(self, text: str, headline: Callable[[str], bool] | None = None) -> None:
        self.text = text
        self._headline = headline or title_case
        self._known: dict[int, bool] = {}

    def is_headline(self, position: int) -> bool:
        text = self.text
        start = text.rfind("\n", max(0, position - REACH), position) + 1
        end = text.find("\n", position, position + REACH)
        if (start == 0 and position > REACH) or (end == -1 and position + REACH < len(text)):
            return False  # a line this long is running text, never a headline
        if start not in self._known:
            self._known[start] = self._headline(text[start : end if end != -1 else None])
        return self._known[start]


_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
                          "for", "by", "with", "from", "as", "vs", "is", "up", "over", "after"})


def title_case(line: str) -> bool:
    """Whether a line reads as a title-case headline: most of its content words capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if not 2 <= len(words) <= 25 or line.rstrip().endswith((".", ":")):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def sorted_entities(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """Entities in order of first mention."""
    return tuple(sorted(entities, key=lambda e: (e.first_position, e.id)))
