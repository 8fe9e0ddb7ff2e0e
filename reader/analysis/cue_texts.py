"""Cues that name a text or a statement instead of reporting what it says: a text written or
posted, a statement named before the participle that reports it, a topic talked about."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_words import CUE_VERBS, SPEECH_VERBS, cue_lemma

# Verbs of putting words down or online, whose noun object may be the text itself.
_WRITING = frozenset({"write", "post", "tweet", "retweet", "pen", "publish", "blog", "scrawl",
                      "scribble", "type", "jot"})
# Texts and pieces of writing, as things made or put out ("wrote a memoir", "posted a
# message"): naming one says nothing of what it says, unless it says what it is about.
_TEXTS = frozenset({
    "letter", "memo", "memoir", "book", "note", "message", "comment", "article", "column",
    "commentary", "op-ed", "essay", "post", "tweet", "editorial", "piece", "paper", "blog",
    "email", "e-mail", "text", "news", "biography", "autobiography", "novel", "chapter",
    "script", "poem", "diary", "entry", "caption", "update", "story", "review", "obituary",
    "screenplay", "song", "thread", "profile", "handbook", "guide", "guidebook", "manual",
    "textbook", "cookbook", "play", "lyric"})
# Statements as things made ("released a statement", "defended the remark"), besides texts.
_STATEMENTS = _TEXTS | {"statement", "remark", "announcement", "speech", "release", "testimony",
                        "briefing", "interview", "response", "reply", "answer"}
# Verbs of talking about something, whose object or "on" phrase names what is talked about
# ("explaining his decision", "commenting on the report"), not a claim or a stance taken.
_TALKING_OF = frozenset({"explain", "comment", "discuss", "describe", "report", "speak", "talk",
                         "address", "reflect"})


def text_made(verb: Token, lemma: str, content: tuple[int, int] | None) -> bool:
    if lemma not in _WRITING or content is None:
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is not None and thing.text.startswith("@"):
        return True  # "He tweets @pmorici": the account written from, not what is written
    return thing is not None and cue_lemma(thing) in _TEXTS and \
        verb.doc[thing.left_edge.i].idx == content[0] and \
        not any(t.dep_ == "prep" and t.lower_ == "about" for t in thing.subtree)


def named_then_said(verb: Token, content: tuple[int, int] | None) -> bool:
    if content is None:
        return False
    span = verb.doc.char_span(*content, alignment_mode="expand")
    if span is None or cue_lemma(span.root) not in _STATEMENTS or \
            any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i >= span.end and
               cue_lemma(c) in SPEECH_VERBS for c in verb.children)


def opens_on_a_topic(token: Token) -> bool:
    """Whether a word is, or lies inside, a participle of talking about something that opens
    its sentence before a cue of its own subject and names only a thing ("Explaining his
    decision, Ms Vale said ...", "Commenting on the report's call to quit, the firm said
    ..."): that names what the cue after it reports, and is no statement of its own."""
    return any(topic_then_said(t) for t in (token, *token.ancestors))


def topic_then_said(verb: Token) -> bool:
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i < verb.i or \
            cue_lemma(verb) not in _TALKING_OF or cue_lemma(head) not in CUE_VERBS or \
            verb.left_edge.i != verb.sent.start or \
            not any(c.dep_ == "nsubj" and c.i > verb.i for c in head.children):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "parataxis", "oprd") or c.lower_ == "as"
                   for c in verb.children) and not any(t.is_quote for t in verb.subtree)
