"""Giving direct quotes their cue: the cue beside them, and the clause a quote goes on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import WORD
from reader.analysis.quote_marks import Quoted
from reader.analysis.speaker_records import Speaker
from reader.analysis.uncued_frames import uncued_frame
from reader.document import TextSpan

FRAME_WORDS = 12  # how far from its quote a cue may stand ("said Mr. Smith, the ...")
TERMINAL = re.compile(r"(\w*)[.!?](?=[\s\"'”’»]|$)")
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
               for m in TERMINAL.finditer(text))


def inside_any(position: int, spans: list[TextSpan]) -> bool:
    return any(s.start <= position < s.end for s in spans)


def overlaps(content: tuple[int, int], span: TextSpan) -> bool:
    return content[0] < span.end and span.start < content[1]
