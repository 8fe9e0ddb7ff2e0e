"""The tokens that name a cue's speaker: the noun phrase of its subject, past a dateline."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from reader.analysis.cue_speakers import speaker_token
from reader.analysis.cue_words import AGENT_LABELS, CUE_NOUNS, EDGE_PUNCT, SPOKESPEOPLE, cue_lemma
from reader.analysis.datelines import dateline_dash, named_past
from reader.analysis.noun_phrases import compound_head
from reader.analysis.person_words import ROLES
from reader.analysis.stray_subjects import stray_subject
from reader.analysis.subjects_not_speaking import reduced_passive
from reader.document import TextSpan

_NP_LEFT = frozenset({"compound", "det", "amod", "poss", "nummod", "nmod", "case", "quantmod",
                      "advmod", "predet"})


def speaker_phrase(verb: Token) -> tuple[int, int] | None:
    subject = speaker_token(verb)
    if subject is None and not reduced_passive(verb):
        subject = stray_subject(verb)
    if subject is None:
        return None
    doc = verb.doc
    low, high = sorted((subject.i, verb.i))
    breaks = [t.i for t in doc[low:high] if "\n" in t.text]
    if breaks and subject.i < verb.i:
        # a parse across a paragraph break ("7 p.m.\n\nDonald Trump says"): the subject is the
        # first name in the verb's own paragraph, past a dateline, or else its last noun
        nouns = [t for t in doc[breaks[-1] + 1 : verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not nouns:
            return None
        names = [t for t in nouns if t.ent_type_ in AGENT_LABELS and dateline_dash(t) is None]
        subject = compound_head(names[0] if names else nouns[-1])
    subject = _past_dateline(subject)
    if subject is None:
        return None
    start, end = noun_phrase(subject)
    if start <= verb.i < end:
        start = verb.i + 1  # "Said Ellis:", where the parse made the cue part of the name
    start, end = _whole_words(subject, start, end)
    joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
              and c.i < verb.i]
    if joined and subject.i < verb.i:  # "Mr. Kerry and Mr. Obama, who sent"
        end = max(end, noun_phrase(joined[-1])[1])
    while start < end - 1 and "\n" in doc[start : subject.i].text:
        start += 1
    return start, end


def name_before_cue(doc: Doc, cue: int, contents: Sequence[TextSpan], reach: int
                    ) -> tuple[int, int] | None:
    """ '"...," Okoro, a senior party aide, said', where the parse took quoted words for the
    cue's subject: the name set right after the quote's closing mark however long the
    description after it ('"...," Okoro, the party's candidate in the northern seat since the
    last election, said'), else the first name within reach words before the cue."""
    for token in _after_close(doc, cue, contents) or doc[max(0, cue - reach) : cue]:
        if token.pos_ == "PROPN" and not any(c.start <= token.idx < c.end for c in contents):
            head = compound_head(token)  # not the cue the parse made a name's head ("Lee joked")
            return noun_phrase(head if head.i < cue else token)
    return None


def _after_close(doc: Doc, cue: int, contents: Sequence[TextSpan]) -> list[Token]:
    """The word that opens right after a quote closing before a cue in its sentence, past the
    mark and a comma, when a name; none where other words come first ('"...," while touring
    the plant, Lee said')."""
    sent = doc[cue].sent
    closed = max((c.end for c in contents if sent.start_char <= c.end <= doc[cue].idx),
                 default=None)
    after = [t for t in doc[sent.start : cue] if closed is not None and t.idx >= closed
             and not t.is_punct]
    return after[:1] if after and after[0].pos_ == "PROPN" else []


def _whole_words(subject: Token, start: int, end: int) -> tuple[int, int]:
    """ "said co-founder Sam Reyes", "the ex - policeman": a word split at its hyphen, which
    the parse may split into several subjects of the cue, is one word of the speaker's phrase,
    and so is the name the last piece goes on to."""
    doc = subject.doc
    while start >= 2 and _hyphen(doc[start - 1]):
        start = noun_phrase(doc[start - 2])[0]
    while end + 1 < len(doc) and _hyphen(doc[end]):
        end += 2
    for sibling in subject.head.children:
        if sibling.dep_ == subject.dep_ and sibling.i >= end:
            phrase = noun_phrase(sibling)
            if phrase[0] <= end:
                end = phrase[1]
    return start, end


def _hyphen(token: Token) -> bool:
    """A hyphen inside a word ("co-founder"), no space either side; or one the text spaced
    ("ex - policeman") between two words the parse made one noun's."""
    doc = token.doc
    if token.text != "-" or token.i == 0 or token.i + 1 >= len(doc):
        return False
    return not doc[token.i - 1].whitespace_ and not token.whitespace_


def _past_dateline(subject: Token) -> Token | None:
    """ "LAGOS -- President Adeyemi, ..., said": the dateline is no speaker; the name the
    parse hung on it after its dash is ("HANOI, Vietnam (AP) — Mark Esper", not Vietnam), and
    with none there nobody is ("New York, NY – With ..., my6sense ... is adding")."""
    dash = dateline_dash(subject)
    return subject if dash is None else named_past(subject, dash)


# Words that say how many or which part of a group spoke, and so say nothing without their
# "of" ("Some of the residents", "A majority of voters", "Members of the board").
_PARTS = frozenset({
    "some", "most", "many", "much", "all", "none", "one", "each", "both", "either", "neither",
    "half", "several", "few", "majority", "minority", "number", "lot", "handful", "dozen",
    "dozens", "hundreds", "thousands", "millions", "group", "member", "line", "pair", "couple",
    "chorus", "rest", "bunch", "percent", "third", "quarter", "fraction", "share",
    "panel", "team", "coalition", "delegation", "crowd",
    # a run or a body of what is counted ("A flurry of new studies shows", "a slew of experts")
    "flurry", "spate", "raft", "slew", "series", "string", "wave", "body", "range", "variety",
    "array", "wealth", "set", "batch", "round", "host"})


def noun_phrase(token: Token) -> tuple[int, int]:
    """The token range of a speaker's noun phrase, without appositions or relative clauses, nor
    a dateline the parse made part of it; with a number right after its noun, which names it
    ("Number 10", "Channel 4"), and the "of" that says of whom a part is ("Some of the
    residents")."""
    start, end = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in _NP_LEFT and child.i < token.i:
            start = min(start, child.left_edge.i)
        elif child.dep_ == "prep" and child.i > token.i and child.lower_ in ("for", "of") and (
                cue_lemma(token) in SPOKESPEOPLE or cue_lemma(token) in CUE_NOUNS
                or _office(token, child)):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "prep" and _part_of(token, child):
            end = max(end, _group_end(child) + 1)
        elif child.i == token.i + 1 and _how_they_know(child):
            end = max(end, child.right_edge.i + 1)  # "two people familiar with the matter"
        elif child.i == token.i + 1 and child.dep_ == "nummod":
            end = max(end, child.i + 1)  # "Number 10 said", "Channel 4 said": part of the name
    doc = token.doc
    if token.dep_ == "compound" and token.head.dep_ == "ROOT" and token.head.i == token.i + 1:
        while start > 0 and doc[start - 1].head.i == token.head.i and \
                doc[start - 1].dep_ in _NP_LEFT:
            start -= 1  # "the paper notes": its article hung on the cue, as the noun was
    dash = dateline_dash(doc[start]) if start < token.i else None
    if dash is not None and dash.i < token.i:  # "BRUSSELS - European leaders gathered"
        start = dash.i + 1
    while start < end - 1 and doc[start].text in EDGE_PUNCT:
        start += 1
    while start < token.i and _date_before_name(doc[start]):
        start += 1  # "On Wednesday Lord Reid said": the day is when, not part of who
    return start, end


def _date_before_name(word: Token) -> bool:
    """Whether a word is a day or a date the parse glued onto the name after it ("on Tuesday
    Ms Lee said", but "Tuesday's statement" is the statement's own)."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.ent_type_ in ("DATE", "TIME") and after is not None and after.tag_ != "POS" \
        and after.pos_ == "PROPN" and after.ent_type_ not in ("DATE", "TIME")


def _part_of(token: Token, prep: Token) -> bool:
    """ "Some of the residents", "Two of the officers", "a group of farmers": a part or a
    number of a group, with the "of" right after it that names the group."""
    return prep.lower_ == "of" and prep.i == token.i + 1 and (
        token.lower_ in _PARTS or token.lemma_.lower() in _PARTS or token.tag_ == "CD")


def _group_end(prep: Token) -> int:
    """The last token of the group a part is "of", without what describes it after
    ("dozens of papers ranging from ...", "two thirds of all firms polled"), which a pronoun
    keeps ("42 percent of those responding")."""
    group = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if group is None or group.pos_ == "PRON":
        return prep.right_edge.i
    end = group.i
    for child in group.rights:
        if child.dep_ in ("acl", "relcl", "appos", "punct", "advcl"):
            break
        end = child.right_edge.i
    return end


# What an unnamed source is, by how it knows ("people familiar with the talks", "a person
# briefed on the plan", "sources close to the minister", "an official with knowledge of it").
_KNOWING = frozenset({"familiar", "close", "knowledgeable", "privy", "briefed", "involved",
                      "informed", "acquainted"})
_KNOWLEDGE = frozenset({"knowledge", "ties", "access"})


def _how_they_know(child: Token) -> bool:
    """Whether a word right after a speaker's noun opens what says how they know ("familiar
    with the matter", "with knowledge of the talks"): without it, "Two people" or "Sources"
    say nothing of who spoke."""
    if child.dep_ in ("amod", "acl"):
        return child.lower_ in _KNOWING and child.n_rights > 0
    return child.dep_ == "prep" and child.lower_ == "with" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _KNOWLEDGE for c in child.children)


def _office(role: Token, prep: Token) -> bool:
    """ "the secretary of state", "the minister of defence", "the chief of staff": a role and
    the bare noun of its office, one title (not "a member of the committee")."""
    office = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return role.lemma_.lower() in ROLES and prep.lower_ == "of" and office is not None and \
        office.i == prep.i + 1 and office.n_lefts == 0 and office.n_rights == 0
