"""Quotes with their speakers: direct quotes by their marks, reported and mixed speech by parse.

Choices worth knowing:
- A quote nested inside another is part of the outer quote, not a quote of its own.
- A quote that runs over several paragraphs is yielded one piece a paragraph; a piece with no
  cue of its own takes the speaker of the quote before it.
- A reported clause that contains a quoted fragment is one "mixed" quote over the whole clause,
  and so is 'said that "..."' and a quote that goes on a clause its sentence began ('Mills "got
  a deal," Jordan said'), as PolNeAR annotates them. A short quoted fragment (a scare quote)
  elsewhere in a sentence that has a speaker is a "direct" quote of that speaker; one in a
  sentence without a speaker ("Fox News Sunday"), in a headline, or standing alone with nobody to
  say it, is no quote; nor is a longer phrase in lower case that the writer's sentence borrows
  and that ends no sentence, with nobody to say it.
- Speech reported inside a direct quote, or inside what somebody else is reported to say ("He
  said she hopes to win") or a claim with nobody named ("It is clear that voters want ..."),
  belongs to it and is not yielded again. A claim reported with nobody named ("It is alleged
  that ...", "were accused of ...") is a quote without speaker when it is a clause of a
  claiming cue; other speech with nobody saying it is not yielded.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from reader.analysis.cue_spans import Attribution
from reader.analysis.cue_words import WORD
from reader.analysis.cues import SentenceCues, sentence_cues
from reader.analysis.model import Entity, Quote
from reader.analysis.quote_frames import (
    FRAME_WORDS,
    Draft,
    attribute_direct,
    clause_openers,
    inside_any,
)
from reader.analysis.quote_inheritance import inherit
from reader.analysis.quote_joins import joined
from reader.analysis.quote_labels import labelled, signed
from reader.analysis.quote_marks import find_quoted
from reader.analysis.quote_records import quote
from reader.analysis.quoted_fragments import fragment_dropped, subheading
from reader.analysis.reported_quotes import reported, share
from reader.analysis.signed_tweets import signed_tweets
from reader.analysis.speaker_records import Speaker
from reader.analysis.speaker_spans import name_before_cue
from reader.analysis.speakers import SpeakerResolver
from reader.document import TextSpan

_US = frozenset({"'s", "’s"})  # "let's": a subject the tokenizer splits off, never a name


def extract_quotes(doc: Doc, entities: Sequence[Entity], text: str | None = None,
                   cues: SentenceCues | None = None) -> Iterator[Quote]:
    """Every quote of the doc, in text order, with its speaker resolved to an entity where can;
    text is the Doc's text where the caller has it (Doc.text joins every token again), and
    cues the sentence_cues the caller kept for the Doc (the numbers read them first)."""
    yield from read_quotes(doc, entities, text, cues)[0]


def read_quotes(doc: Doc, entities: Sequence[Entity], text: str | None = None,
                cues: SentenceCues | None = None) -> tuple[list[Quote], dict[str, str | None]]:
    """The quotes of extract_quotes, and the sexes their speakers' he and she were resolved
    with (SpeakerResolver.sexes), for the events to resolve theirs alike."""
    if text is None:
        text = doc.text
    if cues is None:
        cues = sentence_cues(text)
    quoted = [q for q in find_quoted(text) if _words_of_somebody(q.content.of(text))]
    contents = [q.content for q in quoted]
    found = [a for sent in doc.sents for a in cues(sent)
             if not inside_any(doc[a.cue[0]].idx, contents)]
    reporters = _reporters(doc, found)
    found = [a for a in found if not _nested(doc, a, reporters, contents)
             and not _to_the_reader(doc, a)]
    drafts = reported(doc, text, found, quoted)
    # a speaker is seldom somebody named inside what is quoted or reported
    resolver = SpeakerResolver(doc, entities, excluded=contents + [d.span for d in drafts],
                               text=text)
    absorbed = {id(q) for d in drafts for q in d.absorbed}
    direct = [Draft(q.content, "direct", quoted=q) for q in quoted if id(q) not in absorbed]
    used = {id(d.attribution) for d in drafts}
    attribute_direct(doc, text, direct, [a for a in found if id(a) not in used], quoted)
    drafts.extend(labelled(doc, text, direct, resolver))
    cued = [(d, _cue_position(doc, d)) for d in drafts]
    drafts = [d for d, cue in cued if not _in_other(d, cue, cued)]
    direct = _outside_labelled(direct, drafts)
    signed(doc, text, direct, resolver)
    clause_openers(doc, text, direct)
    _resolve(doc, drafts + direct, resolver, contents)
    inherit(doc, text, sorted(drafts + direct, key=lambda d: d.span.start), resolver)
    kept = [d for d in direct if not fragment_dropped(doc, text, d, drafts, resolver)
            and not subheading(text, d, quoted)]
    tweets = list(signed_tweets(doc, text, resolver))
    if tweets:  # what a tweet says inside is part of the tweet
        drafts = [d for d in drafts if not any(share(d.span, t.span) for t in tweets)]
        kept = [d for d in kept if not any(share(d.span, t.span) for t in tweets)] + tweets
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    said = [quote(doc, text, draft, sentences, starts)
            for draft in sorted(drafts + kept, key=lambda d: (d.span.start, d.span.end))
            if not _says_itself(draft)]
    return joined(text, said), resolver.sexes


def _says_itself(draft: Draft) -> bool:
    """ "School 'smartphone ban' criticised": words that lie wholly inside their own speaker's
    are a misread passive headline, nobody's quote."""
    speaker = draft.speaker.span if draft.speaker else None
    return speaker is not None and speaker.start <= draft.span.start and \
        draft.span.end <= speaker.end


def _to_the_reader(doc: Doc, attribution: Attribution) -> bool:
    """ "If you plan to retire early, you need ...": outside quote marks, what "you" think or
    say is the writer speaking to the reader, attributed to nobody; so is a question the
    parse gave "what" as a speaker ("WHAT SAY YOU, JURY?"), and what an imperative tells
    the reader ("..., so be sure to book early")."""
    if attribution.speaker is None:
        return False
    start, end = attribution.speaker
    return (end - start == 1 and doc[start].lower_ in ("you", "what", "whatever")) or \
        _imperative(doc[attribution.cue[0]])


# Words after which a bare verb opens a clause of its own ("..., so be sure to book").
_CLAUSE_OPENERS = frozenset({",", ";", "so", "then"})


def _imperative(cue: Token) -> bool:
    """ "Prices drop before the holidays, so be sure to check often": a verb in its bare form
    with no subject, opening a clause after a comma or "so", tells the reader what to do; it
    shares no subject with the clause before it."""
    verb = cue.head if cue.dep_ == "acomp" else cue
    return verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj") and verb.i > 0 and \
        verb.doc[verb.i - 1].lower_ in _CLAUSE_OPENERS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children) \
        and not (verb.dep_ == "conj" and any(c.dep_ == "aux" for c in verb.head.children))


def _outside_labelled(direct: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """ "Mayor: the council must 'stop wasting time' on parking": a quote inside a
    labelled statement is part of it, which becomes mixed."""
    labels = [d for d in drafts if d.kind == "indirect" and d.attribution is not None
              and d.attribution.content is None]
    kept = []
    for draft in direct:
        owner = next((d for d in labels if d.span.contains(draft.span)), None)
        if owner is None:
            kept.append(draft)
        else:
            owner.kind = "mixed"
    return kept


def _words_of_somebody(content: str) -> bool:
    """Whether a quoted stretch has words, and is no stage direction ("(CROSSTALK.)")."""
    stage = content.startswith("(") and content.rstrip(".").endswith(")")
    return WORD.search(content) is not None and not stage


def _reporters(doc: Doc, found: list[Attribution]) -> list[tuple[Attribution, int, int, int]]:
    """The cues with a speaker and a content, each with its content's start and end and its
    cue's position: those that may report another cue's speech (_nested)."""
    return [(a, a.content[0], a.content[1], doc[a.cue[0]].idx) for a in found
            if a.speaker is not None and a.content is not None]


def _nested(doc: Doc, attribution: Attribution,
            reporters: list[tuple[Attribution, int, int, int]], contents: list[TextSpan]) -> bool:
    """ "He said she hopes to win", "The coach hopes that the new owner will ...": speech or
    thought reported inside what somebody else is reported to say is part of it, not a quote of
    its own. Where the parse has each cue inside the other's clause ("Officials felt it would
    work, he said"), the later cue is the one that reports. reporters: from _reporters."""
    position = doc[attribution.cue[0]].idx
    return any(start <= position < end and other is not attribution and not (
        _inside(there, attribution) and there < position)
        and not (doc[other.cue[0]].lower_ == "according" and _frames_quote(attribution, contents))
        for other, start, end, there in reporters)


def _frames_quote(attribution: Attribution, contents: list[TextSpan]) -> bool:
    """ '"...," he told them, according to a statement': a cue whose content is a quote of
    its own, which the source relays and does not absorb."""
    content = attribution.content
    return content is not None and any(c.start <= content[0] and content[1] <= c.end
                                       for c in contents)


def _in_other(draft: Draft, cue: int | None, drafts: list[tuple[Draft, int | None]]) -> bool:
    """ "It is obvious that voters want to know ...", "criticized for rules that landlords see
    as ...", 'X added: ... as my colleague noted, ...': speech reported inside a claim with
    nobody named, or inside what another cue reports once its span is drawn in full (past a
    colon, to its sentence's end), is part of it. Of two cues inside each other's span, the
    later one reports, as in _nested. cue is the draft's cue position, and drafts come with
    theirs (_cue_position)."""
    if cue is None:
        return False
    for other, there in drafts:
        if other is draft or there is None or not other.span.start <= cue < other.span.end:
            continue
        if not (draft.span.start <= there < draft.span.end and there < cue):
            return True
    return False


def _cue_position(doc: Doc, draft: Draft) -> int | None:
    return None if draft.attribution is None else doc[draft.attribution.cue[0]].idx


def _inside(position: int, attribution: Attribution) -> bool:
    content = attribution.content
    return content is not None and content[0] <= position < content[1]


def _resolve(doc: Doc, drafts: list[Draft], resolver: SpeakerResolver,
             contents: list[TextSpan]) -> None:
    for draft in drafts:
        if draft.speaker is None and draft.attribution and draft.attribution.speaker:
            start, end = draft.attribution.speaker
            if inside_any(doc[start].idx, contents):  # a parse that took quoted words
                found = name_before_cue(doc, draft.attribution.cue[0], contents, FRAME_WORDS)
                if found is None:
                    continue
                start, end = found
            # nobody speaks of themselves by name: not who a direct quote names
            draft.speaker = resolver.resolve(start, end, draft.span if draft.kind == "direct"
                                             else None)
            if end - start == 1 and doc[start].lower_ in _US:
                # "Let's hope ...": the clitic is "us", the writer with the reader
                draft.speaker = Speaker("we", None, draft.speaker.span)
