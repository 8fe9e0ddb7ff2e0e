"""What a figure counts, the verb it goes with, and who the sentence says claims it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reader.analysis.cues import attributions

# Counted nouns that stand for an earlier noun ("injuring 110 others").
ELLIPTICAL = frozenset({"other", "others", "more"})
_NOUNS = ("NOUN", "PROPN")
_NOUN_LEFT = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "ADV", "VERB"})
_ATTACHED = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "det", "npadvmod",
                       "appos", "poss"})
_PRONOUNS = frozenset({"PRON"})
_DETERMINERS = frozenset({"the", "a", "an"})
# Reporting verbs tell who claims a figure, not what it is about.
_SAYING = frozenset({"say", "tell", "report", "add", "state", "note", "write", "claim",
                     "announce", "confirm", "explain", "according"})


@dataclass(frozen=True, slots=True)
class Claim:
    """Who a sentence says claims something, and the characters it covers (None: the sentence)."""

    speaker: str
    speaker_chars: tuple[int, int]
    content: tuple[int, int] | None


def counted_noun(doc: Doc, anchor: int, end: int, limit: int, *, kind: str = "cardinal",
                 unit_noun: Token | None = None) -> Token | None:
    """The noun a figure counts: "22 people", "dozens of drones", "110 other people".

    ``anchor`` is the figure's last number token and ``end`` the token after its span. A measure
    counts its unit ("9,420 nautical miles" -> miles); money counts nothing, and a percentage only
    what it is a share of ("70% of sales").
    """
    if unit_noun is not None and kind == "quantity":
        if not _adjectival(doc, unit_noun, end, limit):
            return unit_noun
        return _noun_to_the_right(doc, end, limit)
    if end < limit and doc[end].lower_ == "of":
        return _of_object(doc, end, limit)
    if kind in ("money", "percent"):
        return None
    token = doc[anchor]
    head = token.head
    if token.dep_ in _ATTACHED and head.i >= end and head.pos_ in _NOUNS and head.i < limit:
        return _compound_head(head)
    return _noun_to_the_right(doc, end, limit)


def _adjectival(doc: Doc, unit: Token, end: int, limit: int) -> bool:
    """ "a 30GB iPod", "a 3.5-inch display": a measure glued to its unit describes the next noun."""
    glued = not doc[unit.i - 1].whitespace_
    return glued and end < limit and doc[end].pos_ in ("NOUN", "PROPN", "ADJ")


def _of_object(doc: Doc, of: int, limit: int) -> Token | None:
    pobj = next((c for c in doc[of].children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.pos_ in _NOUNS:
        return _compound_head(pobj)
    if pobj is not None and pobj.pos_ in _PRONOUNS:
        return None
    j = of + 1
    while j < limit and j < of + 8 and doc[j].pos_ in ("DET", "PART", "ADJ", "PROPN", "NUM"):
        j += 1
    return _noun_to_the_right(doc, j, limit) if j < limit else None


def _compound_head(token: Token) -> Token:
    """The head of a noun compound: "job" in "job cuts" -> "cuts"."""
    for _ in range(4):
        head = token.head
        if token.dep_ == "compound" and head.i > token.i and head.pos_ in _NOUNS:
            token = head
        else:
            break
    return token


def _noun_to_the_right(doc: Doc, start: int, limit: int) -> Token | None:
    """The last noun of the noun phrase right after a figure, when the parse did not attach it."""
    found: Token | None = None
    j = start
    while j < limit and j < start + 6:
        token = doc[j]
        if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and found is None):
            found = token
        elif token.text == "-" and not token.whitespace_:
            pass
        elif token.pos_ not in _NOUN_LEFT or (token.pos_ == "VERB" and token.tag_ != "VBN") or (
                found is not None and token.pos_ not in _NOUNS):
            break
        j += 1
    if found is not None and found.pos_ == "PROPN" and not any(c.isdigit() for c in found.text):
        return None  # "22 Russians" is a count of people only when tagged a noun
    return found


def counted_name(token: Token) -> str:
    """The name of what is counted: a noun's lemma, or a proper noun or code as written."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() if token.lemma_ else token.lower_
    return token.text


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token in the parse ("killed" for "22 people were killed")."""
    for _ in range(6):
        if token.pos_ == "VERB":
            return None if token.lemma_.lower() in _SAYING else token
        if token.head.i == token.i:
            break
        token = token.head
    return None


def claims(sent: Span) -> list[Claim]:
    """Who the sentence attributes its content to ("police said", "according to officials")."""
    doc = sent.doc
    found: list[Claim] = []
    for attribution in attributions(sent):
        if attribution.speaker is None:
            continue
        start, end = attribution.speaker
        while start < end - 1 and doc[start].lower_ in _DETERMINERS:
            start += 1
        speaker = doc[start:end]
        according = doc[attribution.cue[0]].lower_ == "according"
        content = None if according else attribution.content
        found.append(Claim(speaker.text, (speaker.start_char, speaker.end_char), content))
    return found


def claimant(found: list[Claim], start: int, end: int) -> str | None:
    """The speaker whose claim covers the characters [start, end), the narrowest first."""
    best: Claim | None = None
    for claim in found:
        if claim.speaker_chars[0] < end and start < claim.speaker_chars[1]:
            continue  # the figure is part of who speaks ("22 officials said")
        covers = claim.content is None or (claim.content[0] <= start and end <= claim.content[1])
        if covers and (best is None or _width(claim) < _width(best)):
            best = claim
    return best.speaker if best is not None else None


def _width(claim: Claim) -> int:
    if claim.content is None:
        return 10**9  # "according to" covers the whole sentence: the last resort
    return claim.content[1] - claim.content[0]
