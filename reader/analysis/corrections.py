"""The reader's corrections to the entities of an analysis, applied again after every analysis.

A correction names its entity by canonical name (or an alias), never only by id, so it still
applies when the document is analysed again and the ids come out different. Corrections are
applied in the order they were made: after a rename, later ones use the new name.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from reader.analysis.model import Analysis, Entity, Event, Quote

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Rename:
    """Give an entity another canonical name."""

    kind: ClassVar[str] = "rename"
    entity: str
    name: str


@dataclass(frozen=True, slots=True)
class Merge:
    """Two entities are one: other's mentions and aliases go to entity."""

    kind: ClassVar[str] = "merge"
    entity: str
    other: str


@dataclass(frozen=True, slots=True)
class Split:
    """The mentions written as alias are another entity (with label, or the same type)."""

    kind: ClassVar[str] = "split"
    entity: str
    alias: str
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Drop:
    """Not an entity at all."""

    kind: ClassVar[str] = "drop"
    entity: str


@dataclass(frozen=True, slots=True)
class Retype:
    """The entity is of another type (PERSON, ORG, GPE, ...)."""

    kind: ClassVar[str] = "retype"
    entity: str
    label: str


Correction = Rename | Merge | Split | Drop | Retype
KINDS: dict[str, type[Correction]] = {c.kind: c for c in (Rename, Merge, Split, Drop, Retype)}


# --- records in and out ----------------------------------------------------------------------


def correction_to_json(correction: Correction) -> dict[str, Any]:
    return {"kind": correction.kind, **dataclasses.asdict(correction)}


def correction_from_json(data: Mapping[str, Any]) -> Correction:
    """A correction from its JSON object; ValueError if it is not one."""
    cls = KINDS.get(str(data.get("kind")))
    if cls is None:
        raise ValueError(f"unknown correction kind: {data.get('kind')!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    try:
        return cls(**{k: v for k, v in data.items() if k in names})
    except TypeError as exc:
        raise ValueError(f"bad {cls.kind} correction: {exc}") from exc


def correction_for(kind: str, entity: Entity, *, name: str | None = None,
                   other: Entity | None = None, alias: str | None = None,
                   label: str | None = None) -> Correction:
    """The correction the reader asked for on entity; ValueError if a value it needs is missing."""
    if kind == "rename" and name:
        return Rename(entity.name, name)
    if kind == "merge" and other is not None:
        return Merge(entity.name, other.name)
    if kind == "split" and alias:
        return Split(entity.name, alias, label)
    if kind == "drop":
        return Drop(entity.name)
    if kind == "retype" and label:
        return Retype(entity.name, label)
    raise ValueError(f"incomplete {kind} correction for {entity.name!r}")


# --- applying them -----------------------------------------------------------------------------


def apply_corrections(analysis: Analysis, corrections: Iterable[Correction], *,
                      text: str | None = None) -> Analysis:
    """The analysis with each correction applied in turn; one whose entity is gone is skipped.

    A split needs the document's text to tell which mentions are written as the alias.
    """
    for correction in corrections:
        analysis = _apply(analysis, correction, text)
    return analysis


def find_entity(analysis: Analysis, key: str) -> Entity | None:
    """The entity a correction means: by canonical name, else by alias, else ignoring case."""
    folded = key.casefold()
    tests: tuple[Callable[[Entity], bool], ...] = (
        lambda e: e.name == key,
        lambda e: key in e.aliases,
        lambda e: e.name.casefold() == folded or folded in (a.casefold() for a in e.aliases),
    )
    for test in tests:
        found = next((e for e in analysis.entities if test(e)), None)
        if found is not None:
            return found
    return None


def _apply(analysis: Analysis, correction: Correction, text: str | None) -> Analysis:
    entity = find_entity(analysis, correction.entity)
    if entity is None:
        log.info("correction skipped, no entity %r any more", correction.entity)
        return analysis
    if isinstance(correction, Rename):
        return _rename(analysis, entity, correction.name)
    if isinstance(correction, Retype):
        retyped = dataclasses.replace(entity, label=correction.label)
        return _replace_entity(analysis, entity, retyped)
    if isinstance(correction, Drop):
        return _drop(analysis, entity)
    if isinstance(correction, Merge):
        other = find_entity(analysis, correction.other)
        if other is None or other.id == entity.id:
            return analysis
        return _merge(analysis, entity, other)
    if text is None:
        log.info("split of %r skipped: no text given", entity.name)
        return analysis
    return _split(analysis, entity, correction, text)


def _replace_entity(analysis: Analysis, old: Entity, *new: Entity) -> Analysis:
    entities: list[Entity] = []
    for entity in analysis.entities:
        entities.extend(new if entity.id == old.id else (entity,))
    return dataclasses.replace(analysis, entities=tuple(entities))


def _rename(analysis: Analysis, entity: Entity, name: str) -> Analysis:
    aliases = (name, *(a for a in entity.aliases if a != name))
    renamed = dataclasses.replace(entity, name=name, aliases=aliases)
    analysis = _replace_entity(analysis, entity, renamed)
    return _relink(analysis, {entity.id: entity.id}, {entity.name: name})


def _drop(analysis: Analysis, entity: Entity) -> Analysis:
    return _relink(_replace_entity(analysis, entity), {entity.id: None}, {})


def _merge(analysis: Analysis, entity: Entity, other: Entity) -> Analysis:
    merged = dataclasses.replace(
        entity,
        aliases=entity.aliases + tuple(a for a in other.aliases if a not in entity.aliases),
        mentions=tuple(sorted(set(entity.mentions) | set(other.mentions))),
    )
    analysis = _replace_entity(_replace_entity(analysis, other), entity, merged)
    return _relink(analysis, {other.id: entity.id}, {other.name: entity.name})


def _split(analysis: Analysis, entity: Entity, split: Split, text: str) -> Analysis:
    alias = " ".join(split.alias.split()).casefold()
    moved = tuple(m for m in entity.mentions if " ".join(m.of(text).split()).casefold() == alias)
    if not moved:
        return analysis
    label = split.label or entity.label
    if len(moved) == len(entity.mentions):  # every mention is the alias: a rename
        relabelled = dataclasses.replace(entity, label=label)
        return _rename(_replace_entity(analysis, entity, relabelled), relabelled, split.alias)
    taken = {e.id for e in analysis.entities}
    new_id = next(f"{entity.id}-{n}" for n in range(2, len(taken) + 3)
                  if f"{entity.id}-{n}" not in taken)
    new = Entity(new_id, split.alias, label, (split.alias,), moved)
    kept_aliases = tuple(a for a in entity.aliases if a.casefold() != split.alias.casefold())
    rest = dataclasses.replace(
        entity,
        name=entity.name if entity.name in kept_aliases else kept_aliases[0],
        aliases=kept_aliases or entity.aliases,
        mentions=tuple(m for m in entity.mentions if m not in moved),
    )
    analysis = _replace_entity(analysis, entity, rest, new)
    quotes = tuple(
        dataclasses.replace(q, speaker_entity=new_id, speaker=split.alias)
        if q.speaker_entity == entity.id and q.speaker_span in moved else q
        for q in analysis.quotes
    )
    return dataclasses.replace(analysis, quotes=quotes)


Ids = Mapping[str | None, str | None]


def _relink(analysis: Analysis, ids: Ids, names: Mapping[str, str]) -> Analysis:
    """Point the quotes and events at the entities' new ids (None: at none) and names."""
    quotes = tuple(_relink_quote(q, ids, names) for q in analysis.quotes)
    events = tuple(_relink_event(e, ids, names) for e in analysis.events)
    return dataclasses.replace(analysis, quotes=quotes, events=events)


def _relink_quote(quote: Quote, ids: Ids, names: Mapping[str, str]) -> Quote:
    if quote.speaker_entity not in ids:
        return quote
    speaker = names.get(quote.speaker or "", quote.speaker)
    return dataclasses.replace(quote, speaker_entity=ids[quote.speaker_entity], speaker=speaker)


def _relink_event(event: Event, ids: Ids, names: Mapping[str, str]) -> Event:
    changes: dict[str, Any] = {}
    if event.who_entity in ids:
        changes["who_entity"] = ids[event.who_entity]
        changes["who"] = names.get(event.who or "", event.who)
    if event.where_entity in ids:
        changes["where_entity"] = ids[event.where_entity]
        changes["where"] = names.get(event.where or "", event.where)
    entities = [ids.get(e, e) for e in event.entities]
    changes["entities"] = tuple(dict.fromkeys(e for e in entities if e is not None))
    return dataclasses.replace(event, **changes)
