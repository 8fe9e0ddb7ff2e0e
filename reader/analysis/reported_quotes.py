"""Reported and mixed speech: the cues whose content is not just one direct quote, as drafts."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from reader.analysis.cue_spans import Attribution, over_false_break
from reader.analysis.cue_words import WORD
from reader.analysis.hearsay_cues import claimed_by_nobody
from reader.analysis.quote_frames import Draft
from reader.analysis.quote_marks import Quoted
from reader.analysis.reported_spans import (
    colon_statement,
    in_paragraph,
    past_colon,
    past_dateline,
    quote_after_colon,
    says_nothing,
    with_marks,
    with_quote_joined,
)
from reader.document import TextSpan

# Words that may stand between a cue and its quote without making the quote mixed.
LEAD_PREPOSITIONS = frozenset({"for", "of", "about", "on", "against", "to", "with"})
# "that" is not one: 'said that "..."' is reported speech with a quoted clause, a mixed quote.
LEAD_WORDS = LEAD_PREPOSITIONS | {"her", "him", "them", "me", "us", "you", "it", "saying",
                                  "reporters", "as", "follows"}
CLAUSE_AFTER_QUOTE = 3  # words a clause goes on past a quote it opens with, to be mixed
_SET_INSIDE = 3  # words of a quote set inside a claim nobody is named to make
_WORD_OR_BREAK = re.compile(r"[\w\n]")  # what WORD starts with, or a paragraph break


def reported(doc: Doc, text: str, found: list[Attribution], quoted: list[Quoted]
              ) -> list[Draft]:
    """Reported and mixed speech: cues with a content that is not just one direct quote."""
    drafts = []
    outers_quoted = sorted(quoted, key=lambda q: q.outer.start)
    outers = [q.outer for q in outers_quoted]
    openers = [o.start for o in outers]
    closers = [o.end for o in outers]
    for attribution in found:
        if attribution.content is None:
            colon = colon_statement(doc, text, attribution)
            if colon is None:
                continue
            span = colon
        elif _before_quote(doc, text, attribution, openers, outers):
            continue
        else:
            span = in_paragraph(text, TextSpan(*attribution.content),
                                 doc[attribution.cue[0]].idx)
            span = over_false_break(doc, text, past_colon(doc, text, span))
            if says_nothing(doc, span):
                continue  # "they called for more": the parse left "for" alone
            span = past_dateline(doc, span)
            after = bisect.bisect_left(openers, span.end)  # ', but "..."' may go on
            span = with_quote_joined(doc, text, span, attribution,
                                     outers_quoted[after] if after < len(outers) else None)
        touching = _touching(quoted, openers, closers, span)
        span = quote_after_colon(text, span, doc[attribution.cue[0]].idx, touching)
        if touching and _only_quoted(text, span, touching, _own_words(doc, attribution)):
            continue  # the content is a direct quote: the cue attributes it
        if attribution.speaker is None and not claimed_by_nobody(doc[attribution.cue[0]]) and (
                _around_quote(doc, text, span, touching, attribution, found)
                or not _unattributed_claim(doc, attribution)):
            continue  # an unattributed claim around a quote leaves it to its own cue
        # a quote that opens inside the clause is part of it, wherever the parse cut it off
        inner = [q for q in touching if share(q.content, span) >= 0.5 * len(q.content)
                 or (span.start < q.outer.start < span.end
                     and not _after_colon(text, q.outer.start))]
        if inner:
            start = min(span.start, *(q.content.start for q in inner))
            end = max(span.end, *(q.content.end for q in inner))
            span = with_marks(TextSpan(start, end), inner)
        drafts.append(Draft(span, "mixed" if inner else "indirect", attribution, absorbed=inner))
    return [d for d in _first_of_each_span(drafts) if not _relayed(doc, d, drafts, found)]


def _touching(quoted: list[Quoted], openers: list[int], closers: list[int], span: TextSpan
              ) -> list[Quoted]:
    """The quotes whose marks share characters with span, in order. find_quoted's stretches
    are the outermost, in text order, so they do not overlap: their starts (openers) and ends
    (closers) both rise, and those touching span lie between two bisections. The quotes inside
    a span are among them too: a quote's content lies within its marks."""
    first = bisect.bisect_right(closers, span.start)
    last = bisect.bisect_left(openers, span.end)
    return [q for q in quoted[first:last] if share(q.outer, span)]


def _after_colon(text: str, position: int) -> bool:
    """Whether the last character before position that is no space is a colon."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position > 0 and text[position - 1] == ":"


def _first_of_each_span(drafts: list[Draft]) -> list[Draft]:
    """ "expressed concern that ...": a cue noun and the verb it is the object of report the
    same words, which are one quote, given to the first cue."""
    seen: set[TextSpan] = set()
    kept = []
    for draft in drafts:
        if draft.span not in seen:
            seen.add(draft.span)
            kept.append(draft)
    return kept


def _around_quote(doc: Doc, text: str, span: TextSpan, touching: list[Quoted],
                  attribution: Attribution, found: list[Attribution]) -> bool:
    """Whether a claim with nobody named to make it reaches into a quote, which is then left to
    its own cue: unless the quote is a few words set inside the claim, as a term or a word
    somebody used ('was said to be "furious" with Trump'), and no other cue inside reports it
    ('is reported to have called the Saudis "free riders"')."""
    if not touching:
        return False
    if any(other is not attribution and span.start <= doc[other.cue[0]].idx < span.end
           for other in found):
        return True
    return any(not (span.start < q.outer.start and q.outer.end <= span.end
                    and len(WORD.findall(q.content.of(text))) <= _SET_INSIDE) for q in touching)


def _unattributed_claim(doc: Doc, attribution: Attribution) -> bool:
    """ "It is alleged that ...", "He is expected to win", "Peacekeepers were accused of
    hurting civilians", "calls to set up an inquiry": a claim reported in the passive or by
    a noun, with nobody named, is still a claim to show when it is a clause."""
    cue = doc[attribution.cue[0]]
    if attribution.content is None or not (cue.pos_ in ("NOUN", "ADJ") or any(
            c.dep_ in ("nsubjpass", "auxpass", "expl") or c.lower_ == "it" for c in cue.children)):
        return False  # an active verb with no speaker is a parse that lost its subject
    content = doc.char_span(*attribution.content, alignment_mode="expand")
    return content is not None and len(content) >= 3 and any(
        t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in content)


def _own_words(doc: Doc, attribution: Attribution) -> list[TextSpan]:
    """Where the cue and its speaker stand: '"A," he said, "B."' is all quote around them."""
    ranges = [attribution.cue] + ([attribution.speaker] if attribution.speaker else [])
    return [TextSpan(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in ranges if b > a]


def _only_quoted(text: str, span: TextSpan, quoted: list[Quoted], own: list[TextSpan]) -> bool:
    """Whether a cue's content is its quote: 'told her, "[y]ou ..."' and 'call for "urgent ..."'
    quote whole; 'said that "there were issues"' mixes the writer's clause with a quoted piece."""
    pieces, position = [], span.start
    for q in sorted([q.outer for q in quoted] + own):
        pieces.append(text[position : max(position, min(q.start, span.end))])
        position = max(position, q.end)
    pieces.append(text[position : max(position, span.end)])
    words = {w.lower() for w in WORD.findall(" ".join(pieces))}
    first = text[quoted[0].content.start]
    allowed = LEAD_WORDS if first.isupper() or first == "[" else LEAD_PREPOSITIONS
    return words <= allowed


def _before_quote(doc: Doc, text: str, attribution: Attribution, openers: list[int],
                  outers: list[TextSpan]) -> bool:
    """A cue right before a quote ('X said "...'), whatever the parse made its content, unless
    the clause goes on well past the quote ('said "budget reforms" and new taxes would pay')."""
    end = doc[attribution.cue[1] - 1].idx + len(doc[attribution.cue[1] - 1])
    index = bisect.bisect_left(openers, end)
    if index == len(openers):
        return False
    if _WORD_OR_BREAK.search(text, end, openers[index]):
        return False  # words or a paragraph break between cue and quote
    content = attribution.content
    if content is None:
        return True
    if content[0] <= openers[index] < content[1]:
        return False
    return len(WORD.findall(text[outers[index].end : content[1]])) < CLAUSE_AFTER_QUOTE


def _relayed(doc: Doc, draft: Draft, drafts: list[Draft], found: list[Attribution]) -> bool:
    """ "according to a newspaper, X said ...", '"...," X said, according to a statement':
    the newspaper or statement relays X's words; X is the one quoted."""
    if draft.attribution is None or doc[draft.attribution.cue[0]].lower_ != "according":
        return False
    return any(other is not draft and other.attribution is not None
               and draft.span.contains(other.span) for other in drafts) or any(
        other is not draft.attribution and other.speaker is not None
        and draft.span.start <= doc[other.cue[0]].idx < draft.span.end for other in found)


def share(a: TextSpan, b: TextSpan) -> int:
    """How many characters two spans share."""
    return max(min(a.end, b.end) - max(a.start, b.start), 0)
