"""Document-level repairs of the model's mentions: one type a name, headline verbs, missed names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TypeVar

from reader.analysis.entities import CLOCK_WORDS, TIME_ZONES
from reader.analysis.entity_spans import RawMention
from reader.analysis.person_words import PERSON_TITLES
from reader.document import TextSpan

LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_WORD_START = re.compile(r"[A-Z0-9][\w.&'’-]*")
# a lower-case word; the word boundary before it is asked after its first letter (no word
# character before that), which halves the search's time over a text
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z'’-]*\b")
_SENTENCE_END = frozenset(".!?\n\"“”:;")
_BEFORE_NAME = frozenset({"the", "a", "an"}) | PERSON_TITLES
# one-word names that are also calendar words are not searched for: "In May" is not Theresa May
CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december", "monday", "tuesday",
                      "wednesday", "thursday", "friday", "saturday", "sunday"})
Tally = dict[str, float]  # label -> weight
K = TypeVar("K")


@lru_cache(maxsize=4096)  # a name recurs in a text: each surface is keyed once
def surface_key(surface: str) -> str:
    """How a surface is compared for typing: casefolded, without "the" or a possessive."""
    surface = LEADING_THE.sub("", surface.strip())
    for ending in ("'s", "’s"):
        surface = surface.removesuffix(ending)
    return " ".join(surface.split()).casefold()


def resolve_headline_trims(text: str, raw: Sequence[RawMention]) -> list[RawMention]:
    """Drop a headline verb absorbed into a name ("Putin Ramps") where the shorter name is found
    elsewhere in the document, alone or ending a longer name, and the longer one is not; and
    common words opening one ("Jupiter's Moon Europa") where the rest is named alone."""
    counts = Counter(surface_key(m.span.of(text)) for m in raw)
    # a surname stands for the full name it ends ("Trump Slams ..." and "Donald Trump")
    known = set(counts) | {key.split()[-1] for key in counts if len(key.split()) > 1}
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in raw:
        labels[surface_key(mention.span.of(text))][mention.label] += 1
    fixed: list[RawMention] = []
    for mention in raw:
        if mention.shorter and counts[surface_key(mention.span.of(text))] == 1:
            found = [s for s in mention.shorter if surface_key(s.of(text)) in (
                known if s.start == mention.span.start else counts)]  # cut in front: named alone
            if found:
                # the model typed the longer words: the shorter name's own mentions tell its type
                usual = labels.get(surface_key(found[0].of(text)))
                label = usual.most_common(1)[0][0] if usual else mention.label
                mention = replace(mention, span=found[0], shorter=(), label=label)
        fixed.append(mention)
    return fixed


def vote_labels(text: str, raw: Iterable[RawMention]) -> dict[str, Tally]:
    """For each surface key, the weight of every label: the model's label counts one a mention,
    context cues ("the city of X", "Mr. X", "X Inc.") count more."""
    tallies: dict[str, Tally] = defaultdict(dict)
    for mention in raw:
        add_votes(tallies[surface_key(mention.span.of(text))],
                  ((mention.label, 1.0), *mention.votes))
    return tallies


def add_votes(tally: Tally, votes: Iterable[tuple[str, float]]) -> None:
    for label, weight in votes:
        tally[label] = tally.get(label, 0.0) + weight


def winner(tally: Mapping[str, float]) -> str:
    """The label with the most weight; ties go to the label seen first."""
    return max(tally, key=tally.__getitem__)


@lru_cache(maxsize=1)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words text writes in lower case, read once for the document's several searches."""
    return frozenset(_LOWER_WORD.findall(text))


class MissedNames:
    """Finds further mentions of known names the model passed over, by exact match on word
    boundaries, in one linear scan of the text."""

    def __init__(self, text: str, taken: Iterable[TextSpan]) -> None:
        self.text = text
        self._covered = bytearray(len(text))
        for span in taken:
            self._covered[span.start : span.end] = b"\x01" * len(span)

    def find(self, forms: Mapping[str, K]) -> list[tuple[TextSpan, K]]:
        """(span, owner) for each unclaimed occurrence of a form; forms maps surface -> owner."""
        by_first: dict[str, list[str]] = defaultdict(list)
        for form in sorted(forms, key=len, reverse=True):
            if form.lower() in CALENDAR:
                continue
            by_first[form.split()[0].rstrip(".'’")].append(form)
        found: list[tuple[TextSpan, K]] = []
        for match in _WORD_START.finditer(self.text):
            word = match.group()
            candidates = by_first.get(word.rstrip(".'’-")) or by_first.get(word)
            for form in candidates or ():
                span = self._match(match.start(), form)
                if span is not None:
                    found.append((span, forms[form]))
                    self._covered[span.start : span.end] = b"\x01" * len(span)
                    break
        return found

    def _match(self, start: int, form: str) -> TextSpan | None:
        end = start + len(form)
        text = self.text
        if not text.startswith(form, start) or (end < len(text) and text[end].isalnum()):
            return None
        if any(self._covered[start:end]) or self._next_capitalised(end):
            return None
        if not self._free_before(start, form) or self._zone_of_time(start, form):
            return None
        return TextSpan(start, end)

    def _zone_of_time(self, start: int, form: str) -> bool:
        """ "19:45 BST" where the text names a body "BST" too: a time zone after a time."""
        if form not in TIME_ZONES:
            return False
        previous = self.text[max(0, start - 20) : start].split()[-1:]
        return bool(previous) and (any(c.isdigit() for c in previous[0])
                                   or previous[0].lower() in CLOCK_WORDS)

    def _next_capitalised(self, end: int) -> bool:
        rest = self.text[end : end + 40]
        stripped = rest.lstrip(" \t")
        return len(stripped) < len(rest) and stripped[:1].isupper()

    def _free_before(self, start: int, form: str) -> bool:
        """No capitalised word runs into the match, save a title or a sentence opening; and a
        one-word name opening a sentence is not also an ordinary lower-case word here."""
        head = self.text[max(0, start - 60) : start]
        stripped = head.rstrip(" \t")
        if stripped and stripped[-1].isalnum() and len(stripped) < len(head):
            previous = stripped.split()[-1]
            before = stripped[: -len(previous)].rstrip()
            opening = not before or before[-1] in _SENTENCE_END
            if previous[0].isupper() and previous.rstrip(".").lower() not in _BEFORE_NAME \
                    and not opening:
                return False
            return not (opening and " " not in form and self._common_word(form))
        opening = not stripped or stripped[-1] in _SENTENCE_END
        return not (opening and " " not in form and self._common_word(form))

    def _common_word(self, form: str) -> bool:
        return form.lower() in _lower_case_words(self.text)
