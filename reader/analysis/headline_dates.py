"""A headline's undated events, dated by the opening sentences that tell the same action."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from reader.analysis.model import Event
from reader.analysis.time_scope import modifies_noun
from reader.document import TextSpan

# How many sentences after the headline the lede runs to, for a headline's action.
LEDE_SENTENCES = 3


def dated_by_lede(doc: Doc, events: Sequence[Event],
                  in_headline: Callable[[Token], bool]) -> list[Event]:
    """ "CPD arrests six in drug investigation" over "Police arrested six people Monday": a
    headline tells in the present what its lede tells with a time, so an action of the
    headline lines at the top that has no time of its own takes the time and date of the
    same action (its verb's lemma) in the first LEDE_SENTENCES sentences below them, told in a
    clause of its own: one describing a noun is an aside ("Lee sets sights on record" is not
    told by "a record held by Ray, who set it in 2003")."""
    heads: list[tuple[int, Event, str]] = []
    for number, event in enumerate(events):
        verb = _verb(doc, event)
        if verb is None or not in_headline(verb):
            break
        heads.append((number, event, verb.lemma_.lower()))
    if not heads:
        return list(events)
    lede_sentences: list[TextSpan | None] = []
    dated: dict[str, Event] = {}
    for event in events[len(heads):]:
        if event.sentence not in lede_sentences:
            if len(lede_sentences) == LEDE_SENTENCES:
                break
            lede_sentences.append(event.sentence)
        verb = _verb(doc, event)
        if verb is not None and event.when is not None and event.date is not None \
                and not modifies_noun(verb):
            dated.setdefault(verb.lemma_.lower(), event)
    found = list(events)
    for number, event, lemma in heads:
        source = dated.get(lemma)
        if event.when is None and source is not None:
            found[number] = replace(event, when=source.when, date=source.date)
    return found


def _verb(doc: Doc, event: Event) -> Token | None:
    """The verb an event's action ends on ("has arrested": "arrested")."""
    words = doc.char_span(event.action_span.start, event.action_span.end,
                          alignment_mode="expand")
    return None if words is None or not len(words) else words[-1]
