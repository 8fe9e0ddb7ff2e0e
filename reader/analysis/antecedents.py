"""What pronouns and descriptions stand for beyond named entities: subjects, appositions."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from reader.analysis.clause_words import COPULAS
from reader.analysis.cue_speakers import source_of_statement, statement_owner
from reader.analysis.cue_words import CUE_NOUNS, CUE_VERBS, EVIDENCE
from reader.analysis.datelines import dateline_dash, named_past, story_dash
from reader.analysis.mention_index import PRONOUN_REACH, PRONOUNS, MentionIndex
from reader.analysis.model import Entity
from reader.analysis.noun_phrases import verb_compound
from reader.analysis.person_words import (
    ABBREVIATED_TITLES,
    BODY_KINDS,
    FEMALE_PRONOUNS,
    FEMALE_ROLES,
    GENDERED_PRONOUNS,
    MALE_PRONOUNS,
    MALE_ROLES,
    PEOPLE,
    PERSON_TITLES,
    ROLES,
    name_gender,
)
from reader.analysis.person_words import NEUTER_PRONOUNS as NEUTER
from reader.analysis.person_words import PLURAL_PRONOUNS as PLURAL
from reader.analysis.sentence_scan import PLACE_LABELS
from reader.analysis.subjects import binding_subject

SUBJECTS = ("nsubj", "nsubjpass")
# What an "it" or "they" stands for only where it was a subject shortly before: places, bodies
# and happenings, which an article mostly names in passing (was_subject).
_ACTORS_ONLY = PLACE_LABELS | {"ORG", "EVENT"}
CLAUSES = ("ROOT", "conj")  # clauses whose subject a later pronoun may stand for
COLLECTIVES = frozenset({"police", "staff", "people", "personnel", "crew"})  # singular, many
LOOK_BACK = 3  # sentences a subject stays in view for "it" and "they"
_INDEFINITE = frozenset({"a", "an", "another", "some", "any", "many", "several", "other", "no",
                         "one", "few"})
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "several", "few", "both", "none",
                          "half", "majority", "each"})
_SOMEBODY = frozenset({"someone", "somebody"})
_NAME_LINKS = frozenset({"appos", "compound", "flat"})  # what joins a name to its description
_GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
_PEOPLE = frozenset({"PERSON"})
# Nouns for a body of people, that "they" may stand for.
GROUP_NOUNS = frozenset({"team", "group", "family", "band", "crew", "committee", "council",
                         "government", "company", "club", "party", "board", "panel", "jury",
                         "couple", "pair", "duo", "trio", "squad", "union", "coalition"})
# Nouns for one person, by sex and of either, that "he" or "she" may stand for.
MALE_NOUNS = MALE_ROLES | {"man", "boy", "gentleman"}
FEMALE_NOUNS = FEMALE_ROLES | {"woman", "girl", "lady"}
PERSON_NOUNS = PEOPLE | {"suspect", "driver", "patient", "teenager", "child", "officer",
                         "soldier", "pilot", "doctor", "nurse", "teacher", "farmer", "passenger",
                         "player", "hunter", "herder", "fisherman", "prisoner", "defendant",
                         "climber", "hiker", "gunman", "attacker", "owner", "pupil"}
# Relatives, and men or women, by sex: who a "he" or "she" after them in their sentence is.
MALE_KIN = frozenset({"father", "husband", "son", "brother", "grandfather", "dad", "uncle",
                      "nephew", "widower", "boyfriend", "stepfather", "man", "boy"})
FEMALE_KIN = frozenset({"mother", "wife", "daughter", "sister", "grandmother", "mom", "aunt",
                        "niece", "widow", "girlfriend", "stepmother", "woman", "girl"})
# Plural nouns for people that "they" may stand for when no subject before can.
_GROUPS_OF = PEOPLE | {"researcher", "scientist", "author", "investigator", "economist",
                       "scholar", "astronomer", "doctor", "physician", "engineer"}
# Kinds of body that speak, as a "they" that says something may be ("urged councils ...
# but they warned"); a "they" that pays or votes is seldom the firms.
_SPEAKING_BODIES = frozenset(kind for kind, labels in BODY_KINDS.items() if "ORG" in labels)
HEADLINE_WORDS = 20  # words: a longer line is no headline
LINE_STOPS = frozenset({".", "!", "?", "…", ":", ";", '"', "”", "’", "'"})  # end a sentence
TITLE_MENTIONS = 40  # mentions of an entity read for its titles
_PUBLISHING = frozenset({"publish", "post", "write", "tweet", "present"})
_STATED = CUE_NOUNS | EVIDENCE
PERSON_ROLES = ROLES | PERSON_TITLES  # words for somebody, which name no place nor body
_NO_SEX = NEUTER | PLURAL


def subject_antecedent(sents: Sequence[Span], index: int, position: int, pronoun: str,
                       quoted: Callable[[int], bool]) -> Token | None:
    """The noun that an "it" or "they" at position (in sents[index]) most likely stands for:
    the subject of a main clause before it in its sentence, else the main subject of one of the
    few sentences before, passing over quoted words and subjects that are that same pronoun
    again ("The report says ... It also points out"). None when the nearest subject does not
    fit (a person, a singular noun for "they"): the named entities then decide, as they do for
    a pronoun in a relative clause ("the plan is the tool for Chile to meet the target it
    pledged")."""
    same = NEUTER if pronoun in NEUTER else PLURAL
    before: list[Token] = []  # the sentence's words before position, then the one at it
    pronouns: list[Token] = []
    for token in sents[index]:
        if token.idx >= position:
            pronouns = [token] if token.idx == position else []
            break
        before.append(token)
    if pronouns and pronouns[0].head.dep_ in ("relcl", "acl") and not _complement(
            pronouns[0].head):
        return None
    here = [t for t in reversed(before) if t.dep_ in SUBJECTS
            and (t.head.dep_ in CLAUSES or _opening_clause(t.head))][:1]
    bound = binding_subject(pronouns[0]) if pronouns and pronouns[0].dep_ == "poss" else None
    here = here if bound is None else [bound]
    earlier = list(reversed(sents[max(0, index - LOOK_BACK) : index]))
    candidates = here + [main_subject(s) for s in earlier]
    for subject in candidates:
        subject = _quantified(subject)
        if subject is not None and subject not in here and quoted(subject.idx):
            source = cited_source(subject.sent)  # "..., according to a report. It said"
            if source is not None and not quoted(source.idx):
                subject = source
        if subject is None or subject.lower_ in same or quoted(subject.idx):
            continue
        if _fits(subject, same) or (subject in here and _body_they(subject, same)):
            return subject
        speaking = bool(pronouns) and pronouns[0].head.lemma_.lower() in CUE_VERBS
        return _people_object(subject, speaking=speaking) if same is PLURAL else None
    return None


def cited_source(sent: Span) -> Token | None:
    """ "Users post more, according to a report by the Halden institute": the source a sentence
    cites with "according to" for what it reports, whom an "it" or "they" saying the next
    sentence goes on with; the maker of a document cited ("a report by Halden")."""
    for token in sent:
        if token.lower_ == "to" and token.i > sent.start and \
                token.nbor(-1).lower_ == "according":
            source = next((c for c in token.children if c.dep_ == "pobj"), None)
            if source is None:
                return None
            maker = next((g for c in source.children if c.dep_ == "prep" and c.lower_ == "by"
                          for g in c.children if g.dep_ == "pobj"), None)
            return maker if maker is not None and source.lemma_.lower() in _STATED else source
    return None


def _body_they(subject: Token, same: frozenset[str]) -> bool:
    """ "Factcheckr ruled that the claim was false, but they added": a named body the subject
    of the same sentence, which "they" may stand for there."""
    return same is PLURAL and subject.ent_type_ in ("ORG", "") and subject.pos_ == "PROPN"


def _opening_clause(verb: Token) -> bool:
    """ "Though the agency has said ..., it": a subordinate clause on a main clause; or a
    clause the parse hung on the one after it ("The rebels were tired: they had ...")."""
    if verb.dep_ == "ccomp" and verb.head.dep_ in CLAUSES and verb.i < verb.head.i:
        return any(t.text in (":", ";") and t.head.i == verb.head.i
                   for t in verb.doc[verb.i : verb.head.i])  # not "..., they say"
    return verb.dep_ == "advcl" and verb.head.dep_ in CLAUSES


def _quantified(subject: Token | None) -> Token | None:
    """ "Many of the nurses": the people a quantifier subject counts, for a "they" after it."""
    if subject is None or subject.lower_ not in _QUANTIFIERS:
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    return counted if counted is not None and counted.tag_ in ("NNS", "NNPS") else subject


def _complement(clause: Token) -> bool:
    """A "that" clause saying what a noun holds ("reports that it had broken the rules"),
    not a relative clause."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _people_object(subject: Token, *, speaking: bool = False) -> Token | None:
    """ "The AP interviewed 20 crew members and editors. They described": the people its verb
    acts on, named by a plural role noun, when the subject cannot be "they"; or the people it
    lets or makes do something ("The model allowed researchers to watch ... They found"); for a
    "they" that speaks, the bodies so named too ("The minister urged councils to cut costs, but
    they warned")."""
    groups = _GROUPS_OF | _SPEAKING_BODIES if speaking else _GROUPS_OF
    for child in subject.head.children:
        if child.dep_ == "dobj" and child.tag_ == "NNS" and child.lemma_.lower() in groups:
            return child
        if child.dep_ in ("ccomp", "xcomp"):
            doer = next((c for c in child.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                         and c.lemma_.lower() in groups), None)
            if doer is not None:
                return doer
    return None


def main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main verb; past a dateline the parse took for one ("LONDON
    (AP) — The party was criticized": the party)."""
    subjects = [c for c in sent.root.children if c.dep_ in SUBJECTS]
    if not subjects:
        return verb_compound(sent.root)  # "For instance, the paper notes": the parse's compound
    for subject in subjects:
        dash = story_dash(subject) if subject.left_edge.i == sent.start else None
        if dash is None or dash.i > sent.root.i:
            return subject
        if subject is subjects[-1]:
            return named_past(subject, dash)
    return None


def _fits(subject: Token, same: frozenset[str]) -> bool:
    """Whether a subject can be what "it" (one thing, no person) or "they" (several, people
    joined by "and" too) stands for."""
    joined = len(conjuncts(subject)) > 1
    if subject.pos_ not in ("NOUN", "PROPN"):
        return joined and same is PLURAL  # "he and his wife ... they"
    if same is PLURAL:
        return joined or (subject.ent_type_ != "PERSON" and (
            subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ == "NORP"
            or subject.lower_ in COLLECTIVES or _group(subject) or _counted(subject)))
    return subject.tag_ in ("NN", "NNP") and not joined and subject.ent_type_ != "PERSON" \
        and not _first_and_last_name(subject)


def _counted(noun: Token) -> bool:
    """ "Another 19 percent said they would ...": a noun counted by a number above one is
    several, whatever its form."""
    return any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("1", "one")
               for c in noun.children)


def _first_and_last_name(noun: Token) -> bool:
    """ "Ana Ruiz", untagged: a name that opens with a known first name is somebody."""
    first = noun.doc[noun.left_edge.i]
    return noun.pos_ == "PROPN" and not noun.ent_type_ and first.i < noun.i and \
        first.dep_ == "compound" and name_gender(first.text) is not None


def _group(noun: Token) -> bool:
    """ "The team is far from done. They plan to": a definite body of people, which "they"
    may stand for as well as "it"."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in GROUP_NOUNS and definite(noun)


def kin(pronoun: Token) -> Token | None:
    """ "My mother has mellowed, but she still says": the main subject before a "he" or "she"
    in its own sentence, when it names a relative or a man or woman of its sex."""
    word = pronoun.lower_
    if word not in GENDERED_PRONOUNS:
        return None
    relatives = MALE_KIN if word in MALE_PRONOUNS else FEMALE_KIN
    doc = pronoun.doc
    subject = next((doc[i] for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1)
                    if doc[i].dep_ in SUBJECTS and doc[i].head.dep_ in CLAUSES), None)
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in relatives:
        return None
    return subject


def conjuncts(token: Token) -> list[Token]:
    """A subject and the nouns "and" joins to it ("Mr. Grassley and Mr. Leahy")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            found.extend(conjuncts(child))
        elif child.dep_ == "appos" and child.ent_type_ == token.ent_type_ == "PERSON" and \
                child.pos_ == token.pos_ == "PROPN":
            found.extend(conjuncts(child))  # "Booker, Gabbard and Yang": a list, not an aside
    return found


def apposed(name: Token, head: Token) -> bool:
    """Whether a name stands in apposition to head: joined by appositions and compounds only,
    or through the object of a preposition on it, when the parse hung the apposition there
    ("His partner at Lenox, Lawrence Cole") or glued a place onto the name ("Ambassador to
    the US Hamdullah Mohib")."""
    token, apposition = name, False
    while (token.dep_ in _NAME_LINKS or _set_off(token)) and token.head.i != token.i \
            and token.i != head.i:
        apposition = apposition or token.dep_ != "compound"
        token = token.head
    if token.i == head.i:
        return True
    if token.dep_ != "pobj":
        return False
    if token.head.head.i != head.i:
        return apposition and token.ent_type_ in _GROUP_LABELS and _owned_by(token, head)
    if token.head.lower_ == "like" and head.lower_ in _SOMEBODY:
        return True  # "someone like Ms. Cole"
    if apposition:
        return token.ent_type_ != "PERSON"
    return any(c.dep_ == "compound" and c.ent_type_ in _GROUP_LABELS for c in token.children)


def _set_off(name: Token) -> bool:
    """Whether a name hung as a bare noun phrase on the word before its comma is set beside it
    ("Director of the Riverside Trust, Ann Lee, said": the parse's npadvmod on "Trust")."""
    return name.dep_ == "npadvmod" and name.left_edge.i > 0 and \
        name.doc[name.left_edge.i - 1].text == "," and name.head.i < name.i


def _owned_by(body: Token, head: Token, hops: int = 3) -> bool:
    """ "Head of research at the Riverside Institute, Ann Lee": whether a body named as the
    object of a preposition hangs on head through a few more prepositional phrases."""
    token = body
    for _ in range(hops):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return False
        token = token.head.head
        if token.i == head.i:
            return True
    return False


def new_referent(noun: Token) -> bool:
    """Whether a noun brings in somebody not named before, whom no title of a named entity
    stands for: an indefinite one ("a group", "another mining company", "many experts"), or
    several ("lawmakers", "his advisers"; not a body such as "the police")."""
    if noun.tag_ == "NNS" and noun.lemma_.lower() not in COLLECTIVES:
        return True
    return any(c.dep_ in ("det", "amod", "nummod") and c.lower_ in _INDEFINITE
               for c in noun.children)


def definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def statement_maker(noun: Token) -> Token | None:
    """Who made "the statement", "the report" or "the video" a speaker names by a definite
    noun: the owner of the same noun mentioned a few sentences before ("The ministry released a
    statement on Monday. The statement said ...")."""
    lemma = noun.lemma_.lower()
    if lemma not in _STATED or not definite(noun):
        return None
    doc = noun.doc
    start = doc[noun.sent.start].sent.start
    for _ in range(LOOK_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for token in reversed(doc[start : noun.i]):
        if token.lemma_.lower() == lemma and token.pos_ == "NOUN":
            source = source_of_statement(token)
            return next((c for c in token.children if c.dep_ == "poss"), None) or (
                source if source.i != token.i else None) or statement_owner(token) or \
                _author(token)
    return None


def _author(noun: Token) -> Token | None:
    """Who published what a noun names, where publishing it is itself a quote ("The center
    published a study")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _PUBLISHING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def titles(doc: Doc, entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """Lower-cased title and kind words for each entity, by id (_titles_of)."""
    apposed = appositions_on(doc)
    return {e.id: _titles_of(doc, e, apposed) for e in entities}


def appositions_on(doc: Doc) -> frozenset[int]:
    """The indices of the words that have an apposition, read at once from the parse."""
    deps = doc.to_array(DEP)
    return frozenset(doc[i].head.i for i in (deps == doc.vocab.strings["appos"]).nonzero()[0])


def _titles_of(doc: Doc, entity: Entity, apposed: frozenset[int]) -> frozenset[str]:
    """Lower-cased title and kind words for an entity: from its aliases, the words just before
    its mentions ("President Obama", "Russia's foreign minister Lavrov"), with the party or
    place that opens such a title ("Tory leader Michael Howard": "the Tory leader" is he, not
    another leader), and appositions (on the words apposed, appositions_on(doc))."""
    words: set[str] = {w.lower().strip(".") for alias in entity.aliases for w in alias.split()}
    for mention in entity.mentions[:TITLE_MENTIONS]:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        words.update(_title_words(root, root.i in apposed, place=entity.label not in _PEOPLE))
        for i in range(span.start - 1, max(span.start - 4, 0) - 1, -1):
            token = doc[i]
            if token.ent_type_ in ("GPE", "NORP") and i < span.start - 1 and \
                    token.pos_ in ("PROPN", "ADJ", "NOUN"):
                words.add(token.lower_.strip("."))
                break
            if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("GPE", "NORP"):
                break
            words.add(token.lemma_.lower().strip("."))
    words.update(*(ABBREVIATED_TITLES.get(w, ()) for w in list(words)))
    return frozenset(w for w in words if w)


def _title_words(root: Token, has_apposition: bool, *, place: bool) -> set[str]:
    """Words in apposition to a mention, and for a place or body the noun it is "of" ("the
    city of Phoenix"; "the widow of John Smith" is no title of his, nor "the governor of
    Texas" of Texas: a person's role is nobody's "of")."""
    found: set[str] = set()
    appositions = [c for c in root.children if c.dep_ == "appos"] if has_apposition else []
    if appositions:
        dash = dateline_dash(root)  # "New York, NY – ..., my6sense, ...": past it, no title
        found.update(c.lemma_.lower() for c in appositions if dash is None or c.i < dash.i)
    if root.dep_ == "appos":
        found.add(root.head.lemma_.lower())
    if place and root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.pos_ == "NOUN" and root.head.head.lemma_.lower() not in PERSON_ROLES:
        # "the city of Phoenix"; "the mayor of Phoenix" is somebody, no title of the city's
        found.add(root.head.head.lemma_.lower())
    return found


def referent(pronoun: Token, index: MentionIndex,
             subject_before: Callable[[Token], Token | None],
             passed: Collection[int] = ()) -> tuple[Token, Entity | None]:
    """What a pronoun subject or object stands for, as the named entity or the subject noun
    it refers to. A subject "it" or "they" takes the subject before it that fits (given by
    subject_before), named or not ("The virus spread. It can reach humans"), over a name
    mentioned earlier or a place merely mentioned; a place, a body or a happening is what they
    stand for only where it was itself a subject, an actor ("China announced sanctions. It
    will also ..."; not "She read the report from the Harlow Institute. It left out ..."). An
    object pronoun is seldom the subject before it ("The band will do it"). Mentions starting
    at a point passed are none of its. The pronoun itself where nothing fits."""
    sex = None if pronoun.lower_ in _NO_SEX else \
        "m" if pronoun.lower_ in MALE_PRONOUNS else "f"
    entity = index.antecedent(PRONOUNS[pronoun.lower_], pronoun.idx, sex, passed)
    if pronoun.lower_ not in _NO_SEX:
        wanted = (MALE_NOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_NOUNS) | PERSON_NOUNS
        owner = _owner_before(pronoun, index, sex, wanted)
        if owner is not None:
            return pronoun, owner
        newcomer = None if entity is None else _newcomer(pronoun, wanted, entity)
        if newcomer is not None:
            return newcomer, None
        return (pronoun if entity else _noun_before(pronoun, wanted) or pronoun), entity
    if entity is not None and _cited_via(entity, pronoun):
        entity = None  # "'It got overlooked,' she said, via the Daily Star": not the paper
    if entity is not None and entity.label in _ACTORS_ONLY and not was_subject(
            entity, pronoun, agents=entity.label not in PLACE_LABELS):
        # "Doctors in Peru treated a boy. It spread": not Peru; "on Radio Kent's breakfast
        # show ... even if it arrived early": not the station
        entity = None
    if entity is not None and entity.label in _PEOPLE and pronoun.lower_ in PLURAL:
        entity = None  # "they" is seldom one person
    standing = pronoun.dep_ in SUBJECTS or pronoun.dep_ == "poss"  # "its plan": as "it"
    subject = subject_before(pronoun) if standing else None
    if subject is None and standing:
        subject = _thing_acted_on(pronoun) if pronoun.lower_ in NEUTER else _noun_before(
            pronoun, GROUP_NOUNS)
    named = (index.at(subject) or apposition_entity(subject, index)) if subject else None
    if named is not None and named.label in _PEOPLE and pronoun.lower_ in NEUTER:
        # "Ana Ruiz found a crystal. It was ...": a person the recogniser missed is no "it"
        subject = _thing_acted_on(pronoun)
        named = index.at(subject) if subject is not None else None
    elif named is not None and named.label in _PEOPLE and pronoun.lower_ in PLURAL and \
            subject is not None and len(conjuncts(subject)) == 1:
        # "Lynch notes they were appointed", the recogniser's ORG on a person's name: one
        # person is no "they"
        subject, named = None, None
    if subject is not None:
        if named is not None and not any(c.dep_ == "conj" for c in subject.children):
            return pronoun, named
        if named is not None:
            return subject, None  # "Ukraine and Poland ... They": both, as written
        if entity is None or subject.idx > _last_mention(entity, pronoun.idx) or \
                _passed_object(entity, subject, pronoun):
            return subject, None
    return pronoun, entity


def _passed_object(entity: Entity, subject: Token, pronoun: Token) -> bool:
    """ "Teachers will be barred from the Senate if they use phones": a name mentioned only
    as the object of a preposition between a subject and a subject pronoun of the same
    sentence is passed over for that subject; not one that acts or speaks there, after "by"
    or "according to" ("were told by WeWork to sign, otherwise it would")."""
    if pronoun.dep_ not in SUBJECTS or subject.sent.start != pronoun.sent.start:
        return False
    doc = pronoun.doc
    mentions = [m for m in entity.mentions if subject.idx < m.start < pronoun.idx]
    if not mentions:
        return False
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ == "by" or (
                span.root.head.i > 0 and span.root.head.nbor(-1).lower_ == "according"):
            return False
    return True


def _owner_before(pronoun: Token, index: MentionIndex, sex: str | None,
                  wanted: frozenset[str]) -> Entity | None:
    """ "Mora's role in the crash and whether he was to blame": a person named as the owner of
    the subject noun of the pronoun's sentence, with no other subject before the pronoun, is
    whom a subject "he" or "she" stands for, nearer than the subject of a sentence before; so
    is the owner of the main subject of the sentence before, for a "he" or "she" that opens
    its own, where that sentence names no other such person ("Mr Brandt's new book is a
    history. He also wrote a play"). Not when what is owned is a man or a person ("Mora's
    father said he"), who may be meant."""
    if pronoun.dep_ not in SUBJECTS:
        return None
    doc = pronoun.doc
    subjects = [doc[i] for i in range(pronoun.sent.start, pronoun.i) if doc[i].dep_ in SUBJECTS]
    before = doc[pronoun.sent.start - 1].sent if not subjects and pronoun.sent.start else None
    noun = subjects[0] if len(subjects) == 1 else main_subject(before) if before else None
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.lemma_.lower() in wanted or index.at(noun) is not None:
        return None
    entity = index.at(owner)
    labels = PRONOUNS[pronoun.lower_]
    if entity is None or not index.can_be(entity, labels, sex):
        return None
    if before is not None and any(
            other is not entity and index.can_be(other, labels, sex)
            for other in (index.at(t) for t in before) if other is not None):
        return None  # "Mr Brandt's book was praised by Lord Barnet. He": either may be meant
    return entity


def _noun_before(pronoun: Token, wanted: frozenset[str]) -> Token | None:
    """The nearest subject before a pronoun that is one of the wanted nouns: with no name to
    stand for, "he" is the man ("The man had skinned a sheep. He is being treated"), "they"
    the team ("The team arrived. They were ...")."""
    sent = pronoun.sent
    doc = pronoun.doc
    subjects = [doc[i] for i in range(pronoun.i - 1, sent.start - 1, -1)
                if doc[i].dep_ in SUBJECTS and doc[i].head.dep_ in CLAUSES]
    start = sent.start
    for _ in range(LOOK_BACK):
        if start == 0:
            break
        before = doc[start - 1].sent
        main = main_subject(before)
        subjects += [main] if main is not None else []
        start = before.start
    return next((t for t in subjects if t.tag_ == "NN" and t.lemma_.lower() in wanted), None)


def _newcomer(pronoun: Token, wanted: frozenset[str], entity: Entity) -> Token | None:
    """ "... reports Dana Price. A case was found in a 40-year-old farmer. He had ...": a person
    brought in by an indefinite noun in the sentence before a subject "he" or "she" (or in its
    own, before it), where neither the person named last nor a "he" or "she" is, is who the
    pronoun stands for."""
    if pronoun.dep_ not in SUBJECTS:
        return None
    doc, start = pronoun.doc, pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    if _last_mention(entity, pronoun.idx) >= doc[start].idx:
        return None
    words = (doc[i] for i in range(pronoun.i - 1, start - 1, -1))  # back from the pronoun
    noun = next((t for t in words if t.tag_ == "NN"
                 and t.lemma_.lower() in wanted and not t.ent_type_ and _a_participant(t) and any(
                     c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)), None)
    same = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
    if noun is None or any(t.lower_ in same for t in doc[start : noun.i]):
        return None  # "He's a nice boy, but what he has to offer": the one spoken of before
    return noun


def _a_participant(noun: Token) -> bool:
    """A noun that a verb other than "be" or "become" acts with, as its subject, its object or
    through a preposition: not what somebody is ("became a citizen", "is like a child"), nor a
    noun's modifier ("a video of a man")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ not in ("like", "as") \
        else noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() not in COPULAS


def _thing_acted_on(pronoun: Token) -> Token | None:
    """ "Doctors identified a new strain. It spreads fast": when no subject before can be
    "it", the one thing the sentence before acted on."""
    if pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    thing = next((c for c in before.root.children if c.dep_ == "dobj"), None)
    if thing is None or not _fits(thing, NEUTER) or thing.lemma_.lower() in PEOPLE:
        return None
    return thing


def _cited_via(entity: Entity, before: Token) -> bool:
    """Whether the last mention of an entity before a token names where a quote was got
    ("said, via the Daily Star", "via Ed Roe of the Star"): a source cited, not a thing
    spoken of."""
    start = _last_mention(entity, before.idx)
    span = before.doc.char_span(start, start + 1, alignment_mode="expand") if start >= 0 else None
    if span is None:
        return False
    return any(t.lower_ == "via" for t in span.root.ancestors)


def _last_mention(entity: Entity, before: int) -> int:
    return max((m.start for m in entity.mentions if m.start < before), default=-1)


def was_subject(entity: Entity, before: Token, *, agents: bool = False) -> bool:
    """Whether a mention of the entity shortly before a token is the subject of a clause in
    the text, not in a headline: the body tells its story anew ("N.Y. Completes Comeback" above
    "... Nelson won it": the game, not New York); with agents, also the one a passive's "by"
    names ("were told by Halvex Group to sign")."""
    doc = before.doc
    for mention in reversed(entity.mentions):
        if mention.start >= before.idx:
            continue
        if before.idx - mention.start > PRONOUN_REACH:
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or _headline(span.sent):
            continue
        root = span.root
        if root.dep_ in SUBJECTS or (agents and root.dep_ == "pobj" and root.head.dep_ == "agent"):
            return True
    return False


def _headline(sent: Span) -> bool:
    """A short sentence standing on a line of its own with no stop at its end."""
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > HEADLINE_WORDS or words[-1].text in LINE_STOPS:
        return False
    last = sent.doc[sent.end - 1]
    return "\n" in last.text_with_ws or sent.end == len(sent.doc)


def apposition_entity(head: Token, index: MentionIndex) -> Entity | None:
    """The entity an apposition to a common noun names ("the goalkeeper and captain, Bruno")."""
    for child in head.children:
        if child.dep_ == "appos" and index.at(child) is not None:
            return index.at(child)
        if child.dep_ == "conj" and child.pos_ == "NOUN":
            found = apposition_entity(child, index)
            if found is not None:
                return found
    return None
