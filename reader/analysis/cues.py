"""Finding in a parsed sentence who is reported to say what: cue verbs and what they report."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reader.analysis.cue_contents import (
    JUDGING,
    PERSUADING,
    URGING,
    WANTING,
    complement,
    judged,
    object_content,
    phrasal,
    urged,
)
from reader.analysis.cue_phrases import (
    ACCOUNTS,
    EVIDENT,
    RECEIVED,
    according,
    adjective_cue,
    by_account,
    evident,
    in_finding,
    in_view_of,
    in_words_of,
    noun_cue,
    received,
    that_clause,
    view_is,
)
from reader.analysis.cue_senses import reports_nothing
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import (
    AGENT_LABELS,
    ANY_NOUN_CUE,
    ANY_VERB_CUE,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    CUE_VERBS,
    INTENT_CUES,
    NAMING_VERBS,
    PERMITTING_CUES,
    PHRASAL_CUES,
    PREP_CUES,
    RELATIVE_PRONOUNS,
    RULES,
    SPEECH_VERBS,
    VIEW_NOUNS,
    XCOMP_CUES,
    cue_lemma,
)
from reader.analysis.headline_cues import headline_cue
from reader.analysis.made_known import made_known
from reader.analysis.naming_cues import as_clause, as_complement
from reader.analysis.speaker_spans import noun_phrase, speaker_phrase
from reader.analysis.statement_objects import MESSAGES, agreed, light_content, published

# Cues too common in their other senses to stand without what they report ("see X as Y").
_AMBIGUOUS_CUES = frozenset({"call", "show", "find", "know", "feel", "see", "view", "back"})
_SEEING_AS = frozenset({"see", "view"})  # a stance only as "see X as Y"
# Verbs that present something as something else, a cue only so ("painted the deal as a win").
_CASTING_AS = frozenset({"regard", "frame", "cast", "paint", "depict", "cover", "treat",
                         "bill", "pitch", "spin", "market", "sell", "define"})
# What a verb of going on speaking may not take ("prices continued to fall", "went on to win").
_GOING_ON_WITH = frozenset({"dobj", "xcomp", "ccomp", "prep", "advcl", "acomp", "attr"})
_NAMING_ONESELF = frozenset({"name", "identify", "quote", "cite"})
_FELT_ABOUT = frozenset({"about", "over", "by", "with", "at", "of", "to"})  # "worried about"
_SEEMING = frozenset({"seem", "appear", "look", "sound", "feel"})  # "seems to me"
_MAKING = frozenset({"make", "let", "have"})
# Verbs that see to it that something happens ("ensure that police get training"): an aim, no
# statement, unlike most verbs with a that-clause.
_BRINGING_ABOUT = frozenset({"ensure", "insure"})
_CLOSING = frozenset({"\"", "”", "’", "'", "''", "»"})


def attributions(sent: Span) -> Iterator[Attribution]:
    """Every reporting cue of one parsed sentence, with its speaker and content where found."""
    if not any(token.dep for token in sent):
        return  # no parse to read cues from (a blank pipeline), whose tree is not to be walked
    found = [a for a in map(_cue_at, sent) if a is not None]
    found = [a for a in found if not _describes_a_speaker(sent.doc[a.cue[0]], found)]
    # a cue with nobody to say it ("Railing Against X, Y Vows ...") leaves the headline's own
    headline = None if any(a.content and (a.speaker or claimed_by_nobody(sent.doc[a.cue[0]]))
                           for a in found) else headline_cue(sent)
    if headline is not None:  # the parse found the cue, at most, not what it reports
        found = [a for a in found if a.cue != headline.cue] + [headline]
    yield from found


def _describes_a_speaker(cue: Token, found: list[Attribution]) -> bool:
    """ "said Rep. Lee, who voted against the bill": a stance in a relative clause on another
    cue's speaker tells who the speaker is, as background to what they say; a verb of saying
    there ("who added that ...") is their statement."""
    if cue_lemma(cue) in CUE_VERBS:
        return False
    clause = next((t for t in (cue, *cue.ancestors) if t.dep_ == "relcl"), None)
    return clause is not None and any(
        a.speaker is not None and a.speaker[0] <= clause.head.i < a.speaker[1]
        and cue_lemma(cue.doc[a.cue[0]]) in SPEECH_VERBS
        and not clause.left_edge.i <= a.cue[0] <= clause.right_edge.i for a in found)


def _cue_at(token: Token) -> Attribution | None:
    if token.lower_ == "according":
        return according(token)
    if token.lower_ in _HEARSAY:
        return _hearsay(token)
    if token.lower_ == "in":
        return (in_finding(token) or in_words_of(token) if token.is_sent_start else None) \
            or in_view_of(token)
    if token.pos_ in ("VERB", "AUX") and not (token.lower_ in CUE_ADJECTIVES and
                                             token.dep_ == "acomp"):  # "are convinced"
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
        return _misread_verb(token) or _closing_frame(token)
    return found


def _closing_frame(token: Token) -> Attribution | None:
    """ '"...," the two write.', '"...," the pair conclude.': a saying verb that ends its
    sentence right after a closed quote and a short subject, parsed as a noun after a number
    or noun; it frames that quote."""
    doc = token.doc
    last = token.i + 1 == len(doc) or doc[token.i + 1].text in (".", ";")
    if cue_lemma(token) not in CUE_VERBS or not last:
        return None
    start = token.i
    while start > max(0, token.i - 4) and not doc[start - 1].is_punct:
        start -= 1
    if start == token.i or start < 2 or not doc[start - 1].is_quote or \
            doc[start - 2].text not in (",", "?", "!"):
        return None
    return Attribution((token.i, token.i + 1), (start, token.i), None)


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
    if token.head.lemma_.lower() == "let" and any(
            c.dep_ == "nsubj" and c.lower_ in ("us", "me") for c in token.children):
        return None  # "Let us know what you think": an invitation, nobody's statement
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children):
        return Attribution((token.i, token.i + 2), speaker_phrase(token), None)  # as X put it
    if token.dep_ == "acl" and token.tag_ == "VBG" and (
            cue_lemma(token.head) in MESSAGES | CUE_NOUNS or token.head.ent_type_ in AGENT_LABELS
            ) and _cue_verb(token, lemma):
        return _message_saying(token)  # "a statement announcing the pick"
    if token.dep_ in ("acl", "amod") or _bare_participle(token):  # "earmarks added into"
        return None
    if _charged_with(token, lemma):
        return None
    known = made_known(token)
    if known is not None:
        return known  # "a third case was reported in ..."
    quoted_as = _quoted_as(token, lemma)
    if quoted_as is not None:
        return quoted_as
    if _goes_on(token, lemma):  # '"...," she continued.', 'He went on: "..."'
        return Attribution((token.i, _cue_end(token)), speaker_phrase(token), None)
    if _cue_verb(token, lemma) or (token.pos_ == "VERB" and lemma not in _BRINGING_ABOUT and
                                   _that_clause_after(token) and
                                   speaker_phrase(token) is not None):
        # any verb with a that-clause reports it: "the court ruled that ..."
        content = complement(token)
        if reports_nothing(token, content):
            return None  # "wrote a memoir", "when asked about it", "viewed as honest"
        return Attribution((token.i, _cue_end(token)), speaker_phrase(token), content)
    if token.tag_ == "VBN" and token.lower_ in CUE_ADJECTIVES:
        return _feeling(token)  # "Residents were worried that ..."
    if lemma in _SEEMING:
        return _seeming_to(token)
    return None


# Adverbs that report a claim nobody is named to make ("reportedly", "allegedly").
_HEARSAY = frozenset({"reportedly", "allegedly", "purportedly"})
# Verbs that name or judge something, whose passive with nobody named reports the common view
# ("Settlements are seen as an obstacle", "The illness was dubbed 'farmer's lung'") or defines
# it ("a small farm, which is defined as a holding of under forty acres").
_NAMED_OR_JUDGED = _SEEING_AS | JUDGING | NAMING_VERBS | {"regard", "deem", "perceive", "define"}


def claimed_by_nobody(cue: Token) -> bool:
    """Whether a cue reports a claim with nobody named to make it that is still a claim to
    show: a passive verb of naming or judging with what its subject is named or judged to be,
    something made known in the passive ("the deal was announced"), or an adverb of hearsay."""
    if cue.lower_ in _HEARSAY or made_known(cue) is not None:
        return True
    kids = list(cue.children)
    return cue_lemma(cue) in _NAMED_OR_JUDGED and any(c.dep_ == "auxpass" for c in kids) and \
        any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and c.n_rights)
            for c in kids)


def _hearsay(adverb: Token) -> Attribution | None:
    """ "GateHouse reportedly laid off 60 employees", "for allegedly abusing his office": what
    is reported or alleged by nobody named is the verb's clause after the adverb."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or \
            verb.dep_ in ("acl", "amod") or adverb.i > verb.i:
        return None  # "the sum reportedly demanded by X": the demand is the claim
    end = max([verb.i] + [c.right_edge.i for c in verb.rights
                          if c.dep_ not in ("cc", "conj", "punct", "parataxis")])
    return Attribution((adverb.i, adverb.i + 1), None, chars(adverb.doc[adverb.i + 1 : end + 1]))


def _charged_with(verb: Token, lemma: str) -> bool:
    """ "The driver was charged with manslaughter", "was charged with running the fund": an
    indictment or a task, with nobody named to charge it, is no statement."""
    kids = list(verb.children)
    return lemma == "charge" and any(c.dep_ == "auxpass" for c in kids) and \
        not any(c.dep_ == "agent" for c in kids)


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
    content = complement(verb)
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
    return Attribution((verb.i, saying.i + 1), noun_phrase(subject), complement(saying))


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
            or (lemma in WANTING and ((c.pos_ in ("NOUN", "PROPN") and c.dep_ == "dobj")
                                      or _infinitive_with_subject(c)))  # "wants X to go"
            or (c.dep_ == "prep" and c.lower_ in PREP_CUES.get(lemma, ()))  # decided against
            for c in token.children)
    if lemma in PERMITTING_CUES:  # "the rules let members vote", not "the storm let them go"
        return token.pos_ == "VERB" and _by_rule(token) and any(
            c.dep_ == "xcomp" or _infinitive_with_subject(c) for c in token.children)
    if lemma in URGING:  # "pressed him to resign", "pressed him on his taxes"
        return token.pos_ == "VERB" and (_prep_cue(token, lemma) or any(
            c.dep_ == "xcomp" or (lemma in PERSUADING and urged(token, c))
            for c in token.children))
    if lemma in PHRASAL_CUES:  # "ruled out a deal", or "ruled against the state"
        return (phrasal(token) or _prep_cue(token, lemma)) and \
            object_content(token) is not None
    if lemma in JUDGING:  # "judged the fort a lost cause", not "considered the offer"
        return judged(token) is not None
    if lemma in _CASTING_AS:  # "covered the vote as a reunification"
        return as_complement(token) is not None
    if lemma not in ANY_VERB_CUE:
        # "raised questions about ...", "sent a letter to ..."
        return light_content(token) is not None or published(token) is not None or \
            agreed(token) is not None
    if lemma in _AMBIGUOUS_CUES and complement(token) is None:
        return False  # too common in their other senses to stand alone
    return lemma not in _SEEING_AS or as_complement(token) is not None or \
        as_clause(token)  # "see X as Y", "as we saw in 2009, ...", not "see incomes go up"


def _prep_cue(verb: Token, lemma: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in PREP_CUES.get(lemma, ()) for c in verb.children)


def _by_rule(verb: Token) -> bool:
    """Whether a verb's subject is a written rule ("The program, which allows ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and cue_lemma(subject) in RULES


def _infinitive_with_subject(clause: Token) -> bool:
    """ "allows investors to gain ...", parsed as a clause with its own subject."""
    return clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass")
                                          for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


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


