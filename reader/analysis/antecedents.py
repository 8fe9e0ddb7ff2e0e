"""What pronouns and descriptions stand for beyond named entities: subjects, appositions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from reader.analysis.cue_speakers import source_of_statement, statement_owner
from reader.analysis.cue_words import CUE_NOUNS, CUE_VERBS, EVIDENCE
from reader.analysis.datelines import named_past, story_dash
from reader.analysis.noun_phrases import verb_compound
from reader.analysis.person_words import (
    BODY_KINDS,
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
ACTORS_ONLY = PLACE_LABELS | {"ORG", "EVENT"}
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
PEOPLE_LABELS = frozenset({"PERSON"})
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
_PUBLISHING = frozenset({"publish", "post", "write", "tweet", "present"})
_STATED = CUE_NOUNS | EVIDENCE
PERSON_ROLES = ROLES | PERSON_TITLES  # words for somebody, which name no place nor body
NO_SEX = NEUTER | PLURAL


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
        if fits_subject(subject, same) or (subject in here and _body_they(subject, same)):
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


def fits_subject(subject: Token, same: frozenset[str]) -> bool:
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


