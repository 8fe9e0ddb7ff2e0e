"""Phrases that say whose account a sentence is: according to, by his account, in her view."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_spans import Attribution, around, chars
from reader.analysis.cue_speakers import source_of_statement
from reader.analysis.cue_words import CUE_VERBS, cue_lemma
from reader.analysis.speaker_spans import noun_phrase

# Relative pronouns that open the writer's clause on a source ("..., according to police, who").
_RELATIVES = frozenset({"who", "which", "whose", "whom"})


def according(token: Token) -> Attribution | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:  # "according to show insiders", parsed as a verb
        nouns = [t for t in to.subtree if t.pos_ in ("NOUN", "PROPN", "PRON")]
        source = nouns[-1] if nouns else None
    if source is None:
        return None
    head = token.head if token.head.i != token.i else None
    content = _beside(token) or (around(head, token) if head is not None else None)
    speaker = source_of_statement(source)
    return Attribution((token.i, to.i + 1), noun_phrase(speaker), _past_described(token, content))


def _past_described(token: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "According to the study, published in a journal, the man had ...": a participle
    set off by commas right after the source tells what the source is; what it says follows."""
    doc = token.doc
    words = None if content is None else doc.char_span(*content, alignment_mode="expand")
    if words is None or len(words) < 4 or words[0].tag_ != "VBN" or words.start < 2 or \
            doc[words.start - 1].text != "," or words.start <= token.i:
        return content
    comma = next((t for t in words[1:12] if t.text == ","), None)
    if comma is None or comma.i + 1 >= words.end:
        return content
    return chars(doc[comma.i + 1 : words.end]) or content


# What somebody's account of something is called when a sentence leans on it ("by his own
# account", "by one estimate").
ACCOUNTS = frozenset({"account", "admission", "estimate", "count", "reckoning", "calculation",
                      "tally"})


_SOME = frozenset({"one", "some", "most", "all", "many", "another", "several", "other"})


def by_account(noun: Token) -> Attribution | None:
    """ "By his own admission, the plan failed", "..., by one estimate, ...": the sentence
    leans on somebody's account, like "according to"."""
    by = noun.head
    if noun.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep" or \
            cue_lemma(noun) not in ACCOUNTS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and not any(c.lower_ in _SOME for c in noun.lefts):
        return None  # "passed by a wide count" is no account of anybody's
    sent = by.sent
    content = _beside(by) or chars(sent.doc[sent.start : sent.end])
    speaker = noun_phrase(owner) if owner is not None else (noun.left_edge.i, noun.i + 1)
    return Attribution((by.i, noun.i + 1), speaker, content)


def in_words_of(word: Token) -> Attribution | None:
    """ "In the words of one clerk, "We are exhausted."": whose words the sentence gives, as
    "according to" does."""
    doc = word.doc
    if word.i + 4 >= len(doc) or [t.lower_ for t in doc[word.i + 1 : word.i + 4]] != [
            "the", "words", "of"]:
        return None
    source = next((c for c in doc[word.i + 3].children if c.dep_ == "pobj"), None)
    content = _beside(word)
    if source is None or content is None:
        return None
    return Attribution((word.i, word.i + 4), noun_phrase(source_of_statement(source)), content)


# What one sees or judges by, whose owner's view a sentence gives ("in his eyes").
_VIEWS = frozenset({"view", "opinion", "eyes", "estimation", "judgment", "judgement", "mind"})


def in_view_of(word: Token) -> Attribution | None:
    """ "In her view, the deal is dead", "Only locals are welcome in his eyes": the sentence
    beside the phrase is its owner's view."""
    view = next((c for c in word.children if c.dep_ == "pobj"), None)
    if view is None or view.lower_ not in _VIEWS or word.dep_ != "prep":
        return None
    owner = next((c for c in view.children if c.dep_ == "poss"), None) or next(
        (g for c in view.rights if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"), None)  # "in the eyes of voters"
    if owner is None:
        return None
    sent, end = word.sent, word.right_edge.i
    content = _beside(word)
    if content is None and word.i > sent.start and all(
            t.is_punct or t.is_space for t in sent.doc[end + 1 : sent.end]):
        content = chars(sent.doc[sent.start : word.i])
    if content is None:
        return None
    return Attribution((word.i, view.i + 1), noun_phrase(owner), content)


# What finds something, whose finding a sentence can open with ("In the latest poll, ...").
FINDINGS = frozenset({"poll", "polling", "survey", "study", "analysis", "review", "audit",
                      "research", "report"})


def in_finding(word: Token) -> Attribution | None:
    """ "In the previous poll, Clinton led by 5 points": what a poll or a study found, when a
    sentence opens with it."""
    finding = next((c for c in word.children if c.dep_ == "pobj"), None)
    if finding is None or cue_lemma(finding) not in FINDINGS or word.dep_ != "prep" or \
            _said_in(word):
        return None
    content = _beside(word)
    if content is None:
        return None
    return Attribution((word.i, word.i + 1), noun_phrase(finding), content)


def _said_in(word: Token) -> bool:
    """ "In a report for the council, Dr Ames said: ...", "In its paper, the institute asks if
    ...": a verb of saying with a subject of its own says whose words the sentence gives; the
    report is only where they were written. A count of respondents is no such subject: "In
    the poll, 40% said ..." gives the poll's finding."""
    verb = word.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or cue_lemma(verb) not in CUE_VERBS or subject is None:
        return False
    return subject.lower_ not in _SOME and not any(
        t.like_num or t.text == "%" for t in subject.subtree)


def _beside(according: Token) -> tuple[int, int] | None:
    """ "According to X, A would see B go up" or "A ..., according to X": the whole sentence
    beside the phrase, wherever the parse hung it."""
    sent = according.sent
    last = according.right_edge.i
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    if according.i == words[0].i:  # the first comma closes the source, whatever the parse
        comma = next((t.i for t in sent.doc[according.i : min(sent.end, according.i + 20)]
                      if t.text == "," and not _opens_apposition(t)), None)
        return None if comma is None else chars(sent.doc[comma + 1 : sent.end])
    if last == words[-1].i and according.i > sent.start and \
            sent.doc[according.i - 1].text in (",", "—", "–"):
        return chars(sent.doc[sent.start : according.i - 1])
    if _closes_its_clause(according, last):
        return chars(sent.doc[sent.start : according.i - 1])
    return None


def _closes_its_clause(according: Token, last: int) -> bool:
    """ "A dozen were chosen, according to sources, although nobody confirms it": a phrase set
    off by commas before a subordinating conjunction, 'but' or a relative pronoun closes the
    clause it reports; what follows is the writer's ("..., and the top 10% paid ..." goes on
    with the source's account)."""
    doc = according.doc
    if according.i <= according.sent.start + 2 or doc[according.i - 1].text != "," or \
            last + 3 >= according.sent.end or doc[last + 1].text != ",":
        return False
    after = doc[last + 2]
    return after.pos_ == "SCONJ" or after.lower_ in _RELATIVES or after.lower_ == "but"


def _opens_apposition(comma: Token) -> bool:
    """Whether what follows a comma describes the noun before it ("the coach, Ali Mehraban,"):
    an apposition closed by a comma of its own, without a finite verb."""
    doc = comma.doc
    if comma.i + 1 >= len(doc):
        return False
    top = doc[comma.i + 1]
    while top.head.i > comma.i and top.head.i != top.i:
        top = top.head
    after = top.right_edge.i + 1
    return top.dep_ == "appos" and after < len(doc) and doc[after].text == "," and not any(
        t.tag_ in FINITE_TAGS for t in top.subtree)
