"""Where a name's span begins and ends: past a title, a role, a prefix, a possessive or a verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.clause_words import gerund
from reader.analysis.firm_votes import firm_possessive
from reader.analysis.person_words import (
    FIRM_KINDS,
    PARTICLES,
    PERSON_TITLES,
    POSSESSIVES,
    ROLES,
    first_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PROPER_ONLY = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
TITLED = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})  # titles may hold a colon
_UNNUMBERED = frozenset({"PERSON", "NORP", "GPE"})  # names that never end in a number
# Tags of a capitalised word that opens a person's span but is no part of the name: an
# adjective, a determiner or conjunction ("Neither"), a preposition, an adverb, a gerund.
_NOT_NAMES = frozenset({"JJ", "DT", "PDT", "CC", "IN", "RB", "VBG", "WDT", "WP", "UH"})
ARABIC_ARTICLES = frozenset({"al", "el"})  # joined by a hyphen to the name they open
HYPHEN_PREFIXES = frozenset({"pro", "anti", "pan", "non", "ex", "post", "pre", "neo", "mid"})


def opens(token: Token) -> bool:
    """Whether a token opens a sentence or a line, perhaps after a quotation mark."""
    doc = token.doc
    i = token.i
    while i > 0 and (doc[i - 1].is_quote or doc[i - 1].is_bracket):
        i -= 1
    return doc[i].is_sent_start or i == 0 or "\n" in doc[i - 1].text


def bounds(ent: Span) -> tuple[int, int]:
    """The name proper, as token bounds: without a stray mark, "the", a person's title or a
    leading adjective, a "pro-" prefix, a bracketed acronym, a possessive, lower-case words
    after a name ("Yonhap news agency"), a score after a person's name ("Jarry 6-4") or what
    follows a colon or a line break; "Cheng Chung-tai" keeps its hyphenated part."""
    doc = ent.doc
    start, end = _leading(ent)
    end = next((i for i in range(start + 1, end) if doc[i].text == "("
                or (doc[i].text == ":" and ent.label_ not in TITLED)  # not "Star Wars: ..."
                or (doc[i].is_space and "\n" in doc[i].text)), end)  # a name ends at a break
    while end - start > 1 and (
            (doc[end - 1].text in POSSESSIVES and not firm_possessive(doc[start:end])) or
            not any(c.isalnum() for c in doc[end - 1].text)  # a full stop, a ">" or a mark
            or doc[end - 1].is_space
            or (ent.label_ in _UNNUMBERED and any(c.isdigit() for c in doc[end - 1].text))
            or (ent.label_ in PROPER_ONLY and doc[end - 1].is_lower and doc[end - 1].is_alpha
                and doc[end - 2].whitespace_)
            or verb_of_name(doc[start:end])):
        end -= 1
    return start, end


_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP"})


def verb_of_name(span: Span) -> bool:
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
        and opens(token)


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

    return token.text.endswith("ing") and not first_name(token.text) and opens(token) \
        and gerund(token.text, english_verbs(token.doc.vocab))


def _command_verb(token: Token) -> bool:
    """ "Follow Jane Doe on ...", "Ask Ann Lee": a verb in its bare form opening a sentence,
    never a first name ("Grant Hill", "Will Smith" stay whole)."""
    return token.tag_ == "VB" and bool(token.is_sent_start) and not first_name(token.text)
