"""Who the sentence says claims a figure: the speaker of its sentence or of its quote."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from reader.analysis.cues import SentenceCues
from reader.analysis.model import NumberMention, Quote
from reader.analysis.number_context import NOUNS
from reader.analysis.number_words import FRACTIONS, TENS, UNITS

_DETERMINERS = frozenset({"the", "a", "an"})
# Heads of a share of people: "a majority", "43 per cent", "a total of 53%".
_SHARE_WORDS = frozenset({"cent", "percent", "majority", "minority", "total"})
_FIGURE = re.compile(r"[\d.,]+%?$")
_SHARE_LEADS = frozenset({"a", "an", "the", "some", "just", "almost", "nearly", "about",
                          "around", "only", "over", "under"})


@dataclass(frozen=True, slots=True)
class Claim:
    """Who a sentence says claims something, and the characters it covers (None: the sentence)."""

    speaker: str
    speaker_chars: tuple[int, int]
    content: tuple[int, int] | None


def claims(sent: Span, cues: SentenceCues) -> list[Claim]:
    """Who the sentence attributes its content to ("police said", "according to officials");
    cues gives a sentence's attributions (a sentence_cues memo)."""
    doc = sent.doc
    found: list[Claim] = []
    for attribution in cues(sent):
        speaker_range = attribution.speaker or _words_before(doc, attribution.cue[0], sent.start)
        if speaker_range is None:
            continue
        start, end = speaker_range
        while start < end - 1 and doc[start].lower_ in _DETERMINERS:
            start += 1
        speaker = doc[start:end]
        if _a_share(speaker):
            continue  # "32% said he was right and 38% disagreed": a poll's finding, no claim
        according = doc[attribution.cue[0]].lower_ == "according"
        content = None if according else attribution.content
        found.append(Claim(speaker.text, (speaker.start_char, speaker.end_char), content))
    return found


def _a_share(speaker: Span) -> bool:
    """Whether who speaks is a figure: a share or a count of those polled ("32%", "one in four",
    "three quarters", "a majority, 52%,"), who tell what they think, not where figures come
    from."""
    root = speaker.root
    return root.like_num or root.text == "%" or root.lower_ in FRACTIONS or \
        root.lower_ in _SHARE_WORDS


def _a_share_named(speaker: str) -> bool:
    """Whether a speaker's name is a figure ("32%", "Three quarters", "One in four")."""
    words = speaker.lower().split()
    while len(words) > 1 and words[0] in _SHARE_LEADS:
        words = words[1:]
    return all(w in UNITS or w in TENS or w in FRACTIONS or w in _SHARE_WORDS
               or w in ("in", "per", "%") or _FIGURE.match(w) for w in words)


def _words_before(doc: Doc, cue: int, sent_start: int) -> tuple[int, int] | None:
    """The names right before a cue the parser left without a subject ("..., governor Oleh
    Syniehubov said")."""
    start = cue
    while start > sent_start and cue - start < 6 and doc[start - 1].pos_ in (
            "PROPN", "NOUN", "ADJ") and doc[start - 1].dep_ != "pobj":
        start -= 1
    has_name = any(doc[k].pos_ in NOUNS for k in range(start, cue))
    return (start, cue) if has_name and doc[cue].pos_ == "VERB" else None


def claimant(found: list[Claim], start: int, end: int) -> str | None:
    """The speaker whose claim covers the characters [start, end), the narrowest first."""
    best: Claim | None = None
    for claim in found:
        if claim.speaker_chars[0] < end and start < claim.speaker_chars[1]:
            continue  # the figure is part of who speaks ("22 officials said")
        covers = claim.content is None or (claim.content[0] <= start and end <= claim.content[1])
        if covers and (best is None or _width(claim) < _width(best)):
            best = claim
    return best.speaker if best is not None else None


def _width(claim: Claim) -> int:
    if claim.content is None:
        return 10**9  # "according to" covers the whole sentence: the last resort
    return claim.content[1] - claim.content[0]


def with_speakers(numbers: Sequence[NumberMention], quotes: Sequence[Quote]
                  ) -> list[NumberMention]:
    """Each figure said inside a quote claimed by the quote's speaker as resolved ("over 100
    games," says Ward: Lewis Ward, not the "I" of the quote or the "he" of its cue), the
    narrowest quote first; other figures keep the claimant their sentence gave them."""
    spoken = sorted((q for q in quotes if q.speaker is not None and not _a_share_named(q.speaker)),
                    key=lambda q: len(q.span))
    found = []
    for number in numbers:
        quote = next((q for q in spoken if any(
            p.start <= number.span.start and number.span.end <= p.end for p in q.quoted())), None)
        found.append(number if quote is None else replace(number, claimant=quote.speaker))
    return found
