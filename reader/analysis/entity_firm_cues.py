"""The words business news sets around a firm's bare name, which no person's takes: "oil giant
X", "X shares fell", "X chief executive Jane Roe", "X, one of the country's biggest banks",
"analyst Jane Roe of X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.person_words import ORG_NOUNS, first_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns for a kind of body set right before its name, the name's modifier in the parse, mostly
# after words for its trade: "Russian oil giant Vostrak", "drinks firm Halvex", "investment
# bank Morgan Stanley", "leisure group Rank".
KINDS_BEFORE = frozenset({
    "giant", "firm", "company", "group", "bank", "airline", "carrier", "conglomerate", "chain",
    "multinational", "subsidiary", "operator"})
# Nouns only a body has, set after its bare name, the name their modifier: "Tarnoff shares
# slipped", "former Vostrak boss", "Tarnoff deputy chief executive Michael Cawley" (not "Trump
# aide" or "Obama spokesman": people have aides and spokesmen too).
OWNED_AFTER = frozenset({
    "shares", "shareholders", "stock", "boss", "bosses", "executive", "executives", "chairman",
    "chairwoman", "subsidiary", "subsidiaries"})
_MODIFIERS = ("compound", "nmod", "amod", "appos")


def firm_cue(span: Span) -> bool:
    """Whether a kind of body stands right before the name as its modifier, or a noun only a
    body has follows it with the name as the modifier; not a name opening with a known first
    name ("jazz giant Miles Davis")."""
    if first_name(span[0].text) or _capitalised_word(span):
        return False
    return _kind_before(span) or _owned_after(span)


def _capitalised_word(span: Span) -> bool:
    """ "Bank executives are paid ...": an English word that opens a sentence, no name."""
    from reader.analysis.common_nouns import english_words  # it builds on the entity modules

    word = span[0]
    return len(span) == 1 and bool(word.is_sent_start) \
        and word.lower_ in english_words(word.vocab)


def _kind_before(span: Span) -> bool:
    doc = span.doc
    if span.start == 0:
        return False
    kind = doc[span.start - 1]
    return bool(kind.is_lower) and kind.lower_ in KINDS_BEFORE and kind.dep_ in _MODIFIERS \
        and span.start <= kind.head.i < span.end


def _owned_after(span: Span) -> bool:
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "nmod") or not span.end <= head.i <= span.end + 3:
        return False
    between = span.doc[span.end : head.i]  # "deputy chief" of "X deputy chief executive"
    return head.lower_ in OWNED_AFTER and all(t.is_lower for t in (*between, head))


def one_of_bodies(span: Span) -> bool:
    """ "Halvex, one of Scotland's premier whisky firms,": the name set beside "one of" a plural
    word for a kind of body."""
    one = next((t for t in span.root.children if t.dep_ == "appos" and t.lower_ == "one"), None)
    return one is not None and _of_plural_body(one)


def _of_plural_body(one: Token) -> bool:
    for prep in one.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((t for t in prep.children if t.dep_ == "pobj"), None)
            return noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() in ORG_NOUNS
    return False


# Jobs news names before a person and the body the person works for after "of": "aviation
# analyst Mike Powell of Dresdner Kleinwort Wasserstein".
_JOBS_OF = frozenset({"analyst", "economist", "strategist", "trader", "banker", "broker",
                      "consultant", "executive", "director", "manager", "spokesman",
                      "spokeswoman", "spokesperson", "chairman", "chairwoman", "researcher"})


def employer_after_job(span: Span) -> bool:
    """ "analyst Mike Powell of Dresdner Kleinwort Wasserstein": the name after "of" and a
    person's name that a job stands right before is the body the person works for."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "of":
        return False
    person = doc[span.start - 2]
    if person.ent_type_ != "PERSON":
        return False
    first = person.i
    while first > 0 and doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
        first -= 1
    job = doc[first - 1] if first > 0 else None
    return job is not None and job.is_lower and job.lower_ in _JOBS_OF and first < person.i
