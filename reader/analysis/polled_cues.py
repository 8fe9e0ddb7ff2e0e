"""Views of the people a poll asked, where the parse took the poll's participle for the verb."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_spans import Attribution, chars

# Participles that say who a poll asked ("the voters surveyed", "those polled").
_POLLING = frozenset({"survey", "poll", "question", "interview", "sample", "ask"})
# Verbs of a view, in the form a plural subject takes, that a poll reports its people hold.
_VIEWS = frozenset({"support", "oppose", "favor", "favour", "back", "approve", "disapprove",
                    "prefer", "reject", "endorse", "want", "say", "said", "think", "believe",
                    "agree", "disagree", "expect", "fear"})
# Words after a noun that show it is one ("questioned support for the plan").
_NOUN_FOLLOWERS = frozenset({"for", "of", "from", "among", "in", "within", "behind"})
# Subjects that count people: "most", "half", "a majority of ...", "two-thirds of ...".
_PLURAL_TAGS = frozenset({"NNS", "NNPS", "CD", "JJS"})


def polled_view(token: Token) -> Attribution | None:
    """ "Most of the mayors polled support raising the fuel tax", "Half the farmers questioned
    back the new quota": a verb of a view right after the participle of a poll, which the parse
    made the sentence's verb with the view its object, is the verb; the people polled hold the
    view, which runs to the sentence's end or to a comma before "and" or "but"."""
    doc = token.doc
    if token.lower_ not in _VIEWS or token.i == 0 or token.head.i != token.i - 1:
        return None
    polled = doc[token.i - 1]
    subject = next((c for c in polled.children if c.dep_ == "nsubj" and c.i < polled.i), None)
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if polled.tag_ not in ("VBN", "VBD") or polled.lemma_.lower() not in _POLLING or \
            subject is None or not _people(subject) or after is None or \
            after.lower_ in _NOUN_FOLLOWERS or after.is_punct:
        return None
    end = token.sent.end
    for t in doc[token.i + 1 : token.sent.end]:
        if t.text == ";" or (t.text == "," and t.i + 1 < len(doc) and
                             doc[t.i + 1].lower_ in ("and", "but")):
            end = t.i
            break
    return Attribution((token.i, token.i + 1), (subject.left_edge.i, polled.i + 1),
                       chars(doc[token.i + 1 : end]))


def _people(subject: Token) -> bool:
    """A subject that counts several people: a plural, a number, "most", or "a majority of"
    or "half of" a plural."""
    if subject.tag_ in _PLURAL_TAGS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and (p.tag_ in _PLURAL_TAGS or p.lower_ == "those")
        for p in c.children) for c in subject.children)


def polls(verb: Token) -> bool:
    """Whether a participle of polling is followed by the view of those it polled (which makes
    it no cue of its own: "the farmers questioned back the quota")."""
    doc = verb.doc  # (polled_view asks the same of the participle: the cheap tests first)
    return verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in _POLLING and \
        verb.i + 1 < len(doc) and polled_view(doc[verb.i + 1]) is not None
