"""The head of a speaker's phrase as written, and the parts of the phrase around it that say
whom it names."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reader.analysis.genders import PERSON_LABELS
from reader.analysis.model import Entity
from reader.analysis.person_words import PERSON_TITLES
from reader.document import TextSpan

# Letters set after a person's name for a seat or a rank ("Tom Ridley MP", "Ann Lee QC").
POST_NOMINALS = frozenset({"MP", "MSP", "MEP", "MLA", "AM", "QC", "KC", "TD"})


def phrase_head(phrase: Span) -> Token:
    """The head of a speaker's phrase: its root, or where the parse hung several of its nouns
    outside it ("co - founder Sam Reyes", a word split at its hyphen), the last of them, as an
    English noun phrase ends on its head; the name before letters after it ("Tom Ridley MP")."""
    outside = [t for t in phrase if not phrase.start <= t.head.i < phrase.end
               and t.pos_ in ("NOUN", "PROPN", "PRON")]
    head = outside[-1] if len(outside) > 1 else phrase.root
    before = head.doc[head.i - 1] if head.i > phrase.start else None
    if head.text in POST_NOMINALS and before is not None and before.pos_ == "PROPN" and \
            before.head.i == head.i and before.ent_type_ == "PERSON":
        return before
    return head


def branch_of(head: Token) -> Token | None:
    """ "Amnesty International UK", "Human Rights Watch UK": a country named after a body's
    name, which the parse made the head, is the body's branch there; the body's last word,
    or None where the head is no country so named ("Mr Wellington" is a man the model took
    for a town, "New York City" a city)."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    if head.ent_type_ != "GPE" or before is None or before.head.i != head.i or \
            before.dep_ != "compound" or before.pos_ != "PROPN":
        return None
    name = list(before.subtree)
    if any(t.ent_type_ in ("GPE", "PERSON") or t.lower_.rstrip(".") in PERSON_TITLES
           for t in name):
        return None
    return before if before.ent_type_ == "ORG" or len(name) > 1 else None


def before_clause(phrase: Span, span: TextSpan) -> TextSpan:
    """ "A spokeswoman for the port operators, which speak for France's harbours": the part of
    a speaker's phrase before a relative clause on it, whose names are not whom it speaks for;
    so is a description set beside the name it speaks for ("a spokesman for Unison, Britain's
    biggest union": Unison, not Britain)."""
    starts = [t.left_edge.idx for t in phrase if t.left_edge.idx > span.start and (
        t.dep_ == "relcl" or (t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN"
                              and t.head.i < t.i))]
    return TextSpan(span.start, min(starts)) if starts else span


def through_name(head: Token, entity: Entity, span: TextSpan) -> TextSpan:
    """ "Director of the Riverside Trust, Ann Lee, said": a title's mention runs on to the
    person's name set beside it further in its phrase, which says who speaks; not where the
    title is itself one of the person's mentions, nor past a clause of its own ("The lawyer who
    drafted it, Ann Lee,": the lawyer as written)."""
    if head.pos_ == "PRON" or entity.label not in PERSON_LABELS or any(
            m.start < span.end and span.start < m.end for m in entity.mentions):
        return span  # a body's description stays as written ("The firm that runs it, X,")
    last = head.right_edge
    end = last.idx + len(last)
    after = [m for m in entity.mentions if span.end < m.start and m.end <= end]
    if not after:
        return span
    between = head.doc.char_span(span.end, after[0].start, alignment_mode="expand")
    if between is None or any(t.pos_ in ("VERB", "AUX") for t in between):
        return span
    return TextSpan(span.start, after[0].end)
