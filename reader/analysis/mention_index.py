"""Where each entity is mentioned, token by token, and what a pronoun most likely stands for."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Mapping, Sequence

from spacy.tokens import Doc, Token

from reader.analysis.model import Entity
from reader.analysis.person_words import name_gender, title_word_sex
from reader.analysis.work_titles import in_work_title

_PEOPLE = frozenset({"PERSON"})
_THINGS = frozenset({"ORG", "GPE", "PRODUCT", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW"})
_GROUPS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
# Pronouns, the possessive determiners too, and the entity labels they can stand for.
PRONOUNS: dict[str, frozenset[str]] = {"he": _PEOPLE, "him": _PEOPLE, "his": _PEOPLE,
                                       "she": _PEOPLE, "her": _PEOPLE, "it": _THINGS,
                                       "its": _THINGS, "they": _GROUPS, "them": _GROUPS,
                                       "their": _GROUPS}
PRONOUN_REACH = 600  # characters back to look for what a pronoun names


class MentionIndex:
    """Which entity each token names, and the latest mention of some kinds before a point."""

    def __init__(self, doc: Doc, entities: Sequence[Entity],
                 sexes: Mapping[str, str | None] | None = None) -> None:
        self.by_token: dict[int, Entity] = {}
        self._titled: set[int] = set()  # "a new book, Lund's Norway": nobody's "he" or "she"
        mentions: list[tuple[int, Entity]] = []
        self._sexes: dict[str, str | None] = dict(sexes or {})  # the people's, as quotes tell
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                if entity.id not in self._sexes and span.start > 0:
                    titled = title_word_sex(doc[span.start - 1].lower_)
                    if titled is not None:
                        self._sexes[entity.id] = titled
                for i in range(span.start, span.end):
                    self.by_token[i] = entity
                mentions.append((mention.start, entity))
                if in_work_title(span.root):
                    self._titled.add(mention.start)
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

    def antecedent(self, labels: frozenset[str], before: int, sex: str | None = None,
                   passed: Collection[int] = ()) -> Entity | None:
        """What a pronoun before a point stands for: the entity of the last subject that can
        be meant (the subject of a sentence keeps the focus), else the last such mention,
        other than one starting at a point passed; for "he" or "she" (sex "m" or "f"), never
        a person whose first name tells the other sex ("Mark Feldman ... she had signed")."""
        def fits(entity: Entity) -> bool:
            return self.can_be(entity, labels, sex)
        if sex is not None and self._titled:  # a name in a work's title is never "he"
            passed = {*passed, *self._titled}
        return (_last(self._subject_starts, self._subject_entities, fits, before, passed)
                or _last(self._starts, self._entities, fits, before, passed))

    def can_be(self, entity: Entity, labels: frozenset[str], sex: str | None) -> bool:
        """Whether a pronoun of these labels and sex can stand for the entity."""
        return entity.label in labels and (sex is None or self._sex(entity) in (sex, None))

    def _sex(self, entity: Entity) -> str | None:
        """The sex given for the entity (genders.sexes, as the quotes' speakers have it), else
        the title before a mention ("Ms Vlasak"), else a first name."""
        if entity.id not in self._sexes:
            words = entity.name.split()
            self._sexes[entity.id] = name_gender(words[0]) if len(words) > 1 else None
        return self._sexes[entity.id]


def _last(starts: list[int], entities: list[Entity], fits: Callable[[Entity], bool],
          before: int, passed: Collection[int]) -> Entity | None:
    i = bisect.bisect_left(starts, before) - 1
    while i >= 0 and before - starts[i] <= PRONOUN_REACH:
        if fits(entities[i]) and starts[i] not in passed:
            return entities[i]
        i -= 1
    return None
