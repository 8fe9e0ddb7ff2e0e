"""The writer's own words that close a reported clause: ", who ...", ", although ..."."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reader.analysis.cue_words import (
    ANY_VERB_CUE,
    CONCESSIONS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    URGING_CUES,
    cue_lemma,
)

# Verbs that, coordinated inside what somebody said, say or urge something else ("said he would
# review it and warned against hackers", "said she was wrong and encouraged people to ...").
OWN_SPEECH = SPEECH_VERBS | URGING_CUES | {
    "suggest", "explain", "predict", "concede", "contend", "assert", "reply", "respond",
    "confirm", "reveal", "criticize", "criticise", "accuse", "blame", "praise", "complain",
    "question", "dispute", "reject", "demand", "propose", "recommend", "threaten", "tout",
    "tweet", "write", "repeat", "reiterate", "remark", "mention", "emphasize", "emphasise",
    "point", "caution", "quote", "cite"}
# Of those, the ones that state something rather than have somebody do it ("and they
# ordered him to get out" goes on with an account of events).
_STATING = OWN_SPEECH - URGING_CUES - {"ask", "urge", "call", "tell"}
_ASIDE_PUNCT = frozenset({",", "—", "–", "--"})
_CLOSING_MARKS = frozenset({"\"", "”", "’", "''"})
# Words that open the writer's reasoning about a report, set off after it ("..., given the
# polls", "..., especially considering the cost").
_REASONING = frozenset({"given", "considering"})
# Words that set a phrase apart from what goes before ("aside from saying ...").
_EXCEPTING = frozenset({"aside", "apart", "besides", "beyond", "except"})
# Nouns the writer sums a report up with, set off after it (", a swipe at ...", "- a point
# that ...", ", the latest chapter in ...", ", something that ...").
_COMMENTS = frozenset({
    "swipe", "jab", "dig", "shot", "nod", "allusion", "rebuke", "reference", "charge", "claim",
    "point", "assertion", "accusation", "allegation", "remark", "comment", "move", "step",
    "sign", "signal", "reversal", "departure", "shift", "echo", "chapter", "twist", "reminder",
    "line", "refrain", "sentiment", "gesture", "contrast", "chatter", "something", "part",
    "proposal", "idea", "notion", "message", "theme", "warning", "threat", "admission",
    "concession", "indication", "hint", "tactic", "strategy", "criticism", "complaint"})
# Verbs by which the writer sets a report against others or tells what it set off, in a
# participle after it (", contradicting the police account", ", prompting boos").
_RELATING = frozenset({"contradict", "echo", "mirror", "undercut", "undermine", "reverse",
                       "prompt", "spark", "trigger", "provoke", "elicit", "fuel", "ignite",
                       "draw", "send"})
_COMMENT_OPENERS = frozenset({"a", "an", "the", "another", "one", "his", "her", "their", "its",
                              "something", "part", "what"})


def _ends_sentence(clause: Token) -> bool:
    """Whether only punctuation follows clause in its sentence."""
    return all(t.is_punct or t.is_space for t in clause.doc[clause.right_edge.i + 1 :
                                                             clause.sent.end])


def _apposed_aside(token: Token) -> bool:
    """ "the WHO, the agency that ...", "... — a metaphor for ...": the writer's
    description of a name, or anything set off by a dash (a list of nouns is no aside)."""
    return token.dep_ == "appos" and (token.head.pos_ == "PROPN"
                                      or token.doc[token.left_edge.i - 1].text != ",")


def _comparison(phrase: Token) -> bool:
    """ "... a favorable view of her, compared with 64 percent who ...": the writer's comparison
    that closes a report, a phrase opening with "compared with" or "compared to"."""
    doc = phrase.doc
    return phrase.lower_ == "compared" and phrase.left_edge.i == phrase.i and \
        phrase.i + 1 < len(doc) and doc[phrase.i + 1].lower_ in ("to", "with")


def _comment(phrase: Token) -> bool:
    """ ", a swipe at his rivals", "- a charge the mayor denied", ", part of a campaign to ...":
    the writer's word on what was reported, a noun phrase of remark or move set off after it."""
    first = phrase.left_edge
    return phrase.pos_ in ("NOUN", "PRON") and cue_lemma(phrase) in _COMMENTS and (
        first.lower_ in _COMMENT_OPENERS or first.i == phrase.i)


def conceding(first: Token) -> bool:
    """Whether a clause opens as a concession: "though ...", "even as ...", "even if ...",
    "however" of contrast ("however this time the number fell"; not "however much ...")."""
    after = first.nbor() if first.i + 1 < len(first.doc) else first
    return first.lower_ in CONCESSIONS or (first.lower_ == "even" and after.lower_ in (
        "as", "though", "if", "while")) or (first.lower_ == "however" and first.dep_ ==
                                            "advmod" and after.pos_ not in ("ADJ", "ADV"))


def _aside_punct_before(first: Token) -> bool:
    """Whether a comma or a dash comes right before a phrase, or before the closing quote
    mark that comes right before it ('are "about right," though ...')."""
    doc = first.doc
    before = first.i - 1
    while before > 0 and doc[before].text in _CLOSING_MARKS:
        before -= 1
    return doc[before].text in _ASIDE_PUNCT


def _set_off(token: Token) -> bool:
    """Whether a phrase is closed by a comma or a dash, as an aside inside a sentence is."""
    after = token.right_edge.i + 1
    return after < len(token.doc) and token.doc[after].text in _ASIDE_PUNCT


def _listed_gerund(participle: Token) -> bool:
    """ "to pay for scrapping fees, providing care and keeping taxes down": a participle after
    a comma, joined by "and" or "or" to another, right after a gerund whose phrase the comma
    closes, is the next of a list of gerunds, not the writer's aside."""
    doc = participle.doc
    comma = participle.left_edge.i - 1
    if comma < 1 or not any(c.dep_ == "conj" and c.tag_ == "VBG" for c in participle.children):
        return False
    last = doc[comma - 1]
    return any(t.tag_ == "VBG" and t.i < comma and t.right_edge.i == comma - 1
               and t.dep_ in ("pcomp", "pobj", "dobj", "conj") for t in (last, *last.ancestors))


def participle_aside(token: Token) -> bool:
    """ ", implicitly putting ...", ", arguing that ...", ", contradicting the claim that ...":
    a participle phrase set after a report is the writer's when adverbs open it, when it sets
    the report against another or tells what it set off, or when it reports something itself
    (its participle is a cue, or a cue with a subject of its own stands inside it); a bare
    participle that goes on with what was reported (", allowing people to ...", ", leaving no
    money for ...") is part of it."""
    doc = token.doc
    if token.tag_ != "VBG" or not all(t.pos_ == "ADV" for t in doc[token.left_edge.i : token.i]):
        return False
    return token.left_edge.i < token.i or token.lemma_.lower() in _RELATING or any(
        _reports(t, token) for t in token.subtree)


def _reports(verb: Token, participle: Token) -> bool:
    """Whether a verb in a participle phrase reports something: the participle as a cue
    (", arguing that ..."), or a cue inside with a subject of its own (", engaging in what
    analysts described as ...")."""
    return verb.pos_ == "VERB" and cue_lemma(verb) in ANY_VERB_CUE and (
        verb.i == participle.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def without_asides(span: Span) -> Span:
    """What was said, without the writer's trailing aside: a non-restrictive relative clause
    (", who has never faced ..."), a participle (", contradicting ...") or a concession
    (", although ...") that closes the clause after a comma, or a comparison with or without
    one ("... compared to 38 percent")."""
    doc = span.doc
    end = span.end
    while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for token in doc[span.start : end]:
        if token.right_edge.i < end - 1:
            continue  # its phrase stops short of the end: no closing comparison or aside
        if token.i > span.start + 2 and _next_report(token):
            cut = token.left_edge.i
            while cut > span.start and doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            return doc[span.start : cut]
        if token.i > span.start + 2 and _comparison(token):
            cut = token.i
            while cut > span.start and doc[cut - 1].is_punct:
                cut -= 1
            return doc[span.start : cut]
        first = token.left_edge
        if first.i <= span.start + 1 or token.right_edge.i < end - 1 or \
                not _aside_punct_before(first) or not (_ends_sentence(token)
                                                                  or _set_off(token)):
            continue
        if _apposed_aside(token) or _comment(token) or reasoning(token) or \
                _reporting_phrase(token) or _relative_aside(token, span) or (
                token.dep_ == "advcl" and not _listed_gerund(token) and (
                    participle_aside(token) or conceding(first))):
            return doc[span.start : first.i - 1]
    return span


def _next_report(verb: Token) -> bool:
    """ "... and he, once again, pledged a revolution", "... while Sanders suggests she is a
    captive": a clause joined on by "and" or "but", or a contrast reporting a clause, whose
    own subject states something in the past or present (no modal, no "that" before it), is
    a report of its own, not more of the one it closes."""
    doc = verb.doc
    first = verb.left_edge
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or cue_lemma(
            verb) not in _STATING or any(c.dep_ == "mark" or (c.dep_ == "aux" and c.tag_ == "MD")
                                           for c in verb.children if c.lower_ not in CONCESSIONS):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON", "NOUN") for c in verb.children):
        return False
    if verb.head.dep_ == "ROOT":
        return False  # joined to a whole sentence told "according to" somebody, it is theirs
    if verb.dep_ == "conj":
        return first.i > 0 and doc[first.i - 1].dep_ == "cc"
    return verb.dep_ == "advcl" and first.lower_ in CONCESSIONS and any(
        c.dep_ == "ccomp" for c in verb.children)


def _relative_aside(clause: Token, span: Span) -> bool:
    """Whether a relative clause set off by a comma is the writer's: one on a person (", who
    ...") or a time (", when ..."); one on a thing or place (", which ...", ", where ...")
    only after an object, for after a whole clause it goes on with what was reported ("said
    the plant will close in May, which will cost 300 jobs"), unless it makes a report of its
    own (", which the union says ...")."""
    first = clause.left_edge
    if clause.dep_ != "relcl" or first.lower_ not in (RELATIVE_PRONOUNS - {"that"}) | {
            "where", "when"} or _cleft(clause):
        return False
    return first.lower_ not in ("which", "where") or not _finite_clause(span) or _past(
        clause) or any(_reporting(t) for t in clause.subtree)


def _cleft(clause: Token) -> bool:
    """ "It was the status quo, not the new laws, which were causing the problems": the
    relative clause of a cleft sentence is what it says, not an aside; a comma before it
    comes only after a contrast set off inside ("said it would be Trump, who leads" is an
    aside on a name)."""
    doc = clause.doc
    if doc[clause.left_edge.i - 1].text == "," and clause.head.dep_ != "appos":
        return False
    for verb in clause.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            return verb.lemma_ == "be" and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children) and any(
                c.dep_ == "attr" and c.left_edge.i <= clause.head.i <= c.right_edge.i
                for c in verb.children)
    return False


def _past(verb: Token) -> bool:
    """Whether a verb tells of the past ("surprised", "had forced", "was doing")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in verb.children)


def _finite_clause(span: Span) -> bool:
    """Whether words are a clause with a subject of its own ("the plant will close")."""
    root = span.root
    return root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                for c in root.children)


def _reporting(verb: Token) -> bool:
    """Whether a verb is a cue that reports something: with its clause or object, or
    inserted ("which, she said, ...")."""
    return verb.pos_ == "VERB" and cue_lemma(verb) in ANY_VERB_CUE and (
        verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "xcomp", "dobj")
                                        for c in verb.children))


def reasoning(phrase: Token) -> bool:
    """Whether a phrase after a comma is the writer's reasoning about what was reported
    ("..., especially given that turnout fell")."""
    return phrase.lower_ in _REASONING and phrase.dep_ in ("prep", "advcl") and \
        phrase.doc[phrase.left_edge.i - 1].text == ","


def _reporting_phrase(phrase: Token) -> bool:
    """Whether a phrase set apart from a report is a report of its own ("..., aside from
    saying that ...", "..., beyond noting that ...")."""
    doc = phrase.doc
    return phrase.left_edge.lower_ in _EXCEPTING and any(
        t.dep_ == "pcomp" and t.tag_ == "VBG" and cue_lemma(t) in ANY_VERB_CUE
        for t in doc[phrase.left_edge.i : phrase.left_edge.i + 3])
