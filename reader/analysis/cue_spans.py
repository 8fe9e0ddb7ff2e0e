"""Where a cue, its speaker and what was said begin and end, as token ranges and characters."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reader.analysis.cue_words import (
    ANY_VERB_CUE,
    EDGE_PUNCT,
    INSERT_PUNCT,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    URGING_CUES,
    XCOMP_CUES,
    cue_lemma,
)
from reader.analysis.writer_asides import conceding, reasoning, without_asides
from reader.document import TextSpan

_DASHES = frozenset({"—", "–", "--"})
_CLOSING_MARKS = frozenset({"\"", "”", "’", "''", "»"})
_CLAUSE_BREAKS = frozenset({";", ":", "--", "—", "–"})
_CLAUSES = frozenset({"conj", "advcl", "parataxis", "ccomp", "dep"})
# What may go on after a cue's object as part of what was said ("cited X as Y", "complained
# about his mic the morning after the debate").
_OBJECT_TAIL = frozenset({"prep", "oprd", "dative", "npadvmod"})
# Tags a bare verb may be coordinated with ("to review and approve", "they meet and vote").
_BARE = frozenset({"VB", "VBP", "MD"})
# Words that open a clause asked about, never a main clause ("spoke of X and how Y ...").
_WH_WORDS = frozenset({"how", "why", "whether", "what", "who", "which"})
# Prepositions after a cue's object that go on with what was said ("praised her work after
# the attacks", "described crass behavior by the host", "touted endorsements from generals"),
# unlike those of when, where and in what ("in a statement on Friday", "during the debate").
_TAIL_PREPS = frozenset({"as", "of", "for", "over", "to", "with", "against", "about", "by",
                         "from", "behind", "after"})
# Prepositions that go on with a cue's object when they name its topic or respect ("faulted
# the council on its record", "faulted the agency in its handling of the flood"), not when,
# where, in what outlet or in what statement it was said ("on Friday", "on CNN", "in March",
# "in a statement", "in an appearance on CBS"): the noun they bring is no date, time, place,
# body, work or event, nor a statement or an occasion of speaking.
_TOPIC_PREPS = frozenset({"on", "in"})
# Words that bring in examples of what goes before ("..., including the one that ...").
_EXAMPLES = frozenset({"including", "especially", "particularly", "notably"})
# What a lead or a vote is measured in ("by a wide margin", "by 12 points").
_MARGINS = frozenset({"margin", "point", "percent", "vote", "seat", "delegate", "length"})
# Where or on what occasion something was said ("in an on-air diatribe", "on his show").
_OCCASIONS = frozenset({
    "appearance", "diatribe", "ruling", "hearing", "article", "column", "op-ed", "editorial",
    "essay", "book", "memo", "filing", "lawsuit", "debate", "rally", "meeting", "session",
    "conference", "forum", "segment", "show", "episode", "program", "broadcast", "podcast",
    "video", "ad", "advertisement", "documentary", "event", "visit", "trip", "tour", "address",
    "sermon", "lecture", "opinion", "decision", "order", "email", "call", "conversation",
    "exchange", "hearings", "tweet", "post", "blog", "newsletter", "page",
    "radio", "television", "campaign", "stop", "town", "dinner", "luncheon", "breakfast",
    "ceremony", "summit", "convention"})
_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "PRODUCT", "WORK_OF_ART",
                         "EVENT"})
# Verbs that, coordinated inside what somebody said, say or urge something else ("said he would
# review it and warned against hackers", "said she was wrong and encouraged people to ...").
_OWN_SPEECH = SPEECH_VERBS | URGING_CUES | {
    "suggest", "explain", "predict", "concede", "contend", "assert", "reply", "respond",
    "confirm", "reveal", "criticize", "criticise", "accuse", "blame", "praise", "complain",
    "question", "dispute", "reject", "demand", "propose", "recommend", "threaten", "tout",
    "tweet", "write", "repeat", "reiterate", "remark", "mention", "emphasize", "emphasise",
    "point", "caution", "quote", "cite"}
_NEXT_CUES = ANY_VERB_CUE | XCOMP_CUES


@dataclass(frozen=True, slots=True)
class Attribution:
    """One cue found in a parse: the cue words, who it names as speaker, and what was said."""

    cue: tuple[int, int]  # token range [start, end) of the cue words
    speaker: tuple[int, int] | None  # token range of the speaker's noun phrase
    content: tuple[int, int] | None  # char range of what was said


def chars(span: Span) -> tuple[int, int] | None:
    span = _before_comment(_without_trailing_cue(without_asides(span)))
    tokens = [t for t in span if not (t.is_punct and t.text in EDGE_PUNCT)]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _before_comment(span: Span) -> Span:
    """What was said, without the writer's comment on a quote after a dash ('likened the rules
    to "burning the Constitution" - a charge that might have stung')."""
    doc = span.doc
    for token in doc[span.start + 2 : span.end]:
        if _dash(token) and doc[token.i - 1].text in _CLOSING_MARKS:
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
    words = [t for t in span if not (t.is_punct or t.is_space)]
    last = words[-1] if words else None
    if last is None or last.pos_ != "VERB" or cue_lemma(last) not in ANY_VERB_CUE or any(
            c.i > last.i and not c.is_punct for c in last.children):
        return span
    subject = next((c for c in last.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i <= span.start + 2 or \
            doc[subject.left_edge.i - 1].text != ",":
        return span
    return doc[span.start : subject.left_edge.i - 1]


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
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].idx + len(words[-1]) != span.end or not words[-1].is_alpha \
            or sent.end >= len(doc):
        return span
    following = doc[sent.end].sent
    if "\n" in text[span.end : following.start_char]:
        return span
    ends = [t for t in following if not (t.is_space or t.is_punct)]
    return TextSpan(span.start, ends[-1].idx + len(ends[-1])) if ends else span


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
    first = clause.left_edge
    return conceding(first) or (first.i == clause.i and clause.tag_ == "VBG")


def own_cue_start(clause: Token, start: int, end: int) -> int:
    """The end (exclusive) of a reported clause: before a semicolon, or before a cue
    coordinated inside it ("said he would order a review and warned against hackers")."""
    doc = clause.doc
    for token in doc[start + 1 : end + 1]:
        if token.text == ";":
            return token.i
        if token.head.i == clause.i and own_cue(token):
            first = token.left_edge.i
            while first > start and doc[first - 1].dep_ in ("cc", "punct"):
                first -= 1
            return first
    return end + 1


def own_cue(verb: Token) -> bool:
    """Whether a cue coordinated inside a reported clause is the reporting speaker's own next
    statement ("said prices would fall and predicted that ..."), not part of what was said:
    active and unmarked, with no modal ("would respond") and not a bare verb after an
    infinitive or a modal ("to threaten or declare", "should read and write")."""
    clause = verb.head
    return verb.dep_ == "conj" and cue_lemma(verb) in _OWN_SPEECH and not any(
        c.dep_ in ("mark", "aux", "auxpass", "nsubjpass") for c in verb.children) and not (
        verb.tag_ == "VB" and (clause.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)))


def charge_end(verb: Token, target: Token) -> int:
    """Where "accused X of Y" or "cited X as Y" ends: after the charge, not the target, and
    after what the clause goes on to say of it ("complained about his mic the morning after
    the debate"), up to a comma, a coordinated verb or a new clause."""
    end = _before_parallel_verb(verb, target.i, over_hyphen(target.right_edge.i, verb.doc))
    when = False  # "the morning" goes on with "after the debate"
    for child in verb.rights:
        if child.i <= end:
            continue
        if child.text == "," and child.i == end + 1:
            continue  # a comma may bring in examples ("..., including ...")
        if _example(child, end):
            end = child.right_edge.i
            continue
        if child.left_edge.i != end + 1 or child.dep_ not in _OBJECT_TAIL or (
                child.dep_ == "prep" and not _goes_on(child) and not when):
            break  # "endorsed Trump on Friday in Ohio": when and where are not what was said
        end, when = child.right_edge.i, child.dep_ == "npadvmod"
    return _coordinated_object_end(verb, _listed_noun_end(verb, end))


def over_hyphen(end: int, doc: Doc) -> int:
    """ "feared the re-emergence of a colossus": a word the parse split at its hyphen and hung
    piece by piece on the cue goes on past the hyphen, with what follows it."""
    while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text == "-" and \
            not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
        end = max(end + 2, doc[end + 2].right_edge.i)
    return end


def _example(phrase: Token, end: int) -> bool:
    """ "railed against super PACs, including the one that ...": examples of the object, after
    a comma, which the parse hung on the cue, go on with it."""
    doc = phrase.doc
    return phrase.lower_ in _EXAMPLES and phrase.left_edge.i == end + 2 and \
        doc[end + 1].text == ","


def _listed_noun_end(verb: Token, end: int) -> int:
    """ "by stressing public safety, and a plan to hire nurses", "touted their own records,
    each other's blunders": a noun listed after the object, which the parse hung on the cue
    or a verb above it, is one more thing said."""
    doc = verb.doc
    start = end + 1
    while start < len(doc) and doc[start].dep_ in ("cc", "punct") and doc[start].text in (
            ",", "and", "or"):
        start += 1
    if start == end + 1 or start >= len(doc):
        return end
    head = doc[start]
    while head.head.i != head.i and head.head.left_edge.i == start:
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("conj", "dobj") and (
            head.head.i == verb.i or head.head in verb.ancestors):
        return head.right_edge.i
    return end


def _goes_on(prep: Token) -> bool:
    """Whether a preposition after a cue's object goes on with what was said, but not the
    means of saying it ("questioned the figures by pointing out that ..."), and "on" or "in"
    only with a topic ("any role in the 2001 attacks")."""
    if _how(prep):
        return False
    if prep.lower_ in _TOPIC_PREPS:
        return not any(c.dep_ == "pobj" and (c.ent_type_ in _WHEN_WHERE or c.lemma_.lower() in
                                             STATEMENT_NOUNS | _OCCASIONS)
                       for c in prep.children)
    return prep.lower_ in _TAIL_PREPS and not (prep.lower_ == "by" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children))


def _how(prep: Token) -> bool:
    """ "backed her by a 40-point margin", "endorsed him by 12 votes": how wide a lead or a
    vote was, no part of what was said."""
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if thing is None:
        return False
    lemma = thing.lemma_.lower()
    if prep.lower_ == "by":
        return lemma in _MARGINS or thing.like_num or any(
            c.dep_ == "nummod" or c.like_num for c in thing.children)
    return False


def _before_parallel_verb(verb: Token, start: int, end: int) -> int:
    """ "to accuse the agency of being misled and urge voters to ...": a bare verb the parse
    coordinated inside an infinitive cue's object goes with the cue (only a bare verb joins a
    bare verb), so the object ends before it."""
    doc = verb.doc
    if verb.tag_ != "VB":
        return end
    for token in doc[start + 1 : end + 1]:
        if token.dep_ == "conj" and token.tag_ == "VB" and token.head.tag_ not in _BARE and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            cut = token.left_edge.i - 1
            while cut > start and doc[cut].dep_ in ("cc", "punct"):
                cut -= 1
            return cut
    return end


def _coordinated_object_end(verb: Token, end: int) -> int:
    """ "mentioned refinancing loans and forcing colleges to ...", "spoke of the legacy of
    racism and how the fight for justice ...": a gerund or a wh-clause after "and" that the
    parse coordinated with the cue goes on with its object (no verb of the cue's tense opens
    with one)."""
    doc = verb.doc
    joined = next((c for c in verb.rights if c.i > end and c.dep_ == "conj"), None)
    if joined is None:
        return end
    between = doc[end + 1 : joined.left_edge.i]
    if not any(t.dep_ == "cc" for t in between) or any(t.dep_ not in ("cc", "punct")
                                                          for t in between):
        return end
    gerund = joined.tag_ == "VBG" and verb.tag_ != "VBG" and joined.left_edge.i == joined.i
    return joined.right_edge.i if gerund or joined.left_edge.lower_ in _WH_WORDS else end
