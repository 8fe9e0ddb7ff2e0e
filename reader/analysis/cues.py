"""The reporting-cue lexicon, and finding in a parsed sentence who is reported to say what."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from reader.analysis.cue_words import (
    ANY_NOUN_CUE,
    ANY_VERB_CUE,
    COGNITION,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    CUE_VERBS,
    EVIDENCE,
    EXPLETIVES,
    INTENT_CUES,
    OBJECT_VERBS,
    OWNED_NOUNS,
    PREP_CUES,
    SPEECH_VERBS,
    SPOKESPEOPLE,
    STANCE_HOLDERS,
    URGING_CUES,
    XCOMP_CUES,
)

# What may go on after a cue's object as part of what was said ("cited X as Y").
_OBJECT_TAIL = frozenset({"prep", "oprd", "dative"})
# Cue verbs whose object is what was said or thought ("declined that assignment", "fear a
# pact"), not those whose object is somebody told or something found ("told reporters").
_STATED_OBJECTS = CUE_VERBS - {"find", "know", "tell", "add", "feel", "see", "show", "inform",
                               "notify", "brief", "assure", "reassure", "advise", "ask", "beg",
                               "urge", "quote", "answer"}
# Pronouns that stand for what was said rather than point back to it ("proposed nothing that").
_INDEFINITES = frozenset({"nothing", "something", "anything", "everything"})
# A cue's own words, set off inside the sentence it reports ("he told me on Friday").
_OWN_WORDS = frozenset({"nsubj", "aux", "neg", "advmod", "dobj", "dative", "prep", "npadvmod",
                        "prt"})
_CHARGES = frozenset({"of", "for", "with", "over"})
_TAIL_PREPS = frozenset({"as", "of", "for", "over", "to", "with", "against", "about"})
_NOUN_PREPS = frozenset({"of", "about", "on", "for", "against", "to", "over", "toward",
                         "towards"})
_RELATIVES = frozenset({"who", "that", "which", "whom"})
_NP_LEFT = frozenset({"compound", "det", "amod", "poss", "nummod", "nmod", "case", "quantmod",
                      "advmod", "predet"})
_INSERT_PUNCT = frozenset({",", "—", "–", "-", "\"", "”", "’", "'", "»", "("})
# Cues too common in their other senses to stand without what they report ("see X as Y").
_AMBIGUOUS_CUES = frozenset({"call", "show", "find", "know", "feel", "see", "view"})
_SEEING_AS = frozenset({"see", "view"})  # a stance only as "see X as Y"
_DASHES = frozenset({"--", "—", "–", "-"})
_CLAUSE_BREAKS = frozenset({";", ":", "--", "—", "–"})
_CLAUSES = frozenset({"conj", "advcl", "parataxis", "ccomp", "dep"})
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_AGENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope", "laid": "lay"}
_ASIDE_PUNCT = frozenset({",", "—", "–", "--"})
_CONCESSIONS = frozenset({"although", "though", "while", "whereas"})
_EDGE_PUNCT = frozenset(",;:—–-\"'“”‘’«»„")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One cue found in a parse: the cue words, who it names as speaker, and what was said."""

    cue: tuple[int, int]  # token range [start, end) of the cue words
    speaker: tuple[int, int] | None  # token range of the speaker's noun phrase
    content: tuple[int, int] | None  # char range of what was said


def attributions(sent: Span) -> Iterator[Attribution]:
    """Every reporting cue of one parsed sentence, with its speaker and content where found."""
    for token in sent:
        found = _cue_at(token)
        if found is not None:
            yield found


def _cue_at(token: Token) -> Attribution | None:
    if token.lower_ == "according":
        return _according(token)
    if token.pos_ in ("VERB", "AUX"):
        return _verb_cue(token, cue_lemma(token))
    if token.lower_ in CUE_ADJECTIVES and token.dep_ == "acomp":
        return _adjective_cue(token)
    if cue_lemma(token) in ANY_NOUN_CUE and token.pos_ == "NOUN":
        return _noun_cue(token)
    return None


def _verb_cue(token: Token, lemma: str) -> Attribution | None:
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children):
        return Attribution((token.i, token.i + 2), _speaker_phrase(token), None)  # as X put it
    if token.dep_ in ("acl", "amod"):  # "earmarks added into the bill"
        return None
    if _cue_verb(token, lemma) or (token.pos_ == "VERB" and _that_clause_after(token)
                                   and _speaker_phrase(token) is not None):
        # any verb with a that-clause reports it: "the court ruled that ..."
        return Attribution((token.i, _cue_end(token)), _speaker_phrase(token),
                           _complement(token))
    return None


def _cue_verb(token: Token, lemma: str) -> bool:
    """Whether a verb is a cue here: intent and urging only with what they intend or urge
    ("wants to cut taxes"), common verbs only with what they report ("see X as Y")."""
    if lemma in INTENT_CUES:
        return token.pos_ == "VERB" and token.dep_ != "xcomp" and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            for c in token.children)
    if lemma in URGING_CUES:
        return token.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in token.children)
    if lemma not in ANY_VERB_CUE:
        return False
    if lemma in _AMBIGUOUS_CUES and _complement(token) is None:
        return False  # too common in their other senses to stand alone
    return lemma not in _SEEING_AS or _as_complement(token) is not None  # "see incomes go up"


def cue_lemma(token: Token) -> str:
    """A token's lemma, lower-cased, where the small pipeline's lemmatiser gets cue words
    wrong ("hoped" as "hop")."""
    return _LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


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
    lemma = cue_lemma(verb)
    for child in sorted(verb.children, key=lambda c: (not _reported_clause(verb, c),
                                                      not _marked_that(verb, c), c.i)):
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and lemma in XCOMP_CUES | URGING_CUES):
            if not _reported_clause(verb, child):
                continue
            start = child.left_edge.i  # "told him to leave" reports "to leave"
            end = _coordinated_end(verb, child)
            if child.dep_ == "ccomp" and child.i > verb.i:
                end = _clause_end(verb, end)
            return _chars(verb.doc[start : _own_cue_start(child, start, end)])
    for child in verb.children:  # "told a meeting of leaders that ...", parsed as a relative
        clause = _misread_that_clause(child) if child.dep_ == "dobj" else None
        if clause is not None:
            return _chars(verb.doc[clause.left_edge.i : clause.right_edge.i + 1])
    for child in verb.children:  # "expressed concern that ..."
        if child.dep_ == "dobj" and cue_lemma(child) in CUE_NOUNS:
            clause = _that_clause(child)
            if clause is not None:
                return _chars(verb.doc[clause.left_edge.i : clause.right_edge.i + 1])
    found = _as_complement(verb) or _named_as(verb) or _shown(verb) or _passive_object(verb)
    if found is not None:
        return found
    for child in verb.children:
        if child.dep_ == "dobj" and lemma in OBJECT_VERBS | _STATED_OBJECTS and \
                (child.pos_ != "PRON" or child.lower_ in _INDEFINITES) and \
                child.lower_ not in _RELATIVES:
            return _chars(verb.doc[child.left_edge.i : _charge_end(verb, child) + 1])
        if child.dep_ == "prep" and child.lower_ in PREP_CUES.get(lemma, ()):
            # "complained about his mic": what was complained of, without the preposition
            start = min((c.left_edge.i for c in child.children), default=child.i)
            return _chars(verb.doc[start : _charge_end(verb, child) + 1])
    if (verb.dep_ in ("parataxis", "ccomp") or _as_clause(verb)) and verb.head.i != verb.i:
        # "The plan, he said, ...", "As he noted, ..."
        return _around(verb.head, verb) or (_inserted(verb) if verb.dep_ == "parataxis"
                                            else None)
    return None


def _marked_that(verb: Token, clause: Token) -> bool:
    """ "Should it fail, critics worry that ...": the that-clause after the cue is what it
    reports, before any clause the parse also hung on it."""
    return clause.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                     for m in clause.children)


def _as_clause(verb: Token) -> bool:
    """ "As one adviser pointed out, Hawaii ...": a cue in an as-clause reports its sentence."""
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                        for m in verb.children)


def _passive_object(verb: Token) -> tuple[int, int] | None:
    """ "The plan was endorsed by the union": what the agent endorsed is the passive subject.
    With no agent, the claim is the subject with what it is charged with or expected to do
    ("The guards were accused of selling keys", "He is expected to win")."""
    if cue_lemma(verb) not in OBJECT_VERBS | XCOMP_CUES:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in _RELATIVES:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return _chars(verb.doc[subject.left_edge.i : subject.right_edge.i + 1])
    charge = next((c for c in verb.rights if (c.dep_ == "prep" and c.lower_ in _CHARGES)
                   or c.dep_ == "xcomp"), None)
    if charge is None:
        return None
    return _chars(verb.doc[subject.left_edge.i : charge.right_edge.i + 1])


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
    return after < verb.i and verb.doc[after].text in _INSERT_PUNCT


def _clause_end(verb: Token, end: int) -> int:
    """Where a clause reported after its cue ends: at the end of the sentence, with what the
    parse hung on the cue instead ('said there is "a gap," when it comes to ...'), but not
    past a semicolon or a dash, nor into a cue of its own ("and warned ...", ", though she
    noted ...")."""
    for child in verb.rights:
        if child.i <= end:
            continue
        if child.dep_ == "punct" and child.text in _CLAUSE_BREAKS:
            break
        if child.dep_ in _CLAUSES and (cue_lemma(child) in ANY_VERB_CUE or _aside(child)):
            break
        if child.dep_ in ("cc", "punct"):
            continue
        end = child.right_edge.i
    return end


def _own_cue_start(clause: Token, start: int, end: int) -> int:
    """The end (exclusive) of a reported clause: before a semicolon, or before a cue
    coordinated inside it ("said he would order a review and warned against hackers")."""
    doc = clause.doc
    for token in doc[start + 1 : end + 1]:
        if token.text == ";":
            return token.i
        if token.dep_ == "conj" and token.head.i == clause.i and cue_lemma(token) in \
                SPEECH_VERBS and not any(c.dep_ == "mark" for c in token.children):
            first = token.left_edge.i
            while first > start and doc[first - 1].dep_ in ("cc", "punct"):
                first -= 1
            return first
    return end + 1


def _aside(clause: Token) -> bool:
    """Whether a clause hung on a cue is the writer's own: a coordinated sentence with its own
    subject ("and Democrats accused ..."), a concession (", though ...") or a participle
    (", implicitly putting ...")."""
    if clause.dep_ in ("conj", "parataxis"):
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    first = clause.left_edge
    return first.lower_ in _CONCESSIONS or (first.i == clause.i and clause.tag_ == "VBG")


def _coordinated_end(verb: Token, clause: Token) -> int:
    """Where a content clause ends with the infinitives the parse hung on its cue instead
    ("wants to triple X, grow Y and create Z": a bare verb cannot go with "wants")."""
    end = clause.right_edge.i
    if clause.dep_ != "xcomp" or clause.tag_ != "VB" or verb.tag_ == "VB":
        return end
    for child in verb.rights:
        if child.i > end and child.dep_ in ("conj", "dep") and child.tag_ == "VB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            end = child.right_edge.i
    return end


def _charge_end(verb: Token, target: Token) -> int:
    """Where "accused X of Y" or "cited X as Y" ends: after the charge, not the target, and
    after what the clause goes on to say of it ("complained about his mic the morning after
    the debate"), up to a comma, a coordinated verb or a new clause."""
    end = target.right_edge.i
    for child in verb.rights:
        if child.i <= end:
            continue
        if child.left_edge.i != end + 1 or child.dep_ not in _OBJECT_TAIL or (
                child.dep_ == "prep" and child.lower_ not in _TAIL_PREPS):
            break  # "endorsed Trump on Friday in Ohio": when and where are not what was said
        end = child.right_edge.i
    return end


def _shown(verb: Token) -> tuple[int, int] | None:
    """ "Polls show Clinton with a narrow lead": what a poll, a study or a video shows, from its
    object to the end of the clause."""
    if cue_lemma(verb) not in ("show", "find") or not any(
            c.dep_ == "nsubj" and cue_lemma(c) in EVIDENCE for c in verb.children):
        return None
    shown = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if shown is None:
        return None
    end = shown.right_edge.i
    for child in verb.rights:
        if child.i == end + 1 and child.dep_ in ("prep", "npadvmod", "advmod", "oprd", "xcomp"):
            end = child.right_edge.i
    return _chars(verb.doc[shown.left_edge.i : end + 1])


def _named_as(verb: Token) -> tuple[int, int] | None:
    """ "called the senator a 'nasty guy'": the object with what it is called."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in verb.children if c.dep_ == "oprd"]
    if not named:
        return None
    start = objects[0].left_edge.i if objects else named[0].left_edge.i
    return _chars(verb.doc[start : named[-1].right_edge.i + 1])


def _as_complement(verb: Token) -> tuple[int, int] | None:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.subtree:
        if child.lower_ == "as" and child.dep_ == "prep" and child.head.i in (
                verb.i, *(c.i for c in verb.children if c.dep_ == "prep")):
            ends = [c.right_edge.i for c in child.children] or [child.i]
            start = objects[0].left_edge.i if objects else child.i + 1
            return _chars(verb.doc[start : max(ends) + 1])
    return None


def _around(head: Token, cue: Token) -> tuple[int, int] | None:
    """The clause around an inserted cue ("The plan, he said, will fail"), without the cue."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    cue_left, cue_right = cue.left_edge.i, cue.right_edge.i
    if cue_right >= right:
        if cue_left == 0 or doc[cue_left - 1].text not in _INSERT_PUNCT:
            return None  # "...: Republicans said" is no cue for what went before
        right = cue_left - 1
    elif cue_left <= left:
        if cue_right + 1 >= len(doc) or doc[cue_right + 1].text not in _INSERT_PUNCT:
            return None
        left = cue_right + 1
    elif doc[cue_left - 1].text not in _INSERT_PUNCT or doc[cue_right + 1].text not in \
            _INSERT_PUNCT:
        return None  # "said he could not answer the questions": a clause, not an insertion
    if right < left:
        return None
    return _chars(doc[left : right + 1])


def _inserted(verb: Token) -> tuple[int, int] | None:
    """The sentence around a cue set off by commas, where the parse hung the sentence's parts
    on the cue ("Though it went well, he said, replacing her would be hard"): the cue's own
    words (speaker, verb, whom it was told) stay inside the span when the sentence goes on
    after them."""
    doc, sent = verb.doc, verb.sent
    own = [verb.i] + [t.i for c in verb.children if c.dep_ in _OWN_WORDS for t in c.subtree]
    left, right = min(own), max(own)
    if left == 0 or doc[left - 1].text not in _INSERT_PUNCT:
        return None
    before = [t for t in doc[sent.start : left] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[right + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not before:
        return None
    if not after:
        return _chars(doc[before[0].i : before[-1].i + 1])
    if right + 1 >= len(doc) or doc[right + 1].text not in _INSERT_PUNCT:
        return None
    return _chars(doc[before[0].i : after[-1].i + 1])


def _according(token: Token) -> Attribution | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:  # "according to show insiders", parsed as a verb
        nouns = [t for t in to.subtree if t.pos_ in ("NOUN", "PROPN", "PRON")]
        source = nouns[-1] if nouns else None
    if source is None:
        return None
    head = token.head if token.head.i != token.i else None
    content = _beside(token) or (_around(head, token) if head is not None else None)
    speaker = _source_of_statement(source)
    return Attribution((token.i, to.i + 1), noun_phrase(speaker), content)


def _beside(according: Token) -> tuple[int, int] | None:
    """ "According to X, A would see B go up" or "A ..., according to X": the whole sentence
    beside the phrase, wherever the parse hung it."""
    sent = according.sent
    last = according.right_edge.i
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    if according.i == words[0].i:  # the first comma closes the source, whatever the parse
        comma = next((t.i for t in sent.doc[according.i : min(sent.end, according.i + 20)]
                      if t.text == "," and not _opens_apposition(t)), None)
        return None if comma is None else _chars(sent.doc[comma + 1 : sent.end])
    if last == words[-1].i and according.i > sent.start and \
            sent.doc[according.i - 1].text in (",", "—", "–"):
        return _chars(sent.doc[sent.start : according.i - 1])
    return None


def _opens_apposition(comma: Token) -> bool:
    """Whether what follows a comma describes the noun before it ("the coach, Ali Mehraban,"):
    an apposition closed by a comma of its own, without a finite verb."""
    doc = comma.doc
    if comma.i + 1 >= len(doc):
        return False
    top = doc[comma.i + 1]
    while top.head.i > comma.i and top.head.i != top.i:
        top = top.head
    after = top.right_edge.i + 1
    return top.dep_ == "appos" and after < len(doc) and doc[after].text == "," and not any(
        t.tag_ in _FINITE for t in top.subtree)


def _adjective_cue(adjective: Token) -> Attribution | None:
    """ "Democrats are afraid that ...", "he was critical of the deal": the stance of the
    copula's subject, with the clause or the object the adjective takes."""
    content = None
    for child in adjective.children:
        if child.dep_ in ("ccomp", "xcomp"):
            content = _chars(adjective.doc[child.left_edge.i : child.right_edge.i + 1])
        elif child.dep_ == "prep" and child.i == adjective.i + 1 and child.n_rights:
            start = min(c.left_edge.i for c in child.rights)
            content = _chars(adjective.doc[start : child.right_edge.i + 1])
        if content is not None:
            break
    speaker = _speaker_phrase(adjective.head)
    if content is None or speaker is None:
        return None
    return Attribution((adjective.i, adjective.i + 1), speaker, content)


def _noun_cue(noun: Token) -> Attribution | None:
    if cue_lemma(noun) in STANCE_HOLDERS:
        return _stance_holder(noun)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        source = _source_of_statement(noun)
        owner = source if source.i != noun.i else None
    speaker = noun_phrase(owner) if owner is not None else _named_before(noun)
    clause = _that_clause(noun)
    if clause is not None:
        content = _chars(noun.doc[clause.left_edge.i : clause.right_edge.i + 1])
    elif owner is not None and cue_lemma(noun) in OWNED_NOUNS:
        content = _owned_content(noun)  # "Clinton's plan to ...", "his criticism of ..."
    else:
        return None
    if content is None:
        return None
    return Attribution((noun.i, noun.i + 1), speaker, content)


def _stance_holder(noun: Token) -> Attribution | None:
    """ "Kaine is a staunch opponent of the death penalty", "Schultz, a defender of RT": the
    holder is the subject the noun is said of, or the name it describes."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    objects = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    if prep is None or not objects:
        return None
    if noun.dep_ == "attr":
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    elif noun.dep_ == "appos":
        holder = noun.head
    else:
        return None
    if holder is not None and holder.lower_ in _RELATIVES and noun.head.dep_ == "relcl":
        holder = noun.head.head  # "a lawyer who is a staunch opponent of ..."
    if holder is None:
        return None
    content = _chars(noun.doc[objects[0].left_edge.i : prep.right_edge.i + 1])
    return Attribution((noun.i, noun.i + 1), noun_phrase(holder), content)


def _named_before(noun: Token) -> tuple[int, int] | None:
    """ "a New York Times report that ...": the name written before the noun is its author."""
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ in _AGENTS]
    if not names:
        return None
    return names[0].left_edge.i, names[-1].i + 1


def _owned_content(noun: Token) -> tuple[int, int] | None:
    """What somebody's plan, call or criticism is about: its to-infinitive or the object of
    its preposition, right after the noun."""
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl") and any(a.lower_ == "to" and a.dep_ == "aux"
                                                  for a in child.children):
            return _chars(noun.doc[child.left_edge.i : child.right_edge.i + 1])
        if child.dep_ == "prep" and child.lower_ in _NOUN_PREPS and child.i == noun.i + 1:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _chars(noun.doc[objects[0].left_edge.i : child.right_edge.i + 1])
    return None


def _that_clause(noun: Token) -> Token | None:
    # "a report that Trump lost", even where the parse took it for a relative clause (a
    # relative "that" is its clause's subject or object, not its mark)
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def _source_of_statement(token: Token) -> Token:
    """For "a statement from X" or "remarks by X", X; otherwise the token itself."""
    if cue_lemma(token) in CUE_NOUNS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return token


def _speaker_phrase(verb: Token) -> tuple[int, int] | None:
    subject = speaker_token(verb)
    if subject is None:
        subject = _stray_subject(verb)
    if subject is None:
        return None
    doc = verb.doc
    low, high = sorted((subject.i, verb.i))
    breaks = [t.i for t in doc[low:high] if "\n" in t.text]
    if breaks and subject.i < verb.i:
        # a parse across a paragraph break ("7 p.m.\n\nDonald Trump says"): the subject is the
        # first name in the verb's own paragraph, past a dateline, or else its last noun
        nouns = [t for t in doc[breaks[-1] + 1 : verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not nouns:
            return None
        names = [t for t in nouns if t.ent_type_ in _AGENTS and not _dateline(t)]
        subject = names[0] if names else nouns[-1]
        while subject.dep_ == "compound" and subject.head.i > subject.i:
            subject = subject.head
    subject = _past_dateline(subject)
    start, end = noun_phrase(subject)
    for sibling in subject.head.children:  # "the ex - policeman", split in three subjects
        if sibling.dep_ == subject.dep_ and sibling.i == end:
            end = noun_phrase(sibling)[1]
    while start < end - 1 and "\n" in doc[start : subject.i].text:
        start += 1
    return start, end


def _past_dateline(subject: Token) -> Token:
    """ "WASHINGTON -- President Obama, ..., said": the dateline is no speaker; the name the
    parse hung on it is."""
    if not _dateline(subject):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos"), subject)


def _dateline(token: Token) -> bool:
    """ "WASHINGTON --": a place in capitals and a dash, opening a report."""
    doc = token.doc
    return token.text.isupper() and token.i + 1 < len(doc) and doc[token.i + 1].text in _DASHES


def _stray_subject(verb: Token) -> Token | None:
    """When the parse gave a cue no subject ("X, who ..., said"), the sentence's first noun
    subject before it, unless the cue is passive."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ != "ROOT":
        return None
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ in _AGENTS:
        return before  # "In a meeting with the board Trump said": a name the parse hung on "with"
    for token in verb.sent:
        if token.i >= verb.i:
            return None
        if token.dep_ == "nsubj" and token.pos_ in ("PROPN", "NOUN"):
            return token
    return None


def speaker_token(verb: Token) -> Token | None:
    """The agent of a cue verb: its subject, the agent of a passive, or a shared subject."""
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj") and any(c.isalnum() for c in child.text):
                if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
                    return verb.head
                if child.lower_ in EXPLETIVES and not _referential_it(child, verb):
                    return None
                return _source_of_statement(child)
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
        inverted = _inverted_subject(verb)
        if inverted is not None:
            return inverted
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "by":
            verb = verb.head.head  # "pitched himself by telling them that ..."
            continue
        if verb.dep_ == "relcl" and verb.head.i != verb.i:
            return verb.head
        return None
    return None


def _referential_it(subject: Token, verb: Token) -> bool:
    """ "It says the campaign broke the law": an active verb of saying makes "it" somebody (a
    letter, a company), where "it seems" or "it shows" would not."""
    return subject.lower_ == "it" and cue_lemma(verb) not in COGNITION and \
        cue_lemma(verb) in CUE_VERBS


def _inverted_subject(verb: Token) -> Token | None:
    """ "..., added KCNA": a name right after a subjectless cue, parsed as its object."""
    if verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    name = after if after.pos_ == "PROPN" else None
    while name is not None and name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name is None or name.head.i != verb.i or name.dep_ not in ("dobj", "attr", "npadvmod"):
        return None
    return None if name.ent_type_ in ("DATE", "TIME") else name  # "said Monday"


def noun_phrase(token: Token) -> tuple[int, int]:
    """The token range of a speaker's noun phrase, without appositions or relative clauses."""
    start, end = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in _NP_LEFT and child.i < token.i:
            start = min(start, child.left_edge.i)
        elif child.dep_ == "prep" and child.i > token.i and child.lower_ in ("for", "of") and (
                cue_lemma(token) in SPOKESPEOPLE or cue_lemma(token) in CUE_NOUNS):
            end = max(end, child.right_edge.i + 1)
    doc = token.doc
    while start < end - 1 and doc[start].text in _EDGE_PUNCT:
        start += 1
    return start, end


def _chars(span: Span) -> tuple[int, int] | None:
    span = _without_asides(span)
    tokens = [t for t in span if not (t.is_punct and t.text in _EDGE_PUNCT)]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _ends_sentence(clause: Token) -> bool:
    """Whether only punctuation follows clause in its sentence."""
    return all(t.is_punct or t.is_space for t in clause.doc[clause.right_edge.i + 1 :
                                                             clause.sent.end])


def _apposed_aside(token: Token) -> bool:
    """ "NATO, the existing military alliance ...", "... — a metaphor for ...": the writer's
    description of a name, or anything set off by a dash (a list of nouns is no aside)."""
    return token.dep_ == "appos" and (token.head.pos_ == "PROPN"
                                      or token.doc[token.left_edge.i - 1].text != ",")


def _without_asides(span: Span) -> Span:
    """What was said, without the writer's trailing aside: a non-restrictive relative clause
    (", who has never faced ..."), a participle (", contradicting ...") or a concession
    (", although ...") that closes the clause after a comma."""
    doc = span.doc
    end = span.end
    while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for token in doc[span.start : end]:
        first = token.left_edge
        if first.i <= span.start + 1 or token.right_edge.i < end - 1 or \
                doc[first.i - 1].text not in _ASIDE_PUNCT or not _ends_sentence(token):
            continue
        if _apposed_aside(token) or (token.dep_ == "relcl" and first.lower_ in (
                _RELATIVES - {"that"}) | {"where", "when"}) or (
                token.dep_ == "advcl" and ((first.tag_ == "VBG" and first.i == token.i)
                                           or first.lower_ in _CONCESSIONS)):
            return doc[span.start : first.i - 1]
    return span
