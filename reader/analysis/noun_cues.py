"""Nouns as cues: statements and views ("his claim that"), stances met with or held."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import a_time, gerund
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_speakers import source_of_statement
from reader.analysis.cue_words import (
    AGENT_LABELS,
    CUE_VERBS,
    OWNED_NOUNS,
    RELATIVE_PRONOUNS,
    STANCE_HOLDERS,
    cue_lemma,
)
from reader.analysis.speaker_spans import noun_phrase

# What a statement or a stance is about ("his remarks on", "their support for").
NOUN_PREPS = frozenset({"of", "about", "on", "for", "against", "to", "over", "toward",
                        "towards"})
# What somebody's words are, about something ("his remarks on the shooting").
_SAYINGS = frozenset({"comment", "remark", "claim", "assertion", "allegation", "accusation",
                      "warning", "promise", "pledge", "vow", "denial", "admission", "insistence",
                      "argument", "suggestion", "prediction", "assurance", "announcement"})
# Nouns that place something in time: "towards the close of the show" is when, not what.
_TIME_POINTS = frozenset({"close", "end", "start", "beginning", "middle", "eve", "outset",
                          "height", "wake", "run-up", "dawn", "onset"})


def noun_cue(noun: Token) -> Attribution | None:
    if cue_lemma(noun) in STANCE_HOLDERS:
        return _stance_holder(noun)
    owner = next((c for c in noun.children if c.dep_ == "poss" and not a_time(c)), None)
    if owner is None:
        source = source_of_statement(noun)
        owner = source if source.i != noun.i else None
    speaker = noun_phrase(owner) if owner is not None else _named_before(noun)
    clause = that_clause(noun)
    if clause is not None:
        content = chars(noun.doc[clause.left_edge.i : clause.right_edge.i + 1])
    elif owner is not None and (cue_lemma(noun) in OWNED_NOUNS or (
            cue_lemma(noun) in _SAYINGS and owner.dep_ == "poss")):
        content = _owned_content(noun)  # "Clinton's plan to ...", "his criticism of ..."
    elif speaker is not None and cue_lemma(noun) in OWNED_NOUNS:
        content = _owned_content(noun)  # "the Clinton plan to ...", "European reluctance to"
    else:
        return None
    if content is None:
        return None
    return Attribution((noun.i, noun.i + 1), speaker, content)


def view_is(noun: Token) -> Attribution | None:
    """ "Mr. Lee's bet is that prices will fall": what somebody's view, hope or argument is."""
    head = noun.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.dep_ != "nsubj" or cue_lemma(head) != "be":
        return None
    if owner is None:
        return _nobodys_view(noun)
    clause = next((c for c in head.rights if c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    return Attribution((noun.i, noun.i + 1), noun_phrase(owner),
                       chars(noun.doc[clause.left_edge.i : clause.right_edge.i + 1]))


def _nobodys_view(noun: Token) -> Attribution | None:
    """ "The assumption was that a drug would be given", "the expectation would be the crew
    would recover": a view, hope or fear that nobody is named to hold is a claim without a
    speaker, when what it is is a clause (a plan or goal "to ..." is an aim, no claim)."""
    clause = next((c for c in noun.head.rights if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    return Attribution((noun.i, noun.i + 1), None,
                       chars(noun.doc[clause.left_edge.i : clause.right_edge.i + 1]))


# A stance met with, from somebody ("faced criticism from", "enjoyed support from").
RECEIVED = frozenset({"criticism", "praise", "support", "backing", "endorsement",
                      "condemnation", "applause", "rebuke", "scorn", "ridicule", "fire",
                      "flak", "pushback", "opposition", "blame", "credit"})
_MEETING = frozenset({"face", "enjoy", "receive", "draw", "win", "get", "earn", "attract",
                      "garner", "gain", "take", "meet", "come"})
_MET_FOR = frozenset({"for", "over", "about"})
# Reproach met with, which charges its subject with what it was met for, as "accused of" does.
_REPROACH = frozenset({"criticism", "condemnation", "rebuke", "scorn", "ridicule", "fire",
                       "flak", "pushback", "blame"})


def received(noun: Token) -> Attribution | None:
    """ "Mrs. Lee enjoyed strong support from teachers": those it came from hold the stance
    towards the subject that met it."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under":  # "came under criticism for ..."
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    source = next((g for c in noun.rights if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if cue_lemma(verb) not in _MEETING or subject is None or \
            subject.lower_ in RELATIVE_PRONOUNS:
        return None
    if source is None:
        return _met_for(noun, verb) if cue_lemma(noun) in _REPROACH else None
    return Attribution((noun.i, noun.i + 1), noun_phrase(source),
                       chars(noun.doc.__getitem__(slice(*noun_phrase(subject)))))


def _met_for(noun: Token, verb: Token) -> Attribution | None:
    """ "has faced sharp criticism for failing to act", "came under fire over its decision":
    reproach met with, from nobody named, charges what it was met for."""
    prep = next((c for c in (*noun.rights, *verb.rights) if c.dep_ == "prep"
                 and c.lower_ in _MET_FOR and c.i > noun.i), None)
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep else []
    if prep is None or not objects:
        return None
    return Attribution((noun.i, noun.i + 1), _named_before(noun),
                       chars(noun.doc[objects[0].left_edge.i : prep.right_edge.i + 1]))


def _stance_holder(noun: Token) -> Attribution | None:
    """ "Ms. Ortiz is a firm opponent of the new dam", "Schultz, a defender of RT": the
    holder is the subject the noun is said of, or the name it describes."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    objects = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    if prep is None or not objects:
        return None
    if noun.dep_ == "attr":
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    elif noun.dep_ == "appos":
        holder = noun.head
    elif noun.dep_ in ("advcl", "npadvmod") and noun.i < noun.head.i and \
            noun.doc[noun.right_edge.i + 1].text == ",":  # "A critic of the mine, Ortiz ..."
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if holder is not None and holder.lower_ in RELATIVE_PRONOUNS and noun.head.dep_ == "relcl":
        holder = noun.head.head  # "a lawyer who is a firm opponent of ..."
    if holder is None:
        return None
    content = chars(noun.doc[objects[0].left_edge.i : prep.right_edge.i + 1])
    return Attribution((noun.i, noun.i + 1), noun_phrase(holder), content)


def _named_before(noun: Token) -> tuple[int, int] | None:
    """ "a New York Times report that ...": the name written before the noun is its author."""
    names = [c for c in noun.lefts if c.dep_ in ("compound", "amod")
             and c.ent_type_ in AGENT_LABELS]
    if not names:
        return None
    return names[0].left_edge.i, names[-1].i + 1


def _owned_content(noun: Token) -> tuple[int, int] | None:
    """What somebody's plan, call or criticism is about: its to-infinitive or the object of
    its preposition, right after the noun."""
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl", "advcl") and any(
                a.lower_ == "to" and a.dep_ == "aux" for a in child.children):
            start = child.left_edge.i  # "a call for the city to act": after its "for"
            start += child.left_edge.lower_ == "for" and child.left_edge.dep_ == "mark"
            return chars(noun.doc[start : child.right_edge.i + 1])
        if child.dep_ == "prep" and child.lower_ in NOUN_PREPS and child.i == _past_day(noun):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")
                       and c.ent_type_ not in ("DATE", "TIME")  # "remarks on Saturday"
                       and c.lower_ not in _TIME_POINTS]
            if objects:
                return chars(noun.doc[objects[0].left_edge.i : _to_do(noun, child) + 1])
    return None


def _to_do(noun: Token, prep: Token) -> int:
    """ "his call for the city to shelter refugees": what the one called on is to do, which
    the parse hung on the noun or its verb after the phrase, ends what the call is for."""
    end = prep.right_edge.i
    if prep.lower_ != "for":
        return end
    infinitive = next((c for c in (*noun.rights, *noun.head.rights)
                       if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                       and c.left_edge.i == end + 1 and c.left_edge.lower_ == "to"), None)
    return end if infinitive is None else infinitive.right_edge.i


def _past_day(noun: Token) -> int:
    """Where what a noun is about may start: right after it, or after the day written between
    them ("her remarks Tuesday on the strike")."""
    after = noun.i + 1
    if after < len(noun.doc) and noun.doc[after].dep_ == "npadvmod" and \
            noun.doc[after].ent_type_ == "DATE" and noun.doc[after].head.i == noun.i:
        return after + 1
    return after


def that_clause(noun: Token) -> Token | None:
    # "a report that Trump lost", even where the parse took it for a relative clause (a
    # relative "that" is its clause's subject or object, not its mark)
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def with_doing(noun: Token) -> Attribution | None:
    """ ', with the foreign minister warning of "grave consequences"': after "with", a cue verb
    in -ing that the parse took for a noun is done by the noun phrase before it, who says what
    it reports, not the subject of the clause the phrase hangs on."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.tag_ != "NN" \
            or not gerund(noun.lower_, CUE_VERBS):
        return None
    doc, start = noun.doc, noun.head.i + 1
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # "with a police warning of ...", "with its warning": the warning itself
    if noun.left_edge.i != start or not any(
            t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[start : noun.i]):
        return None
    said = next((c for c in noun.rights if c.dep_ in ("ccomp", "dobj")), None)
    if said is None:
        prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in NOUN_PREPS), None)
        said = None if prep is None else next(
            (c for c in prep.children if c.dep_ == "pobj"), None)
    content = None if said is None else chars(doc[said.left_edge.i : said.right_edge.i + 1])
    return Attribution((noun.i, noun.i + 1), (start, noun.i), content)
