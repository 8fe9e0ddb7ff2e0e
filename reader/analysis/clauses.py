"""Reading a parsed clause: who acts and on what, whether its verb is passive, and its tense."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from reader.analysis.clause_objects import direct_object
from reader.analysis.clause_words import ACTIVE_ALONE, CLAUSE_DEPS, INTRANSITIVE, PAST_ONLY, UNITS
from reader.analysis.holidays import HOLIDAY_PATTERN
from reader.analysis.relatives import comma_subject, gap_object, misread_relative
from reader.analysis.subjects import governing_verb, surface_subject

PASSIVE_AGENT = "agent"
_MEASURES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Pronouns that name a person, after whom a relative clause's "'s" is "has" ("all she's done").
_PERSONAL = frozenset({"he", "she", "i", "we", "you", "they"})
_PRESENT_MODALS = frozenset({"can", "may", "must", "ca"})
# Verbs whose passive names the parties who act with "between" ("an agreement reached between
# the two companies", "the contract was fought for between Boeing and Lockheed").
MUTUAL = frozenset({"reach", "sign", "agree", "negotiate", "conclude", "strike", "fight",
                    "wage", "contest", "play", "hold"})
# Verbs of change that take no object, whose -ing before a noun says what that noun does
# ("amid worsening protests", "faces dwindling sales").
_CHANGING = INTRANSITIVE | frozenset({"worsen", "evolve", "rise", "fall", "loom", "dwindle",
                                      "wane", "linger", "fade", "deteriorate", "ail", "thrive"})
# Adjectives of ease or difficulty, after which an infinitive acts on their subject ("water is
# hard to find").
_EASE = frozenset({"hard", "harder", "hardest", "easy", "easier", "easiest", "difficult",
                   "impossible", "tough", "tougher", "tricky", "simple", "simpler"})
# Nouns of a struggle whose -ing is done by who has it ("buyers had trouble connecting").
STRUGGLES = frozenset({"trouble", "difficulty", "problem", "issue", "struggle"})


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


def is_passive(verb: Token, kids: list[Token] | None = None, *, headline: bool = False) -> bool:
    """A passive verb; in a headline also a bare participle ("Man killed in crash")."""
    kids = list(verb.children) if kids is None else kids
    deps = {child.dep_ for child in kids}
    if deps & {"auxpass", "nsubjpass", "csubjpass"}:
        return _after_copula(kids) is None and not _has_read_as_is(verb, kids)
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and not deps & {"aux", "nsubj"} and \
            verb.lemma_.lower() not in ACTIVE_ALONE:
        return is_passive(verb.head, headline=headline)
    if headline and _bare_participle(verb, kids):
        return True
    if PASSIVE_AGENT in deps and verb.tag_ == "VBD" and not deps & {"aux", "dobj", "dative"} \
            and _agent_object(kids) is not None:  # not "missed out by 1.45secs"
        return True  # "the man put in charge by Ms Cole": a participle the tagger read as past
    # "the plan approved on Monday", not "complaints that it had not taken measures";
    # "Asked by reporters, she said": a participle opening the clause, done by its "by"
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or (
        verb.dep_ == "advcl" and PASSIVE_AGENT in deps)) and not deps & {"aux", "nsubj"}


def _has_read_as_is(verb: Token, kids: list[Token]) -> bool:
    """ "She's been running the clinic", "he's taken the blame", "all the work she's done": an
    "'s" the parse made the "is" of a passive is "has" before an -ing, before a participle
    with an object of its own and no "been" (after which a passive may keep one: "she's been
    given a medal"), and in a relative clause whose subject is a person's pronoun, which
    leaves the object to the noun it describes (not "the paper it's written on")."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in kids):
        return False
    if verb.tag_ == "VBG":
        return True
    if verb.tag_ != "VBN" or any(c.lower_ == "been" for c in kids):
        return False
    if any(c.dep_ == "dobj" for c in kids):
        return True
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.lower_ in _PERSONAL for c in kids) and not any(
        c.dep_ == PASSIVE_AGENT or (c.dep_ == "prep" and not any(c.children)) for c in kids)


def _bare_participle(verb: Token, kids: list[Token]) -> bool:
    """A headline's main verb in a past form with no auxiliary and no object ("Hunter
    diagnosed with plague", "Man killed in crash"): headlines tell what is done in the present
    tense ("Man dies in crash"), so this is a passive with its auxiliary left out."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.lower_ in PAST_ONLY:
        return False
    lower = verb.lower_
    if lower.endswith("s") and not lower.endswith("ss"):
        return False  # "FRANCE WINS": the tagger's past in capitals is a present in -s
    if verb.lemma_.lower() in INTRANSITIVE or not any(c.dep_ == "nsubj" for c in kids):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp") for c in kids)


def roles(verb: Token, *, headline: bool = False, kids: list[Token] | None = None) -> Roles:
    """Who acts (the subject, or the "by" agent of a passive) and on what."""
    kids = list(verb.children) if kids is None else kids  # each read builds every child anew
    misread = misread_relative(verb, kids)
    if misread is not None:
        return Roles(*misread, passive=False)
    spoken = _after_copula(kids)
    if spoken is not None:
        return Roles(spoken, direct_object(verb, kids), False)
    described = _described_noun(verb, kids)
    if described is not None:
        return Roles(described, None, False)
    hard = _hard_to_do(verb, kids)
    if hard is not None:
        return Roles(None, hard, False)
    subject = comma_subject(verb, kids) or surface_subject(verb, kids=kids)
    if verb.dep_ == "acl" and _on_a_named_setting(verb):
        subject = surface_subject(verb.head.head.head)
    if _struggled_with(verb):
        subject = surface_subject(verb.head.head)
    if is_passive(verb, kids, headline=headline):
        agent = _agent_object(kids, by=headline)
        if agent is None and verb.lemma_.lower() in MUTUAL:
            agent = _object_of(kids, "between")
        return Roles(agent, subject, True)
    # "the drugs the gang smuggled into the port": the drugs, not the port
    return Roles(subject, gap_object(verb, kids) or direct_object(verb, kids), False)


def _described_noun(verb: Token, kids: list[Token]) -> Token | None:
    """ "warned of looming shortages", "thousands of evolving galaxies": the -ing of a verb of
    change that takes no object, before a bare noun (no article, no owner) that the parse made
    its object, describes that noun, which is what changes; None for any other verb."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _CHANGING:
        return None
    noun = next((c for c in kids if c.dep_ == "dobj"), None)
    if noun is None or noun.left_edge.i != verb.i + 1 or any(
            c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None
    return noun


def _hard_to_do(verb: Token, kids: list[Token]) -> Token | None:
    """ "Liquid water is hard to find", "these tactics will be difficult to replicate": an
    infinitive with no object of its own after an adjective of ease or difficulty says what is
    done to the subject of that adjective, by nobody in particular; None otherwise, and for
    "it is hard to say", where "it" stands in for the infinitive."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.lower_ not in _EASE or \
            not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids) or \
            any(c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") for c in kids):
        return None
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head  # "easy to describe but hard to pass"
    if adjective.dep_ != "acomp":
        return None
    subject = surface_subject(adjective.head)
    return None if subject is None or subject.lower_ == "it" else subject


def _after_copula(kids: list[Token]) -> Token | None:
    """ "The worst part is we lost the game", read as a passive of "lost" with "is" its
    auxiliary: a subject of its own after that "is" makes the verb active in a clause that
    says what the noun before "is" was; that subject is who acts."""
    copula = next((c for c in kids if c.dep_ == "auxpass" and c.lemma_.lower() == "be"), None)
    if copula is None or not any(c.dep_ == "nsubjpass" and c.i < copula.i for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "nsubj" and c.i > copula.i), None)


def _on_a_named_setting(verb: Token) -> bool:
    """ "She posted on Twitter accusing the label": an -ing the parse hung on a name that says
    where a verb was done ("on", "in" or "at") tells more of that verb, done by its subject;
    not so on a common noun ("slipped on ice covering the road")."""
    noun = verb.head
    prep = noun.head
    return verb.tag_ == "VBG" and noun.pos_ == "PROPN" and noun.dep_ == "pobj" and \
        prep.lower_ in ("on", "in", "at") and prep.head.pos_ == "VERB" and prep.dep_ == "prep"


def _agent_object(kids: list[Token], *, by: bool = False) -> Token | None:
    """The "by" agent of a passive (with by, also a "by" the parse took for a preposition);
    not a measure ("cut by 13%", "beaten by two goals"). A name the parse left loose under
    "by" at the end of a headline ("Sprinters suspended by IAAF" and a blank line) is one."""
    for child in kids:
        if child.dep_ == PASSIVE_AGENT or (by and child.dep_ == "prep" and child.lower_ == "by"):
            agent = next((c for c in child.children if c.dep_ == "pobj"), None) or next(
                (c for c in child.children if c.dep_ == "dep" and c.pos_ in ("PROPN", "NOUN")),
                None)
            return None if agent is None or _a_measure(agent) or _a_deadline(agent) else agent
    return None


def _struggled_with(verb: Token) -> bool:
    """ "Many buyers experienced issues connecting to the site": the -ing that names what the
    subject struggled with is done by that subject, not by the issues."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.dep_ == "dobj" and \
        noun.lemma_.lower() in STRUGGLES


def _object_of(kids: list[Token], preposition: str) -> Token | None:
    prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ == preposition), None)
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def _a_deadline(noun: Token) -> bool:
    """A time after "by" ("to be presented by Easter", "finished by 2010"): when, not who."""
    if noun.ent_type_ in ("DATE", "TIME"):
        return True
    name = noun.doc[noun.left_edge.i : noun.i + 1].text.lower()
    name = name[4:] if name.startswith("the ") else name
    return HOLIDAY_PATTERN.fullmatch(name) is not None


def _a_measure(noun: Token) -> bool:
    """A percentage, a sum, a quantity or a count of units ("13%", "$5m", "two goals")."""
    if noun.ent_type_ in _MEASURES:
        return True
    return noun.lemma_.lower() in UNITS and any(c.dep_ == "nummod" for c in noun.children)


def tense(verb: Token, kids: list[Token] | None = None,
          of: Callable[[Token], str] | None = None) -> str:
    """past, pluperfect, present, future, modal or infinitive (after a past verb), from the
    verb's form and its auxiliaries (of: what gives another verb's tense, where the caller
    keeps them; by default this function)."""
    kids = list(verb.children) if kids is None else kids
    of = tense if of is None else of
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or ("going" in lowers and verb.tag_ == "VB"):
        return "future"
    if "to" in lowers and verb.dep_ == "ROOT" and verb.tag_ == "VB":
        return "future"  # a headline's "Council to vote Wednesday": what is to come
    if "to" in lowers and verb.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp"):
        governing = governing_verb(verb.head)
        # "is set to begin", "plans to launch": what is to come; after a past verb ("agreed to
        # pay") it may since have happened or not: neither.
        ahead = governing is not None and of(governing) in ("present", "future")
        return "future" if ahead else "infinitive"
    if verb.dep_ in ("xcomp", "conj") and verb.tag_ in ("VB", "VBN", "VBG") and not auxes:
        if verb.head.pos_ in ("VERB", "AUX"):
            return of(verb.head)
        # a base form the parse joined to a noun ("could lead to chaos and harm ...") has the
        # tense of the verb above it: a base form is never past by itself
        above = governing_verb(verb.head) if verb.tag_ == "VB" else None
        return of(above) if above is not None else "past"
    if verb.dep_ == "conj" and not auxes and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        shared = of(verb.head)  # "could weaken the governor and cost her the race": the
        if shared in ("future", "modal"):  # tagger's past "cost" shares the modal
            return shared
    if "had" in lowers or ("'d" in lowers and verb.tag_ == "VBN"):
        return "pluperfect"
    finite = next((a for a in auxes if a.tag_ in ("VBD", "VBZ", "VBP", "MD")), verb)
    form = finite.tag_
    if form in ("VBZ", "VBP") or (form == "MD" and finite.lower_ in _PRESENT_MODALS):
        return "present"
    return "modal" if form == "MD" else "past"
