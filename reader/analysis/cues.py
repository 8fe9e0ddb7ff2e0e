"""Finding in a parsed sentence who is reported to say what: cue verbs and what they report."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from reader.analysis.adjective_cues import EVIDENT, adjective_cue, evident
from reader.analysis.aside_cues import closing_cue, closing_source, inverted_aside
from reader.analysis.colon_views import colon_view
from reader.analysis.cue_contents import as_put, complement
from reader.analysis.cue_phrases import (
    ACCOUNTS,
    according,
    by_account,
    in_finding,
    in_view_of,
    in_words_of,
)
from reader.analysis.cue_senses import reports_nothing
from reader.analysis.cue_spans import Attribution
from reader.analysis.cue_texts import opens_on_a_topic
from reader.analysis.cue_words import (
    AGENT_LABELS,
    ANY_NOUN_CUE,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    CUE_VERBS,
    SPEECH_VERBS,
    VIEW_NOUNS,
    XCOMP_CUES,
    cue_lemma,
)
from reader.analysis.headline_cues import (
    addressed_line,
    headline_cue,
    labelled_line,
    link_line,
    said_to_subject,
)
from reader.analysis.hearsay_cues import HEARSAY, claimed_by_nobody, hearsay, weighed
from reader.analysis.made_known import made_known
from reader.analysis.misread_cues import (
    closing_frame,
    misread_auxiliary,
    misread_before_name,
    misread_verb,
)
from reader.analysis.naming_cues import as_clause
from reader.analysis.noun_cues import RECEIVED, noun_cue, received, view_is, with_doing
from reader.analysis.oblique_cues import (
    answer,
    asked_of,
    cue_end,
    feeling,
    message_saying,
    quoted_as_saying,
    seeming_to,
    self_described,
    set_off_participle,
    text_reading,
)
from reader.analysis.polled_cues import polled_view, polls
from reader.analysis.speaker_spans import speaker_phrase
from reader.analysis.statement_objects import MESSAGES
from reader.analysis.verb_cues import charged_with, cue_verb, unnamed

# What a verb of going on speaking may not take ("prices continued to fall", "went on to win").
_GOING_ON_WITH = frozenset({"dobj", "xcomp", "ccomp", "prep", "advcl", "acomp", "attr"})
_SEEMING = frozenset({"seem", "appear", "look", "sound", "feel"})  # "seems to me"
# Verbs that see to it that something happens ("ensure that police get training"): an aim, no
# statement, unlike most verbs with a that-clause.
_BRINGING_ABOUT = frozenset({"ensure", "insure"})
_CLOSING = frozenset({"\"", "”", "’", "'", "''", "»"})


def attributions(sent: Span, text: str | None = None) -> Iterator[Attribution]:
    """Every reporting cue of one parsed sentence, with its speaker and content where found;
    text is the Doc's text where the caller has it (a Span's text joins its tokens again)."""
    if not any(token.dep for token in sent):
        return  # no parse to read cues from (a blank pipeline), whose tree is not to be walked
    if link_line(sent.doc.text if text is None else text, sent.start_char):
        return  # "SEE MORE: Port strikes: ...": another article's title, said by nobody here
    found = [a for a in map(_cue_at, sent) if a is not None]
    found = [a for a in found if not _describes_a_speaker(sent.doc[a.cue[0]], found)]
    found = [replace(a, speaker=None) if said_to_subject(sent, a, text) else a for a in found]
    # a cue with nobody to say it ("Railing Against X, Y Vows ...") leaves the headline's own,
    # and so does one inside what a label says ("Lee on the Vote: Turnout Says It All")
    label = labelled_line(sent) or addressed_line(sent)
    before = sent.end if label is None else label.cue[0]
    headline = None if any(
        a.content and a.cue[0] < before and (a.speaker or claimed_by_nobody(sent.doc[a.cue[0]]))
        for a in found) else label or headline_cue(sent, text)
    if headline is not None:  # the parse found the cue, at most, not what it reports
        found = [a for a in found if a.cue != headline.cue] + [headline]
    yield from found


SentenceCues = Callable[[Span], list[Attribution]]


def sentence_cues(text: str | None = None) -> SentenceCues:
    """attributions for the sentences of one Doc (whose text is text, where the caller has it),
    each sentence's found once: the numbers read them for who claims a figure, and the quotes
    again later."""
    found: dict[tuple[int, int], list[Attribution]] = {}

    def of(sent: Span) -> list[Attribution]:
        key = (sent.start, sent.end)
        if key not in found:
            found[key] = list(attributions(sent, text))
        return found[key]

    return of


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


# What a token that is neither a verb nor a noun must be to open a cue: one of these words,
# or the object of a preposition ("by his own account").
_VERB_OR_NOUN = frozenset({"VERB", "AUX", "NOUN"})
_WORD_CUES = frozenset({"according", "in"}) | HEARSAY | EVIDENT | CUE_ADJECTIVES
_MISREAD_NOUNS = CUE_VERBS | XCOMP_CUES
_MESSAGE_NOUNS = MESSAGES | CUE_NOUNS


def _cue_at(token: Token) -> Attribution | None:
    lower, pos, dep = token.lower_, token.pos_, token.dep_
    polled = polled_view(token)  # "the mayors polled support ...", whatever the parse says
    if polled is not None or polls(token):
        return polled
    if pos not in _VERB_OR_NOUN and lower not in _WORD_CUES and dep != "pobj":
        return None  # most words: none of the tests below can hold
    if lower == "according":
        return according(token)
    if lower in HEARSAY:
        return hearsay(token)
    if lower == "in":
        return (in_finding(token) or in_words_of(token) if token.is_sent_start else None) \
            or in_view_of(token)
    described = self_described(token) if dep == "amod" else None
    if described is not None:
        return described  # "a self-described socialist"
    if pos in ("VERB", "AUX") and not (lower in CUE_ADJECTIVES and
                                       dep == "acomp"):  # "are convinced"
        # "Democrats allege John Reyes lied", the verb parsed as part of the subject
        return inverted_aside(token) or closing_cue(token) or closing_source(token) or \
            misread_before_name(token) or misread_auxiliary(token) or \
            _verb_cue(token, cue_lemma(token))
    if lower in EVIDENT and pos == "ADJ":
        return evident(token)
    if lower in CUE_ADJECTIVES and dep in ("acomp", "advcl"):
        return adjective_cue(token)
    lemma = cue_lemma(token)
    if dep == "pobj" and lemma in ACCOUNTS:
        return by_account(token)
    if pos != "NOUN":
        return None
    return _noun_cue_at(token, lemma, dep)


def _noun_cue_at(token: Token, lemma: str, dep: str) -> Attribution | None:
    """A noun's cue: a verb the parse took for a noun, a view, a statement, a stance met."""
    if dep == "pobj" and token.lower_.endswith("ing"):
        doing = with_doing(token)  # ", with the minister warning of ...", parsed as a noun
        if doing is not None:
            return doing
    if lemma in VIEW_NOUNS:
        view = view_is(token) if dep == "nsubj" else None
        if view is None and token.i + 1 < len(token.doc):
            view = colon_view(token)  # "The mayor's message: the port will reopen"
        if view is not None:
            return view
    found = noun_cue(token) if lemma in ANY_NOUN_CUE and not _topic(token) else None
    if found is None and lemma in RECEIVED:
        found = received(token)  # "faced criticism from the press"
    if found is None and lemma in _MISREAD_NOUNS:
        return misread_verb(token) or closing_frame(token) or misread_before_name(token)
    return found


# Verbs whose "of" or "about" phrase is what is spoken about ("spoke of her decision to quit").
_SPOKEN_OF = CUE_VERBS | frozenset({"speak", "talk"})


def _topic(noun: Token) -> bool:
    """ 'Grant says of her decision to quit: "..."': a noun in the "of" or "about" phrase of a
    verb of saying is what is spoken about, no statement of its own: what follows is the
    verb's; so is a noun inside a participle that opens its sentence on a topic ("Commenting
    on her decision to quit, the club said ...")."""
    prep = noun.head
    if opens_on_a_topic(noun):
        return True
    return noun.dep_ == "pobj" and prep.lower_ in ("of", "about") and prep.dep_ == "prep" \
        and cue_lemma(prep.head) in _SPOKEN_OF and prep.head.pos_ in ("VERB", "AUX")


def _verb_cue(token: Token, lemma: str) -> Attribution | None:
    if token.head.lemma_.lower() == "let" and any(
            c.dep_ == "nsubj" and c.lower_ in ("us", "me") for c in token.children):
        return None  # "Let us know what you think": an invitation, nobody's statement
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children):
        return _put_it(token)
    if token.dep_ == "acl" and token.tag_ == "VBG" and (
            cue_lemma(token.head) in _MESSAGE_NOUNS or token.head.ent_type_ in AGENT_LABELS
            ) and cue_verb(token, lemma):
        return message_saying(token)  # "a statement announcing the pick"
    # "no reason to think ...": what is weighed, and "Asked about the budget, the mayor said
    # ...": what is asked, with nobody named saying it
    unsaid = Attribution((token.i, cue_end(token)), None, complement(token)) \
        if weighed(token) else asked_of(token)
    if unsaid is not None:
        return unsaid
    if (token.dep_ in ("acl", "amod") and not _after_label(token)) or _bare_participle(token) \
            or set_off_participle(token) or _trailing_participle(token):
        return None  # "earmarks added into", "Lind, asked about it, said"
    if charged_with(token, lemma):
        return None
    known = made_known(token) or text_reading(token)
    if known is not None:
        return known  # "a third case was reported in ...", "the sign read 'No Tolls'"
    quoted_as = quoted_as_saying(token, lemma)
    if quoted_as is not None:
        return quoted_as
    if _goes_on(token, lemma):  # '"...," she continued.', 'He went on: "..."'
        return Attribution((token.i, cue_end(token)), speaker_phrase(token), None)
    if cue_verb(token, lemma) or (token.pos_ == "VERB" and lemma not in _BRINGING_ABOUT and
                                   _that_clause_after(token) and not unnamed(token) and
                                   speaker_phrase(token) is not None):
        # any verb with a that-clause reports it: "the court ruled that ..."
        content = complement(token) or answer(token)  # "most said yes"
        if reports_nothing(token, content):
            return None  # "wrote a memoir", "when asked about it", "viewed as honest"
        speaker = speaker_phrase(token)
        if content is not None and speaker is not None and speaker[0] > token.i and \
                content[0] == token.doc[speaker[0]].idx:
            content = None  # '"Stay calm," urged the chief': the object read is who speaks
        return Attribution((token.i, cue_end(token)), speaker, content)
    if token.tag_ == "VBN" and token.lower_ in CUE_ADJECTIVES:
        return feeling(token)  # "Residents were worried that ..."
    if lemma in _SEEMING:
        return seeming_to(token)
    return None


def _after_label(verb: Token) -> bool:
    """ "The Latest: Clinton tells voters she is with them": a verb with its own subject after
    a label and a colon, which the parse hung on the label, is the clause's own."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return subject is not None and verb.head.i < subject.left_edge.i and \
        verb.doc[subject.left_edge.i - 1].text == ":"


def _put_it(verb: Token) -> Attribution | None:
    """ "As X put it, ...": the sentence around is what X put so; but "The upgrade put it on a
    par with Chile", with a place for "it" right after it and no as-clause, says nothing
    ("how Price put it on Monday" names a time, not a place)."""
    doc = verb.doc
    place = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    if not as_clause(verb) and place is not None and place.head.i == verb.i and \
            place.dep_ in ("prep", "prt") and not any(
                t.ent_type_ in ("DATE", "TIME") for t in place.subtree):
        return None
    return Attribution((verb.i, verb.i + 2), speaker_phrase(verb), as_put(verb))


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
    if verb.tag_ != "VBN":
        return False
    kids = list(verb.children)
    return not any(c.dep_ in ("aux", "auxpass") for c in kids) and \
        any(c.dep_ == "ccomp" and c.i < verb.i for c in kids) and \
        not any(c.is_quote or (c.dep_ in ("nsubj", "dobj") and c.i > verb.i)
                for c in kids)  # '"...," said Mr. X', '"...," added KCNA'


def _trailing_participle(verb: Token) -> bool:
    """ "Parties are campaigning before the election, widely expected to be called for May": a
    past participle set off by a comma after the sentence's clause, with no subject or
    auxiliary of its own, tells what is done to something named before it; the clause's
    subject does not say it."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head.i >= verb.i:
        return False  # the cheap tests first: Token.sent walks its sentence
    doc = verb.doc
    before = verb.i - 1
    while before > verb.sent.start and doc[before].pos_ == "ADV":
        before -= 1
    return doc[before].text == "," and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children)


def _that_clause_after(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)
