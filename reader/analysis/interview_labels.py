"""An interview's "Q:" and "A:" labels: the interviewer asks, the person interviewed answers."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from reader.analysis.speaker_records import Speaker
from reader.analysis.speakers import SpeakerResolver
from reader.document import TextSpan

QUESTION, ANSWER = "Q", "A"
INTERVIEWER, INTERVIEWEE = "the interviewer", "the interviewee"


def interview(labels: Sequence[str]) -> bool:
    """Paragraphs opened by both "Q:" and "A:" are an interview's questions and answers."""
    return QUESTION in labels and ANSWER in labels


def interviewee(doc: Doc, resolver: SpeakerResolver, first: int) -> tuple[str, str | None]:
    """Who answers an interview's questions (name and entity): the person the text names,
    alone, before the first label at offset first ("Jane Doe spoke to us ..."), or, with nobody
    or several named there, the interviewee."""
    named: dict[str, str] = {}
    for ent in doc.ents:
        if ent.start_char >= first:
            break
        speaker = resolver.resolve(ent.start, ent.end)
        if speaker.entity is not None and resolver.label_of(speaker.entity) == "PERSON":
            named.setdefault(speaker.entity, speaker.name)
    if len(named) == 1:
        ((entity, name),) = named.items()
        return name, entity
    return INTERVIEWEE, None


def interview_speaker(label: str, answerer: tuple[str, str | None], span: TextSpan) -> Speaker:
    """Who speaks after an interview label at span: the interviewer asks ("Q"), the answerer
    (interviewee) answers ("A")."""
    if label == QUESTION:
        return Speaker(INTERVIEWER, None, span)
    name, entity = answerer
    return Speaker(name, entity, span)
