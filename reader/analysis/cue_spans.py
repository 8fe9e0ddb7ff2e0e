"""Where a cue, its speaker and what was said begin and end, as token ranges and characters."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from reader.analysis.cue_words import CONCESSIONS, EDGE_PUNCT, INSERT_PUNCT, RELATIVE_PRONOUNS

_ASIDE_PUNCT = frozenset({",", "—", "–", "--"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """One cue found in a parse: the cue words, who it names as speaker, and what was said."""

    cue: tuple[int, int]  # token range [start, end) of the cue words
    speaker: tuple[int, int] | None  # token range of the speaker's noun phrase
    content: tuple[int, int] | None  # char range of what was said


def chars(span: Span) -> tuple[int, int] | None:
    span = without_asides(span)
    tokens = [t for t in span if not (t.is_punct and t.text in EDGE_PUNCT)]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _ends_sentence(clause: Token) -> bool:
    """Whether only punctuation follows clause in its sentence."""
    return all(t.is_punct or t.is_space for t in clause.doc[clause.right_edge.i + 1 :
                                                             clause.sent.end])


def _apposed_aside(token: Token) -> bool:
    """ "the WHO, the agency that ...", "... — a metaphor for ...": the writer's
    description of a name, or anything set off by a dash (a list of nouns is no aside)."""
    return token.dep_ == "appos" and (token.head.pos_ == "PROPN"
                                      or token.doc[token.left_edge.i - 1].text != ",")


def without_asides(span: Span) -> Span:
    """What was said, without the writer's trailing aside: a non-restrictive relative clause
    (", who has never faced ..."), a participle (", contradicting ...") or a concession
    (", although ...") that closes the clause after a comma."""
    doc = span.doc
    end = span.end
    while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for token in doc[span.start : end]:
        first = token.left_edge
        if first.i <= span.start + 1 or token.right_edge.i < end - 1 or \
                doc[first.i - 1].text not in _ASIDE_PUNCT or not _ends_sentence(token):
            continue
        if _apposed_aside(token) or (token.dep_ == "relcl" and first.lower_ in (
                RELATIVE_PRONOUNS - {"that"}) | {"where", "when"}) or (
                token.dep_ == "advcl" and ((first.tag_ == "VBG" and first.i == token.i)
                                           or first.lower_ in CONCESSIONS)):
            return doc[span.start : first.i - 1]
    return span
def around(head: Token, cue: Token) -> tuple[int, int] | None:
    """The clause around an inserted cue ("The plan, he said, will fail"), without the cue."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    cue_left, cue_right = cue.left_edge.i, cue.right_edge.i
    if cue_right >= right:
        if cue_left == 0 or doc[cue_left - 1].text not in INSERT_PUNCT:
            return None  # "...: Republicans said" is no cue for what went before
        right = cue_left - 1
    elif cue_left <= left:
        if cue_right + 1 >= len(doc) or doc[cue_right + 1].text not in INSERT_PUNCT:
            return None
        left = cue_right + 1
    elif doc[cue_left - 1].text not in INSERT_PUNCT or doc[cue_right + 1].text not in \
            INSERT_PUNCT:
        return None  # "said she would not discuss the budget": a clause, not an insertion
    if right < left:
        return None
    return chars(doc[left : right + 1])
