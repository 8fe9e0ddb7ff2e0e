"""What a cue verb reports: its clause, its object, its complement, or the sentence around it."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_phrases import NOUN_PREPS, that_clause
from reader.analysis.cue_spans import (
    around,
    charge_end,
    chars,
    clause_end,
    coordinated_end,
    own_cue_start,
)
from reader.analysis.cue_words import (
    CUE_NOUNS,
    CUE_VERBS,
    EVIDENCE,
    INSERT_PUNCT,
    LIGHT_VERBS,
    OBJECT_VERBS,
    PERMITTING_CUES,
    PHRASAL_CUES,
    PREP_CUES,
    RELATIVE_PRONOUNS,
    STANCE_CUES,
    STATEMENT_NOUNS,
    URGING_CUES,
    XCOMP_CUES,
    cue_lemma,
)

# Cue verbs whose object is what was said or thought ("declined that assignment", "fear a
# pact"), not those whose object is somebody told or something found ("told reporters").
_STATED_OBJECTS = CUE_VERBS - {"find", "know", "tell", "add", "feel", "see", "show", "inform",
                               "notify", "brief", "assure", "reassure", "advise", "ask", "beg",
                               "urge", "quote", "answer", "disclose",
                               "conclude"}  # "concluded its hearing": it ended it
# Cue verbs whose noun object is taken on or kept ("assumed office", "maintains a program"),
# no view; only a supposition's participle reports it ("assuming no loss of output").
_TAKEN_ON = frozenset({"assume", "maintain"})
# Verbs that take what is given ("accepted the donations", "accept more refugees"), a stance
# only on a statement ("accept your claim that ...").
_TAKING = frozenset({"accept"})
# Pronouns that stand for what was said rather than point back to it ("proposed nothing that").
_INDEFINITES = frozenset({"nothing", "something", "anything", "everything"})
# A cue's own words, set off inside the sentence it reports ("he told me on Friday").
_OWN_WORDS = frozenset({"nsubj", "aux", "neg", "advmod", "dobj", "dative", "prep", "npadvmod",
                        "prt"})
_CHARGES = frozenset({"of", "for", "with", "over"})
# Intent whose object is the stance taken ("Democrats want policies that raise revenue", "She
# declined that assignment").
WANTING = frozenset({"want", "decline"})
# An urging whose object is what is urged ("urged restraint on both sides").
_URGED = frozenset({"urge"})
_OBJECT_REPORTING = OBJECT_VERBS | _STATED_OBJECTS | WANTING | _URGED
_OCCASIONS = frozenset({"after", "since", "when", "as", "because"})
_ABOUT = NOUN_PREPS | {"between"}  # what a statement is about ("drew links between")
URGING = URGING_CUES | PERMITTING_CUES
# Urging by words alone, whose infinitive is never a purpose ("convince a court to ...", not
# "pushed the cart to make room").
PERSUADING = frozenset({"encourage", "persuade", "convince", "implore", "exhort", "entreat",
                        "counsel", "remind", "dare"})


def urged(verb: Token, clause: Token) -> bool:
    """ "convince a court to throw out the rules": an infinitive right after the one urged,
    which the parse took for a clause of purpose, is what they are urged to do."""
    person = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return clause.dep_ == "advcl" and person is not None and \
        clause.left_edge.i == person.right_edge.i + 1 and clause.left_edge.lower_ == "to"


def phrasal(verb: Token) -> bool:
    """Whether a verb is a cue by its particle ("ruled out", "laid out")."""
    particle = PHRASAL_CUES.get(cue_lemma(verb))
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                        for c in verb.children)


def complement(verb: Token) -> tuple[int, int] | None:
    """What a cue verb reports: its clause, its object, or the sentence it is inserted in."""
    found = judged(verb) or _clause_content(verb) or _that_object(verb) or as_complement(verb) or \
        _named_as(verb) or shown(verb) or published(verb) or _passive_object(verb) or \
        light_content(verb) or agreed(verb) or object_content(verb) or _so(verb)
    if found is not None:
        return found
    if (verb.dep_ in ("parataxis", "ccomp") or as_clause(verb)) and verb.head.i != verb.i:
        # "The plan, he said, ...", "As he noted, ..."
        return around(verb.head, verb) or (_inserted(verb) if verb.dep_ == "parataxis"
                                            else None)
    return None


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


def _clause_content(verb: Token) -> tuple[int, int] | None:
    """ "said the talks failed", "vowed to fight": the clause a cue reports."""
    lemma = cue_lemma(verb)
    for child in sorted(verb.children, key=lambda c: (not _reported_clause(verb, c),
                                                      not _marked_that(verb, c), c.i)):
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and lemma in XCOMP_CUES | URGING) \
                or (child.dep_ == "advcl" and (_marked_that(verb, child)
                                               or _unmarked_clause(verb, child))) \
                or (lemma in PERSUADING and urged(verb, child)):  # misread complements
            if not _reported_clause(verb, child):
                continue
            start = child.left_edge.i  # "told him to leave" reports "to leave"
            start = _object_as_subject(verb, child, start)
            if child.dep_ == "advcl" and _unmarked_clause(verb, child):  # "said after X he"
                start = min(c.left_edge.i for c in child.children
                            if c.dep_ in ("nsubj", "nsubjpass") or c.lower_ in _QUESTION_WORDS)
            if child.dep_ == "xcomp" and lemma in PERMITTING_CUES:
                start = min((c.left_edge.i for c in verb.children if c.dep_ == "dobj"
                             and c.i > verb.i), default=start)  # "lets members vote"
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if child.dep_ == "xcomp" and subject is not None and subject.i < verb.i and \
                    subject.lower_ not in RELATIVE_PRONOUNS:
                start = subject.left_edge.i  # "One voter in nine is expected to be Latino"
            end = coordinated_end(verb, child)
            if child.dep_ == "ccomp" and child.i > verb.i:
                end = clause_end(verb, end)
            if child.dep_ == "xcomp":
                end = _before_past_occasion(child, end)
            return chars(verb.doc[start : own_cue_start(child, start, end)])
    return None


def _object_as_subject(verb: Token, clause: Token, start: int) -> int:
    """ "seemed to think the outreach to voters was phony": a clause with no subject after the
    cue's object, which is the clause's subject the parse took for the cue's object."""
    if clause.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                     for c in clause.children):
        return start
    thing = next((c for c in verb.children if c.dep_ == "dobj"
                  and verb.i < c.i and c.right_edge.i < clause.left_edge.i), None)
    return start if thing is None else thing.left_edge.i


def _before_past_occasion(clause: Token, end: int) -> int:
    """ "warned them to tighten security after hackers struck": what is urged or promised lies
    ahead; a past event closing it ("after hackers struck") is the writer's occasion for it."""
    occasion = next((c for c in clause.rights if c.dep_ == "advcl" and c.tag_ == "VBD"
                     and c.right_edge.i >= end and any(
                         m.dep_ == "mark" and m.lower_ in _OCCASIONS for m in c.children)),
                    None)
    return end if occasion is None else occasion.left_edge.i - 1


def _that_object(verb: Token) -> tuple[int, int] | None:
    """ "told a meeting of leaders that ...", "expressed concern that ...", "told him on a
    regular basis that ...": a that-clause the parse hung on the cue's object, or on a phrase
    after it."""
    for child in verb.rights:
        if child.dep_ in ("prep", "npadvmod") and child.lower_ not in PREP_CUES.get(
                cue_lemma(verb), ()):  # "on a regular basis", not "pointed to reports that"
            clause = _misread_that_clause(child)
            if clause is not None and cue_lemma(clause.head) in STATEMENT_NOUNS:
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
            end = _past_manner(verb, charge_end(verb, child))
            # "blasted him for not paying": a pronoun only with what it is charged with, or
            # as the one a stance is towards ("the union endorsed her")
            if child.pos_ != "PRON" or child.lower_ in _INDEFINITES or end > child.i or \
                    lemma in STANCE_CUES:
                return chars(verb.doc[child.left_edge.i : end + 1])
        if child.dep_ == "xcomp" and child.tag_ in ("VBG", "VBN") and \
                child.left_edge.i == verb.i + 1 and child.left_edge.tag_ == "VBG" and \
                lemma in _OBJECT_REPORTING:  # "cited improving care", "resented being held"
            return chars(verb.doc[child.left_edge.i : child.right_edge.i + 1])
        if child.dep_ == "prep" and child.lower_ in PREP_CUES.get(lemma, ()):
            # "complained about his mic": what was complained of, without the preposition
            start = min((c.left_edge.i for c in child.children
                         if c.dep_ in ("pobj", "pcomp")), default=child.i)
            return chars(verb.doc[start : charge_end(verb, child) + 1])
    return None


def _taken_on(verb: Token, lemma: str, thing: Token) -> bool:
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
    """ "He doesn't think so", "she said so": the "so" that stands for what was said."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ != "so" or after.head.i != verb.i or after.dep_ != "advmod":
        return None
    return chars(verb.doc[after.i : after.i + 1])


_QUESTION_WORDS = frozenset({"when", "where", "how", "why", "whether"})


def _unmarked_clause(verb: Token, clause: Token) -> bool:
    """ "Trump said after the convention he would not accept ...": a clause with its own subject
    and no conjunction after a verb of saying, which the parse took for an adverbial clause, is
    what was said."""
    if clause.i < verb.i or cue_lemma(verb) not in CUE_VERBS or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    opener = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
    # "have not said when they would take up the bill": a question, with a modal, is said
    return not opener or (opener[0].lower_ in _QUESTION_WORDS and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children))


def _marked_that(verb: Token, clause: Token) -> bool:
    """ "Should it fail, critics worry that ...": the that-clause after the cue is what it
    reports, before any clause the parse also hung on it."""
    first = clause.left_edge  # "tweeted that X was ...", its "that" read as an adverb
    return clause.i > verb.i and (any(m.dep_ == "mark" and m.lower_ == "that"
                                      for m in clause.children) or (
        first.lower_ == "that" and first.dep_ == "advmod" and first.head.i == clause.i))


def as_clause(verb: Token) -> bool:
    """ "As one adviser pointed out, Hawaii ...": a cue in an as-clause reports its sentence."""
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                        for m in verb.children)


def _passive_object(verb: Token) -> tuple[int, int] | None:
    """ "The plan was endorsed by the union": what the agent endorsed is the passive subject.
    With no agent, the claim is the subject with what it is charged with or expected to do
    ("The guards were accused of selling keys", "He was criticized for his policies")."""
    if cue_lemma(verb) not in OBJECT_VERBS | XCOMP_CUES | _STATED_OBJECTS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    charge = next((c for c in verb.rights if (c.dep_ == "prep" and c.lower_ in _CHARGES)
                   or c.dep_ == "xcomp"), None)
    if any(c.dep_ == "agent" for c in verb.children):
        if subject.pos_ == "PRON":
            return None  # "it was endorsed by": what it stands for is said elsewhere
        return chars(verb.doc[subject.left_edge.i : subject.right_edge.i + 1])
    if charge is None:
        return None  # "The plan was endorsed last week": nobody and nothing more said
    return chars(verb.doc[subject.left_edge.i : charge.right_edge.i + 1])


def _misread_that_clause(recipient: Token) -> Token | None:
    """A "that" clause the parse hung on a cue's object as a relative clause, though its "that"
    is a complementizer (a relative "that" is the clause's subject or object)."""
    for token in recipient.subtree:
        if token.dep_ in ("relcl", "acl") and token.left_edge.lower_ == "that" and \
                token.left_edge.dep_ == "mark" and token.left_edge.head.i == token.i:
            return token
    return None


def _reported_clause(verb: Token, clause: Token) -> bool:
    """Whether a clause is what its cue reports: one after it ("said the talks failed"), or one
    before it that a comma or quote mark hands over ("The talks failed, he said"); a clause
    closed by a colon or semicolon ("A scenario; the team says ...") is a sentence of its own."""
    if clause.i > verb.i:
        return not _predicate_of_head(verb, clause)
    after = clause.right_edge.i + 1
    return after < verb.i and verb.doc[after].text in INSERT_PUNCT


def _predicate_of_head(verb: Token, clause: Token) -> bool:
    """ "Nothing the minister said was new": a cue in a relative clause on the noun before it,
    with a clause after it that has no subject, the parse's reading of the sentence's own
    predicate."""
    return verb.dep_ == "relcl" and clause.dep_ == "ccomp" and verb.head.i < verb.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


def _named_as(verb: Token) -> tuple[int, int] | None:
    """ "called the senator a 'nasty guy'": the object with what it is called."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in verb.children if c.dep_ == "oprd"]
    if not named:
        return None
    start = objects[0].left_edge.i if objects else named[0].left_edge.i
    return chars(verb.doc[start : named[-1].right_edge.i + 1])


def as_complement(verb: Token) -> tuple[int, int] | None:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.subtree:
        if child.lower_ == "as" and child.dep_ == "prep" and child.head.i in (
                verb.i, *(c.i for c in verb.children if c.dep_ == "prep")):
            ends = [c.right_edge.i for c in child.children] or [child.i]
            start = objects[0].left_edge.i if objects else child.i + 1
            return chars(verb.doc[start : max(ends) + 1])
    return None


def _inserted(verb: Token) -> tuple[int, int] | None:
    """The sentence around a cue set off by commas, where the parse hung the sentence's parts
    on the cue ("Though it went well, he said, replacing her would be hard"): the cue's own
    words (speaker, verb, whom it was told) stay inside the span when the sentence goes on
    after them."""
    doc, sent = verb.doc, verb.sent
    own = [verb.i] + [t.i for c in verb.children if c.dep_ in _OWN_WORDS for t in c.subtree]
    left, right = min(own), max(own)
    if left == 0 or doc[left - 1].text not in INSERT_PUNCT:
        return None
    before = [t for t in doc[sent.start : left] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[right + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not before:
        return None
    if not after:
        return chars(doc[before[0].i : before[-1].i + 1])
    if right + 1 >= len(doc) or doc[right + 1].text not in INSERT_PUNCT:
        return None
    return chars(doc[before[0].i : after[-1].i + 1])


def light_content(verb: Token) -> tuple[int, int] | None:
    """ "raised questions about his mic", "made the case for Clinton": what the statement a
    verb makes of its object is about."""
    if cue_lemma(verb) not in LIGHT_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or cue_lemma(noun) not in STATEMENT_NOUNS:
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _ABOUT), None) or \
        next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _ABOUT
              and c.i == noun.right_edge.i + 1), None)
    if prep is None:
        return None
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return chars(verb.doc[objects[0].left_edge.i : prep.right_edge.i + 1]) if objects else None


# Verbs that reach an agreement, and the agreements they reach, whose infinitive is what
# was agreed ("reached a deal to cut emissions").
AGREEING = frozenset({"reach", "strike", "extract", "sign", "forge", "negotiate", "broker",
                      "secure", "seal", "clinch", "win"})
AGREEMENTS = frozenset({"agreement", "deal", "pact", "accord", "compromise", "consensus",
                        "understanding", "arrangement", "bargain", "treaty"})


def agreed(verb: Token) -> tuple[int, int] | None:
    """ "they extracted an agreement to set goals": what those who reach an agreement agree
    to do."""
    if cue_lemma(verb) not in AGREEING:
        return None
    deal = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if deal is None or cue_lemma(deal) not in AGREEMENTS:
        return None
    aim = next((c for c in deal.rights if c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) or next(
        (c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i == deal.right_edge.i + 1
         and c.left_edge.lower_ == "to"), None)  # the parse hung it on the verb
    return None if aim is None else chars(verb.doc[aim.left_edge.i : aim.right_edge.i + 1])


# Verbs that put out a text or a message ("sent a letter", "released an ad"), and what they
# put out: a cue only with such an object, which is what was said.
PUBLISHING = frozenset({"release", "unveil", "issue", "send", "present", "deliver", "unleash",
                        "circulate", "distribute", "air", "run", "launch", "pen", "draft",
                        "fire", "file"})
MESSAGES = frozenset({
    "letter", "memo", "statement", "report", "ad", "advertisement", "commercial", "tweet", "post",
    "message", "paper", "proposal", "list", "feature", "article", "editorial", "op-ed",
    "column", "essay", "note", "email", "brief", "petition", "manifesto", "warning",
    "ultimatum", "rebuttal", "response", "open letter", "press release", "release", "plan"})
_AMOUNTS = frozenset({"series", "flurry", "barrage", "stream", "string", "volley", "spate",
                      "number", "couple", "pair", "set"})


def published(verb: Token) -> tuple[int, int] | None:
    """ "unleashed a flurry of tweets shaming her", "sent a letter opposing the plan": the text
    a verb puts out, with what the clause goes on to say of it."""
    if cue_lemma(verb) not in PUBLISHING and not (cue_lemma(verb) == "put" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
        return None  # "put out a statement", not "put the plan into action"
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        return None
    noun = thing
    if cue_lemma(thing) in _AMOUNTS:  # "a series of tweets"
        noun = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), thing)
    if cue_lemma(noun) not in MESSAGES:
        return None
    end = last = thing.right_edge.i
    for child in verb.rights:  # "sent a letter on Friday opposing the plan"
        if child.i <= last:
            continue
        if child.dep_ in ("punct", "cc", "conj", "parataxis"):
            break
        last = child.right_edge.i
        if child.tag_ == "VBG" or child.dep_ in ("advcl", "acl", "relcl", "xcomp") or any(
                t.dep_ in ("acl", "relcl") for t in child.subtree):
            end = last  # when and where it was sent stay out, unless what it says follows
    return chars(verb.doc[thing.left_edge.i : end + 1])


def shown(verb: Token) -> tuple[int, int] | None:
    """ "Polls show Clinton with a narrow lead": what a poll, a study or a video shows, from its
    object to the end of the clause."""
    if cue_lemma(verb) not in ("show", "find") or not any(
            c.dep_ == "nsubj" and cue_lemma(c) in EVIDENCE for c in verb.children):
        return None
    shown = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if shown is None:
        return None
    end = shown.right_edge.i
    for child in verb.rights:  # "shows Clinton likewise ahead by four points"
        if child.left_edge.i == end + 1 and child.dep_ in ("prep", "npadvmod", "advmod", "oprd",
                                                            "xcomp"):
            end = child.right_edge.i
    return chars(verb.doc[shown.left_edge.i : end + 1])
