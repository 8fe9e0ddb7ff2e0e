"""A direct quote with no cue of its own: the speaker it takes from the quote or sentence before."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from reader.analysis.cue_words import WORD
from reader.analysis.headline_cues import link_line, title_cased
from reader.analysis.quote_frames import ABBREVIATIONS, TERMINAL, Draft
from reader.analysis.quote_marks import DOUBLE_MARKS, Quoted, paragraphs
from reader.analysis.speaker_records import Speaker
from reader.analysis.speaker_spans import noun_phrase
from reader.analysis.speakers import SpeakerResolver
from reader.analysis.uncued_frames import scare_short


def inherit(doc: Doc, text: str, drafts: list[Draft], resolver: SpeakerResolver) -> None:
    """A direct quote with no cue of its own continues the speaker of the quote before it
    (direct or reported), in the same paragraph or, when it opens a paragraph, in the previous
    one; a paragraph's quote that the previous paragraph's quote hands on (left open, or closed
    by its cue: _closed_by_its_cue) goes on under that quote's cue. Reported speech of the
    same speaker, or describing somebody, between two quotes
    ('"A," said X, who has challenged Y. "B."') does not take the second quote from the first
    one's cue; a mixed quote between them ('The deal is "a start," she added. "B."') does."""
    # a link to another article set between two paragraphs of a quote does not part them
    starts = [p.start for p in paragraphs(text) if not link_line(text, p.start)]
    previous: Draft | None = None
    quoted: Draft | None = None  # the last direct quote with a speaker
    for draft in drafts:
        if draft.speaker is None and draft.attribution is None and previous is not None \
                and draft.quoted is not None and ((previous.quoted is not None
                                                  and not _set_in_prose(text, draft.quoted,
                                                                        previous))
                                                 or not scare_short(draft.span.of(text))
                                                 or _own_sentence(text, draft.quoted)) \
                and not title_cased(draft.span.of(text)):  # a song's or a book's title
            here = bisect.bisect_right(starts, draft.span.start)
            there = bisect.bisect_right(starts, previous.span.start)
            opens = draft.quoted is not None and draft.quoted.outer.start <= starts[here - 1] + 1
            if here == there:
                source = previous
                if previous.quoted is None and previous.kind != "mixed" and quoted is not None \
                        and bisect.bisect_right(starts, quoted.span.start) == here and (
                        _same(quoted, previous) or _describing(doc, previous)):
                    source = quoted
                answerer = _asked(doc, source, resolver)
                if answerer is not None:  # 'Smith asked Lee ... "..."': Lee answers
                    draft.speaker = answerer
                    continue
                draft.speaker, draft.attribution = source.speaker, source.attribution
            elif here - there == 1 and opens:
                answerer = _asked(doc, previous, resolver)
                draft.speaker = previous.speaker if answerer is None else answerer
                if draft.quoted is not None and (draft.quoted.continued
                                                 or _closed_by_its_cue(doc, text, previous)):
                    draft.attribution = previous.attribution  # one quote over paragraphs
                    previous = draft
                continue  # an inherited speaker is not passed on to later paragraphs
        if draft.speaker is not None:
            previous = draft
            if draft.quoted is not None:
                quoted = draft
        elif _asked(doc, draft, resolver) is not None:
            previous = draft  # 'Lee was asked if ...' passes the next quote to Lee


def _closed_by_its_cue(doc: Doc, text: str, draft: Draft) -> bool:
    """ '"We will not raise fares," the mayor said.' and a paragraph that is only a quote: a
    paragraph closed by the cue of its quote, with no quote after the cue, hands the quote
    that opens the next paragraph on as more of the same statement, under the same cue."""
    quoted = draft.quoted
    if quoted is None or draft.attribution is None:
        return False
    end = text.find("\n", quoted.outer.end)
    end = len(text) if end < 0 else end
    return quoted.outer.end <= doc[draft.attribution.cue[0]].idx < end and not any(
        m in text[quoted.outer.end : end] for m in DOUBLE_MARKS)


def _set_in_prose(text: str, quoted: Quoted, previous: Draft) -> bool:
    """ '"We lost," she said. Sales were "falling slowly".': a few quoted words set inside a
    later sentence of the writer's, after words of its own, are a scare quote, not more of
    what the quote before said."""
    if not scare_short(quoted.content.of(text)) or not text[quoted.content.start].islower():
        return False
    stops = [m.end() for m in TERMINAL.finditer(text, previous.span.end - 1, quoted.outer.start)
             if len(m.group(1)) > 1 and m.group(1).lower() not in ABBREVIATIONS]
    if not stops and previous.quoted is not None and \
            previous.quoted.content.of(text).rstrip()[-1:] in ".!?":
        # '"We lost." Sales were "falling slowly".': the quote before ended its sentence
        stops = [previous.quoted.outer.end]
    return bool(stops) and WORD.search(text, stops[-1], quoted.outer.start) is not None


def _own_sentence(text: str, quoted: Quoted) -> bool:
    """ 'Lee said the plan had failed. "It is over."': a quote, however short, that is a whole
    sentence by itself (a capital to open, a full stop, question or exclamation mark to close,
    and nothing else of its sentence outside the marks) is something said, not a scare quote."""
    content = quoted.content.of(text).rstrip()
    if not content[:1].isupper() or content[-1:] not in ".!?":
        return False
    before = text[max(0, quoted.outer.start - 200) : quoted.outer.start].rsplit("\n", 1)[-1]
    after = text[quoted.outer.end : quoted.outer.end + 200].split("\n", 1)[0].lstrip()
    return (before.strip() == "" or before.rstrip()[-1] in ".!?\"'”’") and (
        after == "" or not after[0].islower())


def _asked(doc: Doc, draft: Draft, resolver: SpeakerResolver) -> Speaker | None:
    """ "Hannity asked Trump how high the wall would be. / "I think ...": the one a question
    is put to, who answers it in the quote that follows ("Trump was asked how high ...": the
    passive's subject); None when the draft asks nobody named."""
    if draft.attribution is None or draft.quoted is not None:
        return None
    cue = doc[draft.attribution.cue[0]]
    if cue.lemma_.lower() != "ask":
        return None
    asked = next((c for c in cue.children if c.dep_ in ("dobj", "dative")
                  and (c.pos_ == "PROPN" or c.lower_ in ("him", "her", "them"))), None)
    if asked is None and any(c.dep_ == "auxpass" for c in cue.children):
        # "Dr Lee was asked if he would stand. "I might."": the one asked answers
        asked = next((c for c in cue.children if c.dep_ == "nsubjpass"
                      and (c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they"))), None)
    return None if asked is None else resolver.resolve(*noun_phrase(asked))


def _describing(doc: Doc, draft: Draft) -> bool:
    """Whether reported speech is the writer's description of somebody ("said Peter Morgan, a
    lawyer who has been challenging the industry"): a cue in a relative clause, or with a
    relative pronoun for its subject."""
    if draft.attribution is None:
        return False
    chain = [doc[draft.attribution.cue[0]]]
    while chain[-1].dep_ == "conj" and chain[-1].head.i < chain[-1].i and \
            chain[-1].head.pos_ in ("VERB", "AUX"):  # "who worked with X and called him ..."
        chain.append(chain[-1].head)
    # 'said X, whom Bush appointed ..., and who now supports Rubio', however it is parsed
    return any(verb.dep_ == "relcl" or any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")
                                           for c in verb.children) for verb in chain)


def _same(a: Draft, b: Draft) -> bool:
    """Whether two drafts have one speaker: the same entity, or else the same name."""
    if a.speaker is None or b.speaker is None:
        return False
    if a.speaker.entity is not None or b.speaker.entity is not None:
        return a.speaker.entity == b.speaker.entity
    return a.speaker.name == b.speaker.name


def lone_speaker(doc: Doc, text: str, draft: Draft, resolver: SpeakerResolver
                 ) -> Speaker | None:
    """ "He shook his head. "Nobody called."": a quote standing alone as a sentence, with no
    cue, said by the person the sentence before it in its paragraph is about, when that
    sentence's subject is a person or a personal pronoun."""
    first = doc.char_span(draft.span.start, draft.span.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    before = doc[first[0].sent.start - 1].sent
    if "\n" in text[before.end_char : draft.span.start]:
        return None  # another paragraph
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"):
        return None
    start, end = noun_phrase(subject)
    speaker = resolver.resolve(start, end)
    return speaker if subject.pos_ != "PRON" or speaker.entity is not None else None
