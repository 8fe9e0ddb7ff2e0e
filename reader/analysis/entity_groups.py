"""From a document's raw mentions to its entities: repair, group by alias rules, name, number."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from reader.analysis import entity_repair as repair
from reader.analysis.aliases import AliasIndex, Key, Name, name_key, plain_name, proper_names
from reader.analysis.common_nouns import lone_common_noun
from reader.analysis.common_words import Capitals, common_word
from reader.analysis.demonyms import country_of_demonym
from reader.analysis.entities import sorted_entities
from reader.analysis.entity_acronyms import join_acronyms, join_initialled
from reader.analysis.entity_descriptions import add_descriptions
from reader.analysis.entity_firm_names import join_firm_full_names
from reader.analysis.entity_parties import party_adjective
from reader.analysis.entity_people import join_people, type_families, type_named_places
from reader.analysis.entity_short_forms import join_firms_called_short, join_prefixes, join_tails
from reader.analysis.entity_spans import RawMention
from reader.analysis.model import Entity
from reader.analysis.name_spacing import join_spacing_variants
from reader.analysis.person_words import first_name
from reader.analysis.quote_marks import ALL_MARKS
from reader.analysis.table_cells import without_header_words
from reader.analysis.vote_weights import PLACE_WEIGHT, WEAK_WEIGHT
from reader.document import TextSpan


def build_entities(text: str, raw: Sequence[RawMention],
                   english: Collection[str] = frozenset()) -> tuple[Entity, ...]:
    """The document's entities from every raw mention in it (offsets into text); english is
    the pipeline's English nouns and adjectives (common_nouns.english_words), which a lone
    "person" may be."""
    raw = repair.resolve_headline_trims(text, without_header_words(text, raw))
    tallies = repair.vote_labels(text, raw)
    index = AliasIndex(text)
    for mention in sorted(raw, key=lambda m: m.span):
        tally = tallies[repair.surface_key(mention.span.of(text))]
        index.add(mention.span, repair.winner(tally), tally)
    join_people(index, _placed(text, raw))
    join_spacing_variants(index)
    type_families(index)
    type_named_places(index)
    join_acronyms(index)
    join_tails(index)
    join_initialled(index)
    join_prefixes(index)
    join_firm_full_names(index)
    join_firms_called_short(index, _placed(text, raw, WEAK_WEIGHT))
    _add_missed(index)
    _join_demonyms(index)
    add_descriptions(index)
    voted = {_unquoted(text, mention.span) for mention in raw if mention.votes}
    return _entities(index, voted, english)


def _placed(text: str, raw: Sequence[RawMention], weight: float = PLACE_WEIGHT) -> set[str]:
    """The names the text itself shows to be places ("the city of X", "X-based"; at a weak
    weight, "in X" too)."""
    return {repair.surface_key(m.span.of(text)) for m in raw
            if any(label in ("GPE", "LOC") and cast >= weight for label, cast in m.votes)}


def _add_missed(index: AliasIndex) -> None:
    """Further mentions of known names, and of a known person's surname, by exact match."""
    forms: dict[str, Key] = {}
    surnames: dict[str, set[Key]] = defaultdict(set)
    for name in index.names.values():
        if name.kind not in ("name", "acronym"):
            continue
        for surface in name.surfaces:
            if len(surface) > 1 and any(c.isupper() for c in surface):
                forms.setdefault(plain_name(surface, ""), name.key)
        if name.kind == "name" and name.label == "PERSON" and len(name.key) >= 2:
            surnames[plain_name(name.surfaces[0], "PERSON").split()[-1]].add(index.find(name.key))
    for surname, owners in surnames.items():
        if len(owners) == 1 and len(surname) > 2:
            forms.setdefault(surname, owners.pop())
    taken = [span for name in index.names.values() for span in name.spans]
    for span, owner in repair.MissedNames(index.text, taken).find(forms):
        own = name_key(span.of(index.text), index.names[owner].label)
        index.add_to(own if own in index.names else owner, span)


def _join_demonyms(index: AliasIndex) -> None:
    """"Russian" joins Russia's group when Russia is named; otherwise it stays a NORP. The
    model sometimes types the word as a place ("Ukrainian cities") or a person ("treating
    Welsh patients"): the word decides, unless it joined a person's full name ("Irvine
    Welsh ... Welsh said")."""
    in_full = {n.key for members in index.groups().values()
               if any(len(m.key) > 1 for m in members) for n in members}
    for name in proper_names(index):
        country = country_of_demonym(" ".join(name.key))
        if country is None or not (name.label in ("NORP", "GPE", "LOC") or (
                name.label == "PERSON" and len(name.key) == 1 and name.key not in in_full
                and not first_name(name.key[0]))):  # "Christian", "Norman" may be a man
            continue
        key = tuple(country.casefold().split())
        if key != name.key and key in index.names and index.names[key].label in ("GPE", "LOC"):
            name.kind = "demonym"
            index.union(key, name.key)
        elif key != name.key:
            name.tally = {"NORP": 1.0}


def _canonical(members: Iterable[Name], label: str) -> str:
    candidates = [(plain_name(s, label, possessive=True), -n.spans[0].start, len(n.spans))
                  for n in members if n.kind == "name" for s in n.surfaces]
    if not candidates:
        return next(iter(members)).surfaces[0]
    written = {c[0] for c in candidates}
    best = max(candidates, key=lambda c: (len(c[0].split()), not party_adjective(c[0]),
                                          len(c[0]), not _shouted(c[0], written), c[2], c[1]))
    return best[0]


def _shouted(name: str, written: set[str]) -> bool:
    """ "FRANCE" in a heading or dateline, or "BAAR" where the text also writes "Baar"; not
    "NATO"."""
    return name.isupper() and (any(len(word) > 4 for word in name.split()) or any(
        other != name and other.upper() == name for other in written))


def _unquoted(text: str, span: TextSpan) -> TextSpan:
    """The span without quotation marks at its edges: a name is never '"Black Death'."""
    start, end = span.start, span.end
    while end - start > 1 and text[start] in ALL_MARKS:
        start += 1
    while end - start > 1 and text[end - 1] in ALL_MARKS:
        end -= 1
    return span if (start, end) == (span.start, span.end) else TextSpan(start, end)


def _entities(index: AliasIndex, voted: set[TextSpan],
              english: Collection[str]) -> tuple[Entity, ...]:
    """The groups as entities, save those that are common words ("Plague is caused by")."""
    capitals = Capitals(index.text)
    drafts = []
    for members in index.groups().values():
        label = index.group_label(members)
        spans = sorted({_unquoted(index.text, s) for n in members for s in n.spans})
        if common_word(capitals, spans, label, voted) \
                or lone_common_noun(capitals, spans, label, voted, english):
            continue
        surfaces = list(dict.fromkeys(s.of(index.text) for s in spans))
        name = _canonical(members, label)
        aliases = (name, *(s for s in surfaces if s != name))
        drafts.append((spans, name, label, aliases))
    drafts.sort(key=lambda d: d[0][0])
    return sorted_entities([Entity(f"e{i}", name, label, aliases, tuple(spans))
                            for i, (spans, name, label, aliases) in enumerate(drafts, 1)])
