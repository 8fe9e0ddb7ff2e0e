"""Finding in a parsed sentence who is reported to say what: cue verbs and what they report."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reader.analysis.cue_phrases import (
    ACCOUNTS,
    EVIDENT,
    MESSAGES,
    RECEIVED,
    according,
    adjective_cue,
    agreed,
    by_account,
    evident,
    headline_cue,
    in_finding,
    light_content,
    noun_cue,
    published,
    received,
    shown,
    that_clause,
    view_is,
)
from reader.analysis.cue_spans import (
    Attribution,
    around,
    charge_end,
    chars,
    clause_end,
    coordinated_end,
    own_cue_start,
)
from reader.analysis.cue_speakers import noun_phrase as noun_phrase  # shared with speakers
from reader.analysis.cue_speakers import speaker_phrase
from reader.analysis.cue_words import (
    AGENT_LABELS,
    ANY_NOUN_CUE,
    ANY_VERB_CUE,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    CUE_VERBS,
    INSERT_PUNCT,
    INTENT_CUES,
    OBJECT_VERBS,
    PERMITTING_CUES,
    PHRASAL_CUES,
    PREP_CUES,
    RELATIVE_PRONOUNS,
    RULES,
    SPEECH_VERBS,
    URGING_CUES,
    VIEW_NOUNS,
    XCOMP_CUES,
    cue_lemma,
)

# Cue verbs whose object is what was said or thought ("declined that assignment", "fear a
# pact"), not those whose object is somebody told or something found ("told reporters").
_STATED_OBJECTS = CUE_VERBS - {"find", "know", "tell", "add", "feel", "see", "show", "inform",
                               "notify", "brief", "assure", "reassure", "advise", "ask", "beg",
                               "urge", "quote", "answer", "disclose"}
# Pronouns that stand for what was said rather than point back to it ("proposed nothing that").
_INDEFINITES = frozenset({"nothing", "something", "anything", "everything"})
# A cue's own words, set off inside the sentence it reports ("he told me on Friday").
_OWN_WORDS = frozenset({"nsubj", "aux", "neg", "advmod", "dobj", "dative", "prep", "npadvmod",
                        "prt"})
_CHARGES = frozenset({"of", "for", "with", "over"})
# Cues too common in their other senses to stand without what they report ("see X as Y").
_AMBIGUOUS_CUES = frozenset({"call", "show", "find", "know", "feel", "see", "view"})
_SEEING_AS = frozenset({"see", "view"})  # a stance only as "see X as Y"
# Verbs that present something as something else, a cue only so ("painted the deal as a win").
_CASTING_AS = frozenset({"regard", "frame", "cast", "paint", "depict", "cover", "treat",
                         "present", "bill", "pitch", "spin", "market", "sell"})
# Intent whose object is the stance taken ("Democrats want policies that raise revenue", "She
# declined that assignment").
_WANTING = frozenset({"want", "decline"})
# An urging whose object is what is urged ("urged restraint on both sides").
_URGED = frozenset({"urge"})
_OBJECT_REPORTING = OBJECT_VERBS | _STATED_OBJECTS | _WANTING | _URGED
# What a verb of going on speaking may not take ("prices continued to fall", "went on to win").
_GOING_ON_WITH = frozenset({"dobj", "xcomp", "ccomp", "prep", "advcl", "acomp", "attr"})
_OCCASIONS = frozenset({"after", "since", "when", "as", "because"})
_NAMING_ONESELF = frozenset({"name", "identify", "quote", "cite"})
_URGING = URGING_CUES | PERMITTING_CUES
# Urging by words alone, whose infinitive is never a purpose ("convince a court to ...", not
# "pushed the cart to make room").
_PERSUADING = frozenset({"encourage", "persuade", "convince", "implore", "exhort", "entreat",
                         "counsel", "remind", "dare"})
_FELT_ABOUT = frozenset({"about", "over", "by", "with", "at", "of", "to"})  # "worried about"
_SEEMING = frozenset({"seem", "appear", "look", "sound", "feel"})  # "seems to me"
_MAKING = frozenset({"make", "let", "have"})
_CLOSING = frozenset({"\"", "”", "’", "'", "''", "»"})


def attributions(sent: Span) -> Iterator[Attribution]:
    """Every reporting cue of one parsed sentence, with its speaker and content where found."""
    found = [a for a in map(_cue_at, sent) if a is not None]
    headline = None if any(a.content for a in found) else headline_cue(sent)
    if headline is not None:  # the parse found the cue, at most, not what it reports
        found = [a for a in found if a.cue != headline.cue] + [headline]
    yield from found


def _cue_at(token: Token) -> Attribution | None:
    if token.lower_ == "according":
        return according(token)
    if token.lower_ == "in" and token.is_sent_start:
        return in_finding(token)
    if token.pos_ in ("VERB", "AUX"):
        return _verb_cue(token, cue_lemma(token))
    if token.lower_ in EVIDENT and token.pos_ == "ADJ":
        return evident(token)
    if token.lower_ in CUE_ADJECTIVES and token.dep_ in ("acomp", "advcl"):
        return adjective_cue(token)
    if token.dep_ == "pobj" and cue_lemma(token) in ACCOUNTS:
        return by_account(token)
    if cue_lemma(token) in VIEW_NOUNS and token.pos_ == "NOUN" and token.dep_ == "nsubj":
        view = view_is(token)
        if view is not None:
            return view
    found = noun_cue(token) if cue_lemma(token) in ANY_NOUN_CUE and token.pos_ == "NOUN" \
        else None
    if found is None and token.pos_ == "NOUN" and cue_lemma(token) in RECEIVED:
        found = received(token)  # "faced criticism from the press"
    if found is None and token.pos_ == "NOUN" and cue_lemma(token) in CUE_VERBS | XCOMP_CUES:
        return _misread_verb(token)
    return found


def _misread_verb(token: Token) -> Attribution | None:
    """ "Police allege that ...", "the campaign plans to ...", parsed as a noun after a noun:
    the verb of the subject before it, reporting the clause after it."""
    subject = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1), None)
    clause = that_clause(token) or next(  # "House panel votes to hold ..."
        (c for c in token.rights if c.dep_ in ("acl", "relcl", "xcomp") and c.left_edge.i ==
         token.i + 1 and c.left_edge.lower_ == "to"), None)
    if subject is None or clause is None or token.dep_ != "ROOT":
        return None
    return Attribution((token.i, token.i + 1), noun_phrase(subject),
                       chars(token.doc[clause.left_edge.i : clause.right_edge.i + 1]))


def _verb_cue(token: Token, lemma: str) -> Attribution | None:
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children):
        return Attribution((token.i, token.i + 2), speaker_phrase(token), None)  # as X put it
    if token.dep_ == "acl" and token.tag_ == "VBG" and (
            cue_lemma(token.head) in MESSAGES | CUE_NOUNS or token.head.ent_type_ in AGENT_LABELS
            ) and _cue_verb(token, lemma):
        return _message_saying(token)  # "a statement announcing the pick"
    if token.dep_ in ("acl", "amod") or _bare_participle(token):  # "earmarks added into"
        return None
    quoted_as = _quoted_as(token, lemma)
    if quoted_as is not None:
        return quoted_as
    if _goes_on(token, lemma):  # '"...," she continued.', 'He went on: "..."'
        return Attribution((token.i, _cue_end(token)), speaker_phrase(token), None)
    if _cue_verb(token, lemma) or (token.pos_ == "VERB" and _that_clause_after(token)
                                   and speaker_phrase(token) is not None):
        # any verb with a that-clause reports it: "the court ruled that ..."
        return Attribution((token.i, _cue_end(token)), speaker_phrase(token),
                           _complement(token))
    if token.tag_ == "VBN" and token.lower_ in CUE_ADJECTIVES:
        return _feeling(token)  # "Residents were worried that ..."
    if lemma in _SEEMING:
        return _seeming_to(token)
    return None


def _seeming_to(verb: Token) -> Attribution | None:
    """ "It seems to me that the deal is dead", "The war seemed far away to voters": how
    something seems to somebody is their judgement."""
    judge = next((g for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    said = [c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "oprd", "attr", "ccomp")]
    if judge is None or subject is None or not said or cue_lemma(verb.head) in _MAKING:
        return None  # "makes him seem kinder to X": nobody's judgement
    start = said[0].left_edge.i if subject.lower_ == "it" else subject.left_edge.i
    end = max(c.right_edge.i for c in said)
    return Attribution((verb.i, verb.i + 1), noun_phrase(judge),
                       chars(verb.doc[start : end + 1]))


def _message_saying(verb: Token) -> Attribution | None:
    """ "a letter urging voters to ...", "an ad questioning why she ...": a text says what the
    participle it carries reports."""
    content = _complement(verb)
    if content is None:
        return None
    return Attribution((verb.i, _cue_end(verb)), noun_phrase(verb.head), content)


def _feeling(participle: Token) -> Attribution | None:
    """ "Protesters were frustrated that ...", "Parents are worried about the fees": a feeling
    the parse read as a passive verb is its subject's stance on the clause or the object."""
    subject = next((c for c in participle.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and \
            participle.dep_ == "relcl":
        subject = participle.head  # "a council which is dedicated to ..."
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or any(
            c.tag_ == "MD" for c in participle.children):
        return None  # "if he can be convinced that": a stance yet to be won
    content = None
    for child in participle.rights:
        if child.dep_ == "ccomp":
            content = chars(participle.doc[child.left_edge.i : child.right_edge.i + 1])
        elif child.dep_ in ("prep", "agent") and child.lower_ in _FELT_ABOUT and child.n_rights:
            content = chars(participle.doc[min(c.left_edge.i for c in child.rights)
                                           : child.right_edge.i + 1])
        if content is not None:
            return Attribution((participle.i, participle.i + 1), noun_phrase(subject), content)
    return None


def _quoted_as(verb: Token, lemma: str) -> Attribution | None:
    """ "The minister was quoted as saying that ...": the one quoted says what the participle
    reports."""
    if lemma != "quote":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    saying = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ == "pcomp" and cue_lemma(g) in SPEECH_VERBS),
                  None)
    if subject is None or saying is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return Attribution((verb.i, saying.i + 1), noun_phrase(subject), _complement(saying))


def _anonymity(clause: Token) -> bool:
    """ "who declined to be named", "asked not to be identified": a source keeping its name
    out of the story, which is no stance on the story."""
    return cue_lemma(clause) in _NAMING_ONESELF and any(c.dep_ == "auxpass"
                                                         for c in clause.children)


def _goes_on(verb: Token, lemma: str) -> bool:
    """Whether a verb says that somebody went on speaking, standing beside a quote with nothing
    else to report ('"...," she continued', 'He went on: "..."')."""
    if not (lemma == "continue" or (lemma == "go" and any(
            c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))):
        return False
    if any(c.dep_ in _GOING_ON_WITH and c.i > verb.i for c in verb.children):
        return False  # "prices continued to fall", "went on to win"
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    start = verb.i if subject is None else min(verb.i, subject.left_edge.i)
    after = doc[verb.i + 1].text if verb.i + 1 < len(doc) else ""
    return any(t.text in _CLOSING for t in doc[max(0, start - 2) : start]) or after == ":"


def _bare_participle(verb: Token) -> bool:
    """ "spread by a virus - one often found in bats": a past participle with no auxiliary,
    which the parse gave the clause before it, describes something; nobody reports that clause
    with it (unlike '"...," said Mr. X', where the speaker follows)."""
    kids = list(verb.children)
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids) and \
        any(c.dep_ == "ccomp" and c.i < verb.i for c in kids) and \
        not any(c.is_quote or (c.dep_ in ("nsubj", "dobj") and c.i > verb.i)
                for c in kids)  # '"...," said Mr. X', '"...," added KCNA'


def _cue_verb(token: Token, lemma: str) -> bool:
    """Whether a verb is a cue here: intent and urging only with what they intend or urge
    ("wants to cut taxes"), common verbs only with what they report ("see X as Y")."""
    if lemma in INTENT_CUES:
        return token.pos_ == "VERB" and token.dep_ != "xcomp" and any(
            (c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
             and not _anonymity(c))
            or (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and lemma in _WANTING)
            or (c.dep_ == "prep" and c.lower_ in PREP_CUES.get(lemma, ()))  # decided against
            for c in token.children)
    if lemma in PERMITTING_CUES:  # "the rules let members vote", not "the storm let them go"
        return token.pos_ == "VERB" and _by_rule(token) and any(
            c.dep_ == "xcomp" or _infinitive_with_subject(c) for c in token.children)
    if lemma in _URGING:
        return token.pos_ == "VERB" and any(
            c.dep_ == "xcomp" or (lemma in _PERSUADING and _urged(token, c))
            for c in token.children)
    if lemma in PHRASAL_CUES:  # "ruled out a deal", or "ruled against the state"
        return (_phrasal(token) or _prep_cue(token, lemma)) and \
            _object_content(token) is not None
    if lemma in _CASTING_AS:  # "covered the vote as a reunification"
        return _as_complement(token) is not None
    if lemma not in ANY_VERB_CUE:
        # "raised questions about ...", "sent a letter to ..."
        return light_content(token) is not None or published(token) is not None or \
            agreed(token) is not None
    if lemma in _AMBIGUOUS_CUES and _complement(token) is None:
        return False  # too common in their other senses to stand alone
    return lemma not in _SEEING_AS or _as_complement(token) is not None  # "see incomes go up"


def _prep_cue(verb: Token, lemma: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in PREP_CUES.get(lemma, ()) for c in verb.children)


def _urged(verb: Token, clause: Token) -> bool:
    """ "convince a court to throw out the rules": an infinitive right after the one urged,
    which the parse took for a clause of purpose, is what they are urged to do."""
    urged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return clause.dep_ == "advcl" and urged is not None and \
        clause.left_edge.i == urged.right_edge.i + 1 and clause.left_edge.lower_ == "to"


def _by_rule(verb: Token) -> bool:
    """Whether a verb's subject is a written rule ("The program, which allows ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and cue_lemma(subject) in RULES


def _infinitive_with_subject(clause: Token) -> bool:
    """ "allows investors to gain ...", parsed as a clause with its own subject."""
    return clause.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _phrasal(verb: Token) -> bool:
    """Whether a verb is a cue by its particle ("ruled out", "laid out")."""
    particle = PHRASAL_CUES.get(cue_lemma(verb))
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                        for c in verb.children)


def _that_clause_after(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def _cue_end(token: Token) -> int:
    """A cue is the verb with its particle ("pointed out"), as written."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return end


def _complement(verb: Token) -> tuple[int, int] | None:
    """What a cue verb reports: its clause, its object, or the sentence it is inserted in."""
    found = _clause_content(verb) or _that_object(verb) or _as_complement(verb) or \
        _named_as(verb) or shown(verb) or published(verb) or _passive_object(verb) or \
        light_content(verb) or agreed(verb) or _object_content(verb) or _so(verb)
    if found is not None:
        return found
    if (verb.dep_ in ("parataxis", "ccomp") or _as_clause(verb)) and verb.head.i != verb.i:
        # "The plan, he said, ...", "As he noted, ..."
        return around(verb.head, verb) or (_inserted(verb) if verb.dep_ == "parataxis"
                                            else None)
    return None


def _clause_content(verb: Token) -> tuple[int, int] | None:
    """ "said the talks failed", "vowed to fight": the clause a cue reports."""
    lemma = cue_lemma(verb)
    for child in sorted(verb.children, key=lambda c: (not _reported_clause(verb, c),
                                                      not _marked_that(verb, c), c.i)):
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and lemma in XCOMP_CUES | _URGING) \
                or (child.dep_ == "advcl" and _marked_that(verb, child)) \
                or (lemma in _PERSUADING and _urged(verb, child)):  # misread complements
            if not _reported_clause(verb, child):
                continue
            start = child.left_edge.i  # "told him to leave" reports "to leave"
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


def _before_past_occasion(clause: Token, end: int) -> int:
    """ "warned them to tighten security after hackers struck": what is urged or promised lies
    ahead; a past event closing it ("after hackers struck") is the writer's occasion for it."""
    occasion = next((c for c in clause.rights if c.dep_ == "advcl" and c.tag_ == "VBD"
                     and c.right_edge.i >= end and any(
                         m.dep_ == "mark" and m.lower_ in _OCCASIONS for m in c.children)),
                    None)
    return end if occasion is None else occasion.left_edge.i - 1


def _that_object(verb: Token) -> tuple[int, int] | None:
    """ "told a meeting of leaders that ...", "expressed concern that ...": a that-clause the
    parse hung on the cue's object."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        clause = _misread_that_clause(child) or (
            that_clause(child) if cue_lemma(child) in CUE_NOUNS else None)
        if clause is not None:
            return chars(verb.doc[clause.left_edge.i : clause.right_edge.i + 1])
    return None


def _object_content(verb: Token) -> tuple[int, int] | None:
    """ "denied the allegations", "complained about his mic": what the cue's object or
    preposition names."""
    lemma = cue_lemma(verb)
    for child in verb.children:
        if child.dep_ == "dobj" and (lemma in _OBJECT_REPORTING or _phrasal(verb)) and \
                child.lower_ not in RELATIVE_PRONOUNS:
            end = _past_manner(verb, charge_end(verb, child))
            # "blasted him for not paying": a pronoun only with what it is charged with
            if child.pos_ != "PRON" or child.lower_ in _INDEFINITES or end > child.i:
                return chars(verb.doc[child.left_edge.i : end + 1])
        if child.dep_ == "xcomp" and child.tag_ in ("VBG", "VBN") and \
                child.left_edge.i == verb.i + 1 and child.left_edge.tag_ == "VBG" and \
                lemma in _OBJECT_REPORTING:  # "cited improving care", "resented being held"
            return chars(verb.doc[child.left_edge.i : child.right_edge.i + 1])
        if child.dep_ == "prep" and child.lower_ in PREP_CUES.get(lemma, ()):
            # "complained about his mic": what was complained of, without the preposition
            start = min((c.left_edge.i for c in child.children), default=child.i)
            return chars(verb.doc[start : charge_end(verb, child) + 1])
    return None


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


def _marked_that(verb: Token, clause: Token) -> bool:
    """ "Should it fail, critics worry that ...": the that-clause after the cue is what it
    reports, before any clause the parse also hung on it."""
    first = clause.left_edge  # "tweeted that X was ...", its "that" read as an adverb
    return clause.i > verb.i and (any(m.dep_ == "mark" and m.lower_ == "that"
                                      for m in clause.children) or (
        first.lower_ == "that" and first.dep_ == "advmod" and first.head.i == clause.i))


def _as_clause(verb: Token) -> bool:
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
        return True
    after = clause.right_edge.i + 1
    return after < verb.i and verb.doc[after].text in INSERT_PUNCT


def _named_as(verb: Token) -> tuple[int, int] | None:
    """ "called the senator a 'nasty guy'": the object with what it is called."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in verb.children if c.dep_ == "oprd"]
    if not named:
        return None
    start = objects[0].left_edge.i if objects else named[0].left_edge.i
    return chars(verb.doc[start : named[-1].right_edge.i + 1])


def _as_complement(verb: Token) -> tuple[int, int] | None:
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
