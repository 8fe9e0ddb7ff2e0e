"""A finished draft as the Quote record shown: its cue with any negation, and its sentences."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from reader.analysis.model import Quote
from reader.analysis.quote_frames import Draft
from reader.document import TextSpan


def quote(doc: Doc, text: str, draft: Draft, sentences: list[Span], starts: list[int]
           ) -> Quote:
    cue = cue_span = None
    if draft.attribution is not None and draft.attribution.cue[1] > draft.attribution.cue[0]:
        words = doc[draft.attribution.cue[0] : draft.attribution.cue[1]]
        cue, cue_span = _negated(words), TextSpan(words.start_char, words.end_char)
    speaker = draft.speaker
    return Quote(span=draft.span, kind=draft.kind,
                 speaker=speaker.name if speaker else None,
                 speaker_span=speaker.span if speaker else None,
                 speaker_entity=speaker.entity if speaker else None,
                 cue=cue, cue_span=cue_span,
                 sentence=_sentence(doc, text, draft.span, sentences, starts))


def _negated(words: Span) -> str:
    """The cue as shown: with its negation ("did not comment", "never said"), so that what
    somebody did not say is not read as what they said."""
    verb = words[0]
    before = [c for c in verb.lefts if c.dep_ in ("neg", "aux")]  # in text order
    if not any(c.dep_ == "neg" for c in before) or any(
            t.is_punct for t in verb.doc[before[0].i : verb.i]):
        return words.text  # '"Absolutely not," she said': the quote's "not", not the cue's
    return verb.doc[before[0].i : words.end].text


def _sentence(doc: Doc, text: str, span: TextSpan, sentences: list[Span], starts: list[int]
              ) -> TextSpan | None:
    """The sentences span runs over; sentences are the Doc's, starts their first tokens (a
    token's sentence is the last that starts at or before it, as Token.sent finds)."""
    first = doc.char_span(span.start, span.end, alignment_mode="expand")
    if first is None:
        return None
    start_sent = sentences[bisect.bisect_right(starts, first.start) - 1]
    end_sent = sentences[bisect.bisect_right(starts, first.end - 1) - 1]
    # a parse's sentence may run over a paragraph break: the quote's stays in its paragraph
    end = text.find("\n", span.end, end_sent.end_char)
    return TextSpan(max(start_sent.start_char, text.rfind("\n", 0, span.start) + 1),
                    end_sent.end_char if end < 0 else end)
