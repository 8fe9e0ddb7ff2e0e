"""Where what a cue's object says ends: its charge, its topic, the examples and list after it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.analysis.clause_words import PROPOSALS
from reader.analysis.cue_words import STATEMENT_NOUNS, cue_lemma
from reader.analysis.noun_phrases import hyphen_end
from reader.analysis.person_words import PEOPLE, ROLES

# What may go on after a cue's object as part of what was said ("cited X as Y", "complained
# about his mic the morning after the debate").
_OBJECT_TAIL = frozenset({"prep", "oprd", "dative", "npadvmod"})
# Tags a bare verb may be coordinated with ("to review and approve", "they meet and vote").
_BARE = frozenset({"VB", "VBP", "MD"})
# Words that open a clause asked about, never a main clause ("spoke of X and how Y ...").
_WH_WORDS = frozenset({"how", "why", "whether", "what", "who", "which"})
_ASKED = frozenset({"how", "why", "whether"})  # of those, the ones no relative clause opens
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
# Verbs whose object an infinitive after it goes on with ("offered a donation to help pay").
_OFFERING = frozenset({"propose", "offer", "welcome", "challenge", "invite", "pledge", "promise",
                       "unveil", "announce", "seek", "request", "demand", "suggest", "recommend",
                       "support", "endorse", "favor", "oppose", "want"})
# Objects that are steps, plans or efforts, which an infinitive after them says what for ("his
# actions to tighten checks", "the efforts of a donor to attack Trump").
_STEPS = PROPOSALS | {"action", "measure", "order", "law", "bill", "rule", "policy",
                      "legislation", "initiative", "program", "programme"}
# Prepositions that bring what an object is charged with or likened to ("as a relic").
_CHARGE_PREPS = frozenset({"as", "for", "of", "with"})
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
# Verbs of taking a matter up with somebody ("discussed the budget with her counterpart").
_CONVERSING = frozenset({"discuss", "debate", "negotiate", "share", "raise"})
# Verbs by which a thing is put to somebody, who is named after "to" ("explained it to voters").
_TELLING_TO = frozenset({"explain", "describe", "present", "outline", "detail", "repeat",
                         "announce", "reveal", "disclose", "confess", "admit", "justify",
                         "pitch", "recount", "convey", "express", "relay", "communicate",
                         "report", "deliver", "defend"})
_NOUN_HEADS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "ADV"})
_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "PRODUCT", "WORK_OF_ART",
                         "EVENT"})


def charge_end(verb: Token, target: Token) -> int:
    """Where "accused X of Y" or "cited X as Y" ends: after the charge, not the target, and
    after what the clause goes on to say of it ("complained about his mic the morning after
    the debate"), up to a comma, a coordinated verb or a new clause."""
    end = _before_parallel_verb(verb, target.i, hyphen_end(target.right_edge).right_edge.i)
    when = False  # "the morning" goes on with "after the debate"
    for child in verb.rights:
        if child.i <= end:
            continue
        if child.text == "," and child.i == end + 1:
            continue  # a comma may bring in examples ("..., including ...")
        if _example(child, end):
            end = child.right_edge.i
            continue
        if _as_doing(child, end):
            end = child.right_edge.i  # "described the dinner as Washington celebrating itself"
            continue
        if _infinitive_on_object(verb, target, child, end):
            end = child.right_edge.i  # "proposed $1 billion in funds to help states ..."
            continue
        if child.left_edge.i != end + 1 or child.dep_ not in _OBJECT_TAIL or (
                child.dep_ == "prep" and not _goes_on(child) and not when):
            if _before_charge(verb, child, end):
                end = child.right_edge.i
                continue
            break  # "endorsed Trump on Friday in Ohio": when and where are not what was said
        end, when = child.right_edge.i, child.dep_ == "npadvmod"
    end = _listed_infinitive_end(verb, _coordinated_object_end(verb, _listed_noun_end(verb, end)))
    end = _before_where_or_whom(verb, target, _before_the_one_spoken_with(verb, target, end))
    return before_occasion(target, end)


def _before_where_or_whom(verb: Token, target: Token, end: int) -> int:
    """ "supported Sanders in Virginia", "confirmed the meeting on condition of anonymity",
    "explained the plan to the public": where a named one was backed, on what terms a source
    spoke and whom a thing was told to, closing the object, are not what was said."""
    doc = verb.doc
    for token in doc[target.i + 1 : end + 1]:
        if token.dep_ != "prep" or token.right_edge.i != end or any(
                t.pos_ in ("VERB", "AUX") for t in token.ancestors if target.i < t.i != verb.i):
            continue
        if _place_of_name(token, target) or _anonymity(token) or _told_to(verb, token):
            cut = token.i - 1
            while cut > target.i and doc[cut].is_punct:
                cut -= 1
            return cut
    return end


def _place_of_name(prep: Token, target: Token) -> bool:
    """ "supported Sanders in Virginia": a place after a name that is the object says where,
    for a place cannot narrow down a name the way it does a noun ("voters in Virginia"); not
    after a name inside it ("the death of Terence Crutcher in Tulsa")."""
    head = prep.head
    return prep.lower_ in ("in", "at") and head.pos_ == "PROPN" and (
        head.i == target.i or (head.dep_ == "pobj" and head.head.i == target.i)) and any(
        c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for c in prep.children)


def _anonymity(prep: Token) -> bool:
    """ "on condition of anonymity", "on the condition of anonymity": the terms on which a
    source spoke."""
    return prep.lower_ in ("on", "under") and any(
        c.dep_ == "pobj" and c.lemma_.lower() == "condition" and any(
            t.lower_ == "anonymity" for t in c.subtree) for c in prep.children)


def _told_to(verb: Token, prep: Token) -> bool:
    """ "explained the plan to the public", "admitted the affair to his wife": whom a thing
    was explained, admitted or presented to."""
    return cue_lemma(verb) in _TELLING_TO and prep.lower_ == "to" and any(
        c.dep_ == "pobj" and somebody(c) for c in prep.children)


def _before_the_one_spoken_with(verb: Token, target: Token, end: int) -> int:
    """ "discussed the budget with her French counterpart", "shared the plan with reporters":
    whom a matter was discussed or shared with, named after it, is no part of it."""
    if cue_lemma(verb) not in _CONVERSING:
        return end
    doc = verb.doc
    for token in doc[target.i + 1 : end + 1]:
        if token.lower_ == "with" and token.dep_ == "prep" and token.head in (verb, target) and \
                any(somebody(c) for c in token.children if c.dep_ == "pobj") and (
                token.right_edge.i >= end or _only_occasions(doc, token.right_edge.i + 1, end)):
            cut = token.i - 1
            while cut > target.i and doc[cut].is_punct:
                cut -= 1
            return cut
    return end


def somebody(noun: Token) -> bool:
    """Whether a noun is somebody: a person's name, a pronoun, or a word for a person."""
    return noun.ent_type_ == "PERSON" or noun.lower_ in ("him", "her", "them", "us", "me") or \
        noun.lemma_.lower() in PEOPLE | ROLES | {"counterpart", "public"}


def before_occasion(target: Token, end: int) -> int:
    """ 'blasted the mayor as a "failure" Wednesday on a radio show', "admitted as much in a
    radio interview": where and on what occasion it was said, which the parse hung on the
    object or its charge (with no verb between), ends what was said, with a day just before
    it; the phrases after the cut must run to the end."""
    doc = target.doc
    for token in doc[target.i + 1 : end + 1]:
        if not _occasion(token) or not _only_occasions(doc, token.i, end) or any(
                t.pos_ in ("VERB", "AUX") for t in token.ancestors if t.i > target.i):
            continue
        cut = token.i - 1
        while cut > target.i and (doc[cut].ent_type_ in ("DATE", "TIME")
                                  and doc[cut].dep_ in ("npadvmod", "compound")):
            cut -= 1
        return cut
    return end


def _occasion(token: Token) -> bool:
    """ "during the debate", "in a tweet", "at a news conference": a preposition bringing an
    occasion of speaking or a statement, one of them, hung on a noun (not "the cuts announced
    at the meeting", "his skill in his debates")."""
    return token.dep_ == "prep" and token.head.pos_ in _NOUN_HEADS and token.lower_ in (
        "during", "at", "in", "on") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in STATEMENT_NOUNS | _OCCASIONS
        and c.tag_ in ("NN", "NNP") for c in token.children)


def _only_occasions(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from start to end are occasions (_occasion) and days, one after
    another ("in a tweet Tuesday")."""
    position = start
    while position <= end:
        phrase = max((t for t in doc[position : end + 1] if t.left_edge.i == position),
                     key=lambda t: t.right_edge.i, default=None)
        if phrase is None or not (_occasion(phrase) or phrase.ent_type_ in ("DATE", "TIME")):
            return False
        position = phrase.right_edge.i + 1
    return True


def _infinitive_on_object(verb: Token, target: Token, clause: Token, end: int) -> bool:
    """ "proposed $1 billion in funds to help states", "welcomed him to visit the city",
    "defended his executive actions to tighten checks": an infinitive right after what is
    offered, proposed or wished for, or after an object that is a step, a plan or an effort,
    goes on with it, where the parse hung it on the cue as a purpose (a cue like "cited X to
    justify Y" keeps its purpose out)."""
    first = clause.left_edge
    return (cue_lemma(verb) in _OFFERING or target.lemma_.lower() in _STEPS) and \
        first.i == end + 1 and clause.dep_ in ("advcl", "xcomp") and first.lower_ == "to" and \
        first.dep_ == "aux"


def _as_doing(clause: Token, end: int) -> bool:
    """ "described the dinner as Washington celebrating itself": what the object is charged
    with or likened to, a participle with its own subject after "as", which the parse took
    for a clause of time (a finite one is: "praised the crews as the crowd cheered")."""
    first = clause.left_edge
    return clause.dep_ == "advcl" and first.i == end + 1 and first.lower_ == "as" and \
        first.dep_ == "mark" and clause.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") for c in clause.children)


def _before_charge(verb: Token, phrase: Token, end: int) -> bool:
    """ "described the party during an interview as a relic": when or where it was said,
    between the object and what it was charged with or likened to, goes on to the charge."""
    if phrase.left_edge.i != end + 1 or phrase.dep_ not in ("prep", "npadvmod"):
        return False
    after = phrase.right_edge.i + 1
    charge = next((c for c in verb.rights if c.i == after and c.dep_ == "prep"), None)
    if charge is not None:
        return charge.lower_ in _CHARGE_PREPS
    # the parse may hang "as" on the occasion's noun ("an interview as a relic")
    return any(t.lower_ == "as" and t.dep_ == "prep" and t.head.dep_ in ("pobj", "npadvmod")
               for t in phrase.subtree)


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
        # "came on to talk about immigration and how it is changing ...": a wh-clause the
        # parse joined to a verb above the cue
        joined = next((c for head in verb.ancestors for c in head.rights if c.i > end
                       and c.dep_ == "conj" and c.left_edge.lower_ in _ASKED), None)
    if joined is None:
        return end
    between = doc[end + 1 : joined.left_edge.i]
    if not any(t.dep_ == "cc" for t in between) or any(t.dep_ not in ("cc", "punct")
                                                          for t in between):
        return end
    gerund = joined.tag_ == "VBG" and verb.tag_ != "VBG" and joined.left_edge.i == joined.i
    return joined.right_edge.i if gerund or joined.left_edge.lower_ in _WH_WORDS else end


def _listed_infinitive_end(verb: Token, end: int) -> int:
    """ "highlighted its promises to raise pensions, cut fares and build homes": a bare verb
    with no "to" of its own that the parse joined or hung on a cue that is not bare itself,
    right after an object ending in an infinitive, is the next of a list of infinitives (only
    a bare verb goes with a bare verb)."""
    doc = verb.doc
    joined = next((c for c in verb.rights if c.i > end and c.dep_ in ("conj", "advcl", "dep")),
                  None)
    if joined is None or joined.tag_ != "VB" or verb.tag_ in _BARE or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in joined.children) or any(
            t.dep_ not in ("cc", "punct") for t in doc[end + 1 : joined.left_edge.i]):
        return end
    for token in (doc[end], *doc[end].ancestors):
        if token.i == verb.i:
            break
        if token.tag_ == "VB" and token.right_edge.i == end and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
            return joined.right_edge.i
    return end
