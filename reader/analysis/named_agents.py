"""A speaker the parse did not make the cue's subject: a name just before or after the cue."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.cue_hosts import DEPENDENT, controller, gerund_agent
from reader.analysis.datelines import DASHES
from reader.analysis.noun_phrases import compound_head

# Prepositions of where or in what something was said ("on Twitter", "in a letter").
_MEDIA = frozenset({"on", "in", "at", "via", "through", "during"})


# Verbs whose object is the one spoken to ("tells NBC", "assured the court").
_TELLING = frozenset({"tell", "assure", "inform", "remind", "notify", "brief"})
# The words that can help a verb; another word the parse made one is a noun it misread.
_HELPING_WORDS = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "ought", "to", "need", "dare", "used", "get", "got", "gets", "going", "wo", "ca",
    "ai", "s", "re", "ve", "d", "ll", "m", "not", "never", "gon", "na", "let"})


def named_agent(verb: Token) -> Token | None:
    """A name the parse did not make the subject: one it took for a modal (_name_as_modal),
    right before a participle ("footage of Hillary Clinton asking, ..."), or right after a cue
    that governs its clause and follows what was said ("..., added KCNA"; ", telling O'Reilly
    that" shares its host's subject), save one told ("..., tells NBC"); or the name an aside
    set off by commas follows right before such a cue ('"...," Ann Lee, head of the board,
    tells NBC')."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    modal = _name_as_modal(verb)
    if modal is not None:
        return modal
    if verb.tag_ == "VBG" and before is not None and before.ent_type_ == "PERSON" \
            and before.pos_ == "PROPN":
        return where_of_host(before, verb) or before
    if controller(verb) is not None:
        return controller(verb)
    if gerund_agent(verb) is not None:
        return gerund_agent(verb)  # "praised Lee for saying", "his habit of blaming"
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ"):
        return _name_before_aside(verb)
    if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ"):
        aside = _name_before_aside(verb)  # '"...," Ann Lee, head of the board, tells NBC'
        if aside is not None:
            return aside
    return None if verb.dep_ in DEPENDENT else _inverted_subject(verb)


def _name_as_modal(verb: Token) -> Token | None:
    """ '"...," Will wrote': a capitalised word the parse took for a modal ("Will", "May")
    right before a verb in the past, a past participle or the present with "-s", which no
    modal goes with ("will have written" has "have" between): a name, the subject. So is a
    capitalised word inside the sentence the parse took for an adverb ("And Brantly called
    it ...", a name ending in "-ly") right before a cue with no subject. So is a noun the parse
    made the helping verb of the cue right after it ("Kestrel Lake, which ecologists describe
    as pristine")."""
    noun = next((c for c in verb.children if c.i == verb.i - 1 and c.dep_ == "aux"
                 and c.is_alpha and c.lower_ not in _HELPING_WORDS), None)
    if noun is not None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return noun
    if verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return None
    return next((c for c in verb.children if c.i == verb.i - 1 and c.is_title and (
        (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "advmod" and c.tag_ == "RB"
                                                 and c.i > c.sent.start))), None)


def where_of_host(name: Token, verb: Token) -> Token | None:
    """ "Soto posted on Twitter accusing the firm", "Soto was quoted in the Gazette saying": a
    name ending a phrase of where or in what a verb was done, with the participle after it hung
    on that verb or on the name, does not do it; the verb's subject, even a passive's, does
    (unlike "footage of Clinton asking", whom the footage shows)."""
    host = name.head.head if name.dep_ == "pobj" and name.head.lower_ in _MEDIA else None
    if host is None or host.pos_ != "VERB" or verb.head.i not in (host.i, name.i) or \
            verb.dep_ not in ("advcl", "acl"):
        return None
    return next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _name_before_aside(verb: Token) -> Token | None:
    """ "since Clinton, at Monday's debate, cited ...": a finite verb joined without "and" right
    after an aside set off by commas, which opens after a person's name: that name."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    for index in range(verb.i - 2, max(verb.sent.start, verb.i - 10), -1):
        token = doc[index]
        if token.dep_ == "cc" or token.pos_ in ("VERB", "AUX"):
            return None
        if token.text == ",":
            name = doc[index - 1]
            person = name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
            return name if person and not any(c.dep_ == "cc" for c in verb.children) else None
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """ "..., added KCNA": a name right after a subjectless cue that follows what was said,
    parsed as its object ("and encouraged Americans to" has its subject earlier); or after a
    cue that opens its sentence, which the parse may hang on the name ("Said Ellis: ...")."""
    if verb.i + 1 >= len(verb.doc) or verb.i == 0 or verb.lemma_.lower() in _TELLING:
        return None  # "..., tells NBC": who is told, never who tells
    opens = verb.i == verb.sent.start or verb.doc[verb.i - 1].is_space
    if not (verb.doc[verb.i - 1].is_punct or opens):
        return None
    after = verb.doc[verb.i + 1]
    name = compound_head(after) if after.pos_ == "PROPN" or _surname_as_word(after) else None
    if name is None or name.ent_type_ in ("DATE", "TIME"):  # "said Monday"
        return None
    if opens and verb.tag_ == "VBD" and verb.head.i == name.i and verb.dep_ == "compound":
        return name
    if name.head.i != verb.i or name.dep_ not in ("dobj", "attr", "npadvmod", "advmod"):
        return None
    return name


def _surname_as_word(token: Token) -> bool:
    """ '"It works," says Early.': a capitalised word the parse took for an adverb or an
    adjective, alone between a cue and the end of its clause: a surname."""
    doc = token.doc
    return token.is_title and token.pos_ in ("ADV", "ADJ") and token.i + 1 < len(doc) \
        and doc[token.i + 1].is_punct and doc[token.i + 1].text not in DASHES
