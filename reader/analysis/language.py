"""Whether a text looks like English: Reader's pipeline reads English only."""

from __future__ import annotations

import re

# The commonest English function words: in English prose they make up a third or more of the
# words; in other languages written in Latin letters, a few percent.
FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at",
    "from", "it", "he", "she", "they", "his", "her", "their", "its", "this", "be", "are", "were",
    "been", "has", "have", "had", "not", "but", "or", "an", "which", "who", "will", "would",
    "said", "says", "after", "about", "into", "than", "more", "also", "over", "when", "there",
    "what", "all", "one", "we", "you", "our", "new", "before", "could", "should", "can",
})
# The commonest function words of other languages written in Latin letters (German, French,
# Spanish, Portuguese, Italian, Dutch, Indonesian), none of them an English word.
OTHER_FUNCTION_WORDS = frozenset({
    "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine",
    "den", "dem", "zu", "von", "auch", "wird", "le", "les", "et", "est", "des", "du", "une",
    "que", "qui", "pas", "pour", "dans", "sur", "au", "avec", "el", "los", "las", "y", "es",
    "de", "en", "una", "por", "con", "para", "del", "se", "os", "é", "em", "um", "uma", "com",
    "não", "do", "da", "dos", "na", "il", "lo", "gli", "è", "che", "di", "per", "non",
    "della", "het", "een", "van", "dat", "niet", "met", "op", "voor", "zijn", "yang", "dan",
    "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "adalah",
})
WORD = re.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 3_000
MIN_WORDS = 40  # fewer words than this tell nothing either way
# English prose has a third; recipes, menus and lists in English about a tenth; German,
# Portuguese or Indonesian prose a few hundredths.
MIN_SHARE = 0.06
LATIN_END = 0x250  # letters below this are Latin, accented ones included


def looks_english(text: str) -> bool:
    """False only when a text of some length is mostly in another script, or has too few
    English function words to be English and more of another language's (a list of scores or
    names has few of either)."""
    words = [m.group().lower() for _, m in zip(range(SAMPLE_WORDS), WORD.finditer(text),
                                               strict=False)]
    if len(words) < MIN_WORDS:
        return True
    letters = "".join(words)
    if sum(ord(c) < LATIN_END for c in letters) < len(letters) / 2:
        return False
    english = sum(word in FUNCTION_WORDS for word in words)
    if english / len(words) >= MIN_SHARE:
        return True
    return sum(word in OTHER_FUNCTION_WORDS for word in words) <= english


NOT_ENGLISH = ("this article does not look like English; Reader reads English only, so it shows "
               "no names, quotes, numbers or events for it (the text and notes work as usual)")
