"""Cue verbs the parse took for nouns: '"...," the two write.', "Police allege that ..."."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_phrases import that_clause
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import CUE_VERBS, cue_lemma
from reader.analysis.speaker_spans import noun_phrase


def closing_frame(token: Token) -> Attribution | None:
    """ '"...," the two write.', '"...," the pair conclude.': a saying verb that ends its
    sentence right after a closed quote and a short subject, parsed as a noun after a number
    or noun; it frames that quote."""
    doc = token.doc
    last = token.i + 1 == len(doc) or doc[token.i + 1].text in (".", ";")
    if cue_lemma(token) not in CUE_VERBS or not last:
        return None
    start = token.i
    while start > max(0, token.i - 4) and not doc[start - 1].is_punct:
        start -= 1
    if start == token.i or start < 2 or not doc[start - 1].is_quote or \
            doc[start - 2].text not in (",", "?", "!"):
        return None
    return Attribution((token.i, token.i + 1), (start, token.i), None)


def misread_verb(token: Token) -> Attribution | None:
    """ "Police allege that ...", "the campaign plans to ...", parsed as a noun after a noun:
    the verb of the subject before it, reporting the clause after it."""
    subject = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1), None)
    clause = that_clause(token) or next(  # "House panel votes to hold ..."
        (c for c in token.rights if c.dep_ in ("acl", "relcl", "xcomp") and c.left_edge.i ==
         token.i + 1 and c.left_edge.lower_ == "to"), None)
    if subject is None or clause is None or token.dep_ != "ROOT":
        return None
    return Attribution((token.i, token.i + 1), noun_phrase(subject),
                       chars(token.doc[clause.left_edge.i : clause.right_edge.i + 1]))
