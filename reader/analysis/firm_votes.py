"""The votes for a firm or an outlet: "Lowe's fell", "at X", "analysts X", "the Telegraph said"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.name_tokens import ever_named_person, known_first, written_as
from reader.analysis.person_words import (
    ORG_NOUNS,
    ORG_SUFFIXES,
    PEOPLE,
    PERSON_TITLES,
    POSSESSIVES,
    ROLES,
    first_name,
)
from reader.analysis.place_votes import PHRASE_ENDS, known_place
from reader.analysis.product_names import listed_under

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns for a paper or a magazine written after its name ("the Herald newspaper").
_PRESS_NOUNS = frozenset({"newspaper", "newspapers", "paper", "magazine", "tabloid", "daily",
                          "weekly", "journal"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


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
                    and t.i not in range(name.start, name.end) for t in written_as(owner))


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


def firm_name(span: Span, last: str) -> bool:
    """ "Xcel Energy Inc.", "Lowe's", "Patriot Coal": a firm's last word (an industry's after a
    word that is no first name) or a firm's possessive."""
    if len(span) > 1 and (last in ORG_SUFFIXES or (
            last in INDUSTRY_WORDS and len(span) <= 3 and not known_first(span))):
        return True
    return firm_possessive(span)


# Jobs that news writes "at" the body that employs one: "an analyst at Kelso Partners".
_JOBS = frozenset({
    "director", "chairman", "chairwoman", "founder", "executive", "economist", "professor",
    "spokesman", "spokeswoman", "spokesperson", "analyst", "strategist", "manager", "partner",
    "editor", "scientist", "researcher", "expert", "engineer", "architect", "banker", "trader",
    "consultant", "lecturer", "fellow", "correspondent", "tester", "specialist", "designer",
    "developer", "officer", "official"})


def employer(before: list[Token]) -> bool:
    """ "a security expert at Norvane", "chief architect at the Kessler Group": the name after
    "at" and a job is the body one works for, not a place nor a person."""
    words = [t.lower_ for t in before]  # nearest first
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) >= 2 and words[0] == "at" and words[1].removesuffix("s") in _JOBS


def trade_before(span: Span, before: list[Token]) -> bool:
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
# Words before a name that a firm takes and a person does not: "a trader at Charles Schwab",
# "Ben & Jerry", "shares of Ford", "a stake in Ford" ("the Ford plant" and "the Trump campaign"
# read alike: "the" tells nothing).
_FIRM_BEFORE = re.compile(r"(?:\bat|&|\b(?:shares|stock|stake) (?:of|in))\s+\Z", re.IGNORECASE)


def firm_before(text: str, start: int) -> bool:
    """Whether the words right before position start of text are a firm's ("at", "shares of")."""
    return _FIRM_BEFORE.search(text, max(0, start - 20), start) is not None


def firm_use(span: Span) -> bool:
    """Whether the text writes the name as a firm's anywhere: "at X", "shares of X", "X &",
    "& X", or "X said its ..." (its before any other noun)."""
    doc = span.doc
    text = doc.text
    for start in (t.i for t in written_as(span[0])):
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


def paper(first: str, after: list[Token]) -> bool:
    """ "told the Herald newspaper": a name between "the" and a paper's noun is the paper's."""
    return first == "the" and bool(after) and after[0].is_lower \
        and after[0].lower_ in _PRESS_NOUNS


def outlet(span: Span, before: list[Token]) -> bool:
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
        and not ever_named_person(token)


def with_the(span: Span, first: str) -> bool:
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
        and not ever_named_person(token)
