"""A one-word "person" that is an English common noun and nothing in the text calls a person."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Collection
from functools import cache
from pathlib import Path

from reader.analysis.cities import is_city
from reader.analysis.common_words import Capitals
from reader.analysis.demonyms import country_name, country_of_demonym
from reader.analysis.nlp import installed_pipelines
from reader.analysis.person_words import PERSON_TITLES, name_gender
from reader.analysis.type_votes import US_STATES
from reader.document import TextSpan

_WORD_BEFORE = r"([A-Za-z]+)\.?\s+"
_QUOTES = "\"'“”‘’«»("


@cache
def english_words() -> frozenset[str]:
    """The nouns and adjectives of an installed pipeline's lemmatizer tables (WordNet's index),
    read from its files without loading it; nothing where no pipeline has such tables."""
    from spacy.lookups import Lookups  # spaCy stays out of importing this module

    for name in installed_pipelines():
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        for tables in sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups")):
            lookups = Lookups().from_disk(tables)
            if lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                return frozenset(w for part in ("noun", "adj") for w in index.get(part, ())
                                 if w.isalpha())
    return frozenset()


def lone_common_noun(capitals: Capitals, spans: Collection[TextSpan], label: str,
                     voted: Collection[TextSpan]) -> bool:
    """ "Duvet", "Lung", "Meth" from a heading or a sentence's start: a person's name of one
    word that is an English noun or adjective, never written after a first name or a title,
    never the subject of "said" or after "Mr." (no mention cast a vote), is no name. Not a
    first name, a city, a state or a country."""
    text = capitals.text
    words = {span.of(text) for span in spans}
    if label != "PERSON" or len({w.casefold() for w in words}) != 1:
        return False
    word = next(iter(words))
    if not word.isalpha() or word.lower() not in english_words() \
            or name_gender(word) is not None or any(span in voted for span in spans):
        return False
    if is_city(word) or word.casefold() in US_STATES or country_name(word) \
            or country_of_demonym(word):
        return False
    if any(_named_before(m.group(1)) for m in
           re.finditer(_WORD_BEFORE + re.escape(word) + r"\b", text)):
        return False
    return capitals.in_lower_case(word) or all(_opens(text, span) for span in spans)


def _opens(text: str, span: TextSpan) -> bool:
    """Whether a word opens a line or a sentence, perhaps after a quotation mark, and a
    lower-case word or a comma follows ("Meth is", not a list's "Baker 6 points")."""
    head = text[max(0, span.start - 4) : span.start].rstrip(" \t" + _QUOTES)
    return (not head or head[-1] in ".!?:\n") and _GOES_ON.match(text, span.end) is not None


_GOES_ON = re.compile(r"[,;]|\s+[a-z]")


def _named_before(word: str) -> bool:
    """Whether a word before a name makes it a person's: a first name or a title."""
    return word.lower() in PERSON_TITLES or (word[:1].isupper() and name_gender(word) is not None)
