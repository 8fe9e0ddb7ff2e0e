"""Where a clause happens when it names no place: the building or gathering it is at or in."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import OCCASIONS, PREPOSITIONAL
from reader.analysis.mention_index import MentionIndex
from reader.analysis.noun_phrases import phrase_bounds
from reader.analysis.sentence_scan import FACILITIES

# Buildings and grounds one is at or in ("held in jail", "treated at a hospital"); not those
# that English also uses for no place ("in the field", "in the market", "on the ground").
SITES = (FACILITIES - {"field", "ground", "market", "base", "club", "house", "center", "centre",
                       "square", "plant", "mine", "park", "road", "highway", "tower", "building",
                       "street", "avenue", "valley", "mountain", "river", "lake", "island"}) | {
    "court", "courthouse", "courtroom", "home", "restaurant", "hotel", "store", "shop",
    "warehouse", "office"}
# Gatherings one is at ("spoke at a rally", "said at a news conference").
EVENTS = OCCASIONS - {"press", "address", "congress", "games", "march", "stage"}
_SITE_PREPS = frozenset({"at", "in", "inside", "outside"})


def setting(verb: Token, index: MentionIndex, kids: list[Token] | None = None) -> str | None:
    """ "was treated at a hospital", "spoke at a rally", "appeared in court": the site or the
    gathering an "at" or "in" on the verb itself names, as written; not what a verb takes so
    ("looked at the hospital"), nor for a gerund on a noun ("his pledge to improving care at an
    event": the parse seldom knows which), nor set off after a noun ("targeting her since
    Clinton, at the debate, cited")."""
    if verb.dep_ == "pcomp":
        return None
    for prep in verb.children if kids is None else kids:
        if prep.dep_ != "prep" or prep.lower_ not in _SITE_PREPS or \
                verb.lemma_.lower() in PREPOSITIONAL.get(prep.lower_, ()):
            continue
        if prep.i > verb.i + 1 and prep.doc[prep.i - 1].text == ",":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN" or index.at(noun) is not None:
            continue
        lemma = noun.lemma_.lower()
        if lemma in SITES or (lemma in EVENTS and prep.lower_ == "at"):
            start, end = phrase_bounds(noun)
            return noun.doc[start:end].text
    return None
