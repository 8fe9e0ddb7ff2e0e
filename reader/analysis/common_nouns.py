"""A one-word "person" that is an English common noun and nothing in the text calls a person."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.analysis.cities import is_city
from reader.analysis.common_words import Capitals
from reader.analysis.demonyms import country_name, country_of_demonym
from reader.analysis.headline_lines import SMALL_WORDS
from reader.analysis.nlp import loaded_pipeline
from reader.analysis.person_words import PERSON_TITLES, name_gender
from reader.analysis.place_votes import US_STATES
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.vocab import Vocab

_WORD_BEFORE = r"([A-Za-z]+)\.?\s+"
_QUOTES = "\"'“”‘’«»("


@lru_cache(maxsize=4)
def english_words(vocab: Vocab) -> frozenset[str]:
    """The nouns and adjectives of WordNet's index in the lemmatizer tables of the pipeline a
    Doc with this vocab came from; nothing where it has no such tables (a blank pipeline)."""
    return _indexed(vocab, ("noun", "adj"))


@lru_cache(maxsize=4)
def english_verbs(vocab: Vocab) -> frozenset[str]:
    """The verbs of WordNet's index in the lemmatizer tables, as english_words."""
    return _indexed(vocab, ("verb",))


def _indexed(vocab: Vocab, parts: tuple[str, ...]) -> frozenset[str]:
    nlp = loaded_pipeline(vocab)
    for _, component in nlp.pipeline if nlp is not None else ():
        lookups = getattr(component, "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            return frozenset(w for part in parts for w in index.get(part, ()) if w.isalpha())
    return frozenset()


def lone_common_noun(capitals: Capitals, spans: Collection[TextSpan], label: str,
                     voted: Collection[TextSpan], english: Collection[str]) -> bool:
    """ "Duvet", "Lung", "Meth" from a heading or a sentence's start: a person's name of one
    word that is an English noun or adjective, never written after a first name or a title,
    never the subject of "said" or after "Mr." (no mention cast a vote), is no name. Not a
    first name, a city, a state or a country. english: the pipeline's english_words."""
    text = capitals.text
    words = {span.of(text) for span in spans}
    if label != "PERSON" or len({w.casefold() for w in words}) != 1:
        return False
    word = next(iter(words))
    if not word.isalpha() or word.lower() not in english \
            or name_gender(word) is not None or any(span in voted for span in spans):
        return False
    if is_city(word) or word.casefold() in US_STATES or country_name(word) \
            or country_of_demonym(word):
        return False
    if any(_named_before(m.group(1)) for m in
           re.finditer(_WORD_BEFORE + re.escape(word) + r"\b", text)):
        return False
    return capitals.in_lower_case(word) or all(
        _opens(text, span) or _titled_phrase(text, span, english) for span in spans)


def _opens(text: str, span: TextSpan) -> bool:
    """Whether a word opens a line or a sentence, perhaps after a quotation mark, and a
    lower-case word or a comma follows ("Meth is", not a list's "Baker 6 points"); or opens a
    quotation with a stop right after it."""
    head = text[max(0, span.start - 4) : span.start].rstrip(" \t" + _QUOTES)
    if (not head or head[-1] in ".!?:\n") and _GOES_ON.match(text, span.end) is not None:
        return True
    # a quotation of one word and a stop: 'say, "Elementary, my dear ...', not '"Bush and ...'
    return span.start > 0 and text[span.start - 1] in _OPENING_MARKS \
        and (span.start == 1 or not text[span.start - 2].isalnum()) \
        and text[span.end : span.end + 1] in (",", "!", ".")


_OPENING_MARKS = "\"“‘"


def _titled_phrase(text: str, span: TextSpan, english: Collection[str]) -> bool:
    """Whether the word ends a phrase of common words written with capitals, as a dish's or a
    heading's name is ("Side Salad"): right after another capitalised English word that is no
    first name or title."""
    match = _WORD_AHEAD.search(text, max(0, span.start - 30), span.start)
    if match is None:
        return False
    word = match.group(1)
    return word[0].isupper() and word.lower() in english and word.lower() not in SMALL_WORDS \
        and not _named_before(word)


_WORD_AHEAD = re.compile(r"\b([A-Za-z]+)(?:['’]s)? $")


_GOES_ON = re.compile(r"[,;]|\s+[a-z]")


def _named_before(word: str) -> bool:
    """Whether a word before a name makes it a person's: a first name or a title."""
    return word.lower() in PERSON_TITLES or (word[:1].isupper() and name_gender(word) is not None)
