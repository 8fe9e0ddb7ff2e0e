"""One cheap pass over a parsed sentence: clause heads, clause extents, action verbs, places."""

from __future__ import annotations

import bisect
import operator
from functools import reduce
from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

from reader.analysis import clause_actions, clause_words, clauses
from reader.analysis.event_names import contest
from reader.analysis.mention_index import MentionIndex
from reader.analysis.person_words import PEOPLE, ROLES

if TYPE_CHECKING:
    from reader.analysis.model import Entity

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside", "across", "throughout",
                         "around", "within", "off", "along", "over", "beside", "behind",
                         "opposite", "through", "nearby", "aboard", "beneath", "under"})
ROUTE_PREPS = frozenset({"from", "to", "via", "into", "onto", "towards", "toward"})
# Verbs of going and sending, whose "to", "from" or "into" names a place, not a recipient.
MOTION_VERBS = frozenset({
    "go", "come", "fly", "travel", "move", "return", "arrive", "depart", "leave", "head", "send",
    "deliver", "ship", "flee", "march", "drive", "sail", "walk", "run", "transfer", "deport",
    "evacuate", "export", "import", "launch", "fire", "deploy", "bring", "take", "carry",
    "transport", "smuggle", "migrate", "escape", "cross", "enter", "fall", "crash", "land",
    "plunge", "sink", "drift", "spread", "extend", "withdraw", "retreat", "advance", "push",
    "expand", "relocate", "commute", "swim", "ride", "race", "rush", "storm", "invade", "airlift",
    "fled", "board", "emigrate", "immigrate", "journey", "stray", "slide", "roll", "flow",
})
# Nouns that make a name a place one can be in or at ("Glasgow Sheriff Court").
FACILITIES = frozenset({
    "court", "stadium", "arena", "mosque", "church", "cathedral", "temple", "synagogue",
    "airport", "hospital", "prison", "jail", "hotel", "bridge", "station", "square", "park",
    "palace", "house", "hall", "centre", "center", "museum", "university", "school", "college",
    "port", "harbour", "harbor", "base", "camp", "market", "mall", "theatre", "theater",
    "embassy", "parliament", "building", "tower", "plant", "factory", "mine", "field", "ground",
    "club", "street", "road", "avenue", "highway", "island", "valley", "mountain", "river", "lake",
})
# Single words that name a day even when the entity recogniser misses them.
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "yesterday", "today", "tonight", "tomorrow"})
# Prepositions a place may lie behind under a place preposition: "in the city of X", "in
# states such as X", "in cities like X", "at the summit in X"; not "for", "to" or "with".
_LISTING = PLACE_PREPS | {"of", "like", "as", "including"}
_NONFINITE = frozenset({"VBG", "VBN", "VB"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


# Blows struck on a place, which happen where they land ("an attack on Belgorod").
_ATTACKS = frozenset({"attack", "strike", "assault", "raid", "offensive", "bombing", "shelling",
                      "airstrike", "bombardment", "ambush", "invasion", "march", "advance"})


class DocArrays:
    """The parse of a whole Doc as plain lists, read once: walking heads through Token objects
    costs more than the rest of event extraction."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        size = len(doc)
        # HEAD is an offset stored unsigned: read it signed.
        offsets = doc.to_array([HEAD]).astype("int64").tolist() if size else []
        self.heads = [i + offset for i, offset in enumerate(offsets)]
        self.punct: list[bool] = []
        self.clause_head: list[bool] = []
        self.candidate: list[bool] = []
        self.day_word: list[bool] = []
        self.governors: list[int] = []  # the clause head governing each token
        self.token_lines: list[int] = []  # the line (paragraph) of each token
        self.brackets: list[tuple[int, bool]] = []  # round brackets: (index, whether it opens)
        if not size:
            return
        # Whole columns compared at once: a Python test per token and column costs more.
        table = doc.to_array([DEP, POS, IS_PUNCT, LOWER, IS_SPACE, ORTH])
        deps, pos, lower, orth = table[:, 0], table[:, 1], table[:, 3], table[:, 5]
        strings = doc.vocab.strings
        clausal = reduce(operator.or_, (deps == strings[d] for d in clause_words.CLAUSE_DEPS))
        verb = pos == strings["VERB"]
        self.punct = (table[:, 2] != 0).tolist()
        self.clause_head = ((deps == strings["ROOT"])
                            | ((verb | (pos == strings["AUX"])) & clausal)).tolist()
        self.candidate = (verb & clausal).tolist()
        self.governors = _governors(self.heads, self.clause_head)
        self.day_word = reduce(operator.or_, (lower == strings[w] for w in DAY_WORDS)).tolist()
        # Line breaks are whitespace tokens of their own, each ending a line (paragraph): the
        # line of a token is the number of breaks before it.
        spaces = (doc[i] for i in (table[:, 4] != 0).nonzero()[0].tolist())
        breaks = [t for t in spaces if "\n" in t.text]
        for number, token in enumerate(breaks):
            self.token_lines += [number] * (token.i + 1 - len(self.token_lines))
        self.token_lines += [len(breaks)] * (size - len(self.token_lines))
        opening, closing = orth == strings["("], orth == strings[")"]
        self.brackets = [(i, bool(opening[i])) for i in (opening | closing).nonzero()[0].tolist()]


class SentenceScan:
    """The clause head governing each token of a sentence, each clause's extent, its action
    verbs, the lone day words, the places named in prepositional phrases and the stretches in
    brackets."""

    def __init__(self, sent: Span, arrays: DocArrays, index: MentionIndex) -> None:
        self.sent, self.doc = sent, arrays.doc
        self._arrays = arrays
        self._tenses: dict[int, str] = {}
        self._kids: dict[int, list[Token]] = {}
        self.extent: dict[int, tuple[int, int]] = {}
        self.verbs: list[Token] = []
        self.day_words: list[Token] = []
        self.places: dict[int, Entity] = {}
        self.routes: dict[int, Entity] = {}  # places one goes from, to or via
        self.subclauses: dict[int, list[int]] = {}
        self._venues: dict[int, Entity] = {}  # named events and bodies one is at
        arrays, doc, extent = self._arrays, self.doc, self.extent
        governors, heads, punct, by_token = arrays.governors, arrays.heads, arrays.punct, \
            index.by_token
        for i in range(sent.start, sent.end):
            head = governors[i]
            if not punct[i]:
                low, high = extent.get(head, (i, i))
                extent[head] = (low if low < i else i, high if high > i else i)
            if head == i and heads[i] != i:
                self.subclauses.setdefault(governors[heads[i]], []).append(i)
            if arrays.candidate[i] and clause_actions.is_action(token := doc[i], self.children):
                self.verbs.append(token)
            elif arrays.day_word[i]:
                self.day_words.append(doc[i])
            if i in by_token:
                self._entity_token(doc[i], head, by_token[i], index)
        for head, venue in self._venues.items():  # "at the forum in Davos": Davos first
            self.places.setdefault(head, venue)
        self.asides = _bracketed(arrays.brackets, sent.start, sent.end)

    def _entity_token(self, token: Token, head: int, entity: Entity, index: MentionIndex) -> None:
        if _is_place(token, entity):
            self._add_place(token, head, entity)
        elif _venue(token, entity):
            self._venues.setdefault(head, entity)
        subject = token.dep_ in _SUBJECTS
        if subject or (token.dep_ == "appos" and token.head.dep_ in _SUBJECTS):
            index.add_subject(token)  # "the airline, Ryanair, announced"

    def _add_place(self, token: Token, head: int, entity: Entity) -> None:
        owner = token.dep_ == "poss"
        if token.dep_ in ("poss", "compound") and token.head.dep_ == "pobj":
            if owner and not _owned_place(token.head):
                return  # "in Afghanistan's response": whose response, not where
            token = token.head  # "into Mecca's Grand Mosque", "in the Barlinnie prison"
        if token.dep_ != "pobj" or _describes(token):
            return
        if token.head.lower_ == "on" and entity.label == "GPE" and not owner and \
                token.head.head.lemma_.lower() not in _ATTACKS:
            return  # "sanctions on Russia", "a lead on Wisconsin": no country one is on
        if token.head.lower_ == "over" and not _passing_over(self.doc[head]):
            return  # "attacked the government over Iraq", "a win over Russia": what about
        if token.head.lower_ in PLACE_PREPS or _under_place_prep(token):
            self.places.setdefault(head, entity)
        elif token.head.lower_ in ROUTE_PREPS:
            self.routes.setdefault(head, entity)

    def place(self, verb: Token) -> Entity | None:
        """Where a clause happens: a place in it, else in a participle or infinitive clause it
        governs ("delivered the jet, built in Seattle"), else where the clause it completes
        happens ("flew to Paris to meet"), else where it goes from, to or via."""
        if verb.i in self.places:
            return self.places[verb.i]
        for sub in self.subclauses.get(verb.i, ()):
            if self.doc[sub].tag_ in _NONFINITE and sub in self.places:
                return self.places[sub]
        above = self.above(verb)
        if above is not None and verb.tag_ in _NONFINITE and above.i in self.places:
            return self.places[above.i]
        return self.routes.get(verb.i) if verb.lemma_.lower() in MOTION_VERBS else None

    def children(self, token: Token) -> list[Token]:
        """A token's children, read once: each read of Token.children builds every child anew."""
        if token.i not in self._kids:
            self._kids[token.i] = list(token.children)
        return self._kids[token.i]

    def tense(self, verb: Token) -> str:
        """The tense of a clause (see clauses.tense), worked out once."""
        if verb.i not in self._tenses:
            self._tenses[verb.i] = clauses.tense(verb, self.children(verb), self.tense)
        return self._tenses[verb.i]

    def governor(self, token: Token) -> Token:
        """The clause head that governs a token (itself for a clause head)."""
        return self.doc[self._arrays.governors[token.i]]

    def above(self, head: Token) -> Token | None:
        """The clause head governing the clause that this head heads."""
        parent = self._arrays.heads[head.i]
        return None if parent == head.i else self.doc[self._arrays.governors[parent]]


def _governors(heads: list[int], clause_head: list[bool]) -> list[int]:
    """The clause head governing each token: the first clause head (or root) up its heads, each
    token's found once."""
    found = [-1] * len(heads)
    for i in range(len(heads)):
        path: list[int] = []
        current = i
        while found[current] < 0:
            if clause_head[current] or heads[current] == current:
                found[current] = current
                break
            path.append(current)
            current = heads[current]
        for step in path:
            found[step] = found[current]
    return found


def _bracketed(brackets: list[tuple[int, bool]], start: int, end: int) -> list[tuple[int, int]]:
    """The (opening, closing) indices of the brackets paired in a sentence, each ")" closing
    the last "(" not yet closed, the others unpaired."""
    pairs: list[tuple[int, int]] = []
    opened = None
    for i, opening in brackets[bisect.bisect_left(brackets, (start, False)) :]:
        if i >= end:
            break
        if opening:
            opened = i
        elif opened is not None:
            pairs.append((opened, i))
            opened = None
    return pairs


def _is_place(token: Token, entity: Entity) -> bool:
    """A place name, or a name the model mislabelled that the words around show is a place."""
    if entity.label in PLACE_LABELS:
        return True
    last = entity.name.rsplit(" ", 1)[-1].lower()
    if entity.label in ("ORG", "FAC") and last in FACILITIES:
        return True  # "at Glasgow Sheriff Court"
    if token.dep_ == "compound" and token.head.lower_ in FACILITIES:
        return True  # "in the city's Barlinnie prison"
    # Nobody is "in" or "near" a person: a name there is a place the model mislabelled.
    return entity.label == "PERSON" and token.head.lower_ in ("in", "near")


def _passing_over(verb: Token) -> bool:
    """Whether a clause goes or comes down over a place ("flying over Europe", "shot down over
    Hanoi"); elsewhere "over" a place says what a row, a worry or a win is about or against."""
    return verb.lemma_.lower() in MOTION_VERBS or any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _owned_place(owned: Token) -> bool:
    """ "in Tulsa's north side", "into Mecca's Grand Mosque", "at the city's airport": what a
    place owns is a place when it is a name or a noun for land, a part of it or a building."""
    lemma = owned.lemma_.lower()
    return owned.pos_ == "PROPN" or lemma in FACILITIES or \
        bool(clause_words.OWNED_PLACES & {lemma, owned.lower_})


def _describes(place: Token) -> bool:
    """ "said Jane Doe, a professor at Yale", "sold to Acme, a firm in Ohio", "Doe, the
    champion from the Games in Sydney, faces": a place in a phrase on an apposition says who or
    what that is, not where the clause happens; so does where somebody is from, unless a verb
    takes the "from"."""
    holder = place.head.head
    for _ in range(3):
        if holder.dep_ == "appos":
            return True
        prep = holder.head
        if holder.dep_ != "pobj" or (prep.lower_ in ROUTE_PREPS and (
                prep.lower_ != "from" or prep.head.pos_ in ("VERB", "AUX"))):
            return False  # "sent her, winner of a prize, into a room in Ohio": where she went
        holder = holder.head.head  # "director of the institute at NYU"
    return False


def _venue(token: Token, entity: Entity) -> bool:
    """ "won orders at the Paris Air Show", "works at the University of Washington": a named
    event, or a body whose name says it is a place or a gathering, after an "at" on the verb or
    on a thing it acts on; not on somebody ("a professor at the University of Washington").
    A contest or a festival is one after "in" too ("ran in the Riverton Marathon")."""
    if token.dep_ != "pobj" or _describes(token) or not (token.head.lower_ == "at" or (
            token.head.lower_ == "in" and entity.label == "EVENT" and contest(entity.name))):
        return False
    words = {word.lower() for word in entity.name.split()}
    if entity.label != "EVENT" and not (entity.label in ("ORG", "FAC")
                                        and words & (FACILITIES | clause_words.OCCASIONS)):
        return False
    holder = token.head.head
    return holder.pos_ in ("VERB", "AUX") or (
        holder.pos_ == "NOUN" and holder.dep_ in ("dobj", "pobj")
        and holder.lemma_.lower() not in PEOPLE | ROLES)


def _under_place_prep(token: Token) -> bool:
    """A place in "in the city of X" or "at X's airport": a place preposition a step above."""
    step = token.head
    for _ in range(3):
        if step.dep_ == "pobj" and step.head.lower_ in PLACE_PREPS:
            return True
        if clauses.is_clause_head(step) or (step.dep_ == "prep" and step.lower_ not in _LISTING):
            return False  # "on 14 carries for Eastern Michigan": for whom, not where
        step = step.head
    return False
