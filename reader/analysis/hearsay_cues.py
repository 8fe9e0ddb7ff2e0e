"""Claims with nobody named to make them: "reportedly", "was seen as", "was announced"."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_contents import JUDGING
from reader.analysis.cue_hosts import spoken_to
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import CUE_VERBS, NAMING_VERBS, cue_lemma
from reader.analysis.made_known import made_known
from reader.analysis.oblique_cues import asked_of
from reader.analysis.verb_cues import SEEING_AS

# Adverbs that report a claim nobody is named to make ("reportedly", "allegedly").
HEARSAY = frozenset({"reportedly", "allegedly", "purportedly"})
# Verbs that name or judge something, whose passive with nobody named reports the common view
# ("Settlements are seen as an obstacle", "The illness was dubbed 'farmer's lung'") or defines
# it ("a small farm, which is defined as a holding of under forty acres").
_NAMED_OR_JUDGED = SEEING_AS | JUDGING | NAMING_VERBS | {"regard", "deem", "perceive", "define"}


# Nouns an infinitive of thinking or saying may qualify without anybody thinking or saying it
# ("there's no reason to think ...", "every reason to believe ...", "the temptation to say ...").
_MOTIVES = frozenset({"reason", "cause", "ground", "need", "temptation", "tendency", "urge",
                      "incentive"})


def weighed(verb: Token) -> bool:
    """ "There's no reason to think the team will win": an infinitive on a noun of reason or
    need; what it qualifies is weighed by the writer, not said by the noun."""
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in _MOTIVES and \
        cue_lemma(verb) in CUE_VERBS and any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in verb.children)


def claimed_by_nobody(cue: Token) -> bool:
    """Whether a cue reports a claim with nobody named to make it that is still a claim to
    show: a passive verb of naming or judging with what its subject is named or judged to be,
    something made known in the passive ("the deal was announced"), an adverb of hearsay, or
    what there is reason to think, or what was asked of or told to somebody by nobody named
    ("Asked if he would run again, the senator said ...")."""
    if cue.lower_ in HEARSAY or made_known(cue) is not None or weighed(cue) or (
            spoken_to(cue) and _asks_a_clause(cue)) or asked_of(cue) is not None:
        return True
    kids = list(cue.children)
    return cue_lemma(cue) in _NAMED_OR_JUDGED and any(c.dep_ == "auxpass" for c in kids) and \
        any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and c.n_rights)
            for c in kids)


def _asks_a_clause(cue: Token) -> bool:
    """Whether what was asked or told is a clause ("if he would run", "to describe the device",
    "on why the plan leaves out fathers"), not only a thing ("pressed on the cost")."""
    return any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and any(
        g.dep_ == "pcomp" for g in c.children)) for c in cue.children)


def hearsay(adverb: Token) -> Attribution | None:
    """ "GateHouse reportedly laid off 60 employees", "for allegedly abusing his office": what
    is reported or alleged by nobody named is the verb's clause after the adverb."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or \
            verb.dep_ in ("acl", "amod") or adverb.i > verb.i:
        return None  # "the sum reportedly demanded by X": the demand is the claim
    if cue_lemma(verb) in CUE_VERBS and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None  # "X reportedly told aides that ...": X's report, which the verb's cue gives
    end = max([verb.i] + [c.right_edge.i for c in verb.rights
                          if c.dep_ not in ("cc", "conj", "punct", "parataxis")])
    return Attribution((adverb.i, adverb.i + 1), None, chars(adverb.doc[adverb.i + 1 : end + 1]))
