"""Who and what a clause involves: the entity its words name, a pronoun's referent, or a phrase."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TypeGuard

from spacy.tokens import Span, Token

from reader.analysis.antecedents import LOOK_BACK, definite, main_subject, subject_antecedent
from reader.analysis.clause_objects import amount_up
from reader.analysis.mention_index import PRONOUNS, MentionIndex
from reader.analysis.model import Entity
from reader.analysis.noun_phrases import phrase_bounds
from reader.analysis.number_words import SCALE_ABBREVIATIONS
from reader.analysis.pronoun_clauses import opening_agents, reporter_of
from reader.analysis.pronoun_referents import apposition_entity, referent
from reader.analysis.timeline import TIME_LABELS, Timeline
from reader.document import TextSpan

# Pronouns that stand for a clause or ask who: a participant they leave unknown.
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
UNRESOLVED = frozenset({"what", "whatever", "who", "whoever", "which", "whichever", "that",
                        "this"})


@dataclass(slots=True)
class Reading:
    """What every clause of a document is read against: its entities, its timeline, its
    sentences and the words quoted directly."""

    index: MentionIndex
    timeline: Timeline
    sents: list[Span]
    quoted_spans: list[TextSpan]
    # Who says each quoted span, as (entity id, the words naming the speaker), where known.
    speakers: list[tuple[str | None, TextSpan | None]] = field(default_factory=list)
    starts: list[int] = field(init=False)
    quoted_starts: list[int] = field(init=False)
    # Participants read in the sentence at hand, by head and whether it names an entity: what a
    # pronoun stands for depends on the subjects read so far, so a new sentence starts afresh.
    read: dict[tuple[int, bool], tuple[str | None, Entity | None]] = field(
        init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = [sent.start for sent in self.sents]
        self.quoted_starts = [span.start for span in self.quoted_spans]  # the spans are sorted

    def quoted(self, position: int) -> bool:
        return self._quote_at(position) >= 0

    def speaker_at(self, position: int) -> tuple[str | None, TextSpan | None]:
        """Who says the quoted span a position lies in (see speakers), else (None, None)."""
        i = self._quote_at(position)
        return self.speakers[i] if 0 <= i < len(self.speakers) else (None, None)

    def _quote_at(self, position: int) -> int:
        i = bisect.bisect_right(self.quoted_starts, position) - 1
        inside = i >= 0 and self.quoted_spans[i].start <= position < self.quoted_spans[i].end
        return i if inside else -1

    def subject_before(self, pronoun: Token) -> Token | None:
        """The subject an "it" or "they" stands for (see antecedents.subject_antecedent); when
        one earlier in its sentence cannot be meant ("Critics said it would ..."), one in the
        sentences before."""
        i = bisect.bisect_right(self.starts, pronoun.i) - 1
        found = subject_antecedent(self.sents, i, pronoun.idx, pronoun.lower_, self.quoted)
        if found is None and pronoun.idx > self.sents[i].start_char:
            found = subject_antecedent(self.sents, i, self.sents[i].start_char, pronoun.lower_,
                                       self.quoted)
        return found


def participant(head: Token | None, verb: Token,
                reading: Reading) -> tuple[str | None, Entity | None]:
    """A participant as a canonical entity where its head names one, else its phrase."""
    index, timeline = reading.index, reading.timeline
    if head is not None and timeline.paragraph(head) != timeline.paragraph(verb):
        head = _subject_in_line(verb, timeline) if head.i < verb.i else None
    if head is not None and head.ent_type_ in TIME_LABELS and not _an_age(head):
        head = _named_modifier(head, index)  # "Apple Inc. today has introduced": not today
    if head is None:
        return None, None
    entity = index.at(head)
    if entity is not None and _runs_over(entity, verb, index):
        entity = None  # "Garrett hit Rudolph" read as one name: a name holds no verb of its own
    key = (head.i, entity is None)
    if key not in reading.read:  # a subject its conjuncts share is read once
        reading.read[key] = _read(head, entity, reading)
    return reading.read[key]


def _read(head: Token, entity: Entity | None,
          reading: Reading) -> tuple[str | None, Entity | None]:
    """A participant whose head names an entity (or None) as that entity where it names one or
    stands for one, else its phrase."""
    index, timeline = reading.index, reading.timeline
    if entity is None and head.pos_ == "PRON" and head.lower_ in PRONOUNS:
        head, entity = _referent(head, reading)
    if entity is None:  # "the planemaker, Airbus,": the apposition names it
        entity = apposition_entity(head, index)
    if entity is None:
        head, entity = _named_twin(head, index)
    if entity is None and head.lower_ in UNRESOLVED and head.pos_ == "PRON":
        return None, None  # "what began as a protest", "That helps": no one we can name
    if entity is not None and not _coordinated(head):
        return entity.name, entity
    start, end = _whole_amount(head, *phrase_bounds(head))
    lines = timeline.lines.token_lines
    while start < head.i and lines[start] != lines[head.i]:
        start += 1  # the phrase, too, stays on its line
    # one word's text is its Span's, without building one
    text = head.doc[start].text if end - start == 1 else head.doc[start:end].text
    if text.count('"') % 2:  # a quote the phrase cut in half: its mark would mislead
        text = text.replace('"', "").replace("  ", " ")
    return text, entity


def _referent(pronoun: Token, reading: Reading) -> tuple[Token, Entity | None]:
    """What a pronoun stands for (see antecedents.referent); inside a quote, never its speaker,
    who says "I" or "we" ("'He will stay suspended,' Ms Reyes said": not Reyes). Where the
    speaker is all that fits, the pronoun as written."""
    index, subject_before = reading.index, reading.subject_before
    passed = opening_agents(pronoun)
    head, entity = referent(pronoun, index, subject_before, passed)
    reporter = None if reading.quoted(pronoun.idx) else reporter_of(pronoun)
    if reporter is not None and (entity is None or not _went_before(reporter, entity, reading)):
        return reporter, None  # "the minister said he would": the minister, not one named
    speaker, words = reading.speaker_at(pronoun.idx)
    if words is not None and words.start <= head.idx < words.end:
        return pronoun, None  # "'He took his seat,' a spokesman said": not the spokesman
    if head is pronoun and entity is None:
        return pronoun, _named_after(pronoun, index)
    if speaker is None or entity is None or entity.id != speaker:
        return head, entity
    passed |= {i for mention in entity.mentions for i in range(mention.start, mention.end)}
    head, entity = referent(pronoun, index, subject_before, passed)
    if entity is not None and entity.id == speaker:
        return pronoun, None
    return head, entity


def _went_before(role: Token, entity: Entity, reading: Reading) -> bool:
    """ "Ana Ruiz toured the plant. The senator said she ...": whether the person a sentence's
    role goes on about is the entity, the subject of a sentence just before, past pronouns,
    quotes and other roles ("The governor spoke. The governor said")."""
    i = bisect.bisect_right(reading.starts, role.i) - 1
    for sent in reversed(reading.sents[max(0, i - LOOK_BACK) : i]):
        subject = main_subject(sent)
        if subject is None:
            return False
        if subject.pos_ == "PRON" or reading.quoted(subject.idx) or (
                definite(subject) and subject.ent_type_ == ""):
            continue
        return reading.index.at(subject) is entity
    return False


def _named_after(pronoun: Token, index: MentionIndex) -> Entity | None:
    """ "When he arrived, Mr Dorn said the talks were over": a "he" or "she" that stands for
    nobody named before it, the subject of a clause set before the main one, is the person
    the main clause's subject names after it, where the sex allows."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in ("he", "she") or \
            clause.dep_ != "advcl" or clause.i > clause.head.i:
        return None
    subject = next((c for c in clause.head.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i), None)
    entity = index.at(subject) if subject is not None else None
    sex = "m" if pronoun.lower_ == "he" else "f"
    if entity is None or not index.can_be(entity, PRONOUNS[pronoun.lower_], sex):
        return None
    return entity


def _whole_amount(head: Token, start: int, end: int) -> tuple[int, int]:
    """ "£13.4m will come from the fund", "agreed to pay $300m": an amount the tokenizer cut
    at its currency sign and its scale ("£", "13.4", "m"), which the parse then splits, is
    read whole, from the sign to the scale written on to it."""
    doc = head.doc
    while start > 0 and doc[start - 1].tag_ == "$" and not doc[start - 1].whitespace_:
        start -= 1
    if start > 0 and doc[start].dep_ == "quantmod" and amount_up(doc[start - 1]):
        start -= 1  # "up to £85,000": the bound is the amount's
    while end < len(doc) and not doc[end - 1].whitespace_ and (
            doc[end - 1].tag_ == "$" or doc[end - 1].like_num) and (
            doc[end].like_num or doc[end].lower_ in SCALE_ABBREVIATIONS):
        end += 1
    return start, end


def _runs_over(entity: Entity, verb: Token, index: MentionIndex) -> bool:
    """Whether a name runs from before the verb over it ("Garrett hit Rudolph" read as one
    name); a title that opens with the verb ("Face the Nation") is a name."""
    return verb.i > 0 and index.at(verb) is entity and index.at(verb.doc[verb.i - 1]) is entity


def _named_twin(head: Token, index: MentionIndex) -> tuple[Token, Entity | None]:
    """ "Club captain, and goalkeeper, Bruno Fernandes is accused": a title the parse made a
    second subject of the verb, beside the name it titles; the name is who."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "NOUN":
        return head, None
    twin = next((c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i
                 and c.i < head.head.i and index.at(c) is not None), None)
    before = twin.left_edge.i - 1 if twin is not None else -1
    while before > head.i and head.doc[before].text in _CLOSING_QUOTES:
        before -= 1  # '..., the ability to ...," The Hill reported'
    if twin is None or (head.doc[before].text not in (",", ":") and before != head.right_edge.i):
        # "Three clerks left in June, though Brennick says": a clause comes between; the name
        # is set off ("captain, ... Bruno", "A: Bruno") or follows ("the threat the NRA poses")
        return head, None
    return twin, index.at(twin)


def _coordinated(head: Token) -> bool:
    """A head joined with another noun: "leaders and guests", "North and South Korea"."""
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return True
    return any(g.dep_ == "conj" for c in head.lefts for g in c.children)


def _subject_in_line(verb: Token, timeline: Timeline) -> Token | None:
    """When a parse runs over a line break (a headline without a stop), the subject it gave
    lies on another line: take the last noun before the verb on the verb's own line."""
    line = timeline.paragraph(verb)
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if timeline.paragraph(token) != line:
            return None
        if token.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ not in ("pobj", "poss"):
            return token
    return None


def _an_age(head: Token) -> bool:
    """ "The 30-year-old": somebody of an age, which the model marks as a date."""
    return head.lower_ == "old" or head.lower_.endswith("-old")


def _named_modifier(head: Token, index: MentionIndex) -> Token | None:
    """The named word a misparsed time word carries as a modifier, if any."""
    return next((c for c in head.lefts if c.dep_ == "compound" and index.at(c)), None)


def plain_pronoun(token: Token | None) -> TypeGuard[Token]:
    """A pronoun that is not reflexive: it never stands for the subject of its own clause."""
    return token is not None and token.pos_ == "PRON" and not token.lower_.endswith(
        ("self", "selves"))


def with_preposition(patient: Token | None, verb: Token, what: str) -> str:
    """ "come at a time", "fired on the crowd": what a verb acts on through a preposition is
    shown with it (a named entity is shown by its name alone)."""
    if patient is None or patient.dep_ != "pobj" or patient.head.head != verb or \
            what.lower().startswith(patient.head.lower_ + " "):
        return what
    return f"{patient.head.text} {what}"
