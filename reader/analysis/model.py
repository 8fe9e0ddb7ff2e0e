"""The results of analysing an article: plain frozen records that cross threads and layers."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.document import TextSpan

ANALYSIS_VERSION = "32"  # bump when extraction changes, so cached analyses are rebuilt


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, place, organisation... with every mention of it, aliases grouped."""

    id: str
    name: str  # canonical name: the most complete form
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, ...
    aliases: tuple[str, ...]  # distinct surface forms, the canonical name first
    mentions: tuple[TextSpan, ...]  # in text order

    @property
    def mention_count(self) -> int:
        return len(self.mentions)

    @property
    def first_position(self) -> int:
        return self.mentions[0].start if self.mentions else -1

    @property
    def other_names(self) -> tuple[str, ...]:
        """The names it is also called, for a reader: not the canonical name again in capitals
        ("HOME DEPOT" for Home Depot), and of forms differing only in case, the one not in
        capitals ("Sentra", not "SENTRA")."""
        chosen: dict[str, str] = {}
        for alias in self.aliases[1:]:
            key = alias.casefold()
            if key == self.name.casefold():
                continue
            if key not in chosen or (chosen[key].isupper() and alias.istitle()):
                chosen[key] = alias
        return tuple(chosen.values())


@dataclass(frozen=True, slots=True)
class Quote:
    """Something somebody said: a direct quote, reported speech, or a mix of both."""

    span: TextSpan  # a direct quote's span excludes its quotation marks
    kind: str  # direct | indirect | mixed
    speaker: str | None = None  # canonical name where known
    speaker_span: TextSpan | None = None
    speaker_entity: str | None = None  # Entity.id
    cue: str | None = None  # the reporting verb or phrase as written
    cue_span: TextSpan | None = None
    sentence: TextSpan | None = None
    # a quote its attribution interrupts ('"A," she said. "B."') is one quote of two or more
    # pieces: the span runs from the first piece's start to the last one's end, and the pieces
    # are the quoted words alone; a quote in one piece has none
    pieces: tuple[TextSpan, ...] = ()

    def quoted(self) -> tuple[TextSpan, ...]:
        """The stretches of text the quote's words are: its pieces, or its whole span."""
        return self.pieces or (self.span,)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A figure in the text with what it means and what it counts."""

    span: TextSpan  # includes the qualifier ("at least 22")
    value: float | None
    low: float | None = None
    high: float | None = None
    # exact|about|at least|more than|at most|less than|up to|range; a range has low and high
    # and no value, and keeps a hedge as its qualifier ("about 20 to 30": about, 20, 30)
    qualifier: str = "exact"
    unit: str | None = None  # %, USD, km, years...
    counts: str | None = None  # what it counts: "people", "drones"
    verb: str | None = None  # the verb it goes with: killed, injured
    claimant: str | None = None  # who claims it ("officials")
    kind: str = "cardinal"  # cardinal|ordinal|percent|money|age|quantity|fraction|score
    sentence: TextSpan | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when and where: one action clause."""

    span: TextSpan  # the clause
    action: str  # main verb as written
    action_span: TextSpan
    who: str | None = None
    who_entity: str | None = None
    what: str | None = None
    when: str | None = None  # the time expression as written
    date: str | None = None  # resolved ISO date
    where: str | None = None
    where_entity: str | None = None
    entities: tuple[str, ...] = ()  # ids of the entities it involves
    sentence: TextSpan | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything Reader extracted from one document."""

    sha256: str
    pipeline_name: str
    pipeline_version: str
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[TextSpan, ...] = field(default=())
    # False when the text was judged not English: then nothing is extracted from it
    english: bool = True

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)
