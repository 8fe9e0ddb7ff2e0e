"""Cues in a title-cased headline, whose parse often takes its verb for a name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import HEADLINE_VERBS, WORD


def title_cased(line: str) -> bool:
    """Whether a line is written in title case, as headlines and titles are."""
    words = WORD.findall(line)
    long_words = [w for w in words if len(w) > 3]
    return 3 <= len(words) <= 25 and len(long_words) > 1 and sum(
        w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def headline_cue(sent: Span) -> Attribution | None:
    """ "Mayor Sees 'Grave Risk' In ...", "Farmers Slam Trade Deal As ...": in a
    title-cased headline, whose parse often takes its verb for a name, the first cue verb after
    a subject: the words before it say, the words after it are what was said."""
    if not title_cased(sent.text):
        return None
    start = sent.start
    for token in sent:
        if token.text == ":":
            start = token.i + 1  # "Analysis: Voters Say ...": the label is no subject
        elif token.i > start and token.text[:1].isupper() and _headline_verb(token.lower_) \
                and (token.ent_type_ in ("", "PERSON") or token.pos_ == "VERB"):
            # "Washington Post" posts nothing; a verb the recogniser took into a name still says
            words = [t for t in sent.doc[token.i + 1 : sent.end] if not t.is_punct]
            # "Railing Against Tolls, Smith Vows ...": the subject follows the opening phrase
            start = max([start] + [t.i + 1 for t in sent.doc[start : token.i] if t.text == ","])
            subject = sent.doc[start : token.i]
            if len(words) < 2 or not any(t.pos_ in ("PROPN", "NOUN") for t in subject) \
                    or _in_a_name(token):
                return None
            return Attribution((token.i, token.i + 1), (start, token.i),
                               chars(sent.doc[token.i + 1 : sent.end]))
        elif token.pos_ in ("VERB", "AUX") and token.i > start:
            return None  # the headline's own verb comes first: "Candidates Vie for ..."
    return None


def _in_a_name(token: Token) -> bool:
    """ "Amazon Echo Buds", "Galaxy Note 10": a cue word in its bare form after one name and
    before another word of it or a number is part of a product's name; a headline's verb after
    one name takes an -s ("Amazon Echoes"), a plural subject the bare form ("Senators Urge")."""
    doc = token.doc
    before = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return not token.lower_.endswith(("s", "ed")) and before.tag_ == "NNP" \
        and not before.lower_.endswith("s") and after is not None \
        and (after.like_num or (after.text[:1].isupper() and after.pos_ in ("PROPN", "NOUN")))


def _headline_verb(word: str) -> bool:
    """Whether a word is a cue verb as a headline writes it ("Says", "Rip", "Pushes")."""
    return word in HEADLINE_VERBS or (word.endswith("s") and (
        word[:-1] in HEADLINE_VERBS or (word.endswith("es") and word[:-2] in HEADLINE_VERBS)))
