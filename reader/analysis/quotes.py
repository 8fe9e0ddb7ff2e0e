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

import bisect
import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from reader.analysis.cue_spans import Attribution, over_false_break
from reader.analysis.cue_words import WORD
from reader.analysis.cues import SentenceCues, sentence_cues
from reader.analysis.hearsay_cues import claimed_by_nobody
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
from reader.analysis.quote_marks import Quoted, find_quoted
from reader.analysis.quoted_fragments import fragment_dropped, subheading
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
from reader.analysis.signed_tweets import signed_tweets
from reader.analysis.speaker_spans import name_before_cue
from reader.analysis.speakers import Speaker, SpeakerResolver
from reader.document import TextSpan

# Words that may stand between a cue and its quote without making the quote mixed.
LEAD_PREPOSITIONS = frozenset({"for", "of", "about", "on", "against", "to", "with"})
# "that" is not one: 'said that "..."' is reported speech with a quoted clause, a mixed quote.
LEAD_WORDS = LEAD_PREPOSITIONS | {"her", "him", "them", "me", "us", "you", "it", "saying",
                                  "reporters", "as", "follows"}
CLAUSE_AFTER_QUOTE = 3  # words a clause goes on past a quote it opens with, to be mixed
_SET_INSIDE = 3  # words of a quote set inside a claim nobody is named to make
_US = frozenset({"'s", "’s"})  # "let's": a subject the tokenizer splits off, never a name
_WORD_OR_BREAK = re.compile(r"[\w\n]")  # what WORD starts with, or a paragraph break


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
    drafts = _reported(doc, text, found, quoted)
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
        drafts = [d for d in drafts if not any(_share(d.span, t.span) for t in tweets)]
        kept = [d for d in kept if not any(_share(d.span, t.span) for t in tweets)] + tweets
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    said = [_quote(doc, text, draft, sentences, starts)
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


def _reported(doc: Doc, text: str, found: list[Attribution], quoted: list[Quoted]
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
        inner = [q for q in touching if _share(q.content, span) >= 0.5 * len(q.content)
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
    return [q for q in quoted[first:last] if _share(q.outer, span)]


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


def _quote(doc: Doc, text: str, draft: Draft, sentences: list[Span], starts: list[int]
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


def _share(a: TextSpan, b: TextSpan) -> int:
    """How many characters two spans share."""
    return max(min(a.end, b.end) - max(a.start, b.start), 0)
