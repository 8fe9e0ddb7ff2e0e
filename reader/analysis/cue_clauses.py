"""The clause a cue verb reports ("said the talks failed", "vowed to fight", "urged him to
leave"), and which of the clauses the parse hung on it that is."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.content_trims import not_discussed, past_the_one_told
from reader.analysis.cue_infinitives import asked_one_end
from reader.analysis.cue_spans import (
    chars,
    clause_end,
    coordinated_end,
    fronted_start,
    own_cue_start,
)
from reader.analysis.cue_words import (
    CUE_VERBS,
    INSERT_PUNCT,
    PERMITTING_CUES,
    RELATIVE_PRONOUNS,
    URGING_CUES,
    XCOMP_CUES,
    cue_lemma,
)

_OCCASIONS = frozenset({"after", "since", "when", "as", "because"})
URGING = URGING_CUES | PERMITTING_CUES
_XCOMP_REPORTS = XCOMP_CUES | URGING  # cues whose infinitive is what they report
# Urging by words alone, whose infinitive is never a purpose ("convince a court to ...", not
# "pushed the cart to make room").
PERSUADING = frozenset({"encourage", "persuade", "convince", "implore", "exhort", "entreat",
                        "counsel", "remind", "dare"})
_QUESTION_WORDS = frozenset({"when", "where", "how", "why", "whether"})


def urged(verb: Token, clause: Token) -> bool:
    """ "convince a court to throw out the rules": an infinitive right after the one urged,
    which the parse took for a clause of purpose, is what they are urged to do."""
    person = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return clause.dep_ == "advcl" and person is not None and \
        clause.left_edge.i == asked_one_end(verb, person) + 1 and clause.left_edge.lower_ == "to"


def clause_content(verb: Token) -> tuple[int, int] | None:
    """ "said the talks failed", "vowed to fight": the clause a cue reports."""
    lemma = cue_lemma(verb)
    clauses = [c for c in verb.children if _complement_clause(verb, c, lemma)]
    for child in sorted(clauses, key=lambda c: (not _reported_clause(verb, c),
                                                not _marked_that(verb, c),
                                                not _intended(verb, c),
                                                _subjectless_before(verb, c), c.i)):
        if not _reported_clause(verb, child):
            continue
        start = child.left_edge.i  # "told him to leave" reports "to leave"
        start = past_the_one_told(verb, child, _object_as_subject(verb, child, start))
        if child.dep_ == "advcl" and _unmarked_clause(verb, child):  # "said after X he"
            start = min(c.left_edge.i for c in child.children
                        if c.dep_ in ("nsubj", "nsubjpass") or c.lower_ in _QUESTION_WORDS)
        if child.dep_ == "xcomp" and lemma in PERMITTING_CUES:
            start = min((c.left_edge.i for c in verb.children if c.dep_ == "dobj"
                         and c.i > verb.i), default=start)  # "lets members vote"
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if child.dep_ == "xcomp" and subject is not None and subject.i < verb.i and \
                subject.lower_ not in RELATIVE_PRONOUNS:
            start = subject.left_edge.i  # "One voter in nine is expected to be Latino"
        end = coordinated_end(verb, child)
        if child.dep_ == "ccomp" and child.i > verb.i:
            end = clause_end(verb, end)
            start = fronted_start(verb, start)
        if child.dep_ == "xcomp":
            end = _before_past_occasion(child, end)
            start = not_discussed(verb, child, start)
        return chars(verb.doc[start : own_cue_start(child, start, end)])
    return None


def _complement_clause(verb: Token, child: Token, lemma: str) -> bool:
    """Whether a child of a cue verb is a clause it may report: its complement, or a clause the
    parse misread ("said after X he ...", "urged him to ...")."""
    dep = child.dep_
    return dep == "ccomp" or (dep == "xcomp" and lemma in _XCOMP_REPORTS) \
        or (dep == "advcl" and (_marked_that(verb, child) or _unmarked_clause(verb, child))) \
        or (lemma in PERSUADING and urged(verb, child))


def _subjectless_before(verb: Token, clause: Token) -> bool:
    """Whether a clause the parse hung on a cue before it has no subject ("In a case study out
    Friday, they explain how ...": "study" read as a verb), and so is no statement fronted
    before its cue: a clause after the cue goes first."""
    return clause.i < verb.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                         for c in clause.children)


def _intended(verb: Token, clause: Token) -> bool:
    """ "They cut costs - the chain is planning to close stores": what a verb of intent
    intends is its infinitive after it, before a clause the parse also hung on it."""
    return clause.dep_ == "xcomp" and clause.i > verb.i and cue_lemma(verb) in XCOMP_CUES


def _object_as_subject(verb: Token, clause: Token, start: int) -> int:
    """ "seemed to think the outreach to voters was phony": a clause with no subject after the
    cue's object, which is the clause's subject the parse took for the cue's object."""
    if clause.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                     for c in clause.children):
        return start
    thing = next((c for c in verb.children if c.dep_ == "dobj"
                  and verb.i < c.i and c.right_edge.i < clause.left_edge.i), None)
    return start if thing is None else thing.left_edge.i


def _before_past_occasion(clause: Token, end: int) -> int:
    """ "warned them to tighten security after hackers struck": what is urged or promised lies
    ahead; a past event closing it ("after hackers struck") is the writer's occasion for it."""
    occasion = next((c for c in clause.rights if c.dep_ == "advcl" and c.tag_ == "VBD"
                     and c.right_edge.i >= end and any(
                         m.dep_ == "mark" and m.lower_ in _OCCASIONS for m in c.children)),
                    None)
    return end if occasion is None else occasion.left_edge.i - 1


def _unmarked_clause(verb: Token, clause: Token) -> bool:
    """ "Trump said after the convention he would not accept ...": a clause with its own subject
    and no conjunction after a verb of saying, which the parse took for an adverbial clause, is
    what was said."""
    if clause.i < verb.i or cue_lemma(verb) not in CUE_VERBS or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    opener = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
    # "have not said when they would take up the bill": a question, with a modal, is said
    return not opener or (opener[0].lower_ in _QUESTION_WORDS and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children))


def _marked_that(verb: Token, clause: Token) -> bool:
    """ "Should it fail, critics worry that ...": the that-clause after the cue is what it
    reports, before any clause the parse also hung on it."""
    first = clause.left_edge  # "tweeted that X was ...", its "that" read as an adverb
    return clause.i > verb.i and (any(m.dep_ == "mark" and m.lower_ == "that"
                                      for m in clause.children) or (
        first.lower_ == "that" and first.dep_ == "advmod" and first.head.i == clause.i))


def _reported_clause(verb: Token, clause: Token) -> bool:
    """Whether a clause is what its cue reports: one after it ("said the talks failed"), or one
    before it that a comma or quote mark hands over ("The talks failed, he said"); a clause
    closed by a colon or semicolon ("A scenario; the team says ...") is a sentence of its own."""
    if clause.i > verb.i:
        return not _predicate_of_head(verb, clause)
    last = clause.right_edge.i
    if last + 1 >= verb.i:
        return False
    # its own closing comma, where the parse gave it the clause, when no "while" opens it
    closed = verb.doc[last].text in INSERT_PUNCT and not any(c.dep_ == "mark"
                                                             for c in clause.children)
    return closed or verb.doc[last + 1].text in INSERT_PUNCT


def _predicate_of_head(verb: Token, clause: Token) -> bool:
    """ "Nothing the minister said was new": a cue in a relative clause on the noun before it,
    with a clause after it that has no subject, the parse's reading of the sentence's own
    predicate."""
    return verb.dep_ == "relcl" and clause.dep_ == "ccomp" and verb.head.i < verb.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)
