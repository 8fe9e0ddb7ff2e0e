"""Giving direct quotes their cue: beside them, a colon, a label, a signature, the quote before."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import EVIDENCE, WORD
from reader.analysis.headline_cues import link_line, title_cased
from reader.analysis.interview_labels import (
    ANSWER,
    QUESTION,
    interview,
    interview_speaker,
    interviewee,
)
from reader.analysis.quote_marks import DOUBLE_MARKS, Quoted, paragraphs
from reader.analysis.speaker_spans import noun_phrase
from reader.analysis.speakers import Speaker, SpeakerResolver
from reader.analysis.uncued_frames import scare_short, uncued_frame
from reader.document import TextSpan

# What finds something and may label what it found ("Poll: Voters Lean Left").
_FINDINGS = EVIDENCE - {"it", "number", "figure", "record", "document", "video", "footage"}
FRAME_WORDS = 12  # how far from its quote a cue may stand ("said Mr. Smith, the ...")
_WORDY = re.compile(r"[^\W\d_]{2,}")  # a word of letters: what a label is followed by
_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
_SIGNATURE = re.compile(r"\s*[―—–-]+\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})[\s.,]*$")
_TERMINAL = re.compile(r"(\w*)[.!?](?=[\s\"'”’»]|$)")
# US states as news style abbreviates them ("Sen. Ted Cruz, R-Tex., said").
STATE_ABBREVIATIONS = frozenset({
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d",
    "r.i", "s.c", "s.d", "w.va", "d.c",
})
# Abbreviations whose full stop ends no sentence.
ABBREVIATIONS = frozenset({"mr", "ms", "mrs", "dr", "st", "sen", "gov", "rep", "gen", "lt", "col",
                           "sgt", "capt", "jr", "sr", "prof", "rev", "hon", "no", "vs", "inc",
                           "corp", "co", "ltd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"}
                          | STATE_ABBREVIATIONS)


@dataclass(slots=True)
class Draft:
    """A quote being built: its span and kind, and what attributes it so far."""

    span: TextSpan
    kind: str
    attribution: Attribution | None = None
    speaker: Speaker | None = None
    quoted: Quoted | None = None
    absorbed: list[Quoted] = field(default_factory=list)


def attribute_direct(doc: Doc, text: str, direct: list[Draft], found: list[Attribution],
                     quoted: list[Quoted]) -> None:
    """Give each direct quote the cue standing beside it ("...," he said / Smith said: "...")."""
    outers = [q.outer for q in quoted]
    cues = [(a, doc[a.cue[0]].idx, _described(doc, a)) for a in found]  # read once, not per quote
    for draft in direct:
        assert draft.quoted is not None
        best: tuple[int, Attribution] | None = None
        for attribution, cue_start, described in cues:
            distance = _frame_distance(text, draft.quoted, cue_start, outers, described)
            if distance is None:
                continue
            adjacent = cue_start < draft.quoted.outer.start and distance <= 1  # said "...
            if attribution.content is not None and not adjacent and not overlaps(
                    attribution.content, draft.quoted.outer) and not _quoted_content(
                    attribution.content, outers):
                continue  # the cue has a content of its own: reported speech, not this quote
            if best is None or distance < best[0]:
                best = (distance, attribution)
        if best is not None:
            draft.attribution = best[1]
        else:
            draft.attribution = uncued_frame(doc, text, draft.quoted)


def _quoted_content(content: tuple[int, int], outers: list[TextSpan]) -> bool:
    """Whether what the parse made a cue's clause is another piece of quote ('"A," he said,
    "B."'): the cue frames every piece then, not a reported clause."""
    return any(o.start <= content[0] and content[1] <= o.end for o in outers)


def _described(doc: Doc, attribution: Attribution) -> int:
    """How many words the speaker takes with its description ("Leonard E. Burman, director of
    the ... Center,"): they stand between a quote and its cue without pushing the cue away."""
    if attribution.speaker is None:
        return 0
    root = doc[attribution.speaker[0] : attribution.speaker[1]].root
    return sum(1 for t in doc[root.left_edge.i : root.right_edge.i + 1] if t.is_alpha)


def _frame_distance(text: str, quoted: Quoted, position: int,
                    outers: list[TextSpan], described: int = 0) -> int | None:
    """How many words separate a cue at position from the quote, when it stands in its frame:
    the same paragraph and sentence, with no other quote or sentence end between them."""
    outer = quoted.outer
    if outer.start <= position < outer.end:
        return None
    after = position >= outer.end
    start, end = (outer.end, position) if after else (position, outer.start)
    if text.find("\n", start, end) >= 0:
        return None  # another paragraph
    between = text[start:end]
    if after and _finished(text, quoted) and between.strip() and \
            not between.strip()[:1].islower():
        return None  # "... it." He said: a new sentence, not this quote's cue
    if after and _stopped_inside(text, outer, between):
        return None  # 'a "holy war". He added': the stop after the mark ends the sentence
    if _ends_sentence(between.rstrip(" \"'”’:,")):
        return None
    if any(position < o.start < outer.start or outer.end <= o.start < position for o in outers):
        return None
    words = len(WORD.findall(between))
    return words if words <= FRAME_WORDS + described else None


def _stopped_inside(text: str, outer: TextSpan, between: str) -> bool:
    """ 'fought a "holy war". The general added: ...': a quote set inside the writer's sentence,
    with the full stop right after its closing mark, ends that sentence; a cue after the stop
    is the next sentence's, not this quote's."""
    if between.lstrip(" \"'”’")[:1] not in (".", "!", "?"):
        return False
    before = text[: outer.start].rstrip(" ")
    return bool(before) and before[-1] not in ".!?\n\"'”’:"


def _finished(text: str, quoted: Quoted) -> bool:
    """Whether a quote ends its sentence: a full stop, with no comma after it ('in the U.S.,"
    he said' ends an abbreviation, not the sentence)."""
    tail = text[quoted.content.end : quoted.outer.end + 1]
    return quoted.content.of(text).endswith(".") and "," not in tail


def clause_openers(doc: Doc, text: str, direct: list[Draft]) -> None:
    """A quote that goes on a clause its sentence began ('Mills "got an immunity deal," Jordan
    said') is mixed: the clause from its start, quoted words and all."""
    for draft in direct:
        quoted = draft.quoted
        if quoted is None or draft.attribution is None or not text[quoted.content.start].islower():
            continue
        if draft.attribution is not None and draft.attribution.cue[0] < len(doc) and \
                doc[draft.attribution.cue[0]].idx < quoted.outer.start:
            _in_clause_after_cue(doc, draft, quoted)
            continue  # 'said "got ...': the cue itself leads in
        opener = doc.char_span(quoted.outer.start, quoted.outer.end, alignment_mode="expand")
        if opener is None:
            continue
        sent = opener[0].sent
        start = max(sent.start_char, text.rfind("\n", 0, quoted.outer.start) + 1)
        lead = text[start : quoted.outer.start]
        if not WORD.search(lead) or len(WORD.findall(lead)) > 8 or _ends_sentence(lead):
            continue
        end = _clause_end(doc, text, quoted, draft.attribution)
        draft.span, draft.kind = TextSpan(start, end), "mixed"


def _clause_end(doc: Doc, text: str, quoted: Quoted, attribution: Attribution) -> int:
    """Where a clause that a quote goes on ends before its frame: at the quote's end ('Mills
    "got a deal," Jordan said'), or past the writer's words that follow the closing mark up to
    the comma before the frame ('had reached "shocking" levels, a panel warned')."""
    frame = min([doc[attribution.cue[0]].idx]
                + ([doc[attribution.speaker[0]].idx] if attribution.speaker else []))
    if frame <= quoted.outer.end:
        return quoted.content.end
    tail = text[quoted.outer.end : frame]
    words = tail.rstrip(" ,;").rstrip(" ")
    if not tail.rstrip(" ").endswith(",") or not WORD.search(words) or \
            _ends_sentence(words) or any(m in words for m in "\"“”\n"):
        return quoted.content.end
    return quoted.outer.end + len(words)


def _in_clause_after_cue(doc: Doc, draft: Draft, quoted: Quoted) -> None:
    """ 'told the paper he was "not quite there yet" on the bill', 'Asked if she "gets" it': a
    quoted fragment inside a clause right after its cue (and whom it was told), which the parse
    did not give the cue, is a mixed quote over that clause."""
    assert draft.attribution is not None
    quote = doc.char_span(quoted.outer.start, quoted.outer.end, alignment_mode="expand")
    cue_end = draft.attribution.cue[1]
    if quote is None or draft.attribution.content is not None or quote.start - cue_end < 2:
        return
    subject = next((t for t in doc[cue_end : quote.start] if t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.i >= cue_end and t.head.right_edge.i >= quote.end - 1), None)
    if subject is None:
        return
    verb = subject.head
    start = min([subject.left_edge.i] + [c.i for c in verb.children
                                         if c.dep_ == "mark" and c.i >= cue_end])
    if any(t.is_punct for t in doc[cue_end:start]):
        return  # 'she said, but as he went on about "..."': the cue is done before the clause
    span = chars(doc[start : verb.right_edge.i + 1])
    if span is not None and span[1] >= quoted.content.end:
        draft.span, draft.kind = TextSpan(span[0], max(span[1], quoted.outer.end)), "mixed"


def _ends_sentence(text: str) -> bool:
    return any(len(m.group(1)) > 1 and m.group(1).lower() not in ABBREVIATIONS
               for m in _TERMINAL.finditer(text))


def labelled(doc: Doc, text: str, direct: list[Draft], resolver: SpeakerResolver
             ) -> list[Draft]:
    """Transcript and headline labels: "PENCE: ..." or "Pence: ...", at a paragraph's start;
    a colon inside a quote that a cue beside it attributes is part of what was said."""
    drafts: list[Draft] = []
    pieces = {d.quoted.outer.start: d for d in direct if d.quoted is not None}
    found = []
    for paragraph in paragraphs(text):
        start = paragraph.start + len(paragraph.of(text)) - len(paragraph.of(text).lstrip())
        piece = pieces.get(start)
        if piece is not None and piece.attribution is not None:
            continue  # '"Texas: we are big," one user wrote': the cue beside it says who speaks
        match = _LABEL.match(text, piece.span.start if piece else start, paragraph.end)
        if match is not None and piece is None:
            piece = _whole_rest(text, pieces.get(match.end()), paragraph)  # Reid: 'Never ...'
        if match is not None and _WORDY.search(text, match.end(), paragraph.end):
            found.append((paragraph, piece, match))  # not "VIP: 60,000₩", a price list
    # a transcript: several paragraphs open with a speaker's name in capitals
    transcript = sum(m.group(1).isupper() for _, _, m in found) >= 2
    asked = interview([m.group(1) for _, _, m in found])
    first = min((m.start() for _, _, m in found if m.group(1) in (QUESTION, ANSWER)),
                default=0)
    answerer = interviewee(doc, resolver, first) if asked else None
    for paragraph, piece, match in found:
        label = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        qa = asked and label is not None and label.text in (QUESTION, ANSWER)
        if label is None or (label[0].lower_ in ("the", "a", "an") and not qa):
            continue
        speaker = resolver.resolve(label.start, label.end)
        person = speaker.entity is not None and resolver.label_of(speaker.entity) == "PERSON"
        if qa and answerer is not None:  # "Q: ..." asks, "A: ..." answers
            speaker = interview_speaker(label.text, answerer,
                                        TextSpan(label.start_char, label.end_char))
        elif not person and transcript and label.text.isupper():
            speaker = Speaker(label.text.title(), None, speaker.span)
        elif not person and label.root.lemma_.lower() not in _FINDINGS and not (
                piece is not None and all(t.pos_ == "PROPN" for t in label)):
            continue  # "Poll: ..." reports what a poll found
        end = piece.span.end if piece is not None else paragraph.end
        span = TextSpan(max(match.end(), piece.span.start) if piece else match.end(), end)
        if piece is None and not qa and (_a_list(doc, span) or (
                label.root.lemma_.lower() not in _FINDINGS and _a_title(doc, text, span))):
            continue
        # the colon is the cue: the paragraphs a labelled quote runs on to share it
        colon = doc.char_span(match.end(1), match.end(), alignment_mode="expand")
        cue = (colon.end - 1, colon.end) if colon is not None and colon.end > label.end \
            else (label.end, label.end)
        attribution = Attribution(cue, (label.start, label.end), None)
        if piece is not None:
            piece.span, piece.speaker, piece.attribution = span, speaker, attribution
            continue
        kind = "direct" if label.text.isupper() else "indirect"
        draft = Draft(span, kind, attribution)
        draft.speaker = speaker
        drafts.append(draft)
    return drafts


def _whole_rest(text: str, piece: Draft | None, paragraph: TextSpan) -> Draft | None:
    """The quote right after a label, when it fills the rest of the paragraph."""
    if piece is None or piece.quoted is None:
        return None
    return None if text[piece.quoted.outer.end : paragraph.end].strip() else piece


def _a_list(doc: Doc, span: TextSpan) -> bool:
    """ "Ann Lee: Theft, possession of a stolen vehicle, held on $5,000 bond": a run of noun
    phrases with no finite verb after a name lists what the person has (charges, credits), it
    says nothing; a headline's "Pence: Tax plan a 'disaster'" has no list."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and sum(t.text == "," for t in words) >= 2 and \
        not any(t.tag_ in FINITE_TAGS for t in words)


def _a_title(doc: Doc, text: str, span: TextSpan) -> bool:
    """ "Lowell Observatory: Two Domes in the Desert", a link under a story: title-cased words
    with no verb and no quote marks after a name say nothing; they name a page (after "Poll:"
    they are what it found, the verb read as a name: "Poll: Voters Desert Senator")."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    said = span.of(text)
    return words is not None and title_cased(said) and not any(
        t.pos_ in ("VERB", "AUX") for t in words) and not any(m in said for m in "\"“”'‘’")


def signed(doc: Doc, text: str, direct: list[Draft], resolver: SpeakerResolver) -> None:
    """A quote signed with a dash and a name at its paragraph's end: "...” ― Carla Sanchez.";
    or, where the quote is its paragraph, on the line after it (_signature_line)."""
    for draft in direct:
        if draft.attribution is not None or draft.quoted is None:
            continue
        line_end = text.find("\n", draft.quoted.outer.end)
        line_end = len(text) if line_end < 0 else line_end
        signature = draft.quoted.outer.end
        match = _SIGNATURE.match(text[signature:line_end])
        if match is None:
            signature, match = _signature_line(text, draft.quoted.outer, line_end)
        if match is None:
            continue
        start = signature + match.start(1)
        name = doc.char_span(start, start + len(match.group(1)), alignment_mode="expand")
        if name is not None and any(t.pos_ == "PROPN" for t in name):
            end = name.end - 1 if name[-1].is_punct else name.end  # "- Mayor Ruiz."
            draft.speaker = resolver.resolve(name.start, end)


def _signature_line(text: str, outer: TextSpan, line_end: int
                    ) -> tuple[int, re.Match[str] | None]:
    """ '"We will not cut the pension." / - Mayor Ruiz.': a quote that is a paragraph of its
    own, with nothing else on its line, signed by the next line alone, a dash and a name (as
    fact checks set out the claims they check): where that line starts, and its match."""
    line_start = text.rfind("\n", 0, outer.start) + 1
    if text[line_start : outer.start].strip() or text[outer.end : line_end].strip():
        return line_end, None
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start == line_end or start == len(text):
        return line_end, None
    return start, _SIGNATURE.match(text[start:end])


def inside_any(position: int, spans: list[TextSpan]) -> bool:
    return any(s.start <= position < s.end for s in spans)


def overlaps(content: tuple[int, int], span: TextSpan) -> bool:
    return content[0] < span.end and span.start < content[1]


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
    stops = [m.end() for m in _TERMINAL.finditer(text, previous.span.end - 1, quoted.outer.start)
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
