"""Events: who did what to whom, when and where, one record per action clause.

When: a time expression governed by the clause ("on Monday", "during the 1991 Hajj"; not one
that only names a thing, "the 1991 agreement", nor a bound, "since June 4"), else one from the
clause that governs it or elsewhere in its sentence, else, for a clause in the simple past, the
date of the previous event of the same paragraph (a story told in order keeps its day until it
names another; the pluperfect steps back from it), else the published date for a clause in the
present tense (news in the present speaks of the day of writing; later clauses do not take it),
else, for a clause in the past whose subject is a happening a dated clause named ("the
stampede"), that clause's day, else none. Expressions are resolved in text order, and each one
that names a day moves the narrative there, so that "the previous day" and "the day" count from
it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeGuard

from spacy.tokens import Doc, Span, Token

from reader.analysis import clauses
from reader.analysis.antecedents import apposition_entity, referent, subject_antecedent
from reader.analysis.cue_words import NAMING_VERBS
from reader.analysis.dates import (
    DateContext,
    is_day_precise,
    names_a_day,
    parse_iso,
    resolve,
)
from reader.analysis.mention_index import PRONOUNS, MentionIndex
from reader.analysis.model import Entity, Event, Quote
from reader.analysis.sentence_scan import DocArrays, SentenceScan
from reader.document import TextSpan

TIME_LABELS = frozenset({"DATE", "TIME"})
TIME_PREPS = frozenset({"in", "on", "at", "during"})
# Prepositions that give a bound of a span of time, not the time of the clause.
BOUNDING_PREPS = frozenset({"since", "until", "till", "before", "after", "by", "from", "through",
                            "throughout", "ahead", "between"})
# Nouns that name one happening, so that "the stampede" later on is the one already dated.
HAPPENINGS = frozenset({
    "attack", "stampede", "accident", "crash", "explosion", "blast", "fire", "collapse",
    "shooting", "match", "game", "race", "election", "vote", "meeting", "summit", "protest",
    "strike", "storm", "earthquake", "quake", "flood", "raid", "bombing", "incident", "ceremony",
    "launch", "hearing", "debate", "battle", "clash", "riot", "derailment", "eruption",
    "collision", "sinking", "outbreak", "killing", "murder", "assault", "ambush", "robbery",
    "fight", "final", "concert", "festival", "parade", "rally", "march", "visit", "tornado",
    "hurricane", "typhoon", "cyclone", "landslide", "avalanche", "fall", "flight", "landing",
    "takeoff", "test", "trial", "verdict", "sentencing", "arrest", "evacuation", "rescue",
})
# Pronouns that stand for a clause or ask who: a participant they leave unknown.
UNRESOLVED = frozenset({"what", "whatever", "who", "whoever", "which", "whichever", "that",
                        "this"})
HEADLINE_WORDS = 20  # tokens: a longer line is no headline
_STOPS = frozenset({".", "!", "?", "…", ":", ";", '"', "”", "’", "'"})
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod"})
_DURATION = re.compile(r"^(?:about |some |nearly |almost |over |more than |less than )?"
                       r"(?:\d[\d,.]*|an?|a few|several|many|some|one|two|three|four|five|six"
                       r"|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|hundreds) "
                       r"(?:more )?"
                       r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$",
                       re.IGNORECASE)
# Verbs that only speak when they report a quote; other cues also act ("announced a merger").
# Naming something ("referred to it as", "dubbed it") is speech even with no quote.
SPOKEN = frozenset({"vow", "pledge", "swear", "promise", "threaten", "urge", "demand", "insist",
                    "reiterate", "lament", "boast"}) | NAMING_VERBS
_TIME_OF_DAY = re.compile(r"\d:\d\d|\b(?:[ap]\.?m\b|o'clock|noon|midnight|dawn|dusk|morning"
                          r"|afternoon|evening|night)", re.IGNORECASE)


def extract_events(doc: Doc, entities: Sequence[Entity], *, published: str | None,
                   quotes: Sequence[Quote] = ()) -> Iterator[Event]:
    """Every action clause of the document as an Event, in text order (none without a parse).

    A verb of speech that reports one of the quotes ("vowed to ...", "referred to it as ...")
    made that quote: it is speech, not an event. Cues that also act ("announced a merger",
    "decided to sell") stay events.
    """
    if not doc.has_annotation("DEP"):
        return
    # Doc.text is never read: it joins every token, which costs more than all that follows.
    index = MentionIndex(doc, entities)
    arrays = DocArrays(doc)
    timeline = _Timeline(parse_iso(published), arrays)
    times = _time_entities(doc)
    cues = frozenset(quote.cue_span.start for quote in quotes if quote.cue_span is not None)
    reading = _Reading(index, timeline, list(doc.sents),
                       sorted(q.span for q in quotes if q.kind == "direct"))
    said = sorted((q.span.start, q.span.end, q) for q in quotes
                  if q.kind == "direct" and q.speaker is not None)
    for sent in reading.sents:
        inside = [ent for ent in times if sent.start <= ent.start < sent.end]
        for event in _sentence_events(SentenceScan(sent, arrays, index), inside, reading, cues):
            yield _told_by(event, said)


def _told_by(event: Event, said: Sequence[tuple[int, int, Quote]]) -> Event:
    """ "'I grabbed the cash box,' Keane said": the "I" of a direct quote is its speaker."""
    if event.who not in ("I", "me"):
        return event
    start = event.action_span.start
    quote = next((q for a, b, q in said if a <= start < b), None)
    if quote is None:
        return event
    entities = event.entities if quote.speaker_entity is None or \
        quote.speaker_entity in event.entities else (quote.speaker_entity, *event.entities)
    return replace(event, who=quote.speaker, who_entity=quote.speaker_entity, entities=entities)


def _time_entities(doc: Doc) -> list[Span]:
    """DATE and TIME entities, neighbours joined ("yesterday" + "afternoon")."""
    times: list[Span] = []
    for ent in doc.ents:  # read once: Span.ents would rescan the whole document each time
        if ent.label_ not in TIME_LABELS:
            continue
        joined = doc[times[-1].start : ent.end] if times and times[-1].end == ent.start else None
        if joined is not None and "\n" not in joined.text:
            times[-1] = joined
        else:
            times.append(ent)
    return times


@dataclass(slots=True)
class _Timeline:
    """Where the story is in time: the published date, the narrative's day, the last event's."""

    published: date | None
    lines: DocArrays
    anchor: date | None = None
    last: tuple[int, date | None] = (-1, None)  # (paragraph, date) of the previous event
    happenings: dict[str, date] = field(default_factory=dict)  # "stampede" -> its day
    cache: dict[tuple[str, date | None, str | None], date | None] = field(default_factory=dict)

    def paragraph(self, char: int) -> int:
        return self.lines.line(char)

    def resolve(self, text: str, *, tense: str | None) -> date | None:
        key = (text, self.anchor, tense)
        if key not in self.cache:
            self.cache[key] = resolve(text, DateContext(self.published, self.anchor, tense))
        found = self.cache[key]
        if found is not None and is_day_precise(text):
            self.anchor = found
        return found


@dataclass(slots=True)
class _Reading:
    """What every clause of a document is read against: its entities, its timeline, its
    sentences and the words quoted directly."""

    index: MentionIndex
    timeline: _Timeline
    sents: list[Span]
    quoted_spans: list[TextSpan]
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [sent.start for sent in self.sents]

    def quoted(self, position: int) -> bool:
        i = bisect.bisect_right(self.quoted_spans, TextSpan(position, 1 << 62)) - 1
        return i >= 0 and self.quoted_spans[i].start <= position < self.quoted_spans[i].end

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


@dataclass(frozen=True, slots=True)
class _When:
    text: str
    date: date | None
    head: int  # index of the clause head that governs the expression
    position: int  # token index of the expression
    paragraph: int


def _sentence_events(sentence: SentenceScan, times: list[Span], reading: _Reading,
                     cues: frozenset[int]) -> Iterator[Event]:
    whens = _time_expressions(sentence, times, reading.timeline)  # keeps the narrative day moving
    for verb in sentence.verbs:
        if not _speech(verb, cues):
            yield _event(verb, sentence, reading, whens)


def _speech(verb: Token, cues: frozenset[int]) -> bool:
    """A verb of speech reporting a quote, or naming something ("what he referred to as")."""
    lemma = verb.lemma_.lower()
    if lemma not in SPOKEN:
        return False
    return verb.idx in cues or (lemma in NAMING_VERBS and any(
        child.dep_ == "oprd" or child.lower_ == "as" for child in verb.children))


def _time_expressions(sentence: SentenceScan, times: list[Span],
                      timeline: _Timeline) -> list[_When]:
    found = [_when(ent.text, ent.root, sentence, timeline) for ent in times
             if _is_clause_time(ent.root, ent[0]) and not _DURATION.match(ent.text)]
    found += [_when(token.text, token, sentence, timeline) for token in sentence.day_words
              if token.ent_type_ not in TIME_LABELS and _is_clause_time(token, token)]
    found.sort(key=lambda w: w.position)
    return found


def _is_clause_time(root: Token, first: Token) -> bool:
    """An expression that times a clause ("on Monday", "during the 1991 Hajj"), not one that
    only names a thing ("the 1991 agreement") or bounds a span ("missing since June 4")."""
    if first.lower_ in BOUNDING_PREPS:
        return False  # "between March 3 and August 19" read as one expression
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "between March 3 and August 19": the first bounds the second
    if root.dep_ in _NOUN_MODIFIERS:
        noun = root.head
        return noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS
    return not (root.dep_ == "pobj" and root.head.lower_ in BOUNDING_PREPS)


def _when(text: str, root: Token, sentence: SentenceScan, timeline: _Timeline) -> _When:
    head = sentence.governor(root)
    tense = clauses.tense(head) if head.pos_ in ("VERB", "AUX") else None
    day = timeline.resolve(text, tense=tense if tense in ("past", "future") else None)
    return _When(text, day, head.i, root.i, timeline.paragraph(root.idx))


def _event(verb: Token, sentence: SentenceScan, reading: _Reading, whens: list[_When]) -> Event:
    doc, sent = verb.doc, sentence.sent
    index, timeline = reading.index, reading.timeline
    roles = clauses.roles(verb, headline=_in_headline(verb, timeline))
    who, who_entity = _participant(roles.agent, verb, reading)
    what, what_entity = _participant(roles.patient, verb, reading)
    if what_entity is not None and what_entity == who_entity and _plain_pronoun(roles.patient):
        what, what_entity = roles.patient.text, None  # "She had represented him": not herself
    if what is not None and what_entity is None:
        what = _with_preposition(roles.patient, verb, what)
    when = _date_for(verb, sentence, whens, timeline)
    place = sentence.place(verb)
    if what_entity is not None and what_entity == place:
        what, what_entity = None, None  # "appeared at the court": where, not what
    words = clauses.action_tokens(verb)
    contiguous = words[-1].i - words[0].i + 1 == len(words)
    action_words = words if contiguous else [verb]
    low, high = sentence.extent.get(verb.i, (verb.i, verb.i))
    span = (low, high + 1)
    involved = [e for e in (who_entity, what_entity, place) if e]
    involved += [index.by_token[i] for i in range(span[0], span[1]) if i in index.by_token]
    return Event(
        span=TextSpan(doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])),
        action=_text(words) if contiguous else " ".join(t.text for t in words),
        action_span=TextSpan(action_words[0].idx, action_words[-1].idx + len(action_words[-1])),
        who=who, who_entity=who_entity.id if who_entity else None, what=what,
        when=when[0], date=when[1].isoformat() if when[1] else None,
        where=place.name if place else None, where_entity=place.id if place else None,
        entities=tuple(dict.fromkeys(e.id for e in involved)),
        sentence=TextSpan(sent.start_char, sent.end_char))


def _in_headline(verb: Token, timeline: _Timeline) -> bool:
    """Whether a verb stands in a short line of its own that does not end as a sentence does:
    a headline or a title."""
    doc, line = verb.doc, timeline.paragraph(verb.idx)
    first = last = verb.i
    while first > 0 and timeline.paragraph(doc[first - 1].idx) == line:
        first -= 1
        if verb.i - first > HEADLINE_WORDS:
            return False
    while last + 1 < len(doc) and timeline.paragraph(doc[last + 1].idx) == line:
        last += 1
        if last - first > HEADLINE_WORDS:
            return False
    while last > first and doc[last].is_space:
        last -= 1
    return doc[last].text not in _STOPS


def _plain_pronoun(token: Token | None) -> TypeGuard[Token]:
    """A pronoun that is not reflexive: it never stands for the subject of its own clause."""
    return token is not None and token.pos_ == "PRON" and not token.lower_.endswith(
        ("self", "selves"))


def _with_preposition(patient: Token | None, verb: Token, what: str) -> str:
    """ "come at a time", "fired on the crowd": what a verb acts on through a preposition is
    shown with it (a named entity is shown by its name alone)."""
    if patient is None or patient.dep_ != "pobj" or patient.head.head != verb or \
            what.lower().startswith(patient.head.lower_ + " "):
        return what
    return f"{patient.head.text} {what}"


def _text(tokens: Sequence[Token]) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _participant(head: Token | None, verb: Token,
                 reading: _Reading) -> tuple[str | None, Entity | None]:
    """A participant as a canonical entity where its head names one, else its phrase."""
    index, timeline = reading.index, reading.timeline
    if head is not None and timeline.paragraph(head.idx) != timeline.paragraph(verb.idx):
        head = _subject_in_line(verb, timeline) if head.i < verb.i else None
    if head is not None and head.ent_type_ in TIME_LABELS and not _an_age(head):
        head = _named_modifier(head, index)  # "Apple Inc. today has introduced": not today
    if head is None:
        return None, None
    entity = index.at(head)
    if entity is None and head.pos_ == "PRON" and head.lower_ in PRONOUNS:
        head, entity = referent(head, index, reading.subject_before)
    if entity is None:  # "the planemaker, Airbus,": the apposition names it
        entity = apposition_entity(head, index)
    if entity is None and head.lower_ in UNRESOLVED and head.pos_ == "PRON":
        return None, None  # "what began as a protest", "That helps": no one we can name
    if entity is not None and not _coordinated(head):
        return entity.name, entity
    start, end = clauses.phrase_bounds(head)
    line = timeline.paragraph(head.idx)
    while start < head.i and timeline.paragraph(head.doc[start].idx) != line:
        start += 1  # the phrase, too, stays on its line
    text = head.doc[start:end].text
    if text.count('"') % 2:  # a quote the phrase cut in half: its mark would mislead
        text = text.replace('"', "").replace("  ", " ")
    return text, entity


def _coordinated(head: Token) -> bool:
    """A head joined with another noun: "leaders and guests", "North and South Korea"."""
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return True
    return any(g.dep_ == "conj" for c in head.lefts for g in c.children)


def _subject_in_line(verb: Token, timeline: _Timeline) -> Token | None:
    """When a parse runs over a line break (a headline without a stop), the subject it gave
    lies on another line: take the last noun before the verb on the verb's own line."""
    line = timeline.paragraph(verb.idx)
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if timeline.paragraph(token.idx) != line:
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


def _date_for(verb: Token, sentence: SentenceScan, whens: list[_When],
              timeline: _Timeline) -> tuple[str | None, date | None]:
    """The time of a clause as (expression as written, day), in the order the module
    docstring gives; the expression is None when the day is carried or the published one."""
    paragraph = timeline.paragraph(verb.idx)
    when = _own_or_inherited(verb, sentence, whens, paragraph)
    text, day = (when.text, when.date) if when else (None, None)
    if day is None and text is not None and not names_a_day(text):
        text = None  # "the past decade", "15 a year": no point in time
    if day is None and (text is None or _TIME_OF_DAY.search(text)):
        tense = clauses.tense(verb)
        last_paragraph, last_day = timeline.last
        if tense == "past":
            # a day we cannot place is not the last one: hence the check above
            day = last_day if last_paragraph == paragraph else None
            day = day or _day_of_named_event(verb, timeline)
        elif tense == "present" and timeline.published is not None:
            # The day of writing, which is no day of the story: later clauses do not take it.
            _remember_event_nouns(verb, sentence, timeline.published, timeline)
            return text, timeline.published
        else:
            return text, None  # an infinitive or a modal does not break the story's day
    timeline.last = (paragraph, day)
    if day is not None:
        _remember_event_nouns(verb, sentence, day, timeline)
    return text, day


def _remember_event_nouns(verb: Token, sentence: SentenceScan, day: date,
                          timeline: _Timeline) -> None:
    """The happenings a dated clause names ("killed in a stampede"), with its day."""
    low, high = sentence.extent.get(verb.i, (verb.i, verb.i))
    for token in verb.doc[low : high + 1]:
        if token.pos_ == "NOUN" and token.lemma_.lower() in HAPPENINGS:
            timeline.happenings[token.lemma_.lower()] = day


def _day_of_named_event(verb: Token, timeline: _Timeline) -> date | None:
    """A later paragraph that speaks of "the stampede" or "the accident" a dated clause named
    speaks of that day."""
    subject = clauses.surface_subject(verb)
    if subject is None or subject.lemma_.lower() not in timeline.happenings:
        return None
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.lefts)
    return timeline.happenings[subject.lemma_.lower()] if definite else None


def _own_or_inherited(verb: Token, sentence: SentenceScan, whens: list[_When],
                      paragraph: int) -> _When | None:
    here = [w for w in whens if w.paragraph == paragraph]  # a parse may run over a line break
    own = min((w for w in here if w.head == verb.i), key=lambda w: abs(w.position - verb.i),
              default=None)
    if own is not None and own.date is not None:
        return own
    by_head = {w.head: w for w in reversed(here) if w.date is not None}
    head: Token | None = verb
    while head is not None:
        if head.i in by_head:
            return by_head[head.i]
        head = sentence.above(head)
    dated = [w for w in here if w.date is not None]
    nearest = min(dated, key=lambda w: abs(w.position - verb.i), default=None)
    return nearest or own
