"""Cue verbs used in a sense that reports no stance: a question put, a rating, a result posted."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.cue_contents import JUDGING
from reader.analysis.cue_texts import named_then_said, text_made, topic_then_said
from reader.analysis.cue_words import (
    CUE_VERBS,
    EVIDENCE,
    NAMING_VERBS,
    STATEMENT_NOUNS,
    VIEW_NOUNS,
    cue_lemma,
)
from reader.analysis.person_words import (
    BODY_KINDS,
    FIRM_KINDS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PEOPLE,
    ROLES,
)
from reader.analysis.verb_cues import relative_subject

_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves",
                         "yourself", "yourselves"})
# What a business posts as its results ("posted a pre-tax profit", "posted a 12% rise in
# sales"), or a side or a runner in a contest ("posted a comfortable win", "posted a time of
# 9.91"): figures or outcomes put out, no words of anybody's.
_RESULTS = frozenset({"profit", "loss", "revenue", "sale", "earning", "result", "rise", "fall",
                      "increase", "decrease", "decline", "drop", "gain", "growth", "surplus",
                      "deficit", "margin", "return", "jump", "slump", "turnover", "income",
                      "victory", "win", "triumph", "defeat", "score", "time"})
# What a court or a jury finds somebody, a verdict.
_VERDICTS = frozenset({"guilty", "innocent", "liable", "culpable"})
# Verbs that see or view something as something, a judgement; rated with an adjective in the
# passive ("is viewed as honest by most voters") they tell how somebody is seen, no claim.
_SEEN_AS = frozenset({"see", "view", "perceive", "regard"})
# Spans of time that an infinitive after them says there is for doing something ("has a week
# to decide").
_SPANS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "time"})
# What may be offered in words ("offered no proof", "offered his condolences", "offered a
# deal"): besides these, what is offered is goods, a service or help ("offers loans to
# farmers", "is offering members a free upgrade"), which nobody says.
_OFFERED_WORDS = STATEMENT_NOUNS | VIEW_NOUNS | {
    "advice", "explanation", "proof", "evidence", "insight", "analysis", "example", "retort",
    "condolence", "condolences", "apology", "thanks", "prayer", "detail", "reassurance",
    "guarantee", "opinion", "take", "thought", "word", "defense", "defence", "rebuttal",
    "idea", "account", "version", "reason", "excuse", "justification", "perspective", "hint",
    "clue", "deal", "compromise", "concession", "resignation", "solution", "alternative",
    "prediction", "critique", "praise", "tribute", "vision", "outlook", "forecast", "estimate",
    "caveat", "recommendation", "counterargument", "theory", "guidance", "assessment"}
# Verbs that commit to a thing or stand by it, which things do in another sense ("the phone
# supports 5G", "the plane promises lower costs").
_PROVIDING = frozenset({"offer", "support", "promise", "guarantee", "assure"})
# Names of what only people support or promise things to: a person, a people, a country (a
# firm's name may be a product's: "supports Bluetooth").
_SUPPORTED = frozenset({"PERSON", "NORP", "GPE"})
# Common nouns for people or for bodies of them, who may speak.
_AGENT_NOUNS = PEOPLE | ROLES | ORG_NOUNS | FIRM_KINDS | ORG_SUFFIXES | frozenset(BODY_KINDS) | {
    "government", "administration", "country", "college", "authority", "official", "critic",
    # words that stand for people named before ("Others supported the bid")
    "other", "others", "many", "some", "most", "few", "several", "both", "all", "one", "those",
    # people by sex or age, and shares of people, as polls count them ("most women", "a
    # majority of voters")
    "man", "woman", "adult", "majority", "minority", "plurality"}
# Pronouns for a thing or a fact ("which means that ...", "this meant that ...").
_THING_PRONOUNS = frozenset({"it", "this", "that", "which", "these", "those"})
# Nouns for somebody, who may mean something by words, and for a finding ("the poll means").
_MEANERS = PEOPLE | ROLES | EVIDENCE
# Verbs that give something a name ("a town called Hope", "a shop dubbed the best").
_NAMING = frozenset({"call", "dub", "name", "nickname", "title", "label", "term", "brand"})
# What is called in the sense of convened, ordered or stopped ("called a snap election", "called
# an emergency meeting", "called a halt to the talks", "called time on the project").
_CONVENED = frozenset({"meeting", "session", "election", "referendum", "strike", "vote",
                       "summit", "conference", "halt", "truce", "ceasefire", "recess", "time",
                       "poll", "inquiry", "rally", "walkout", "ballot", "debate", "assembly"})
# Particles with which "call" summons, phones or cancels ("called in the police").
_CALL_PARTICLES = frozenset({"in", "off", "up", "back"})
# What is claimed in the sense of won or taken: a victory or a title, a share of the vote, a
# place, a life ("claimed his third victory", "claimed 41 percent of the vote", "the crash
# claimed six lives"); "claimed victory" alone may declare it, so those three count only
# when counted or owned.
_TAKEN = frozenset({"title", "crown", "seat", "medal", "trophy", "prize", "championship",
                    "nomination", "delegate", "vote", "percent", "share", "majority", "plurality",
                    "point", "place", "spot", "berth", "gold", "silver", "bronze", "life", "body",
                    "jackpot", "lead"})
_VICTORIES = frozenset({"victory", "win", "triumph"})
# Words that count or own a victory ("his third victory", "some victories", "two wins").
_COUNTING = frozenset({"some", "several", "many", "another", "more", "few", "both", "two",
                       "three", "four", "five"})
# Verbs that judge something or name it so, whose passive with a modal and nobody named
# ("will be considered a battleground", "could be described as tense") is the writer's forecast
# or hedge, no view anybody holds.
_JUDGED_SO = JUDGING | NAMING_VERBS | _SEEN_AS | _NAMING
# Verbs that judge only with "as" ("characterized the plan as a giveaway"); without it they
# study or mark something ("characterizing the virus", "a disease characterized by fever").
_JUDGED_AS = frozenset({"characterize", "characterise"})


def reports_nothing(verb: Token, content: tuple[int, int] | None) -> bool:
    """Whether a cue verb, with what the parse found it to report, is used in a sense that
    reports no statement or stance: a text written or posted, named by its object ("wrote a
    letter to the editor", "posted messages online"); the time there is to do it ("has 30 days
    to respond"), or that time will tell; a business's results posted ("posted a record loss")
    or compared with nobody's expectation ("larger than expected profits"); a thing offered,
    supported or promised by a thing ("the screen offers twelve colours", "phones that support
    two SIM cards"); a question put to somebody with nobody named to ask it ("When asked about
    the strike, she said ..."), the occasion of what they say; a passive rating by an adjective
    ("was viewed as competent"); something found in a state or a plight ("was found dead",
    "found itself in a row", "found it hard to cope") or a verdict ("found him guilty"); a
    statement named only to say what it said in a participle after it ("released a statement,
    saying ...", "defended the remark, saying ..."), which reports it; the same named by an
    opening participle before the cue that reports it ("Explaining his decision, she said
    ..."); a cue heading a question clause ("unclear whether the judges would rule that ..."),
    asked about, not said; a thing that means something ("the merger means that fares will
    rise"), a consequence, nobody's claim; a name given with nobody named to give it ("a dance
    called the twist", "it used to be called Hope"); "call" in the sense of convening,
    ordering, summoning or cancelling ("called an election", "called in the auditors");
    "characterize" with no "as", which studies or marks ("characterizing the virus"); a
    passive "illustrated", a book's or a report's pictures ("illustrated by Tom Reyes")."""
    lemma = cue_lemma(verb)
    return text_made(verb, lemma, content) or _time_to(verb) or \
        _time_tells(verb, lemma) or _result_posted(verb, lemma) or \
        _provided_by_a_thing(verb, lemma) or _than_expected(verb) or _asked_about(verb, lemma) or \
        _asked(verb) or _rated(verb, lemma, content) or _found_so(verb, lemma, content) or \
        named_then_said(verb, content) or (content is not None and topic_then_said(verb)) or \
        _thing_means(verb, lemma) or _named_so(verb, lemma) or \
        _convened(verb, lemma) or _studied(verb, lemma) or _pictured(verb, lemma) or \
        _thing_added(verb, lemma) or _won(verb, lemma) or _owned_participle(verb) or \
        _judged_ahead(verb, lemma)


def _judged_ahead(verb: Token, lemma: str) -> bool:
    """ "North Carolina will also be considered a key battleground", "This will be branded as a
    partner flight": a passive of judging or naming with a modal and nobody named to judge
    says what something will or may be, the writer's own forecast; "is considered a threat"
    reports the common view, and "will be seen by many as a win" somebody's."""
    kids = list(verb.children)
    return lemma in _JUDGED_SO and any(c.dep_ == "auxpass" for c in kids) and \
        any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids) and \
        not any(c.dep_ == "agent" for c in kids)


def _owned_participle(verb: Token) -> bool:
    """ "a fraction of the club's reported debt", "The party's presumed nominee, Vale has won
    ...": a participle between an owner and its noun is an adjective of that noun, which the
    parse made a verb with the noun for its object, where the owner is the object of a
    preposition or the phrase opens a sentence whose own verb follows it; "The mayor's
    promised a park" is "has promised", and says."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or \
            doc[verb.i - 1].tag_ not in ("POS", "PRP$"):
        return False
    kids = list(verb.children)
    thing = next((c for c in kids if c.dep_ == "dobj"), None)
    # the owner may be parsed as the participle's subject, the marker inside it
    if thing is None or thing.left_edge.i != verb.i + 1 or any(
            c.dep_ in ("aux", "auxpass", "ccomp", "xcomp", "nsubjpass") or
            (c.dep_ == "nsubj" and c.right_edge.i != verb.i - 1) for c in kids):
        return False
    owner = doc[verb.i - 1].head
    if owner.dep_ == "pobj":
        return True  # "a fraction of Trump's reported worth"
    head = verb.head
    return verb.dep_ in ("ccomp", "advcl") and head.i > thing.right_edge.i and \
        cue_lemma(head) not in CUE_VERBS and doc[thing.right_edge.i + 1].text == ","


def _won(verb: Token, lemma: str) -> bool:
    """ "won the caucus, claiming his third victory", "claimed 41 percent of the vote", "the
    fire claimed two lives": "claim" with a prize, a share or a life for its object wins or
    takes it; "claimed victory", "claimed responsibility" and "claimed that ..." say."""
    if lemma != "claim" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or any(t.tag_ in FINITE_TAGS for t in thing.subtree):
        return False  # "claimed most voters were misled": a clause read as an object
    if cue_lemma(thing) in _TAKEN:
        return True
    return cue_lemma(thing) in _VICTORIES and (thing.tag_ == "NNS" or any(
        c.dep_ in ("poss", "nummod") or c.ent_type_ == "ORDINAL" or c.lower_ in _COUNTING
        for c in thing.children))


def _studied(verb: Token, lemma: str) -> bool:
    return lemma in _JUDGED_AS and not any(t.lower_ == "as" for t in verb.subtree if t.i > verb.i)


def _pictured(verb: Token, lemma: str) -> bool:
    return lemma == "illustrate" and verb.tag_ == "VBN" and any(
        c.dep_ in ("agent", "auxpass") for c in verb.children)


def _time_to(verb: Token) -> bool:
    """ "The ministry has 30 days to respond": the time there is to do it, nobody doing it."""
    noun = verb.head
    return verb.dep_ in ("relcl", "acl") and noun.i < verb.i and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and \
        (noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _SPANS_OF_TIME)


def _time_tells(verb: Token, lemma: str) -> bool:
    """ "Only time will tell whether the plan works": nobody tells it yet."""
    return lemma == "tell" and any(c.dep_ == "nsubj" and c.lower_ == "time"
                                   for c in verb.children)


def _result_posted(verb: Token, lemma: str) -> bool:
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return lemma == "post" and thing is not None and thing.lemma_.lower() in _RESULTS


def _provided_by_a_thing(verb: Token, lemma: str) -> bool:
    """ "The screen offers twelve colours", "phones that support two SIM cards", "The plane
    promises lower fuel costs": a thing that offers, supports or promises a thing says
    nothing. A person or a body may offer goods in PolNeAR's reading too ("the state offers
    loans"), "offered no proof" or "offered to pay" says something, and what a study or data
    support is a finding; a thing supports no person, party or country ("women supported
    Clinton" is a stance, however the subject reads)."""
    if lemma not in _PROVIDING or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = relative_subject(verb)  # "phones that support two SIM cards": the phones
    return thing is not None and cue_lemma(thing) not in _OFFERED_WORDS and \
        thing.ent_type_ not in _SUPPORTED and subject is not None and _a_thing(subject) and \
        (lemma == "offer" or cue_lemma(subject) not in EVIDENCE)


def _a_thing(noun: Token) -> bool:
    """Whether a subject is a common noun for no person and no body ("the new screen")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and \
        cue_lemma(noun) not in _AGENT_NOUNS


def _than_expected(verb: Token) -> bool:
    """ "posted larger than expected profits": a comparison with nobody's expectation named."""
    kids = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "than" for c in kids) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)


def _thing_means(verb: Token, lemma: str) -> bool:
    """ "Cheaper chips mean that laptops will get lighter": a consequence drawn, said by
    nobody; only a person means something by words ("she meant that the deal was off"), and a
    finding by what it shows ("the poll means that ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return lemma == "mean" and subject is not None and (
        subject.lower_ in _THING_PRONOUNS or (subject.pos_ == "NOUN" and not subject.ent_type_
                                             and cue_lemma(subject) not in _MEANERS))


def _named_so(verb: Token, lemma: str) -> bool:
    """ "a hobby called birdwatching", "the bakery, which used to be called Crumbs": a past
    participle of naming on a noun, or a passive one followed by a proper name, with nobody
    named to give the name, says what a thing is called; "was called a liar by his rival",
    "was dubbed the winner" and "a group called for" stay."""
    kids = list(verb.children)
    if lemma not in _NAMING or verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("nsubj", "agent") or (c.dep_ == "prep" and c.lower_ in ("for", "on", "upon"))
            for c in kids):
        return False
    if verb.dep_ in ("acl", "advcl", "dep"):
        return True
    # a passive gives a name only when what follows is one ("was dubbed the winner" judges)
    return any(c.dep_ == "auxpass" for c in kids) and any(
        c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN" for c in kids)


def _convened(verb: Token, lemma: str) -> bool:
    """ "The governor called a special session", "the union called off the strike", "the firm
    called in auditors": a meeting called, or somebody called in, is no statement; "called
    the vote a farce" still names it something."""
    if lemma != "call" or any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children) or \
            any(t.is_quote for t in verb.subtree):
        return False  # "called the vote a farce", 'called the poll "rigged"': named so
    return any(
        (c.dep_ == "prt" and c.lower_ in _CALL_PARTICLES) or
        (c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CONVENED)
        for c in verb.children)


def _thing_added(verb: Token, lemma: str) -> bool:
    """ "The library has added the ability to "borrow" e-books", "the club added 300 seats":
    "add" with a thing for its object puts something in, says nothing; "added a warning that
    ..." and "added that ..." say."""
    if lemma != "add" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or cue_lemma(thing) in _OFFERED_WORDS:
        return False
    # "added some projects were doing well": a clause without "that", its subject read as
    # the object, has a verb of its own after it
    return not any(t.tag_ in FINITE_TAGS and not any(a.dep_ == "relcl" for a in (t, *t.ancestors))
                   for t in verb.doc[thing.i + 1 : verb.sent.end])


def _asked_about(verb: Token, lemma: str) -> bool:
    kids = list(verb.children)
    return lemma == "ask" and verb.dep_ == "advcl" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp") for c in kids) and \
        any(c.dep_ == "prep" and c.lower_ == "about" for c in kids)


def _asked(verb: Token) -> bool:
    """ "asked whether the deal should be seen as a step", "wondered if he had said so": a cue
    heading a question clause is asked about, not said."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                        for c in verb.children)


def _rated(verb: Token, lemma: str, content: tuple[int, int] | None) -> bool:
    if lemma not in _SEEN_AS or content is None or \
            not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    span = verb.doc.char_span(*content, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("ADJ", "ADV") and \
        not any(t.pos_ in ("VERB", "AUX") for t in span)


def _found_so(verb: Token, lemma: str, content: tuple[int, int] | None) -> bool:
    if lemma != "find" or content is None:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("oprd", "ccomp", "acomp") and c.lower_ in _VERDICTS for c in kids):
        return True  # "the jury found him guilty": a verdict given, an event, not a claim
    if any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids):
        # "was found dead", "found hidden in a basket": where or how somebody was come upon
        return any(c.dep_ == "oprd" and (c.pos_ == "ADJ" or c.tag_ == "VBN") for c in kids)
    first = verb.doc.char_span(content[0], content[1], alignment_mode="expand")
    if first is not None and first[0].lower_ in _REFLEXIVES:
        return True  # "the town found itself at the centre of a row"
    return any(c.dep_ == "ccomp" and c.pos_ == "ADJ" and _it_to_do(c) for c in kids)


def _it_to_do(adjective: Token) -> bool:
    """ "found it hard to cope": how hard something is to do, not a view on a claim ("found it
    hard to believe that ..." is one)."""
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in adjective.children) and any(
        c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
        and not any(t.dep_ == "ccomp" for t in c.subtree) for c in adjective.children)
