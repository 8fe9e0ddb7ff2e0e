"""Speakers who speak through something: a statement or a work they own or made, a document
an "it" stands for, or the person one speaks for."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from reader.analysis.antecedents import statement_maker
from reader.analysis.cue_words import SPOKESPEOPLE, VIEW_NOUNS
from reader.analysis.document_pronouns import author, document_before
from reader.analysis.genders import PERSON_LABELS
from reader.analysis.model import Entity
from reader.analysis.speaker_mentions import SpeakerMentions
from reader.analysis.speaker_records import Speaker
from reader.analysis.speaker_spans import noun_phrase
from reader.analysis.work_titles import WORKS
from reader.document import TextSpan

# Nouns for what somebody says or holds, whose owner speaks ("his best response was to say",
# "the senator's words suggested", "her reasoning is that").
STATEMENTS = VIEW_NOUNS | {"reply", "reaction", "retort", "word"}

Resolve = Callable[[int, int], Speaker]  # SpeakerResolver.resolve: the speaker of a token range


def agent_for(mentions: SpeakerMentions, head: Token, principal: Entity | None
              ) -> Speaker | None:
    """ "Morrison's lawyer", "an aide to Senator Holt": one who speaks for a person is
    somebody else, named as written up to the person ("A communications aide for Mr. Lee,
    who ..." ends at "Lee"), where a body's spokesman speaks as the body and a name set
    beside the person ("an attorney for Lee, Mark Ruiz") is the speaker's own."""
    if principal is None or principal.label not in PERSON_LABELS or \
            head.lemma_.lower() not in SPOKESPEOPLE:
        return None
    owners = [c for c in head.children if c.dep_ == "poss"] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")
        for g in c.children if g.dep_ == "pobj"]
    mention = next((t for t in reversed(list(head.subtree))
                    if mentions.named(t) == principal), None)  # a name's last word
    if mention is None or mention.dep_ == "appos":
        return None
    owner = next((o for o in owners if mention in o.subtree), None)
    if owner is None:
        return None
    end = max([owner.i] + [c.i for c in owner.conjuncts])
    words = head.doc[min(head.left_edge.i, owner.left_edge.i) : max(head.i, end) + 1]
    return Speaker(words.text, None, TextSpan(words.start_char, words.end_char))


def owner_speaking(resolve: Resolve, head: Token, span: TextSpan) -> Speaker | None:
    """ "Her statement said", "his best response was to say", "Ms Holm's book claimed": the
    owner a possessive gives a statement, an answer, a stance or a work, when it resolves to
    one of the article's entities or is a noun ("The Texan's sharp words suggested": the
    Texan, not his words); a pronoun that resolves to nobody names nobody."""
    if head.lemma_.lower() not in STATEMENTS | WORKS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    found = resolve(*noun_phrase(owner))
    named = found.entity is not None or owner.pos_ in ("NOUN", "PROPN")
    return Speaker(found.name, found.entity, span) if named else None


def made_by(resolve: Resolve, head: Token, span: TextSpan) -> Speaker | None:
    """The one who made the statement a definite noun names, when a sentence before says
    so ("The ministry released a statement. The statement said")."""
    maker = statement_maker(head)
    if maker is None or maker.i >= head.i:
        return None
    found = resolve(*noun_phrase(maker))
    if found.entity is None and maker.pos_ != "PROPN" and found.name == maker.text:
        return None  # "Officials issued a report": the report says more than they
    return Speaker(found.name, found.entity, span)


def document_speaking(resolve: Resolve, marked: Callable[[int], bool], pronoun: Token,
                      span: TextSpan) -> Speaker | None:
    """ "The city sent a letter to residents. It says": the document the "it" stands for
    (document_before), shown as its maker where a named one made it, as "the statement
    said" is (made_by)."""
    document = document_before(pronoun)
    if document is None or marked(document.idx):
        return None
    maker = author(document)
    found = None if maker is None else resolve(*noun_phrase(maker))
    if found is not None and found.entity is not None:
        return Speaker(found.name, found.entity, span)
    start, end = noun_phrase(document)
    return Speaker(pronoun.doc[start:end].text, None, span)
