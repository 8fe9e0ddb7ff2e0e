"""Resolving a speaker as written (a name, "he", "the minister") to the article's entity."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reader.analysis.antecedents import (
    CLAUSES,
    LOOK_BACK,
    SUBJECTS,
    apposed,
    conjuncts,
    definite,
    kin,
    main_subject,
    new_referent,
    statement_maker,
    subject_antecedent,
    titles_of,
)
from reader.analysis.cue_words import CUE_NOUNS, CUE_VERBS, OWNED_NOUNS, SPOKESPEOPLE
from reader.analysis.genders import PERSON_LABELS, personal, sexes
from reader.analysis.model import Entity
from reader.analysis.person_words import (
    BODY_KINDS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PLURAL_PRONOUNS,
    ROLES,
)
from reader.analysis.pronoun_clauses import object_in_clause, same_pronoun_before
from reader.analysis.span_sets import covers, disjoint
from reader.analysis.speaker_people import (
    cue_subject_before,
    described_as_people,
    named_person,
    people_by_surname,
    public_id,
    surnames,
    untagged_people,
)
from reader.analysis.speaker_spans import noun_phrase
from reader.document import TextSpan

QUOTE_MARKS = frozenset("\"'“”‘’«»„")
MEMBERSHIP = frozenset({"including", "like", "as", "by"})  # "led by X", "such as X"
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
# Nouns for what somebody says or holds, whose owner speaks ("his best response was to say").
STATEMENTS = CUE_NOUNS | OWNED_NOUNS | {"response", "answer", "reply", "reaction", "retort"}


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to: the name to show, its entity, and the mention as written."""

    name: str
    entity: str | None
    span: TextSpan


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: Entity


class SpeakerResolver:
    """An index of one document's entity mentions, to resolve speakers to canonical entities."""

    def __init__(self, doc: Doc, entities: Sequence[Entity],
                 excluded: Sequence[TextSpan] = (), *, text: str | None = None) -> None:
        self._doc = doc
        text = doc.text if text is None else text  # doc.text is rebuilt on each call
        self._excluded = disjoint(excluded)
        self._marked = disjoint([s for s in excluded if _marked(text, s)])
        people = [e for e in [*entities, *untagged_people(doc, text, entities)]
                  if named_person(doc, e)]
        mentions = [_Mention(m.start, m.end, e) for e in people for m in e.mentions]
        self._mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._mentions]
        self._sents = list(doc.sents)
        self._sent_starts = [s.start_char for s in self._sents]
        surnamed = people_by_surname(entities) | described_as_people(doc, entities)
        self._personal = {e.id: personal(e) or e.id in surnamed for e in people}
        self._titles = {e.id: titles_of(doc, e) for e in people}
        self._gender = sexes(doc, text, people, self._titles,
                             [(m.start, m.entity.id) for m in self._mentions
                              if self._personal[m.entity.id]], self._quoted)
        self._by_surname = surnames(entities)
        self._labels = {e.id: e.label for e in entities}

    def resolve(self, start: int, end: int) -> Speaker:
        """The speaker named by the tokens [start, end) of the doc."""
        phrase = self._doc[start:end]
        span = TextSpan(phrase.start_char, phrase.end_char)
        head = phrase.root
        entity = self._described(head) if _member_word(head) else self._named(head) or \
            self._appositive(head)
        if entity is None and head.lemma_.lower() in SPOKESPEOPLE | CUE_NOUNS:
            entity = self._entity_in(span)  # "a spokesman for the ministry"
        if entity is None and head.pos_ == "PROPN":
            entity = self._surname(phrase.text)
        if entity is None and head.pos_ == "PRON":
            subject = self._subject_of(head.lower_, span) or self._kin_before(head, span)
            if subject is not None:
                return subject
            earlier = same_pronoun_before(head, self._quoted)
            entity = self._pronoun(head.lower_, span.start if earlier is None else earlier.idx) \
                or self._named(cue_subject_before(head, self._quoted))
        elif entity is None and head.pos_ in ("NOUN", "PROPN") and not new_referent(head):
            entity = self._description(head, span.start)
        if entity is None:
            return self._made_by(head, span) or self._owner(head, span) or \
                Speaker(phrase.text, None, span)
        joined = self._joined(head, phrase.end)
        if joined:  # "Mr. Grassley and Mr. Leahy said"
            return Speaker(" and ".join(e.name for e in [entity, *joined]), None, span)
        return Speaker(entity.name, public_id(entity), span)

    def _joined(self, head: Token, end: int) -> list[Entity]:
        """The other named entities "and" joins to a speaker's head within its phrase, when
        each is one."""
        others = [t for t in conjuncts(head)[1:] if t.i < end]
        named = [self._named(t) for t in others]
        found = [e for e in named if e is not None]
        return found if others and len(found) == len(others) else []

    def _owner(self, head: Token, span: TextSpan) -> Speaker | None:
        """ "Her statement said", "his best response was to say": the owner a possessive gives a
        statement, an answer or a stance, when it resolves to one of the article's entities."""
        if head.lemma_.lower() not in STATEMENTS:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        found = self.resolve(*noun_phrase(owner))
        return Speaker(found.name, found.entity, span) if found.entity is not None else None

    def _made_by(self, head: Token, span: TextSpan) -> Speaker | None:
        """The one who made the statement a definite noun names, when a sentence before says
        so ("The ministry released a statement. The statement said")."""
        maker = statement_maker(head)
        if maker is None or maker.i >= head.i:
            return None
        found = self.resolve(*noun_phrase(maker))
        if found.entity is None and maker.pos_ != "PROPN" and found.name == maker.text:
            return None  # "Officials issued a report": the report says more than they
        return Speaker(found.name, found.entity, span)

    def _appositive(self, head: Token) -> Entity | None:
        """ "the team's coach, Alireza Mehraban", "Ambassador to the US Hamdullah Mohib": the
        person named right after a described speaker, in apposition to it, not somebody a
        clause or phrase inside it names ("a speech in which Ruiz", "an adviser to Ruiz")."""
        for token in head.doc[head.i + 1 : min(head.right_edge.i + 1, head.i + 10)]:
            if token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and apposed(token, head):
                entity = self._named(token)
                if entity is not None and entity.label in PERSON_LABELS:
                    return entity
        return None

    def label_of(self, entity_id: str) -> str | None:
        """The spaCy label of one of the document's entities."""
        return self._labels.get(entity_id)

    def _entity_at(self, start: int, end: int) -> Entity | None:
        index = bisect.bisect_right(self._starts, start) - 1
        while index >= 0 and self._mentions[index].start > start - 200:
            mention = self._mentions[index]
            if mention.start <= start and end <= mention.end:
                return mention.entity
            index -= 1
        return None

    def _named(self, token: Token | None) -> Entity | None:
        return None if token is None else self._entity_at(token.idx, token.idx + len(token))

    def _entity_in(self, span: TextSpan) -> Entity | None:
        index = bisect.bisect_left(self._starts, span.start)
        inside = [m.entity for m in self._mentions[index:] if m.end <= span.end][:4]
        inside = [m for m in inside if m.label in PERSON_LABELS | GROUP_LABELS]
        return inside[-1] if inside else None

    def _surname(self, text: str) -> Entity | None:
        words = [w.strip(".,'’") for w in text.split()]
        return self._by_surname.get(words[-1].lower()) if words else None

    def _pronoun(self, pronoun: str, position: int) -> Entity | None:
        if pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS:
            wanted = "m" if pronoun in MALE_PRONOUNS else "f"
            return self._recent(position, lambda e: self._personal[e.id]
                                and self._gender[e.id] in (wanted, None),
                                same=MALE_PRONOUNS if wanted == "m" else FEMALE_PRONOUNS)
        if pronoun in PLURAL_PRONOUNS | NEUTER_PRONOUNS:
            return self._recent(position, lambda e: e.label in GROUP_LABELS
                                and not self._personal[e.id])
        return None

    def _subject_of(self, pronoun: str, span: TextSpan) -> Speaker | None:
        """ "The report says ... It also points out": an "it" or "they" that stands for the
        subject before it, named or not; people joined by "and" for "they"; the ones named in
        "critics, like Senators Grassley and Leahy"."""
        if pronoun not in PLURAL_PRONOUNS | NEUTER_PRONOUNS:
            return None
        index = bisect.bisect_right(self._sent_starts, span.start) - 1
        subject = subject_antecedent(self._sents, index, span.start, pronoun, self._quoted)
        if subject is None:
            return None
        if subject.pos_ == "PRON":  # "he and his wife Kali explained ... they said"
            parts = [self.resolve(*noun_phrase(t)) for t in conjuncts(subject)]
            return Speaker(" and ".join(p.name for p in parts), None, span)
        named = [self._named(t) for t in conjuncts(
            subject if subject.pos_ == "PROPN" else self._member(subject) or subject)]
        if len(named) > 1 and all(e is not None and self._personal[e.id] for e in named):
            return Speaker(" and ".join(e.name for e in named if e is not None), None, span)
        entity = named[0]
        if entity is None and subject.pos_ == "NOUN":  # "The city ... It"
            entity = self._titled(subject, subject.idx, exact=False) or self._described(subject)
        if entity is not None and not self._personal[entity.id]:
            return Speaker(entity.name, public_id(entity), span)
        start, end = noun_phrase(subject)
        return Speaker(self._doc[start:end].text, None, span)

    def _kin_before(self, pronoun: Token, span: TextSpan) -> Speaker | None:
        """The relative a "he" or "she" stands for in its own sentence (antecedents.kin)."""
        relative = kin(pronoun)
        if relative is None:
            return None
        found = self.resolve(*noun_phrase(relative))
        return Speaker(found.name, found.entity, span)

    def _member(self, noun: Token) -> Token | None:
        """The name in "27 states, led by West Virginia" or "critics, like Senators Grassley
        and Leahy": who speaks for them."""
        for child in noun.children:
            named = [child] if child.dep_ == "appos" else [
                t for t in child.subtree if t.dep_ == "pobj" and t.head.lower_ in MEMBERSHIP]
            for token in named:
                if self._named(token) is not None:
                    return token
        return None

    def _described(self, head: Token) -> Entity | None:
        """ "Mike Pence says ... The Indiana governor said", "Exxon reported a loss. The
        company said": a definite description of a role or a kind of body that is its
        sentence's subject stands for the person or body that is the subject of a sentence
        just before, passing over pronouns and other descriptions ("The Republican vice
        presidential nominee was speaking"); not when another subject comes first, nor when it
        names a body that person is not given ("The FBI director"). In a clause of its own it
        is somebody else ("Graham said ... after the billionaire mogul claimed")."""
        noun = head.lemma_.lower()
        role = noun in ROLES or _member_word(head)
        labels = None if role else BODY_KINDS.get(noun)
        if (not role and labels is None) or head.tag_ not in ("NN", "NNP") \
                or head.dep_ != "nsubj" or head.head.dep_ != "ROOT" or not definite(head):
            return None
        bodies = {c.lemma_.lower() for c in head.children
                  if c.dep_ == "compound" and c.ent_type_ == "ORG"}
        index = bisect.bisect_right(self._sent_starts, head.idx) - 1
        for sent in reversed(self._sents[max(0, index - LOOK_BACK) : index]):
            subject = next((c for c in sent.root.children if c.dep_ in SUBJECTS), None)
            if subject is None:
                return None  # a dateline, a heading or a parse that found no subject
            if subject.pos_ == "PRON" or (definite(subject) and (
                    subject.lemma_.lower() in ROLES or subject.lemma_.lower() == noun)):
                continue
            entity = self._named(subject)
            if entity is None or self._quoted(subject.idx):
                return None
            if labels is not None:  # a body: one of the kind's labels, never a person
                return entity if entity.label in labels and not self._personal[entity.id] \
                    else None
            if not self._personal[entity.id]:
                return None
            return None if bodies - self._titles[entity.id] else entity
        return None

    def _description(self, head: Token, position: int) -> Entity | None:
        """The entity a description names ("the GOP nominee", "the Florida senator")."""
        return self._titled(head, position, exact=True) or self._described(head) \
            or self._titled(head, position, exact=False)

    def _described_subject(self, sent: int) -> Entity | None:
        """ "The Florida senator sought to calm ... He said": the person a sentence's main
        subject, or its owner, describes by a role, where no name stands."""
        subject = main_subject(self._sents[sent])
        owner = None if subject is None else next(
            (c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "NOUN":
            subject = owner  # "The president's roots also came into play. He"
        if subject is None or subject.pos_ != "NOUN" or not definite(subject) or \
                subject.lemma_.lower() not in ROLES or self._quoted(subject.idx):
            return None
        return self._description(subject, subject.idx)

    def _titled(self, head: Token, position: int, *, exact: bool) -> Entity | None:
        """The latest entity given the title head ("the nominee"), a body unless the title is a
        person's role: if exact, and the title has modifiers, one given them too ("the GOP
        nominee": not the Democratic one)."""
        noun = head.lemma_.lower()
        modifiers = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")}
        body = noun not in ROLES  # "the campaign" is no "campaign spokesman Paul Brandt"
        if exact and modifiers:
            return self._recent(position, lambda e: noun in self._titles[e.id]
                                and modifiers <= self._titles[e.id]
                                and not (body and self._personal[e.id]))
        return self._recent(position, lambda e: noun in self._titles[e.id]
                            and not (body and self._personal[e.id]))

    def _recent(self, position: int, fits: Callable[[Entity], bool],
                same: frozenset[str] = frozenset()) -> Entity | None:
        """The most salient fitting mention outside quoted and reported text, else outside
        quote marks only: "The commission says Trump's audio failed. The GOP nominee said"."""
        return self._recent_outside(position, fits, same, self._excluded) or \
            self._recent_outside(position, fits, same, self._marked)

    def _recent_outside(self, position: int, fits: Callable[[Entity], bool],
                        same: frozenset[str], excluded: list[TextSpan]) -> Entity | None:
        """The most salient fitting mention before position: this sentence's nearest, then each
        earlier sentence's topic (_topic) or first mention, outside quoted text. An earlier sentence
        whose subject is itself a pronoun of the same kind ("He notes ... His audio was
        quieter than Clinton's. He says") carries the person further back, not the name it
        mentions in passing."""
        sent = bisect.bisect_right(self._sent_starts, position) - 1
        end = bisect.bisect_left(self._starts, position)
        pronoun = self._doc.char_span(position, position + 1, alignment_mode="expand")
        first = True
        while sent >= 0 and end > 0:
            begin = bisect.bisect_left(self._starts, self._sent_starts[sent])
            found = [m for m in self._mentions[begin:end] if fits(m.entity)
                     and (not covers(excluded, m.start) or self._aside_speaker(m))
                     and not (first and self._clause_mate(m, pronoun))]
            described = self._described_subject(sent) if not first and same else None
            if described is not None and fits(described):
                return described
            if found and not first and same:
                subject = self._topic(found)
                if subject is not None:
                    return subject.entity
                if not self._pronoun_subject(self._sent_starts[sent], same):
                    return found[0].entity
            elif found:
                return found[-1].entity if first else self._salient(found).entity
            first, end, sent = False, begin, sent - 1
        return None

    def _clause_mate(self, mention: _Mention, pronoun: Span | None) -> bool:
        name = self._root(mention)
        return pronoun is not None and name is not None and object_in_clause(name, pronoun.root)

    def _root(self, mention: _Mention) -> Token | None:
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return None if span is None else span.root

    def _aside_speaker(self, mention: _Mention) -> bool:
        """ "The key to it, says Buser, is speed": who says the clause in an aside set in it,
        though the aside lies in what is reported; or who says a sentence, outside quote
        marks, where a span drawn too wide took in the speaker ("Sen. Sanders said Sunday in
        Madison that he")."""
        head = self._root(mention)
        if head is None or head.dep_ != "nsubj" or head.head.lemma_.lower() not in CUE_VERBS:
            return False
        return head.head.dep_ == "parataxis" or (head.head.dep_ == "ROOT" and not covers(
            self._marked, mention.start))

    def _topic(self, found: list[_Mention]) -> _Mention | None:
        """Of an earlier sentence's mentions, the one a pronoun most likely goes on with: the
        subject of a main clause, else a person brought in with a description after the name
        ("While Obama had ..., it troubles Ray Ortiz, director of the union"), else a subject
        of a subordinate clause."""
        roots = [(m, self._root(m)) for m in found]
        return next((m for m, r in roots if self._subject(m) and r is not None
                     and r.head.dep_ in CLAUSES), None) \
            or next((m for m, r in roots if r is not None and any(
                c.dep_ == "appos" and c.i > r.i for c in r.children)), None) \
            or next((m for m in found if self._subject(m)), None)

    def _subject(self, mention: _Mention) -> bool:
        """Whether a mention is its clause's subject, or a name set beside the subject ("Her
        predecessor, Tom Becker, left")."""
        root = self._root(mention)
        if root is not None and root.dep_ == "appos":
            root = root.head
        return root is not None and root.dep_ in ("nsubj", "nsubjpass")

    def _pronoun_subject(self, sent_start: int, same: frozenset[str]) -> bool:
        """Whether a sentence's main subject is one of the pronouns same, or what they own, or
        one of them says the sentence ("Though it went well, he said, replacing Clinton would
        bring in loyalists to Biden": the names are what he said, not who he is); not one
        inside what the sentence reports ("Brandt's admission that he did not know")."""
        sent = self._doc.char_span(sent_start, sent_start + 1, alignment_mode="expand")
        if sent is None:
            return False
        if any(t.lower_ in same and t.dep_ == "nsubj" and t.head.lemma_.lower() in CUE_VERBS
               and t.head.dep_ in ("ROOT", "parataxis") for t in sent[0].sent):
            return True
        root = sent[0].sent.root
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                owners = [child, *(c for c in child.children if c.dep_ == "poss")]
                return any(t.lower_ in same for t in owners)
        return False

    def _salient(self, mentions: list[_Mention]) -> _Mention:
        return next((m for m in mentions if self._subject(m)), mentions[0])

    def _quoted(self, position: int) -> bool:
        return covers(self._excluded, position)


def _member_word(head: Token) -> bool:
    """ "the Kentucky Republican", "the California Democrat": one member of a party or a
    people, a description of a person, not the group."""
    return head.ent_type_ == "NORP" and head.tag_ == "NNP" and definite(head)


def _marked(text: str, span: TextSpan) -> bool:
    """Whether a span is a direct quote's words: a quote mark stands right before it."""
    return text[max(0, span.start - 1) : span.start] in QUOTE_MARKS
