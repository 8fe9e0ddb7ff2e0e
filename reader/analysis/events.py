"""Events: who did what to whom, when and where, one record per action clause.

When: a time expression governed by the clause ("on Monday", "during the 1991 Hajj"; not one
that only names a thing, "the 1991 agreement", nor a bound, "since June 4"), else one from the
clause that governs it or elsewhere in its sentence, else, for a clause in the simple past, the
date of the previous event of the same paragraph (a story told in order keeps its day until it
names another; the pluperfect steps back from it), else the published date for a clause in the
present tense (news in the present speaks of the day of writing; later clauses do not take it),
else none. Expressions are resolved in text order, and each one that names a day moves the
narrative there, so that "the previous day" and "the day" count from it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from reader.analysis import clauses
from reader.analysis.dates import (
    DateContext,
    is_day_precise,
    names_a_day,
    parse_iso,
    resolve,
)
from reader.analysis.model import Entity, Event
from reader.document import TextSpan

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside", "across", "throughout",
                         "around", "within", "off", "along", "over", "beside", "behind",
                         "opposite", "through", "nearby", "aboard", "beneath", "under"})
ROUTE_PREPS = frozenset({"from", "to", "via", "into", "onto", "towards", "toward"})
TIME_LABELS = frozenset({"DATE", "TIME"})
TIME_PREPS = frozenset({"in", "on", "at", "during"})
# Prepositions that give a bound of a span of time, not the time of the clause.
BOUNDING_PREPS = frozenset({"since", "until", "till", "before", "after", "by", "from", "through",
                            "throughout", "ahead"})
# Nouns that make a name a place one can be in or at ("Glasgow Sheriff Court").
FACILITIES = frozenset({
    "court", "stadium", "arena", "mosque", "church", "cathedral", "temple", "synagogue",
    "airport", "hospital", "prison", "jail", "hotel", "bridge", "station", "square", "park",
    "palace", "house", "hall", "centre", "center", "museum", "university", "school", "college",
    "port", "harbour", "harbor", "base", "camp", "market", "mall", "theatre", "theater",
    "embassy", "parliament", "building", "tower", "plant", "factory", "mine", "field", "ground",
    "club", "street", "road", "avenue", "highway", "island", "valley", "mountain", "river", "lake",
})
_PEOPLE = frozenset({"PERSON"})
_THINGS = frozenset({"ORG", "GPE", "PRODUCT", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW"})
_GROUPS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
# Pronoun subjects and the entity labels they can stand for.
PRONOUNS: dict[str, frozenset[str]] = {"he": _PEOPLE, "him": _PEOPLE, "she": _PEOPLE,
                                       "her": _PEOPLE, "it": _THINGS, "they": _GROUPS,
                                       "them": _GROUPS}
PRONOUN_REACH = 600  # characters back to look for what a pronoun names
# Single words that name a day even when the entity recogniser misses them.
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod"})
_DURATION = re.compile(r"^(?:about |some |nearly |almost |over |more than |less than )?"
                       r"(?:\d[\d,.]*|an?|a few|several|many|some|one|two|three|four|five|six"
                       r"|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|hundreds) "
                       r"(?:more )?"
                       r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$",
                       re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\d:\d\d|\b(?:[ap]\.?m\b|o'clock|noon|midnight|dawn|dusk|morning"
                          r"|afternoon|evening|night)", re.IGNORECASE)
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "yesterday", "today", "tonight", "tomorrow"})


def extract_events(doc: Doc, entities: Sequence[Entity], *,
                   published: str | None) -> Iterator[Event]:
    """Every action clause of the document as an Event, in text order."""
    text = doc.text  # Doc.text joins every token: read it once
    index = _EntityIndex(doc, entities, text)
    timeline = _Timeline(parse_iso(published), _paragraph_starts(text))
    times = _time_entities(doc)
    for sent in doc.sents:
        inside = [ent for ent in times if sent.start <= ent.start < sent.end]
        yield from _sentence_events(_Sentence(sent, index), inside, index, timeline)


def _time_entities(doc: Doc) -> list[Span]:
    """DATE and TIME entities, neighbours joined ("yesterday" + "afternoon")."""
    times: list[Span] = []
    for ent in doc.ents:  # read once: Span.ents would rescan the whole document each time
        if ent.label_ not in TIME_LABELS:
            continue
        if times and times[-1].end == ent.start and "\n" not in doc[times[-1].start : ent.end].text:
            times[-1] = doc[times[-1].start : ent.end]
        else:
            times.append(ent)
    return times


class _EntityIndex:
    """Which entity each token names, and the latest mention of some kinds before a point."""

    def __init__(self, doc: Doc, entities: Sequence[Entity], text: str) -> None:
        self.text = text
        self.by_token: dict[int, Entity] = {}
        self.label_of: dict[int, str] = {}
        mentions: list[tuple[int, Entity]] = []
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                for i in range(span.start, span.end):
                    self.by_token[i] = entity
                mentions.append((mention.start, entity))
        mentions.sort(key=lambda m: m[0])
        self._starts = [start for start, _ in mentions]
        self._entities = [entity for _, entity in mentions]
        self._subject_starts: list[int] = []  # entity subjects, filled as sentences are read
        self._subject_entities: list[Entity] = []

    def at(self, token: Token) -> Entity | None:
        return self.by_token.get(token.i)

    def add_subject(self, token: Token) -> None:
        entity = self.by_token.get(token.i)
        later = not self._subject_starts or token.idx > self._subject_starts[-1]
        if entity is not None and later:
            self._subject_starts.append(token.idx)
            self._subject_entities.append(entity)

    def antecedent(self, labels: frozenset[str], before: int) -> Entity | None:
        """What a pronoun before a point stands for: the entity of the last subject that can
        be meant (the subject of a sentence keeps the focus), else the last such mention."""
        return (_last(self._subject_starts, self._subject_entities, labels, before)
                or _last(self._starts, self._entities, labels, before))


def _last(starts: list[int], entities: list[Entity], labels: frozenset[str],
          before: int) -> Entity | None:
    i = bisect.bisect_left(starts, before) - 1
    while i >= 0 and before - starts[i] <= PRONOUN_REACH:
        if entities[i].label in labels:
            return entities[i]
        i -= 1
    return None


@dataclass(slots=True)
class _Timeline:
    """Where the story is in time: the published date, the narrative's day, the last event's."""

    published: date | None
    paragraph_starts: list[int]
    anchor: date | None = None
    last: tuple[int, date | None] = (-1, None)  # (paragraph, date) of the previous event
    cache: dict[tuple[str, date | None, str | None], date | None] = field(default_factory=dict)

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char)

    def resolve(self, text: str, *, tense: str | None) -> date | None:
        key = (text, self.anchor, tense)
        if key not in self.cache:
            self.cache[key] = resolve(text, DateContext(self.published, self.anchor, tense))
        found = self.cache[key]
        if found is not None and is_day_precise(text):
            self.anchor = found
        return found


def _paragraph_starts(text: str) -> list[int]:
    return [match.end() for match in re.finditer(r"\n\s*", text)]


@dataclass(frozen=True, slots=True)
class _When:
    text: str
    date: date | None
    head: int  # index of the clause head that governs the expression
    position: int  # token index of the expression
    paragraph: int


class _Sentence:
    """One pass over a sentence: the clause head governing each token, each clause's extent,
    the action verbs, the lone day words and the places in prepositional phrases."""

    def __init__(self, sent: Span, index: _EntityIndex) -> None:
        self.sent = sent
        self._memo: dict[int, Token] = {}
        self.extent: dict[int, tuple[int, int]] = {}
        self.verbs: list[Token] = []
        self.day_words: list[Token] = []
        self.places: dict[int, Entity] = {}
        self.routes: dict[int, Entity] = {}  # places one goes from, to or via
        self.subclauses: dict[int, list[Token]] = {}
        for token in sent:
            head = self.governor(token)
            if not token.is_punct:
                low, high = self.extent.get(head.i, (token.i, token.i))
                self.extent[head.i] = (min(low, token.i), max(high, token.i))
            if head is token and token.head.i != token.i:
                self.subclauses.setdefault(self.governor(token.head).i, []).append(token)
            if clauses.is_action(token):
                self.verbs.append(token)
            elif token.lower_ in DAY_WORDS:
                self.day_words.append(token)
            entity = index.by_token.get(token.i)
            if entity is not None and _is_place(token, entity):
                self._add_place(token, head, entity)
            if token.dep_ in ("nsubj", "nsubjpass"):
                index.add_subject(token)

    def _add_place(self, token: Token, head: Token, entity: Entity) -> None:
        if token.dep_ in ("poss", "compound") and token.head.dep_ == "pobj":
            token = token.head  # "into Mecca's Grand Mosque", "in the Barlinnie prison"
        if token.dep_ != "pobj":
            return
        if token.head.lower_ in PLACE_PREPS or _under_place_prep(token):
            self.places.setdefault(head.i, entity)
        elif token.head.lower_ in ROUTE_PREPS:
            self.routes.setdefault(head.i, entity)

    def place(self, verb: Token) -> Entity | None:
        """Where a clause happens: a place in it, else in a participle or infinitive clause it
        governs ("delivered the jet, built in Seattle"), else where the clause it completes
        happens ("flew to Paris to meet"), else where it goes from, to or via."""
        if verb.i in self.places:
            return self.places[verb.i]
        for sub in self.subclauses.get(verb.i, ()):
            if sub.tag_ in ("VBG", "VBN", "VB") and sub.i in self.places:
                return self.places[sub.i]
        above = self.above(verb)
        if above is not None and verb.tag_ in ("VBG", "VBN", "VB") and above.i in self.places:
            return self.places[above.i]
        return self.routes.get(verb.i)

    def governor(self, token: Token) -> Token:
        """The clause head that governs a token (itself for a clause head)."""
        path: list[Token] = []
        current = token
        while current.i not in self._memo:
            if clauses.is_clause_head(current) or current.head.i == current.i:
                self._memo[current.i] = current
                break
            path.append(current)
            current = current.head
        head = self._memo[current.i]
        for step in path:
            self._memo[step.i] = head
        return head

    def above(self, head: Token) -> Token | None:
        """The clause head governing the clause that this head heads."""
        return None if head.head.i == head.i else self.governor(head.head)


def _sentence_events(sentence: _Sentence, times: list[Span], index: _EntityIndex,
                     timeline: _Timeline) -> Iterator[Event]:
    whens = _time_expressions(sentence, times, timeline)  # keeps the narrative day moving
    for verb in sentence.verbs:
        yield _event(verb, sentence, index, timeline, whens)


def _time_expressions(sentence: _Sentence, times: list[Span], timeline: _Timeline) -> list[_When]:
    found = [_when(ent.text, ent.root, sentence, timeline) for ent in times
             if _is_clause_time(ent.root) and not _DURATION.match(ent.text)]
    found += [_when(token.text, token, sentence, timeline) for token in sentence.day_words
              if token.ent_type_ not in TIME_LABELS and _is_clause_time(token)]
    found.sort(key=lambda w: w.position)
    return found


def _is_clause_time(root: Token) -> bool:
    """An expression that times a clause ("on Monday", "during the 1991 Hajj"), not one that
    only names a thing ("the 1991 agreement") or bounds a span ("missing since June 4")."""
    if root.dep_ in _NOUN_MODIFIERS:
        noun = root.head
        return noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS
    return not (root.dep_ == "pobj" and root.head.lower_ in BOUNDING_PREPS)


def _when(text: str, root: Token, sentence: _Sentence, timeline: _Timeline) -> _When:
    head = sentence.governor(root)
    tense = clauses.tense(head) if head.pos_ in ("VERB", "AUX") else None
    day = timeline.resolve(text, tense=tense if tense in ("past", "future") else None)
    return _When(text, day, head.i, root.i, timeline.paragraph(root.idx))


def _is_place(token: Token, entity: Entity) -> bool:
    """A place name, or a name the model mislabelled that the words around show is a place."""
    if entity.label in PLACE_LABELS:
        return True
    last = entity.name.rsplit(" ", 1)[-1].lower()
    if entity.label in ("ORG", "FAC") and last in FACILITIES:
        return True  # "at Glasgow Sheriff Court"
    if token.dep_ == "compound" and token.head.lower_ in FACILITIES:
        return True  # "in the city's Barlinnie prison"
    # Nobody is "in" or "near" a person: a name there is a place the model mislabelled.
    return entity.label == "PERSON" and token.head.lower_ in ("in", "near")


def _under_place_prep(token: Token) -> bool:
    """A place in "in the city of X" or "at X's airport": a place preposition a step above."""
    step = token.head
    for _ in range(3):
        if step.dep_ == "pobj" and step.head.lower_ in PLACE_PREPS:
            return True
        if clauses.is_clause_head(step):
            return False
        step = step.head
    return False


def _event(verb: Token, sentence: _Sentence, index: _EntityIndex, timeline: _Timeline,
           whens: list[_When]) -> Event:
    doc, sent = verb.doc, sentence.sent
    roles = clauses.roles(verb)
    who, who_entity = _participant(roles.agent, verb, index)
    what, what_entity = _participant(roles.patient, verb, index)
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
        action=_text(index.text, words) if contiguous else " ".join(t.text for t in words),
        action_span=TextSpan(action_words[0].idx, action_words[-1].idx + len(action_words[-1])),
        who=who, who_entity=who_entity.id if who_entity else None, what=what,
        when=when[0], date=when[1].isoformat() if when[1] else None,
        where=place.name if place else None, where_entity=place.id if place else None,
        entities=tuple(dict.fromkeys(e.id for e in involved)),
        sentence=TextSpan(sent.start_char, sent.end_char))


def _text(text: str, tokens: Sequence[Token] | Span) -> str:
    return text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]


def _participant(head: Token | None, verb: Token,
                 index: _EntityIndex) -> tuple[str | None, Entity | None]:
    """A participant as a canonical entity where its head names one, else its phrase."""
    if head is not None and "\n" in index.text[min(head.idx, verb.idx) : max(head.idx, verb.idx)]:
        head = _subject_in_line(verb, index.text) if head.i < verb.i else None
    if head is None:
        return None, None
    entity = index.at(head)
    if entity is None and head.pos_ == "PRON" and head.lower_ in PRONOUNS:
        entity = index.antecedent(PRONOUNS[head.lower_], head.idx)
    if entity is None:  # "the planemaker, Airbus,": the apposition names it
        entity = _apposition(head, index)
    coordinated = _coordinated(head)
    if entity is not None and not coordinated:
        return entity.name, entity
    start, end = clauses.phrase_bounds(head)
    return _text(index.text, head.doc[start:end]), entity


def _coordinated(head: Token) -> bool:
    """A head joined with another noun: "leaders and guests", "North and South Korea"."""
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return True
    return any(g.dep_ == "conj" for c in head.lefts for g in c.children)


def _subject_in_line(verb: Token, text: str) -> Token | None:
    """When a parse runs over a line break (a headline without a stop), the subject it gave
    lies on another line: take the last noun before the verb on the verb's own line."""
    line_start = text.rfind("\n", 0, verb.idx) + 1
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.idx < line_start:
            return None
        if token.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ not in ("pobj", "poss"):
            return token
    return None


def _apposition(head: Token, index: _EntityIndex) -> Entity | None:
    """The entity an apposition to a common noun names ("the goalkeeper and captain, Bruno")."""
    for child in head.children:
        if child.dep_ == "appos" and index.at(child) is not None:
            return index.at(child)
        if child.dep_ == "conj" and child.pos_ == "NOUN":
            found = _apposition(child, index)
            if found is not None:
                return found
    return None


def _date_for(verb: Token, sentence: _Sentence, whens: list[_When],
              timeline: _Timeline) -> tuple[str | None, date | None]:
    """The time of a clause: its own expression, a governing clause's, the sentence's, the
    previous event's in the paragraph, or the published date for the present tense."""
    paragraph = timeline.paragraph(verb.idx)
    when = _own_or_inherited(verb, sentence, whens, paragraph)
    text, day = (when.text, when.date) if when else (None, None)
    if day is None and text is not None and not names_a_day(text):
        text = None  # "the past decade", "15 a year": no point in time
    if day is None and (text is None or _TIME_OF_DAY.search(text)):
        tense = clauses.tense(verb)
        last_paragraph, last_day = timeline.last
        if tense == "past" and last_paragraph == paragraph:
            day = last_day  # a day we cannot place is not the last one: hence the check above
        elif tense == "present":
            # The day of writing, which is no day of the story: later clauses do not take it.
            return text, timeline.published
    timeline.last = (paragraph, day)
    return text, day


def _own_or_inherited(verb: Token, sentence: _Sentence, whens: list[_When],
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
