"""Whether a verb is a reporting cue where it stands, by what it takes after it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from reader.analysis.cue_clauses import PERSUADING, URGING, urged
from reader.analysis.cue_contents import (
    JUDGING,
    WANTING,
    complement,
    judged,
    object_content,
    phrasal,
)
from reader.analysis.cue_words import (
    ANY_VERB_CUE,
    INTENT_CUES,
    PERMITTING_CUES,
    PHRASAL_CUES,
    PREP_CUES,
    RELATIVE_PRONOUNS,
    RULES,
    cue_lemma,
)
from reader.analysis.naming_cues import as_clause, as_complement
from reader.analysis.statement_objects import agreed, light_content, published

# Verbs of jibing at somebody, which take nothing else ("swipes at the mayor").
_JIBING = frozenset({"swipe", "jab", "lash"})
# Cues too common in their other senses to stand without what they report ("see X as Y").
_AMBIGUOUS_CUES = frozenset({"call", "show", "find", "know", "feel", "see", "view", "back"}) | \
    _JIBING
SEEING_AS = frozenset({"see", "view"})  # a stance only as "see X as Y"
# Verbs that present something as something else, a cue only so ("painted the deal as a win").
_CASTING_AS = frozenset({"regard", "frame", "cast", "paint", "depict", "cover", "treat",
                         "bill", "pitch", "spin", "market", "sell", "define"})
_NAMING_ONESELF = frozenset({"name", "identify", "quote", "cite"})
# Who holds a title: "defending champion" defends nothing in words.
_TITLE_HOLDERS = frozenset({"champion", "champions", "champ", "champs", "titleholder",
                            "titleholders", "title-holder", "title-holders"})

# What is defended or contested by competing for it ("will defend her title", "contested the
# long jump", "defends his seat"), no stance taken in words.
_CONTESTS = frozenset({
    "title", "titles", "crown", "championship", "trophy", "cup", "belt", "medal", "seat",
    "seats", "race", "event", "final", "hurdles", "jump", "marathon", "sprint", "relay",
    "heptathlon", "decathlon", "pentathlon", "election", "primary", "caucus", "match", "game",
    "tie", "tournament", "slalom", "lead", "ward", "constituency", "majority"})
_DISTANCE = re.compile(r"\d+(?:,\d{3})*(?:m|km|metres?|meters?)$")
_COMPETING = frozenset({"defend", "contest", "challenge"})
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you"})
_CHALLENGED_ON = frozenset({"over", "on", "about", "to"})  # "challenged her over the figures"


# Verbs of selling, a cue only when no price is named ("offered his support").
_SELLING = frozenset({"offer", "sell", "discount", "list"})
_PRICED = frozenset({"for", "at", "from"})
# Things a firm or a body offers for sale or as a benefit ("offers free calls", "must offer
# compensation"), given, not said.
_GOODS = frozenset({
    "compensation", "discount", "deal", "refund", "rebate", "service", "product", "flight",
    "sample", "version", "feature", "package", "bonus", "voucher", "subsidy", "call", "gift",
    "card", "upgrade", "price", "rate", "fare", "ticket", "seat", "finish", "colour", "color",
    "horsepower", "model", "salary", "pay", "payment", "reward", "prize", "scholarship",
    "insurance", "trial", "membership", "subscription", "download", "app", "game", "bundle",
    "incentive", "perk", "benefit", "coupon", "credit", "stake", "share", "contract", "job"})
# Words marking an object as goods ("free samples", "cheap net calls").
_GOODS_WORDS = frozenset({"free", "cheap", "cheaper", "discounted", "low-cost", "affordable"})
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


def cue_verb(token: Token, lemma: str) -> bool:
    """Whether a verb is a cue here: intent and urging only with what they intend or urge
    ("wants to cut taxes"), common verbs only with what they report ("see X as Y")."""
    if _title_holder(token) or unnamed(token) or (
            lemma in _COMPETING and _competed_for(token, lemma)):
        return False
    if lemma == "charge":
        return _charge_reports(token)
    if lemma in _SELLING and _priced(token):
        return False  # "Amazon offers the laptop for $700": a sale, no statement
    if lemma == "offer" and _goods_offered(token):
        return False  # "airlines must offer compensation": a thing given, no statement
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
    if lemma in _JIBING and any(c.dep_ == "dobj" for c in token.children):
        return False  # "swiped her card at the door", not "swiped at the mayor"
    if lemma == "point" and any(c.dep_ == "dobj" for c in token.children) and not any(
            c.lower_ in ("out", "to") for c in token.children):
        return False  # "pointed a finger in her face", not "pointed out X" or "pointed to X"
    return lemma not in SEEING_AS or as_complement(token) is not None or \
        as_clause(token)  # "see X as Y", "as we saw in 2009, ...", not "see incomes go up"


def _priced(verb: Token) -> bool:
    """Whether a verb's own phrases hold a price ("for $700", "at $9.99 a month")."""
    return any(t.ent_type_ == "MONEY" and t.head.dep_ == "prep" and t.head.lower_ in _PRICED
               for t in verb.subtree if t.i > verb.i)


def _goods_offered(verb: Token) -> bool:
    """Whether "offer" takes goods as its object: a product, a price or a service, an amount
    of something, or something free ("airlines must offer compensation", "offers 30 colours"),
    with no infinitive of what is offered to be done ("offered to pay" is a proposal); or any
    object in the passive, whose subject is whom it is given to ("were offered a choice")."""
    kids = list(verb.children)
    thing = next((c for c in kids if c.dep_ == "dobj"), None)
    if thing is not None and any(c.dep_ == "auxpass" for c in kids):
        return True  # "Guests were offered two kinds of tea to choose from": given to them
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ in ("xcomp", "ccomp") for c in kids):
        return False
    phrase = list(thing.subtree)
    return cue_lemma(thing) in _GOODS or any(
        t.lower_ in _GOODS_WORDS or t.ent_type_ in _AMOUNTS for t in phrase if t.i < thing.i)


def _prep_cue(verb: Token, lemma: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in PREP_CUES.get(lemma, ()) for c in verb.children)


def _by_rule(verb: Token) -> bool:
    """Whether a verb's subject is a written rule ("The program, which allows ...")."""
    subject = relative_subject(verb)
    return subject is not None and cue_lemma(subject) in RULES


def relative_subject(verb: Token) -> Token | None:
    """A verb's subject, or for "which", "that" or "who" as the subject of a relative clause,
    the noun the clause hangs on ("The program, which allows": the program)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _infinitive_with_subject(clause: Token) -> bool:
    """ "allows investors to gain ...", parsed as a clause with its own subject."""
    return clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass")
                                          for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _anonymity(clause: Token) -> bool:
    """ "who declined to be named", "asked not to be identified": a source keeping its name
    out of the story, which is no stance on the story."""
    return cue_lemma(clause) in _NAMING_ONESELF and any(c.dep_ == "auxpass"
                                                         for c in clause.children)


def unnamed(verb: Token) -> bool:
    """ "who asked not to be named", "asked not to be identified", "asked that her name not be
    used": a request to keep a name out of the story, which reports nothing."""
    return any(c.dep_ in ("xcomp", "ccomp") and (_anonymity(c) or _name_kept(c))
               and any(n.dep_ == "neg" for n in c.children) for c in verb.children)


def _name_kept(clause: Token) -> bool:
    """ "that her last name not be published": a passive whose subject is a name, in the bare
    "be" of a request; "that the donors' names were not disclosed" reports a fact."""
    kids = list(clause.children)
    return any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in kids) and \
        not any(c.tag_ == "MD" for c in kids) and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in ("name", "surname") for c in kids)


def _title_holder(token: Token) -> bool:
    """ "face defending champion Croatia", "the defending world champions": who holds a title,
    not who defends something in words."""
    doc = token.doc
    return token.lower_ == "defending" and any(
        t.lower_ in _TITLE_HOLDERS for t in doc[token.i + 1 : min(len(doc), token.i + 3)])


def _competed_for(verb: Token, lemma: str) -> bool:
    """ "The champion will defend her crown in Oslo", "also contested the 200m", "back to
    challenge Okafor in Nairobi": a title, a race or a seat, or a rival challenged with
    nothing to answer, is competed for or against, not argued about."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        return False
    if lemma == "challenge":
        return (thing.ent_type_ == "PERSON" or thing.lower_ in _PERSONAL_OBJECTS) and not any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in _CHALLENGED_ON)
            for c in verb.children) and not any(t.lower_ == "to" for t in thing.subtree)
    number = "".join(t.lower_ for t in thing.lefts if t.dep_ == "nummod") + thing.lower_
    return thing.lower_ in _CONTESTS or bool(_DISTANCE.match(number.rstrip(".")))


def charged_with(verb: Token, lemma: str) -> bool:
    """ "The driver was charged with manslaughter", "was charged with running the fund": an
    indictment or a task, with nobody named to charge it, is no statement."""
    if lemma != "charge":
        return False
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def _charge_reports(verb: Token) -> bool:
    """ "critics charged that ...", "prosecutors charged two men with fraud": a charge made in
    words; not "a spot for charging laptops with batteries", where nobody charges (and see
    charged_with for an indictment with nobody named to make it)."""
    kids = list(verb.children)
    return any(c.dep_ == "ccomp" for c in kids) or (
        any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids))
