"""Cue verbs the parse took for nouns or auxiliaries: '"...," the two write.', "Police allege
that ...", "They oppose relaxing it"."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import CUE_VERBS, NAMING_VERBS, STANCE_CUES, cue_lemma
from reader.analysis.noun_cues import that_clause
from reader.analysis.speaker_spans import noun_phrase, speaker_phrase


def closing_frame(token: Token) -> Attribution | None:
    """ '"...," the two write.', '"...," the pair conclude.': a saying verb that ends its
    sentence right after a closed quote and a short subject, parsed as a noun after a number
    or noun; it frames that quote. After a comma and a plural subject ("..., state media
    report.") it reports the clause before the comma."""
    doc = token.doc
    last = token.i + 1 == len(doc) or doc[token.i + 1].text in (".", ";")
    if cue_lemma(token) not in CUE_VERBS or not last:
        return None
    start = token.i
    while start > max(0, token.i - 4) and not doc[start - 1].is_punct:
        start -= 1
    if start == token.i or start < 2:
        return None
    if doc[start - 1].text == "," and _plural(doc[token.i - 1]) and token.lower_ == cue_lemma(
            token):  # "Growth will slow, state media report."
        said = doc[token.sent.start : start - 1]
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ in _TENSED for t in said):
            return Attribution((token.i, token.i + 1), (start, token.i), chars(said))
    if not doc[start - 1].is_quote or doc[start - 2].text not in (",", "?", "!"):
        return None
    return Attribution((token.i, token.i + 1), (start, token.i), None)


def misread_verb(token: Token) -> Attribution | None:
    """ "Police allege that ...", "the campaign plans to ...", "Police allege the driver was
    drunk", parsed as a noun after a noun: the verb of the subject before it, reporting the
    clause after it."""
    subject = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1), None)
    clause = that_clause(token) or next(  # "House panel votes to hold ..."
        (c for c in token.rights if c.dep_ in ("acl", "relcl", "xcomp") and c.left_edge.i ==
         token.i + 1 and c.left_edge.lower_ == "to"), None)
    if subject is None and clause is None:  # "Police allege the driver was drunk"
        subject = next((c for c in token.lefts if c.dep_ == "nsubj" and c.i == token.i - 1
                        and _plural(c)), None)
        clause = next((c for c in token.rights if c.dep_ == "ccomp"), None)
    if subject is None or clause is None or token.dep_ != "ROOT":
        return None
    return Attribution((token.i, token.i + 1), noun_phrase(subject),
                       chars(token.doc[clause.left_edge.i : clause.right_edge.i + 1]))


def misread_auxiliary(token: Token) -> Attribution | None:
    """ "The guild and its founder oppose relaxing the rules", parsed with "oppose" as the
    auxiliary of the gerund: a cue verb is never an auxiliary, so it is the verb, said by the
    gerund's subject, reporting the gerund's phrase."""
    head = token.head
    if token.dep_ != "aux" or head.i != token.i + 1 or head.tag_ != "VBG" or \
            cue_lemma(token) not in _CUES_BEFORE_GERUNDS:
        return None
    speaker = speaker_phrase(head)
    if speaker is None:
        return None
    return Attribution((token.i, token.i + 1), speaker,
                       chars(token.doc[head.i : head.right_edge.i + 1]))


_CUES_BEFORE_GERUNDS = CUE_VERBS | STANCE_CUES
_PLURAL = frozenset({"NNS", "NNPS"})
_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})


def misread_before_name(token: Token) -> Attribution | None:
    """ "Prosecutors allege Reyes lied", parsed as one noun phrase 'Prosecutors allege Reyes'
    subject of 'lied': a cue verb's bare form between a plural noun and a name that is the
    subject of a tensed verb is the plural noun's verb, reporting the name's clause."""
    doc = token.doc
    lemma = cue_lemma(token)
    if token.dep_ != "compound" or token.i < 1 or token.i + 1 >= len(doc) or token.lower_ != lemma \
            or lemma not in CUE_VERBS or lemma in NAMING_VERBS:
        return None
    subject, name = doc[token.i - 1], doc[token.i + 1]
    if not _plural(subject) or name.pos_ != "PROPN" or token.head.i <= token.i:
        return None
    head = token.head  # the name, or the last word of it ("allege John Reyes lied")
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or head.left_edge.i > token.i - 1 \
            or not _tensed(verb):
        return None
    return Attribution((token.i, token.i + 1), noun_phrase(subject),
                       chars(doc[token.i + 1 : verb.right_edge.i + 1]))


def _plural(noun: Token) -> bool:
    return noun.tag_ in _PLURAL or noun.lower_ == "police"  # "police" is tagged either way


def _tensed(verb: Token) -> bool:
    # a past participle with no auxiliary and a subject is a past tense the tagger misread
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in _TENSED or any(c.tag_ in _TENSED for c in auxiliaries) or (
        verb.tag_ == "VBN" and not auxiliaries)
