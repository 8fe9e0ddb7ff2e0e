"""What a verb reports through the statement it makes, reaches or puts out: questions raised,
a deal struck, a letter sent, what a poll shows."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_spans import chars
from reader.analysis.cue_words import (
    CUE_VERBS,
    EVIDENCE,
    LIGHT_VERBS,
    OBJECT_CUES,
    STATEMENT_NOUNS,
    cue_lemma,
)
from reader.analysis.noun_cues import NOUN_PREPS

_SAYING = CUE_VERBS | OBJECT_CUES  # verbs whose participle on a text says what the text says

_ABOUT = NOUN_PREPS | {"between"}  # what a statement is about ("drew links between")
# Statements made to an audience, whom "to" names ("delivered a speech to the graduates", "made
# an appeal to voters"), not what they are about (unlike "posed a threat to").
_ADDRESSED = frozenset({"speech", "address", "appeal", "plea", "promise", "pledge", "message",
                        "letter", "remark", "statement", "presentation", "pitch", "apology",
                        "announcement", "lecture", "sermon", "toast"})


# Jibes taken at somebody ("took a swipe at the mayor", "taking potshots at the board"); a
# shot or a swing taken at somebody may be fired or thrown.
_JIBES = frozenset({"swipe", "jab", "dig", "potshot"})


def light_content(verb: Token) -> tuple[int, int] | None:
    """ "raised questions about his mic", "made the case for Clinton": what the statement a
    verb makes of its object is about."""
    if cue_lemma(verb) == "take":
        return _jibe(verb)
    if cue_lemma(verb) not in LIGHT_VERBS or _a_cause(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is not None and cue_lemma(verb) == "have" and cue_lemma(noun) in _KNOWING:
        return _not_known(verb, noun)
    if noun is None or cue_lemma(noun) not in STATEMENT_NOUNS:
        return None
    about = _ABOUT - {"to"} if cue_lemma(noun) in _ADDRESSED else _ABOUT
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in about), None) or \
        next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in about
              and c.i == noun.right_edge.i + 1), None)
    if prep is None:
        return None
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return chars(verb.doc[objects[0].left_edge.i : prep.right_edge.i + 1]) if objects else None


def _jibe(verb: Token) -> tuple[int, int] | None:
    """ "took a swipe at the mayor's plan", "has taken several jabs at the board": a jibe
    taken at somebody or something criticises what "at" names."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or cue_lemma(noun) not in _JIBES:
        return None
    prep = next((c for c in (*noun.rights, *verb.rights) if c.dep_ == "prep" and
                 c.lower_ == "at" and c.i == noun.right_edge.i + 1), None)
    objects = [] if prep is None else [c for c in prep.children if c.dep_ == "pobj"]
    return chars(verb.doc[objects[0].left_edge.i : prep.right_edge.i + 1]) \
        if prep is not None and objects else None


# Verbs whose subject may be what gave rise to a question rather than who asks it.
_CAUSING = frozenset({"raise", "pose", "draw"})
# Things that happen or are done, which give rise to concerns and voice none.
_HAPPENINGS = frozenset({"move", "decision", "cycle", "wave", "attack", "strike", "incident",
                         "case", "change", "rise", "surge", "spread", "outbreak", "shooting",
                         "death", "crash", "trend", "situation", "development", "policy", "law",
                         "ruling", "deal", "merger", "escalation", "violence", "conflict", "war",
                         "crisis", "episode", "event", "scandal", "delay", "shortage", "spike"})


def _a_cause(verb: Token) -> bool:
    """ "The cycle of strikes has raised concerns about ...", "The plan poses questions": a
    thing that gives rise to concerns voices none; a person, a body, a report or a study does."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return cue_lemma(verb) in _CAUSING and subject is not None and subject.pos_ == "NOUN" \
        and subject.lemma_.lower() in _HAPPENINGS


# What somebody may have no notion of ("has no idea who ...", "had no memory of the call").
_KNOWING = frozenset({"idea", "clue", "inkling", "notion", "sense", "memory", "recollection",
                      "illusion", "knowledge"})
_WH = frozenset({"who", "what", "how", "why", "whether", "where", "when", "which", "that", "if"})


def _not_known(verb: Token, noun: Token) -> tuple[int, int] | None:
    """ "has no idea who the donor is", "have no illusions about the threat": what somebody has
    no notion of, a clause or the object of a preposition after the noun, is their stance."""
    if not any(c.lower_ == "no" for c in noun.children) and \
            not any(c.dep_ == "neg" for c in verb.children):
        return None  # "had a sense of humor"
    after = [c for c in (*noun.rights, *verb.rights) if c.i > noun.i]
    for child in sorted(after, key=lambda c: c.i):
        if child.dep_ == "prep" and child.lower_ in ("about", "of", "on") and child.n_rights:
            start = min(c.left_edge.i for c in child.rights)
            return chars(verb.doc[start : _before_aside(child) + 1])
        if child.dep_ in ("acl", "relcl", "ccomp") and child.left_edge.lower_ in _WH:
            return chars(verb.doc[child.left_edge.i : child.right_edge.i + 1])
    return None


def _before_aside(phrase: Token) -> int:
    """Where a phrase ends before a relative clause set off by a comma at its end ("the
    threat to the Baltic states, whose leaders despair"), the writer's aside."""
    end = phrase.right_edge.i
    for token in phrase.subtree:
        if token.dep_ == "relcl" and token.right_edge.i == end and \
                token.doc[token.left_edge.i - 1].text == ",":
            return token.left_edge.i - 2
    return end


# Verbs that reach an agreement, and the agreements they reach, whose infinitive is what
# was agreed ("reached a deal to cut emissions").
AGREEING = frozenset({"reach", "strike", "extract", "sign", "forge", "negotiate", "broker",
                      "secure", "seal", "clinch", "win"})
AGREEMENTS = frozenset({"agreement", "deal", "pact", "accord", "compromise", "consensus",
                        "understanding", "arrangement", "bargain", "treaty"})


def agreed(verb: Token) -> tuple[int, int] | None:
    """ "they extracted an agreement to set goals": what those who reach an agreement agree
    to do."""
    if cue_lemma(verb) not in AGREEING:
        return None
    deal = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if deal is None or cue_lemma(deal) not in AGREEMENTS:
        return None
    aim = next((c for c in deal.rights if c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) or next(
        (c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i == deal.right_edge.i + 1
         and c.left_edge.lower_ == "to"), None)  # the parse hung it on the verb
    return None if aim is None else chars(verb.doc[aim.left_edge.i : aim.right_edge.i + 1])


# Verbs that put out a text or a message ("sent a letter", "released an ad"), and what they
# put out: a cue only with such an object, which is what was said.
PUBLISHING = frozenset({"release", "unveil", "issue", "send", "present", "deliver", "unleash",
                        "circulate", "distribute", "air", "run", "launch", "pen", "draft",
                        "fire", "file"})
MESSAGES = frozenset({
    "letter", "memo", "statement", "report", "ad", "advertisement", "commercial", "tweet", "post",
    "message", "paper", "proposal", "list", "feature", "article", "editorial", "op-ed",
    "column", "essay", "note", "email", "brief", "petition", "manifesto", "warning",
    "ultimatum", "rebuttal", "response", "open letter", "press release", "release", "plan"})
_AMOUNTS = frozenset({"series", "flurry", "barrage", "stream", "string", "volley", "spate",
                      "number", "couple", "pair", "set"})


def published(verb: Token) -> tuple[int, int] | None:
    """ "unleashed a flurry of tweets shaming her", "sent a letter opposing the plan": the text
    a verb puts out, with what the clause goes on to say of it."""
    if cue_lemma(verb) not in PUBLISHING and not (cue_lemma(verb) == "put" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
        return None  # "put out a statement", not "put the plan into action"
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        return None
    noun = thing
    if cue_lemma(thing) in _AMOUNTS:  # "a series of tweets"
        noun = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), thing)
    if cue_lemma(noun) not in MESSAGES:
        return None
    end = last = thing.right_edge.i
    for child in verb.rights:  # "sent a letter on Friday opposing the plan"
        if child.i <= last:
            continue
        if child.dep_ in ("punct", "cc", "conj", "parataxis"):
            break
        last = child.right_edge.i
        if child.tag_ == "VBG" or child.dep_ in ("advcl", "acl", "relcl", "xcomp") or any(
                t.dep_ in ("acl", "relcl") for t in child.subtree):
            end = last  # when and where it was sent stay out, unless what it says follows
    said = _what_it_says(thing, verb, end) if cue_lemma(noun) not in _SHOWS else None
    return said or chars(verb.doc[thing.left_edge.i : end + 1])


# Messages that show or stage something rather than state it ("an ad hitting Strickland"),
# which PolNeAR takes whole.
_SHOWS = frozenset({"ad", "advertisement", "commercial", "feature", "list", "article"})


def _what_it_says(thing: Token, verb: Token, end: int) -> tuple[int, int] | None:
    """ "sent a letter urging them to reconsider", "filed papers opposing the unsealing": a
    text whose participle is itself a verb of saying or of a stance says what that participle
    says, which PolNeAR takes without the text; the sender stays its speaker, and the
    participle, inside what the sender says, is no cue of its own."""
    participle = next((c for c in (*thing.rights, *verb.rights) if thing.i < c.i <= end
                       and c.tag_ == "VBG" and c.dep_ in ("acl", "advcl", "xcomp")
                       and cue_lemma(c) in _SAYING), None)
    if participle is None:
        return None
    said = [c for c in participle.rights if c.dep_ not in ("conj", "cc", "punct")]
    if not said:
        return None
    return chars(verb.doc[participle.i : max(c.right_edge.i for c in said) + 1])


def shown(verb: Token) -> tuple[int, int] | None:
    """ "Polls show Clinton with a narrow lead": what a poll, a study or a video shows, from its
    object to the end of the clause."""
    if cue_lemma(verb) not in ("show", "find") or not any(
            c.dep_ == "nsubj" and cue_lemma(c) in EVIDENCE for c in verb.children):
        return None
    shown = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if shown is None:
        return None
    end = shown.right_edge.i
    for child in verb.rights:  # "shows Clinton likewise ahead by four points"
        if child.left_edge.i == end + 1 and child.dep_ in ("prep", "npadvmod", "advmod", "oprd",
                                                            "xcomp"):
            end = child.right_edge.i
    return chars(verb.doc[shown.left_edge.i : end + 1])
