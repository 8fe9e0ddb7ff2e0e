"""Reading a parsed clause: is its verb an action, who does it, to what, and in which tense."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from reader.analysis.clause_words import (
    ACTIVE_ALONE,
    CLAUSAL_CUES,
    CLAUSE_DEPS,
    COPULAS,
    EVENT_NOUNS,
    FEELINGS,
    INTRANSITIVE,
    LIGHT_VERBS,
    LINKING,
    OBJECT_CONTROL,
    OCCASIONS,
    PAST_ONLY,
    PREPOSITIONAL,
    RELATIVES,
    REPORTING_VERBS,
    TIME_UNITS,
    TITLE_PARTICIPLES,
    UNITS,
)
from reader.analysis.holidays import HOLIDAY_PATTERN
from reader.analysis.person_words import ROLES
from reader.analysis.relatives import (
    comma_subject,
    fronted_relative,
    gap_object,
    misread_relative,
)
from reader.analysis.subjects import governing_verb, surface_subject

PASSIVE_AGENT = "agent"
_MEASURES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
# Adverbs that, right after a verb, are its particle though the parse says not ("stepped down").
_PARTICLES = frozenset({"down", "up", "out", "off", "back", "away", "over"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_SHADOW_WORDS = 4  # words from "shadow" to its role ("shadow local government secretary")
# Verbs whose passive before an infinitive only puts it ahead or makes it due ("is expected
# to", "is supposed to"); "is said to", "is believed to" tell that somebody says or believes.
_AHEAD = frozenset({"expect", "suppose"})
# The words of a news agency's credit line ("Reporting by ...; Editing by ...").
_CREDITS = frozenset({"reporting", "writing", "editing", "compiled", "edited", "written",
                      "research", "production", "produced"})
# Pronouns that name a person, after whom a relative clause's "'s" is "has" ("all she's done").
_PERSONAL = frozenset({"he", "she", "i", "we", "you", "they"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Nouns that with "in ... of" say for or against what one acts ("in favor of the bill").
_STANCES = frozenset({"favor", "favour", "support", "defense", "defence", "search", "pursuit",
                      "memory", "honor", "honour", "protest", "violation", "breach"})
# Prepositions of time, cause or concession.
_CIRCUMSTANTIAL = frozenset({"before", "after", "during", "until", "till", "since", "despite",
                             "due", "because", "amid", "amidst", "throughout", "including",
                             "pending", "following", "than"})
# Verbs of being shown or put out, and the names of a channel, a site or a show they are "on"
# ("appeared on MSNBC", "posted on Twitter"): where, not what.
_SHOWN = frozenset({"appear", "post", "tweet", "air", "broadcast", "publish", "stream"})
_MEDIA = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})
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


def is_action(verb: Token, children: Callable[[Token], list[Token]] | None = None) -> bool:
    """A verb that acts: not a copula, a linking verb with its complement, nor a speech report
    (children: what gives a token's children, where the caller keeps them)."""
    if verb.pos_ != "VERB" or verb.dep_ not in CLAUSE_DEPS or verb.dep_ in ("acomp", "oprd"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in COPULAS or lemma in REPORTING_VERBS or not verb.text[:1].isalpha():
        return False  # ... or a clitic the tagger took for a verb ("America’s")
    kids = list(verb.children) if children is None else children(verb)
    deps = {child.dep_ for child in kids}
    if lemma in LINKING and deps & {"acomp", "attr", "oprd"}:
        return False
    if lemma == "have" and light_object(verb, kids) is None:
        return False  # possession is a state, not an action
    if _role_compound(verb, kids) or _title_participle(verb, kids) or _hyphened_before(verb) \
            or _as_preposition(verb, kids) or _ahead_of(verb, kids) or _credit(verb) \
            or _shadow_title(verb) or _feeling(verb, kids):
        return False
    return not (lemma in CLAUSAL_CUES and deps & {"ccomp", "parataxis"})


def _feeling(verb: Token, kids: list[Token]) -> bool:
    """ "The 31 year old is concerned", "I will be disappointed", "fans were delighted": a
    participle of feeling after "be", with no "by" of a doer, says how somebody feels, a state,
    not an action done to them."""
    return verb.tag_ == "VBN" and verb.lower_ in FEELINGS and any(
        c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == PASSIVE_AGENT for c in kids)


def _credit(verb: Token) -> bool:
    """ "(Reporting by Ann Lee; Editing by Tom Ray)": the words of a credit line, a reporting,
    writing or editing word followed by "by" that opens its sentence or a part of the line
    after a bracket or a semicolon, and heads it or hangs on another such word, are no
    action."""
    doc = verb.doc
    if verb.lower_ not in _CREDITS or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "by":
        return False
    if verb.dep_ != "ROOT" and verb.head.lower_ not in _CREDITS:
        return False  # "Written by a nurse, the letter ...": a clause on the sentence's verb
    before = verb.i - 1
    if before >= verb.sent.start and doc[before].lower_ in ("additional", "further", "extra"):
        before -= 1
    return before < verb.sent.start or doc[before].text in ("(", "[", ";", "|") or \
        doc[before].is_space


def _ahead_of(verb: Token, kids: list[Token]) -> bool:
    """ "The plant is going to close", "the deal is expected to close", "it is supposed to
    help": "going to", "expected to" or "supposed to" before a verb only put it ahead in time
    or make it due; the infinitive after them is the action."""
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ == "aux" and g.tag_ == "TO" for g in c.children) for c in kids):
        return False
    if verb.lower_ in ("going", "gon"):
        return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in ("to", "na")
    return verb.lemma_.lower() in _AHEAD and any(c.dep_ == "auxpass" for c in kids)


def _as_preposition(verb: Token, kids: list[Token]) -> bool:
    """ "in the days following the fight", "the weeks leading up to the vote": a participle
    with no subject and no auxiliary that hangs on a noun or a clause and says when, as
    "after" or "before" would, is no action."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "prep") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
        return False
    lower = verb.lower_
    if lower == "following":
        return any(c.dep_ in ("dobj", "pobj") for c in kids)
    return lower == "leading" and any(c.lower_ == "up" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in kids)


def _hyphened_before(verb: Token) -> bool:
    """ "a group co-founded by a singer", "a hit-and-run", "built-in": a word joined by a
    hyphen to the word after it is part of that word ("co-"), not an action of its own; save
    a verb so joined to its particle ("accused of selling-out workers")."""
    doc, i = verb.doc, verb.i
    if i + 2 >= len(doc) or verb.whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
        return False
    after = doc[i + 2]
    return after.is_alpha and not (after.dep_ == "prt" and after.lower_ in _PARTICLES)


def _role_compound(verb: Token, kids: list[Token]) -> bool:
    """ "suspensions for Browns pass rusher Myles Garrett": a bare verb with no subject and no
    auxiliary, inside a prepositional phrase, before a role noun in -er or -or that a name
    follows, is the first word of that role's name, not an action on it."""
    doc, i = verb.doc, verb.i
    # the first word of its sentence: the first of the Doc or one marked to start one
    if verb.tag_ not in ("VB", "VBP") or i == 0 or verb.is_sent_start or i + 2 >= len(doc):
        return False
    role, name = doc[i + 1], doc[i + 2]
    if not (role.is_lower and role.is_alpha and len(role) > 4 and role.lower_[-2:] in ("er", "or")):
        return False
    if name.pos_ != "PROPN" or not name.text[:1].isupper():
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
        return False
    before = doc[i - 1]
    return before.dep_ in ("prep", "pobj", "poss", "det") or (
        before.dep_ == "compound" and before.head.dep_ == "pobj")


def _shadow_title(verb: Token) -> bool:
    """ "said Tory shadow home secretary Ana Ruiz", "and shadow chancellor Tom Reyes": "shadow"
    before a role, in lower case, that a name follows is the title of an opposition
    spokesman, not an action on the name."""
    doc, i = verb.doc, verb.i
    if verb.lower_ != "shadow":
        return False
    for j in range(i + 1, min(i + 1 + _SHADOW_WORDS, len(doc) - 1)):
        word = doc[j]
        if not (word.is_lower and word.is_alpha):
            return False
        if word.lower_ in ROLES and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
            return True
    return False


def _title_participle(verb: Token, kids: list[Token]) -> bool:
    """ "against defending champion Croatia", "to running back Trey Edmunds": a participle that
    begins a title of office or sport, with no subject and no auxiliary, before a noun in lower
    case (or the "back" of "running back") and a name, is part of that title, not an action."""
    doc, i = verb.doc, verb.i
    if verb.tag_ != "VBG" or verb.lower_ not in TITLE_PARTICIPLES or i + 2 >= len(doc):
        return False
    role, name = doc[i + 1], doc[i + 2]
    if not (role.is_lower and (role.pos_ == "NOUN" or role.lower_ == "back")) or \
            name.pos_ != "PROPN" or not name.text[:1].isupper():
        return False  # "acting as Clinton's lawyer", "visiting the Oval Office" act
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids)


def light_object(verb: Token, kids: list[Token] | None = None) -> Token | None:
    """The object naming the action of a light verb ("took part"), else None."""
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    return next((c for c in (verb.children if kids is None else kids)
                 if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS), None)


def action_tokens(verb: Token, kids: list[Token] | None = None) -> list[Token]:
    """The words of the action as written: the verb, its particle, a light verb's object, and
    "not" with its auxiliary when negated."""
    kids = list(verb.children) if kids is None else kids
    words = [verb, *(c for c in kids if (c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in _PARTICLES)) and not amount_up(c))]
    obj = light_object(verb, kids)
    if obj is not None:
        words += [t for t in verb.doc[verb.i + 1 : obj.i + 1] if t.head == obj or t == obj]
    negation = next((c for c in kids if c.dep_ == "neg" and c.i < verb.i), None)
    if negation is not None:
        words += [c for c in kids
                  if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i >= negation.i - 1]
        words.append(negation)
    return sorted(set(words), key=lambda t: t.i) if len(words) > 1 else words


def amount_up(token: Token) -> bool:
    """ "earned up to £85,000", "taxed up to £100,000": an "up" before the "to" that bounds an
    amount is the amount's, not a particle of the verb."""
    doc = token.doc
    return token.lower_ == "up" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to" \
        and doc[token.i + 1].dep_ == "quantmod"


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


def direct_object(verb: Token, kids: list[Token] | None = None) -> Token | None:
    """The direct object, else the object of the first preposition that is not "by"."""
    kids = list(verb.children) if kids is None else kids
    preps: list[Token] = []
    light = light_object(verb, kids)
    for child in kids:
        if child.dep_ in ("dobj", "dative", "attr") and child != light and not _how_often(child):
            # "the lines, which the wind had torn down": the lines were torn down
            relative = child.lower_ in RELATIVES and verb.dep_ == "relcl"
            if relative and child.lower_ == "that" and any(
                    c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                    for c in kids):
                continue  # "subsidies on an income that you can afford care": "so that"
            return verb.head if relative else fronted_relative(verb, child) or child
        if child.dep_ == "prep" and child.i > verb.i:  # "Over the years, she ...": no object
            preps.append(child)
        if child.dep_ == "prt" and amount_up(child):  # "earning up to £820,000": the amount
            amount = next((c for c in child.children if c.dep_ == "pobj"), None)
            if amount is not None:
                return amount
    controlled = _controlled(verb, kids)
    if controlled is not None:
        return controlled
    for prep in preps:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ in _PLACE_TYPES or _a_circumstance(verb, prep) or (
                light is None and _a_setting(verb, prep, pobj)):
            continue  # where, when or why, not what
        if light is not None or pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj
    return None


def _controlled(verb: Token, kids: list[Token]) -> Token | None:
    """ "Intel allowed HP to make up the shortfall": after a verb that has somebody do a thing,
    the noun between it and the infinitive, which the parse made the infinitive's subject, is
    whom the verb acts on."""
    if verb.lemma_.lower() not in OBJECT_CONTROL:
        return None
    for clause in kids:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
            return next((c for c in clause.children
                         if c.dep_ == "nsubj" and verb.i < c.i < clause.i), None)
    return None


def _a_circumstance(verb: Token, prep: Token) -> bool:
    """ "stayed in the race until the convention", "failed amid opposition", "scored 20,
    including the winner": a phrase of time, cause or concession, never what a verb acts on,
    save after a verb that takes its object so ("went after the rebels")."""
    lower = prep.lower_
    return lower in _CIRCUMSTANTIAL and verb.lemma_.lower() not in PREPOSITIONAL.get(lower, ())


def _a_setting(verb: Token, prep: Token, noun: Token) -> bool:
    """ "announced on Monday at the air show", "sang at church", "held in jail": after "at" or
    "in", what the phrase says is where, when or how, unless the verb takes its object so
    ("looked at the data", "resulted in a loss"); after "on", too, when it names an occasion
    ("on the debate stage") or a named channel, site or show a thing is shown or put out on
    ("appeared on MSNBC"), not when it is what is acted on ("fired on the crowd")."""
    lower = prep.lower_
    if lower not in ("at", "in", "on") or noun.lower_ in ("least", "most"):
        return False  # "employs at least ten people": what it employs
    if lower == "in" and noun.lemma_.lower() in _STANCES:
        return False  # "voted in favor of the bill"
    if verb.lemma_.lower() in PREPOSITIONAL.get(lower, ()):
        return False  # "participated in the summit"
    return lower != "on" or noun.ent_type_ == "EVENT" or noun.lemma_.lower() in OCCASIONS or (
        verb.lemma_.lower() in _SHOWN and noun.ent_type_ in _MEDIA)


def _how_often(noun: Token) -> bool:
    """ "every two hours", "each week": a frequency, not a thing acted on."""
    timed = noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in TIME_UNITS
    return timed and any(c.dep_ == "det" and c.lower_ in ("every", "each")
                         for c in noun.children)


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
