"""Resolving a speaker as written (a name, "he", "the minister") to the article's entity."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reader.analysis.antecedents import (
    apposed,
    conjuncts,
    kin,
    main_subject,
    new_referent,
    statement_maker,
    subject_antecedent,
)
from reader.analysis.cue_words import CUE_NOUNS, OWNED_NOUNS, SPOKESPEOPLE
from reader.analysis.document_pronouns import author, document_before
from reader.analysis.entity_titles import titles
from reader.analysis.genders import PERSON_LABELS, personal, sexes
from reader.analysis.model import Entity
from reader.analysis.person_words import (
    BODY_KINDS,
    FEMALE_PRONOUNS,
    GENDERED_PRONOUNS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PEOPLE,
    PERSON_TITLES,
    PLURAL_PRONOUNS,
    ROLES,
)
from reader.analysis.pronoun_clauses import (
    conjoined_subject,
    relative_owner,
    same_pronoun_before,
)
from reader.analysis.pronoun_referents import was_subject
from reader.analysis.speaker_ages import age_described, first_aged
from reader.analysis.speaker_descriptions import Descriptions, member_word
from reader.analysis.speaker_fronted import fronted_subject
from reader.analysis.speaker_mentions import GROUP_LABELS, SpeakerMentions
from reader.analysis.speaker_people import (
    bodies_by_short_name,
    cue_subject_before,
    described_as_people,
    given_a_role,
    named_person,
    people_by_surname,
    public_id,
    surnames,
    untagged_people,
)
from reader.analysis.speaker_roles import asked, role_before
from reader.analysis.speaker_spans import noun_phrase
from reader.analysis.work_titles import WORKS
from reader.document import TextSpan

MEMBERSHIP = frozenset({"including", "like", "as", "by"})  # "led by X", "such as X"
# Nouns for what somebody says or holds, whose owner speaks ("his best response was to say").
STATEMENTS = CUE_NOUNS | OWNED_NOUNS | {"response", "answer", "reply", "reaction", "retort"}
_SPOKESPEOPLE_OR_STATEMENTS = SPOKESPEOPLE | CUE_NOUNS
_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "&"})  # "Institute for the Arts"
_SEXLESS = PLURAL_PRONOUNS | NEUTER_PRONOUNS
# Letters set after a person's name for a seat or a rank ("Tom Ridley MP", "Ann Lee QC").
_POST_NOMINALS = frozenset({"MP", "MSP", "MEP", "MLA", "AM", "QC", "KC", "TD"})
# Common nouns for a body that a name set beside them names ("the label, Blue Harbor Records").
BODY_NOUNS = frozenset(k for k, labels in BODY_KINDS.items() if "ORG" in labels) | {
    "label", "studio", "publisher", "developer", "coalition", "alliance", "association",
    "organisation", "organization", "nonprofit", "watchdog", "operator", "producer", "body"}


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to: the name to show, its entity, and the mention as written."""

    name: str
    entity: str | None
    span: TextSpan


class SpeakerResolver:
    """An index of one document's entity mentions, to resolve speakers to canonical entities."""

    def __init__(self, doc: Doc, entities: Sequence[Entity],
                 excluded: Sequence[TextSpan] = (), *, text: str | None = None) -> None:
        self._doc = doc
        text = doc.text if text is None else text  # doc.text is rebuilt on each call
        people = [e for e in [*entities, *untagged_people(doc, text, entities)]
                  if named_person(doc, e)]
        self._mentions = SpeakerMentions(doc, text, people, excluded)
        surnamed = people_by_surname(entities) | described_as_people(doc, entities) | \
            given_a_role(doc, entities)
        bodies = bodies_by_short_name(entities)
        self._personal = {e.id: (personal(e) and e.id not in bodies) or e.id in surnamed
                          for e in people}
        self._titles = titles(doc, people)
        self._gender = sexes(doc, text, people, self._titles,
                             [(m.start, m.entity.id) for m in self._mentions.mentions
                              if self._personal[m.entity.id]], self._mentions.quoted)
        self._descriptions = Descriptions(self._mentions, self._personal, self._titles)
        self._by_surname = surnames(entities)
        self._labels = {e.id: e.label for e in entities}
        self._people = people

    @property
    def sexes(self) -> dict[str, str | None]:
        """ "m", "f" or None for each person of the document, by entity id (genders.sexes)."""
        return self._gender

    def resolve(self, start: int, end: int, said: TextSpan | None = None) -> Speaker:
        """The speaker named by the tokens [start, end) of the doc; said, where given, is what
        they are quoted to say in their own words."""
        phrase = self._doc[start:end]
        span = TextSpan(phrase.start_char, phrase.end_char)
        head = _head(phrase)
        branch = _branch_of(head)
        if branch is not None:  # "Amnesty International UK said": the body, not the country
            body = self._mentions.named(branch)
            return Speaker(phrase.text, None, span) if body is None else \
                Speaker(body.name, public_id(body), span)
        entity = self._descriptions.described(head) if member_word(head) else \
            self._titled_by_body(head) or self._mentions.named(head) or \
            self._appositive(head) or self._named_body(head)
        age = age_described(head) if entity is None else None
        if age is not None:  # "said the 27-year-old": the one given that age, and nobody else
            entity = self._aged(head, age)
            return Speaker(phrase.text, None, span) if entity is None else \
                Speaker(entity.name, public_id(entity), span)
        if entity is None and head.lemma_.lower() in _SPOKESPEOPLE_OR_STATEMENTS:
            entity = self._mentions.entity_in(_before_clause(phrase, span))  # "for the ministry"
            if entity is not None and (self._of_origin(head, entity) or
                                       self._located(entity, span)):
                entity = None
            agent = self._agent_for(head, entity)
            if agent is not None:
                return agent
        if entity is None and (head.pos_ == "PROPN" or (head.tag_ in ("MD", "RB")
                                                         and head.is_title)):
            entity = self._surname(phrase.text)  # "Will wrote": a name taken for a modal
        if entity is None and head.pos_ == "PRON":
            owner = relative_owner(head) if head.lower_ in _SEXLESS else None
            if owner is not None:  # "sells the player, which it says": not the player
                found = self.resolve(*noun_phrase(owner))
                return Speaker(found.name, found.entity, span)
            subject = self._document(head, span) or self._subject_of(head.lower_, span) or \
                self._kin_before(head, span) or self._parallel(head, span)
            if subject is not None:
                return subject
            earlier = same_pronoun_before(head, self._mentions.quoted)
            entity = self._pronoun(head.lower_, span.start if earlier is None else earlier.idx,
                                   self._addressed(head) | self._named_in(said)
                                   | self._clause_host(head)) \
                or self._mentions.named(cue_subject_before(head, self._mentions.quoted))
            people = self._modified(entity, span) if head.lower_ in PLURAL_PRONOUNS else None
            if people is not None:
                return people
            role = self._role_over_name(head if earlier is None else earlier, entity, span)
            if role is not None:
                return role
        elif entity is None and head.pos_ in ("NOUN", "PROPN") and not new_referent(head):
            entity = self._descriptions.description(head, span.start) or \
                self._descriptions.body_nearby(head, span.start)
        if entity is None:
            return self._made_by(head, span) or self._owner(head, span) or \
                self._role_before(head, span) or Speaker(phrase.text, None, span)
        joined = [e for e in self._joined(head, phrase.end) if e is not entity]
        if joined:  # "Mr. Grassley and Mr. Leahy said"
            return Speaker(" and ".join(e.name for e in [entity, *joined]), None, span)
        return Speaker(entity.name, public_id(entity), _through_name(head, entity, span))

    def _aged(self, head: Token, age: int) -> Entity | None:
        """ "Ann Lee won in Paris. 'I felt strong,' said the 27-year-old": a description by age
        stands for the person named with that age ("Ann Lee, 27,"), else for the one the
        article was about where it first described somebody by that age, so that each later
        "the 27-year-old" is the same person."""
        name, first = first_aged(self._doc, age, head.i)
        if name is not None:
            return self._mentions.named(name)
        position = (head if first is None else first).idx
        return self._mentions.recent(position, lambda e: self._personal[e.id])

    def _modified(self, entity: Entity | None, span: TextSpan) -> Speaker | None:
        """ "two Democratic senators ... They said": a people or party named last as a word on
        a plural noun stands for it only through the noun; "they" are the senators."""
        if entity is None or entity.label != "NORP":
            return None
        mention = max((m for m in entity.mentions if m.start < span.start),
                      key=lambda m: m.start, default=None)
        word = None if mention is None else self._doc.char_span(
            mention.start, mention.start + 1, alignment_mode="expand")
        noun = None if word is None else word.root.head
        if mention is None or word is None or word.root.dep_ not in ("amod", "compound") or \
                noun is None or noun.tag_ not in ("NNS", "NNPS") or \
                self._mentions.quoted(noun.idx) or noun.idx < mention.end:
            return None  # "the Liberal Democrats": the noun is the name's own
        low, high = noun_phrase(noun)
        return Speaker(self._doc[low:high].text, None, span)

    def _of_origin(self, head: Token, entity: Entity) -> bool:
        """ "the US lawyers are demanding": several spokespeople a country or a people is set
        before as a modifier are people from it, not its voice, as one is ("a US spokesman");
        so are those whose spokesman it is ("the Kenyan families' lawyer")."""
        if entity.label not in ("GPE", "NORP"):
            return False
        owners = [c for c in head.children if c.dep_ == "poss" and c.tag_ == "NNS"]
        return any(c.dep_ in ("compound", "amod") and self._mentions.named(c) is entity
                   for noun in ([head] if head.tag_ == "NNS" else []) + owners
                   for c in noun.children)

    def _located(self, entity: Entity, span: TextSpan) -> bool:
        """ "a spokesman for the embassy in Leeds": a place named after "in" or "at" on a
        noun of the phrase is where the body is, not whom the spokesman speaks for."""
        if entity.label not in ("GPE", "LOC", "FAC"):
            return False
        words = [self._doc.char_span(m.start, m.end, alignment_mode="expand")
                 for m in entity.mentions if span.start <= m.start and m.end <= span.end]
        return any(w is not None and w.root.dep_ == "pobj" and w.root.head.lower_ in ("in", "at")
                   and w.root.head.head.pos_ in ("NOUN", "PROPN") for w in words)

    def _agent_for(self, head: Token, principal: Entity | None) -> Speaker | None:
        """ "Morrison's lawyer", "an aide to Senator Holt": one who speaks for a person is
        somebody else, named as written up to the person ("A communications aide for Mr. Lee,
        who ..." ends at "Lee"), where a body's spokesman speaks as the body and a name set
        beside the person ("an attorney for Lee, Mark Ruiz") is the speaker's own."""
        if principal is None or principal.label not in PERSON_LABELS or \
                head.lemma_.lower() not in SPOKESPEOPLE:
            return None
        owners = [c for c in head.children if c.dep_ == "poss"] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")
            for g in c.children if g.dep_ == "pobj"]
        mention = next((t for t in reversed(list(head.subtree))
                        if self._mentions.named(t) == principal), None)  # a name's last word
        if mention is None or mention.dep_ == "appos":
            return None
        owner = next((o for o in owners if mention in o.subtree), None)
        if owner is None:
            return None
        end = max([owner.i] + [c.i for c in owner.conjuncts])
        words = head.doc[min(head.left_edge.i, owner.left_edge.i) : max(head.i, end) + 1]
        return Speaker(words.text, None, TextSpan(words.start_char, words.end_char))

    def _joined(self, head: Token, end: int) -> list[Entity]:
        """The other named entities "and" joins to a speaker's head within its phrase, when
        each is one."""
        others = [t for t in conjuncts(head)[1:] if t.i < end]
        named = [self._mentions.named(t) for t in others]
        found = [e for e in named if e is not None]
        return found if others and len(found) == len(others) else []

    def _owner(self, head: Token, span: TextSpan) -> Speaker | None:
        """ "Her statement said", "his best response was to say", "Ms Holm's book claimed": the
        owner a possessive gives a statement, an answer, a stance or a work, when it resolves to
        one of the article's entities."""
        if head.lemma_.lower() not in STATEMENTS | WORKS:
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

    def _document(self, pronoun: Token, span: TextSpan) -> Speaker | None:
        """ "The city sent a letter to residents. It says": the document the "it" stands for
        (document_before), shown as its maker where a named one made it, as "the statement
        said" is (_made_by)."""
        document = document_before(pronoun)
        if document is None or self._mentions.marked(document.idx):
            return None
        maker = author(document)
        found = None if maker is None else self.resolve(*noun_phrase(maker))
        if found is not None and found.entity is not None:
            return Speaker(found.name, found.entity, span)
        start, end = noun_phrase(document)
        return Speaker(self._doc[start:end].text, None, span)

    def _appositive(self, head: Token) -> Entity | None:
        """ "the team's coach, Alireza Mehraban", "Ambassador to the US Hamdullah Mohib": the
        person named right after a described speaker, in apposition to it, not somebody a
        clause or phrase inside it names ("a speech in which Ruiz", "an adviser to Ruiz"); or
        the person a description is set beside ("Ivan Petrenko, a pollster who ...", "Ivan
        Petrenko, a pollster and blogger who"), or said to be ("Ivan Petrenko is a pollster
        who ...")."""
        base = head
        while base.dep_ == "conj" and base.head.i < base.i:
            base = base.head  # "a pollster, blogger and cyclist who": the first of the list
        person = base.head if base.dep_ == "appos" else _subject(base.head) if (
            base.dep_ == "attr" and base.head.lemma_ == "be") else None
        if person is not None and person.i < base.i and base.pos_ == "NOUN" and \
                head.lemma_.lower() not in BODY_NOUNS:  # "a group" is nobody
            named = self._mentions.named(person)  # "Ivan Petrenko, a pollster who ..."
            if named is not None and named.label in PERSON_LABELS:
                return named
        for token in head.doc[head.i + 1 : min(head.right_edge.i + 1, head.i + 16)]:
            # a person's name the recogniser missed where the parse glued a place on it
            # ("Governor of Oregon Ann Fielding") is one of the article's people all the same
            if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "") and \
                    apposed(token, head):
                entity = self._mentions.named(token)
                if entity is not None and entity.label in PERSON_LABELS:
                    return entity
        return self._titles_joined(head)

    def _titled_by_body(self, head: Token) -> Entity | None:
        """ "Commission for Fair Trade chairman Tom Reeve said": a body's name with "of",
        "for" or "to" in it, then a role and a person's name, is one title before the name,
        however the parse hung the name on the preposition; the person speaks. Not where the
        words after the preposition are no name ("the family of victim Tom Reeve")."""
        doc = head.doc
        last = head.right_edge
        person = self._mentions.named(last)
        if head.pos_ != "PROPN" or last.i <= head.i or person is None or \
                person.label not in PERSON_LABELS:
            return None
        first = last.i
        while first > head.i and self._mentions.named(doc[first - 1]) is person:
            first -= 1
        role = first
        while role > head.i and doc[role - 1].is_lower and doc[role - 1].pos_ in ("NOUN", "ADJ"):
            role -= 1
        if role == first or doc[first - 1].lemma_.lower() not in ROLES:
            return None
        between = doc[head.i + 1 : role]
        if len(between) < 2 or between[0].lower_ not in ("of", "for", "to") or not all(
                t.is_title or t.is_upper or t.like_num or t.lower_ in _NAME_LINKS
                for t in between[1:]):
            return None
        return person

    def _titles_joined(self, head: Token) -> Entity | None:
        """ "Record holder and TV pundit Owen Marsh believes": one person given two titles
        joined by "and", the first a bare singular role with no article (not "The coach and
        Owen Marsh", two people), the second set right before the name."""
        if head.tag_ != "NN" or any(c.dep_ == "det" for c in head.children):
            return None
        for name in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
            if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in name.children):
                entity = self._mentions.named(name)
                return entity if entity is not None and entity.label in PERSON_LABELS else None
        return None

    def _named_body(self, head: Token) -> Entity | None:
        """ "The label that owns her songs, Blue Harbor Records, says", "the Coalition for Fair
        Fishing, a group that has praised the quota": a common noun for a kind of body, set
        beside a name in apposition (either way round), stands for the body the name names,
        whatever the recogniser took it for, so long as not a person; so does a bare plural of
        a trade ("said analysts Quillon")."""
        if (head.tag_ != "NN" or head.lemma_.lower() not in BODY_NOUNS) and not _trade(head):
            return None
        if head.dep_ == "appos" and head.head.i < head.i:
            # right after the name and its comma, not after a clause on it ("Tom Reed, who
            # heads the Coalition, a group that": the parse's apposition to the wrong name)
            start = head.left_edge.i
            named = [self._mentions.named(head.head)] if start > 1 and \
                head.doc[start - 1].text == "," and start - 2 == head.head.i else []
        else:
            named = [self._mentions.named(c) for c in head.children if c.dep_ == "appos"]
            after = head.right_edge.i + 1  # "the sport's ruling body the UCI said": two subjects
            if after < len(head.doc) and head.dep_ == "nsubj":
                named += [self._mentions.named(c) for c in head.head.children
                          if c.dep_ == "nsubj" and c.left_edge.i == after]
        return next((e for e in named if e is not None and e.label not in PERSON_LABELS), None)

    def label_of(self, entity_id: str) -> str | None:
        """The spaCy label of one of the document's entities."""
        return self._labels.get(entity_id)

    def _surname(self, text: str) -> Entity | None:
        words = [w.strip(".,'’") for w in text.split()]
        return self._by_surname.get(words[-1].lower()) if words else None

    def _addressed(self, pronoun: Token) -> frozenset[str]:
        """ '"...," he told Hannity': the ones the pronoun's verb is said to or asks, whom a
        subject pronoun of that verb cannot stand for."""
        if pronoun.dep_ != "nsubj":
            return frozenset()
        found = (self._mentions.named(c) for c in pronoun.head.children
                 if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN")
        return frozenset(e.id for e in found if e is not None)

    def _clause_host(self, pronoun: Token) -> frozenset[str]:
        """ "administered by the Inland Revenue, which they say would save money": the one a
        relative clause hangs on, which its relative pronoun stands for, is not its subject
        pronoun too."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl":
            return frozenset()
        host = self._mentions.named(verb.head)
        return frozenset() if host is None else frozenset({host.id})

    def _named_in(self, said: TextSpan | None) -> frozenset[str]:
        """ '"I have told David so," he said': the people named in what a "he" or "she" says
        in their own words, whom the pronoun cannot stand for."""
        if said is None:
            return frozenset()
        return frozenset(e.id for e in self._people if any(
            said.start <= m.start and m.end <= said.end for m in e.mentions))

    def _pronoun(self, pronoun: str, position: int,
                 addressed: frozenset[str] = frozenset()) -> Entity | None:
        if pronoun in GENDERED_PRONOUNS:
            wanted = "m" if pronoun in MALE_PRONOUNS else "f"
            return self._mentions.recent(position, lambda e: self._personal[e.id]
                                         and e.id not in addressed
                                         and self._gender[e.id] in (wanted, None),
                                         MALE_PRONOUNS if wanted == "m" else FEMALE_PRONOUNS,
                                         self._descriptions.described_subject)
        if pronoun in _SEXLESS:
            # "they" is a body or a people, seldom a place ("shootings in San Bernardino,
            # Calif. Yet they are proposing ..."), which says "it" for its government
            labels = GROUP_LABELS - {"GPE"} if pronoun in PLURAL_PRONOUNS else GROUP_LABELS
            return self._mentions.recent(position, lambda e: e.label in labels
                                         and e.id not in addressed
                                         and not self._personal[e.id]
                                         and not self._passing_place(pronoun, e, position))
        return None

    def _passing_place(self, pronoun: str, entity: Entity, position: int) -> bool:
        """ "The coalition, which speaks for Poles in the U.S., wants ... It issued": a place
        or a people an earlier sentence mentions in passing is no "it"; only one that was
        itself a subject there, an actor ("Norway imposed a tariff. It says"), as in
        antecedents.referent. In the pronoun's own sentence it may be ("the plan for Peru to
        meet the goal it set")."""
        if pronoun not in NEUTER_PRONOUNS or entity.label not in ("GPE", "NORP"):
            return False
        token = self._doc.char_span(position, position + 1, alignment_mode="expand")
        last = max((m.start for m in entity.mentions if m.start < position), default=None)
        if token is None or last is None or last >= token.root.sent.start_char:
            return False
        return not was_subject(entity, token.root)

    def _subject_of(self, pronoun: str, span: TextSpan) -> Speaker | None:
        """ "The report says ... It also points out": an "it" or "they" that stands for the
        subject before it, named or not; people joined by "and" for "they"; the ones named in
        "critics, like Senators Grassley and Leahy"."""
        if pronoun not in _SEXLESS:
            return None
        index = bisect.bisect_right(self._mentions.sent_starts, span.start) - 1
        subject = subject_antecedent(self._mentions.sents, index, span.start, pronoun,
                                     self._mentions.quoted) or self._coordinated(pronoun, index,
                                                                                 span.start) \
            or self._fronted(span)
        if subject is None:
            return None
        if subject.pos_ == "PRON":  # "he and his wife Kali explained ... they said"
            parts = [self.resolve(*noun_phrase(t)) for t in conjuncts(subject)]
            return Speaker(" and ".join(p.name for p in parts), None, span)
        named = [self._mentions.named(t) for t in conjuncts(
            subject if subject.pos_ == "PROPN" else self._member(subject) or subject)]
        if len(named) > 1 and all(e is not None and self._personal[e.id] for e in named):
            return Speaker(" and ".join(e.name for e in named if e is not None), None, span)
        entity = named[0]
        if entity is None and subject.pos_ == "NOUN":  # "The city ... It"
            entity = self._named_body(subject) or \
                self._descriptions.titled(subject, subject.idx, exact=False) or \
                self._descriptions.described(subject)
        if entity is not None and not self._personal[entity.id]:
            return Speaker(entity.name, public_id(entity), span)
        start, end = noun_phrase(subject)
        return Speaker(self._doc[start:end].text, None, span)

    def _fronted(self, span: TextSpan) -> Token | None:
        token = self._doc.char_span(span.start, span.end)
        return None if token is None else fronted_subject(token[0], self._mentions.marked)

    def _coordinated(self, pronoun: str, index: int, position: int) -> Token | None:
        """ "Many members back the bill, but the league wants to wait. Lately, however, it
        issued": where the main subject of the sentence before is no "it", the subject of the
        last clause "and" or "but" joins to it, a thing or a body, when nothing in the
        pronoun's own sentence comes before it."""
        sents = self._mentions.sents
        if pronoun not in NEUTER_PRONOUNS or index == 0 or any(
                t.dep_ in ("nsubj", "nsubjpass") and t.idx < position for t in sents[index]):
            return None
        root = sents[index - 1].root
        for verb in reversed([c for c in root.children if c.dep_ == "conj"]):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and not self._mentions.quoted(subject.idx) and \
                    subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "PERSON":
                return subject
        return None

    def _role_before(self, pronoun: Token, span: TextSpan) -> Speaker | None:
        """The person, named by a role, a "he" or "she" stands for (speaker_roles)."""
        role = role_before(self._doc, pronoun) if pronoun.pos_ == "PRON" else None
        if role is None:
            return None
        start, end = noun_phrase(role)
        return Speaker(self._doc[start:end].text, None, span)

    def _role_over_name(self, pronoun: Token, entity: Entity | None,
                        span: TextSpan) -> Speaker | None:
        """ "The prime minister wants to end his feud with Gordon Brown. He said ...": the
        person a role names as the subject of the sentence before (speaker_roles) goes before
        a name that sentence mentions after it, unless it speaks of the role's other sex
        ("The mayor ended her feud with Tom Ruiz. He said": Ruiz). The pronoun is the first of
        a run of the same ("He said ... He added"), in a sentence or across sentences, which all
        stand for the one person."""
        same = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
        while pronoun.sent.start > 0:  # "He is saying ... He is also claiming": the first
            subject = main_subject(self._doc[pronoun.sent.start - 1].sent)
            if subject is None or subject.lower_ not in same:
                break
            pronoun = subject
        role = role_before(self._doc, pronoun) if entity is not None else None
        if role is None or entity is None or role.tag_ != "NN" or \
                self._mentions.named(role) is not None or (
                    role.dep_ == "compound" and self._mentions.named(role.head) is not None):
            return None  # "by journalist Ana Ruiz": the role is the name's title, she speaks
        if any(self._mentions.named(t) is entity for t in asked(role)):
            return None  # "A reporter asked Lee how he felt. He replied": the one asked
        sent = role.sent
        last = max((m.start for m in entity.mentions if m.start < pronoun.idx), default=-1)
        other = FEMALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else MALE_PRONOUNS
        if last >= sent.end_char or sent.start_char <= last <= role.right_edge.idx or any(
                t.lower_ in other for t in sent):
            return None  # past the role's own phrase: not "The minister, Ana Ruiz, said"
        if last < sent.start_char and not self._newcomer(role):
            return None  # "Ann Lee won. The senator said ... She said": maybe the one named
        start, end = noun_phrase(role)
        return Speaker(self._doc[start:end].text, None, span)

    def _newcomer(self, role: Token) -> bool:
        """ "Tom Reed said the plan was late. A spokesman said ... He said": a role that is its
        sentence's subject, outside quotes, as somebody new ("a farmer") or as one who speaks
        for somebody ("the council spokeswoman"), is not a person named before."""
        if role.dep_ not in ("nsubj", "nsubjpass") or self._mentions.quoted(role.idx) or \
                self._descriptions.description(role, role.idx) is not None:
            return False
        return role.lemma_.lower() in SPOKESPEOPLE or any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in role.children)

    def _kin_before(self, pronoun: Token, span: TextSpan) -> Speaker | None:
        """The relative a "he" or "she" stands for in its own sentence (antecedents.kin)."""
        relative = kin(pronoun)
        if relative is None:
            return None
        found = self.resolve(*noun_phrase(relative))
        return Speaker(found.name, found.entity, span)

    def _parallel(self, pronoun: Token, span: TextSpan) -> Speaker | None:
        """The person a "he" or "she" goes on with as the subject of the clause before its own
        (pronoun_clauses.conjoined_subject), named or described, when of its sex."""
        subject = conjoined_subject(pronoun, self._mentions.quoted)
        if subject is None:
            return None
        found = self.resolve(*noun_phrase(subject))
        wanted = "m" if pronoun.lower_ in MALE_PRONOUNS else "f"
        if found.entity is None or not self._personal.get(found.entity, False) or \
                self._gender.get(found.entity) not in (wanted, None):
            return None
        return Speaker(found.name, found.entity, span)

    def _member(self, noun: Token) -> Token | None:
        """The name in "27 states, led by West Virginia" or "critics, like Senators Grassley
        and Leahy": who speaks for them."""
        for child in noun.children:
            named = [child] if child.dep_ == "appos" else [
                t for t in child.subtree if t.dep_ == "pobj" and t.head.lower_ in MEMBERSHIP]
            for token in named:
                if self._mentions.named(token) is not None:
                    return token
        return None


def _branch_of(head: Token) -> Token | None:
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


def _before_clause(phrase: Span, span: TextSpan) -> TextSpan:
    """ "A spokeswoman for the port operators, which speak for France's harbours": the part of
    a speaker's phrase before a relative clause on it, whose names are not whom it speaks for;
    so is a description set beside the name it speaks for ("a spokesman for Unison, Britain's
    biggest union": Unison, not Britain)."""
    starts = [t.left_edge.idx for t in phrase if t.left_edge.idx > span.start and (
        t.dep_ == "relcl" or (t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN"
                              and t.head.i < t.i))]
    return TextSpan(span.start, min(starts)) if starts else span


def _subject(verb: Token) -> Token | None:
    """A verb's subject, or the one it shares with the verb it is joined to ("X incites violence
    and is a liar")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _through_name(head: Token, entity: Entity, span: TextSpan) -> TextSpan:
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


def _head(phrase: Span) -> Token:
    """The head of a speaker's phrase: its root, or where the parse hung several of its nouns
    outside it ("co - founder Sam Reyes", a word split at its hyphen), the last of them, as an
    English noun phrase ends on its head; the name before letters after it ("Tom Ridley MP")."""
    outside = [t for t in phrase if not phrase.start <= t.head.i < phrase.end
               and t.pos_ in ("NOUN", "PROPN", "PRON")]
    head = outside[-1] if len(outside) > 1 else phrase.root
    before = head.doc[head.i - 1] if head.i > phrase.start else None
    if head.text in _POST_NOMINALS and before is not None and before.pos_ == "PROPN" and \
            before.head.i == head.i and before.ent_type_ == "PERSON":
        return before
    return head


def _trade(head: Token) -> bool:
    """ "analysts", "consultants": the plural of a trade with no article or figure, which a
    firm's name may follow in apposition."""
    return head.tag_ == "NNS" and head.lemma_.lower() in PEOPLE | ROLES | BODY_NOUNS \
        and not any(c.dep_ in ("det", "nummod", "poss") for c in head.children)
