"""Resolving a speaker as written (a name, "he", "the minister") to the article's entity."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from reader.analysis.antecedents import (
    conjuncts,
    kin,
    main_subject,
    new_referent,
    subject_antecedent,
)
from reader.analysis.cue_words import CUE_NOUNS, SPOKESPEOPLE
from reader.analysis.entity_titles import titles
from reader.analysis.genders import personal, sexes
from reader.analysis.model import Entity
from reader.analysis.person_words import (
    FEMALE_PRONOUNS,
    GENDERED_PRONOUNS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PLURAL_PRONOUNS,
)
from reader.analysis.pronoun_clauses import (
    conjoined_subject,
    relative_owner,
    same_pronoun_before,
)
from reader.analysis.speaker_ages import age_described, first_aged
from reader.analysis.speaker_bodies import appositive, member, named_body, titled_by_body
from reader.analysis.speaker_descriptions import Descriptions, member_word
from reader.analysis.speaker_exclusions import addressed, clause_host, named_in, passing_place
from reader.analysis.speaker_fronted import fronted_subject
from reader.analysis.speaker_heads import before_clause, branch_of, phrase_head, through_name
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
from reader.analysis.speaker_principals import located, of_origin
from reader.analysis.speaker_records import Speaker
from reader.analysis.speaker_roles import asked, role_before
from reader.analysis.speaker_spans import noun_phrase
from reader.analysis.speaker_statements import (
    agent_for,
    document_speaking,
    made_by,
    owner_speaking,
)
from reader.document import TextSpan

_SPOKESPEOPLE_OR_STATEMENTS = SPOKESPEOPLE | CUE_NOUNS
_SEXLESS = PLURAL_PRONOUNS | NEUTER_PRONOUNS


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
        head = phrase_head(phrase)
        branch = branch_of(head)
        if branch is not None:  # "Amnesty International UK said": the body, not the country
            body = self._mentions.named(branch)
            return Speaker(phrase.text, None, span) if body is None else \
                Speaker(body.name, public_id(body), span)
        entity = self._descriptions.described(head) if member_word(head) else \
            titled_by_body(self._mentions, head) or self._mentions.named(head) or \
            appositive(self._mentions, head) or named_body(self._mentions, head)
        age = age_described(head) if entity is None else None
        if age is not None:  # "said the 27-year-old": the one given that age, and nobody else
            entity = self._aged(head, age)
            return Speaker(phrase.text, None, span) if entity is None else \
                Speaker(entity.name, public_id(entity), span)
        if entity is None and head.lemma_.lower() in _SPOKESPEOPLE_OR_STATEMENTS:
            entity = self._mentions.entity_in(before_clause(phrase, span))  # "for the ministry"
            if entity is not None and (of_origin(self._mentions, head, entity) or
                                       located(self._doc, entity, span)):
                entity = None
            agent = agent_for(self._mentions, head, entity)
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
            subject = document_speaking(self.resolve, self._mentions.marked, head, span) or \
                self._subject_of(head.lower_, span) or \
                self._kin_before(head, span) or self._parallel(head, span)
            if subject is not None:
                return subject
            earlier = same_pronoun_before(head, self._mentions.quoted)
            entity = self._pronoun(head.lower_, span.start if earlier is None else earlier.idx,
                                   addressed(self._mentions, head) | named_in(self._people, said)
                                   | clause_host(self._mentions, head)) \
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
            return made_by(self.resolve, head, span) or \
                owner_speaking(self.resolve, head, span) or self._role_before(head, span) or \
                Speaker(phrase.text, None, span)
        joined = [e for e in self._joined(head, phrase.end) if e is not entity]
        if joined:  # "Mr. Grassley and Mr. Leahy said"
            return Speaker(" and ".join(e.name for e in [entity, *joined]), None, span)
        return Speaker(entity.name, public_id(entity), through_name(head, entity, span))

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

    def _joined(self, head: Token, end: int) -> list[Entity]:
        """The other named entities "and" joins to a speaker's head within its phrase, when
        each is one."""
        others = [t for t in conjuncts(head)[1:] if t.i < end]
        named = [self._mentions.named(t) for t in others]
        found = [e for e in named if e is not None]
        return found if others and len(found) == len(others) else []

    def label_of(self, entity_id: str) -> str | None:
        """The spaCy label of one of the document's entities."""
        return self._labels.get(entity_id)

    def _surname(self, text: str) -> Entity | None:
        words = [w.strip(".,'’") for w in text.split()]
        return self._by_surname.get(words[-1].lower()) if words else None


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
                                         and not passing_place(self._doc, pronoun, e, position))
        return None


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
            subject if subject.pos_ == "PROPN" else member(self._mentions, subject) or subject)]
        if len(named) > 1 and all(e is not None and self._personal[e.id] for e in named):
            return Speaker(" and ".join(e.name for e in named if e is not None), None, span)
        entity = named[0]
        if entity is None and subject.pos_ == "NOUN":  # "The city ... It"
            entity = named_body(self._mentions, subject) or \
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
