"""When each event happened: the time expressions of a sentence and the day a story carries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from reader.analysis.clause_times import (
    DURATION,
    HAPPENINGS,
    ahead,
    deadline,
    is_clause_time,
)
from reader.analysis.date_patterns import MONTHS, WEEKDAYS
from reader.analysis.date_rules import DateContext
from reader.analysis.dates import is_day_precise, names_a_day, resolve, shown_date
from reader.analysis.holidays import HOLIDAY_PATTERN
from reader.analysis.sentence_scan import DocArrays, SentenceScan
from reader.analysis.subjects import surface_subject
from reader.analysis.time_scope import (
    at_occasion,
    bare_below_present,
    lasting,
    own_or_inherited,
    under_present,
    within_description,
)

TIME_LABELS = frozenset({"DATE", "TIME"})
STORY_DAYS = 7  # a lead's day at most this far before publication is the story's day
# Words a time expression may open with or end on.
_TIME_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                         "decade", "decades", "century", "weekend", "morning", "afternoon",
                         "evening", "night", "noon", "midnight", "dawn", "dusk", "quarter",
                         "season", "spring", "summer", "fall", "autumn", "winter", "time",
                         "today", "tonight", "yesterday", "tomorrow", "hour", "hours", "minute",
                         "minutes", "eve", "end", "beginning", "start", "middle", "half", "term"})
_TIME_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)
_CLOCK = re.compile(r"\d:\d\d|\b(?:[ap]\.?m\b|o'clock)", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\d:\d\d|\b(?:[ap]\.?m\b|o'clock|noon|midnight|dawn|dusk|morning"
                          r"|afternoon|evening|night)", re.IGNORECASE)


def time_entities(doc: Doc) -> list[Span]:
    """DATE and TIME entities, neighbours joined ("yesterday" + "afternoon"), and named days
    the recogniser called events ("into the New Year", "over Thanksgiving")."""
    times: list[Span] = []
    for found in doc.ents:  # read once: Span.ents would rescan the whole document each time
        if found.label_ not in TIME_LABELS and not _named_day(found):
            continue
        ent = _trimmed(found) if found.label_ in TIME_LABELS else found
        if ent is None or in_a_title(ent[0]):
            continue
        joined = doc[times[-1].start : ent.end] if times and times[-1].end == ent.start else None
        if joined is not None and "\n" not in joined.text:
            times[-1] = joined
        else:
            times.append(ent)
    return times


def _trimmed(ent: Span) -> Span | None:
    """A time the recogniser tagged with a word of the phrase before or after it, without
    that word ("a Wall Street Journal essay last week", "including four last year", "aged 56
    October 6, 2011", "posted on Twitter Tuesday", "Last week Stumpf appeared"), or None for
    an age it took for a time ("killed a 13-year-old")."""
    doc, start, end = ent.doc, ent.start, ent.end
    if doc[end - 1].lower_ == "old":
        return None  # "a 13-year-old": an age
    while start < end - 1 and _not_of_the_time(doc[start], doc[start + 1]):
        start += 1
    if end - 1 > start and doc[end - 1].pos_ == "PROPN" and \
            doc[end - 1].lower_ not in _TIME_NAMES and doc[end - 2].lower_ in _TIME_NOUNS:
        end -= 1  # "Last week Stumpf": a name after the time
    return doc[start:end] if start < end else None


def _not_of_the_time(token: Token, following: Token) -> bool:
    """Whether a first word of a time expression belongs to the phrase before it."""
    lower, after = token.lower_, following.lower_
    if token.pos_ == "NOUN" and token.is_lower and lower not in _TIME_NOUNS:
        return after not in _TIME_NOUNS  # "essay last week"; not "election day"
    if token.pos_ == "PROPN" and lower not in _TIME_NAMES and after in WEEKDAYS:
        return True  # "Twitter Tuesday"
    return token.like_num and (after in ("last", "this", "next") or (
        after in MONTHS and token.is_digit and int(token.text) > 31))  # "four last year"


def in_a_title(token: Token) -> bool:
    """Whether a day word is part of the title of a programme or a paper, not a time: "Today"
    with a capital inside a sentence ("told Radio 4's Today programme", "USA Today"; news
    writes the day in lower case there), and the Sunday of "the Mail on Sunday"."""
    if token.i == token.sent.start:
        return False
    doc = token.doc
    before = doc[token.i - 1]
    if token.text == "Today":
        return not (before.is_quote or before.is_bracket or before.is_space
                    or (before.is_punct and before.i == token.sent.start))
    return token.text == "Sunday" and before.lower_ == "on" and token.i >= 3 and \
        doc[token.i - 2].text in _SUNDAY_PAPERS and doc[token.i - 3].lower_ == "the"


def _named_day(ent: Span) -> bool:
    if ent.label_ != "EVENT":
        return False
    name = ent.text.lower().replace("’", "'")
    name = name[4:] if name.startswith("the ") else name
    return HOLIDAY_PATTERN.fullmatch(name) is not None


# British papers named for the day they come out: "a survey for the Mail on Sunday".
_SUNDAY_PAPERS = frozenset({"Mail", "Independent"})


@dataclass(slots=True)
class Timeline:
    """Where the story is in time: the published date, the narrative's day, the last event's."""

    published: date | None
    lines: DocArrays
    anchor: date | None = None
    recent: date | None = None  # the last date named, of any precision ("in August 2016")
    # (paragraph, date, expression it was read from) of the previous event
    last: tuple[int, date | None, str | None] = (-1, None, None)
    flashback: int = -1  # the sentence whose pluperfect named the last day, which it keeps
    story: date | None = None  # the day the lead tells of ("Yesterday, Sweden defeated ...")
    story_paragraph: int = -1
    story_known: bool = False  # whether the first dated past event has been seen
    happenings: dict[str, date] = field(default_factory=dict)  # "stampede" -> its day
    cache: dict[tuple[str, date | None, date | None, str | None], date | None] = field(
        default_factory=dict)

    def paragraph(self, token: Token) -> int:
        """The number of the line (paragraph) a token lies on."""
        return self.lines.token_lines[token.i]

    def resolve(self, text: str, *, tense: str | None) -> date | None:
        key = (text, self.anchor, self.recent, tense)
        if key not in self.cache:
            self.cache[key] = resolve(text, DateContext(self.published, self.anchor, tense,
                                                        self.recent))
        found = self.cache[key]
        if found is not None:
            self.recent = found
            if is_day_precise(text):
                self.anchor = found
        return found


@dataclass(frozen=True, slots=True)
class When:
    """A time expression of a sentence, resolved to its day where it names one."""

    text: str
    date: date | None
    head: int  # index of the clause head that governs the expression
    position: int  # token index of the expression
    paragraph: int


def time_expressions(sentence: SentenceScan, times: list[Span],
                     timeline: Timeline) -> list[When]:
    found = [_when(text, ent.root, sentence, timeline) for ent in times
             if (is_clause_time(ent.root, ent[0]) or deadline(ent.root, sentence))
             and (text := ahead(ent) or ent.text) and not DURATION.match(text)]
    found += [_when(token.text, token, sentence, timeline) for token in sentence.day_words
              if token.ent_type_ not in TIME_LABELS and not in_a_title(token)
              and is_clause_time(token, token)]
    found.sort(key=lambda w: w.position)
    return found


def _when(text: str, root: Token, sentence: SentenceScan, timeline: Timeline) -> When:
    head = sentence.governor(root)
    tense = sentence.tense(head) if head.pos_ in ("VERB", "AUX") else None
    if tense == "modal" and not _perfect(head):
        tense = "future"  # "could harm his chances in November": what may yet come
    day = timeline.resolve(text, tense=tense if tense in ("past", "future", "present") else None)
    return When(text, day, head.i, root.i, timeline.paragraph(root))


def _perfect(verb: Token) -> bool:
    """Whether a modal clause looks back ("could have harmed"), its own or, for a verb joined
    to another, the first verb's."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ == "aux" for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children)


def date_for(verb: Token, sentence: SentenceScan, whens: list[When],
             timeline: Timeline, *, quoted: bool = False) -> tuple[str | None, str | None]:
    """The time of a clause as (expression as written, ISO date); the expression is None when
    the date is carried or the published one, and a date carried from an expression that names
    no day is only as precise as it ("2005" after "in 2005", as dates.shown_date shows one).

    A time expression governed by the clause ("on Monday", "during the 1991 Hajj"; not one that
    only names a thing, "the 1991 agreement", nor a bound, "since June 4"), else one of its
    sentence whose scope the clause is in (see time_scope.own_or_inherited), else, for a clause
    in the simple past, the date of the previous event of the same paragraph (a story told in
    order keeps its day until it names another; the pluperfect steps back from it, and the day
    it names holds for its own sentence only; a clause describing a noun does not move it,
    nor one below a present clause, time_scope.under_present, and an -ing below one does not
    take it, time_scope.bare_below_present) or,
    in a later paragraph, the day of the lead (see _set_story_day) until a paragraph turns to
    the present, else the published date for a clause in the present tense (news in the present
    speaks of the day of writing; later clauses do not take it), else, for a clause in the past
    whose subject is a happening a dated clause named ("the stampede"), that clause's day, else
    none. Expressions are resolved
    in text order (see time_expressions), and each one that names a day moves the narrative
    there, so that "the previous day" and "the day" count from it.
    """
    paragraph = timeline.paragraph(verb)
    when = own_or_inherited(verb, sentence, whens, paragraph, timeline.published)
    text, day = (when.text, when.date) if when else (None, None)
    said = text  # the expression the date is read from, which tells its precision
    if day is None and text is not None and not names_a_day(text):
        text = None  # "the past decade", "15 a year": no point in time
    if day is None and (text is None or _TIME_OF_DAY.search(text)):
        tense = sentence.tense(verb)
        last_paragraph, last_day, last_said = timeline.last
        if tense == "past":
            # a day we cannot place is not the last one: hence the check above
            carried = last_paragraph == paragraph and timeline.flashback in (
                -1, sentence.sent.start)
            day, said = (last_day, last_said) if carried else (timeline.story, None)
            if bare_below_present(verb, sentence):
                day = None  # "has been accused of distributing drugs": no day of the story
            if day is not None and timeline.published is not None and day > timeline.published:
                day = None  # what has happened does not happen on a day still to come
            if day is None:
                day, said = _day_of_named_event(verb, timeline), None
            if day is None and text is not None and _CLOCK.search(text):
                day = timeline.published  # "landed at 6:40 p.m.": news of the day it is told
        elif tense == "present" and timeline.published is not None:
            # The day of writing, which is no day of the story: later clauses do not take it.
            if paragraph > timeline.story_paragraph and not quoted and not lasting(verb):
                timeline.story = None  # the article has turned from the story to the present
            _remember_event_nouns(verb, sentence, timeline.published, timeline)
            return text, timeline.published.isoformat()
        else:
            return text, None  # an infinitive or a modal does not break the story's day
    # A day taken from the occasion the clause happened at ("met her at a party held last
    # year") is the occasion's: like an aside's, it moves neither the paragraph's day nor the
    # story's.
    borrowed = when is not None and at_occasion(when, verb)
    # A deadline ("hopes to double sales by 2007") dates its own clause only: what the
    # paragraph tells next did not happen on it.
    deadline = when is not None and verb.doc[when.position].head.lower_ == "by"
    if not within_description(verb, sentence) and not borrowed and not deadline \
            and not under_present(verb, sentence):
        # "Smith, who was fired in May", "a pledge made in 2009 to resign"
        timeline.last = (paragraph, day, said)
        if when is not None:  # "He had moved there in 2001": a day for its own sentence only
            timeline.flashback = sentence.sent.start if sentence.tense(verb) == "pluperfect" \
                else -1
    if text is not None and day is not None and not timeline.story_known \
            and is_day_precise(text) and not borrowed:
        _set_story_day(verb, day, sentence, timeline)
    if day is None:
        return text, None
    _remember_event_nouns(verb, sentence, day, timeline)
    # A date carried from an expression that named no day ("in 2005") is no more precise.
    return text, day.isoformat() if text is not None else shown_date(said, day.isoformat())


def _set_story_day(verb: Token, day: date, sentence: SentenceScan, timeline: Timeline) -> None:
    """The first clause in the past that names its day, when that is a day of the week before
    publication, gives the day the story tells of: later paragraphs in the past that name no
    day of their own go on telling of it."""
    if sentence.tense(verb) != "past" or verb.dep_ in ("relcl", "acl"):
        return  # "the bill rejected on Monday": a time that dates only its aside
    timeline.story_known = True
    timeline.story_paragraph = timeline.paragraph(verb)
    published = timeline.published
    if published is not None and 0 <= (published - day).days <= STORY_DAYS:
        timeline.story = day


def _remember_event_nouns(verb: Token, sentence: SentenceScan, day: date,
                          timeline: Timeline) -> None:
    """The happenings a dated clause names ("killed in a stampede"), with its day."""
    low, high = sentence.extent.get(verb.i, (verb.i, verb.i))
    for token in verb.doc[low : high + 1]:
        if token.pos_ == "NOUN" and token.lemma_.lower() in HAPPENINGS:
            timeline.happenings[token.lemma_.lower()] = day


def _day_of_named_event(verb: Token, timeline: Timeline) -> date | None:
    """A later paragraph that speaks of "the stampede" or "the accident" a dated clause named
    speaks of that day."""
    if not timeline.happenings:
        return None  # no subject can name one
    subject = surface_subject(verb)
    if subject is None or subject.lemma_.lower() not in timeline.happenings:
        return None
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.lefts)
    return timeline.happenings[subject.lemma_.lower()] if definite else None
