"""What a pronoun's own sentence says about whom it stands for, from the parse alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.analysis.antecedents import SUBJECTS
from reader.analysis.cue_words import SPEECH_VERBS
from reader.analysis.person_words import FEMALE_PRONOUNS, MALE_PRONOUNS
from reader.analysis.speaker_roles import one_person

# What joins an object to the verb it is the object of, through prepositions and lists.
_OBJECT_LINKS = frozenset({"pobj", "prep", "dobj", "dative", "conj", "appos", "compound"})
# What a name agent_of_opening may pass is: the "by" of a clause, or listed after one.
_AGENT_OR_LISTED = frozenset({"pobj", "conj"})
_RELATIVES = frozenset({"which", "that"})


def same_pronoun_before(pronoun: Token, quoted: Callable[[int], bool]) -> Token | None:
    """ "He avoided criticism of Trump until recently, when he expressed concern": the same
    "he" or "she" as the subject of another clause earlier in the sentence, outside quotes,
    whom a later one goes on with, past names between them."""
    same = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
    if pronoun.lower_ not in same:
        return None
    return next((t for t in pronoun.sent if t.i < pronoun.i and t.lower_ in same
                 and t.dep_ in SUBJECTS and t.head.i != pronoun.head.i
                 and not quoted(t.idx)), None)


def conjoined_subject(pronoun: Token, quoted: Callable[[int], bool]) -> Token | None:
    """ "Ruiz gave Lee some credit, but he said the plan was late": the subject of the clause
    "and" or "but" joins the clause a "he" or "she" is the subject of to, a noun outside
    quoted text, which the pronoun goes on with past the objects between them; also where the
    pronoun's clause opens the joined one ("Soto runs the board that rules on Lee's grant, and
    although she insists ..., applicants wait")."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return None
    if verb.dep_ == "advcl" and verb.i < verb.head.i and verb.head.dep_ == "conj":
        verb = verb.head  # the clause the pronoun's opens
    own = verb
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == own.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or quoted(subject.idx):
        return None
    return subject


def object_in_clause(name: Token, pronoun: Token) -> bool:
    """ "Along with Bush and Powell, he exposed", "After meeting Obama, he said": whether a name
    is an object in the clause a pronoun is the subject of, or in a phrase or clause hung on
    it, or anywhere in a participle clause that opens before it (opening_subject); somebody
    else, then."""
    if pronoun.dep_ not in SUBJECTS:
        return False
    verb = pronoun.head
    token = name
    while token.dep_ in _OBJECT_LINKS and token.head.i != token.i:
        token = token.head
        if token.i == verb.i or (token.dep_ == "advcl" and token.head.i == verb.i):
            return True
    opener = opening_subject(name)
    return opener is not None and opener.i == pronoun.i


def opening_subject(name: Token) -> Token | None:
    """ "Asked whether Lee would win, she said": the subject of the verb that a participle
    clause with no subject of its own hangs on, where the clause holds a name (anywhere in it,
    even as the subject of a clause inside it) and opens before that subject. The subject is
    the clause's understood subject, and whoever the clause names is somebody else."""
    token = name
    while token.head.i != token.i:
        if token.dep_ == "advcl" and token.tag_ in ("VBN", "VBG") and \
                not any(c.dep_ in SUBJECTS for c in token.children):
            subject = next((c for c in token.head.children if c.dep_ in SUBJECTS), None)
            return subject if subject is not None and token.i < subject.i else None
        token = token.head
    return None


def agent_of_opening(name: Token, pronoun: Token) -> bool:
    """ "Asked by Holt about the deal, she said", "When pressed by Holt, her answer was":
    whether a name is the "by" of a clause with no subject of its own set before the clause
    a pronoun, or what it owns, is the subject of. The pronoun is the one asked, the clause's
    understood subject, not who asked; "When the bill was signed by Holt, he" may be Holt."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    if name.dep_ != "pobj" or name.head.dep_ != "agent":
        return False
    clause = name.head.head
    owned = pronoun.head if pronoun.dep_ == "poss" else pronoun
    return owned.dep_ in SUBJECTS and clause.dep_ == "advcl" and \
        clause.head.i == owned.head.i and clause.i < pronoun.i and \
        not any(c.dep_ in SUBJECTS for c in clause.children)


def opening_agents(pronoun: Token) -> frozenset[int]:
    """Where the words of each name agent_of_opening passes over for a pronoun start."""
    owned = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if owned.dep_ not in SUBJECTS:
        return frozenset()  # no name passes agent_of_opening for it
    return frozenset(t.idx for name in pronoun.sent if name.dep_ in _AGENT_OR_LISTED
                     and agent_of_opening(name, pronoun) for t in name.subtree)


def relative_owner(pronoun: Token) -> Token | None:
    """ "Harwell Media sells the Vexo player, which it says will ship in May": an "it" or
    "they" saying a relative clause is not the noun the clause hangs on, which "which" or
    "that" stands for, but the subject of the clause that noun is the object of."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl" or not any(
            t.lower_ in _RELATIVES and t.i < pronoun.i for t in verb.subtree):
        return None
    host = verb.head
    clause = host.head.head if host.dep_ == "pobj" else host.head
    if host.dep_ not in ("dobj", "pobj") or clause.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def reporter_of(pronoun: Token) -> Token | None:
    """ "The minister said he would resign", "the coach would not comment but insisted she
    was staying": a "he" or "she" opening what a verb of saying reports is most often who says
    it; where that is a noun for one person (no name: a name is the last subject the pronoun
    finds anyway), that noun. Not "he and his wife", nor a noun somebody owns ("Lee's lawyer
    said he": Lee, as often as not), nor when a person comes between them ("the chief told Ms
    Ruiz he would ...": either may be meant)."""
    lower = pronoun.lower_
    if pronoun.dep_ not in SUBJECTS or lower not in MALE_PRONOUNS | FEMALE_PRONOUNS or any(
            c.dep_ == "conj" for c in pronoun.children):
        return None
    clause = pronoun.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    while True:  # "would not comment but insisted": the subject the conjuncts share
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is None or subject.ent_type_ or not one_person(subject, lower) or any(
            c.dep_ == "poss" for c in subject.children):
        return None
    between = pronoun.doc[subject.i + 1 : pronoun.i]
    if any(t.ent_type_ == "PERSON" or t.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
           for t in between):
        return None
    return subject
