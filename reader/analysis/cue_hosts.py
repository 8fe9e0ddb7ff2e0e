"""The verb whose subject a cue with none of its own shares: its host in the parse."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_spans import own_cue
from reader.analysis.cue_words import (
    AGENT_LABELS,
    CUE_VERBS,
    EXPLETIVES,
    NAMING_VERBS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    cue_lemma,
)
from reader.analysis.person_words import PEOPLE, ROLES

DEPENDENT = frozenset({"conj", "xcomp", "advcl"})  # a verb that shares its head's subject
# Verbs that make their object do what the infinitive after it says ("led the firm to
# announce"), unlike those that ask it of them ("The contract requires tenants to report").
_CAUSING = frozenset({"lead", "prompt", "cause", "inspire", "force", "compel", "drive", "spur",
                      "convince", "persuade", "move"})

# Verbs whose object is the means to the infinitive after it, or the time spent on the
# participle after it, done by their subject ("used his address to call out the banks", "used
# Twitter to claim", "spent more time talking about").
_MEANS = frozenset({"use", "employ", "utilize", "utilise", "exploit", "leverage", "spend",
                    "waste"})
# Verbs of meeting somebody or going somewhere, after which "to" tells what for, done by their
# subject ("a delegation visited the minister to lobby for funds").
VISITING = frozenset({"visit", "meet", "join", "approach", "contact", "phone", "ring", "email",
                     "telephone", "travel", "fly", "go", "come", "return"})
# Adjectives of what something serves for, whose gerund nobody in particular does ("key to
# understanding why", "important for knowing whether"), unlike "famous for saying".
_SERVING = frozenset({"key", "important", "crucial", "essential", "vital", "critical",
                      "central", "necessary", "useful", "helpful", "instrumental", "fundamental",
                      "relevant", "valuable", "integral", "indispensable"})
# Verbs whose passive participle, set before a clause, makes that clause's subject the one
# spoken to ("Asked about the delay, the mayor said", "Told of the vote, she laughed").
_ADDRESSING = frozenset({"ask", "tell", "inform", "warn", "question", "press", "remind",
                         "advise", "assure", "challenge", "confront", "quiz", "notify", "brief",
                         "alert", "urge", "pressure"})


def spoken_to(verb: Token) -> bool:
    """ "Asked if he would run again, the senator said ...": a passive participle of asking or
    telling set before a clause is what was said to that clause's subject, by somebody else
    (with "by" the parse gives its agent, and "Having asked" is active)."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") and verb.i < verb.head.i and \
        verb.lemma_.lower() in _ADDRESSING and not any(
            c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children)


def controller(verb: Token) -> Token | None:
    """ "forced Stumpf to admit that ...", "asked her to explain", "urged voters to say": the
    person the verb an infinitive cue completes takes as object speaks ("used blunt language to
    denounce" has no such object); and whatever it takes as object before a participle ("left
    many nations feeling that", "kept the markets guessing whether"); and the person a verb of
    seeing or showing takes as object before a participle set off by a comma ("The film showed
    Mr Lee, visibly angry, telling the crowd"): the one seen does it (_seen_doing)."""
    controls = verb.head.lemma_.lower() in _CAUSING  # "led the manufacturer to announce"
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if verb.head.lemma_.lower() in _MEANS | VISITING:
        return None  # "used Twitter to claim", "visited the minister to lobby": the subject
    if _seen_doing(verb):
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and (
            c.ent_type_ == "PERSON" or c.lower_ in _OBJECT_PRONOUNS
            or c.lemma_.lower() in _PEOPLE_OR_ROLES)), None)
    if verb.dep_ != "xcomp" and not (controls and infinitive and verb.dep_ == "advcl"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and (
        c.pos_ in ("PROPN", "PRON") or c.ent_type_ in AGENT_LABELS or verb.tag_ == "VBG"
        or c.lemma_.lower() in _PEOPLE_OR_ROLES or (controls and c.pos_ == "NOUN"))), None)


# Verbs of seeing, hearing or showing whose object does what a participle after it says ("the
# video shows Mr Lee, smiling, telling the crowd", "was seen shouting").
_SEEING = frozenset({"show", "see", "hear", "film", "catch", "capture", "record", "depict",
                     "picture", "portray", "watch", "overhear", "photograph", "spot", "feature"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _seen_doing(verb: Token) -> bool:
    """A participle the parse hung as an adjunct on a verb of seeing or showing."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < verb.i and \
        verb.head.lemma_.lower() in _SEEING


def host(verb: Token) -> Token | None:
    """The verb whose subject a subjectless cue shares: the one it depends on, unless the parse
    hung it inside a quote; for a gerund after a preposition, the verb that preposition hangs on
    (_prep_host); for an adjective an infinitive cue completes ("was able to boast", "has been
    slow to admit"), the verb that adjective completes, when that verb has a subject of its
    own."""
    if verb.dep_ in DEPENDENT and verb.head.i != verb.i:
        if controller(verb) is not None or spoken_to(verb):
            return None
        if own_cue(verb) and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i:
            return verb.head.head  # "said prices would fall and predicted": the one who said
        if verb.tag_ == "VBG" and across_quote(verb.head, verb):
            return _host_before(verb)
        if _reporter_aside(verb):
            return verb.head.head
        if verb.tag_ == "VBG" and _describes_place(verb.head):
            return verb.head.head  # "looping around the stadium - where X played - while chanting"
        if _joined_to_infinitive(verb):
            return next((t for t in verb.head.ancestors if t.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return _prep_host(verb.head)
    if participle_taken_for_main(verb):
        return verb.head
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children):
        return verb.head  # not "The nation has an election and candidates were quick to"
    return None


# Prepositions after which a gerund is done by the object of the verb before them ("praised
# Lee for saying", "accused them of lying", "kept him from speaking").
_OBJECT_PREPOSITIONS = frozenset({"for", "of", "from", "against"})


# Prepositions that set a gerund in time beside its verb, done by that verb's subject, even a
# passive one ("after saying", "before admitting", "upon hearing").
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "upon", "while", "when"})


def _prep_host(prep: Token) -> Token | None:
    """ "pitched himself by telling them that", "after saying", "aside from saying", "stopped
    short of calling", "took the step of calling": the verb a gerund's preposition hangs on,
    past an adverb or adjective or an object nobody owns, unless the verb's object does it
    (gerund_agent); not a verb of a quote the preposition is outside of."""
    head = prep.head
    while across_quote(prep, head) and head.head.i != head.i:
        head = head.head  # "After denying it ("We never met him") - he now concedes"
    if head.pos_ == "ADJ" and head.lemma_.lower() in _SERVING:
        return None  # "The study is important for understanding how stars form": nobody's
    if head.pos_ in ("ADV", "ADJ") and head.head.i != head.i:
        head = head.head
    elif head.pos_ == "NOUN" and head.dep_ == "dobj" and not any(
            c.dep_ == "poss" for c in head.children):
        head = head.head  # "took the unusual step of criticizing", "showed no sign of wanting"
    elif prep.lower_ in _OBJECT_PREPOSITIONS and any(c.dep_ == "dobj" for c in head.children):
        return None
    if any(c.dep_ == "nsubjpass" for c in head.children):
        return None  # "was mocked by critics for promoting": not the critics; nobody, measured
    return head if head.pos_ in ("VERB", "AUX") else None


def gerund_agent(verb: Token) -> Token | None:
    """Who does what a gerund after a preposition names, when that is not the subject: the
    object of the verb before "for", "of", "from" or "against" ("praised Lee for saying",
    "accused the firm of hiding"), or the owner of the noun it qualifies ("his record on
    promoting", "the party's habit of blaming")."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    prep = verb.head
    head = prep.head
    passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and prep.lower_ in _TIME_PREPOSITIONS:
        return passive  # "After saying her foot hurt, she was taken to hospital"
    if head.pos_ in ("VERB", "AUX") and prep.lower_ in _OBJECT_PREPOSITIONS:
        return next((c for c in head.children if c.dep_ == "dobj" and c.i < prep.i
                     and c.lower_ not in RELATIVE_PRONOUNS), None)
    if head.pos_ == "NOUN":
        return next((c for c in head.children if c.dep_ == "poss"), None)
    return None


# Participles of speech that go on from a report ("..., describing it as ...", "..., calling").
_REPORTING_ON = SPEECH_VERBS | NAMING_VERBS
_PEOPLE_OR_ROLES = PEOPLE | ROLES
_EMPTY_SUBJECTS = RELATIVE_PRONOUNS | EXPLETIVES


def participle_taken_for_main(verb: Token) -> bool:
    """ "Sen. Hale, noting the cost, said, ...": a finite cue the parse hung as an aside on a
    participle set off by a comma after the subject, which it took for the main verb; the
    cue is the main verb, and the participle's subject is its own."""
    head, doc = verb.head, verb.doc
    return verb.dep_ == "parataxis" and head.tag_ == "VBG" and head.i < verb.i and \
        verb.tag_ in ("VBD", "VBZ") and head.i > 0 and doc[head.i - 1].text == "," and \
        doc[verb.i - 1].text == "," and not across_quote(head, verb) and \
        any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)


def _reporter_aside(verb: Token) -> bool:
    """ "The ministry said that rebels had hit the town, describing the attack as ...": a
    participle of speech after a comma, which the parse hung on the reported clause, goes on
    speaking for who reported it, not for that clause's subject."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and \
        verb.doc[verb.i - 1].text == "," and cue_lemma(verb) in _REPORTING_ON and \
        head.dep_ == "ccomp" and head.head.i != head.i and cue_lemma(head.head) in CUE_VERBS


def _joined_to_infinitive(verb: Token) -> bool:
    """ "ran on his pledge to revive the mills and accused the mayor of ...": a verb in the past
    or the third person, which no "to" governs, that the parse joined to a to-infinitive goes
    with the clause the infinitive sits in, whose subject it shares."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in head.children)


def across_quote(token: Token, verb: Token) -> bool:
    """Whether an odd number of quote marks stands between token and verb: one of them is
    inside a quote the other is outside of."""
    low, high = sorted((token.i, verb.i))
    return sum(_quote_mark(t) for t in token.doc[low + 1 : high]) % 2 == 1


def _quote_mark(token: Token) -> bool:
    """A quote mark, not the apostrophe of a plural's possessive ("the States’ military")."""
    doc = token.doc
    return token.is_quote and not (token.text in ("'", "’") and token.i > 0 and
                                   doc[token.i - 1].lower_.endswith("s") and
                                   not doc[token.i - 1].whitespace_)


def _describes_place(verb: Token) -> bool:
    """A clause that says what happens at a place just named ("where the Panthers played"),
    which the parse made the host of the participle after it."""
    return verb.dep_ != "ROOT" and verb.head.i != verb.i and any(
        c.lower_ == "where" and c.i < verb.i for c in verb.children)


def _host_before(verb: Token) -> Token | None:
    """ "Reyes said, adding a few points, including, "do we know ...": the parse
    hung the participle on a verb of the quote; its host is the nearest verb before it with a
    subject, past quoted words and relative clauses, in its sentence."""
    quoted = False
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        quoted = quoted != _quote_mark(token)
        if not quoted and token.pos_ in ("VERB", "AUX") and token.dep_ != "relcl" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return token
    return None


# Passive verbs whose subject is who does what they report or witness ("is said to have
# called", "was heard yelling", "are left wondering"), unlike what they permit or amend ("was
# allowed to deny", "has been clarified to reflect").
_RAISING = frozenset({"say", "report", "believe", "think", "know", "understand", "rumor",
                      "rumour", "allege", "expect", "hear", "overhear", "see", "catch", "film",
                      "record", "leave", "quote"})


def raised_subject(verb: Token) -> Token | None:
    """ "The governor is reported to have called the tax a disaster", "The coach can be heard
    yelling that ...", "Voters are left wondering whether ...": what an infinitive or
    participle completing a passive verb says is said by that passive verb's subject, which
    this returns."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or verb.tag_ not in ("VB", "VBN", "VBG") or \
            controller(verb) is not None:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or head.lemma_.lower() not in _RAISING or \
            subject.lower_ in _EMPTY_SUBJECTS:
        return None
    return subject
