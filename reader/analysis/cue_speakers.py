"""The token a cue names as its speaker: its subject, a passive's agent, a statement's maker."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_hosts import VISITING, across_quote, host, raised_subject
from reader.analysis.cue_words import (
    AGENT_LABELS,
    CUE_NOUNS,
    CUE_VERBS,
    EVIDENCE,
    EXPLETIVES,
    OWNED_NOUNS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    SPOKESPEOPLE,
    XCOMP_CUES,
    cue_lemma,
)
from reader.analysis.datelines import DASHES
from reader.analysis.named_agents import named_agent
from reader.analysis.naming_cues import misplaced_namer
from reader.analysis.person_words import PEOPLE, ROLES
from reader.analysis.statement_makers import (
    MAKERS,
    equated_owner,
    misparsed_subject,
    named_modifier,
    publisher,
    shared_owner,
    split_possessor,
)
from reader.analysis.subjects_not_speaking import (
    SOMEBODY,
    activity,
    moved_by,
    past_own_clause,
    reduced_passive,
    time_spent,
)

# ... and verbs that hold to it through a preposition ("persisted in arguments that").
_HELD_BY = frozenset({("persist", "in"), ("stand", "by"), ("stick", "to"), ("cling", "to"),
                      ("double", "on")})
# Messages that pass on what somebody says, besides the cue nouns ("in an email").
_MESSAGES = frozenset({"email", "e-mail", "memo", "note", "notice", "video"})
_MESSAGE_NOUNS = CUE_NOUNS | _MESSAGES
_AGENT_DEPS = frozenset({"nsubj", "csubj", "agent"})

_CLOSING_MARKS = frozenset({'"', "'", "”", "’", "»"})
_STATED = CUE_NOUNS | EVIDENCE
_STATEMENT_NOUNS = CUE_NOUNS | OWNED_NOUNS


def source_of_statement(token: Token) -> Token:
    """For "a statement from X", "remarks by X", "a study by X" (a study "of voters" is about
    them) or another statement whose maker statement_owner finds, X; otherwise the token."""
    if cue_lemma(token) in _STATED:
        preps = ("from", "by", "of") if cue_lemma(token) in CUE_NOUNS else ("by",)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    if cue_lemma(token) in _STATEMENT_NOUNS and token.pos_ == "NOUN":
        return statement_owner(token) or token
    return token


def statement_owner(noun: Token) -> Token | None:
    """Who makes a statement named by a noun, where no possessive or "from X" says so: the
    agent of the verb that publishes it ("a report released by the ministry"), the owner of the
    noun it is joined to ("his remarks and an admission that"), the name before a possessive
    the parse split off ("the city police’s claim that"), or the subject of a verb that makes
    or holds it ("Democrats persisted in arguments that", "the mayor made the claim that")."""
    return publisher(noun) or shared_owner(noun) or split_possessor(noun) or \
        named_modifier(noun) or _maker(noun) or misparsed_subject(noun) or equated_owner(noun)


def _maker(noun: Token) -> Token | None:
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if (verb.lemma_.lower(), noun.head.lower_) not in _HELD_BY:
            return None
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in MAKERS:
        return None
    if verb.pos_ not in ("VERB", "AUX") or (cue_lemma(noun) in _STATEMENT_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("of", "from", "by") for c in noun.children)):
        return None  # "gave the support of his party": somebody else's
    subject = speaker_token(verb)
    return None if subject is None or subject.lower_ in RELATIVE_PRONOUNS else subject


def speaker_token(verb: Token) -> Token | None:
    """The agent of a cue verb: its subject, the agent of a passive, or a shared subject; none
    for a participle that says what was done to its noun (reduced_passive) and for an activity
    (activity)."""
    if reduced_passive(verb) or activity(verb):
        return None
    moved = moved_by(verb)
    if moved is not None:
        return moved
    below: Token | None = None
    for _ in range(4):
        decided, agent = _own_agent(verb)
        if decided:
            return agent
        inverted = _inverted_object(verb) or misplaced_namer(verb)
        if inverted is not None:
            return inverted
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return _passed_on_in(verb) or _shared_with_passive(verb, below)
        raised = raised_subject(verb)
        if raised is not None:
            return source_of_statement(raised)
        named = named_agent(verb)
        if named is not None:
            return named
        above = _aside_on_report(verb) or time_spent(verb) or host(verb)
        if above is None:
            if verb.dep_ == "relcl" and verb.head.i != verb.i:
                if any(c.dep_ == "auxpass" for c in verb.children):
                    return None  # "the first Scot to be confirmed as a victim": done to him
                return _infinitive_doer(verb) or verb.head
            return verb.head if _verbless(verb) else None
        below, verb = verb, above
    return None


def _shared_with_passive(verb: Token, cue: Token | None) -> Token | None:
    """ "She was arrested and said she had done nothing wrong": an active cue joined to a passive
    verb shares its subject, who is the one spoken of there and the speaker here; so does a
    participle of saying set beside it ("He was quoted in the paper saying", "was heard telling
    aides"), not one of what the event brought about ("was made, raising questions")."""
    adjunct = cue is not None and cue.dep_ == "advcl" and cue.tag_ == "VBG" and \
        cue_lemma(cue) in SPEECH_VERBS
    if cue is None or (cue.dep_ != "conj" and not adjunct) or cue.head.i != verb.i or any(
            c.dep_ == "auxpass" for c in cue.children):
        return None
    return next(c for c in verb.children if c.dep_ == "nsubjpass")


def _inverted_object(verb: Token) -> Token | None:
    """ '"We will rebuild," vowed the mayor', '"...," added the spokesman': a verb right after a
    quote's closing mark, with no subject of its own, puts its speaker after it, where the
    parse may read an object; a noun phrase that opens right after the verb is who speaks."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("advcl", "acl", "relcl"):
        return None  # "..., answering questions": a participle's object is no speaker
    before = verb.i - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or doc[before].text not in _CLOSING_MARKS:
        return None
    found = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                  and c.left_edge.i == verb.i + 1), None)
    return None if found is None else _owned_by_firm(found)


def _owned_by_firm(name: Token) -> Token:
    """ '"...," added Smith and Jones's Tom Reeve': a firm named with "and", which the parse
    split into a name joined to the speaker, owns the name after its possessive; that name
    speaks."""
    return next((c for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN" and any(
        g.dep_ == "poss" and any(m.dep_ == "case" for m in g.children) for g in c.children)),
        name)


def _aside_on_report(verb: Token) -> Token | None:
    """ "Lee dismissed claims that the firm was failing, saying ...", "Lee said the plan is
    working, pointing to ...": a cue participle set off by a comma or dash, which the parse hung
    on the reported clause, is said by who reports it: the verb that takes that clause, or
    the noun whose content it is, as object; or hung on that noun itself, past its clause
    ("rejected the notion that it was over, saying ...")."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0 or \
            doc[verb.i - 1].text not in DASHES | {","} or cue_lemma(verb) not in CUE_VERBS:
        return None
    if verb.dep_ == "acl":
        noun = verb.head
        return noun.head if past_own_clause(verb) and noun.dep_ == "dobj" and \
            noun.head.pos_ == "VERB" else None
    clause = verb.head
    if clause.dep_ == "ccomp" and clause.head.i != clause.i and \
            cue_lemma(clause.head) in CUE_VERBS:
        return clause.head
    noun = clause.head
    if clause.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return noun.head
    return None


# Nouns whose infinitive anybody may do ("gave reasons to doubt", "a way to report").
_LEAVE_TO_OTHERS = frozenset({"reason", "way", "chance", "opportunity", "right", "time", "need",
                              "room", "excuse", "ground", "means", "tool", "incentive", "money"})


# Words for an amount of what one has to say ("she had little to say", "nothing to add").
_AMOUNTS = frozenset({"nothing", "something", "anything", "everything", "little", "much",
                      "more", "less", "plenty", "lot"})


def _infinitive_doer(verb: Token) -> Token | None:
    """ "Cruz is the only contender to have pledged", "Obama held a briefing to brag that": who
    does what an infinitive after a noun says, when that noun is no doer itself: the subject
    the noun is said of, who is given the noun by name ("offers Ruiz a platform to speak"),
    the one in whose phrase on "be" it stands ("were at pains to stress"), or the subject of
    the verb that has a thing as its object ("the baker had nothing but kind words to say
    about": the baker)."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("but", "except") and \
            noun.head.head.lower_ in _AMOUNTS:
        noun = noun.head.head  # "nothing but kind words to say": what "nothing" is
    amount = noun.lower_ in _AMOUNTS  # "had little to say about", "nothing to add"
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    if noun.dep_ == "pobj" and noun.head.head.lemma_ == "be" and noun.pos_ == "NOUN":
        # "the organisers were at pains to point out", "she is in no mood to say": the one who is
        return next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
    if (noun.pos_ != "NOUN" and not amount) or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    given = _recipient(noun)
    if given is not None:
        return given  # "gave the jury a chance to explain": the jury explains
    thing = noun.ent_type_ == "" and noun.lemma_.lower() not in \
        PEOPLE | ROLES | SPOKESPEOPLE | _LEAVE_TO_OTHERS
    return speaker_token(noun.head) if noun.dep_ == "dobj" and thing else None


def _recipient(noun: Token) -> Token | None:
    """ "The seat offers Ruiz a platform to speak out": who is given the thing an infinitive
    goes with does what it says, not the giver. A pronoun is left to the giver's subject,
    which settles it more safely than the pronoun's resolution."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "dative" and c.i < noun.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _passed_on_in(verb: Token) -> Token | None:
    """ "In an email sent by the chairman, staff were told that ...": who sent the message a
    passive cue with no agent was passed on in, or the message itself."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via"):
            message = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if message is not None and cue_lemma(message) in _MESSAGE_NOUNS:
                source = source_of_statement(message)
                return source if source.i != message.i else publisher(message) or message
    return None


def _verbless(verb: Token) -> bool:
    """ "My grandfather, a carpenter, used to say that": a parse that left the sentence no verb
    but made its subject the root and hung the verb on it as a modifier."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.i < verb.i \
        and head.pos_ in ("NOUN", "PROPN", "PRON")


def _own_agent(verb: Token) -> tuple[bool, Token | None]:
    """A verb's own subject or passive agent, and whether that settles it (an expletive "it"
    settles on nobody)."""
    agents = [c for c in verb.children if c.dep_ in _AGENT_DEPS]  # all the loop reads
    for child in sorted(agents, key=lambda c: _closeness(c, verb)):
        if _visited_to(child, verb):
            return True, speaker_token(verb.head)
        if child.dep_ in ("nsubj", "csubj") and any(c.isalnum() for c in child.text + "".join(
                t.text for t in child.lefts if t.dep_ == "nummod")):  # "26% say"
            clause = _relative_clause(verb)
            if child.lower_ in RELATIVE_PRONOUNS and clause is not None:
                if child.lower_ == "who":
                    return True, _who_antecedent(clause)
                return True, source_of_statement(clause.head)  # "a remark she made that said"
            if child.lower_ in EXPLETIVES and not _referential_it(child, verb):
                return True, None
            if child.ent_type_ in ("DATE", "TIME") and child.pos_ == "PROPN":  # "Saturday"
                return True, _named_in_time(child, verb) or source_of_statement(child)
            return True, source_of_statement(child)
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return True, pobj
    return False, None


def _visited_to(subject: Token, verb: Token) -> bool:
    """ "A delegation of mayors visited Ms Roe to argue for a new road": the one visited or met,
    whom the parse made the subject of an infinitive after a verb of meeting or going, is no
    doer of it; the visit's purpose is the visitors'."""
    host = verb.head
    return subject.dep_ == "nsubj" and verb.dep_ == "xcomp" and \
        host.lemma_.lower() in VISITING and host.i < subject.i < verb.i and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _relative_clause(verb: Token) -> Token | None:
    """The relative clause a verb heads, or the first of a pair it is joined to: "the fund,
    which was set up in 2004 and which has backed Ms. Ruiz": the second "which" is the fund."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None


def _named_in_time(subject: Token, verb: Token) -> Token | None:
    """ "Saturday at the party's convention Sen. Ann Ruiz said": a day or a time the parse
    made a cue's subject, with the speaker's name hung inside it, says nothing; the last
    person named in it before the cue does, else the last other name, not itself a time."""
    names = [t for t in subject.subtree if t.i < verb.i and t.pos_ == "PROPN"
             and t.ent_type_ not in ("DATE", "TIME")]
    people = [t for t in names if t.ent_type_ == "PERSON"] or names
    return people[-1] if people else None


def _who_antecedent(verb: Token) -> Token:
    """ "talks between the government and the rebels of the Front, who have refused": "who"
    stands for somebody, never a thing; where the parse hung its clause on a thing, the
    people named right before its comma (past an "of" phrase on them) are who; so is a
    person named right before "who" in a list the parse hung the clause on the first of."""
    noun, doc = verb.head, verb.doc
    start = verb.left_edge.i
    before = doc[start - 1] if start > 0 else noun
    if noun.ent_type_ != "PERSON" and before.ent_type_ == "PERSON" and before.i > noun.i:
        return before  # "backed by Culture, Media and Sport Secretary Tessa Jowell who said"
    if noun.ent_type_ or noun.pos_ != "NOUN" or noun.lemma_.lower() in SOMEBODY or \
            start < 2 or doc[start - 1].text != ",":
        return source_of_statement(noun)
    near = doc[start - 2]
    while near.dep_ in ("compound", "flat") and near.head.i > near.i:
        near = near.head
    if near.dep_ == "pobj" and near.head.lower_ == "of" and near.head.head.pos_ == "NOUN":
        near = near.head.head  # "the rebels of the Front"
    people = near.ent_type_ in AGENT_LABELS or near.lemma_.lower() in SOMEBODY or \
        near.tag_ == "NNS"
    return near if people and near.i != noun.i else source_of_statement(noun)


def _closeness(child: Token, verb: Token) -> tuple[bool, bool, bool, int]:
    """Of two subjects the parse gave a verb, the speaker is outside the quote, no role set
    after a name, a noun rather than a clause, and next to the verb: "THE BORROWING When he
    wrote it, Mr. McKinley said", "The Latest: Trump urges", "Okafor, addressing the hall, did
    not mention the strike" (the participle parsed as a clausal subject)."""
    return (across_quote(child, verb), _role_after_name(child, verb), child.dep_ == "csubj",
            abs(child.i - verb.i))


def _role_after_name(child: Token, verb: Token) -> bool:
    """ "Ann Ruiz, Green party transport spokeswoman said": a role the parse made a second
    subject, right after a comma that follows a person's name also subject of the verb,
    is that person's title; the name speaks."""
    start = child.left_edge.i
    if child.pos_ != "NOUN" or start < 2 or verb.doc[start - 1].text != ",":
        return False
    name = verb.doc[start - 2]
    return name.ent_type_ == "PERSON" and name.dep_ == "nsubj" and name.head.i == verb.i


def _referential_it(subject: Token, verb: Token) -> bool:
    """ "It says the campaign broke the law", "It shows an officer aiming a gun", "It has shown
    it knows how", "unless it wants to": an active cue verb or one of intent makes "it"
    somebody or something (a letter, a video, a country), where a passive ("it is said
    that") or a verb that takes an empty "it" ("it seems", "it emerged that", "it means")
    would not; so does an active verb that acts on an object ("it attacked the mayor, saying")
    (_acts_on)."""
    if subject.lower_ != "it" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if cue_lemma(verb) not in _IT_CUES:
        return _acts_on(verb)
    return cue_lemma(verb) not in _EMPTY_IT and verb.lemma_.lower() not in _EMPTY_IT


def _acts_on(verb: Token) -> bool:
    """ "It slams the plan": a verb with a direct object and no clause the "it" could stand
    for ("it surprised him that", "it cost them a fortune to")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in _EMPTY_IT and \
        any(c.dep_ == "dobj" for c in verb.children) and \
        not any(c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") and _clausal(c)
                for c in verb.children if c.i > verb.i)


def _clausal(clause: Token) -> bool:
    """Whether a clause after a verb is one an empty "it" stands for: a complement, or one
    "that", "to", "whether" or "if" opens; not a participle set off by a comma ("..., saying")."""
    return any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to", "whether", "if")
               for c in clause.children) or clause.dep_ in ("ccomp", "csubj")


# Cue verbs whose active subject "it" is somebody or something ("it wants to", "it plans to").
_IT_CUES = CUE_VERBS | XCOMP_CUES

# Verbs whose subject "it" is empty, standing for a clause after them ("it seems that").
_EMPTY_IT = frozenset({"be", "seem", "appear", "emerge", "turn", "follow", "feel", "mean", "look",
                       "sound", "happen", "remain", "matter", "become", "go", "take", "make",
                       "help", "hurt", "occur", "strike", "dawn"})
