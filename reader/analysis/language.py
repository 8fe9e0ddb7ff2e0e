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
    # more of them, which a single sentence of these languages holds a few of
    "la", "ils", "elle", "nous", "vous", "je", "ne", "sont", "ont", "été", "était", "être",
    "mais", "ou", "aux", "ces", "cette", "ses", "leur", "sa", "ce", "très", "sera", "selon",
    "ich", "wir", "sind", "wurde", "werden", "hat", "haben", "nach", "bei", "aus", "im",
    "einen", "einem", "eines", "dass", "nur", "noch", "oder", "aber", "wie", "zum", "zur",
    "über", "al", "su", "sus", "pero", "más", "fue", "está", "este", "esta", "muy", "sobre",
    "sono", "nel", "nella", "sul", "dal", "alla", "dei", "delle", "anche", "ao", "pelo", "pela",
    "foi", "são", "seu", "sua", "também", "já", "ik", "hij", "zij", "wordt", "werd",
    "heeft", "hebben", "naar", "bij", "uit", "ook", "maar", "nog", "geen", "deze", "worden",
})
WORD = re.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 3_000
MIN_WORDS = 40  # fewer words than this are judged by the signs of another language they hold
# English prose has a third; recipes, menus and lists in English about a tenth; German,
# Portuguese or Indonesian prose a few hundredths.
MIN_SHARE = 0.06
LATIN_END = 0x250  # letters below this are Latin, accented ones included
# A short text is called not English on this many signs of another language at least, and more
# than twice as many as its English function words.
MIN_SIGNS = 3
# Words that begin names ("da Silva", "de la Fontaine", "Los Angeles") when a capital follows;
# German articles ("der", "den", "das") only after "van" or "von" ("von der Leyen"), as German
# capitalises every noun.
NAME_PARTICLES = frozenset({
    "de", "da", "do", "dos", "del", "della", "di", "du", "des", "van", "von", "la", "le", "les",
    "los", "las", "el", "al", "het",
})
AFTER_VAN = frozenset({"der", "den", "das"})
# Function words of those languages that are English words as well ("Merkel met Macron", "two
# die", "the van", "faux pas"): no sign in a short text.
ENGLISH_TOO = frozenset({
    "met", "die", "den", "do", "hat", "per", "non", "van", "lo", "op", "pas", "au", "al", "um",
    "em", "con", "dal", "dan", "en", "es", "se", "os", "y",
})
# Words within English quotation marks ("...", “...”, ‘...’, '...'): an English text may quote
# another language.
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’(?![^\W\d_])"
                    r"|(?<![^\W\d_])'[^']*'(?![^\W\d_])")
# French and Italian elision: "l'État", "qu'il", "dell'anno".
ELISION = re.compile(r"(?<![^\W\d_])(?:l|d|qu|j|c|n|s|m|dell|all|nell|sull|dall)['’]"
                     r"(?=[^\W\d_])")
ACCENTED = frozenset("àâçéèêëîïìíòôóûùúüÿñáãõäöß")


def looks_english(text: str) -> bool:
    """False only when a text of some length is mostly in another script, or has too few
    English function words to be English and more of another language's (a list of scores or
    names has few of either); or when a short text shows plainly another language in Latin
    letters."""
    words = [m.group().lower() for _, m in zip(range(SAMPLE_WORDS), WORD.finditer(text),
                                               strict=False)]
    if len(words) < MIN_WORDS:
        return _short_looks_english(text)
    letters = "".join(words)
    if sum(ord(c) < LATIN_END for c in letters) < len(letters) / 2:
        return False
    english = sum(word in FUNCTION_WORDS for word in words)
    if english / len(words) >= MIN_SHARE:
        return True
    return sum(word in OTHER_FUNCTION_WORDS for word in words) <= english


def _short_looks_english(text: str) -> bool:
    """False when a short text holds MIN_SIGNS signs of another language or more (its function
    words, but for particles of names, English words and capitals like "UN"; French and Italian
    elisions; lowercase words with accents) and more than twice as many as English function
    words, words in quotation marks aside."""
    unquoted = QUOTED.sub(" ", text)
    words = [m.group() for m in WORD.finditer(unquoted)]
    english = sum(word.lower() in FUNCTION_WORDS for word in words)
    signs = len(ELISION.findall(unquoted))
    name_follows = False  # the next word is capitalised or a particle of a name
    for i in reversed(range(len(words))):
        word, lower = words[i], words[i].lower()
        after_van = i > 0 and words[i - 1].lower() in {"van", "von"}
        particle = name_follows and (lower in NAME_PARTICLES or (lower in AFTER_VAN and after_van))
        if lower in OTHER_FUNCTION_WORDS:
            signs += not (particle or lower in ENGLISH_TOO or (len(word) > 1 and word.isupper()))
        elif word.islower() and not ACCENTED.isdisjoint(word):
            signs += 1
        name_follows = particle or word[0].isupper()
    return signs < MIN_SIGNS or signs <= 2 * english


NOT_ENGLISH = ("this article does not look like English; Reader reads English only, so it shows "
               "no names, quotes, numbers or events for it (the text and notes work as usual)")
