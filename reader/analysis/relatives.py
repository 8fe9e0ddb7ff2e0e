"""Relative clauses the parse leaves open: the noun they modify is what their verb acts on."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from reader.analysis.clause_words import FINITE_TAGS, INTRANSITIVE, OBJECT_CONTROL, TIME_UNITS

# Relative pronouns that can be a verb's object ("the lander that the firm unveiled").
_OBJECT_RELATIVES = frozenset({"that", "which", "whom"})
# Tags of a relative word ("who", "which", "whose", "where"): the clause says what it stands for.
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Children that fill a verb's object or complement: the gap is not the verb's own.
_FILLED = frozenset({"dobj", "dative", "attr", "oprd", "acomp", "ccomp", "csubj"})
# Nouns a bare relative gives the time, place, manner or cause of ("the day he died", "the way
# she spoke", "the reason he quit"), not what it acts on; and nouns a clause says the content of
# ("no chance she will withdraw").
_CIRCUMSTANCES = TIME_UNITS | frozenset({
    "way", "time", "place", "reason", "moment", "occasion", "night", "morning", "afternoon",
    "evening", "weekend", "season", "period", "instant", "extent", "degree", "manner", "chance",
    "possibility", "likelihood", "fact"})
_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_SETTINGS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# Prepositions left at a clause's end that say where ("the house she lived in").
_LOCATIVE = frozenset({"in", "at", "inside", "near", "around", "outside", "within", "from"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Past participles that do not end in -en and are never a simple past.
_PARTICIPLES = frozenset({"done", "gone", "known", "shown", "flown", "grown", "thrown", "drawn",
                          "worn", "torn", "sworn", "born", "begun", "sung", "swum", "drunk",
                          "rung", "sunk", "shrunk"})


def gap_object(verb: Token, kids: list[Token]) -> Token | None:
    """ "the house she bought", "the company Neumann controlled", "the money he hoped to raise":
    in a relative clause with a subject of its own and no relative pronoun, whose verb has no
    object, the noun the clause modifies is what the verb acts on; None otherwise."""
    if verb.dep_ not in ("relcl", "xcomp", "advcl") or not _open(verb, kids):
        return None  # neither a relative clause nor an infinitive that may complete one
    clause = verb
    while _infinitive(clause):  # "he hoped to raise"
        clause = clause.head
        if clause.lemma_.lower() in OBJECT_CONTROL or any(c.dep_ in _FILLED for c in
                                                          clause.children):
            return None  # "the man she persuaded to leave": whom she persuaded
    if clause.dep_ != "relcl":
        return None
    noun = clause.head  # (the tests on the noun before _bare, which walks the clause)
    if noun.pos_ not in _HEAD_POS or noun.tag_ == "PRP" or \
            noun.lemma_.lower() in _CIRCUMSTANCES or verb.lemma_.lower() in INTRANSITIVE or \
            not _next_to(noun, clause) or not _bare(clause, list(clause.children)):
        return None
    stranded = next((c for c in kids if c.dep_ == "prep" and not list(c.children)), None)
    if stranded is not None and (stranded.lower_ in _LOCATIVE or noun.ent_type_ in _SETTINGS):
        return None  # "the city she grew up in": where, not what
    return noun


def _infinitive(verb: Token) -> bool:
    """A to-infinitive that completes a verb ("hoped to raise", "had come to believe")."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _open(verb: Token, kids: list[Token]) -> bool:
    """Whether a verb leaves its object to be filled: it has none of its own, nor an
    infinitive that leaves one open (the gap is the infinitive's: "hoped to raise"), unless it
    is an object-control verb ("persuaded to leave": whom she persuaded)."""
    if any(c.dep_ in _FILLED for c in kids):
        return False
    return verb.lemma_.lower() in OBJECT_CONTROL or not any(
        _infinitive(c) and not any(g.dep_ in _FILLED for g in c.children) for c in kids)


def _next_to(noun: Token, clause: Token) -> bool:
    """Whether the clause follows right after its noun ("the house she bought"), or after the
    noun's "of" phrase ("the sort of things he proposed"); not past other words ("the work in
    case he failed")."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return before is not None and (before == noun or (
        before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head == noun))


def _bare(clause: Token, kids: list[Token]) -> bool:
    """A finite clause with a subject of its own and no relative word or "that" before its
    verb ("the idea that they function": what the idea is, not what they act on)."""
    if not any(c.dep_ in _SUBJECTS for c in kids):
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in kids) and (
            clause.tag_ not in (*FINITE_TAGS, "VBN") or _participle(clause)):
        return False  # "a writer this good fallen": no clause of its own
    return not any(t.tag_ in _WH_TAGS or t.lower_ == "that" for t in _words_before(clause))


def _words_before(head: Token) -> Iterator[Token]:
    """The words of a token's subtree that come before it: those under its children whose
    subtree reaches left of it (Token.subtree would walk the whole clause after it too)."""
    for child in head.children:
        if child.left_edge.i < head.i:
            yield from (t for t in child.subtree if t.i < head.i)


def _participle(verb: Token) -> bool:
    """A past form that is only ever a participle ("fallen", "done"), never a simple past:
    a tag of VBN or VBD on any other ("counted", "sold") may be either."""
    past = verb.tag_ in ("VBD", "VBN")
    return past and (verb.lower_.endswith("en") or verb.lower_ in _PARTICIPLES)


def misread_relative(verb: Token, kids: list[Token]) -> tuple[Token, Token] | None:
    """ "The report the ministry published was wrong", "the men the police arrested": two noun
    phrases side by side and a past form after them make a relative clause on the first, whose
    subject is the second; the parse may read the second with the verb as a participle ("the
    ministry published", passive). Returns (who, what), else None."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "agent", "dobj", "nsubj", "nsubjpass") for c in kids):
        return None
    subject = verb.head
    if subject.dep_ not in _SUBJECTS or subject.pos_ not in ("NOUN", "PROPN") or \
            verb.i < subject.i:
        return None
    start = subject.left_edge.i
    phrase = subject.doc[start : subject.i + 1]
    if start == subject.sent.start or not any(
            t.dep_ in ("det", "poss") or t.pos_ == "PROPN" for t in phrase):
        return None  # a bare noun ("staff trained abroad") is no phrase of its own
    before = subject.doc[start - 1]
    return (subject, before) if _noun_phrase_end(before, subject) else None


def _noun_phrase_end(token: Token, subject: Token) -> bool:
    """The last word of a noun phrase that a relative clause can modify: not a time ("Last year
    the workers fired ..."), nor the object of a preposition that sets the scene ("In Paris the
    men arrested ...")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "npadvmod"):
        return False
    if token.ent_type_ in ("DATE", "TIME") or token.i < token.head.i <= subject.i:
        return False
    return token.dep_ != "pobj" or token.head.head.pos_ in ("NOUN", "PROPN")


def comma_subject(verb: Token, kids: list[Token]) -> Token | None:
    """ "The carrier ordered ten jets, officials of both firms announced on Monday": a simple
    past the parse hung on a noun as a participle, right after that noun's apposition set off
    by a comma, is a clause of its own, whose subject the apposition is; None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or any(
            c.dep_ in ("aux", "auxpass", "agent") or c.dep_ in _SUBJECTS for c in kids):
        return None
    apposed = [c for c in verb.head.children if c.dep_ == "appos" and c.i < verb.i]
    if not apposed or apposed[-1].right_edge.i != verb.i - 1:
        return None
    subject = apposed[-1]
    first = subject.left_edge.i
    return subject if first > 0 and verb.doc[first - 1].text == "," else None


def fronted_relative(verb: Token, pronoun: Token) -> Token | None:
    """ "the documents that the minister tried to hide", "the drug, which doctors say they
    prescribe": an object "that", "which" or "whom" written before the subject of the relative
    clause its verb completes (as an infinitive or a clause) stands for the noun that relative
    clause modifies; None for any other object, for a noun of time or manner ("the way that
    you want them to talk") and where the verb has an object of its own after it ("a lawyer
    whom the court appointed to defend her": whom the court appointed)."""
    if pronoun.lower_ not in _OBJECT_RELATIVES or pronoun.i > verb.i or any(
            c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return None
    clause, subject = verb, False
    while True:
        subject = subject or any(c.dep_ in _SUBJECTS and c.i > pronoun.i for c in clause.children)
        if clause.dep_ not in ("xcomp", "ccomp") or clause.head.i < pronoun.i:
            break
        clause = clause.head
    if not subject:
        return None
    noun = clause.head
    if clause.dep_ != "relcl" or noun.lemma_.lower() in _CIRCUMSTANCES:
        return None  # "in the way that you want them to talk": how, not what
    return noun
