"""Cues with no active subject to speak, or with what was said in a word: "quoted as saying",
"seems to me", "a letter urging", "said yes", "a self-described socialist"."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_contents import complement
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import AGENT_LABELS, RELATIVE_PRONOUNS, SPEECH_VERBS, cue_lemma
from reader.analysis.named_agents import where_of_host
from reader.analysis.speaker_spans import noun_phrase, speaker_phrase
from reader.analysis.statement_objects import MESSAGES
from reader.analysis.subjects_not_speaking import past_own_clause, time_spent

_FELT_ABOUT = frozenset({"about", "over", "by", "with", "at", "of", "to"})  # "worried about"
# Things written to be read, which "read" what they say ("the sign read 'Vote No'").
_WRITTEN = MESSAGES | {"sign", "banner", "placard", "poster", "headline", "inscription",
                       "caption", "slogan", "sticker", "billboard", "plaque", "graffiti"}
_MAKING = frozenset({"make", "let", "have"})


def seeming_to(verb: Token) -> Attribution | None:
    """ "It seems to me that the deal is dead", "The war seemed far away to voters": how
    something seems to somebody is their judgement."""
    judge = next((g for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    said = [c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "oprd", "attr", "ccomp")]
    if judge is None or subject is None or not said or cue_lemma(verb.head) in _MAKING:
        return None  # "makes him seem kinder to X": nobody's judgement
    start = said[0].left_edge.i if subject.lower_ == "it" else subject.left_edge.i
    end = max(c.right_edge.i for c in said)
    return Attribution((verb.i, verb.i + 1), noun_phrase(judge),
                       chars(verb.doc[start : end + 1]))


def text_reading(verb: Token) -> Attribution | None:
    """ "The sign read 'Vote No'", "a banner, which read 'No Tolls'": a thing written reads
    what it says, in quotation marks right after the verb."""
    doc = verb.doc
    if cue_lemma(verb) != "read" or verb.i + 2 >= len(doc) or not doc[verb.i + 1].is_quote:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head  # "the sign, which read ..."
    close = next((t for t in doc[verb.i + 2 : verb.sent.end] if t.is_quote), None)
    if subject is None or cue_lemma(subject) not in _WRITTEN or close is None:
        return None
    return Attribution((verb.i, verb.i + 1), noun_phrase(subject),
                       chars(doc[verb.i + 2 : close.i]))


def message_saying(verb: Token) -> Attribution | None:
    """ "a letter urging voters to ...", "an ad questioning why she ...": a text says what the
    participle it carries reports; not one set after the noun's own "that" clause ("rejected
    the notion that ..., saying"), which its verb's subject says."""
    content = complement(verb)
    if content is None:
        return None
    if past_own_clause(verb) or time_spent(verb) is not None:
        return Attribution((verb.i, cue_end(verb)), speaker_phrase(verb), content)
    # "Soto posted on Twitter accusing": a name the recogniser took for somebody is where it
    # was said; a text says it itself ("resigned in a letter stating")
    poster = where_of_host(verb.head, verb) if verb.head.ent_type_ in AGENT_LABELS else None
    return Attribution((verb.i, cue_end(verb)), noun_phrase(poster or verb.head), content)


def feeling(participle: Token) -> Attribution | None:
    """ "Protesters were frustrated that ...", "Parents are worried about the fees": a feeling
    the parse read as a passive verb is its subject's stance on the clause or the object."""
    subject = next((c for c in participle.children if c.dep_ == "nsubjpass"), None) or \
        _subject_of_auxiliary(participle)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and \
            participle.dep_ == "relcl":
        subject = participle.head  # "a council which is dedicated to ..."
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or any(
            c.tag_ == "MD" for c in participle.children):
        return None  # "if he can be convinced that": a stance yet to be won
    content = None
    for child in participle.rights:
        if child.dep_ == "ccomp":
            content = chars(participle.doc[child.left_edge.i : child.right_edge.i + 1])
        elif child.dep_ in ("prep", "agent") and child.lower_ in _FELT_ABOUT and child.n_rights:
            content = chars(participle.doc[min(c.left_edge.i for c in child.rights)
                                           : child.right_edge.i + 1])
        if content is not None:
            return Attribution((participle.i, participle.i + 1), noun_phrase(subject), content)
    return None


def _subject_of_auxiliary(participle: Token) -> Token | None:
    """ "The senator is convinced the deal is dead": a subject the parse hung on the passive
    auxiliary before the participle."""
    for aux in participle.lefts:
        if aux.dep_ == "auxpass":
            return next((c for c in aux.children if c.dep_ == "nsubj"), None)
    return None


def quoted_as_saying(verb: Token, lemma: str) -> Attribution | None:
    """ "The minister was quoted as saying that ...": the one quoted says what the participle
    reports."""
    if lemma != "quote":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    saying = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ == "pcomp" and cue_lemma(g) in SPEECH_VERBS),
                  None)
    if subject is None or saying is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return Attribution((verb.i, saying.i + 1), noun_phrase(subject), complement(saying))


_ASKING_MARKS = frozenset({"if", "whether"})
# What a question put to somebody carries besides its asker and what it asks about.
_ASKED_WITH = frozenset({"nsubj", "agent", "dobj", "dative", "ccomp", "xcomp"})


def asked_of(verb: Token) -> Attribution | None:
    """ "Asked about the budget, the mayor said ...", "..., she said when asked if she would
    run", "Lee was asked about the loan": a question put to somebody by nobody named is a
    statement with no speaker, the thing or the clause it asks about; the one asked answers
    in a cue of their own. An "if" clause the parse hung on the participle as an adverbial
    clause is the question too; so is the participle set off by commas after the one asked
    ("Lee, asked about the loan, said ..."), whom the parse may take for its subject. Those
    a "by" phrase after the topic names ask it ("asked about the loan by reporters")."""
    if cue_lemma(verb) != "ask" or verb.tag_ not in ("VBN", "VBD"):
        return None
    set_off = set_off_participle(verb)
    if any(c.dep_ in _ASKED_WITH and not (set_off and c.dep_ == "nsubj") for c in verb.children):
        return None  # "Lee asked about ...", "asked the mayor", "asked to leave": the others'
    passive = set_off or any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and (verb.dep_ != "advcl" or any(c.dep_ == "aux" for c in verb.children)):
        return None  # "Having asked about ...": the subject asks
    doc = verb.doc
    for child in verb.rights:
        topic = next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ == "about" and topic is not None:
            # "asked about the closure by reporters": the parse gives the askers to the topic
            by = next((p for p in topic.rights if p.dep_ == "prep" and p.lower_ == "by"
                       and p.right_edge.i == child.right_edge.i and p.n_rights), None)
            end = child.right_edge.i if by is None else by.i - 1
            asker = None if by is None else noun_phrase(next(by.rights))
            return Attribution((verb.i, child.i + 1), asker, chars(doc[child.i + 1 : end + 1]))
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _ASKING_MARKS
                                         and m.i == child.left_edge.i for m in child.children):
            end = _question_end(verb, child.right_edge.i)
            return Attribution((verb.i, verb.i + 1), None,
                               chars(doc[child.left_edge.i : end + 1]))
    return None


def _question_end(verb: Token, end: int) -> int:
    """ "Asked if it had appeared he was encouraging violence, Trump replied ...": a question
    that opens its sentence runs to the comma before the subject of the sentence's clause,
    wherever the parse ended it."""
    doc, sent = verb.doc, verb.sent
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if verb.left_edge.i != sent.start or subject is None or subject.i <= end:
        return end
    comma = subject.left_edge.i - 1
    return comma - 1 if comma > end and doc[comma].text == "," else end


def set_off_participle(verb: Token) -> bool:
    """ "Senator Lind, asked about the budget, said he would vote no": a past participle set
    off by commas right after its subject, with no auxiliary and no object, then the
    sentence's own verb, tells what was done to the subject, who says nothing by it (what
    they were asked is asked_of's)."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or doc[verb.i - 1].text != "," or any(
            c.dep_ in ("aux", "auxpass", "dobj", "ccomp") for c in verb.children):
        return False
    comma = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.text == ","), None)
    after = None if comma is None else next(
        (t for t in doc[comma + 1 : verb.sent.end] if t.pos_ != "ADV"), None)
    return after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ in FINITE_TAGS


def cue_end(token: Token) -> int:
    """A cue is the verb with its particle ("pointed out"), as written."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return end


_ANSWERS = frozenset({"yes", "no", "yeah", "nope"})


def answer(verb: Token) -> tuple[int, int] | None:
    """ "Asked if the plan would work, most said yes", "she said yes, yes, yes": the answer a
    verb of saying gives in a word, which the parse hangs on whatever verb is near."""
    if cue_lemma(verb) not in SPEECH_VERBS:
        return None
    doc = verb.doc
    words = []
    for token in doc[verb.i + 1 : verb.sent.end]:
        if token.lower_ in _ANSWERS and token.pos_ == "INTJ":
            words.append(token)
        elif token.text != "," or not words:
            break
    return chars(doc[words[0].i : words[-1].i + 1]) if words else None


# Participles of what somebody calls himself ("a self-described socialist").
_SELF_NAMING = frozenset({"described", "proclaimed", "styled", "declared", "identified"})


def self_described(participle: Token) -> Attribution | None:
    """ "Lena Ruiz, a self-described socialist, said ...": what somebody calls themselves is
    their claim, the noun the participle qualifies, said by the one it is set beside."""
    doc = participle.doc
    if participle.lower_ not in _SELF_NAMING or participle.i < 2 or \
            doc[participle.i - 1].text not in ("-", "‐") or doc[participle.i - 2].lower_ != "self":
        return None
    noun = participle.head
    if noun.i <= participle.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    described = noun
    while described.dep_ == "conj" and described.head.i < described.i:
        described = described.head  # "a senator and self-described socialist"
    speaker = noun_phrase(described.head) if described.dep_ == "appos" else None
    return Attribution((participle.i - 2, participle.i + 1), speaker,
                       chars(doc[participle.i + 1 : noun.i + 1]))
