"""What a cue set inside the sentence it reports says: the sentence around it, set off by
commas ("The plan, he said, was late"), or the words before it ("Too late, she said.")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_spans import chars, last_conjunct
from reader.analysis.cue_words import CUE_NOUNS, INSERT_PUNCT, SPEECH_VERBS, cue_lemma

# A cue's own words, set off inside the sentence it reports ("he told me on Friday").
_OWN_WORDS = frozenset({"nsubj", "aux", "neg", "advmod", "dobj", "dative", "prep", "npadvmod",
                        "prt"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "dep"})
_FRONTED = frozenset({"prep", "npadvmod", "advmod"})


def inserted(verb: Token) -> tuple[int, int] | None:
    """The sentence around a cue set off by commas, where the parse hung the sentence's parts
    on the cue ("Though it went well, he said, replacing her would be hard"): the cue's own
    words (speaker, verb, whom it was told) stay inside the span when the sentence goes on
    after them."""
    doc, sent = verb.doc, verb.sent
    own = [verb.i] + [t.i for c in verb.children if c.dep_ in _OWN_WORDS and not _set_before(c)
                      for t in c.subtree]
    left, right = min(own), max(own)
    if left == 0 or doc[left - 1].text not in INSERT_PUNCT:
        return None
    before = [t for t in doc[sent.start : left] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[right + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if after:  # "..., and the tour, its manager said, was off": that clause only
        before = [t for t in before if t.i >= last_conjunct(doc, sent.start, left)] or before
    if not before:
        return None
    if not after:
        return chars(doc[before[0].i : before[-1].i + 1])
    if right + 1 >= len(doc) or doc[right + 1].text not in INSERT_PUNCT:
        return None
    if _quoted_sentence(doc[right + 1 : after[-1].i + 1]) and not any(
            t.is_quote for t in doc[before[0].i : left]):
        # 'Asked about the vote, Ortega said, "We will win."': the cue brings in a quoted
        # sentence; the words before it are the writer's ('The plan, Cole said, "is dead."'
        # goes on from them)
        return chars(doc[after[0].i : after[-1].i + 1])
    return chars(doc[before[0].i : after[-1].i + 1])


def _quoted_sentence(words: Span) -> bool:
    """Whether words after a cue open a quotation that holds a clause with its own subject."""
    return any(t.is_quote and t.is_left_punct for t in words[:3]) and any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i >= words.start
        for t in words)


def split_by_cue(verb: Token) -> tuple[int, int] | None:
    """ "The deal, Lee told reporters, was dead": a cue set off by commas between a statement's
    subject and its verb, which the parse made the sentence's root, with the statement's
    subject hung on it before the cue's own and the statement's verb as its second verb. The
    sentence around the cue is what was said."""
    doc = verb.doc
    subjects = [c for c in verb.lefts if c.dep_ in _SUBJECTS]
    if len(subjects) < 2 or subjects[-1].dep_ != "nsubj":
        return None
    topic, speaker = subjects[-2], subjects[-1]
    opening = speaker.left_edge.i - 1
    if topic.right_edge.i != opening - 1 or doc[opening].text not in INSERT_PUNCT:
        return None
    second = next((c for c in verb.rights if c.dep_ == "conj"), None)
    if second is None or not _tensed(second) or any(
            c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in second.children):
        return None
    closing = second.left_edge.i - 1
    own = [t.i for c in verb.rights if c.i < closing for t in c.subtree]
    if doc[closing].text not in INSERT_PUNCT or max(own, default=verb.i) >= closing or any(
            t.dep_ == "cc" for t in doc[verb.i : closing]):
        return None  # not "The deal, Lee said, and ... was": a list of the speaker's acts
    return chars(doc[topic.left_edge.i : second.right_edge.i + 1])


def with_fronted(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """ "By Friday, the mayor told reporters, the roads would be clear": a phrase that opens
    the sentence before a cue set off by commas, which the parse hung on the cue, is the
    statement's (when the roads would be clear), as it is when the parse hangs the cue on the
    statement ("At that point, officials said, the fire was out"); not a phrase that names
    where it was said ("In an interview, she told the paper, ...")."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    first = next((t for t in clause.subtree if not t.is_punct), None) if clause else None
    if first is None or content[0] != first.idx or verb.doc[first.i - 1].text not in \
            INSERT_PUNCT:
        return content
    fronted = _fronted(verb)
    return content if fronted is None else (fronted.left_edge.idx, content[1])


def fronted_inserted(verb: Token) -> tuple[int, int] | None:
    """ "Over the weekend, the minister told the BBC, talks had broken down": the sentence
    around a cue inserted in it, from the phrase that opens it, which the parse hung on the
    cue (see with_fronted)."""
    return inserted(verb) if _fronted(verb) is not None else None


def _fronted(verb: Token) -> Token | None:
    """The phrase that opens the sentence, set off by a comma just before the cue's subject,
    which the parse hung on the cue; none that names where it was said ("In an interview"), nor
    one before a quote, whose words are the speaker's own."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    fronted = next((c for c in verb.lefts if c.dep_ in _FRONTED and c.right_edge.i + 2 ==
                    subject.left_edge.i and doc[c.right_edge.i + 1].text in INSERT_PUNCT), None)
    if fronted is None or fronted.left_edge.i != verb.sent.start or any(
            t.lemma_ in CUE_NOUNS for t in fronted.subtree) or any(
            t.is_quote or t.text == ":" for t in doc[verb.i : verb.sent.end]):
        return None  # not 'After the match, the coach said, "We ...': the writer's phrase
    return fronted


def _tensed(verb: Token) -> bool:
    """Whether a verb carries a tense, itself or through its helping verb ("was dead", "was
    never approved", "will fail"), as a statement's verb does."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                       for c in verb.children)


def _set_before(child: Token) -> bool:
    """ "In 1997, Elise wrote, she ...": a phrase that opens the sentence, set off by a comma
    before the cue's subject, which the parse hung on the cue, is the sentence's, not the
    cue's own words."""
    verb, doc = child.head, child.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    end = child.right_edge.i
    return child.dep_ != "nsubj" and subject is not None and end < subject.left_edge.i and \
        doc[end + 1].text in INSERT_PUNCT


def fragment_before(verb: Token) -> tuple[int, int] | None:
    """ "Not this year, she said.", "Too late, the mayor said.": a speech verb that ends its
    sentence after its subject and a comma, with no clause of its own, said the words before
    the comma, which the parse did not take for a clause."""
    doc, sent = verb.doc, verb.sent
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if cue_lemma(verb) not in SPEECH_VERBS or verb.dep_ != "ROOT" or subject is None or \
            subject.i > verb.i:
        return None
    comma, first = subject.left_edge.i - 1, doc[sent.start]
    ending = [t.text for t in doc[verb.i + 1 : sent.end] if not t.is_space]
    if comma <= sent.start or doc[comma].text != "," or ending != ["."] or any(
            t.is_quote for t in doc[sent.start : comma]) or (
            first.dep_ in ("prep", "mark") and first.head.i == verb.i):
        return None  # not "In a statement, the mayor said:" nor "After the vote, she said."
    return chars(doc[sent.start : comma])
