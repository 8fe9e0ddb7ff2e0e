"""Who a "he" or "she" stands for when nobody is named: the one the sentence before is about."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.analysis.antecedents import FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS, main_subject
from reader.analysis.person_words import FEMALE_PRONOUNS, MALE_PRONOUNS, ROLES


def role_before(doc: Doc, pronoun: Token) -> Token | None:
    """ "The mayor visited the site. He said ...", "A farmer lost 40 cows. 'Everything is
    gone,' she said": a "he" or "she" opening the sentence's subject, with no person named
    before it, stands for the subject of the sentence before when that is a noun for one
    person (a role or a kind of person) of a sex that fits."""
    lower = pronoun.lower_
    if lower not in MALE_PRONOUNS | FEMALE_PRONOUNS or pronoun.dep_ != "nsubj":
        return None
    sent = pronoun.sent
    if sent.start == 0:
        return None
    subject = main_subject(doc[sent.start - 1].sent)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    lemma = subject.lemma_.lower()
    if lemma not in PERSON_NOUNS | ROLES | MALE_NOUNS | FEMALE_NOUNS:
        return None
    other = FEMALE_NOUNS if lower in MALE_PRONOUNS else MALE_NOUNS
    return None if lemma in other else subject
