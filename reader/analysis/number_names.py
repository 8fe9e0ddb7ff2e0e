"""Figures with a capital scale letter that are no amount: "3M" the company, "2B Mindset" the
programme, "4K" the picture, "a 5K" the race."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from reader.analysis import number_lexicon as lex
from reader.analysis.cue_words import SPEECH_VERBS
from reader.analysis.date_patterns import WEEKDAYS
from reader.analysis.headline_cues import title_cased
from reader.analysis.number_words import SCALES

# Digits with a capital scale letter glued on, in one token ("2B") or two ("3" "M").
_GLUED_SCALE = re.compile(r"\d+(?:\.\d+)?(?:K|M|B|BN|MN)$")
_SCALE_LETTERS = frozenset({"K", "M", "B", "BN", "MN"})
# What a capitalised word after such a figure may be while the figure is still an amount.
_NOT_NAME_LABELS = frozenset({"NORP", "DATE", "TIME", "PERSON", "MONEY"})
# Prepositions that tie a firm to a noun ("a spokesman for 3M", "engineers at 3M").
_FIRM_PREPOSITIONS = frozenset({"at", "for", "from", "against", "with"})
# Verbs of working whose "at" or "for" names an employer.
_WORKING = frozenset({"work", "intern", "consult", "teach", "retire", "volunteer"})


def glued_scale(doc: Doc, i: int) -> tuple[str, int] | None:
    """ "2B", "3M" written from token i: the text and the token after it, or None."""
    text = doc[i].text
    if _GLUED_SCALE.match(text):
        return text, i + 1
    if i + 1 < len(doc) and not doc[i].whitespace_ and text.isdigit() and \
            doc[i + 1].text in _SCALE_LETTERS:
        return text + doc[i + 1].text, i + 2
    return None


def scale_name(doc: Doc, i: int) -> str | None:
    """The glued figure at i ("3M") when this use of it makes it a name throughout the
    document: an owner ("3M's chief") or a speaker ("3M said")."""
    glued = glued_scale(doc, i)
    if glued is None or glued[1] >= len(doc):
        return None
    written, end = glued
    if doc[end].text in ("'s", "’s"):
        return written
    head = doc[end - 1]
    return written if head.dep_ == "nsubj" and head.head.lemma_ in SPEECH_VERBS else None


def named_by_preposition(doc: Doc, end: int) -> bool:
    """Whether the glued figure ending before token end is the object of a preposition that
    ties a firm to a noun: "shares of 3M" (of after a plural), "a spokesman for 3M", "a suit
    against 3M", or to working ("worked at 3M"); not an amount's ("a total of 3M", "sold for
    3M")."""
    token = doc[end - 1]
    prep = token.head
    if token.dep_ != "pobj" or prep.i >= token.i:
        return False
    noun = prep.head
    if prep.lower_ == "of":
        return noun.tag_ in ("NNS", "NNPS")
    if prep.lower_ in ("at", "for") and noun.lemma_.lower() in _WORKING:
        return True  # "worked at 3M", "consults for 3M": where one works is a firm
    return prep.lower_ in _FIRM_PREPOSITIONS and noun.pos_ in ("NOUN", "PROPN")


def opens_name(doc: Doc, end: int) -> bool:
    """Whether the glued figure ending before token end opens a longer name in running text
    ("the 2B Mindset plan", "3M Health Care"); in a title-case headline every word has a
    capital, so none does there."""
    return end < len(doc) and _name_word(doc[end]) and not headline(doc, end)


def _name_word(token: Token) -> bool:
    """A capitalised word that goes on a name, not one a figure measures or dates."""
    lower = token.lower_
    return token.is_title and token.is_alpha and len(token) > 1 and not token.is_sent_start \
        and lower not in lex.UNITS and lower not in lex.CURRENCY_WORDS and lower not in SCALES \
        and lower not in lex.MONTHS and lower not in WEEKDAYS \
        and token.ent_type_ not in _NOT_NAME_LABELS


def headline(doc: Doc, i: int) -> bool:
    """Whether token i is in a title-case sentence, where every word is capitalised."""
    return doc.has_annotation("SENT_START") and title_cased(doc[i].sent.text)


# Words after "4K" or "8K" that make it a picture's resolution, not four thousand.
_SCREEN_WORDS = frozenset({
    "tv", "tvs", "television", "televisions", "video", "videos", "resolution", "display",
    "displays", "screen", "screens", "monitor", "monitors", "content", "output", "hdr", "uhd",
    "streaming", "camera", "cameras", "footage", "blu-ray", "gaming", "movies", "films", "oled",
    "led", "lcd", "qled", "smart", "ultra", "projector", "graphics", "playback"})
# Words after "5K" or "10k" that make it a race's distance in kilometres.
# Singular only: "2K runners" are two thousand of them.
_RACE_WORDS = frozenset({"race", "run", "walk", "fun", "road", "trail", "course"})
# Verbs of a race one runs: "ran a 10K", "won the 5K".
_RACE_VERBS = frozenset({"run", "walk", "race", "win", "finish", "complete", "enter", "host",
                         "hold", "organize", "organise", "train", "join", "do", "jog"})


def k_reading(doc: Doc, i: int) -> tuple[str, int] | None:
    """What a figure glued to K at token i is when it is no thousands, with the token after
    it: "screen" for a picture's resolution ("a 4K TV", "shot in 8K"), "race" for a race's
    kilometres ("a 5K run", "ran a 10K"), else None."""
    text = doc[i].text
    if len(text) > 1 and text[-1] in ("K", "k") and text[:-1].isdigit():
        digits, end = text[:-1], i + 1
    elif glued := glued_scale(doc, i):
        digits, end = glued[0][:-1], glued[1]
        if glued[0][-1] != "K" or not digits.isdigit():
            return None
    else:
        return None
    following = doc[end] if end < len(doc) else None
    after = following.lower_ if following is not None else ""
    if digits in ("4", "8") and (after in _SCREEN_WORDS or (
            i > 0 and doc[i - 1].lower_ == "in" and (following is None or following.is_punct
                                                     or after in ("at", "and", "or")))):
        return "screen", end
    if after in _RACE_WORDS:
        return "race", end
    alone = following is None or following.pos_ != "NOUN"
    head = doc[end - 1].head
    if alone and i > 0 and doc[i - 1].lower_ in ("a", "the", "this", "that") and \
            head.lemma_.lower() in _RACE_VERBS:
        return "race", end
    return None
