"""The subject of a clause: its own, or one it shares by coordination, control or modification."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import (
    AIMS,
    ANSWERING,
    COPULAS,
    FINITE_TAGS,
    MANNER_NOUNS,
    NOMINAL,
    OBJECT_CONTROL,
    OCCASIONS,
    OWNED_PLACES,
    OWNERS_ACTS,
    PROPOSALS,
    RAISING,
    RANKS,
    RELATIVES,
    SUBORDINATORS,
    TIME_UNITS,
)
from reader.analysis.datelines import dateline_dash, named_past
from reader.analysis.person_words import PEOPLE, ROLES

# Names that are no person a "who" can stand for.
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG"})
# Prepositions after which a gerund is done by the verb's object ("convicted Ruiz of stealing").
_CHARGING = frozenset({"of", "for", "from", "against"})
_PHRASE_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "PRON"})
# The most words a heading before a colon has ("Pro tip:", "The Build Stage:").
_LABEL_WORDS = 5
# Verbs whose "it" is empty before a clause "like" or "as if" opens ("it looks as if").
_SEEMING = frozenset({"look", "sound", "feel"})
_TIME_REACH = 6  # words after "take" in which the time it takes is named


def _opening_participle(verb: Token, head: Token) -> bool:
    """ "Responding to the report, Ms Vale told the BBC ...": an -ing clause before the verb
    is done by the verb's subject, not by whom she told (as "told him to run" would be)."""
    return verb.tag_ == "VBG" and verb.i < head.i


def surface_subject(verb: Token, depth: int = 0, *,
                    kids: list[Token] | None = None) -> Token | None:
    """The grammatical subject, or the one it shares by coordination, control or modification."""
    kids = list(verb.children) if kids is None else kids
    own, subject = _own_subject(verb, kids)
    if own:
        return subject
    if depth > 4:
        return None
    head, dep = verb.head, verb.dep_
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids)
    passive = any(c.dep_ == "auxpass" for c in kids)
    if infinitive and dep in ("xcomp", "advcl", "ccomp") and _extraposing(head):
        return None  # "it is hard to predict": nobody in particular predicts
    if dep in ("relcl", "acl") and (passive or not infinitive):  # "an event to be held"
        return head if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and \
            not _line_label(head, verb) else None
    if dep in ("relcl", "acl") and _does_its_infinitive(head):
        # "the first woman to climb it", a headline's "Apple to cut prices"; "she was the
        # first (woman) to climb it" is said of her
        copula = head.head if head.dep_ == "attr" and head.head.lemma_.lower() in COPULAS else None
        return (surface_subject(copula, depth + 1) if copula is not None else None) or head
    owner = _infinitive_owner(head, verb) if dep in ("relcl", "acl") and infinitive else None
    if owner is not None:
        return owner
    if dep in ("relcl", "acl") and infinitive and head.dep_ == "dobj" and \
            head.lemma_.lower() in MANNER_NOUNS:
        # "seeking ways to break the stalemate", "signed a deal to buy jets": who seeks or
        # signs does it; "gave them a chance to speak": whom it was given to
        if head.lemma_.lower() in PROPOSALS and _answers(head.head):
            return None  # "rejected an offer to buy the club": who made it, not who rejected
        given = next((c for c in head.head.children if c.dep_ == "dative"), None)
        return given or surface_subject(head.head, depth + 1)
    if dep in ("xcomp", "advcl", "ccomp") and head.lemma_.lower() in OBJECT_CONTROL and \
            not _opening_participle(verb, head):
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None:
            return obj
    if dep == "advcl" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in kids):
        return _stranded_subject(verb)  # a finite clause has a subject of its own
    if dep in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        return surface_subject(head, depth + 1)
    owner = _owner(head) if dep == "pcomp" and head.lower_ in _CHARGING else None
    if owner is not None:
        return owner  # "his hopes of playing", "the firm's chances of winning"
    if dep in ("pcomp", "acl", "xcomp", "advcl", "conj"):
        return _governing_subject(head, depth, on_noun=dep == "acl" and infinitive)
    return None


def _governing_subject(head: Token, depth: int, *, on_noun: bool) -> Token | None:
    """The subject of the verb that governs a head; for an infinitive on a noun of intention
    (on_noun), never that noun ("Plans to allow it were dropped": the plans allow nothing)."""
    governing = governing_verb(head)
    found = surface_subject(governing, depth + 1) if governing is not None else None
    if on_noun and found is not None and found.i == head.i and \
            head.lemma_.lower() in MANNER_NOUNS | AIMS | OWNERS_ACTS:
        return None
    return found


def stranded_conjunct(noun: Token) -> bool:
    """ "Stalock made 30 saves and Minnesota beat Boston": a noun after "and" that the parse
    joined to a noun before it, right before a verb in a present form, or a past form with an
    object, with no subject of its own, is that verb's subject and no part of the phrase it
    was joined to; a past form with no object may be a participle on that noun ("investors
    and others focused on short-term results")."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(doc):
        return False
    verb = doc[noun.i + 1]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or \
            verb.dep_ not in ("conj", "advcl"):
        return False
    if verb.tag_ == "VBD" and not any(c.dep_ in ("dobj", "ccomp", "xcomp")
                                      for c in verb.children):
        return False
    first = noun.left_edge.i
    return first > 0 and doc[first - 1].dep_ == "cc" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def binding_subject(possessive: Token) -> Token | None:
    """ "The firm dropped its plan", "each state tasked with designing its own plan": the
    subject, before a possessive, of the clause its noun is in, whose it most likely is."""
    verb = governing_verb(possessive.head)
    subject = surface_subject(verb) if verb is not None else None
    return subject if subject is not None and subject.i < possessive.i else None


def _infinitive_owner(noun: Token, verb: Token) -> Token | None:
    """Whose to do an infinitive on a noun is: the one "for" names ("a chance for the athlete
    to prove himself"), or the maker of an attempt or plan ("her attempt to climb", "a bid by
    the airline to buy")."""
    named = _for_whom(noun, verb)
    if named is not None or noun.lemma_.lower() not in MANNER_NOUNS | AIMS | OWNERS_ACTS:
        return named
    return _maker(noun)


def _for_whom(noun: Token, verb: Token) -> Token | None:
    """Who does an infinitive on a noun that "for" names right before it ("a chance for the
    athlete to prove", "time for the council to act"): the English subject of an infinitive."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                 and c.i < verb.i and c.right_edge.i == verb.i - 2), None)
    return None if prep is None else next(
        (c for c in prep.children if c.dep_ == "pobj" and (  # "for the 26-year-old"
            c.pos_ in NOMINAL or any(d.dep_ == "det" for d in c.children))), None)


def _maker(noun: Token) -> Token | None:
    """Whose plan or attempt a noun is: its owner ("Boeing's plan"), or for a proposal the one
    "by" names ("a bid by the airline")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.lemma_.lower() in PROPOSALS:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)
    return owner


def _answers(verb: Token) -> bool:
    """A verb that answers or judges what another proposed ("rejected", "turned down")."""
    return verb.lemma_.lower() in ANSWERING or any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _empty_it(verb: Token, kids: list[Token]) -> bool:
    """Whether the "it" of a verb stands for nothing: "it turns out that", "it seems that",
    "when it comes to", "it looks as if the pier will close", "it took the crew a year to
    finish"."""
    lemma = verb.lemma_.lower()
    if lemma in RAISING:
        return any(c.dep_ == "ccomp" for c in kids)
    if lemma in _SEEMING:  # a clause "like" or "as if" opens; "it looks like a pier" is one
        return any(c.dep_ == "advcl" and c.i > verb.i and any(
            m.dep_ == "mark" and m.lower_ in ("like", "as", "though") for m in c.children)
            for c in kids)
    if lemma == "take":
        return _takes_time(verb)
    return lemma == "come" and any(c.lower_ == "when" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in kids)


def _takes_time(verb: Token) -> bool:
    """ "It took the crew a year to finish", "it could take weeks before the port reopens",
    "it took so long for the board to act": "take" measuring a time a clause after it needs."""
    after = [t for t in verb.subtree if t.i > verb.i][:_TIME_REACH]
    timed = any(t.lemma_.lower() in TIME_UNITS or t.lower_ in ("time", "long", "longer")
                or t.ent_type_ in ("DATE", "TIME") for t in after)
    return timed and any(t.lower_ in ("to", "before", "until", "for") and t.i > verb.i
                         and t.pos_ in ("PART", "SCONJ", "ADP") for t in verb.subtree)


def _does_its_infinitive(head: Token) -> bool:
    """A noun that does what an infinitive on it says: a ranked one, a headline's subject, or
    "the first" standing alone."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return head.lower_ in RANKS and head.dep_ == "attr"
    return (head.dep_ == "ROOT" or _ranked(head)) and head.lemma_.lower() not in MANNER_NOUNS


def _ranked(noun: Token) -> bool:
    """A noun ranked in a series ("the first woman", "the only airline", "the largest firm")."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKS) for c in noun.children)


def _extraposing(verb: Token) -> bool:
    """A copula whose subject "it" only stands in for a clause after it ("it is best to",
    "it’s hard to say")."""
    return verb.lemma_.lower() in COPULAS and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def _owner(prep: Token) -> Token | None:
    """Whose hope, chance or plan a preposition hangs on ("his prospects of ...": his); who a
    verb charges with something ("convicted Marsh of stealing": Marsh; "Marsh was fined £50
    for speeding": Marsh)."""
    if prep.head.pos_ == "VERB":  # "thanked staff for working", "kept him from leaving"
        kids = list(prep.head.children)
        if any(c.dep_ == "auxpass" for c in kids):
            return None  # "They were given bans for failing": the verb's subject, not "bans"
        return next((c for c in kids if c.dep_ == "dobj" and c.i < prep.i
                     and c.pos_ in ("PROPN", "PRON", "NOUN")), None)
    if prep.head.dep_ == "dobj" and prep.head.pos_ in ("PROPN", "PRON"):
        return prep.head  # the parse hung "of stealing" on the name: "convicted Ruiz of"
    if prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in AIMS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "poss"), None)


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a finite clause that the parse took for the object of the conjunction
    before it ("after paintings worth $5m were stolen": the paintings), else None."""
    doc, first = verb.doc, verb.left_edge.i
    start = first
    while start > verb.sent.start and (doc[start - 1].pos_ in _PHRASE_POS
                                       or doc[start - 1].lower_ in ("of", "worth")):
        start -= 1
    heads = [t for t in doc[start:first] if not start <= t.head.i < first]
    if len(heads) != 1 or heads[0].pos_ not in NOMINAL:
        return None
    head = heads[0]
    return head if head.dep_ == "pobj" and head.head.lower_ in SUBORDINATORS else None


def _antecedent(relative: Token) -> Token | None:
    """The noun a misattached relative pronoun follows ("winds and rain that led ...")."""
    before = relative.i - 1
    while before >= relative.sent.start and relative.doc[before].is_punct:
        before -= 1
    if before < relative.sent.start or relative.doc[before].pos_ not in ("NOUN", "PROPN"):
        return relative
    noun = relative.doc[before]
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token ("a contract to supply" -> the verb of "contract")."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _who_for(noun: Token) -> Token:
    """ "a developer in Virginia, who introduced him", "young people in the state who use it":
    "who" stands for people, so a "who" clause the parse hung on a place, a body or a noun of
    place or occasion after a preposition belongs to the person that phrase describes (past a
    participle: "a designer born in Cyprus, who"); else to the noun it hangs on ("referred the
    call to the Capitol Police, who")."""
    if noun.dep_ != "pobj" or not (noun.ent_type_ in _NOT_PEOPLE or (
            noun.pos_ == "NOUN" and noun.lemma_.lower() in OWNED_PLACES | OCCASIONS)):
        return noun
    holder = noun.head.head
    if holder.dep_ == "acl" and holder.tag_ == "VBN":
        holder = holder.head
    return holder if _a_person(holder) else noun


def _which_for(noun: Token, relative: Token) -> Token:
    """ "Ana Ruiz, head of Kesco, which represents studios": "which" stands for a thing
    or a body, never a person, so where the parse hung its clause on a person's name or one
    person's role, the thing named right before it is what it stands for."""
    if relative.lower_ != "which" or not (noun.ent_type_ == "PERSON" or (
            noun.tag_ == "NN" and noun.lemma_.lower() in ROLES)):
        return noun  # not "the founders of the fund, which include two banks": bodies
    before = _antecedent(relative)
    return before if before is not None and before.i != relative.i and \
        before.pos_ in ("NOUN", "PROPN") and not _a_person(before) else noun


def _a_person(noun: Token) -> bool:
    """A person's name, a word for people or a role, or a phrase set beside a person's name."""
    return noun.ent_type_ in ("PERSON", "NORP") or noun.lemma_.lower() in PEOPLE | ROLES or (
        noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON")


def _own_subject(verb: Token, kids: list[Token]) -> tuple[bool, Token | None]:
    """Whether the verb has a subject of its own, and which (None for an empty "it" or a
    dateline with nothing after it)."""
    for child in kids:
        dash = _dateline(child, verb) if child.dep_ in ("nsubj", "nsubjpass") else None
        if dash is not None:
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > dash.i for c in kids):
                # "OSLO, Norway — The operator Vy cancelled": the operator
                return True, named_past(child, dash)
        elif child.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"):
            if child.lower_ in RELATIVES and verb.dep_ == "relcl":
                return True, _who_for(verb.head) if child.lower_ == "who" else \
                    _which_for(verb.head, child)
            if child.tag_ == "WDT":
                return True, _antecedent(child)
            if _line_label(child, verb):
                continue  # "Tuesday's football: Michigan routs Illinois": Michigan
            empty = child.dep_ == "expl" or (child.lower_ == "it" and _empty_it(verb, kids))
            return True, None if empty else child
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and stranded_conjunct(before):
        return True, before  # "Stalock made 30 saves and Minnesota beat Boston"
    return _on_auxiliary(verb, kids)


def _on_auxiliary(verb: Token, kids: list[Token]) -> tuple[bool, Token | None]:
    """ "He had, according to the police, killed three people": a subject the parse hung on
    the verb's auxiliary, past the words set off between them, is the verb's."""
    for aux in kids:
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            subject = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return True, subject
    return False, None


def _line_label(noun: Token, verb: Token) -> bool:
    """ "A: Watching films", "Pro tip: Get more ideas", "Column: The merger sends a signal": a
    short heading that opens its line and ends in a colon labels what follows it and does not
    do the verb past the colon; save a person's name, whom a transcript or a police list
    labels so ("Jane Smith: Dealing in cocaine")."""
    doc, i = noun.doc, noun.i
    if i + 1 >= verb.i or doc[i + 1].text != ":" or noun.ent_type_ == "PERSON":
        return False
    first = i
    while first > 0 and "\n" not in doc[first - 1].text:
        first -= 1
    return i - first < _LABEL_WORDS and not any(t.is_punct for t in doc[first:i])


def _opens_sentence(phrase: Token) -> bool:
    """Whether the phrase a token heads opens its sentence: its first word starts a sentence
    (the Doc's first word always does) and none after it up to the token does (as Token.sent
    would tell, at the cost of two Spans)."""
    doc, first = phrase.doc, phrase.left_edge.i
    return (first == 0 or doc[first].is_sent_start is True) and not any(
        doc[i].is_sent_start is True for i in range(first + 1, phrase.i + 1))


def _dateline(subject: Token, verb: Token) -> Token | None:
    """ "DUBAI, United Arab Emirates — The carrier finalized a deal": the dash that ends a
    dateline opening the sentence, which the parse took for the verb's subject."""
    dash = dateline_dash(subject) if _opens_sentence(subject) else None
    return dash if dash is not None and dash.i < verb.i else None
