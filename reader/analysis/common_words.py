"""Capitalised common words the model took for names: sentence openers, headlines, interjections."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from reader.analysis.demonyms import country_name, country_of_demonym
from reader.analysis.headline_lines import REACH, HeadlineLines, title_case
from reader.analysis.number_lexicon import UNITS
from reader.analysis.person_words import PERSON_TITLES
from reader.document import TextSpan

# Written with each run of a repeated letter made one ("Oooh" -> "oh", "Hmmm" -> "hm").
INTERJECTIONS = frozenset({
    "ah", "aha", "ahem", "alas", "argh", "aw", "bah", "duh", "eh", "ek", "erm", "gah", "gez",
    "gosh", "haha", "hey", "hm", "horay", "huh", "hurah", "meh", "nope", "oh", "ops", "ouch",
    "phew", "pft", "pst", "sh", "ugh", "uh", "voila", "welp", "whew", "whoa", "whops", "woho",
    "wow", "yay", "yeah", "yep", "yikes", "yuck", "yum",
})
# Words that follow a verb at the start of a command ("Download it", "Map out your plan") and
# never a name: a name opening a sentence is followed by its verb, not by the verb's object.
_AFTER_IMPERATIVE = frozenset({"it", "them", "me", "us", "your", "my", "our", "their",
                               "yourself", "out"})
# names one may have one of: "an iPhone", "a Democrat", "a Christian"
_COUNTABLE = frozenset({"PRODUCT", "NORP"})
_ENDS = ".!?:…"
_OPENING_QUOTES = "“‘«"
_QUOTES = "\"'“”‘’«»()[]"
_EDGE = "\"'“”‘’«»()[]{}<>,.;:!?…*_"
_INITIAL = re.compile(r"[A-Z]\.?")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+$")
# Abbreviations of common nouns, which the model takes for organisations: "its IPO", "the
# CEO", "an EV", "AWD", "a USB port". Written in capitals, without a plural "s".
_COMMON_ABBREVIATIONS = frozenset({
    "CEO", "CFO", "COO", "CTO", "CIO", "IPO", "GDP", "GNP", "EV", "SUV", "AWD", "RWD", "FWD",
    "4WD", "USB", "TV", "HDTV", "PC", "AI", "DNA", "RNA", "ATM", "GPS", "LED", "LCD", "OLED",
    "VPN", "PIN", "SMS", "URL", "FAQ", "DIY", "RSVP", "MVP", "PDF", "CPU", "GPU", "RAM",
    "SSD", "HDD", "VR", "AR", "IQ", "PR", "HR", "ID", "QR", "DJ", "MC", "VIP", "ETF", "APR",
})
# A figure just before a word: "82 kWh", "300-hp".
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*[\s-]?$")
# an all-capitals word this long in running text is shouting, not an acronym ("WHO", "NATO")
SHOUTED = 5


class Capitals:
    """What capital letters tell in one text: where they say nothing about names, and which
    words the text also writes in lower case."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: set[str] | None = None
        self._headlines = HeadlineLines(text, lambda line: title_case(line) or _all_capitals(line))

    def say_nothing(self, span: TextSpan) -> bool:
        """A word at a sentence or quotation opening, in a headline or all-capitals line, or
        an all-capitals word long enough to be shouting."""
        word = span.of(self.text)
        return (self.opens_sentence(span.start) or self.headline(span.start)
                or (word.isupper() and len(word) >= SHOUTED))

    def opens_sentence(self, position: int) -> bool:
        """Whether a word at position opens a line, a sentence or a quotation."""
        text = self.text
        reach = max(0, position - REACH)
        head = text[text.rfind("\n", reach, position) + 1 or reach : position].rstrip()
        if not any(c.isalnum() for c in head):
            return True  # the line's first word, perhaps after a bullet or a quotation mark
        if head[-1] in _OPENING_QUOTES or (head[-1] == '"' and head[-2:-1].isspace()):
            return True
        head = head.rstrip(_QUOTES + " ")
        if not head or head[-1] not in _ENDS:
            return False
        previous = head.rstrip(_ENDS).split()[-1:] or [""]
        return not _abbreviation(previous[0])

    def headline(self, position: int) -> bool:
        """Whether position lies on a title-case or all-capitals line."""
        return self._headlines.is_headline(position)

    def sentence_line(self, position: int) -> bool:
        """Whether position lies on a line that ends as a sentence does (not a headline)."""
        end = self.text.find("\n", position, position + REACH)
        if end == -1 and position + REACH < len(self.text):
            return True  # a line this long is running text
        line = self.text[position : end if end != -1 else None].rstrip().rstrip(_QUOTES)
        return bool(line) and line[-1] in _ENDS

    def in_lower_case(self, word: str) -> bool:
        """Whether the text writes word, lower-cased, as an ordinary word (not in an address)."""
        if self._lower is None:
            self._lower = set(_lower_words(self.text))
        return word.lower() in self._lower


def _lower_words(text: str) -> Iterable[str]:
    for chunk in set(text.split()):  # each distinct piece once: a word recurs, its reading not
        chunk = chunk.strip(_EDGE)
        if chunk.isalpha():  # a plain word, most pieces: no address, possessive or hyphen
            if chunk.islower():
                yield chunk
            continue
        if any(c in chunk for c in "/@.#=") or "://" in chunk:
            continue  # a web or mail address, a file name, a hashtag
        for suffix in ("'s", "’s"):
            chunk = chunk.removesuffix(suffix)
        for part in chunk.split("-"):
            if part.isalpha() and part.islower():
                yield part


def _abbreviation(word: str) -> bool:
    """"Mr." or "Dr." before a name, an initial ("W."), or a dotted short form ("U.S.")."""
    bare = word.rstrip(".").lstrip(_QUOTES)
    return bare.lower() in PERSON_TITLES or (len(bare) == 1 and bare.isalpha()) or "." in bare


def _all_capitals(line: str) -> bool:
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w.isupper() for w in words)


_REPEATED = re.compile(r"(\w)\1+")


def _collapsed(word: str) -> str:
    return _REPEATED.sub(r"\1", word.lower())


def common_word(capitals: Capitals, spans: Collection[TextSpan], label: str,
                voted: Collection[TextSpan] = ()) -> bool:
    """Whether an entity whose mentions are spans is a common word rather than a name: a word
    of one piece that is an interjection, a command's verb, an indefinite noun ("a Homepage,"),
    or that stands only where capitals say nothing while the text writes it in lower case.
    voted holds the mentions whose context cast a vote for a type ("Mr. X", "X said")."""
    text = capitals.text
    words = {span.of(text) for span in spans}
    if spans and all(_INITIAL.fullmatch(w) for w in words):
        return True  # "Y. pestis": an initial on its own names nobody
    if spans and all(_abbreviated_noun(w) for w in words):
        return True  # "the company's IPO", "an EV": a common noun cut short
    if spans and all(_unit_of_figure(text, span) for span in spans):
        return True  # "an 82 kWh battery": a unit of measure names nothing
    if len(spans) == 1 and _whole_headline(capitals, next(iter(spans))):
        return True  # "Royal Self-Indicting Arrogance": a headline read as one long name
    if not spans or any(not w.isalpha() for w in words):
        return False
    if all(_collapsed(w) in INTERJECTIONS for w in words):
        return True
    if any(country_name(w) or country_of_demonym(w) for w in words):
        return False  # Turkey and turkey, Chad: a country is a name wherever it stands
    if all(_command(capitals, span) for span in spans):
        return True
    if label not in _COUNTABLE and all(_indefinite(text, span) for span in spans):
        return True
    if any(span in voted and capitals.sentence_line(span.start) for span in spans):
        return False  # "Apple said", "Mr. Hunter": the context says it is a name
    # a set lookup first, which rules out most names, then where each mention stands
    return any(capitals.in_lower_case(w) for w in words) \
        and all(capitals.say_nothing(span) for span in spans)


def _abbreviated_noun(word: str) -> bool:
    return word in _COMMON_ABBREVIATIONS or (word.endswith("s") and
                                             word[:-1] in _COMMON_ABBREVIATIONS)


def _unit_of_figure(text: str, span: TextSpan) -> bool:
    """Whether a mention is a unit of measure written right after its figure ("82 kWh")."""
    return span.of(text).lower() in UNITS and bool(
        _FIGURE_BEFORE.search(text[max(0, span.start - 12) : span.start]))


def _whole_headline(capitals: Capitals, span: TextSpan) -> bool:
    """Whether a name of several words is the whole of a title-case line, and named nowhere
    else: the model read a headline ("Royal Self-Indicting Arrogance") as one name."""
    text = capitals.text
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    line = text[start : len(text) if end < 0 else end].strip().strip(_EDGE)
    return " " in line and line == span.of(text) and capitals.headline(span.start)


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _command(capitals: Capitals, span: TextSpan) -> bool:
    """"Download it here", "Map out your plan": a sentence opening with a verb and its object."""
    after = capitals.text[span.end : span.end + 12]
    match = _NEXT_WORD.match(after)
    return match is not None and match.group(1) in _AFTER_IMPERATIVE \
        and capitals.opens_sentence(span.start) and capitals.sentence_line(span.start)


def _indefinite(text: str, span: TextSpan) -> bool:
    """"You'll need a Homepage, ...": a word after "a" or "an" that ends its noun phrase is a
    thing one has, not somebody or somewhere ("a London court" goes on to its noun)."""
    before = text[max(0, span.start - 4) : span.start]
    after = text[span.end : span.end + 1]
    return bool(_ARTICLE_BEFORE.search(before)) and (not after or after in ",.;:!?)")
