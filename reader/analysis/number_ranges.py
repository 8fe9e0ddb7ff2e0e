"""Ranges of figures: "5 to 10", "between 5 and 10", "5-10 million", and a change's two ends."""

from __future__ import annotations

from spacy.tokens import Doc

from reader.analysis import number_lexicon as lex
from reader.analysis.number_affixes import currency_symbol, suffix
from reader.analysis.number_core import Core
from reader.analysis.number_digits import tally_around
from reader.analysis.number_scan import core_at
from reader.analysis.number_words import tidy

# "at least 22" is bounded below by 22, "up to 700" above by 700.
# Words that stress the figure after "to" ("dropped from 40 to just 12 weeks").
_EMPHASIS = frozenset({"just", "only", "barely", "a", "an"})
# Kinds whose unit the first figure of "from 36 to 21 days" shares with the second.
_SHARED_KINDS = frozenset({"quantity", "percent"})


def join_range(doc: Doc, core: Core, limit: int, floor: int, blocked: set[int]) -> None:
    """Joins "5 to 10", "5-10", "between 5 and 10", "$12 million to $20 million" into one."""
    if core.kind == "ordinal" or core.value is None or core.end + 1 >= limit:
        return
    link = doc[core.end]
    hedged = _hedged_between(doc, core.start, floor)  # "between roughly 5 and 7 million"
    before = "between" if hedged else doc[core.start - 1].lower_ if core.start > floor else ""
    joins = link.lower_ in ("to", "through", "-", "–", "—") or (
        link.lower_ == "and" and before == "between") or (link.lower_ == "or" and \
        core.kind == "cardinal")
    if not joins or core.end + 1 in blocked:
        return
    at = core.end + 1
    if _hyphened_to(doc, core.end, limit):
        at = core.end + 3  # "one-to-seven days"
    changed = before == "from" and _changes(doc[core.start - 1])
    second = _second(doc, at, limit, money=core.kind == "money")
    if second is None and changed and at + 1 < limit and doc[at].lower_ in _EMPHASIS:
        second = _second(doc, at + 1, limit, money=core.kind == "money")  # "to just 21 days"
    if second is None or second.value is None or second.kind == "ordinal" or (
            second.unit is not None and core.unit is not None and second.unit != core.unit):
        return  # "rose 4.2 per cent to 1,234p" is no range
    low, high = _shared_scale(core, second)
    if link.text in lex.RANGE_DASHES and not link.whitespace_ and float(low).is_integer() \
            and float(high).is_integer() and low < 100 and high < 100 and (
                high < low or (core.unit is None and second.unit is None
                               and tally_around(doc, core.start, second.end))):
        core.value, core.kind, core.end = None, "score", second.end  # "5-0"
        return
    if changed:
        _share_unit(core, second)
        return
    if high <= low and before != "between":
        return
    if before == "by" and link.lower_ == "to" and high > 3 * low:
        return  # "cut by 30 to 126": by how much, then to what; "by 5 to 10 percent" is a range
    if link.lower_ == "to" and high > 3 * low and core.unit is not None and \
            second.unit is not None and core.start > floor and \
            doc[core.start - 1].lemma_.lower() in lex.CHANGE_VERBS:
        return  # "rose 4p to 230p", "fell 2 percent to 40 percent": by how much, then to what
    if link.lower_ == "or" and (high >= 100 or high - low > max(2.0, low / 4)):
        return  # "two or three", "21 or 22"; "$199 or $249" are two prices
    core.low, core.high = min(low, high), max(low, high)
    core.value, core.qualifier, core.end = None, "range", second.end
    if core.unit is None and second.unit is not None:
        core.unit, core.kind = second.unit, second.kind
    if before in ("between", "from"):
        core.start -= 2 if hedged else 1
        core.qualifier = "about" if hedged else core.qualifier


def _hedged_between(doc: Doc, start: int, floor: int) -> bool:
    """Whether a one-word hedge stands between "between" and the figure at start ("between
    about 20 and 30"): the range is hedged, and "between" still opens it."""
    return start - 1 > floor and doc[start - 2].lower_ == "between" and \
        lex.QUALIFIERS_BEFORE.get((doc[start - 1].lower_,)) == "about"


def _share_unit(first: Core, second: Core) -> None:
    """ "fell from 36 to 21 days": the first figure of a change has the unit of the second."""
    if first.unit is None and second.unit is not None and second.kind in _SHARED_KINDS:
        first.unit, first.kind = second.unit, second.kind


def _hyphened_to(doc: Doc, i: int, limit: int) -> bool:
    """ "-to-" written between two figures, as in "one-to-seven": dash, "to", dash, no spaces."""
    return i + 3 < limit and doc[i].text in lex.RANGE_DASHES and doc[i + 1].lower_ == "to" \
        and doc[i + 2].text in lex.RANGE_DASHES and not any(
            doc[k].whitespace_ for k in range(i - 1, i + 3))


def _second(doc: Doc, i: int, limit: int, *, money: bool) -> Core | None:
    currency = currency_symbol(doc[i])
    start = i + 1 if currency else i
    if start >= limit:
        return None
    second = core_at(doc, start, limit, money or currency is not None)
    if second is None:
        return None
    if currency:
        second.kind, second.unit = "money", currency
    suffix(doc, second, limit)
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
