"""An interview's "Q:" and "A:" labels: the interviewer asks, the person interviewed answers."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from reader.analysis.speakers import Speaker, SpeakerResolver
from reader.document import TextSpan

QUESTION, ANSWER = "Q", "A"
INTERVIEWER, INTERVIEWEE = "the interviewer", "the interviewee"


def interview(labels: Sequence[str]) -> bool:
    """Paragraphs opened by both "Q:" and "A:" are an interview's questions and answers."""
    return QUESTION in labels and ANSWER in labels


def interview_speaker(doc: Doc, resolver: SpeakerResolver, label: TextSpan, first: int
                      ) -> Speaker:
    """Who speaks after an interview label: the interviewer asks; the answer is the person's
    the text names, alone, before the first label ("Jane Doe spoke to us ..."), or, with nobody
    or several named there, the interviewee's."""
    if doc.text[label.start : label.end] == QUESTION:
        return Speaker(INTERVIEWER, None, label)
    named: dict[str, str] = {}
    for ent in doc.ents:
        if ent.start_char >= first:
            break
        speaker = resolver.resolve(ent.start, ent.end)
        if speaker.entity is not None and resolver.label_of(speaker.entity) == "PERSON":
            named.setdefault(speaker.entity, speaker.name)
    if len(named) == 1:
        ((entity, name),) = named.items()
        return Speaker(name, entity, label)
    return Speaker(INTERVIEWEE, None, label)
