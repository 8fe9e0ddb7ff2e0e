"""What is made known in the passive with nobody named to make it known ("A case was reported")."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import RELATIVE_PRONOUNS, cue_lemma
from reader.analysis.statement_objects import MESSAGES

# Verbs that make something known, whose passive subject is what was made known ("the deal
# was announced", "his role was disclosed", "the merits are being debated").
_DISCLOSING = frozenset({"announce", "reveal", "report", "disclose", "confirm", "unveil",
                         "leak", "debate"})
# What a passive may go on with that makes its subject something other than what is known:
# a clause, a name or a judgement ("was reported to be", "was revealed as a fraud").
_SAYING_MORE = frozenset({"ccomp", "xcomp", "oprd", "dobj", "dative", "attr", "agent", "neg"})


def made_known(verb: Token) -> Attribution | None:
    """ "A third case of plague was reported in a man from the north", "When the diagnosis
    was confirmed, ...": something announced, reported or revealed with nobody named to do it
    is a claim without a speaker, which is its subject. Not what may yet be made known ("will
    be announced"), what was not ("was not disclosed", "No deal was announced"), a pronoun
    or a relative standing for it elsewhere, nor a subject said to be more ("was revealed as
    a fraud", "is reported to be ill"), nor a thing unveiled that is no plan or text ("the new
    tablet was unveiled")."""
    if verb.tag_ != "VBN" or cue_lemma(verb) not in _DISCLOSING:
        return None  # most verbs: no participle of disclosing
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in kids):
        return None
    if subject.pos_ == "PRON" or subject.lower_ in RELATIVE_PRONOUNS or any(
            c.dep_ in _SAYING_MORE or c.tag_ == "MD" or (c.dep_ == "prep" and c.lower_ == "as")
            for c in kids) or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return None
    if cue_lemma(verb) == "unveil" and cue_lemma(subject) not in MESSAGES:
        return None  # "The new tablet was unveiled": a thing shown, as "unveiled a car" is
    return Attribution((verb.i, verb.i + 1), None,
                       chars(verb.doc[subject.left_edge.i : subject.right_edge.i + 1]))
