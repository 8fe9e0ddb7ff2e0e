"""The words and patterns time expressions are read by: weekdays, months, numbers, "ago", "next"."""

from __future__ import annotations

import re

from reader.analysis.holidays import HOLIDAY_PATTERN

WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
MONTHS = {name: i + 1 for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"))}
MONTHS |= {name[:3]: n for name, n in MONTHS.items() if name != "may"} | {"sept": 9}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_MONTH_NAME = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_MONTH = r"(?P<month>" + _MONTH_NAME + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[6-9]\d\d|2[01]\d\d)"
WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUMBER = r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")"
# Words without which an expression cannot name a day: checked before any other work.
TEMPORAL = re.compile(
    r"\d|" + _MONTH + r"|" + WEEKDAY + r"|today|tonight|yesterday|tomorrow|day|week|month|year"
    r"|night|morning|eve|christmas|easter|halloween|thanksgiving")
DAY_NAMING = re.compile(
    r"\b(?:" + _MONTH_NAME + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today"
    r"|tonight|yesterday|tomorrow|day|night|morning|afternoon|evening|noon|midnight|eve"
    r"|weekend|week|[ap]\.?m)\b|\d:\d\d|" + HOLIDAY_PATTERN.pattern)
DAY_PRECISE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday"
    r"|tomorrow|day|days|night|morning|afternoon|evening|eve)\b|" + HOLIDAY_PATTERN.pattern)
ISO = re.compile(r"\b" + YEAR + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
MONTH_DAY = re.compile(r"\b" + _MONTH + r" " + _DAY + r"\b(?:,? " + YEAR + r")?")
DAY_MONTH = re.compile(r"\b(?:the )?" + _DAY + r" (?:of )?" + _MONTH + r"(?:,? " + YEAR + r")?")
MONTH_YEAR = re.compile(r"\b" + _MONTH + r"(?:,? (?:of )?" + YEAR + r")?\b")
MONTH_IN = re.compile(r"\b" + _MONTH + r"(?!\w)")
YEAR_ONLY = re.compile(r"(?:^|\b(?:in|of|since|during|early|late|mid|-) ?)" + YEAR + r"$")
WEEKDAY_RULE = re.compile(r"\b(?:(?P<which>last|this|next|past|coming) )?" + WEEKDAY)
AGO = re.compile(_NUMBER + r" (?P<unit>day|week|fortnight|month|year)s? "
                  r"(?P<dir>ago|earlier|before|later|after|previously|since)\b")
_UNITS = r"(?:day|week|fortnight|month|year)"
AHEAD = re.compile(r"(?:\bin |\bwithin )" + _NUMBER + r" (?P<unit>" + _UNITS + r")s?\b|"
                    + _NUMBER.replace("<n>", "<m>") + r" (?P<unit2>" + _UNITS + r")s? from now\b")
PERIOD = re.compile(r"\b(?P<which>last|this|next|past|previous|coming|following|the) "
                     r"(?P<unit>week|weekend|month|year)\b")
EVE = re.compile(r"\b(?P<rel>eve|day before|day after|night before|morning after) (?:of )?")
PUNCTUATION = re.compile(r"[^\w'./-]+")
SPACES = re.compile(r"\s+")
SLASHED = re.compile(r"\d/\d")
# Numeric dates and dates with a month name that our rules did not read: dateparser's share.
DATELIKE = re.compile(r"\b(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{1,2}/\d{1,2}"
                       r"|\d{1,2}\.\d{1,2}\.\d{4})\b"
                       r"|\b" + _MONTH_NAME + r"\b.*\d|\d.*\b" + _MONTH_NAME + r"\b")
_DEICTIC = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "tomorrow": 1}
ANCHORED = {"the previous day": -1, "the day before": -1, "a day earlier": -1,
             "the previous night": -1, "the night before": -1, "the day prior": -1,
             "the next day": 1, "the following day": 1, "a day later": 1, "the day after": 1,
             "the next morning": 1, "the following morning": 1, "that day": 0,
             "the same day": 0, "that night": 0, "that morning": 0, "that afternoon": 0,
             "that evening": 0, "the day": 0}
DEICTIC_PATTERNS = [(re.compile(r"\b" + words + r"\b"), offset)
                     for words, offset in _DEICTIC.items()]
# "the previous day", "later that day", "(of) the day": the whole expression, or its end.
ANCHORED_PATTERN = re.compile(
    r"(?:^|\b(?:of|on|later|earlier|during) )(?P<words>"
    + "|".join(re.escape(w) for w in sorted(ANCHORED, key=len, reverse=True))
    + r"|" + "|".join(re.escape(w.removeprefix("the ")) for w in ANCHORED if w.startswith("the ")
                      and w != "the day")
    + r")$")
