"""A cue set off by commas inside the sentence it reports: "The dam, said Mr Ode, is safe"."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import RELATIVE_PRONOUNS, SPEECH_VERBS, cue_lemma

# Verbs a writer sets off inside somebody's sentence, speaker after ("..., explained Ms Ode, ...").
_ASIDE_VERBS = SPEECH_VERBS | {"explain", "suggest", "observe", "reckon", "concede", "contend",
                               "maintain", "believe"}
# What a speaker's name set off after the verb is made of ("the firm's chief, Ms Ode").
_NAME_PARTS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "ADP", "PRON"})
# Words that open a clause of condition or time, which waits for its main clause.
_OPENERS = frozenset({"if", "unless", "when", "whenever", "while", "although", "though",
                      "because", "since", "once", "until", "as", "whether", "before", "after"})
_QUOTES = frozenset({"\"", "“", "”", "'", "‘", "’", "''", "``"})


def inverted_aside(verb: Token) -> Attribution | None:
    """ "When the river rises, said the mayor, the town floods": a verb of saying with its
    speaker after it, set off by commas between two parts of one sentence, says the whole
    sentence is the speaker's, however the parse hung the parts (which often takes the speaker
    for the subject of what follows). Sentences with quote marks are left to the quotes."""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in ("VBD", "VBZ") or cue_lemma(verb) not in _ASIDE_VERBS - {"call"} or \
            verb.i < sent.start + 3 or doc[verb.i - 1].text != ",":
        return None
    comma = next((t.i for t in doc[verb.i + 1 : min(sent.end, verb.i + 8)] if t.text == ","),
                 None)
    if comma is None or comma == verb.i + 1 or any(t.text in _QUOTES for t in sent):
        return None
    name = doc[verb.i + 1 : comma]
    if any(t.pos_ not in _NAME_PARTS for t in name) or not any(
            t.pos_ in ("PROPN", "NOUN", "PRON") for t in name):
        return None
    before = [t for t in doc[sent.start : verb.i - 1] if not t.is_punct]
    after = [t for t in doc[comma + 1 : sent.end] if not t.is_punct]
    if len(before) < 2 or len(after) < 2 or not _unfinished(before, after):
        return None
    return Attribution((verb.i, verb.i + 1), (name.start, name.end), chars(sent))


def _unfinished(before: list[Token], after: list[Token]) -> bool:
    """Whether the words before the aside wait for the rest of their sentence after it: a
    clause of condition or time or a phrase, then a clause ("If prices fall", "On average");
    or a subject, then its verb ("The dam, ..., is safe"). Not a whole statement ("Prices will
    rise, said Mr Ode, adding that ...") nor a subject of the cue itself ("His aunt, Ada, said
    her son's friend, Tom Lee, had gone")."""
    finite = sum(t.tag_ in FINITE_TAGS for t in before)
    if not any(t.tag_ in FINITE_TAGS for t in after) or after[0].lower_ in RELATIVE_PRONOUNS:
        return False
    if before[0].lower_ in _OPENERS:
        return finite == 1
    if finite:
        return False
    if before[0].pos_ in ("ADP", "ADV", "SCONJ"):
        return True
    first = next((t for t in after if t.pos_ != "ADV"), after[0])
    return first.tag_ in FINITE_TAGS
