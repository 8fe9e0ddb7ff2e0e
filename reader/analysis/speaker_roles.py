"""Who a "he" or "she" stands for when nobody is named: the one the sentence before is about."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reader.analysis.antecedents import FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS, main_subject
from reader.analysis.person_words import FEMALE_PRONOUNS, MALE_PRONOUNS, ROLES

# Nouns for one person: a role, a kind of person, a word that tells a sex.
_ONE_PERSON_NOUNS = PERSON_NOUNS | ROLES | MALE_NOUNS | FEMALE_NOUNS
_QUOTATION_REACH = 300  # tokens read back for where a quotation opened
_ASKING = frozenset({"ask", "question", "press", "quiz", "query"})  # whose object answers


def role_before(doc: Doc, pronoun: Token) -> Token | None:
    """ "The mayor visited the site. He said ...", "A farmer lost 40 cows. 'Everything is
    gone,' she said": a "he" or "she" opening the sentence's subject, with no person named
    before it, stands for the subject of the sentence before when that is a noun for one
    person (a role or a kind of person) of a sex that fits; when that subject is plural, the one
    such noun the sentence has besides."""
    lower = pronoun.lower_
    if lower not in MALE_PRONOUNS | FEMALE_PRONOUNS or pronoun.dep_ != "nsubj":
        return None
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = _before_quotation(doc, sent) or doc[sent.start - 1].sent
    subject = main_subject(before)
    if _about_nobody(before, subject) and before.start > 0:
        # "A party spokesman told the paper X. But that did not happen for Y. 'Z,' he said.":
        # a sentence about no person between the role and the pronoun keeps the role in sight
        before = doc[before.start - 1].sent
        subject = main_subject(before)
    if subject is not None and subject.tag_ in ("NNS", "NNPS"):
        # "Fans chanted for the coach to go. He said ...": a plural subject cannot be meant,
        # and the one person the sentence names besides is
        persons = [t for t in before if one_person(t, lower)]
        return persons[0] if len(persons) == 1 else None
    return subject if subject is not None and one_person(subject, lower) else None


def asked(role: Token) -> list[Token]:
    """ "A reporter asked Lee how he felt. He replied": whom a role that is the subject of a
    verb of asking asks, who answers next, so that the "he" is not the role."""
    verb = role.head
    if role.dep_ != "nsubj" or verb.lemma_.lower() not in _ASKING:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "dative")]


def _before_quotation(doc: Doc, sent: Span) -> Span | None:
    """ "A council spokesman denied it. 'We said so. The sums never add up. This is serious,'
    he said.": the sentence before the quotation that a sentence closes, where the quotation
    opened a sentence or more earlier; the sentence it opens in, after words of its own.
    None where the sentence closes no quotation opened before it."""
    marks = [t for t in sent if t.is_quote]
    if not marks or marks[0].tag_ != "''" or sent.start < 2:
        return None
    opening = next((t for t in reversed(doc[max(0, sent.start - _QUOTATION_REACH) : sent.start])
                    if t.is_quote), None)
    if opening is None or opening.tag_ != "``":
        return None
    if opening.i > opening.sent.start:
        return opening.sent
    return doc[opening.i - 1].sent if opening.i > 0 else None


def _about_nobody(sent: Span, subject: Token | None) -> bool:
    """Whether a sentence names no person, says no "he" or "she" and has a thing, or no noun,
    for its subject ("But that did not happen.", "The talks ended at noon.")."""
    return (subject is None or subject.lemma_.lower() not in _ONE_PERSON_NOUNS) and not any(
        t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
        or (t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")) for t in sent)


def one_person(noun: Token, pronoun: str) -> bool:
    """Whether a noun is for one person (a role or a kind of person) of a sex that fits."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma not in _ONE_PERSON_NOUNS:
        return False
    return lemma not in (FEMALE_NOUNS if pronoun in MALE_PRONOUNS else MALE_NOUNS)
