"""What a speaker pronoun stands for beyond named entities: subjects, and genders from pronouns."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from reader.analysis.person_words import FEMALE_PRONOUNS as FEMALE
from reader.analysis.person_words import MALE_PRONOUNS as MALE
from reader.analysis.person_words import NEUTER_PRONOUNS as NEUTER
from reader.analysis.person_words import PLURAL_PRONOUNS as PLURAL

SUBJECTS = ("nsubj", "nsubjpass")
LOOK_BACK = 3  # sentences a subject stays in view for "it" and "they"
MIN_VOTES = 2  # one pronoun after a name is too little to give it a gender
PRONOUN_REACH = 2  # sentences after a name in which a he or she is taken to stand for it


def subject_antecedent(sents: Sequence[Span], index: int, position: int, pronoun: str,
                       quoted: Callable[[int], bool]) -> Token | None:
    """The noun that an "it" or "they" at position (in sents[index]) most likely stands for: the
    subject of a clause before it in its sentence, else the main subject of one of the few
    sentences before, passing over quoted words and subjects that are that same pronoun again
    ("The report says ... It also points out"). None when the nearest subject does not fit (a
    person, a singular noun for "they"): the named entities then decide."""
    same = NEUTER if pronoun in NEUTER else PLURAL
    here = [t for t in sents[index] if t.idx < position and t.dep_ in SUBJECTS
            and t.head.dep_ in ("ROOT", "conj")]
    candidates = here[-1:] + [_main_subject(s) for s in
                              reversed(sents[max(0, index - LOOK_BACK) : index])]
    for subject in candidates:
        if subject is None or subject.lower_ in same or quoted(subject.idx):
            continue
        return subject if _fits(subject, same) else None
    return None


def _main_subject(sent: Span) -> Token | None:
    return next((c for c in sent.root.children if c.dep_ in SUBJECTS), None)


def _fits(subject: Token, same: frozenset[str]) -> bool:
    """Whether a subject can be what "it" (one thing, no person) or "they" (several, people
    joined by "and" too) stands for."""
    if subject.pos_ not in ("NOUN", "PROPN"):
        return False
    joined = any(c.dep_ == "conj" for c in subject.children)
    if same is PLURAL:
        return joined or (subject.ent_type_ != "PERSON" and (
            subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ == "NORP"))
    return subject.tag_ in ("NN", "NNP") and not joined and subject.ent_type_ != "PERSON"


def conjuncts(token: Token) -> list[Token]:
    """A subject and the nouns "and" joins to it ("Mr. Grassley and Mr. Leahy")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            found.extend(conjuncts(child))
    return found


def pronoun_genders(doc: Doc, names: Sequence[tuple[int, str]],
                    quoted: Callable[[int], bool]) -> dict[str, str]:
    """The gender the article's own pronouns give each name: after a mention (position, key)
    that is a subject, the first he or she outside quotes in that sentence or the next ones,
    before another name is mentioned, votes for it ("Samudio has been missing. Police state
    she contacted them"); "replacing Clinton ..., he argued" does not."""
    pronouns = [(t.idx, "m" if t.lower_ in MALE else "f") for t in doc
                if t.lower_ in MALE | FEMALE and not quoted(t.idx)]
    places = [p for p, _ in pronouns]
    starts = sorted(p for p, _ in names)
    sent_starts = [s.start_char for s in doc.sents]
    tokens = {t.idx: t for t in doc}
    votes: dict[str, Counter[str]] = {}
    for position, key in names:
        index = bisect.bisect_right(places, position)
        if index == len(pronouns) or not _is_subject(tokens.get(position)):
            continue
        after, gender = pronouns[index]
        following = bisect.bisect_right(starts, position)
        reach = bisect.bisect_right(sent_starts, position) + PRONOUN_REACH
        limit = sent_starts[reach] if reach < len(sent_starts) else len(doc.text)
        if (following == len(starts) or starts[following] > after) and after < limit:
            votes.setdefault(key, Counter())[gender] += 1
    return {key: gender for key, count in votes.items()
            for gender, n in count.most_common(1) if n >= MIN_VOTES and n >= 2 * sum(
                count.values()) / 3}


def _is_subject(token: Token | None) -> bool:
    while token is not None and token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token is not None and token.dep_ in SUBJECTS
