"""What a figure counts and the verb it goes with."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.analysis.number_lexicon import CHANGE_VERBS
from reader.analysis.person_words import POSSESSIVES

# Verbs and adjectives that make a bare figure a count of people ("At least 107 killed").
CASUALTY_WORDS = frozenset({
    "kill", "injure", "wound", "die", "hurt", "arrest", "evacuate", "rescue", "displace",
    "detain", "drown", "trap", "hospitalize", "hospitalise", "infect", "strand", "dead",
    "injured", "wounded", "missing", "killed", "executed", "execute", "behead", "shoot",
    "stab", "murder", "abduct", "kidnap", "jail", "sentence", "charge", "convict", "bury",
})
NOUNS = ("NOUN", "PROPN")
_ATTACHED = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "det", "npadvmod",
                       "appos", "poss"})
_PRONOUNS = frozenset({"PRON"})
# Words after a fraction that open the phrase of what it is a share of, with no "of" between:
# "half the voters", "a third their income".
_PREDETERMINED = frozenset({"the", "their", "its", "his", "her", "our", "your", "my", "these",
                            "those", "this", "that"})
# Measures a fraction before them compares, counting nothing: "half the price", "a third the
# size".
_MEASURES = frozenset({"size", "price", "cost", "speed", "rate", "level", "length", "height",
                       "weight", "width", "distance", "value", "time", "age"})
# What a count after "top" ranks its entries in: "the top 500 list", "a top 40 chart".
_RANKINGS = frozenset({"list", "chart", "ranking", "table", "league", "spot", "place"})
# Nouns that name a total rather than what it counts.
_TALLIES = frozenset({"toll", "number", "total", "count", "figure", "tally", "sum", "amount"})
# Words after a bare figure that say the wins or losses came in a row, and count nothing: "lost
# five straight", "has won four running".
_IN_A_ROW = frozenset({"straight", "running"})
_TIMES = frozenset({"DATE", "TIME"})
_TIME_LEADS = frozenset({"last", "next", "past", "previous", "coming", "this"})
# Spelled figures before "figures" that count the digits of an amount ("earns six figures").
_DIGIT_COUNTS = frozenset({"four", "five", "six", "seven", "eight", "nine", "ten"})
# Words after "times" that make it a multiple: "times the size", "times as many", "times that".
_COMPARED = frozenset({"the", "as", "that", "what", "its", "their", "his", "her", "our",
                       "your", "my", "more", "less", "higher", "lower"})
# Reporting verbs tell who claims a figure, not what it is about.
_SAYING = frozenset({"say", "tell", "report", "add", "state", "note", "write", "claim",
                     "announce", "confirm", "explain", "according"})



def counted_noun(doc: Doc, anchor: int, end: int, limit: int, *, kind: str = "cardinal",
                 unit_noun: Token | None = None, many: bool = False) -> Token | None:
    """The noun a figure counts: "22 people", "dozens of drones", "110 other people".

    ``anchor`` is the figure's last number token and ``end`` the token after its span; ``many``
    says the figure is more than one (see _modifier_counted). Measures,
    scores and money count nothing; a percentage counts only the whole it is a share of ("74
    percent of registered voters").
    """
    if kind == "percent" and end < limit and doc[end].lower_ == "of":
        return _of_object(doc, end, limit)
    if kind in ("quantity", "score", "money", "percent") or (
            kind == "age" and unit_noun is not None):
        return None
    if end < limit and doc[end].lower_ == "of":
        return _of_object(doc, end, limit)
    if kind == "fraction" and end < limit and doc[end].lower_ in _PREDETERMINED:
        noun = _phrase_noun(doc, end + 1, limit)  # "half the voters", as "half of the voters"
        return None if noun is None or noun.lemma_.lower() in _MEASURES else noun
    if _digits_of_an_amount(doc, anchor, end, limit):
        return None
    if end + 1 < limit and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
            doc[end + 1].pos_ == "NOUN":
        return doc[end + 1]  # "a seven-storey brothel"
    token = doc[anchor]
    if _in_capitals(doc, anchor, end, limit):
        return doc[end]  # "SIX MEN DIE IN BLAST": in capitals the tagger's compounds mislead
    run = _noun_phrase_after(doc, end, limit)
    head = _compound_head(token.head) if token.dep_ in _ATTACHED else None
    if head is not None and head in run and not head.text.isdigit() and \
            head.lower_ not in _IN_A_ROW and head.pos_ != "ADJ" and \
            not _ranking(doc, anchor, head):  # "five 787 jets"
        # not "25 million more people": the people
        return _modifier_counted(doc[end], head) if many else head
    nouns = [t for t in run if t.pos_ == "NOUN" and t.lower_ not in _IN_A_ROW] or [
        t for t in run if t.pos_ == "PROPN" and any(c.isdigit() for c in t.text)]
    if nouns and _ranking(doc, anchor, nouns[-1]):
        nouns.pop()  # "a top 10 hoax list": ten hoaxes make one list
    if nouns:
        return nouns[-1]
    return _changed_subject(token)


def _modifier_counted(first: Token, head: Token) -> Token:
    """ "a five star hotel", "a two party system", "the eight player game": a figure of more
    than one before a singular noun that describes a singular one (the hyphens of "five-star"
    left out, as some papers write it) counts the first noun, not the one it describes; "five
    job cuts" counts the cuts."""
    if first.i < head.i and first.tag_ == "NN" and first.dep_ == "compound" and \
            head.tag_ in ("NN", "NNP") and first.lower_ not in _IN_A_ROW:
        return first
    return head


def _ranking(doc: Doc, anchor: int, noun: Token) -> bool:
    """Whether the noun is the ranking a count after "top" sizes ("the top 500 list")."""
    return noun.lemma_.lower() in _RANKINGS and anchor > 0 and doc[anchor - 1].lower_ == "top"


def _in_capitals(doc: Doc, anchor: int, end: int, limit: int) -> bool:
    """Whether a figure and the word after it stand in a line written in capitals, where that
    word is what it counts."""
    word = doc[end] if end < limit else None
    if word is None or not (word.is_upper and word.is_alpha and len(word) > 1) or \
            word.pos_ not in NOUNS:
        return False  # "3 NEW CARS": the noun is further on
    figure = doc[anchor]
    return (figure.is_upper and figure.is_alpha) or (
        figure.is_digit and end + 1 < limit and doc[end + 1].is_upper and doc[end + 1].is_alpha)


def _digits_of_an_amount(doc: Doc, anchor: int, end: int, limit: int) -> bool:
    """ "a six-figure salary", "a four-digit code", "earns seven figures": the figure counts
    the digits of another number, and no noun the reader would count."""
    if end + 1 < limit and doc[end].text in ("-", "–") and not doc[end].whitespace_ and \
            not doc[end - 1].whitespace_:
        return doc[end + 1].lower_ in ("figure", "digit")
    return end < limit and doc[end].lower_ == "figures" and doc[anchor].lower_ in _DIGIT_COUNTS


def multiplied(doc: Doc, noun: Token, limit: int) -> tuple[bool, Token | None]:
    """ "18 times the number of cells", "three times faster": "times" makes the figure a
    multiple, and what it multiplies is counted ("cells") when the phrase names a count; "won
    four times in a row" counts times. Returns (a multiple?, the noun counted)."""
    after = doc[noun.i + 1] if noun.lower_ == "times" and noun.i + 1 < limit else None
    if after is None or not (after.tag_ in ("JJR", "RBR") or after.lower_ in _COMPARED):
        return False, None
    tally = doc[noun.i + 2] if after.lower_ == "the" and noun.i + 3 < limit else None
    if tally is not None and tally.lower_ in _TALLIES and doc[tally.i + 1].lower_ == "of":
        return True, _of_object(doc, tally.i + 1, limit)
    return True, None


def _noun_phrase_after(doc: Doc, start: int, limit: int) -> list[Token]:
    """The adjectives, names and nouns right after a figure, up to the head of the phrase."""
    run: list[Token] = []
    j = start
    while j < limit and j < start + 8:
        token = doc[j]
        glued = token.text == "-" and not token.whitespace_
        if not (token.pos_ in NOUNS or token.pos_ in ("ADJ", "NUM") or glued or (
                token.pos_ == "VERB" and (token.tag_ == "VBN" or _describing(token)))) or not (
                glued or any(c.isalnum() for c in token.text)):
            break  # a mark the tagger took for a noun ("17 | Ann Lee"): no phrase goes past
        if _opens_a_time(token):
            break  # "hired 40 last month": when, not what was counted
        run.append(token)
        following = doc[j + 1] if j + 1 < limit else None
        if token.pos_ == "NOUN" and (following is None or (following.pos_ not in NOUNS and
                                     following.text != "-")):
            break
        j += 1
    return run


def _describing(token: Token) -> bool:
    """ "two competing formats", "three remaining hostages": a present participle that
    describes the noun after it, as an adjective would, is part of the counted phrase."""
    return token.tag_ == "VBG" and token.dep_ == "amod" and token.head.i > token.i


def _opens_a_time(token: Token) -> bool:
    """A word that opens a time expression after a figure: "last year", "next week" (not
    one inside the counted phrase: "263 daily papers", "one 6-month study")."""
    return token.ent_type_ in _TIMES and token.lower_ in _TIME_LEADS


def _changed_subject(token: Token) -> Token | None:
    """ "seats increased from 9 to 10": a figure of change counts the subject of the verb."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("from", "to", "by"):
        return None
    verb = prep.head
    if verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head  # "from 9 to 10": "to" hangs off "from"
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if subject.lemma_.lower() in _TALLIES:  # "the number of seats rose", not "the toll rose"
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        return objects[0] if objects and objects[0].pos_ == "NOUN" else None
    return subject


def _of_object(doc: Doc, of: int, limit: int) -> Token | None:
    pobj = next((c for c in _children(doc[of]) if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.pos_ in NOUNS:
        return _compound_head(pobj)
    if pobj is not None and pobj.pos_ in _PRONOUNS:
        return None
    return _phrase_noun(doc, of + 1, limit)


def _phrase_noun(doc: Doc, start: int, limit: int) -> Token | None:
    """The last common noun of the phrase opening at start, past its determiners, adjectives,
    names and figures: "the 40 striking dock workers" -> "workers"."""
    j = start
    while j < limit and j < start + 7 and doc[j].pos_ in ("DET", "PART", "ADJ", "PROPN", "NUM"):
        j += 1
    nouns = [t for t in _noun_phrase_after(doc, j, limit) if t.pos_ == "NOUN"]
    if nouns and nouns[-1].i + 1 < limit and doc[nouns[-1].i + 1].text in POSSESSIVES:
        return _phrase_noun(doc, nouns[-1].i + 2, limit) or nouns[-1]  # "the party's members"
    return nouns[-1] if nouns else None


def _children(token: Token) -> list[Token]:
    """A token's dependants; none without a parse, where spaCy 3.8 can crash reading them
    (whitespace tokens of a blank pipeline's document)."""
    return list(token.children) if token.dep else []


def _compound_head(token: Token) -> Token:
    """The head of a noun compound: "job" in "job cuts" -> "cuts"."""
    for _ in range(4):
        head = token.head
        if token.dep_ == "compound" and head.i > token.i and head.pos_ in NOUNS:
            token = head
        else:
            break
    return token


def counted_name(token: Token) -> str:
    """The name of what is counted: a noun's lemma, or a proper noun or code as written."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() if token.lemma_ else token.lower_
    return token.text


def people_counted(doc: Doc, anchor: int, start: int, kind: str, *,
                   sent_start: int = 0) -> str | None:
    """ "people" for a bare count of people: the killed or hurt ("at least 107 killed"), a death
    toll, or the subject of an active verb ("hundreds protested")."""
    if kind != "cardinal":
        return None
    token = doc[anchor]
    near = [token.head, *_children(token)]
    if anchor + 1 < len(doc):
        near.append(doc[anchor + 1])
    if any(t.lemma_.lower() in CASUALTY_WORDS or t.lower_ in CASUALTY_WORDS for t in near):
        return "people"
    if any(t.lemma_.lower() == "toll" for t in doc[max(sent_start, start - 8) : start]):
        return "people"
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        return "people"  # "hundreds protested"; "12,000 were added" may be anything
    return None


# Nouns for a total whose "of" names what the figures of its change count.
_TOTALS = frozenset({"number", "total", "tally", "count"})


def counted_by_total(verb: Token | None) -> Token | None:
    """ "The number of jobless fell by 7,000 to 4.46 million", "to increase the number of mobile
    users from 95 million to 250 million", "Visitor numbers rose to 1.2 million": what a bare
    figure of a change counts, named after "the number of" (or before "numbers") that is the
    changing verb's subject or object."""
    if verb is None or verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    for total in verb.children:
        if total.dep_ not in ("nsubj", "nsubjpass", "dobj") \
                or total.lemma_.lower() not in _TOTALS:
            continue
        of = next((c for c in total.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            return next((c for c in of.children if c.dep_ == "pobj"), None)
        if total.lower_ == "numbers":
            return next((c for c in total.children if c.dep_ == "compound"), None)
    return None


def casualty_next(doc: Doc, end: int) -> bool:
    """Whether a casualty word follows the figure at once ("107 killed")."""
    return end < len(doc) and doc[end].lower_ in CASUALTY_WORDS and doc[end].pos_ != "NOUN"


def figure_verb(token: Token) -> Token | None:
    """The verb a figure goes with: the nearest above it in the parse ("killed" for "22 people
    were killed"), none when that is a verb of saying."""
    for _ in range(6):
        if token.pos_ == "VERB" and token.is_alpha:
            return None if token.lemma_.lower() in _SAYING else token
        if token.head.i == token.i:
            break
        token = token.head
    return None
