"""The mentions of people and bodies a speaker may stand for, and the latest salient one."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reader.analysis.antecedents import CLAUSES
from reader.analysis.cue_words import CUE_VERBS
from reader.analysis.datelines import story_dash
from reader.analysis.genders import PERSON_LABELS
from reader.analysis.model import Entity
from reader.analysis.pronoun_clauses import agent_of_opening, object_in_clause, opening_subject
from reader.analysis.span_sets import covers, disjoint
from reader.analysis.work_titles import in_work_title
from reader.document import TextSpan

QUOTE_MARKS = frozenset("\"'“”‘’«»„")
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
_SPEAKING_LABELS = PERSON_LABELS | GROUP_LABELS


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity, by its character offsets."""

    start: int
    end: int
    entity: Entity


def _no_description(_sent: int) -> Entity | None:
    return None


class SpeakerMentions:
    """One document's mentions of the people and bodies given, in text order, with its
    sentences and the quoted and reported text a search back passes over."""

    def __init__(self, doc: Doc, text: str, people: Sequence[Entity],
                 excluded: Sequence[TextSpan]) -> None:
        self._doc = doc
        self._excluded = disjoint(excluded)
        self._marked = disjoint([s for s in excluded if _marked(text, s)])
        mentions = [Mention(m.start, m.end, e) for e in people for m in e.mentions]
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self._roots: dict[tuple[int, int], Token | None] = {}  # a search back reads each often
        self._datelines: dict[tuple[int, int], bool] = {}

    def entity_at(self, start: int, end: int) -> Entity | None:
        index = bisect.bisect_right(self._starts, start) - 1
        while index >= 0 and self.mentions[index].start > start - 200:
            mention = self.mentions[index]
            if mention.start <= start and end <= mention.end:
                return mention.entity
            index -= 1
        return None

    def named(self, token: Token | None) -> Entity | None:
        return None if token is None else self.entity_at(token.idx, token.idx + len(token))

    def entity_in(self, span: TextSpan) -> Entity | None:
        index = bisect.bisect_left(self._starts, span.start)
        inside = [m.entity for m in self.mentions[index:] if m.end <= span.end][:4]
        inside = [m for m in inside if m.label in _SPEAKING_LABELS]
        return inside[-1] if inside else None

    def quoted(self, position: int) -> bool:
        return covers(self._excluded, position)

    def marked(self, position: int) -> bool:
        """Whether a position lies in a direct quote's words, not merely in reported text."""
        return covers(self._marked, position)

    def recent(self, position: int, fits: Callable[[Entity], bool],
               same: frozenset[str] = frozenset(),
               describe: Callable[[int], Entity | None] = _no_description) -> Entity | None:
        """The most salient fitting mention outside quoted and reported text, else outside
        quote marks only: "The commission says Trump's audio failed. The GOP nominee said".
        For a pronoun of the kind same, describe gives the person an earlier sentence (by its
        index) describes, who goes before the names it mentions."""
        return self._recent_outside(position, fits, same, describe, self._excluded) or \
            self._recent_outside(position, fits, same, describe, self._marked)

    def _recent_outside(self, position: int, fits: Callable[[Entity], bool],
                        same: frozenset[str], describe: Callable[[int], Entity | None],
                        excluded: list[TextSpan]) -> Entity | None:
        """The most salient fitting mention before position: this sentence's nearest, then each
        earlier sentence's topic (_topic) or first mention, outside quoted text. An earlier sentence
        whose subject is itself a pronoun of the same kind ("He notes ... His audio was
        quieter than Clinton's. He says") carries the person further back, not the name it
        mentions in passing."""
        sent = bisect.bisect_right(self.sent_starts, position) - 1
        end = bisect.bisect_left(self._starts, position)
        pronoun = self._doc.char_span(position, position + 1, alignment_mode="expand")
        first = True
        while sent >= 0 and end > 0:
            if not first and not same:  # only a sentence with a fitting mention can answer
                last = next((i for i in range(end - 1, -1, -1)
                             if fits(self.mentions[i].entity)), None)
                if last is None:
                    return None
                end = last + 1
                sent = bisect.bisect_right(self.sent_starts, self.mentions[last].start) - 1
            begin = bisect.bisect_left(self._starts, self.sent_starts[sent])
            found = [m for m in self.mentions[begin:end] if fits(m.entity)
                     and (not covers(excluded, m.start) or self._aside_speaker(m))
                     and not (first and self._clause_mate(m, pronoun))
                     and not self._dateline(m) and not (same and self._titled(m))
                     and not (same and not first and self._opened_for(m, same))]
            described = describe(sent) if not first and same else None
            if described is not None and fits(described):
                return described
            if found and not first and same:
                subject = self._topic(found)
                if subject is not None:
                    return subject.entity
                if not self._pronoun_subject(self.sent_starts[sent], same):
                    return found[0].entity
            elif found:
                return found[-1].entity if first else self._salient(found).entity
            first, end, sent = False, begin, sent - 1
        return None

    def _dateline(self, mention: Mention) -> bool:
        """ "LONDON (AP) — The party ...": the place a story is filed from, and the agency
        filing it, are nobody's "it"."""
        key = (mention.start, mention.end)
        if key not in self._datelines:
            self._datelines[key] = self._in_dateline(mention)
        return self._datelines[key]

    def _in_dateline(self, mention: Mention) -> bool:
        root = self._root(mention)
        if root is None:
            return False
        first = next((t for t in root.sent if not t.is_space), None)
        dash = None if first is None else story_dash(first)
        return dash is not None and mention.end <= dash.idx

    def _titled(self, mention: Mention) -> bool:
        """ "a new book, Lund's Norway, by ...": a name in a work's title is nobody's "he" (it
        may be the work's "it")."""
        root = self._root(mention)
        return root is not None and in_work_title(root)

    def _clause_mate(self, mention: Mention, pronoun: Span | None) -> bool:
        name = self._root(mention)
        return pronoun is not None and name is not None and (
            object_in_clause(name, pronoun.root) or agent_of_opening(name, pronoun.root))

    def _opened_for(self, mention: Mention, same: frozenset[str]) -> bool:
        """ "Asked whether Lee would win, she said ...": a name in a participle clause that
        opens before a subject "he" or "she" of the kind same is not who the pronoun, and one
        of the same kind after it, goes on with (pronoun_clauses.opening_subject)."""
        name = self._root(mention)
        subject = None if name is None else opening_subject(name)
        return subject is not None and subject.lower_ in same

    def _root(self, mention: Mention) -> Token | None:
        key = (mention.start, mention.end)
        if key not in self._roots:
            span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
            self._roots[key] = None if span is None else span.root
        return self._roots[key]

    def _aside_speaker(self, mention: Mention) -> bool:
        """ "The key to it, says Buser, is speed": who says the clause in an aside set in it,
        though the aside lies in what is reported; or who says a sentence, outside quote
        marks, where a span drawn too wide took in the speaker ("Sen. Sanders said Sunday in
        Madison that he")."""
        head = self._root(mention)
        if head is None or head.dep_ != "nsubj" or head.head.lemma_.lower() not in CUE_VERBS:
            return False
        return head.head.dep_ == "parataxis" or (head.head.dep_ == "ROOT" and not covers(
            self._marked, mention.start))

    def _topic(self, found: list[Mention]) -> Mention | None:
        """Of an earlier sentence's mentions, the one a pronoun most likely goes on with: the
        subject of a main clause, else a person brought in with a description after the name
        ("While Obama had ..., it troubles Ray Ortiz, director of the union"), else a subject
        of a subordinate clause."""
        roots = [(m, self._root(m)) for m in found]
        return next((m for m, r in roots if self._subject(m) and r is not None
                     and r.head.dep_ in CLAUSES), None) \
            or next((m for m, r in roots if r is not None and any(
                c.dep_ == "appos" and c.i > r.i for c in r.children)), None) \
            or next((m for m in found if self._subject(m)), None)

    def _subject(self, mention: Mention) -> bool:
        """Whether a mention is its clause's subject, or a name set beside the subject ("Her
        predecessor, Tom Becker, left")."""
        root = self._root(mention)
        if root is not None and root.dep_ == "appos":
            root = root.head
        return root is not None and root.dep_ in ("nsubj", "nsubjpass")

    def _pronoun_subject(self, sent_start: int, same: frozenset[str]) -> bool:
        """Whether a sentence's main subject is one of the pronouns same, or what they own, or
        one of them says the sentence ("Though it went well, he said, replacing Clinton would
        bring in loyalists to Biden": the names are what he said, not who he is); not one
        inside what the sentence reports ("Brandt's admission that he did not know")."""
        sent = self._doc.char_span(sent_start, sent_start + 1, alignment_mode="expand")
        if sent is None:
            return False
        if any(t.lower_ in same and t.dep_ == "nsubj" and t.head.lemma_.lower() in CUE_VERBS
               and t.head.dep_ in ("ROOT", "parataxis") for t in sent[0].sent):
            return True
        root = sent[0].sent.root
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                owners = [child, *(c for c in child.children if c.dep_ == "poss")]
                return any(t.lower_ in same for t in owners)
        return False

    def _salient(self, mentions: list[Mention]) -> Mention:
        return next((m for m in mentions if self._subject(m)), mentions[0])


def _marked(text: str, span: TextSpan) -> bool:
    """Whether a span is a direct quote's words: a quote mark stands right before it."""
    return text[max(0, span.start - 1) : span.start] in QUOTE_MARKS
