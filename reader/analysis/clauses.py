"""Reading a parsed clause: is its verb an action, who does it, to what, and in which tense."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

# Verbs that link a subject to a description rather than act: never an event.
COPULAS = frozenset({"be", "seem", "become", "remain"})
# Verbs that only link when they take a complement ("looked tired", "proved costly").
LINKING = frozenset({"appear", "look", "sound", "feel", "prove", "stay", "grow", "turn", "get",
                     "keep"})
# Verbs that report speech: their clauses make quotes, not events.
REPORTING_VERBS = frozenset({
    "say", "tell", "claim", "state", "assert", "insist", "declare", "remark", "reply", "comment",
    "explain", "emphasize", "emphasise", "stress", "reiterate", "affirm", "allege", "argue",
    "contend", "quip", "retort", "accord", "testify", "aver", "exclaim", "tweet", "quote",
})
# Verbs that report speech or thought when a clause says what ("added that ...", "confirmed it
# would ..."); with a plain object they are actions ("added two stores", "announced a phone").
CLAUSAL_CUES = frozenset({
    "add", "note", "announce", "confirm", "deny", "reveal", "admit", "warn", "report", "write",
    "suggest", "believe", "think", "hope", "expect", "predict", "acknowledge", "concede",
    "estimate", "indicate", "promise", "vow", "pledge", "know", "feel", "fear", "assume",
    "agree", "mention", "disclose", "clarify", "hint", "ask", "respond", "answer", "recall",
    "observe", "point", "show", "suspect", "understand", "learn", "hear", "guess", "worry",
})
# Light verbs whose object names the action ("took part", "held talks", "made a decision").
LIGHT_VERBS = frozenset({"take", "make", "give", "have", "hold", "pay", "do", "stage", "conduct",
                         "carry", "put", "launch"})
EVENT_NOUNS = frozenset({
    "part", "place", "talks", "talk", "visit", "decision", "speech", "announcement", "attack",
    "appearance", "call", "action", "control", "office", "vote", "step", "steps", "effort",
    "meeting", "conference", "election", "elections", "trip", "tour", "move", "bid", "offer",
    "raid", "strike", "strikes", "search", "investigation", "inquiry", "review", "test", "tests",
    "flight", "shot", "shots", "fire", "look", "stand", "charge", "payment", "statement",
    "presentation", "demonstration", "protest", "rally", "operation", "offensive", "campaign",
    "break", "rest", "walk", "note", "notice", "aim", "advantage", "care", "lead",
    "deal", "agreement", "promise", "pledge", "commitment", "change", "changes", "cut", "cuts",
    "delivery", "possession", "hold", "root", "effect", "shape", "hostage",
})
PASSIVE_AGENT = "agent"
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp",
                         "csubj", "csubjpass", "parataxis", "dep", "acomp", "oprd"})
RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
# Verbs whose object does what follows ("hired a hitman to kill", "ordered troops to fire").
OBJECT_CONTROL = frozenset({"ask", "order", "force", "urge", "persuade", "allow", "help",
                            "encourage", "invite", "require", "tell", "instruct", "lead", "hire",
                            "pay", "employ", "send", "commission", "authorize", "authorise",
                            "enable", "permit", "train", "recruit", "appoint", "compel",
                            "pressure", "push", "get", "cause", "warn", "advise", "direct",
                            "select", "choose", "pick", "assign", "task", "contract", "convince",
                            "prompt", "nominate", "elect", "inspire"})
# Simple past forms that are never a past participle ("took", not "taken").
PAST_ONLY = frozenset({
    "took", "went", "saw", "fell", "rose", "gave", "wrote", "drove", "flew", "began", "ran",
    "sank", "broke", "stole", "chose", "spoke", "froze", "shook", "knew", "grew", "threw", "blew",
    "drew", "rode", "hid", "bit", "forgot", "did", "swam", "sang", "rang", "drank", "wore",
    "tore", "swore", "came", "became", "ate", "woke", "arose", "forgave", "withdrew", "overtook",
    "undertook", "mistook", "shrank", "sprang", "stank", "strove", "was", "were",
})
# Verbs that take no object, so that no form of them is a passive ("Man died in crash").
INTRANSITIVE = frozenset({"die", "arrive", "happen", "occur", "emerge", "vanish", "disappear",
                          "collapse", "erupt", "resign", "retire", "exist", "soar", "plunge",
                          "surge", "tumble", "slump", "sleep", "succumb", "perish", "drown"})
# Verbs whose "it" only holds the place of the clause they take ("it seems that ...").
_RAISING = frozenset({"seem", "appear", "turn", "happen", "transpire"})
# Nouns an infinitive says something about without their doing it ("the only way to win").
MANNER_NOUNS = frozenset({"way", "time", "move", "step", "chance", "opportunity", "place",
                          "thing", "attempt", "effort", "option", "means", "reason", "decision",
                          "bid", "plan", "day", "year", "moment", "stage", "bet", "choice"})
RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "next"})
_MEASURES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
# Nouns that count how much, not who ("by two goals", "by 40 votes").
UNITS = frozenset({"goal", "point", "vote", "seat", "run", "length", "stroke", "percent",
                   "margin", "degree", "place", "position", "spot"})
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
# Nouns whose "of" says what their owner would do ("his hopes of playing").
AIMS = frozenset({"hope", "chance", "prospect", "plan", "intention", "aim", "goal", "dream",
                  "ambition", "attempt", "bid", "effort", "habit", "record", "odds"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words that open a clause of time or cause, which a parse may read as prepositions.
SUBORDINATORS = frozenset({"after", "before", "until", "till", "since", "because", "as",
                           "while", "when", "once", "if", "unless", "though", "although"})
_PHRASE_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "PRON"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_PRESENT_MODALS = frozenset({"can", "may", "must", "ca"})
_NP_STOPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
_JOINING_PUNCT = frozenset({"-", "–", '"', "'", "“", "”", "‘", "’"})


@dataclass(frozen=True, slots=True)
class Roles:
    """The tokens heading who acts and what is acted on, and whether the verb is passive."""

    agent: Token | None
    patient: Token | None
    passive: bool


def is_clause_head(token: Token) -> bool:
    """A token that heads a clause of its own: a verb (or any sentence root) with a clausal role."""
    if token.dep_ == "ROOT":
        return True
    return token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS


def is_action(verb: Token) -> bool:
    """A verb that acts: not a copula, a linking verb with its complement, nor a speech report."""
    if verb.pos_ != "VERB" or verb.dep_ not in CLAUSE_DEPS or verb.dep_ in ("acomp", "oprd"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in COPULAS or lemma in REPORTING_VERBS or not verb.text[:1].isalpha():
        return False  # ... or a clitic the tagger took for a verb ("America’s")
    kids = list(verb.children)
    deps = {child.dep_ for child in kids}
    if lemma in LINKING and deps & {"acomp", "attr", "oprd"}:
        return False
    if lemma == "have" and light_object(verb, kids) is None:
        return False  # possession is a state, not an action
    return not (lemma in CLAUSAL_CUES and deps & {"ccomp", "parataxis"})


def action_verbs(sent: Span) -> Iterator[Token]:
    """The action verbs of a sentence, in text order."""
    return (token for token in sent if is_action(token))


def light_object(verb: Token, kids: list[Token] | None = None) -> Token | None:
    """The object naming the action of a light verb ("took part"), else None."""
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    return next((c for c in (verb.children if kids is None else kids)
                 if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS), None)


def action_tokens(verb: Token) -> list[Token]:
    """The words of the action as written: the verb, its particle, a light verb's object, and
    "not" with its auxiliary when negated."""
    kids = list(verb.children)
    words = [verb, *(c for c in kids if c.dep_ == "prt")]
    obj = light_object(verb, kids)
    if obj is not None:
        words += [t for t in verb.doc[verb.i + 1 : obj.i + 1] if t.head == obj or t == obj]
    negation = next((c for c in kids if c.dep_ == "neg" and c.i < verb.i), None)
    if negation is not None:
        words += [c for c in kids
                  if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i >= negation.i - 1]
        words.append(negation)
    return sorted(set(words), key=lambda t: t.i) if len(words) > 1 else words


def is_passive(verb: Token, kids: list[Token] | None = None, *, headline: bool = False) -> bool:
    """A passive verb; in a headline also a bare participle ("Man killed in crash")."""
    kids = list(verb.children) if kids is None else kids
    deps = {child.dep_ for child in kids}
    if deps & {"auxpass", "nsubjpass", "csubjpass"}:
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and not deps & {"aux", "nsubj"}:
        return is_passive(verb.head, headline=headline)
    if headline and _bare_participle(verb, kids):
        return True
    # "the plan approved on Monday", not "complaints that it had not taken measures"
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not deps & {"aux", "nsubj"}


def _bare_participle(verb: Token, kids: list[Token]) -> bool:
    """A headline's main verb in a past form with no auxiliary and no object ("Hunter
    diagnosed with plague", "Man killed in crash"): headlines tell what is done in the present
    tense ("Man dies in crash"), so this is a passive with its auxiliary left out."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.lower_ in PAST_ONLY:
        return False
    if verb.lemma_.lower() in INTRANSITIVE or not any(c.dep_ == "nsubj" for c in kids):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp") for c in kids)


def roles(verb: Token, *, headline: bool = False) -> Roles:
    """Who acts (the subject, or the "by" agent of a passive) and on what."""
    kids = list(verb.children)  # read once: each read builds every child anew
    subject = surface_subject(verb, kids=kids)
    if is_passive(verb, kids, headline=headline):
        return Roles(_agent_object(kids, by=headline), subject, True)
    return Roles(subject, direct_object(verb, kids), False)


def surface_subject(verb: Token, depth: int = 0, *,
                    kids: list[Token] | None = None) -> Token | None:
    """The grammatical subject, or the one it shares by coordination, control or modification."""
    kids = list(verb.children) if kids is None else kids
    for child in kids:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"):
            if child.lower_ in RELATIVES and verb.dep_ == "relcl":
                return verb.head
            if child.tag_ == "WDT":
                return _antecedent(child)
            empty = child.dep_ == "expl" or (child.lower_ == "it" and _empty_it(verb, kids))
            return None if empty else child
    if depth > 4:
        return None
    head, dep = verb.head, verb.dep_
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids)
    passive = any(c.dep_ == "auxpass" for c in kids)
    if infinitive and dep in ("xcomp", "advcl", "ccomp") and _extraposing(head):
        return None  # "it is hard to predict": nobody in particular predicts
    if dep in ("relcl", "acl") and (passive or not infinitive):  # "an event to be held"
        return head if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None
    if dep in ("relcl", "acl") and _does_its_infinitive(head):
        # "the first woman to climb it", a headline's "Apple to cut prices"; "she was the
        # first (woman) to climb it" is said of her
        copula = head.head if head.dep_ == "attr" and head.head.lemma_.lower() in COPULAS else None
        return (surface_subject(copula, depth + 1) if copula is not None else None) or head
    if dep in ("xcomp", "advcl", "ccomp") and head.lemma_.lower() in OBJECT_CONTROL:
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None:
            return obj
    if dep == "advcl" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in kids):
        return _stranded_subject(verb)  # a finite clause has a subject of its own
    if dep in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        return surface_subject(head, depth + 1)
    owner = _owner(head) if dep == "pcomp" and head.lower_ == "of" else None
    if owner is not None:
        return owner  # "his hopes of playing", "the firm's chances of winning"
    if dep in ("pcomp", "acl", "xcomp", "advcl", "conj"):
        governing = _governing_verb(head)
        return surface_subject(governing, depth + 1) if governing is not None else None
    return None


def _empty_it(verb: Token, kids: list[Token]) -> bool:
    """Whether the "it" of a verb stands for nothing: "it turns out that", "it seems that",
    "when it comes to"."""
    lemma = verb.lemma_.lower()
    if lemma in _RAISING:
        return any(c.dep_ == "ccomp" for c in kids)
    return lemma == "come" and any(c.lower_ == "when" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in kids)


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
    """A copula whose subject "it" only stands in for a clause after it ("it is best to")."""
    return verb.lemma_.lower() in COPULAS and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def _owner(prep: Token) -> Token | None:
    """Whose hope, chance or plan a preposition hangs on ("his prospects of ...": his)."""
    if prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in AIMS:
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
    if len(heads) != 1 or heads[0].pos_ not in _NOMINAL:
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


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token ("a contract to supply" -> the verb of "contract")."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _agent_object(kids: list[Token], *, by: bool = False) -> Token | None:
    """The "by" agent of a passive (with by, also a "by" the parse took for a preposition);
    not a measure ("cut by 13%", "beaten by two goals")."""
    for child in kids:
        if child.dep_ == PASSIVE_AGENT or (by and child.dep_ == "prep" and child.lower_ == "by"):
            agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            return None if agent is None or _a_measure(agent) else agent
    return None


def _a_measure(noun: Token) -> bool:
    """A percentage, a sum, a quantity or a count of units ("13%", "$5m", "two goals")."""
    if noun.ent_type_ in _MEASURES:
        return True
    return noun.lemma_.lower() in UNITS and any(c.dep_ == "nummod" for c in noun.children)


def direct_object(verb: Token, kids: list[Token] | None = None) -> Token | None:
    """The direct object, else the object of the first preposition that is not "by"."""
    kids = list(verb.children) if kids is None else kids
    preps: list[Token] = []
    light = light_object(verb, kids)
    for child in kids:
        if child.dep_ in ("dobj", "dative", "attr") and child != light and not _how_often(child):
            # "the lines, which the wind had torn down": the lines were torn down
            relative = child.lower_ in RELATIVES and verb.dep_ == "relcl"
            return verb.head if relative else child
        if child.dep_ == "prep" and child.i > verb.i:  # "Over the years, she ...": no object
            preps.append(child)
    for prep in preps:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ in _PLACE_TYPES:
            continue  # where, not what
        if light is not None or pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj
    return None


def _how_often(noun: Token) -> bool:
    """ "every two hours", "each week": a frequency, not a thing acted on."""
    timed = noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in TIME_UNITS
    return timed and any(c.dep_ == "det" and c.lower_ in ("every", "each")
                         for c in noun.children)


def phrase_bounds(head: Token, *, limit: int = 10) -> tuple[int, int]:
    """Token range [start, end) of a noun phrase: its left edge to its head, then the head's
    right modifiers and coordinated nouns up to a comma, a relative clause or an apposition."""
    start = head.left_edge.i
    marks = [t.i for t in head.doc[start : head.i] if t.dep_ == "mark"]
    start = marks[-1] + 1 if marks else start  # a clause the parse hung on the noun
    while start < head.i and head.doc[start].dep_ in ("punct", "cc", "prep"):
        start += 1
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "cc" or (child.dep_ == "conj" and child.pos_ in _NOMINAL):
            if child.dep_ == "conj" and child.right_edge.i - start < limit:
                end = child.right_edge.i + 1  # "leaders and guests", "North and South Korea"
            continue
        if (child.dep_ == "punct" and child.text in _JOINING_PUNCT) or child.dep_ == "case":
            continue  # "a "quasi-state of war"": hyphens and quote marks stay inside; "'s" not
        if child.dep_ in _NP_STOPS or child.right_edge.i - start >= limit:
            break
        if child.dep_ == "prep" and child.lower_ != "of":
            break  # "police in Lagos": where, not who
        end = _of_end(child) or child.right_edge.i + 1
    while end - 1 > head.i and _dangling(head.doc[end - 1]):
        end -= 1  # "4 months of", "90 miles per gallon (", a line break
    return start, end


def _of_end(prep: Token) -> int | None:
    """Where "of" and its noun end, without a clause on that noun ("a number of things that
    ... can do")."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ != "of" or noun is None:
        return None
    end = noun.i + 1
    rights = list(noun.rights)
    for n, child in enumerate(rights):
        if child.dep_ == "punct" and (child.text in _JOINING_PUNCT or (
                child.text == "," and any(c.dep_ == "conj" for c in rights[n:]))):
            continue  # "hide-and-seek", "artists, designers and architects"
        if child.dep_ in _NP_STOPS and child.dep_ not in ("cc", "conj"):
            break
        end = child.right_edge.i + 1
    return end


def _dangling(token: Token) -> bool:
    """A word that cannot end a noun phrase: a preposition, a conjunction, an opening mark."""
    return token.is_space or token.pos_ in ("ADP", "CCONJ", "DET") or token.text in "([{,;:"


def tense(verb: Token) -> str:
    """past, pluperfect, present, future, modal or infinitive (after a past verb), from the
    verb's form and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or ("going" in lowers and verb.tag_ == "VB"):
        return "future"
    if "to" in lowers and verb.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp"):
        governing = _governing_verb(verb.head)
        # "is set to begin", "plans to launch": what is to come; after a past verb ("agreed to
        # pay") it may since have happened or not: neither.
        ahead = governing is not None and tense(governing) in ("present", "future")
        return "future" if ahead else "infinitive"
    if verb.dep_ in ("xcomp", "conj") and verb.tag_ in ("VB", "VBN", "VBG") and not auxes:
        return tense(verb.head) if verb.head.pos_ in ("VERB", "AUX") else "past"
    if "had" in lowers or ("'d" in lowers and verb.tag_ == "VBN"):
        return "pluperfect"
    finite = next((a for a in auxes if a.tag_ in ("VBD", "VBZ", "VBP", "MD")), verb)
    form = finite.tag_
    if form in ("VBZ", "VBP") or (form == "MD" and finite.lower_ in _PRESENT_MODALS):
        return "present"
    return "modal" if form == "MD" else "past"
