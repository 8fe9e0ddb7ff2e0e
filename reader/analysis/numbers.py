"""Finding the figures in an article: counts, money, percentages, ages, ranges and ordinals.

Dates, clock times, phone numbers and numbers inside names or codes ("Covid-19", "F-16",
"Boeing 737") are left out. Vague amounts have no value but bounds: "dozens" is 24 to 99,
"hundreds" 200 to 999, "tens of thousands" 20,000 to 99,999, with the qualifier "about". A range
has no value, its bounds in low and high and the qualifier "range". An elliptical count
("killing 22 people and injuring 110 others") counts the noun of the figure before it in the
sentence ("people"); with none before, it counts "others".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from reader.analysis import number_lexicon as lex
from reader.analysis.model import NumberMention
from reader.analysis.number_context import (
    casualty_next,
    claimant,
    claims,
    counted_name,
    counted_noun,
    governing_verb,
    people_counted,
)
from reader.analysis.number_scan import Core, blocked_tokens, code_numbers, core_at
from reader.analysis.number_words import SCALE_ABBREVIATIONS, tidy
from reader.document import TextSpan

# "at least 22" is bounded below by 22, "up to 700" above by 700.
_LOWER_BOUNDS = frozenset({"at least", "more than"})
_UPPER_BOUNDS = frozenset({"up to", "at most", "less than"})
_MAX_QUALIFIER = max(len(words) for words in lex.QUALIFIERS_BEFORE)


def extract_numbers(doc: Doc) -> Iterator[NumberMention]:
    """Every figure of a parsed document that is not a date or a time, in text order."""
    blocked = blocked_tokens(doc)
    codes = code_numbers(doc)
    for sent in _sentences(doc):
        figures = list(_figures(doc, sent, blocked, codes))
        if figures:
            yield from _describe(doc, sent, figures)


def _sentences(doc: Doc) -> Iterator[Span]:
    if doc.has_annotation("SENT_START"):
        yield from doc.sents
    elif len(doc):
        yield doc[:]


def _figures(doc: Doc, sent: Span, blocked: set[int], codes: frozenset[str]) -> Iterator[Core]:
    i, floor = sent.start, sent.start
    while i < sent.end:
        figure = None if i in blocked else _figure_at(doc, i, sent.end, floor, blocked, codes)
        if figure is None:
            i += 1
            continue
        yield figure
        i = floor = max(figure.end, i + 1)


def _figure_at(doc: Doc, i: int, limit: int, floor: int, blocked: set[int],
               codes: frozenset[str]) -> Core | None:
    currency = _currency_before(doc, i, floor)
    core = core_at(doc, i, limit, currency is not None, codes)
    if core is None:
        return None
    if currency is not None:
        core.unit, core.kind, core.start = currency[1], "money", currency[0]
    _suffix(doc, core, limit)
    _ratio(doc, core, limit, codes)
    _range(doc, core, limit, floor, blocked)
    _sign(doc, core, floor)
    _qualifier_before(doc, core, floor)
    _qualifier_after(doc, core, limit)
    return None if _lone_one(doc, core, floor, limit) else core


def _lone_one(doc: Doc, core: Core, floor: int, limit: int) -> bool:
    """A bare "one" is mostly a determiner ("one of the reasons"), not a figure worth listing;
    it stays when qualified, measured or listed with other figures ("one or two")."""
    if doc[core.start : core.end].text.lower() != "one" or core.kind != "cardinal":
        return False
    token = doc[core.start]
    if core.end < limit and doc[core.end].lower_ == "of":
        return True  # "one of the traders" is a pronoun
    if token.dep_ == "nummod" and token.head.i == core.end and core.start > floor and \
            doc[core.start - 1].lower_ not in ("a", "an", "the", "of", "this", "that", "at"):
        return False  # "fired one shell"; "at one stage" is an idiom
    near = [doc[k] for k in (core.start - 2, core.start - 1, core.end, core.end + 1)
            if floor <= k < limit]
    return not any(t.like_num and t.i != core.start for t in near) and not (
        core.start > floor and doc[core.start - 1].lower_ in ("only", "just", "single"))


def _ratio(doc: Doc, core: Core, limit: int, codes: frozenset[str]) -> None:
    """ "nine out of 10", "one in three": a share, read as a fraction."""
    if core.kind != "cardinal" or core.value is None or core.end >= limit:
        return
    link = doc[core.end].lower_
    if link == "out" and core.end + 2 < limit and doc[core.end + 1].lower_ == "of":
        start = core.end + 2
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


def _currency_before(doc: Doc, i: int, floor: int) -> tuple[int, str] | None:
    """ "$", "US$", "€", "USD" right before the digits: (first token, ISO code)."""
    if i <= floor:
        return None
    symbol = doc[i - 1]
    code = lex.CURRENCY_SYMBOLS.get(symbol.lower_) or (
        symbol.text if symbol.text in lex.ISO_CURRENCIES else None)
    if code is None:
        return None
    start = i - 1
    if start > floor and code == "USD" and doc[start - 1].lower_ in ("us", "u.s."):
        start -= 1
    return start, code


def _suffix(doc: Doc, core: Core, limit: int) -> None:
    """What follows the digits: a scale for money, a percent sign, a currency, a unit, an age."""
    j = core.end
    if j < limit and core.kind == "money" and doc[j].lower_ in SCALE_ABBREVIATIONS and \
            core.value is not None and core.scale == 1:
        scale = SCALE_ABBREVIATIONS[doc[j].lower_]
        core.value, core.scale, j = tidy(core.value * scale), scale, j + 1
    j = _percent(doc, core, j, limit)
    if core.value is None and core.low is not None and j + 1 < limit and \
            doc[j].lower_ == "of" and _currency_after(doc, core, j + 1, limit) > j + 1:
        j = _currency_after(doc, core, j + 1, limit)  # "millions of dollars"
    j = _currency_after(doc, core, j, limit)
    j = _unit_after(doc, core, j, limit)
    core.end = j
    if core.start > 0 and doc[core.start - 1].lower_ in ("age", "ages") and \
            core.kind == "cardinal":
        core.kind, core.unit = "age", "years"  # "at age 12"
    if core.start > 0 and doc[core.start - 1].lower_ == "aged" and (
            core.kind == "cardinal" or core.unit in ("years", "months", "weeks", "days")):
        core.start, core.kind, core.unit = core.start - 1, "age", core.unit or "years"


def _percent(doc: Doc, core: Core, j: int, limit: int) -> int:
    if j >= limit or core.kind == "money":
        return j
    lower = doc[j].lower_
    if lower in ("%", "percent", "pct", "pc"):
        core.kind, core.unit = "percent", "%"
        return j + 1
    if j + 1 < limit and (lower, doc[j + 1].lower_) == ("per", "cent"):
        core.kind, core.unit = "percent", "%"
        return j + 2
    if j + 1 < limit and lower == "percentage" and doc[j + 1].lower_ in ("point", "points"):
        core.kind, core.unit = "percent", "percentage points"
        return j + 2
    return j


def _currency_after(doc: Doc, core: Core, j: int, limit: int) -> int:
    """ "20 million dollars", "1.2 trillion yuan", "$249 USD", "5 Australian dollars"."""
    if j >= limit or core.kind in ("percent", "ordinal"):
        return j
    token = doc[j]
    nation = lex.DOLLAR_NATIONS.get(token.lower_)
    if nation is not None and j + 1 < limit and doc[j + 1].lower_ in ("dollar", "dollars"):
        core.kind, core.unit = "money", nation
        return j + 2
    if token.lower_ == "hong" and j + 2 < limit and doc[j + 2].lower_ in ("dollar", "dollars"):
        core.kind, core.unit = "money", "HKD"
        return j + 3
    if token.text in lex.ISO_CURRENCIES:
        core.kind, core.unit = "money", token.text
        return j + 1
    code = lex.CURRENCY_WORDS.get(token.lower_)
    if code is None or (token.lower_ == "won" and token.pos_ == "VERB"):
        return j
    if token.lower_ in ("pound", "pounds") and core.kind != "money" and (
            token.ent_type_ != "MONEY" or (j + 1 < limit and doc[j + 1].lower_ == "of")):
        core.kind, core.unit = "quantity", "lb"
        return j + 1
    if core.kind != "money" or core.unit in (None, code):
        core.kind, core.unit = "money", code
    return j + 1


def _unit_after(doc: Doc, core: Core, j: int, limit: int) -> int:
    """A unit of measure ("10 km", "3.5-inch", "2,000 years") or an age ("15-year-old")."""
    if j >= limit or core.kind in ("percent", "money", "ordinal") or core.unit is not None:
        return _age_suffix(doc, core, j, limit)
    start = j
    if doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_:
        j += 1
    prefix = ""
    if j < limit and doc[j].lower_ in lex.UNIT_PREFIXES:
        prefix, j = doc[j].lower_, j + 1
    if j >= limit:
        return start
    lower = doc[j].lower_
    unit = lex.UNITS.get(lower)
    if unit is None or (len(lower) < 2 and doc[j - 1].whitespace_) or doc[j].pos_ == "VERB":
        return start
    if unit == "seconds" and lower == "second" and doc[j - 1].whitespace_ and prefix == "":
        return start
    core.unit, core.kind, core.unit_token = lex.unit_name(prefix, unit), "quantity", j
    return _age_suffix(doc, core, j + 1, limit)


def _age_suffix(doc: Doc, core: Core, j: int, limit: int) -> int:
    if core.unit not in ("years", "months", "weeks", "days"):
        return j
    if j + 1 < limit and doc[j].text == "-" and doc[j + 1].lower_ == "old":
        core.kind = "age"
        return j + 2
    if j < limit and doc[j].lower_ == "old":
        core.kind = "age"
        return j + 1
    return j


def _range(doc: Doc, core: Core, limit: int, floor: int, blocked: set[int]) -> None:
    """Joins "5 to 10", "5-10", "between 5 and 10", "$12 million to $20 million" into one."""
    if core.kind == "ordinal" or core.value is None or core.end + 1 >= limit:
        return
    link = doc[core.end]
    before = doc[core.start - 1].lower_ if core.start > floor else ""
    joins = link.lower_ in ("to", "through", "-", "–", "—") or (
        link.lower_ == "and" and before == "between") or (link.lower_ == "or" and \
        core.kind == "cardinal")
    if not joins or core.end + 1 in blocked:
        return
    second = _second(doc, core.end + 1, limit, money=core.kind == "money")
    if second is None or second.value is None or second.kind == "ordinal" or (
            second.unit is not None and core.unit is not None and second.unit != core.unit):
        return  # "rose 4.2 per cent to 1,234p" is no range
    low, high = _shared_scale(core, second)
    if link.text in lex.RANGE_DASHES and high < low and not link.whitespace_ and \
            float(low).is_integer() and float(high).is_integer() and low < 100:
        core.value, core.kind, core.end = None, "score", second.end  # "5-0"
        return
    if before == "from" and _changes(doc[core.start - 1]):
        return
    if high <= low and before != "between":
        return
    if link.lower_ == "or" and (high >= 100 or high - low > max(2.0, low / 4)):
        return  # "two or three", "21 or 22"; "$199 or $249" are two prices
    core.low, core.high = min(low, high), max(low, high)
    core.value, core.qualifier, core.end = None, "range", second.end
    if core.unit is None and second.unit is not None:
        core.unit, core.kind = second.unit, second.kind
    if before in ("between", "from"):
        core.start -= 1


def _second(doc: Doc, i: int, limit: int, *, money: bool) -> Core | None:
    currency = lex.CURRENCY_SYMBOLS.get(doc[i].lower_) or (
        doc[i].text if doc[i].text in lex.ISO_CURRENCIES else None)
    start = i + 1 if currency else i
    if start >= limit:
        return None
    second = core_at(doc, start, limit, money or currency is not None)
    if second is None:
        return None
    if currency:
        second.kind, second.unit = "money", currency
    _suffix(doc, second, limit)
    return second


def _shared_scale(first: Core, second: Core) -> tuple[float, float]:
    """ "5 to 10 million": the scale of the second bound also scales the first."""
    low, high = float(first.value or 0), float(second.value or 0)
    if first.scale == 1 and second.scale > 1 and low * second.scale <= high:
        low *= second.scale
    return tidy(low), tidy(high)


def _changes(token: object) -> bool:
    """Whether "from" hangs off a verb of change ("rose from 5 to 10" is two figures)."""
    head = getattr(token, "head", None)
    for _ in range(3):
        if head is None:
            return False
        if head.pos_ in ("VERB", "NOUN") and head.lemma_.lower() in lex.CHANGE_VERBS:
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _qualifier_before(doc: Doc, core: Core, floor: int) -> None:
    if core.kind == "ordinal" or (core.qualifier == "range" and doc[core.start].lower_ in (
            "between", "from")):
        return
    for size in range(_MAX_QUALIFIER, 0, -1):
        start = core.start - size
        if start < floor:
            continue
        words = tuple(t.lower_ for t in doc[start : core.start])
        qualifier = lex.QUALIFIERS_BEFORE.get(words)
        if qualifier is None or not _qualifies(doc, core, start, words):
            continue
        if core.qualifier != "range":
            core.qualifier = qualifier
        core.start = start
        return


def _qualifies(doc: Doc, core: Core, start: int, words: tuple[str, ...]) -> bool:
    """ "over three years" and "talked about 5 issues" are no qualifiers."""
    if len(words) != 1 or words[0] not in lex.SPATIAL_QUALIFIERS:
        return True
    previous = doc[start - 1] if start > 0 else None
    if previous is not None and previous.lemma_.lower() in lex.PREPOSITION_VERBS:
        return False
    # "over six years" is a stretch of time; "for over six years" is more than six years.
    return core.unit not in lex.TIME_UNITS or (
        previous is not None and previous.lower_ in lex.DURATION_LEADS)


def _qualifier_after(doc: Doc, core: Core, limit: int) -> None:
    for size in (2, 1):
        end = core.end + size
        if end > limit:
            continue
        words = tuple(t.lower_ for t in doc[core.end : end])
        if words and words[0] in ("-",) and size == 2:
            words = words[1:]
        qualifier = lex.QUALIFIERS_AFTER.get(words)
        if qualifier is not None and core.qualifier == "exact":
            core.qualifier, core.end = qualifier, end
            return


def _describe(doc: Doc, sent: Span, figures: list[Core]) -> Iterator[NumberMention]:
    found = claims(sent) if any(f.kind != "ordinal" for f in figures) else []
    mentions: list[NumberMention] = []
    sentence = TextSpan(sent.start_char, sent.end_char)
    for figure in figures:
        mention = _mention(doc, sent, figure, sentence)
        claimed = claimant(found, mention.span.start, mention.span.end)
        mentions.append(replace(mention, claimant=claimed))
    _share_counts(doc, mentions)
    _share_ages(doc, mentions)
    yield from mentions


def _mention(doc: Doc, sent: Span, figure: Core, sentence: TextSpan) -> NumberMention:
    start = doc[figure.start].idx
    last = doc[figure.end - 1]
    end = last.idx + len(last.text)
    anchor = _anchor(doc, figure)
    unit_noun = doc[figure.unit_token] if figure.unit_token is not None else None
    noun = None if casualty_next(doc, figure.end) else counted_noun(
        doc, anchor, figure.end, sent.end, kind=figure.kind, unit_noun=unit_noun)
    verb = governing_verb(noun if noun is not None else doc[anchor])
    low, high = figure.low, figure.high
    if figure.qualifier == "exact" and figure.value is not None:
        low = high = figure.value
    elif figure.qualifier in _LOWER_BOUNDS and low is None:
        low = figure.value
    elif figure.qualifier in _UPPER_BOUNDS and high is None:
        high = figure.value
    return NumberMention(
        span=TextSpan(start, end), value=figure.value, low=low, high=high,
        qualifier=figure.qualifier, unit=figure.unit,
        counts=counted_name(noun) if noun is not None else people_counted(
            doc, anchor, figure.start, figure.kind, sent_start=sent.start),
        verb=verb.text if verb is not None else None, kind=figure.kind, sentence=sentence)


def _anchor(doc: Doc, figure: Core) -> int:
    """The figure's last number token: what the parser attaches to the counted noun."""
    for i in range(figure.end - 1, figure.start - 1, -1):
        token = doc[i]
        if token.like_num or token.pos_ == "NUM" or token.text[:1].isdigit():
            return i
    return figure.end - 1


def _between(doc: Doc, start: int, end: int) -> str:
    """The text between two figures, without building the whole text (doc.text is O(n))."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return span.text.strip().lower() if span is not None else ""


def _share_ages(doc: Doc, mentions: list[NumberMention]) -> None:
    """ "aged 16 and 17": a bare figure listed right after an age is an age too."""
    for index in range(1, len(mentions)):
        mention, before = mentions[index], mentions[index - 1]
        between = _between(doc, before.span.end, mention.span.start)
        if before.kind == "age" and mention.kind == "cardinal" and mention.counts is None and \
                between in ("and", "or", ",", "to"):
            mentions[index] = replace(mention, kind="age", unit=before.unit)


def _share_counts(doc: Doc, mentions: list[NumberMention]) -> None:
    """ "102 and 21 people": a bare figure shares the noun of the figure right after it."""
    for index in range(len(mentions) - 2, -1, -1):
        mention, following = mentions[index], mentions[index + 1]
        between = _between(doc, mention.span.end, following.span.start)
        if mention.counts in (None, "people") and following.counts and \
                mention.kind == following.kind == "cardinal" and \
                between in ("and", "or", ",", "to", "and up to"):
            mentions[index] = replace(mention, counts=following.counts)
