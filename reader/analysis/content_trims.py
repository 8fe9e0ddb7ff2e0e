"""What a cue's content leaves out: the speaker and cue of a relative clause, a refusal, the one
told."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reader.analysis.cue_spans import chars
from reader.analysis.cue_words import RELATIVE_PRONOUNS, cue_lemma

# Refusing to speak of something ("declined to comment on the report").
_DECLINING = frozenset({"decline", "refuse"})
_SPEAKING_OF = frozenset({"comment", "discuss", "elaborate", "address", "concur", "confirm",
                          "speculate", "answer", "respond", "say", "detail", "specify", "reveal",
                          "disclose", "identify", "name", "explain"})
# Pronouns that open a relative or a wh-clause around a cue ("which he called ...").
_RELATIVE_OPENERS = RELATIVE_PRONOUNS | {"what"}
_OPENING_MARKS = frozenset("\"“‘'«")
# Verbs of saying that always name the one spoken to, before what they report.
_TELLING = frozenset({"tell", "assure", "inform", "remind", "notify"})
_NOUN_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET"})


def after_relative_cue(verb: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "which he called a hoax", "what analysts described as old tactics", "whom the party
    refused to endorse": a cue inside a relative or a wh-clause that names, judges or intends
    reports what follows it; the pronoun, the speaker and the cue before it are no part of
    what was said (a clause after the cue keeps them: "that he thought would fail", and so
    does a quote, which PolNeAR gives with its pronoun: 'which he called "a hoax"')."""
    doc = verb.doc
    words = doc.char_span(content[0], content[1], alignment_mode="expand")
    if words is None or words[0].lower_ not in _RELATIVE_OPENERS or not (
            words.start < verb.i < words.end - 1):
        return content
    named = next((c for c in verb.rights if c.dep_ in ("oprd", "dobj", "attr", "xcomp")
                  or (c.dep_ == "prep" and c.lower_ == "as")), None)
    if named is None:
        return content
    start = named.i + 1 if named.dep_ == "prep" else named.left_edge.i
    if named.dep_ == "xcomp":  # "whom he refused to endorse": the infinitive, from its "to"
        to = next((c for c in named.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None or to.i < verb.i:
            return content
        start = to.i
    rest = doc[start : words.end]
    if rest.text.lstrip()[:1] in _OPENING_MARKS:
        return content  # 'which he called "a hoax"': the pronoun stays with a quote
    return chars(rest) or content


def not_discussed(verb: Token, clause: Token, start: int) -> int:
    """ "declined to comment on the assertion", "refused to discuss the deal": what somebody
    declines to speak of is the thing itself, the refusal and the speaking being the cue."""
    if cue_lemma(verb) not in _DECLINING or cue_lemma(clause) not in _SPEAKING_OF:
        return start
    thing = next((c for c in clause.rights if c.dep_ == "dobj"), None)
    if thing is None:
        prep = next((c for c in clause.rights if c.dep_ == "prep"), None)
        thing = None if prep is None else next(
            (c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return start if thing is None else thing.left_edge.i


def past_the_one_told(verb: Token, clause: Token, start: int) -> int:
    """ "told ITV News Tory MPs would not get a vote", "told the Herald changes were made",
    "told councillors on Monday money was needed": a verb of telling names the one told, and
    when, before what it reports; a name, or a date after the one told, that the parse fused
    with the front of the reported clause's subject is no part of what was said."""
    if cue_lemma(verb) not in _TELLING or start != verb.i + 1 or clause.i < verb.i:
        return start
    doc = verb.doc
    first = doc[start]
    if first.dep_ == "dobj" and first.right_edge.i + 1 < clause.i and \
            doc[first.right_edge.i + 1].dep_ == "prep":
        return _after_name(doc[first.right_edge.i + 2 : clause.i], clause, start, ("DATE",))
    return _after_name(doc[start : clause.i], clause, start, None)


def _after_name(words: Span, clause: Token, start: int, labels: tuple[str, ...] | None) -> int:
    if len(words) and words[0].lower_ == "the":
        words = words[1:]
    if not len(words) or words[0].ent_iob_ != "B" or (labels and words[0].ent_type_ not in labels):
        return start
    end = next((t.i for t in words[1:] if t.ent_iob_ != "I"), words.end)
    after = words.doc[end]
    return end if end < clause.i and after.pos_ in _NOUN_WORDS and after.dep_ not in (
        "aux", "auxpass") else start
