"""The document a saying "it" stands for: the letter or report the clause before put out."""

from __future__ import annotations

from spacy.tokens import Token

from reader.analysis.statement_makers import MAKERS

# Written things that say what is in them ("The letter says", "the report notes").
DOCUMENTS = frozenset({"letter", "statement", "report", "memo", "memorandum", "study", "paper",
                       "email", "e-mail", "notice", "document", "filing", "complaint", "lawsuit",
                       "petition", "release", "ruling", "survey", "poll", "analysis", "review",
                       "bill", "book", "article", "editorial", "post", "tweet", "message",
                       "advisory", "bulletin", "guidance", "resolution", "indictment",
                       "transcript", "column", "essay", "leaflet", "flyer", "pamphlet",
                       "circular", "communique", "directive", "decree", "brief", "motion",
                       "assessment", "audit", "dossier", "manifesto", "declaration", "order"})
# What a written thing does with its words.
_TEXT_VERBS = frozenset({"say", "state", "note", "list", "read", "show", "warn", "claim", "add",
                         "argue", "conclude", "find", "suggest", "recommend", "explain", "detail",
                         "describe", "outline", "urge", "ask", "call", "cite", "estimate",
                         "predict", "propose", "reveal", "indicate", "demand", "accuse", "allege",
                         "insist", "stress", "point", "mention", "assert", "acknowledge", "admit",
                         "promise", "tell", "inform", "advise", "caution", "highlight", "confirm",
                         "deny", "contend", "maintain", "report", "identify", "criticize",
                         "criticise", "praise", "specify"})
# Verbs whose subject made the document its object names, besides the makers of statements.
_AUTHORING = MAKERS | {"write", "draft", "file", "submit", "mail", "email", "prepare",
                       "distribute", "circulate", "present", "deliver", "pen", "author"}
_CLAUSES = ("ROOT", "conj")


def document_before(pronoun: Token) -> Token | None:
    """ "The city sent a letter to residents. It says the water is safe": an "it" that is the
    subject of what a text does (says, notes, lists), right after a clause that acts on a
    document (the object of its main verb, in the sentence before or earlier in its own),
    stands for the document, the nearer one and the one that says things, not for whoever
    handled it."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or \
            pronoun.head.lemma_.lower() not in _TEXT_VERBS:
        return None
    doc, start = pronoun.doc, pronoun.sent.start
    if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(start, pronoun.i)):
        verbs = [t for t in doc[start : pronoun.i] if t.dep_ in _CLAUSES and t.pos_ == "VERB"]
    elif start > 0:
        before = doc[start - 1].sent
        verbs = [t for t in before if t.dep_ in _CLAUSES and t.pos_ == "VERB"]
    else:
        return None
    if not verbs:
        return None
    thing = next((c for c in verbs[-1].children if c.dep_ == "dobj"), None)
    if thing is None or thing.tag_ != "NN" or thing.ent_type_ or \
            thing.lemma_.lower() not in DOCUMENTS:
        return None
    return thing


def author(document: Token) -> Token | None:
    """Who made the document a clause puts out ("The ministry released a report"): the
    subject of a verb of making or writing it, not of one that merely handles it ("received")."""
    verb = document.head
    if verb.lemma_.lower() not in _AUTHORING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
