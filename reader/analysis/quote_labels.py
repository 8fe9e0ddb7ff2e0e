"""Quotes given by a label ("PENCE: ...", "Q: ...") or signed with a dash and a name."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_spans import Attribution
from reader.analysis.cue_words import EVIDENCE
from reader.analysis.headline_cues import names_a_text, title_cased
from reader.analysis.interview_labels import (
    ANSWER,
    QUESTION,
    interview,
    interview_speaker,
    interviewee,
)
from reader.analysis.quote_frames import Draft
from reader.analysis.quote_marks import paragraphs
from reader.analysis.speaker_records import Speaker
from reader.analysis.speakers import SpeakerResolver
from reader.document import TextSpan

# What finds something and may label what it found ("Poll: Voters Lean Left").
_FINDINGS = EVIDENCE - {"it", "number", "figure", "record", "document", "video", "footage"}
_WORDY = re.compile(r"[^\W\d_]{2,}")  # a word of letters: what a label is followed by
_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
_SIGNATURE = re.compile(r"\s*[―—–-]+\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})[\s.,]*$")


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
        if label is None or (label[0].lower_ in ("the", "a", "an") and not qa) or \
                names_a_text(label):
            continue  # "Editor's Note: ...", "UPDATE: ...": a kind of text, nobody's words
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
