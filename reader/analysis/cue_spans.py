"""Where a cue, its speaker and what was said begin and end, as token ranges and characters."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reader.analysis.cue_words import CONCESSIONS, EDGE_PUNCT, INSERT_PUNCT, RELATIVE_PRONOUNS
from reader.document import TextSpan

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


def _set_off(token: Token) -> bool:
    """Whether a phrase is closed by a comma or a dash, as an aside inside a sentence is."""
    after = token.right_edge.i + 1
    return after < len(token.doc) and token.doc[after].text in _ASIDE_PUNCT


def _participle(token: Token) -> bool:
    """ ", implicitly putting ...": a participle after the adverbs that open its phrase."""
    return token.tag_ == "VBG" and all(t.pos_ == "ADV" for t in token.doc[token.left_edge.i :
                                                                             token.i])


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
                doc[first.i - 1].text not in _ASIDE_PUNCT or not (_ends_sentence(token)
                                                                  or _set_off(token)):
            continue
        if _apposed_aside(token) or (token.dep_ == "relcl" and first.lower_ in (
                RELATIVE_PRONOUNS - {"that"}) | {"where", "when"}) or (
                token.dep_ == "advcl" and ((first.tag_ == "VBG" and first.i == token.i)
                                           or _participle(token)
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


def coordinated_end(verb: Token, clause: Token) -> int:
    """Where a content clause ends with the infinitives the parse hung on its cue instead
    ("wants to triple X, grow Y and create Z": a bare verb cannot go with "wants")."""
    end = clause.right_edge.i
    if clause.dep_ != "xcomp" or clause.tag_ != "VB":
        return end
    end = _joined_end(clause, end)
    if verb.tag_ == "VB":
        return end
    for child in verb.rights:
        if child.i > end and child.dep_ in ("conj", "dep") and child.tag_ == "VB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            end = child.right_edge.i
    return end


def _joined_end(clause: Token, end: int) -> int:
    """ "declined to threaten X or even directly declare Y": an infinitive goes on with the
    bare verb joined to it right after, wherever the parse hung that verb."""
    doc = clause.doc
    joint = end if doc[end].dep_ == "cc" else end + 1  # the parse may end the clause on "or"
    if joint + 1 >= len(doc) or doc[joint].dep_ != "cc":
        return end
    joined = next((t for t in doc[joint + 1 : clause.sent.end] if t.dep_ == "conj"
                   and t.tag_ in ("VB", "VBP") and t.left_edge.i == joint + 1 and not any(
                       c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    return end if joined is None else joined.right_edge.i


def over_false_break(doc: Doc, text: str, span: TextSpan) -> TextSpan:
    """ "cited disparaging remarks Trump had made about her": a sentence the parse ended on a
    word, with the next one going on in the same line, was cut short by the parse; what was
    said goes on to the end of that next sentence."""
    last = doc.char_span(span.start, span.end, alignment_mode="expand")
    if last is None:
        return span
    sent = last[-1].sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].idx + len(words[-1]) != span.end or not words[-1].is_alpha \
            or sent.end >= len(doc):
        return span
    following = doc[sent.end].sent
    if "\n" in text[span.end : following.start_char]:
        return span
    ends = [t for t in following if not (t.is_space or t.is_punct)]
    return TextSpan(span.start, ends[-1].idx + len(ends[-1])) if ends else span
