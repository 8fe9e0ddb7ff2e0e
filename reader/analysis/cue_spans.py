"""Where a cue, its speaker and what was said begin and end, as token ranges and characters."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reader.analysis.cue_words import (
    ANY_VERB_CUE,
    INSERT_PUNCT,
    RELATIVE_PRONOUNS,
    XCOMP_CUES,
    cue_lemma,
)
from reader.analysis.writer_asides import (
    OWN_SPEECH,
    conceding,
    participle_aside,
    reasoning,
    without_asides,
)
from reader.document import TextSpan

_DASHES = frozenset({"—", "–", "--"})
_DASH_WORDS = _DASHES | {"-"}  # what _dash can hold for
_CLOSING_MARKS = frozenset({"\"", "”", "’", "''", "»"})
_CLAUSE_BREAKS = frozenset({";", ":", "--", "—", "–"})
_RELATIVE_WORDS = RELATIVE_PRONOUNS | {"where", "whose"}
_CLAUSES = frozenset({"conj", "advcl", "parataxis", "ccomp", "dep"})
_NEXT_CUES = ANY_VERB_CUE | XCOMP_CUES
# Words that open a clause of condition or time fronted in a reported clause ("said if ...,").
_FRONTING = frozenset({"if", "unless", "whatever", "whoever", "however", "once", "until",
                       "although", "though", "while", "because", "since", "when", "whenever"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """One cue found in a parse: the cue words, who it names as speaker, and what was said."""

    cue: tuple[int, int]  # token range [start, end) of the cue words
    speaker: tuple[int, int] | None  # token range of the speaker's noun phrase
    content: tuple[int, int] | None  # char range of what was said


def chars(span: Span) -> tuple[int, int] | None:
    span = _before_comment(_without_trailing_cue(without_asides(span)))
    # its first and last words: punctuation and spaces at either end are left out
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    if first is None:
        return None
    last = next(t for t in reversed(span) if not (t.is_punct or t.is_space) or _percent(t))
    last = _parenthesis_closed(span, _before_conjunction(first, last))
    return first.idx, last.idx + len(last) - _full_stop_on_scale(last)


def _before_conjunction(first: Token, last: Token) -> Token:
    """ "declined to talk about his plans or": no statement ends on "and", "or" or "but", which
    the parse left at the end when it hung what they join elsewhere."""
    doc = last.doc
    while last.i > first.i and last.dep_ == "cc" and last.lower_ in ("and", "or", "but", "nor"):
        last = doc[last.i - 1]
        while last.i > first.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
    return last


def _parenthesis_closed(span: Span, last: Token) -> Token:
    """ "praised the Regional Transit Authority (RTA) for ...": words that end inside a
    parenthesis they opened go on to its closing mark, when it follows them at once."""
    doc = span.doc
    words = doc[span.start : last.i + 1]
    if sum(t.text == "(" for t in words) <= sum(t.text == ")" for t in words):
        return last
    for token in doc[last.i + 1 : min(last.i + 3, last.sent.end)]:
        if token.text == ")":
            return token
        if not token.is_punct:
            break
    return last


def _full_stop_on_scale(token: Token) -> int:
    """1 for the sentence's full stop the tokenizer left on a figure's "m." ("sold for £17m."),
    which is no part of what was said; else 0."""
    return int(token.text == "m." and token.i == token.sent.end - 1)


def _percent(token: Token) -> bool:
    """ "costs rose by 47.3%": a percent sign set against its number is part of the number."""
    return token.text == "%" and token.i > 0 and token.doc[token.i - 1].like_num and \
        not token.doc[token.i - 1].whitespace_


def _before_comment(span: Span) -> Span:
    """What was said, without the writer's comment on a quote after a dash ('likened the rules
    to "burning the Constitution" - a charge that might have stung')."""
    doc = span.doc
    for token in doc[span.start + 2 : span.end]:
        if token.text in _DASH_WORDS and _dash(token) and doc[token.i - 1].text in _CLOSING_MARKS:
            return doc[span.start : token.i]
    return span


def _dash(token: Token) -> bool:
    """Whether a token is a dash: one of its own, or a hyphen with a space on each side."""
    return token.text in _DASHES or (token.text == "-" and token.i > 0 and bool(
        token.whitespace_) and bool(token.doc[token.i - 1].whitespace_))


def _without_trailing_cue(span: Span) -> Span:
    """What was said, without another source's cue that closes it ("the driver never braked,
    the police report showed"): that report is the other source's, set off by a comma."""
    doc = span.doc
    last = next((t for t in reversed(span) if not (t.is_punct or t.is_space)), None)
    if last is None or last.pos_ != "VERB" or cue_lemma(last) not in ANY_VERB_CUE or any(
            c.i > last.i and not c.is_punct for c in last.children):
        return span
    subject = next((c for c in last.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i <= span.start + 2 or \
            doc[subject.left_edge.i - 1].text != "," or _closes_inserted(last, subject):
        return span
    return doc[span.start : subject.left_edge.i - 1]


def _closes_inserted(verb: Token, subject: Token) -> bool:
    """ "In the end, the senator said, voters will decide": the comma before the last verb's
    subject closes a cue inserted in the sentence, whose verb that is; it is what was said."""
    return any(c.dep_ == "parataxis" and c.i < subject.i and cue_lemma(c) in ANY_VERB_CUE and
               c.right_edge.i >= subject.left_edge.i - 2 for c in verb.children)


def around(head: Token, cue: Token) -> tuple[int, int] | None:
    """The clause around an inserted cue ("The plan, he said, will fail"), without the cue."""
    doc = head.doc
    if head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
        head = head.head  # "which, he said, is crowded": the cue hung on the helping verb
    left, right = head.left_edge.i, head.right_edge.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    cue_left, cue_right = cue.left_edge.i, cue.right_edge.i
    if doc[cue_left].text in INSERT_PUNCT and doc[cue_left - 1].lower_ in _RELATIVE_WORDS:
        # "which, she said, is": the commas around the cue, hung on it, set it off
        cue_left += 1
        if doc[cue_right].text in INSERT_PUNCT and cue_right > cue.i:
            cue_right -= 1
    if _opens_with_as(cue):
        if _as_doing_that(cue):
            return None  # "As he said this, the crowd cheered": when he said it, not what
        while cue_right > cue.i and doc[cue_right].text in INSERT_PUNCT:
            cue_right -= 1  # "As the mayor said, the city ...": the comma hung on the cue
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


def last_conjunct(doc: Doc, start: int, cue: int) -> int:
    """ "The band lost its drummer, and the tour, its manager said, was off": where the clause
    a cue is inserted in begins, when an earlier clause is joined to it by a comma or a dash
    and "and" or "but", or by a semicolon; that clause is the writer's."""
    for i in range(cue - 2, start + 1, -1):
        token = doc[i]
        joined = token.lower_ in ("and", "but") and token.dep_ == "cc" and (
            doc[i - 1].text in (",", ";") or _dash(doc[i - 1]))
        if (joined or token.text == ";") and any(t.pos_ in ("VERB", "AUX")
                                                 for t in doc[start:i]):
            return i + 1
    return start


def fronted_start(verb: Token, start: int) -> int:
    """ "The coach says no matter what the owners decide, the team will fight": a clause of
    condition or time set off by a comma between a cue and the clause it reports, which the
    parse hung on the cue, opens what was said."""
    doc = verb.doc
    first = verb.i + 1
    if start <= first + 2 or not any(t.text == "," for t in doc[start - 1 : start + 1]):
        return start
    opener = doc[first]
    opens = opener.lower_ in _FRONTING or (opener.lower_ == "no" and doc[first + 1].lower_
                                           == "matter")
    return first if opens and any(t.dep_ in ("nsubj", "nsubjpass")
                                  for t in doc[first:start]) else start


def _opens_with_as(cue: Token) -> bool:
    """Whether a cue's clause opens with "as" ("As the mayor said, ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def _as_doing_that(cue: Token) -> bool:
    """Whether a cue opening with "as" says something of its own ("As he said this", "as she
    told them so"): the clause is the time it was said, not what the sentence around says."""
    return any(c.dep_ == "dobj" and c.lower_ in ("this", "that", "so", "these", "those")
               for c in cue.children)


def coordinated_end(verb: Token, clause: Token) -> int:
    """Where a content clause ends with the infinitives the parse hung on its cue instead
    ("wants to triple X, grow Y and create Z": a bare verb cannot go with "wants")."""
    end = clause.right_edge.i
    if clause.dep_ != "xcomp" or clause.tag_ != "VB":
        return end
    end = _joined_end(clause, _before_finite(clause, end))
    if verb.tag_ == "VB":
        return end
    for child in verb.rights:
        if child.i > end and child.dep_ in ("conj", "dep") and child.tag_ == "VB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            end = child.right_edge.i
    return end


def _before_finite(clause: Token, end: int) -> int:
    """ "rules that promise to cut rents but are sure to anger landlords": a finite verb
    coordinated with an infinitive goes with the infinitive's subject, not inside it."""
    doc = clause.doc
    finite = next((c for c in clause.rights if c.dep_ == "conj" and _finite(c)), None)
    if finite is None:
        return end
    cut = finite.left_edge.i - 1
    while cut > clause.i and doc[cut].dep_ in ("cc", "punct"):
        cut -= 1
    return min(end, cut)


def _finite(verb: Token) -> bool:
    """Whether a verb is in a finite form, which no infinitive takes ("are", "is", "said"),
    where the parse may tag a bare verb as present ("or even declare")."""
    return verb.tag_ in ("VBZ", "VBD") or (verb.tag_ == "VBP" and verb.lower_ != verb.lemma_)


def _joined_end(clause: Token, end: int) -> int:
    """ "declined to threaten X or even directly declare Y": an infinitive goes on with the
    bare verb joined to it right after, wherever the parse hung that verb."""
    doc = clause.doc
    joint = end if doc[end].dep_ == "cc" else end + 1  # the parse may end the clause on "or"
    if joint + 1 >= len(doc) or doc[joint].dep_ != "cc":
        return end
    joined = next((t for t in doc[joint + 1 : clause.sent.end] if t.dep_ == "conj"
                   and t.tag_ in ("VB", "VBP") and not _finite(t)
                   and t.left_edge.i == joint + 1 and not any(
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
    word = next((t for t in reversed(sent) if not t.is_space), None)  # its last word
    if word is None or word.idx + len(word) != span.end or not word.is_alpha \
            or sent.end >= len(doc):
        return span
    following = doc[sent.end].sent
    if "\n" in text[span.end : following.start_char]:
        return span
    end = next((t for t in reversed(following) if not (t.is_space or t.is_punct)), None)
    return TextSpan(span.start, end.idx + len(end)) if end is not None else span


def clause_end(verb: Token, end: int) -> int:
    """Where a clause reported after its cue ends: at the end of the sentence, with what the
    parse hung on the cue instead ('said there is "a gap," when it comes to ...'), but not
    past a semicolon or a dash, nor into a cue of its own ("and warned ...", ", though she
    noted ..."); a second clause the parse made the cue's complement is still what was
    reported, whatever its verb ("learned that no matter the cost, the mayor will insist")."""
    for child in verb.rights:
        if child.i <= end:
            continue
        if child.dep_ == "punct" and child.text in _CLAUSE_BREAKS:
            break
        if _second_that(child):
            end = child.right_edge.i  # "said X, but that Y": one more thing said
            continue
        if child.dep_ in _CLAUSES and ((cue_lemma(child) in _NEXT_CUES and not
                                        _split_complement(child)) or _aside(child)):
            break
        if reasoning(child):
            break
        if child.dep_ in ("cc", "punct"):
            continue
        end = child.right_edge.i
    return end


def _second_that(clause: Token) -> bool:
    """Whether a clause the parse coordinated with a cue is a second thing it reports ("said
    the plan was sound, but that it would cost more"): it opens with "that" after "and", "but"
    or "or"."""
    doc = clause.doc
    first = clause.left_edge
    return clause.dep_ in ("conj", "ccomp") and first.lower_ == "that" and \
        first.head.i == clause.i and first.dep_ == "mark" and first.i > 0 and \
        doc[first.i - 1].dep_ == "cc"


def _split_complement(clause: Token) -> bool:
    """Whether a second complement the parse hung on a cue is the rest of the first one
    ("learned that no matter the cost, the mayor will insist"), not a sentence joined to the
    cue's by "and" ("said X and Democrats accused Y")."""
    doc = clause.doc
    before = doc[max(clause.left_edge.i - 2, 0) : clause.left_edge.i]
    return clause.dep_ == "ccomp" and not any(t.dep_ == "cc" for t in before)


def _aside(clause: Token) -> bool:
    """Whether a clause hung on a cue is the writer's own: a coordinated sentence with its own
    subject ("and Democrats accused ..."), a concession (", though ...") or a participle
    (", implicitly putting ...")."""
    if clause.dep_ in ("conj", "parataxis"):
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    first = next((t for t in clause.subtree if not t.is_punct), clause.left_edge)
    return conceding(first) or (first.i == clause.i and participle_aside(clause))


def own_cue_start(clause: Token, start: int, end: int) -> int:
    """The end (exclusive) of a reported clause: before a semicolon, but for one inside
    brackets ("90m euros ($100m; £70m) in loans"), or before a cue coordinated inside it
    ("said he would order a review and warned against hackers")."""
    doc = clause.doc
    for token in doc[start + 1 : end + 1]:
        if token.text == ";" and not _bracketed(doc[start : token.i]):
            return token.i
        if token.head.i == clause.i and own_cue(token):
            first = token.left_edge.i
            while first > start and doc[first - 1].dep_ in ("cc", "punct"):
                first -= 1
            return first
    return end + 1


def _bracketed(before: Span) -> bool:
    """Whether a bracket opened in the words before a point is still open there."""
    return sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)


def own_cue(verb: Token) -> bool:
    """Whether a cue coordinated inside a reported clause is the reporting speaker's own next
    statement ("said prices would fall and predicted that ..."), not part of what was said:
    active and unmarked, with no modal ("would respond") and not a bare verb after an
    infinitive or a modal ("to threaten or declare", "should read and write")."""
    clause = verb.head
    return verb.dep_ == "conj" and cue_lemma(verb) in OWN_SPEECH and not any(
        c.dep_ in ("mark", "aux", "auxpass", "nsubjpass") for c in verb.children) and not (
        verb.tag_ == "VB" and (clause.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)))
