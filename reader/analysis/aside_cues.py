"""Cues set off by a comma after what they report: "The dam, said Mr Ode, is safe", "Costs
rose, records show"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import RELATIVE_PRONOUNS, SPEECH_VERBS, cue_lemma
from reader.analysis.speaker_spans import noun_phrase

# Verbs a writer sets off inside somebody's sentence, speaker after ("..., explained Ms Ode, ...").
_ASIDE_VERBS = SPEECH_VERBS | {"explain", "suggest", "observe", "reckon", "concede", "contend",
                               "maintain", "believe"}
# Verbs that close a sentence with its source after them ("..., shows a survey by Ipsos"); not
# "told" (its object is who heard) nor "called" (a name given).
_CLOSING_VERBS = (_ASIDE_VERBS | {"show", "find", "reveal", "predict", "claim", "report",
                                  "estimate"}) - {"call", "tell"}
# What a speaker's name set off after the verb is made of ("the firm's chief, Ms Ode").
_NAME_PARTS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "ADP", "PRON"})
# Words that open a clause of condition or time, which waits for its main clause.
_OPENERS = frozenset({"if", "unless", "when", "whenever", "while", "although", "though",
                      "because", "since", "once", "until", "as", "whether", "before", "after"})
# Marks that end a speaker's name and open what describes them (", a fellow at ...").
_PHRASE_ENDS = frozenset({",", ";", ":", "(", "—", "–"})
_QUOTES = frozenset({"\"", "“", "”", "'", "‘", "’", "''", "``"})


def inverted_aside(verb: Token) -> Attribution | None:
    """ "When the river rises, said the mayor, the town floods": a verb of saying with its
    speaker after it, set off by commas between two parts of one sentence, says the whole
    sentence is the speaker's, however the parse hung the parts (which often takes the speaker
    for the subject of what follows). Sentences with quote marks are left to the quotes."""
    if verb.tag_ not in ("VBD", "VBZ") or cue_lemma(verb) not in _ASIDE_VERBS - {"call"}:
        return None  # (the cheap tests first: Token.sent walks the sentence)
    doc, sent = verb.doc, verb.sent
    if verb.i < sent.start + 3 or doc[verb.i - 1].text != ",":
        return None
    comma = next((t.i for t in doc[verb.i + 1 : min(sent.end, verb.i + 8)] if t.text == ","),
                 None)
    if comma is None or comma == verb.i + 1 or any(t.text in _QUOTES for t in sent):
        return None
    name = doc[verb.i + 1 : comma]
    if any(t.pos_ not in _NAME_PARTS for t in name) or not any(
            t.pos_ in ("PROPN", "NOUN", "PRON") for t in name) or name[0].pos_ == "ADP":
        return None  # "The mayor, asked about the strike, said": what he was asked, no speaker
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


def closing_cue(verb: Token) -> Attribution | None:
    """ "Shopping is not just about big stores, which appeal to "loyal" buyers, said a panel
    of retailers": a verb of saying after a comma that closes its sentence with only its
    speaker after it (and what describes the speaker) reports all that comes before, whatever
    the parse made of it (it may take a word of the statement for the verb's subject and the
    speaker for its object, or cut the statement at a comma inside it)."""
    if verb.tag_ not in ("VBD", "VBZ") or cue_lemma(verb) not in _CLOSING_VERBS:
        return None  # (the cheap tests first: Token.sent walks the sentence)
    doc, sent = verb.doc, verb.sent
    if verb.i < sent.start + 4 or doc[verb.i - 1].text != "," or \
            _framed(doc[sent.start : verb.i]) or any(
                c.dep_ == "nsubj" and c.i < verb.i and (c.pos_ == "PROPN" or c.ent_type_)
                for c in verb.children):
        return None  # '"...," Ann Roy, said in a statement': the name before speaks
    name = _closing_name(verb)
    if name is None:
        return None
    start, end = noun_phrase(name.root)
    return Attribution((verb.i, verb.i + 1), (max(start, name.start), min(end, name.end)),
                       _whole(doc[sent.start : verb.i - 1]))


# Verbs of evidence that close a sentence with their source before them ("..., records show");
# a closing "said" is read by the cue rules of speech, which know a setting from a statement.
_SHOWING = frozenset({"show", "find", "indicate", "suggest", "reveal"})
_SOURCE_WORDS = 12  # the longest source between the comma and the verb
_REPORTING = _SHOWING | SPEECH_VERBS


def closing_source(verb: Token) -> Attribution | None:
    """ "The mayor spent $2 million on the bridge, city records show": a verb of evidence that
    ends its sentence after a comma and its subject reports all before the comma, however the
    parse hung the two (it often makes the verb a second verb of the statement, with its
    subject a compound). The source may be described but holds no verb of its own tense, and
    a statement that reports words already is left to its own cue."""
    if verb.tag_ not in FINITE_TAGS or cue_lemma(verb) not in _SHOWING:
        return None  # (the cheap tests first: Token.sent walks the sentence)
    doc, sent = verb.doc, verb.sent
    if any(not t.is_punct for t in doc[verb.i + 1 : sent.end]):
        return None
    comma = next((t.i for t in reversed(doc[max(sent.start, verb.i - _SOURCE_WORDS) : verb.i])
                  if t.text == ","), None)
    if comma is None or comma < sent.start + 3 or _framed(doc[sent.start : verb.i]) or any(
            t.pos_ == "VERB" and cue_lemma(t) in _REPORTING for t in doc[sent.start : comma]):
        return None  # "Bamberg said the videos do not show ..., the footage showed": his words
    source = doc[comma + 1 : verb.i]
    if not source or not any(t.pos_ in ("NOUN", "PROPN") for t in source) or any(
            t.tag_ in FINITE_TAGS or t.lower_ in RELATIVE_PRONOUNS or t.is_quote
            for t in source):
        return None
    start, end = noun_phrase(source.root)
    return Attribution((verb.i, verb.i + 1), (max(start, source.start), min(end, source.end)),
                       _whole(doc[sent.start : comma]))


def _closing_name(verb: Token) -> Span | None:
    """The speaker's name after a closing cue, up to the sentence's end or to what describes
    them; none when a clause or a place or time ("said in a statement") follows the verb."""
    doc, sent = verb.doc, verb.sent
    stop = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in _PHRASE_ENDS), sent.end)
    name = doc[verb.i + 1 : stop]
    while len(name) and name[-1].is_punct:
        name = name[:-1]
    if not name or any(t.pos_ not in _NAME_PARTS | {"PUNCT"} or t.is_quote for t in name) or \
            not any(t.pos_ in ("PROPN", "NOUN") for t in name) or name[0].pos_ == "ADP" or \
            name[0].lower_ in RELATIVE_PRONOUNS:
        return None
    return name if stop == sent.end or _describes(doc[stop : sent.end]) else None


def _whole(span: Span) -> tuple[int, int] | None:
    """All of a statement, between its first and last words: what the writer set off inside
    it ("..., filling meals, which draw ...") is the speaker's too."""
    words = [t for t in span if not (t.is_punct or t.is_space) or t.is_quote]
    while words and words[-1].is_quote and sum(t.is_quote for t in words) % 2:
        words.pop()
    return (words[0].idx, words[-1].idx + len(words[-1])) if words else None


def _framed(before: Span) -> bool:
    """Whether a quote mark before the cue stands by a comma ('"...," Ann Roy, said'): a direct
    quote's frame, not a word set in quote marks ('appeal to "loyal" buyers')."""
    doc = before.doc
    return any(t.is_quote and (doc[t.i - 1].text == "," or (t.i + 1 < len(doc) and
                                                           doc[t.i + 1].text == ","))
               for t in before if t.i > 0)


def _describes(rest: Span) -> bool:
    """Whether what follows a closing cue's speaker only describes them (", a fellow at the
    institute.", ", who runs the ferry."): a comma, then a noun phrase or a relative clause."""
    words = [t for t in rest if not t.is_punct]
    return rest[0].text == "," and bool(words) and (
        words[0].lower_ in ("who", "whose") or not any(t.tag_ in FINITE_TAGS for t in words))
