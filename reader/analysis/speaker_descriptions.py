"""Which person or body named before a description ("the senator", "the company") stands for."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from reader.analysis.antecedents import LOOK_BACK, SUBJECTS, definite, main_subject
from reader.analysis.cue_words import CUE_VERBS, SPOKESPEOPLE
from reader.analysis.model import Entity
from reader.analysis.person_words import BODY_KINDS, ROLES
from reader.analysis.speaker_mentions import SpeakerMentions
from reader.analysis.work_titles import WORKS

# What a person is in sport and on stage or screen, by which news goes on about somebody it
# has named, as it does by a role ("Ann Lee won in Paris. 'I felt strong,' said the world
# champion"): ROLES holds the roles of public life, these the rest.
EPITHETS = frozenset({
    "champion", "medallist", "medalist", "winner", "runner-up", "sprinter", "hurdler",
    "jumper", "thrower", "runner", "marathoner", "swimmer", "cyclist", "rider", "driver",
    "boxer", "golfer", "skier", "skater", "gymnast", "jockey", "rower", "sailor", "striker",
    "midfielder", "defender", "winger", "batsman", "bowler", "skipper", "holder",
    "titleholder", "international", "musician", "rapper", "comedian", "presenter",
    "filmmaker", "film-maker", "playwright", "composer", "artist", "dancer", "guitarist",
    "drummer", "frontman", "songwriter", "chef", "designer", "photographer",
})
_ROLES = ROLES | EPITHETS
# Kinds of body that the one organisation named just before mostly is (body_nearby).
_FIRM_KINDS = frozenset({
    "company", "firm", "group", "agency", "organization", "organisation", "network",
    "newspaper", "paper", "bank", "channel", "magazine", "airline", "automaker", "retailer",
    "charity", "foundation", "institute", "bureau", "publication", "outlet", "insurer",
    "lender", "carrier", "manufacturer", "startup", "broadcaster",
})
# Offices a country or a government has one holder of ("the prime minister", "the chancellor",
# "the home secretary"): news names the holder by the office, not whoever spoke last.
_SOLE_OFFICES = frozenset({"chancellor", "premier"})
_SOLE_OFFICE_WORDS = frozenset({"prime", "first", "foreign", "home"})  # "minister", "secretary"
# Words that make a title another office than the bare noun ("shadow chancellor", "deputy
# mayor", "former president").
_OTHER_HOLDER = frozenset({"shadow", "deputy", "former", "vice", "assistant", "ex", "acting"})
_TITLE_MENTIONS = 10  # mentions of a person read for the place their title names
_PLACES = frozenset({"GPE", "NORP", "ORG"})  # what a title may be of ("Norfolk police chief")
# What a name set beside a description of a speaker may be: a person or a body.
_SPEAKING_LABELS = frozenset({"PERSON", "ORG", "NORP"})




class Descriptions:
    """The entities a document's descriptions of people and bodies stand for, from its mentions,
    which of them are people (personal) and the titles each is given."""

    def __init__(self, mentions: SpeakerMentions, personal: dict[str, bool],
                 titles: dict[str, frozenset[str]]) -> None:
        self._mentions = mentions
        self._personal = personal
        self._titles = titles

    def described(self, head: Token) -> Entity | None:
        """ "Mike Pence says ... The Indiana governor said", "Exxon reported a loss. The
        company said": a definite description of a role or a kind of body that is its
        sentence's subject stands for the person or body that is the subject of a sentence
        just before, passing over pronouns and other descriptions ("The Republican vice
        presidential nominee was speaking"); not when another subject comes first, nor when it
        names a body that person is not given ("The FBI director"). In a clause of its own it
        is somebody else ("Graham said ... after the billionaire mogul claimed")."""
        noun = head.lemma_.lower()
        role = noun in _ROLES or member_word(head)
        labels = None if role else BODY_KINDS.get(noun)
        if (not role and labels is None) or head.tag_ not in ("NN", "NNP") \
                or not _subject(head) or head.head.dep_ != "ROOT" or not definite(head) \
                or self._named_beside(head) is not None:
            return None
        bodies = {c.lemma_.lower() for c in head.children  # "The FBI director"
                  if c.dep_ == "compound" and c.ent_type_ == "ORG"}
        index = bisect.bisect_right(self._mentions.sent_starts, head.idx) - 1
        for sent in reversed(self._mentions.sents[max(0, index - LOOK_BACK) : index]):
            subject = next((c for c in sent.root.children if c.dep_ in SUBJECTS), None)
            if subject is None:
                return None  # a dateline, a heading or a parse that found no subject
            if subject.pos_ == "PRON" or self._mentions.marked(subject.idx) or (
                    definite(subject) and (subject.lemma_.lower() in _ROLES
                                           or subject.lemma_.lower() == noun)):
                continue  # a quoted sentence goes on with the one who said the one before
            entity = self._mentions.named(subject)
            if entity is None or self._mentions.quoted(subject.idx) or \
                    _described_apart(sent, subject, noun):
                return None
            if labels is not None:  # a body: one of the kind's labels, never a person
                return entity if entity.label in labels and not self._personal[entity.id] \
                    else None
            if not self._personal[entity.id] or _another_holder(head, self._titles[entity.id]) \
                    or _other_office(head, self._titles[entity.id]):
                return None
            return None if bodies - self._titles[entity.id] or \
                not _holds_at(head, self._titles[entity.id]) else entity
        return None

    def _named_beside(self, head: Token) -> Entity | None:
        """ "The deputy mayor, Paul Grant, welcomed the vote": a description with a person or a
        body named right after its comma is that one, not one named or titled in a sentence
        before."""
        doc = head.doc
        if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
            return None
        first = self._mentions.named(doc[head.i + 2])  # the name opens the apposition
        named = (self._mentions.named(c) for c in head.children
                 if c.dep_ == "appos" and c.left_edge.i == head.i + 2)
        return next((e for e in named if e is not None and e is first
                     and e.label in _SPEAKING_LABELS), None)

    def description(self, head: Token, position: int) -> Entity | None:
        """The entity a description names ("the GOP nominee", "the Florida senator"); none for
        the spokesman, aide or lawyer of a person named by a role ("the prime minister's
        spokesman"), who is somebody else than any one named with that role."""
        if head.lemma_.lower() in SPOKESPEOPLE and any(
                c.dep_ == "poss" and c.lemma_.lower() in _ROLES for c in head.children):
            return None
        return self._named_beside(head) or self.titled(head, position, exact=True) or \
            self.described(head) or self.titled(head, position, exact=False)

    def body_nearby(self, head: Token, position: int) -> Entity | None:
        """ "The state is investigating Halden Foods. The company confirmed", "Halden Foods
        will open ten shops, the company said": a definite noun for a kind of firm or agency
        stands for the one organisation named from the start of the sentence before up to it,
        outside quote marks; with two or more named there it is none of them for sure. Not a
        place ("the country", "the nation" are seldom the one named last), nor a body of a
        narrow kind, which the one organisation in view seldom is ("according to the union",
        after a company is named)."""
        if head.lemma_.lower() not in _FIRM_KINDS or head.tag_ != "NN" or not definite(head) \
                or any(c.ent_type_ for c in head.children):  # "The Chinese court" is a court
            return None
        index = bisect.bisect_right(self._mentions.sent_starts, position) - 1
        start = self._mentions.sent_starts[max(0, index - 1)]
        mentions = self._mentions.mentions
        low = bisect.bisect_left(mentions, start, key=lambda m: m.start)
        found = {m.entity.id: m.entity for m in mentions[low:]
                 if m.end <= position and m.entity.label == "ORG"
                 and not self._personal[m.entity.id] and not self._mentions.marked(m.start)}
        return next(iter(found.values())) if len(found) == 1 else None

    def described_subject(self, sent: int) -> Entity | None:
        """ "The Florida senator sought to calm ... He said": the person a sentence's main
        subject, or its owner, describes by a role or as a member of a party ("The Ohio
        Democrat"), where no name stands."""
        subject = main_subject(self._mentions.sents[sent])
        owner = None if subject is None else next(
            (c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "NOUN":
            subject = owner  # "The president's roots also came into play. He"
        if subject is not None and member_word(subject) and not self._mentions.quoted(
                subject.idx):
            return self.described(subject)  # "The Ohio Democrat gave Ruiz credit. She"
        if subject is None or subject.pos_ != "NOUN" or not (definite(subject) or any(
                c.dep_ == "poss" and c.lower_ == "our" for c in subject.children)) or \
                subject.lemma_.lower() not in _ROLES or self._mentions.quoted(subject.idx):
            return None  # "Our correspondent said ... he added": the paper's own, as "the"
        return self.description(subject, subject.idx)

    def titled(self, head: Token, position: int, *, exact: bool) -> Entity | None:
        """The latest entity given the title head ("the nominee"), a body unless the title is a
        person's role: if exact, and the title has modifiers, one given them too ("the GOP
        nominee": not the Democratic one). None for a work ("the book"): its title names it."""
        noun = head.lemma_.lower()
        if noun in WORKS:
            return None  # "a new book, Lund's Norway": a title the model read a place in
        modifiers = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")}
        body = noun not in _ROLES  # "the campaign" is no "campaign spokesman Paul Brandt"
        other = _OTHER_HOLDER - modifiers  # "the chancellor" is no "shadow chancellor"
        if exact and modifiers:  # "the prime minister" is no "deputy prime minister" either
            return self._mentions.recent(position, lambda e: noun in self._titles[e.id]
                                         and modifiers <= self._titles[e.id]
                                         and _holds_at(head, self._titles[e.id])
                                         and not other & self._titles[e.id]
                                         and not (body and self._personal[e.id]))
        places = {t.lower_ for t in head.subtree if t.i < head.i and t.ent_type_ in _PLACES}
        # "the prime minister" is no "aid minister", "the home secretary" no "culture secretary"
        office = modifiers & _SOLE_OFFICE_WORDS if noun in ("minister", "secretary") else set()
        return self._mentions.recent(position, lambda e: noun in self._titles[e.id]
                                     and office <= self._titles[e.id]
                                     and _holds_at(head, self._titles[e.id])
                                     and not (body and self._personal[e.id])
                                     and not other & self._titles[e.id]
                                     and not self._placed_elsewhere(e, places))

    def _placed_elsewhere(self, entity: Entity, places: set[str]) -> bool:
        """ "Norfolk police chief Andy Hayman ... The Metropolitan police chief said": a title
        of a party or place is not held by one titled with another party or place."""
        if not places or places <= self._titles[entity.id]:
            return False
        doc = self._mentions.sents[0].doc
        return any(_title_place(doc, m.start) for m in entity.mentions[:_TITLE_MENTIONS])


def _holds_at(role: Token, titles: frozenset[str]) -> bool:
    """ "the chairman of the Commission for Racial Equality" is no "Labour party chairman", but
    "the chairman of the Labour Party" is: whether a body named after a role's "of" or "at"
    shares a word with the titles of one given the role."""
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
            for body in prep.children:
                words = {t.lower_ for t in body.subtree if t.ent_type_ == "ORG" and t.is_alpha
                         and not t.is_stop}
                if body.dep_ == "pobj" and body.ent_type_ == "ORG" and not words & titles:
                    return False
    return True


def _title_place(doc: Doc, start: int) -> bool:
    """Whether a party or place opens the title right before a name at start ("Norfolk police
    chief Andy Hayman")."""
    name = doc.char_span(start, start + 1, alignment_mode="expand")
    if name is None:
        return False
    for token in reversed(doc[max(0, name.start - 4) : name.start]):
        if token.ent_type_ in _PLACES:
            return token.i < name.start - 1
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def _subject(head: Token) -> bool:
    """Whether a speaker's noun is its verb's subject: so parsed, or set after a verb of saying
    that the parse took it for the object of ('"It was fast," added the researcher')."""
    return head.dep_ == "nsubj" or (head.dep_ == "dobj" and head.head.i < head.i
                                    and head.head.lemma_.lower() in CUE_VERBS)


def _another_holder(head: Token, titles: frozenset[str]) -> bool:
    """ "Ann Lee, of the teachers' union, spoke of a rift. But the chancellor said": a sole
    office is held by somebody other than a subject before who was never given its title."""
    noun = head.lemma_.lower()
    words = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
    office = noun in _SOLE_OFFICES or (noun in ("minister", "secretary")
                                       and bool(words & _SOLE_OFFICE_WORDS))
    return office and not ({noun} | words) <= titles


def _described_apart(sent: Span, subject: Token, noun: str) -> bool:
    """ "Senator Tom Bell asked for a vote, but the mayor said no. The mayor said": a sentence
    that gives the description to somebody besides its subject leaves the next "the mayor" to
    that one."""
    subtree = range(subject.left_edge.i, subject.right_edge.i + 1)
    return any(t.lemma_.lower() == noun and t.i not in subtree and definite(t)
               and t.dep_ in SUBJECTS for t in sent)


def _other_office(head: Token, titles: frozenset[str]) -> bool:
    """ "Deputy Prime Minister Ann Cole opened the session. The prime minister said": one given
    the title with "deputy", "vice", "shadow" or "former" holds another office than the bare
    title names."""
    words = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")}
    return head.lemma_.lower() in titles and bool((_OTHER_HOLDER - words) & titles)


def member_word(head: Token) -> bool:
    """ "the Kentucky Republican", "the California Democrat": one member of a party or a
    people, a description of a person, not the group."""
    return head.ent_type_ == "NORP" and head.tag_ == "NNP" and definite(head)
