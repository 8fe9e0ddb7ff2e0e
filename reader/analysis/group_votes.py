"""The votes for a group of people or a team: nationalities and faiths ("Iraqis", "the Sunni"),
"-exit" blends, a plural verb after a team's name ("the Bruins were"), a state's school."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.analysis.demonyms import RELIGIONS, country_name, country_of_demonym, people_word
from reader.analysis.name_cuts import POSITIONS
from reader.analysis.person_words import first_name
from reader.analysis.vote_weights import SUFFIX_WEIGHT, WEAK_WEIGHT

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# A country's leaving a union, named by a blend of the country and "exit": "Brexit", "Grexit",
# "Frexit", "Czexit".
_EXIT_BLEND = re.compile(r"[A-Z][a-z]{1,5}exit")

def group_or_exit(span: Span) -> Iterator[tuple[str, float]]:
    """A faith's name is a group's; "Brexit", "Grexit" are a country's leaving a union."""
    yield from _faith(span)
    if len(span) == 1 and _EXIT_BLEND.fullmatch(span[0].text):
        yield "EVENT", SUFFIX_WEIGHT

def _faith(span: Span) -> Iterator[tuple[str, float]]:
    """ "Islam", "Shia Islam": a faith is a group's (NORP); not "Nation of Islam", a body; so
    is a people that is no nation ("Latinos", "Uighurs"). A faith's feast or pilgrimage ("the
    Hajj", "Diwali", "Eid al-Fitr") is an event, whatever the model took it for."""
    if (len(span) <= 2 and span[-1].text in RELIGIONS) \
            or (len(span) == 1 and span[0].is_title and people_word(span[0].text)):
        yield "NORP", SUFFIX_WEIGHT
    elif span[0].lower_ in OBSERVANCES and span[0].is_title and (
            span[0].lower_ != "eid" or len(span) == 1 or span[1].lower_.startswith("al")):
        yield "EVENT", SUFFIX_WEIGHT  # "Eid al-Adha", not a person named "Eid Hassan"

# Feasts, fasts and pilgrimages of the faiths (their first word), which move with their own
# calendars: the model takes them for people ("Hajj", "Diwali") or bodies ("Hanukkah").
OBSERVANCES = frozenset({
    "hajj", "umrah", "ramadan", "ramadhan", "eid", "ashura", "mawlid", "diwali", "deepavali",
    "holi", "navratri", "dussehra", "hanukkah", "chanukah", "passover", "pesach", "purim",
    "sukkot", "shavuot", "yom", "rosh", "lent", "pentecost", "vesak", "nowruz", "kwanzaa",
})

def nationality_word(span: Span) -> Iterator[tuple[str, float]]:
    """A nationality word as somebody's surname ("Cuban said") or as the nation's people ("a
    Briton", "the 27 year old Scot", "many Britons")."""
    if _demonym_as_surname(span):
        yield "PERSON", WEAK_WEIGHT
    elif _nationals(span):
        yield "NORP", SUFFIX_WEIGHT

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

# Tags of a lower-case word before a nationality word that make it the people's: an article or
# a determiner ("a Briton"), a number ("two Scots"), an adjective ("most Britons", "the 28 year
# old Scot").
_COUNTING_TAGS = frozenset({"DT", "PDT", "CD", "JJ", "JJR", "JJS"})

def _nationals(span: Span) -> bool:
    """ "a Briton", "the 28 year old Scot", "two Scots", "most Britons": a nationality word
    (not a country's name) after an article, a number or an adjective, or in the plural, names
    people of the nation, a group, never a person by name nor a body; the model takes it for
    either."""
    token = span[0]
    if len(span) != 1 or not token.is_title or country_of_demonym(token.text) is None \
            or country_name(token.text) is not None:
        return False
    if token.tag_ in ("NNS", "NNPS") or (
            token.lower_.endswith("s") and country_of_demonym(token.text[:-1]) is not None):
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.is_lower and before.tag_ in _COUNTING_TAGS

_PLURAL_PAST = frozenset({"were"})

def plural_subject(span: Span) -> bool:
    """ "The Bruins were beaten", "Rangers have won", "a song by the Beatles": a name the model
    took for a person's that ends in -s and is the subject of a verb in the plural, or a plural
    proper noun after "the", is a team, a band or a firm, never one person; not a family
    called by a surname the text gives a person ("the Obamas were" after "Barack Obama"), nor
    a name opening with a first name. A lone "Jobs" or "Sanders" is a surname: the -s alone
    says nothing."""
    last = span[-1]
    if span[0].ent_type_ != "PERSON" or not last.lower_.endswith("s") or not last.is_title \
            or first_name(span[0].text):
        return False
    doc = span.doc
    after_the = span.start > 0 and doc[span.start - 1].lower_ == "the" and (
        last.tag_ == "NNPS" or _plural_possessive(last))
    if not after_the and not plural_agreement(last) and not _team_modifier(span):
        return False
    single = last.text[:-1]
    return not any(t.text == single and t.ent_type_ == "PERSON" for t in doc)

def _plural_possessive(last: Token) -> bool:
    """ "the Browns' defense": a bare apostrophe after an -s name makes it a plural's."""
    doc = last.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].text in ("'", "’") and \
        doc[last.i + 1].dep_ == "case"

def _team_modifier(span: Span) -> bool:
    """ "Browns pass rusher", "Browns DL": one -s word set before a common noun or a player's
    position, which no person's full name in the text ends with ("the Sanders campaign" is
    Bernie Sanders')."""
    word = span[-1]
    doc = span.doc
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if len(span) != 1 or nxt is None or not (nxt.text in POSITIONS or (
            word.dep_ == "compound" and nxt.pos_ == "NOUN" and nxt.is_lower)):
        return False
    return not any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word.text
                   for ent in doc.ents)

def plural_agreement(subject: Token) -> bool:
    """Whether a token is the subject of a verb in the plural ("are", "have", "were")."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    return any(t.tag_ == "VBP" or t.lower_ in _PLURAL_PAST
               for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))))

def state_school(span: Span) -> bool:
    """ "Penn State", "Boise State": a name of one word and "State" that the model took for a
    person's is a university or its teams (a state itself is called by its own name)."""
    return len(span) == 2 and span[-1].text == "State" and span[0].is_title \
        and span[0].ent_type_ == "PERSON"
