"""Who a cue names as its speaker: its subject, a passive's agent, a name the parse misplaced."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_hosts import (
    DEPENDENT,
    across_quote,
    controller,
    gerund_agent,
    host,
    raised_subject,
)
from reader.analysis.cue_words import (
    AGENT_LABELS,
    CUE_NOUNS,
    CUE_VERBS,
    EDGE_PUNCT,
    EVIDENCE,
    EXPLETIVES,
    OWNED_NOUNS,
    RELATIVE_PRONOUNS,
    SPOKESPEOPLE,
    XCOMP_CUES,
    cue_lemma,
)
from reader.analysis.noun_phrases import compound_head
from reader.analysis.person_words import PEOPLE, ROLES
from reader.analysis.stray_subjects import stray_subject

_NP_LEFT = frozenset({"compound", "det", "amod", "poss", "nummod", "nmod", "case", "quantmod",
                      "advmod", "predet"})
_DASHES = frozenset({"--", "—", "–", "-"})
# Verbs whose subject makes or holds the statement their object names ("issued a statement"),
# not being cues themselves ("voiced concern that" is the verb's quote); not "have", which
# also receives ("had the support of").
_MAKERS = frozenset({"make", "issue", "release", "deliver", "renew", "give", "send", "hold",
                     "share", "air", "restate", "leave", "conduct", "produce", "unveil", "sign",
                     "broadcast"})
# ... and verbs that hold to it through a preposition ("persisted in arguments that").
_HELD_BY = frozenset({("persist", "in"), ("stand", "by"), ("stick", "to"), ("cling", "to"),
                      ("double", "on")})
# Messages that pass on what somebody says, besides the cue nouns ("in an email").
_MESSAGES = frozenset({"email", "e-mail", "memo", "note", "notice", "video"})


def source_of_statement(token: Token) -> Token:
    """For "a statement from X", "remarks by X", "a study by X" (a study "of voters" is about
    them) or another statement whose maker statement_owner finds, X; otherwise the token."""
    if cue_lemma(token) in CUE_NOUNS | EVIDENCE:
        preps = ("from", "by", "of") if cue_lemma(token) in CUE_NOUNS else ("by",)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    if cue_lemma(token) in CUE_NOUNS | OWNED_NOUNS and token.pos_ == "NOUN":
        return statement_owner(token) or token
    return token


def statement_owner(noun: Token) -> Token | None:
    """Who makes a statement named by a noun, where no possessive or "from X" says so: the
    agent of the verb that publishes it ("a report released by the ministry"), the owner of the
    noun it is joined to ("his remarks and an admission that"), the name before a possessive
    the parse split off ("the city police’s claim that"), or the subject of a verb that makes
    or holds it ("Democrats persisted in arguments that", "the mayor made the claim that")."""
    return _publisher(noun) or _shared_owner(noun) or _split_possessor(noun) or \
        _named_modifier(noun) or _maker(noun) or _misparsed_subject(noun) or _equated_owner(noun)


def _named_modifier(noun: Token) -> Token | None:
    """ "renewed Republican calls for", "the White House statement": a name or a people set
    before a statement noun says whose it is."""
    found = [c for c in noun.lefts if c.dep_ in ("compound", "amod")
             and c.ent_type_ in ("NORP", "ORG", "PERSON", "GPE")]
    if not found:
        return None
    owner = found[-1]
    while owner.dep_ == "compound" and owner.head.i != noun.i and owner.head.i > owner.i:
        owner = owner.head
    return owner


def _equated_owner(noun: Token) -> Token | None:
    """ "The senator's biggest takeaway is a belief that ...", "Trump's false contention was
    the notion that ...": the owner of the statement a cue noun after "be" is said to be."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


def _misparsed_subject(noun: Token) -> Token | None:
    """Who "charges" or "claims that" in a sentence whose verb the parse took for a plural noun,
    with the name before it as its modifier or subject ("Trump charges that", "The senator
    claims that")."""
    if noun.dep_ != "ROOT" or noun.tag_ != "NNS" or any(
            c.dep_ in ("det", "poss") for c in noun.children):
        return None
    return next((c for c in noun.lefts if c.dep_ == "nsubj"
                 or (c.dep_ == "compound" and c.is_title)), None)


def _publisher(noun: Token) -> Token | None:
    """ "a report released by the ministry", "a speech the mayor gave in May"."""
    for verb in noun.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = None if agent is None else next(
                (c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        elif verb.dep_ == "relcl" and verb.i > noun.i and (
                verb.lemma_.lower() in _MAKERS or cue_lemma(verb) in CUE_VERBS):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS | EXPLETIVES:
                return subject
    return None


def _shared_owner(noun: Token) -> Token | None:
    if noun.dep_ != "conj" or any(c.dep_ == "det" for c in noun.children if c.lower_ == "the"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "poss"), None)


def _split_possessor(noun: Token) -> Token | None:
    """The owner a possessive "’s" marks, where the parse did not make it the noun's "poss":
    a child before the noun that takes the "’s", or the noun just before a stray "’s"."""
    for child in noun.lefts:
        if child.dep_ != "poss" and any(c.tag_ == "POS" for c in child.children):
            return child
    before = noun.left_edge.i - 1
    doc = noun.doc
    if before < 1 or doc[before].tag_ != "POS" or doc[before - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    owner = compound_head(doc[before - 1])
    return owner if owner.i < before else None


def _maker(noun: Token) -> Token | None:
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if (verb.lemma_.lower(), noun.head.lower_) not in _HELD_BY:
            return None
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _MAKERS:
        return None
    if verb.pos_ not in ("VERB", "AUX") or (cue_lemma(noun) in CUE_NOUNS | OWNED_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("of", "from", "by") for c in noun.children)):
        return None  # "gave the support of his party": somebody else's
    subject = speaker_token(verb)
    return None if subject is None or subject.lower_ in RELATIVE_PRONOUNS else subject


def speaker_phrase(verb: Token) -> tuple[int, int] | None:
    subject = speaker_token(verb)
    if subject is None:
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
    start, end = noun_phrase(subject)
    if start <= verb.i < end:
        start = verb.i + 1  # "Said Ellis:", where the parse made the cue part of the name
    for sibling in subject.head.children:  # "the ex - policeman", split in three subjects
        if sibling.dep_ == subject.dep_ and sibling.i == end:
            end = noun_phrase(sibling)[1]
    joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
              and c.i < verb.i]
    if joined and subject.i < verb.i:  # "Mr. Kerry and Mr. Obama, who sent"
        end = max(end, noun_phrase(joined[-1])[1])
    while start < end - 1 and "\n" in doc[start : subject.i].text:
        start += 1
    return start, end


def _past_dateline(subject: Token) -> Token:
    """ "LAGOS -- President Adeyemi, ..., said": the dateline is no speaker; the name the
    parse hung on it is."""
    if dateline_dash(subject) is None:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos"), subject)


def dateline_dash(token: Token) -> Token | None:
    """The dash that ends a dateline opening at token: "WASHINGTON --", "HANOI, Vietnam (AP) —",
    a place in capitals, with the country and the agency between it and the dash."""
    doc = token.doc
    if not token.text.isupper() or token.i + 1 >= len(doc):
        return None
    if doc[token.i + 1].text in _DASHES:
        return doc[token.i + 1]
    opens = token.i == 0 or "\n" in doc[token.i - 1].text
    for after in doc[token.i + 1 : token.i + 8]:
        if after.text in _DASHES:
            return after if opens else None
        if not (after.is_punct or after.pos_ == "PROPN"):
            return None
    return None


def speaker_token(verb: Token) -> Token | None:
    """The agent of a cue verb: its subject, the agent of a passive, or a shared subject."""
    for _ in range(4):
        decided, agent = _own_agent(verb)
        if decided:
            return agent
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return _passed_on_in(verb)
        raised = raised_subject(verb)
        if raised is not None:
            return source_of_statement(raised)
        named = _named_agent(verb)
        if named is not None:
            return named
        above = _aside_on_report(verb) or host(verb)
        if above is None:
            if verb.dep_ == "relcl" and verb.head.i != verb.i:
                return _infinitive_doer(verb) or verb.head
            return verb.head if _verbless(verb) else None
        verb = above
    return None


def _aside_on_report(verb: Token) -> Token | None:
    """ "Lee dismissed claims that the firm was failing, saying ...", "Lee said the plan is
    working, pointing to ...": a cue participle set off by a comma or dash, which the parse hung
    on the reported clause, is said by who reports it: the verb that takes that clause, or
    the noun whose content it is, as object."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or \
            doc[verb.i - 1].text not in _DASHES | {","} or cue_lemma(verb) not in CUE_VERBS:
        return None
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


def _infinitive_doer(verb: Token) -> Token | None:
    """ "Cruz is the only contender to have pledged", "Obama held a briefing to brag that": who
    does what an infinitive after a noun says, when that noun is no doer itself: the subject
    the noun is said of, or the subject of the verb that has a thing as its object."""
    noun = verb.head
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) or \
            noun.pos_ != "NOUN" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    thing = noun.ent_type_ == "" and noun.lemma_.lower() not in \
        PEOPLE | ROLES | SPOKESPEOPLE | _LEAVE_TO_OTHERS
    return speaker_token(noun.head) if noun.dep_ == "dobj" and thing else None


def _passed_on_in(verb: Token) -> Token | None:
    """ "In an email sent by the chairman, staff were told that ...": who sent the message a
    passive cue with no agent was passed on in, or the message itself."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via"):
            message = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if message is not None and cue_lemma(message) in CUE_NOUNS | _MESSAGES:
                source = source_of_statement(message)
                return source if source.i != message.i else _publisher(message) or message
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
    for child in sorted(verb.children, key=lambda c: _closeness(c, verb)):
        if child.dep_ in ("nsubj", "csubj") and any(c.isalnum() for c in child.text + "".join(
                t.text for t in child.lefts if t.dep_ == "nummod")):  # "26% say"
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return True, source_of_statement(verb.head)  # "a remark she made that said"
            if child.lower_ in EXPLETIVES and not _referential_it(child, verb):
                return True, None
            return True, source_of_statement(child)
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return True, pobj
    return False, None


def _named_agent(verb: Token) -> Token | None:
    """A name the parse did not make the subject: right before a participle ("footage of
    Hillary Clinton asking, ..."), or right after a cue that governs its clause and follows
    what was said ("..., added KCNA"; ", telling O'Reilly that" shares its host's subject)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and before is not None and before.ent_type_ == "PERSON" \
            and before.pos_ == "PROPN":
        return before
    if controller(verb) is not None:
        return controller(verb)
    if gerund_agent(verb) is not None:
        return gerund_agent(verb)  # "praised Lee for saying", "his habit of blaming"
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ"):
        return _name_before_aside(verb)
    return None if verb.dep_ in DEPENDENT else _inverted_subject(verb)


def _name_before_aside(verb: Token) -> Token | None:
    """ "since Clinton, at Monday's debate, cited ...": a finite verb joined without "and" right
    after an aside set off by commas, which opens after a person's name: that name."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    for index in range(verb.i - 2, max(verb.sent.start, verb.i - 10), -1):
        token = doc[index]
        if token.dep_ == "cc" or token.pos_ in ("VERB", "AUX"):
            return None
        if token.text == ",":
            name = doc[index - 1]
            person = name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
            return name if person and not any(c.dep_ == "cc" for c in verb.children) else None
    return None


def _closeness(child: Token, verb: Token) -> tuple[bool, int]:
    """Of two subjects the parse gave a verb, the speaker is outside the quote and next to the
    verb: "THE BORROWING When he wrote it, Mr. McKinley said", "The Latest: Trump urges"."""
    return across_quote(child, verb), abs(child.i - verb.i)


def _referential_it(subject: Token, verb: Token) -> bool:
    """ "It says the campaign broke the law", "It shows an officer aiming a gun", "It has shown
    it knows how", "unless it wants to": an active cue verb or one of intent makes "it"
    somebody or something (a letter, a video, a country), where a passive ("it is said
    that") or a verb that takes an empty "it" ("it seems", "it emerged that", "it means")
    would not."""
    if subject.lower_ != "it" or cue_lemma(verb) not in _IT_CUES or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return cue_lemma(verb) not in _EMPTY_IT and verb.lemma_.lower() not in _EMPTY_IT


# Cue verbs whose active subject "it" is somebody or something ("it wants to", "it plans to").
_IT_CUES = CUE_VERBS | XCOMP_CUES

# Verbs whose subject "it" is empty, standing for a clause after them ("it seems that").
_EMPTY_IT = frozenset({"be", "seem", "appear", "emerge", "turn", "follow", "feel", "mean", "look",
                       "sound", "happen", "remain", "matter", "become", "go", "take", "make",
                       "help", "hurt", "occur", "strike", "dawn"})


def _inverted_subject(verb: Token) -> Token | None:
    """ "..., added KCNA": a name right after a subjectless cue that follows what was said,
    parsed as its object ("and encouraged Americans to" has its subject earlier); or after a
    cue that opens its sentence, which the parse may hang on the name ("Said Ellis: ...")."""
    if verb.i + 1 >= len(verb.doc) or verb.i == 0:
        return None
    opens = verb.i == verb.sent.start or verb.doc[verb.i - 1].is_space
    if not (verb.doc[verb.i - 1].is_punct or opens):
        return None
    after = verb.doc[verb.i + 1]
    name = compound_head(after) if after.pos_ == "PROPN" or _surname_as_word(after) else None
    if name is None or name.ent_type_ in ("DATE", "TIME"):  # "said Monday"
        return None
    if opens and verb.tag_ == "VBD" and verb.head.i == name.i and verb.dep_ == "compound":
        return name
    if name.head.i != verb.i or name.dep_ not in ("dobj", "attr", "npadvmod", "advmod"):
        return None
    return name


def _surname_as_word(token: Token) -> bool:
    """ '"It works," says Early.': a capitalised word the parse took for an adverb or an
    adjective, alone between a cue and the end of its clause: a surname."""
    doc = token.doc
    return token.is_title and token.pos_ in ("ADV", "ADJ") and token.i + 1 < len(doc) \
        and doc[token.i + 1].is_punct and doc[token.i + 1].text not in _DASHES


def noun_phrase(token: Token) -> tuple[int, int]:
    """The token range of a speaker's noun phrase, without appositions or relative clauses."""
    start, end = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in _NP_LEFT and child.i < token.i:
            start = min(start, child.left_edge.i)
        elif child.dep_ == "prep" and child.i > token.i and child.lower_ in ("for", "of") and (
                cue_lemma(token) in SPOKESPEOPLE or cue_lemma(token) in CUE_NOUNS):
            end = max(end, child.right_edge.i + 1)
    doc = token.doc
    while start < end - 1 and doc[start].text in EDGE_PUNCT:
        start += 1
    return start, end
