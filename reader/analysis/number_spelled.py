"""Reading a figure written in words: "twenty-one", "two thirds", "a dozen", "hundreds of"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.analysis import number_lexicon as lex
from reader.analysis.number_core import Core
from reader.analysis.number_dates import in_date
from reader.analysis.number_names import headline
from reader.analysis.number_neighbours import next_lower, noun_after
from reader.analysis.number_words import (
    DOZENS,
    FRACTIONS,
    NUMBER_WORDS,
    ORDINALS,
    SCALES,
    TENS,
    UNITS,
    VAGUE_PLURALS,
    ordinal_value,
    words_value,
)

VAGUE_STARTS = frozenset({"several", "few", "many", "some"})
# Verbs that place one in an order: "finished third", "ranked the UK third".
_PLACING = frozenset({"finish", "rank", "place", "end"})
_NOT_ONE_BEFORE = frozenset({"the", "this", "that", "every", "any", "no", "which", "each",
                             "someone", "anyone", "only"})
_NOT_HALF_BEFORE = frozenset({"the", "first", "second", "other", "each", "latter", "former",
                              "better", "this", "that", "its", "his", "her", "their", "our"})


def words_at(doc: Doc, i: int, limit: int) -> Core | None:
    """The figure written in words from token i, or None for a pronoun, a name or a time."""
    special = _vague_at(doc, i, limit)
    if special is not None or not _word_start(doc, i, limit):
        return special
    words, j = _collect_words(doc, i, limit)
    if not words or next_lower(doc, j - 1, limit) in lex.CLOCK_WORDS:
        return None  # "three o'clock" is a time
    ordinal = _ordinal(words)
    if ordinal is not None:
        return None if _ordinal_in_name_or_date(doc, i, j, limit) else Core(
            i, j, ordinal, kind="ordinal")
    value = words_value(words)
    if value is None:
        return None
    scale = max([SCALES.get(w, 1) for w in words] + [1])
    if len(words) == 1 and scale > 1 and _multi_before(doc, i):
        # "a multi-billion-dollar deal": several billions, as vague as "billions"
        return Core(i - 2, j, None, low=2 * scale, high=10 * scale - 1, qualifier="about")
    core = Core(i, j, value, scale=scale if scale > 1 and words[-1] in SCALES else 1)
    if any(w in FRACTIONS for w in words) and not any(w in SCALES or w in DOZENS for w in words):
        core.kind = "fraction"
    return core


def _multi_before(doc: Doc, i: int) -> bool:
    """Whether "multi-" is written glued before token i."""
    return i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "multi" and \
        not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _vague_at(doc: Doc, i: int, limit: int) -> Core | None:
    """ "dozens", "several hundred", "a couple dozen", "a few million"."""
    lower = doc[i].lower_
    following, after = next_lower(doc, i, limit), next_lower(doc, i + 1, limit)
    if lower in VAGUE_PLURALS or (lower in VAGUE_STARTS and
                                  following in (*SCALES, *VAGUE_PLURALS, "dozen")):
        return _vague(doc, i, limit)
    if lower == "a" and following == "couple" and after in ("dozen", *SCALES):
        return Core(i, i + 3, 2 * (DOZENS.get(after) or SCALES[after]), qualifier="about")
    if lower == "a" and following == "few" and after in (*SCALES, "dozen"):
        vague = _vague(doc, i + 1, limit)
        if vague is not None:
            vague.start = i
        return vague
    return None


def _ordinal(words: list[str]) -> int | None:
    """The ordinal the words write ("third", "twenty-first"); "a third", "two thirds" are
    fractions."""
    if words[0] in ("a", "an") or (len(words) > 1 and words[0] in UNITS and
                                   words[-1] in FRACTIONS):
        return None
    return ordinal_value("-".join(w for w in words if w != "-"))


def _ordinal_in_name_or_date(doc: Doc, i: int, j: int, limit: int) -> bool:
    token = doc[i]
    if in_date(doc, i, limit) or (token.pos_ == "ADV" and not _a_placing(token)) or \
            _ordinal_idiom(doc, i, j, limit) or _second_of_time(doc, i, j, limit):
        return True
    if j < limit and doc[j].lower_ in _PERIODS:
        return True  # "fourth quarter sales", "the second half": a period, a date
    if token.ent_type_ == "DATE" and not noun_after(doc, j - 1, limit):
        return True
    # "the Fifth Amendment", "Third Avenue", "the FIRST Global contest" (an acronym)
    if token.is_upper and len(token) > 1 and j < limit and doc[j].is_title:
        return not token.is_sent_start and not doc[j].is_sent_start
    return token.is_title and not token.is_sent_start and j < limit and doc[j].pos_ == "PROPN"


def _second_of_time(doc: Doc, i: int, j: int, limit: int) -> bool:
    """ "ten metres per second", "pulses every second": "second" after "per", or after "every"
    or "each" with no noun to number ("every second day" is every other day), is the unit of
    time, not an ordinal."""
    if doc[i].lower_ != "second" or i == 0 or j != i + 1:
        return False
    before = doc[i - 1].lower_
    return before == "per" or (before in ("every", "each") and not noun_after(doc, i, limit))


# Words that make one word with the ordinal before them, which then numbers nothing: "a first
# hand account", "sold to third parties", "second thoughts", "first aid", "a second rate side".
_IDIOMS = {
    "first": frozenset({"hand", "aid", "rate"}),
    "second": frozenset({"hand", "thought", "thoughts", "nature", "guess", "rate", "fiddle",
                         "wind"}),
    "third": frozenset({"party", "parties", "rate"}),
}


def _ordinal_idiom(doc: Doc, i: int, j: int, limit: int) -> bool:
    """ "a first hand account", "a first-hand account", "third parties": an ordinal that makes
    one word with the next, written apart or with a hyphen."""
    if j != i + 1 or j >= limit:
        return False
    following = doc[j]
    if following.text == "-" and not doc[i].whitespace_ and not following.whitespace_ and \
            j + 1 < limit:
        following = doc[j + 1]
    return following.lower_ in _IDIOMS.get(doc[i].lower_, ())


# Parts of a year, a game or an age an ordinal numbers, as a date does ("the fourth quarter",
# "the second half"); not one's own terms or seasons ("his third term", a count of them).
_PERIODS = frozenset({"quarter", "half", "century", "decade", "millennium", "semester",
                      "trimester", "innings", "period"})


def _a_placing(token: Token) -> bool:
    """ "finished third", "ended second", "ranked the UK third": an ordinal after a verb of
    placing is a rank, not an adverb of order ("First, ...", "he first came to power")."""
    head = token.head
    return head.i < token.i and head.lemma_.lower() in _PLACING and token.dep_ in (
        "advmod", "npadvmod", "oprd", "xcomp")


def _after_to(doc: Doc, i: int) -> bool:
    """Whether a word follows an infinitive's "to" ("trying to zero in"), which the tagger may
    take for a preposition; not a change's "to" ("fell to zero in May")."""
    if i == 0 or doc[i - 1].lower_ != "to":
        return False
    if doc[i - 1].tag_ == "TO":
        return True
    verb = doc[i - 2] if i > 1 else None
    return verb is not None and verb.pos_ in ("VERB", "AUX", "ADJ") and \
        verb.lemma_.lower() not in lex.CHANGE_VERBS


def _word_start(doc: Doc, i: int, limit: int) -> bool:
    token = doc[i]
    lower = token.lower_
    following = next_lower(doc, i, limit)
    previous = doc[i - 1].lower_ if i > 0 else ""
    verb_use = following in ("in", "out") and _after_to(doc, i)
    if token.pos_ == "VERB" or verb_use or _in_title(doc, i, limit):
        return False  # "to zero in on", "Half Life", "Zero Hedge"
    if lower in ("a", "an"):
        if following == "score" and i + 3 < limit and doc[i + 2].lower_ == "of" and \
                doc[i + 3].like_num:
            return False  # "with a score of 409.30": a result, not twenty
        if following in SCALES or following in DOZENS:
            return True
        after = doc[i + 2] if i + 2 < limit else None
        return following in FRACTIONS and following not in ("quarters", "halves") and (
            after is None or after.lower_ == "of" or after.pos_ not in ("NOUN", "ADJ", "PROPN"))
    if previous in ("number", "no.", "no") or (previous == "-" and i > 1 and
                                                doc[i - 2].lower_ == "number"):
        return False  # "number one" is a rank
    if previous in lex.ID_NOUNS and not noun_after(doc, i, limit):
        return False  # "day five", "Group 2"
    if lower == "one":
        return token.pos_ == "NUM" and previous not in _NOT_ONE_BEFORE and following != "another"
    if lower == "half":
        return previous not in _NOT_HALF_BEFORE and following != "-" and token.pos_ != "PROPN"
    if lower in FRACTIONS and lower not in ORDINALS:
        return lower == "quarter" and following in SCALES  # "quarter million"
    if lower == "second":
        return token.pos_ == "ADJ"
    return (lower in NUMBER_WORDS and lower not in ("score",)) or lower in ORDINALS


def _in_title(doc: Doc, i: int, limit: int) -> bool:
    """A capitalised number word inside a name: a proper noun follows it mid-sentence, or it
    ends a name joined by a hyphen."""
    token = doc[i]
    following = doc[i + 1] if i + 1 < limit else None
    if token.is_title and i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ \
            and not doc[i - 1].whitespace_ and doc[i - 2].is_title:
        return True  # "Take-Two", "Ocean's-Eleven": a number word ending a hyphenated name
    # "Seven Seas Hotel"; "SIX Swiss Exchange" (in capitals before a title-case name, where a
    # line in capitals has none)
    capital = token.is_title or (token.is_upper and len(token) > 1)
    if capital and not token.is_sent_start and following is not None and \
            following.tag_ in ("NNP", "NNPS", "NN") and following.is_title:
        return True
    return token.is_title and _ends_name(doc, i, following)


def _ends_name(doc: Doc, i: int, following: Token | None) -> bool:
    """ "near Ground Zero,", "the Big Ten's passer", "RPM (Revenue Per Thousand)": a number word
    the tagger reads as a proper noun, after a capitalised word, with no noun after it to count,
    ends a name; not in a title-case headline ("Crash Kills Seven"), where every word has a
    capital."""
    if i == 0 or doc[i].tag_ not in ("NNP", "NNPS") or not doc[i - 1].is_title:
        return False
    if following is not None and following.pos_ == "NOUN" and following.is_lower:
        return False
    return not headline(doc, i)


def _collect_words(doc: Doc, i: int, limit: int) -> tuple[list[str], int]:
    """The words of one number phrase from token i, and the token after it."""
    taken: list[tuple[str, int]] = []
    j = i
    while j < limit:
        token = doc[j]
        if token.is_space and taken:
            j += 1
            continue
        lower = token.lower_
        following = _next_word(doc, j, limit)
        words = [w for w, _ in taken]
        if taken and not _continues(words, lower, following, token, doc[taken[-1][1]]):
            break
        taken.append((lower, j))
        j += 1
        if lower in ORDINALS and lower not in FRACTIONS and len(taken) > 1:
            break
    while taken and taken[-1][0] in ("and", "-", "a", "an", "of", "point"):
        taken.pop()
    return [w for w, _ in taken], (taken[-1][1] + 1 if taken else i)


def _next_word(doc: Doc, j: int, limit: int) -> str:
    j += 1
    while j < limit and doc[j].is_space:
        j += 1
    return doc[j].lower_ if j < limit else ""


# Words before a count of quarters of a year ("the past three quarters"); a fraction takes
# none of them ("three quarters of voters", "Three quarters said no").
_PERIODS_BEFORE = frozenset({"the", "these", "those", "previous", "preceding", "past", "last",
                             "next", "first", "final", "coming", "recent", "consecutive",
                             "successive", "straight"})


def _fraction_continues(words: list[str], lower: str, last: str, following: str,
                        previous: Token) -> bool:
    """Whether a fraction's word (or an ordinal's: "twenty-first") goes on the number."""
    if last in TENS and lower in ORDINALS and ORDINALS[lower] < 10:
        return True  # "twenty-first" is an ordinal
    if lower == "quarters" and len(words) == 1 and _quarters_of_a_year(previous, following):
        return False  # "the preceding three quarters": three periods, no fraction
    return last in UNITS or last in TENS or last in ("a", "an", "hundred", "and") or \
        last in SCALES


def _quarters_of_a_year(number: Token, following: str) -> bool:
    """Whether "quarters" after the number word counts periods: a word of time or "the"
    before the number and no "of" after."""
    doc = number.doc
    return following != "of" and number.i > 0 and doc[number.i - 1].lower_ in _PERIODS_BEFORE


def _continues(words: list[str], lower: str, following: str, token: Token, previous: Token) -> bool:
    last = words[-1]
    before = words[-2] if len(words) > 1 else ""
    if lower == "-":
        glued = not previous.whitespace_ and not token.whitespace_
        return (glued and (following in NUMBER_WORDS or following in FRACTIONS or
                           following in ORDINALS or following in ("and", "a"))) or (
            last in TENS and following in UNITS)
    if last == "-" and lower in ("and", "a", "an"):  # "four-and-a-half"
        last, before = before, words[-3] if len(words) > 2 else ""
    if lower == "and":
        hyphened = following == "-" and not token.whitespace_
        return (last in SCALES and (following in UNITS or following in TENS)) or \
            ((following in ("a", "one") or hyphened) and last not in ("a", "an"))
    if lower in ("a", "an"):
        return last in ("half", "and", "quarter") or (last == "of" and before in FRACTIONS)
    if lower == "of":
        return last in VAGUE_PLURALS or (last in FRACTIONS and following in ("a", "an"))
    if lower == "point":
        return last in UNITS or last in TENS or last in SCALES
    if last == "point" or before == "point":
        return lower in UNITS or lower in TENS or lower == "-"
    if last == "-":
        last = before
    if lower in FRACTIONS:
        return _fraction_continues(words, lower, last, following, previous)
    if lower in ORDINALS:
        return last in TENS
    if token.text[:1].isdigit():
        return last == "and" and len(words) > 1
    if lower in ("dozens", "scores"):
        return last in UNITS or last in TENS
    if last in FRACTIONS or last in ("a", "an"):
        return lower in SCALES or lower in DOZENS
    return lower in NUMBER_WORDS and (last not in UNITS or lower in SCALES or lower in DOZENS)


def _vague(doc: Doc, i: int, limit: int) -> Core | None:
    """ "dozens", "hundreds of thousands", "several hundred": at least two of the unit."""
    size, j = 1, i
    if doc[i].lower_ in VAGUE_STARTS:
        j += 1
    while j < limit:
        lower = doc[j].lower_
        if lower in VAGUE_PLURALS:
            size *= VAGUE_PLURALS[lower]
        elif lower in SCALES or lower in DOZENS:
            size *= SCALES.get(lower) or DOZENS[lower]
        elif not (lower == "of" and j + 1 < limit and doc[j + 1].lower_ in VAGUE_PLURALS):
            break
        j += 1
    first = doc[i].lower_
    if size == 1 or (first in ("tens", "scores") and j == i + 1) or (
            first in VAGUE_STARTS and j == i + 1):
        return None
    if first in ("tens", "scores") and (j >= limit or doc[j].lower_ != "of") and j == i + 1:
        return None
    high = 99 if size in (12, 20) else size * 10 - 1
    return Core(i, j, None, low=2 * size, high=high, qualifier="about")

