"""Finding the figures in an article: counts, money, percentages, ages, ranges and ordinals.

Choices (the same as the gold conventions in tests/data/gold/SOURCES.md where they meet):
- left out: dates, years, clock times, phone numbers, numbers in names and codes ("Covid-19",
  "F-16", "Boeing 737", "Flight 574", "No. 1", "9/11") and "one" as a pronoun ("one of them");
- kept: durations ("2,000 years", unit "years"), ordinals (kind "ordinal"), fractions ("a
  third", kind "fraction") and scores ("1–0", kind "score", no value);
- bounds: an exact figure has low = high = value; "at least" and "more than" set low; "up to",
  "at most" and "less than" set high; a range has both and no value; "about" has none;
- a hedged range ("about 20 to 30", "40 to 50 or so", "between roughly 5 and 7") is "about",
  with the range's low and high and no value; a bound before a range ("at least 3 to 4")
  leaves it "range";
- vague amounts have no value, the qualifier "about", and bounds from twice their unit to just
  under the next order: "dozens" 24 to 99, "hundreds" 200 to 999, "tens of thousands" 20,000
  to 99,999;
- counts: the lemma of the counted noun ("people", "drone"), also through "of" ("dozens of
  drones") and adjectives ("110 other people"); "110 others" counts "other" as written; a bare
  count of the killed or hurt, or a bare subject ("hundreds protested"), counts "people";
  money, measures and scores count nothing, and a percentage only the whole it is a share of
  ("64 percent of registered nurses" counts "nurse").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from reader.analysis.cues import SentenceCues, sentence_cues
from reader.analysis.model import NumberMention
from reader.analysis.number_affixes import (
    age_before,
    currency_before,
    qualifier_after,
    qualifier_before,
    suffix,
)
from reader.analysis.number_blocks import blocked_tokens
from reader.analysis.number_candidates import figure_starts
from reader.analysis.number_claims import Claim, claimant, claims
from reader.analysis.number_codes import code_numbers
from reader.analysis.number_context import (
    casualty_next,
    counted_by_total,
    counted_name,
    counted_noun,
    figure_verb,
    multiplied,
    people_counted,
)
from reader.analysis.number_core import Core
from reader.analysis.number_elided import share_elided_units
from reader.analysis.number_lexicon import year_like
from reader.analysis.number_ranges import join_range
from reader.analysis.number_scan import core_at
from reader.analysis.number_shares import share_ages, share_change_ends, share_counts, share_units
from reader.analysis.number_words import SCALE_ABBREVIATIONS, tidy
from reader.document import TextSpan

_LOWER_BOUNDS = frozenset({"at least", "more than"})
_UPPER_BOUNDS = frozenset({"up to", "at most", "less than"})
_CLAUSE_ROLES = frozenset({"ROOT", "advcl", "ccomp", "relcl"})  # what a noun never is


def extract_numbers(doc: Doc, cues: SentenceCues | None = None,
                    text: str | None = None) -> Iterator[NumberMention]:
    """Every figure of a parsed document that is not a date or a time, in text order; cues
    gives a sentence's attributions where the caller keeps them (sentence_cues), and text the
    Doc's text where the caller has it."""
    starts = figure_starts(doc)
    if not starts:
        return
    if text is None:
        text = doc.text  # once, not again for each sentence's cues
    if cues is None:
        cues = sentence_cues(text)
    blocked = blocked_tokens(doc, text)
    codes = code_numbers(doc, starts)
    earlier: tuple[int, list[NumberMention]] = (-1, [])  # the last figures' sentence's end
    for sent in _sentences(doc):
        first, last = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        if first == last:
            continue
        figures = list(_figures(doc, sent, starts[first:last], blocked, codes))
        if figures:
            mentions = _describe(doc, sent, figures, cues,
                                 earlier[1] if earlier[0] == sent.start else [])
            earlier = (sent.end, mentions)
            yield from mentions


def _sentences(doc: Doc) -> Iterator[Span]:
    if doc.has_annotation("SENT_START"):
        yield from doc.sents
    elif len(doc):
        yield doc[:]


def _figures(doc: Doc, sent: Span, starts: list[int], blocked: set[int],
             codes: frozenset[str]) -> Iterator[Core]:
    """The figures of a sentence, read from its candidate tokens left to right."""
    floor = sent.start
    for i in starts:
        if i < floor or i in blocked:
            continue
        figure = _figure_at(doc, i, sent.end, floor, blocked, codes)
        if figure is not None:
            yield figure
            floor = max(figure.end, i + 1)


def _figure_at(doc: Doc, i: int, limit: int, floor: int, blocked: set[int],
               codes: frozenset[str]) -> Core | None:
    currency = currency_before(doc, i, floor)
    core = core_at(doc, i, limit, currency is not None, codes)
    if core is None:
        return None
    if currency is not None:
        core.unit, core.kind, core.start = currency[1], "money", currency[0]
    suffix(doc, core, limit)
    _ratio(doc, core, limit, codes)
    join_range(doc, core, limit, floor, blocked)
    _sign(doc, core, floor)
    qualifier_before(doc, core, floor)
    age_before(doc, core, floor)
    qualifier_after(doc, core, limit)
    return None if _lone_one(doc, core, floor, limit) else core


def _lone_one(doc: Doc, core: Core, floor: int, limit: int) -> bool:
    """A bare "one" is mostly a determiner ("one of the reasons"), not a figure worth listing;
    it stays when qualified, measured or listed with other figures ("one or two")."""
    if core.kind != "cardinal" or not _reads_one(doc, core):
        return False
    token = doc[core.start]
    if core.end < limit and doc[core.end].lower_ == "of":
        return True  # "one of the traders" is a pronoun
    if token.dep_ == "nummod" and token.head.i == core.end and core.start > floor and \
            doc[core.start - 1].lower_ not in ("a", "an", "the", "of", "this", "that", "at"):
        return False  # "fired one shell"; "at one stage" is an idiom
    near = [doc[k] for k in (core.start - 2, core.start - 1, core.end, core.end + 1)
            if floor <= k < limit]
    # a year beside it is no figure it is listed with ("a timely one for 2005")
    return not any(t.like_num and t.i != core.start and not _a_year(t) for t in near) and not (
        core.start > floor and doc[core.start - 1].lower_ in ("only", "just", "single"))


def _a_year(token: Token) -> bool:
    return token.ent_type_ == "DATE" and year_like(token.text)


def _reads_one(doc: Doc, core: Core) -> bool:
    """Whether the figure is written "one", in any case; the span is built only for three
    characters."""
    first, last = doc[core.start], doc[core.end - 1]
    return last.idx + len(last.text) - first.idx == 3 and \
        doc[core.start : core.end].text.lower() == "one"


def _ratio(doc: Doc, core: Core, limit: int, codes: frozenset[str]) -> None:
    """ "nine out of 10", "one in three": a share, read as a fraction."""
    if core.kind != "cardinal" or core.value is None or core.end >= limit:
        return
    link = doc[core.end].lower_
    if link in ("out", "of") and core.end + 2 < limit and \
            doc[core.end + 1].lower_ == ("of" if link == "out" else "every"):
        start = core.end + 2  # "nine out of 10", "one of every nine"
    elif link == "in" and core.value == 1 and core.end + 1 < limit:
        start = core.end + 1
    else:
        return
    whole = core_at(doc, start, limit, False, codes)
    if whole is None or whole.kind != "cardinal" or not whole.value or whole.value < core.value:
        return
    core.value, core.kind, core.end = tidy(core.value / whole.value), "fraction", whole.end


def _sign(doc: Doc, core: Core, floor: int) -> None:
    """ "minus 5 degrees", "negative one": the sign word makes the figure negative."""
    if core.start <= floor or doc[core.start - 1].lower_ not in ("minus", "negative"):
        return
    if core.kind not in ("cardinal", "fraction", "quantity"):
        return
    core.start -= 1
    core.value = None if core.value is None else tidy(-core.value)
    if core.low is not None and core.high is not None:
        core.low, core.high = tidy(-core.high), tidy(-core.low)


def _describe(doc: Doc, sent: Span, figures: list[Core], cues: SentenceCues,
              earlier: list[NumberMention]) -> list[NumberMention]:
    """The figures of a sentence described; earlier holds the sentence before's, if it had any."""
    found = claims(sent, cues) if any(f.kind != "ordinal" for f in figures) else []
    mentions: list[NumberMention] = []
    sentence = TextSpan(sent.start_char, sent.end_char)
    for figure in figures:
        mentions.append(_mention(doc, sent, figure, sentence, found))
    share_counts(doc, mentions)
    share_change_ends(doc, mentions)
    share_units(doc, mentions)
    share_elided_units(doc, mentions)
    share_ages(doc, mentions)
    _share_elided_counts(doc, figures, mentions, earlier)
    return mentions


def _share_elided_counts(doc: Doc, figures: list[Core], mentions: list[NumberMention],
                         earlier: list[NumberMention]) -> None:
    """ "The mill made 40,000 bolts in May. In June 52,000 were made": a bare figure that is the
    subject of a passive verb names what it counts no more than a pronoun would, and counts
    what the figure before it counts, in its sentence or the sentence before."""
    for index, (figure, mention) in enumerate(zip(figures, mentions, strict=True)):
        if mention.counts is not None or mention.kind != "cardinal" or \
                doc[_anchor(doc, figure)].dep_ != "nsubjpass":
            continue
        before = [m for m in (*earlier, *mentions[:index]) if m.kind == "cardinal" and m.counts]
        if before:
            mentions[index] = replace(mention, counts=before[-1].counts)


def _verb_of_the_count(noun: Token, figure: Core) -> bool:
    """ "the top 10 face off", "the final four meet": a singular word after a count of more
    than one (not an ordinal: "30th anniversary") that takes a particle or heads a clause is
    the verb the counted ones do, which the tagger took for a noun."""
    value = figure.value
    if noun.tag_ != "NN" or figure.kind != "cardinal" or value is None or value <= 1:
        return False
    return noun.dep_ in _CLAUSE_ROLES or any(c.dep_ == "prt" for c in noun.children)


def _mention(doc: Doc, sent: Span, figure: Core, sentence: TextSpan,
             found: list[Claim]) -> NumberMention:
    start = doc[figure.start].idx
    last = doc[figure.end - 1]
    end = last.idx + len(last.text.rstrip(".") if _stopped_scale(last) else last.text)
    anchor = _anchor(doc, figure)
    unit_noun = doc[figure.unit_token] if figure.unit_token is not None else None
    noun = None if casualty_next(doc, figure.end) else counted_noun(
        doc, anchor, figure.end, sent.end, kind=figure.kind, unit_noun=unit_noun,
        many=figure.kind == "cardinal" and figure.value is not None and figure.value > 1)
    if noun is not None and (not any(c.isalpha() for c in noun.text) or _scaled(noun)
                             or _verb_of_the_count(noun, figure)):
        noun = None  # "225.86 | -12.99": a table's rule; "47% of the £1.34bn": an amount
    verb = figure_verb(noun if noun is not None else doc[anchor])
    if noun is None and figure.kind == "cardinal" and figure.unit is None:
        noun = counted_by_total(verb)  # "The number of jobless fell to 4.46 million"
    unit = figure.unit
    if noun is not None and unit is None:
        multiple, compared = multiplied(doc, noun, sent.end)
        if multiple:
            unit, noun = "times", compared
    low, high = figure.low, figure.high
    if figure.qualifier == "exact" and figure.value is not None:
        low = high = figure.value
    elif figure.qualifier in _LOWER_BOUNDS and low is None:
        low = figure.value
    elif figure.qualifier in _UPPER_BOUNDS and high is None:
        high = figure.value
    return NumberMention(
        span=TextSpan(start, end), value=figure.value, low=low, high=high,
        qualifier=figure.qualifier, unit=unit,
        counts=counted_name(noun) if noun is not None else people_counted(
            doc, anchor, figure.start, figure.kind, sent_start=sent.start),
        verb=verb.text if verb is not None else None, claimant=claimant(found, start, end),
        kind=figure.kind, sentence=sentence)


def _scaled(noun: Token) -> bool:
    """ "1.34bn", "20m": digits with a scale glued on, an amount and nothing counted (a model's
    number, "737s", is counted)."""
    return _AMOUNT.fullmatch(noun.text) is not None


_AMOUNT = re.compile(r"\d[\d,.]*(?:bn|m|mn|k|tn|trn)", re.IGNORECASE)


def _stopped_scale(token: Token) -> bool:
    """ "m." closing "£17m.": the sentence's full stop is no part of the figure."""
    return token.lower_.endswith(".") and token.lower_[:-1] in SCALE_ABBREVIATIONS


def _anchor(doc: Doc, figure: Core) -> int:
    """The figure's last number token: what the parser attaches to the counted noun."""
    for i in range(figure.end - 1, figure.start - 1, -1):
        token = doc[i]
        if token.like_num or token.pos_ == "NUM" or token.text[:1].isdigit():
            return i
    return figure.end - 1
