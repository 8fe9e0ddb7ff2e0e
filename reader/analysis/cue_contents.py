"""What a cue verb reports: its clause, its object, its complement, or the sentence around it."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.clause_words import FINITE_TAGS
from reader.analysis.content_trims import after_relative_cue
from reader.analysis.cue_clauses import clause_content
from reader.analysis.cue_hosts import participle_taken_for_main
from reader.analysis.cue_infinitives import hung_infinitive
from reader.analysis.cue_inserted import (
    fragment_before,
    fronted_inserted,
    inserted,
    split_by_cue,
    with_fronted,
)
from reader.analysis.cue_spans import around, chars
from reader.analysis.cue_words import (
    CUE_NOUNS,
    CUE_VERBS,
    OBJECT_VERBS,
    PHRASAL_CUES,
    PREP_CUES,
    RELATIVE_PRONOUNS,
    STANCE_CUES,
    STATEMENT_NOUNS,
    XCOMP_CUES,
    cue_lemma,
)
from reader.analysis.naming_cues import CALLING, as_clause, as_complement, named_as
from reader.analysis.noun_cues import that_clause
from reader.analysis.object_ends import charge_end, somebody
from reader.analysis.statement_objects import agreed, light_content, published, shown

# Cue verbs whose object is what was said or thought ("declined that assignment", "fear a
# pact"), not those whose object is somebody told or something found ("told reporters").
_STATED_OBJECTS = CUE_VERBS - {"find", "know", "tell", "add", "feel", "see", "show", "inform",
                               "notify", "brief", "assure", "reassure", "advise", "ask", "beg",
                               "urge", "quote", "answer", "disclose", "learn",
                               "conclude"}  # "concluded its hearing": it ended it
# Cue verbs whose noun object is taken on or kept ("assumed office", "maintains a program"),
# no view; only a supposition's participle reports it ("assuming no loss of output").
_TAKEN_ON = frozenset({"assume", "maintain"})
# Verbs whose object may be a number dialled or a weight, no statement.
_DIALLED_OR_WEIGHED = frozenset({"call", "weigh"})
# Verbs that take what is given ("accepted the donations", "accept more refugees"), a stance
# only on a statement ("accept your claim that ...").
_TAKING = frozenset({"accept"})
# Pronouns that stand for what was said rather than point back to it ("proposed nothing that").
_INDEFINITES = frozenset({"nothing", "something", "anything", "everything"})
_CHARGES = frozenset({"of", "for", "with", "over"})
# Intent whose object is the stance taken ("Democrats want policies that raise revenue", "She
# declined that assignment").
WANTING = frozenset({"want", "decline"})
# An urging whose object is what is urged ("urged restraint on both sides").
_URGED = frozenset({"urge"})
# Verbs of answering, whose "to" brings what or whom is answered.
_ANSWERING = frozenset({"respond", "reply"})
_OBJECT_REPORTING = OBJECT_VERBS | _STATED_OBJECTS | WANTING | _URGED
_OBJECT_REPORTS = OBJECT_VERBS | XCOMP_CUES | _STATED_OBJECTS


def phrasal(verb: Token) -> bool:
    """Whether a verb is a cue by its particle ("ruled out", "laid out")."""
    particle = PHRASAL_CUES.get(cue_lemma(verb))
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                        for c in verb.children)


def complement(verb: Token) -> tuple[int, int] | None:
    """What a cue verb reports: its clause, its object, or the sentence it is inserted in."""
    found = judged(verb) or clause_content(verb) or _unjoined_verb(verb) or _that_object(verb) \
        or as_complement(verb) or \
        named_as(verb) or shown(verb) or published(verb) or _passive_object(verb) or \
        light_content(verb) or agreed(verb) or _called_for(verb) or hung_infinitive(verb) or \
        object_content(verb) or _so(verb) or fragment_before(verb) or split_by_cue(verb)
    if found is not None:
        return after_relative_cue(verb, with_fronted(verb, found))
    if participle_taken_for_main(verb):
        return None  # "Hale, noting the cost, said": not the participle's clause
    if (verb.dep_ in ("parataxis", "ccomp") or as_clause(verb)) and verb.head.i != verb.i:
        # "The plan, he said, ...", "As he noted, ..."
        return fronted_inserted(verb) or around(_subjects_clause(verb), verb) or (
            inserted(verb) if verb.dep_ == "parataxis" else None)
    return None


def _unjoined_verb(verb: Token) -> tuple[int, int] | None:
    """ "He added some plants, such as the Falcon mill, were doing well.": a tensed verb with
    no subject, joined to the cue by no 'and' or 'but', which the parse made the cue's second
    verb; the cue's object is its subject, and the two the clause reported."""
    thing = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if thing is None:
        return None
    for other in verb.rights:
        if other.dep_ != "conj" or other.i < thing.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in other.children):
            continue
        # "were showing", "was sound": an auxiliary or a copula carries the tense, as a verb
        # of the cue's subject's own would not ("added sugar, stirred the pot")
        tensed = (other.tag_ in FINITE_TAGS and other.lemma_ == "be") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in other.children)
        joined = any(t.dep_ in ("cc", "preconj") or t.lower_ in ("and", "but", "or")
                     for t in verb.doc[thing.right_edge.i + 1 : other.left_edge.i])
        between = verb.doc[thing.right_edge.i + 1 : other.left_edge.i]
        # a comma before the verb closes an aside inside the object ("some plants, such as
        # X, were"), not a list of the subject's acts ("denied the claims, was seen leaving")
        closes_aside = between.text.strip() != "," or any(
            t.text == "," for t in verb.doc[thing.left_edge.i : thing.right_edge.i + 1])
        last = verb.doc[other.left_edge.i - 1]  # the object's own head, or an aside's close
        next_to = last.i == thing.i or last.is_punct
        if tensed and not joined and closes_aside and next_to:
            return chars(verb.doc[thing.left_edge.i : other.right_edge.i + 1])
    return None


def as_put(verb: Token) -> tuple[int, int] | None:
    """ 'As the mayor put it, the city is "flat broke."': a sentence that opens with what
    somebody put so says it after the comma. Put after a clause, the as-clause often means a
    few words just before ('seen, as the paper put it, "the operator."'), not all of it."""
    if not as_clause(verb) or not verb.left_edge.is_sent_start or verb.head.i < verb.i:
        return None
    return around(verb.head, verb)


def _subjects_clause(verb: Token) -> Token:
    """ "The bridge, as the engineers noted, was never safe": an as-clause the parse hung on
    the subject it follows reports the subject's whole clause."""
    head = verb.head
    if as_clause(verb) and head.dep_ in ("nsubj", "nsubjpass") and head.i < verb.i:
        return head.head
    return head


# Verbs of judging, a stance only with what they judge something to be.
JUDGING = frozenset({"consider", "judge"})


def judged(verb: Token) -> tuple[int, int] | None:
    """ "did not consider him a serious rival", "judged the fort a lost cause": what something
    is judged to be, a small clause or two objects, never an infinitive of purpose ("consider a
    second job to save more")."""
    if cue_lemma(verb) not in JUDGING:
        return None
    said = [c for c in verb.rights if c.dep_ in ("ccomp", "oprd") and not any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if said:
        start = objects[0].left_edge.i if objects else said[0].left_edge.i
        return chars(verb.doc[start : said[-1].right_edge.i + 1])
    if len(objects) == 2:
        return chars(verb.doc[objects[0].left_edge.i : objects[1].right_edge.i + 1])
    return None


def _that_object(verb: Token) -> tuple[int, int] | None:
    """ "told a meeting of leaders that ...", "expressed concern that ...", "told him on a
    regular basis that ...": a that-clause the parse hung on the cue's object, or on a phrase
    after it."""
    for child in verb.rights:
        if child.dep_ in ("prep", "npadvmod") and child.lower_ not in PREP_CUES.get(
                cue_lemma(verb), ()):  # "on a regular basis", not "pointed to reports that"
            clause = _misread_that_clause(child)
            if clause is not None and cue_lemma(clause.head) in STATEMENT_NOUNS and \
                    not _own_words(child, clause):
                continue  # "offering help amid concerns that ...": the noun's own clause
        elif child.dep_ == "dobj":
            clause = _misread_that_clause(child) or (
                that_clause(child) if cue_lemma(child) in CUE_NOUNS else None)
        else:
            continue
        if clause is not None:
            return chars(verb.doc[clause.left_edge.i : clause.right_edge.i + 1])
    return None


def object_content(verb: Token) -> tuple[int, int] | None:
    """ "denied the allegations", "complained about his mic": what the cue's object or
    preposition names."""
    lemma = cue_lemma(verb)
    for child in verb.children:
        if child.dep_ == "dobj" and (lemma in _OBJECT_REPORTING or phrasal(verb)) and \
                child.lower_ not in RELATIVE_PRONOUNS and not _taken_on(verb, lemma, child):
            second = _second_object(verb, child)
            if lemma not in CALLING:
                child = second  # "offered Ruiz the second spot": what was offered
            end = _past_manner(verb, charge_end(verb, second))
            # "blasted him for not paying": a pronoun only with what it is charged with, or
            # as the one a stance is towards ("the union endorsed her")
            if child.pos_ != "PRON" or child.lower_ in _INDEFINITES or end > child.i or \
                    lemma in STANCE_CUES:
                return chars(verb.doc[child.left_edge.i : end + 1])
        if child.dep_ == "xcomp" and child.tag_ in ("VBG", "VBN") and \
                child.left_edge.i == verb.i + 1 and child.left_edge.tag_ == "VBG" and \
                lemma in _OBJECT_REPORTING:  # "cited improving care", "resented being held"
            return chars(verb.doc[child.left_edge.i : child.right_edge.i + 1])
        if child.dep_ == "prep" and child.lower_ in PREP_CUES.get(lemma, ()) and not (
                lemma == "refer" and any(c.dep_ == "dobj" for c in verb.children)) and \
                not _answered(lemma, child):
            # "complained about his mic": what was complained of, without the preposition
            start = min((c.left_edge.i for c in child.children
                         if c.dep_ in ("pobj", "pcomp")), default=child.i)
            return chars(verb.doc[start : charge_end(verb, child) + 1])
    return None


def _second_object(verb: Token, first: Token) -> Token:
    """ "offering Kasich the second spot on the ticket", "called North Korea an outlaw
    nation": of two objects the parse gave a cue one after the other, the second is the thing
    given, or what the first is called (not the halves of a word split at its hyphen,
    "the re-emergence")."""
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.i > first.i
                 and c.left_edge.i == first.right_edge.i + 1 and first.right_edge.whitespace_
                 and not c.left_edge.is_punct
                 and c.left_edge.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON")),
                first)


def _answered(lemma: str, prep: Token) -> bool:
    """ "responded to a grieving mother by saying ...": whom somebody answers is no part of
    what was said (what they answer is: "responded to the charges")."""
    return lemma in _ANSWERING and prep.lower_ == "to" and any(
        c.dep_ == "pobj" and somebody(c) for c in prep.children)


def _called_for(verb: Token) -> tuple[int, int] | None:
    """ "called for the mayor to resign", "lobbied for the district to hire nurses": what a
    verb calls for, an infinitive with its own subject that the parse opened with "for"."""
    if "for" not in PREP_CUES.get(cue_lemma(verb), ()):
        return None
    for clause in verb.rights:
        first = clause.left_edge
        if clause.dep_ == "advcl" and first.lower_ == "for" and first.dep_ == "mark" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return chars(verb.doc[first.i + 1 : clause.right_edge.i + 1])
    return None


def _taken_on(verb: Token, lemma: str, thing: Token) -> bool:
    if lemma in _DIALLED_OR_WEIGHED and (thing.like_num or any(
            c.dep_ == "nummod" for c in thing.children)):
        return True  # "called 911", "weighs 236 pounds": a number dialled, a weight
    if lemma == "refer" and any(c.dep_ == "prep" and c.lower_ == "to" and c.i > thing.i
                                for c in verb.children):
        return True  # "referred him to a clinic": sent on, not spoken of
    if lemma in _TAKING:  # "accept your claim", "accept his word that ..."
        return cue_lemma(thing) not in CUE_NOUNS and not any(
            c.dep_ in ("acl", "relcl") and c.left_edge.lower_ == "that" for c in thing.rights)
    return lemma in _TAKEN_ON and not (verb.tag_ == "VBG" and verb.dep_ == "advcl")


def _past_manner(verb: Token, end: int) -> int:
    """ "compared him favorably to Obama": what an object is likened or charged with goes on
    past an adverb of manner set between them."""
    doc = verb.doc
    if end + 2 >= len(doc) or doc[end + 1].dep_ != "advmod" or doc[end + 1].head.i != verb.i:
        return end
    prep = doc[end + 2]
    if prep.dep_ == "prep" and prep.head.i == verb.i and prep.lower_ in _CHARGES | {"to", "as"}:
        return prep.right_edge.i
    return end


def _so(verb: Token) -> tuple[int, int] | None:
    """ "He doesn't think so", "she said so", "said as much": the words that stand for what
    was said."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "as" and verb.i + 2 < len(doc) and \
            doc[verb.i + 2].lower_ == "much" and doc[verb.i + 2].head.i == verb.i:
        return chars(doc[after.i : after.i + 2])  # "said as much in an interview"
    if after is None or after.lower_ != "so" or after.head.i != verb.i or after.dep_ != "advmod":
        return None
    return chars(doc[after.i : after.i + 1])


def _passive_object(verb: Token) -> tuple[int, int] | None:
    """ "The plan was endorsed by the union": what the agent endorsed is the passive subject.
    With no agent, the claim is the subject with what it is charged with or expected to do
    ("The guards were accused of selling keys", "He was criticized for his policies"), with an
    agent or not ("accused by the union of selling keys")."""
    if cue_lemma(verb) not in _OBJECT_REPORTS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    charge = next((c for c in verb.rights if (c.dep_ == "prep" and c.lower_ in _CHARGES)
                   or c.dep_ == "xcomp"), None) or _agent_charge(verb)
    if charge is not None:  # "The guards were accused (by the union) of selling keys"
        return chars(verb.doc[subject.left_edge.i : charge.right_edge.i + 1])
    if any(c.dep_ == "agent" for c in verb.children):
        if subject.pos_ == "PRON":
            return None  # "it was endorsed by": what it stands for is said elsewhere
        return chars(verb.doc[subject.left_edge.i : subject.right_edge.i + 1])
    return None  # "The plan was endorsed last week": nobody and nothing more said


def _agent_charge(verb: Token) -> Token | None:
    """ "accused by critics of lying", "praised by fans for his goal": the charge the parse hung
    on the agent's noun; 'of' only after 'accuse' ("praised by fans of the club" names who)."""
    nouns = [n for a in verb.children if a.dep_ == "agent" for n in a.children if n.dep_ == "pobj"]
    allowed = _CHARGES if cue_lemma(verb) == "accuse" else _CHARGES - {"of"}
    return next((c for n in nouns for c in reversed(list(n.rights))
                 if c.dep_ == "prep" and c.lower_ in allowed), None)


def _own_words(prep: Token, clause: Token) -> bool:
    """ "noted in his remarks that ...", "stressed during the interview that ...": the
    statement the cue's "in" or "during" names is where the cue's own words were said, so its
    that-clause is what the cue reports."""
    return prep.lower_ in ("in", "during") and clause.head.head.i == prep.i


def _misread_that_clause(recipient: Token) -> Token | None:
    """A "that" clause the parse hung on a cue's object as a relative clause, though its "that"
    is a complementizer (a relative "that" is the clause's subject or object)."""
    for token in recipient.subtree:
        if token.dep_ in ("relcl", "acl") and token.left_edge.lower_ == "that" and \
                token.left_edge.dep_ == "mark" and token.left_edge.head.i == token.i:
            return token
    return None


