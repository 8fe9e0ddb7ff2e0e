"""What a pronoun stands for among the entities and the nouns before it: the name, the subject
noun or the owner a "he", "she", "it" or "they" refers to (referent), and whether an entity was
itself a subject there (was_subject)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from reader.analysis.antecedents import (
    ACTORS_ONLY,
    CLAUSES,
    FEMALE_NOUNS,
    GROUP_NOUNS,
    HEADLINE_WORDS,
    LINE_STOPS,
    LOOK_BACK,
    MALE_NOUNS,
    NO_SEX,
    PEOPLE_LABELS,
    PERSON_NOUNS,
    SUBJECTS,
    conjuncts,
    fits_subject,
    main_subject,
)
from reader.analysis.clause_words import COPULAS
from reader.analysis.mention_index import PRONOUN_REACH, PRONOUNS, MentionIndex
from reader.analysis.model import Entity
from reader.analysis.person_words import FEMALE_PRONOUNS, MALE_PRONOUNS, PEOPLE
from reader.analysis.person_words import NEUTER_PRONOUNS as NEUTER
from reader.analysis.person_words import PLURAL_PRONOUNS as PLURAL
from reader.analysis.sentence_scan import PLACE_LABELS


def referent(pronoun: Token, index: MentionIndex,
             subject_before: Callable[[Token], Token | None],
             passed: Collection[int] = ()) -> tuple[Token, Entity | None]:
    """What a pronoun subject or object stands for, as the named entity or the subject noun
    it refers to. A subject "it" or "they" takes the subject before it that fits (given by
    subject_before), named or not ("The virus spread. It can reach humans"), over a name
    mentioned earlier or a place merely mentioned; a place, a body or a happening is what they
    stand for only where it was itself a subject, an actor ("China announced sanctions. It
    will also ..."; not "She read the report from the Harlow Institute. It left out ..."). An
    object pronoun is seldom the subject before it ("The band will do it"). Mentions starting
    at a point passed are none of its. The pronoun itself where nothing fits."""
    sex = None if pronoun.lower_ in NO_SEX else \
        "m" if pronoun.lower_ in MALE_PRONOUNS else "f"
    entity = index.antecedent(PRONOUNS[pronoun.lower_], pronoun.idx, sex, passed)
    if pronoun.lower_ not in NO_SEX:
        wanted = (MALE_NOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_NOUNS) | PERSON_NOUNS
        owner = _owner_before(pronoun, index, sex, wanted)
        if owner is not None:
            return pronoun, owner
        newcomer = None if entity is None else _newcomer(pronoun, wanted, entity)
        if newcomer is not None:
            return newcomer, None
        return (pronoun if entity else _noun_before(pronoun, wanted) or pronoun), entity
    if entity is not None and _cited_via(entity, pronoun):
        entity = None  # "'It got overlooked,' she said, via the Daily Star": not the paper
    if entity is not None and entity.label in ACTORS_ONLY and not was_subject(
            entity, pronoun, agents=entity.label not in PLACE_LABELS):
        # "Doctors in Peru treated a boy. It spread": not Peru; "on Radio Kent's breakfast
        # show ... even if it arrived early": not the station
        entity = None
    if entity is not None and entity.label in PEOPLE_LABELS and pronoun.lower_ in PLURAL:
        entity = None  # "they" is seldom one person
    standing = pronoun.dep_ in SUBJECTS or pronoun.dep_ == "poss"  # "its plan": as "it"
    subject = subject_before(pronoun) if standing else None
    if subject is None and standing:
        subject = _thing_acted_on(pronoun) if pronoun.lower_ in NEUTER else _noun_before(
            pronoun, GROUP_NOUNS)
    named = (index.at(subject) or apposition_entity(subject, index)) if subject else None
    if named is not None and named.label in PEOPLE_LABELS and pronoun.lower_ in NEUTER:
        # "Ana Ruiz found a crystal. It was ...": a person the recogniser missed is no "it"
        subject = _thing_acted_on(pronoun)
        named = index.at(subject) if subject is not None else None
    elif named is not None and named.label in PEOPLE_LABELS and pronoun.lower_ in PLURAL and \
            subject is not None and len(conjuncts(subject)) == 1:
        # "Lynch notes they were appointed", the recogniser's ORG on a person's name: one
        # person is no "they"
        subject, named = None, None
    if subject is not None:
        if named is not None and not any(c.dep_ == "conj" for c in subject.children):
            return pronoun, named
        if named is not None:
            return subject, None  # "Ukraine and Poland ... They": both, as written
        if entity is None or subject.idx > _last_mention(entity, pronoun.idx) or \
                _passed_object(entity, subject, pronoun):
            return subject, None
    return pronoun, entity


def _passed_object(entity: Entity, subject: Token, pronoun: Token) -> bool:
    """ "Teachers will be barred from the Senate if they use phones": a name mentioned only
    as the object of a preposition between a subject and a subject pronoun of the same
    sentence is passed over for that subject; not one that acts or speaks there, after "by"
    or "according to" ("were told by WeWork to sign, otherwise it would")."""
    if pronoun.dep_ not in SUBJECTS or subject.sent.start != pronoun.sent.start:
        return False
    doc = pronoun.doc
    mentions = [m for m in entity.mentions if subject.idx < m.start < pronoun.idx]
    if not mentions:
        return False
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ == "by" or (
                span.root.head.i > 0 and span.root.head.nbor(-1).lower_ == "according"):
            return False
    return True


def _owner_before(pronoun: Token, index: MentionIndex, sex: str | None,
                  wanted: frozenset[str]) -> Entity | None:
    """ "Mora's role in the crash and whether he was to blame": a person named as the owner of
    the subject noun of the pronoun's sentence, with no other subject before the pronoun, is
    whom a subject "he" or "she" stands for, nearer than the subject of a sentence before; so
    is the owner of the main subject of the sentence before, for a "he" or "she" that opens
    its own, where that sentence names no other such person ("Mr Brandt's new book is a
    history. He also wrote a play"). Not when what is owned is a man or a person ("Mora's
    father said he"), who may be meant."""
    if pronoun.dep_ not in SUBJECTS:
        return None
    doc = pronoun.doc
    subjects = [doc[i] for i in range(pronoun.sent.start, pronoun.i) if doc[i].dep_ in SUBJECTS]
    before = doc[pronoun.sent.start - 1].sent if not subjects and pronoun.sent.start else None
    noun = subjects[0] if len(subjects) == 1 else main_subject(before) if before else None
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.lemma_.lower() in wanted or index.at(noun) is not None:
        return None
    entity = index.at(owner)
    labels = PRONOUNS[pronoun.lower_]
    if entity is None or not index.can_be(entity, labels, sex):
        return None
    if before is not None and any(
            other is not entity and index.can_be(other, labels, sex)
            for other in (index.at(t) for t in before) if other is not None):
        return None  # "Mr Brandt's book was praised by Lord Barnet. He": either may be meant
    return entity


def _noun_before(pronoun: Token, wanted: frozenset[str]) -> Token | None:
    """The nearest subject before a pronoun that is one of the wanted nouns: with no name to
    stand for, "he" is the man ("The man had skinned a sheep. He is being treated"), "they"
    the team ("The team arrived. They were ...")."""
    sent = pronoun.sent
    doc = pronoun.doc
    subjects = [doc[i] for i in range(pronoun.i - 1, sent.start - 1, -1)
                if doc[i].dep_ in SUBJECTS and doc[i].head.dep_ in CLAUSES]
    start = sent.start
    for _ in range(LOOK_BACK):
        if start == 0:
            break
        before = doc[start - 1].sent
        main = main_subject(before)
        subjects += [main] if main is not None else []
        start = before.start
    return next((t for t in subjects if t.tag_ == "NN" and t.lemma_.lower() in wanted), None)


def _newcomer(pronoun: Token, wanted: frozenset[str], entity: Entity) -> Token | None:
    """ "... reports Dana Price. A case was found in a 40-year-old farmer. He had ...": a person
    brought in by an indefinite noun in the sentence before a subject "he" or "she" (or in its
    own, before it), where neither the person named last nor a "he" or "she" is, is who the
    pronoun stands for."""
    if pronoun.dep_ not in SUBJECTS:
        return None
    doc, start = pronoun.doc, pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    if _last_mention(entity, pronoun.idx) >= doc[start].idx:
        return None
    words = (doc[i] for i in range(pronoun.i - 1, start - 1, -1))  # back from the pronoun
    noun = next((t for t in words if t.tag_ == "NN"
                 and t.lemma_.lower() in wanted and not t.ent_type_ and _a_participant(t) and any(
                     c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)), None)
    same = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
    if noun is None or any(t.lower_ in same for t in doc[start : noun.i]):
        return None  # "He's a nice boy, but what he has to offer": the one spoken of before
    return noun


def _a_participant(noun: Token) -> bool:
    """A noun that a verb other than "be" or "become" acts with, as its subject, its object or
    through a preposition: not what somebody is ("became a citizen", "is like a child"), nor a
    noun's modifier ("a video of a man")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ not in ("like", "as") \
        else noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() not in COPULAS


def _thing_acted_on(pronoun: Token) -> Token | None:
    """ "Doctors identified a new strain. It spreads fast": when no subject before can be
    "it", the one thing the sentence before acted on."""
    if pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    thing = next((c for c in before.root.children if c.dep_ == "dobj"), None)
    if thing is None or not fits_subject(thing, NEUTER) or thing.lemma_.lower() in PEOPLE:
        return None
    return thing


def _cited_via(entity: Entity, before: Token) -> bool:
    """Whether the last mention of an entity before a token names where a quote was got
    ("said, via the Daily Star", "via Ed Roe of the Star"): a source cited, not a thing
    spoken of."""
    start = _last_mention(entity, before.idx)
    span = before.doc.char_span(start, start + 1, alignment_mode="expand") if start >= 0 else None
    if span is None:
        return False
    return any(t.lower_ == "via" for t in span.root.ancestors)


def _last_mention(entity: Entity, before: int) -> int:
    return max((m.start for m in entity.mentions if m.start < before), default=-1)


def was_subject(entity: Entity, before: Token, *, agents: bool = False) -> bool:
    """Whether a mention of the entity shortly before a token is the subject of a clause in
    the text, not in a headline: the body tells its story anew ("N.Y. Completes Comeback" above
    "... Nelson won it": the game, not New York); with agents, also the one a passive's "by"
    names ("were told by Halvex Group to sign")."""
    doc = before.doc
    for mention in reversed(entity.mentions):
        if mention.start >= before.idx:
            continue
        if before.idx - mention.start > PRONOUN_REACH:
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or _headline(span.sent):
            continue
        root = span.root
        if root.dep_ in SUBJECTS or (agents and root.dep_ == "pobj" and root.head.dep_ == "agent"):
            return True
    return False


def _headline(sent: Span) -> bool:
    """A short sentence standing on a line of its own with no stop at its end."""
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > HEADLINE_WORDS or words[-1].text in LINE_STOPS:
        return False
    last = sent.doc[sent.end - 1]
    return "\n" in last.text_with_ws or sent.end == len(sent.doc)


def apposition_entity(head: Token, index: MentionIndex) -> Entity | None:
    """The entity an apposition to a common noun names ("the goalkeeper and captain, Bruno")."""
    for child in head.children:
        if child.dep_ == "appos" and index.at(child) is not None:
            return index.at(child)
        if child.dep_ == "conj" and child.pos_ == "NOUN":
            found = apposition_entity(child, index)
            if found is not None:
                return found
    return None
