"""Cues beyond a verb and its clause: according to, headlines, stances, statement nouns."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import FINITE_TAGS, a_time, gerund
from reader.analysis.cue_spans import Attribution, around, chars
from reader.analysis.cue_speakers import source_of_statement
from reader.analysis.cue_words import (
    AGENT_LABELS,
    CUE_VERBS,
    OWNED_NOUNS,
    RELATIVE_PRONOUNS,
    STANCE_HOLDERS,
    cue_lemma,
)
from reader.analysis.speaker_spans import noun_phrase, speaker_phrase

# What a statement or a stance is about ("his remarks on", "their support for").
NOUN_PREPS = frozenset({"of", "about", "on", "for", "against", "to", "over", "toward",
                        "towards"})
# What somebody's words are, about something ("his remarks on the shooting").
_SAYINGS = frozenset({"comment", "remark", "claim", "assertion", "allegation", "accusation",
                      "warning", "promise", "pledge", "vow", "denial", "admission", "insistence",
                      "argument", "suggestion", "prediction", "assurance", "announcement"})
# Relative pronouns that open the writer's clause on a source ("..., according to police, who").
_RELATIVES = frozenset({"who", "which", "whose", "whom"})
# Nouns that place something in time: "towards the close of the show" is when, not what.
_TIME_POINTS = frozenset({"close", "end", "start", "beginning", "middle", "eve", "outset",
                          "height", "wake", "run-up", "dawn", "onset"})


def according(token: Token) -> Attribution | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:  # "according to show insiders", parsed as a verb
        nouns = [t for t in to.subtree if t.pos_ in ("NOUN", "PROPN", "PRON")]
        source = nouns[-1] if nouns else None
    if source is None:
        return None
    head = token.head if token.head.i != token.i else None
    content = _beside(token) or (around(head, token) if head is not None else None)
    speaker = source_of_statement(source)
    return Attribution((token.i, to.i + 1), noun_phrase(speaker), _past_described(token, content))


def _past_described(token: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "According to the study, published in a journal, the man had ...": a participle
    set off by commas right after the source tells what the source is; what it says follows."""
    doc = token.doc
    words = None if content is None else doc.char_span(*content, alignment_mode="expand")
    if words is None or len(words) < 4 or words[0].tag_ != "VBN" or words.start < 2 or \
            doc[words.start - 1].text != "," or words.start <= token.i:
        return content
    comma = next((t for t in words[1:12] if t.text == ","), None)
    if comma is None or comma.i + 1 >= words.end:
        return content
    return chars(doc[comma.i + 1 : words.end]) or content


# What somebody's account of something is called when a sentence leans on it ("by his own
# account", "by one estimate").
ACCOUNTS = frozenset({"account", "admission", "estimate", "count", "reckoning", "calculation",
                      "tally"})


_SOME = frozenset({"one", "some", "most", "all", "many", "another", "several", "other"})


def by_account(noun: Token) -> Attribution | None:
    """ "By his own admission, the plan failed", "..., by one estimate, ...": the sentence
    leans on somebody's account, like "according to"."""
    by = noun.head
    if noun.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep" or \
            cue_lemma(noun) not in ACCOUNTS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and not any(c.lower_ in _SOME for c in noun.lefts):
        return None  # "passed by a wide count" is no account of anybody's
    sent = by.sent
    content = _beside(by) or chars(sent.doc[sent.start : sent.end])
    speaker = noun_phrase(owner) if owner is not None else (noun.left_edge.i, noun.i + 1)
    return Attribution((by.i, noun.i + 1), speaker, content)


def in_words_of(word: Token) -> Attribution | None:
    """ "In the words of one clerk, "We are exhausted."": whose words the sentence gives, as
    "according to" does."""
    doc = word.doc
    if word.i + 4 >= len(doc) or [t.lower_ for t in doc[word.i + 1 : word.i + 4]] != [
            "the", "words", "of"]:
        return None
    source = next((c for c in doc[word.i + 3].children if c.dep_ == "pobj"), None)
    content = _beside(word)
    if source is None or content is None:
        return None
    return Attribution((word.i, word.i + 4), noun_phrase(source_of_statement(source)), content)


# What one sees or judges by, whose owner's view a sentence gives ("in his eyes").
_VIEWS = frozenset({"view", "opinion", "eyes", "estimation", "judgment", "judgement", "mind"})


def in_view_of(word: Token) -> Attribution | None:
    """ "In her view, the deal is dead", "Only locals are welcome in his eyes": the sentence
    beside the phrase is its owner's view."""
    view = next((c for c in word.children if c.dep_ == "pobj"), None)
    if view is None or view.lower_ not in _VIEWS or word.dep_ != "prep":
        return None
    owner = next((c for c in view.children if c.dep_ == "poss"), None) or next(
        (g for c in view.rights if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"), None)  # "in the eyes of voters"
    if owner is None:
        return None
    sent, end = word.sent, word.right_edge.i
    content = _beside(word)
    if content is None and word.i > sent.start and all(
            t.is_punct or t.is_space for t in sent.doc[end + 1 : sent.end]):
        content = chars(sent.doc[sent.start : word.i])
    if content is None:
        return None
    return Attribution((word.i, view.i + 1), noun_phrase(owner), content)


# What finds something, whose finding a sentence can open with ("In the latest poll, ...").
FINDINGS = frozenset({"poll", "polling", "survey", "study", "analysis", "review", "audit",
                      "research", "report"})


def in_finding(word: Token) -> Attribution | None:
    """ "In the previous poll, Clinton led by 5 points": what a poll or a study found, when a
    sentence opens with it."""
    finding = next((c for c in word.children if c.dep_ == "pobj"), None)
    if finding is None or cue_lemma(finding) not in FINDINGS or word.dep_ != "prep" or \
            _said_in(word):
        return None
    content = _beside(word)
    if content is None:
        return None
    return Attribution((word.i, word.i + 1), noun_phrase(finding), content)


def _said_in(word: Token) -> bool:
    """ "In a report for the council, Dr Ames said: ...", "In its paper, the institute asks if
    ...": a verb of saying with a subject of its own says whose words the sentence gives; the
    report is only where they were written. A count of respondents is no such subject: "In
    the poll, 40% said ..." gives the poll's finding."""
    verb = word.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or cue_lemma(verb) not in CUE_VERBS or subject is None:
        return False
    return subject.lower_ not in _SOME and not any(
        t.like_num or t.text == "%" for t in subject.subtree)


def _beside(according: Token) -> tuple[int, int] | None:
    """ "According to X, A would see B go up" or "A ..., according to X": the whole sentence
    beside the phrase, wherever the parse hung it."""
    sent = according.sent
    last = according.right_edge.i
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    if according.i == words[0].i:  # the first comma closes the source, whatever the parse
        comma = next((t.i for t in sent.doc[according.i : min(sent.end, according.i + 20)]
                      if t.text == "," and not _opens_apposition(t)), None)
        return None if comma is None else chars(sent.doc[comma + 1 : sent.end])
    if last == words[-1].i and according.i > sent.start and \
            sent.doc[according.i - 1].text in (",", "—", "–"):
        return chars(sent.doc[sent.start : according.i - 1])
    if _closes_its_clause(according, last):
        return chars(sent.doc[sent.start : according.i - 1])
    return None


def _closes_its_clause(according: Token, last: int) -> bool:
    """ "A dozen were chosen, according to sources, although nobody confirms it": a phrase set
    off by commas before a subordinating conjunction, 'but' or a relative pronoun closes the
    clause it reports; what follows is the writer's ("..., and the top 10% paid ..." goes on
    with the source's account)."""
    doc = according.doc
    if according.i <= according.sent.start + 2 or doc[according.i - 1].text != "," or \
            last + 3 >= according.sent.end or doc[last + 1].text != ",":
        return False
    after = doc[last + 2]
    return after.pos_ == "SCONJ" or after.lower_ in _RELATIVES or after.lower_ == "but"


def _opens_apposition(comma: Token) -> bool:
    """Whether what follows a comma describes the noun before it ("the coach, Ali Mehraban,"):
    an apposition closed by a comma of its own, without a finite verb."""
    doc = comma.doc
    if comma.i + 1 >= len(doc):
        return False
    top = doc[comma.i + 1]
    while top.head.i > comma.i and top.head.i != top.i:
        top = top.head
    after = top.right_edge.i + 1
    return top.dep_ == "appos" and after < len(doc) and doc[after].text == "," and not any(
        t.tag_ in FINITE_TAGS for t in top.subtree)


# Adjectives that hold a stance only with one preposition: "critical of the plan" judges it,
# "critical to the plan" (or "for") is what it cannot do without.
_STANCE_PREPOSITIONS = {"critical": ("of",)}


def adjective_cue(adjective: Token) -> Attribution | None:
    """ "Democrats are afraid that ...", "he was critical of the deal": the stance of the
    copula's subject, with the clause or the object the adjective takes."""
    content = None
    for child in adjective.children:
        if child.dep_ in ("ccomp", "xcomp"):
            content = chars(adjective.doc[child.left_edge.i : child.right_edge.i + 1])
        elif child.dep_ == "prep" and child.i == adjective.i + 1 and child.n_rights and \
                child.lower_ in _STANCE_PREPOSITIONS.get(adjective.lower_, (child.lower_,)):
            start = min(c.left_edge.i for c in child.rights)
            content = chars(adjective.doc[start : child.right_edge.i + 1])
        if content is not None:
            break
    speaker = speaker_phrase(adjective.head) if adjective.dep_ == "acomp" else \
        _own_subject(adjective)
    if content is None or speaker is None:
        return None
    return Attribution((adjective.i, adjective.i + 1), speaker, content)


def _own_subject(adjective: Token) -> tuple[int, int] | None:
    """ "With leaders worried about turnout, ...": the subject an adjective has of its own."""
    subject = next((c for c in adjective.children if c.dep_ == "nsubj"), None)
    return None if subject is None else noun_phrase(subject)


# What is plain to see: "It is clear that ...", "she made it clear that ...".
EVIDENT = frozenset({"clear", "obvious", "evident", "apparent", "plain"})


def evident(adjective: Token) -> Attribution | None:
    """ "It was obvious that the deal was off", "He made it clear he would run": what is plain
    to see, said by whoever made it so, and by nobody named when it just is."""
    head = adjective.head
    if any(c.dep_ == "neg" for c in (*head.children, *adjective.children)):
        return None  # "it is not clear whether ...": nothing is plain
    if adjective.dep_ == "acomp" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                         for c in head.children):
        speaker = None
    elif adjective.dep_ in ("ccomp", "oprd") and cue_lemma(head) == "make":
        speaker = speaker_phrase(head)
        if speaker is None:
            return None
    else:
        return None
    clause = next((c for c in (*adjective.rights, *head.rights) if c.i > adjective.i and (
        c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
            g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)))), None)
    if clause is None:
        return None
    content = chars(adjective.doc[clause.left_edge.i : clause.right_edge.i + 1])
    return Attribution((adjective.i, adjective.i + 1), speaker, content)


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
