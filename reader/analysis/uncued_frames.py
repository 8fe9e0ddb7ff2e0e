"""A direct quote with no cue beside it: a sentence ending in a colon, a verb of manner, the
verb that governs it."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

from reader.analysis.cue_spans import Attribution
from reader.analysis.cue_words import WORD
from reader.analysis.headline_cues import title_cased
from reader.analysis.quote_marks import Quoted
from reader.analysis.speaker_spans import noun_phrase
from reader.analysis.subjects import surface_subject
from reader.analysis.subjects_not_speaking import moved_by

SCARE_WORDS = 4  # quoted fragments this short, inside a sentence, are scare quotes or titles
# Pronouns that stand for somebody who may speak ("He said:" and a quote below).
_PERSONAL = frozenset({"he", "she", "they", "we"})
# Verbs of manner that frame a quote they close, though they take no clause of their own.
_MANNER = frozenset({"laugh", "joke", "smile", "sigh", "grin", "shrug", "snap", "chuckle",
                     "scoff", "sneer", "snort", "growl", "mutter", "murmur", "mumble", "groan",
                     "gasp", "bark", "hiss", "exclaim", "muse", "interject", "deadpan",
                     "fume", "gush", "continue", "marvel", "beam", "quip",
                     # a raised or lowered voice ('then boomed, "..."')
                     "boom", "bellow", "roar", "yell", "holler", "thunder", "shriek", "cry",
                     "whisper", "rasp", "drawl", "stammer", "wail"})
# Phrasal verbs that carry on a quote the same way ('"..., right?" she went on').
_PHRASAL_MANNER = frozenset({("go", "on"), ("carry", "on"),
                             ("shoot", "back"), ("fire", "back"), ("hit", "back")})
# Writings whose words "read" gives ('"...," the statement read').
_WRITINGS = frozenset({"statement", "letter", "memo", "note", "sign", "banner", "message",
                       "post", "tweet", "headline", "caption", "notice", "email", "e-mail",
                       "placard", "poster", "card", "inscription", "plaque", "document",
                       "release", "report", "minute", "entry", "label", "text", "citation"})
# How a quote hangs on the verb that governs it ('urged the party to "..."', 'read "..."').
_GOVERNED = frozenset({"dobj", "pobj", "prep", "aux", "xcomp", "ccomp", "attr", "oprd",
                       "dative", "advcl"})
# Verbs that hold a quote without anybody saying it ('was "...", 'has "...').
_NOT_FRAMES = frozenset({"be", "have", "do", "get"})


def scare_short(content: str) -> bool:
    """Whether a quoted stretch has SCARE_WORDS words or fewer (counted no further)."""
    return sum(1 for _ in islice(WORD.finditer(content), SCARE_WORDS + 1)) <= SCARE_WORDS


def uncued_frame(doc: Doc, text: str, quoted: Quoted) -> Attribution | None:
    """The frame of a quote no cue stands beside, where its sentence gives one."""
    return _introduced(doc, text, quoted) or _manner_frame(doc, text, quoted) or _governing_frame(
        doc, text, quoted)


def _introduced(doc: Doc, text: str, quoted: Quoted) -> Attribution | None:
    """A quote after a colon that closes a sentence about somebody: 'X was in no doubt: "..."'."""
    before = text[max(0, quoted.outer.start - 400) : quoted.outer.start].rstrip()
    offset = max(0, quoted.outer.start - 400)
    if not before.endswith(":"):
        return None
    colon = doc.char_span(offset + len(before) - 1, offset + len(before),
                          alignment_mode="expand")
    if colon is None:
        return None
    root = colon[0].sent.root
    subject = moved_by(root) or next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in
                               _PERSONAL) or "\n" in doc[subject.i : colon.start].text:
        return None
    return Attribution((root.i, root.i + 1), noun_phrase(subject), None)


def _manner_frame(doc: Doc, text: str, quoted: Quoted) -> Attribution | None:
    """ '"We will win," she laughed.', 'She continued, "Nobody ..."': a verb of manner that
    says nothing by itself frames the quote it closes or opens in its paragraph."""
    quote = doc.char_span(quoted.outer.start, quoted.outer.end, alignment_mode="expand")
    if quote is None:
        return None
    after = list(doc[quote.end : quote.end + 5])
    before = list(doc[max(0, quote.start - 5) : quote.start])[::-1]
    if text[quoted.content.end - 1 : quoted.content.end] == ".":
        after = []  # '"... a failed candidate." Lee fired back in March': a sentence ended
    for near in (after, before):
        for token in near:
            if "\n" in token.text or (token.is_punct and token.text not in (",", ":", "—", "–")):
                break  # the frame stays in its sentence and paragraph
            if token.pos_ != "VERB" or not (_of_manner(token) or (
                    near is after and _wording(token))):
                continue
            # its own subject, or the one a verb joined by "and" shares ('She thanked the
            # crowd and then boomed, "..."')
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None) or (
                surface_subject(token) if token.dep_ == "conj" else None)
            if subject is not None:
                end = max([token.i] + [c.i for c in token.children if _particle(token, c)]) + 1
                return Attribution((token.i, end), noun_phrase(subject), None)
    return None


def _wording(verb: Token) -> bool:
    """ '"We will not close the plant," the statement read', '"...," reads a memo': "read" after
    a quote, with a letter, a statement, a sign or another writing as its subject, gives the
    writing's words."""
    return verb.lemma_.lower() == "read" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _WRITINGS for c in verb.children)


def _governing_frame(doc: Doc, text: str, quoted: Quoted) -> Attribution | None:
    """ 'He urged the party to "do the right thing and open its doors"': a quote of a few
    words or more that the main verb of its sentence governs, standing before it, is framed by
    that verb when its subject is somebody named or a personal pronoun (not a headline's)."""
    content = quoted.content.of(text)
    if scare_short(content) or title_cased(content):
        return None  # a title or a scare-quoted phrase, not somebody's words
    quote = doc.char_span(quoted.outer.start, quoted.outer.end, alignment_mode="expand")
    if quote is None:
        return None
    governor = quote[0]
    while quote.start <= governor.i < quote.end and governor.head.i != governor.i:
        governor = governor.head
    for _ in range(3):  # up through "to" and an object: 'urged the party to "..."'
        if governor.pos_ == "VERB" or governor.dep_ not in _GOVERNED:
            break
        governor = governor.head
    if governor.pos_ != "VERB" or governor.dep_ != "ROOT" or governor.i >= quote.start or \
            governor.is_upper or \
            governor.lemma_.lower() in _NOT_FRAMES or any(
                "\n" in t.text or t.text in (".", "!", "?") for t in doc[governor.i : quote.start]):
        return None  # the parse hung the quote on a sentence before it
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL
                               or subject.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None
    return Attribution((governor.i, governor.i + 1), noun_phrase(subject), None)


def _of_manner(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    return lemma in _MANNER or (any(_particle(verb, c) for c in kids)
                                and not any(c.dep_ in ("xcomp", "dobj") for c in kids))


def _particle(verb: Token, child: Token) -> bool:
    """Whether child is the particle of a phrasal verb of manner ("went on", "shot back"),
    which the parse makes a particle or, for "back", an adverb."""
    return child.dep_ in ("prt", "advmod") and child.i > verb.i and \
        (verb.lemma_.lower(), child.lower_) in _PHRASAL_MANNER
