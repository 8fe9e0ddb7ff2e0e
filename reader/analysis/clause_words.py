"""Word lists for reading a clause: copulas, speech, light and control verbs, event nouns."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

# Fine-grained tags of a finite verb form: a clause of its own, not a phrase.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs that link a subject to a description rather than act: never an event.
COPULAS = frozenset({"be", "seem", "become", "remain"})
# Verbs that only link when they take a complement ("looked tired", "proved costly").
LINKING = frozenset({"appear", "look", "sound", "feel", "prove", "stay", "grow", "turn", "get",
                     "keep"})
# Verbs that report speech: their clauses make quotes, not events.
REPORTING_VERBS = frozenset({
    "say", "tell", "claim", "state", "assert", "insist", "remark", "reply", "comment",
    "explain", "emphasize", "emphasise", "stress", "reiterate", "affirm", "allege", "argue",
    "contend", "quip", "retort", "accord", "testify", "aver", "exclaim", "tweet", "quote",
    "joke", "confide",
})
# Verbs that report speech or thought when a clause says what ("added that ...", "confirmed it
# would ..."); with a plain object they are actions ("added two stores", "announced a phone").
CLAUSAL_CUES = frozenset({
    "add", "note", "announce", "declare", "confirm", "deny", "reveal", "admit", "warn", "report",
    "write", "suggest", "believe", "think", "hope", "expect", "predict", "acknowledge", "concede",
    "estimate", "indicate", "promise", "vow", "pledge", "know", "feel", "fear", "assume",
    "agree", "mention", "disclose", "clarify", "hint", "ask", "respond", "answer", "recall",
    "observe", "point", "show", "suspect", "understand", "learn", "hear", "guess", "worry",
})
# Light verbs whose object names the action ("took part", "held talks", "made a decision").
LIGHT_VERBS = frozenset({"take", "make", "give", "have", "hold", "pay", "do", "stage", "conduct",
                         "carry", "put", "launch"})
EVENT_NOUNS = frozenset({
    "part", "place", "talks", "talk", "visit", "decision", "speech", "announcement", "attack",
    "appearance", "call", "action", "control", "office", "vote", "step", "steps", "effort",
    "meeting", "conference", "election", "elections", "trip", "tour", "move", "bid", "offer",
    "raid", "strike", "strikes", "search", "investigation", "inquiry", "review", "test", "tests",
    "flight", "shot", "shots", "fire", "look", "stand", "charge", "payment", "statement",
    "presentation", "demonstration", "protest", "rally", "operation", "offensive", "campaign",
    "break", "rest", "walk", "note", "notice", "aim", "advantage", "care", "lead",
    "deal", "agreement", "promise", "pledge", "commitment", "change", "changes", "cut", "cuts",
    "delivery", "possession", "hold", "root", "effect", "shape", "hostage",
})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp",
                         "csubj", "csubjpass", "parataxis", "dep", "acomp", "oprd"})
# Participles that begin a title before a role ("defending champion", "running back").
TITLE_PARTICIPLES = frozenset({"defending", "reigning", "running", "acting", "outgoing",
                               "incoming", "managing", "presiding", "founding", "commanding",
                               "visiting", "starting", "ruling", "ranking",
                               "sitting", "governing", "returning", "leading"})
# Participles of feeling, which after "be" say how somebody feels ("was disappointed").
FEELINGS = frozenset({"worried", "concerned", "disappointed", "pleased", "delighted",
                      "satisfied", "dissatisfied", "upset", "frustrated", "surprised", "shocked",
                      "thrilled", "saddened", "alarmed", "troubled", "disgusted", "outraged",
                      "dismayed", "excited", "unfazed", "heartbroken", "devastated",
                      "disillusioned", "bemused", "baffled", "puzzled", "annoyed",
                      "irritated", "angered", "horrified", "stunned", "amazed", "astonished"})
RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
# Verbs whose object does what follows ("hired a hitman to kill", "ordered troops to fire").
OBJECT_CONTROL = frozenset({"ask", "order", "force", "urge", "persuade", "allow", "help",
                            "encourage", "invite", "require", "tell", "instruct", "lead", "hire",
                            "pay", "employ", "send", "commission", "authorize", "authorise",
                            "enable", "permit", "train", "recruit", "appoint", "compel",
                            "pressure", "push", "get", "cause", "warn", "advise", "direct",
                            "select", "choose", "pick", "assign", "task", "contract", "convince",
                            "prompt", "nominate", "elect", "inspire"})
# Simple past forms that are never a past participle ("took", not "taken").
PAST_ONLY = frozenset({
    "took", "went", "saw", "fell", "rose", "gave", "wrote", "drove", "flew", "began", "ran",
    "sank", "broke", "stole", "chose", "spoke", "froze", "shook", "knew", "grew", "threw", "blew",
    "drew", "rode", "hid", "bit", "forgot", "did", "swam", "sang", "rang", "drank", "wore",
    "tore", "swore", "came", "became", "ate", "woke", "arose", "forgave", "withdrew", "overtook",
    "undertook", "mistook", "shrank", "sprang", "stank", "strove", "was", "were",
})
# Verbs that take no object, so that no form of them is a passive ("Man died in crash").
INTRANSITIVE = frozenset({"die", "arrive", "happen", "occur", "emerge", "vanish", "disappear",
                          "collapse", "erupt", "resign", "retire", "exist", "soar", "plunge",
                          "surge", "tumble", "slump", "sleep", "succumb", "perish", "drown"})
# Verbs whose subject acts when they have no object: a past form of one joined to a passive
# is active ("was arrested and confessed to the robbery", "was criticized and resigned").
ACTIVE_ALONE = INTRANSITIVE | frozenset({"confess", "plead", "apologize", "apologise", "testify",
                                         "flee", "escape", "relent", "comply", "cooperate",
                                         "complain", "respond", "reply", "react", "survive"})
# Verbs whose "it" only holds the place of the clause they take ("it seems that ...").
RAISING = frozenset({"seem", "appear", "turn", "happen", "transpire", "emerge"})
# What is decided, agreed, offered or intended ("a deal to buy jets"): who makes it does what
# its infinitive says, not who answers it ("rejected an offer to buy the club").
PROPOSALS = frozenset({"move", "step", "attempt", "effort", "decision", "bid", "plan", "bet",
                       "deal", "agreement", "contract", "pact", "accord", "arrangement", "offer",
                       "proposal", "promise", "pledge", "commitment", "vow", "intention", "push",
                       "drive", "campaign", "scheme"})
# Nouns an infinitive says something about without their doing it ("the only way to win").
MANNER_NOUNS = PROPOSALS | frozenset({"way", "time", "chance", "opportunity", "place", "thing",
                                      "option", "means", "reason", "day", "year", "moment",
                                      "stage", "choice"})
# Verbs that answer or judge what another proposed ("rejected the plan", "backed the deal").
ANSWERING = frozenset({
    "reject", "refuse", "decline", "block", "oppose", "veto", "accept", "welcome", "back",
    "support", "endorse", "approve", "criticize", "criticise", "condemn", "slam", "attack",
    "challenge", "question", "fight", "resist", "review", "consider", "examine", "study",
    "receive", "praise", "hail", "mock", "dismiss", "scupper", "thwart", "derail", "overturn",
    "denounce", "decry", "protest", "investigate", "probe", "scrutinize", "ratify", "rebuff",
    "spurn", "applaud", "blast", "assail", "lambaste", "ridicule", "sue"})
RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "next"})
# Nouns that count how much, not who ("by two goals", "by 40 votes").
UNITS = frozenset({"goal", "point", "vote", "seat", "run", "length", "stroke", "percent",
                   "margin", "degree", "place", "position", "spot"})
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
# Nouns whose "of" says what their owner would do ("his hopes of playing").
AIMS = frozenset({"hope", "chance", "prospect", "plan", "intention", "aim", "goal", "dream",
                  "ambition", "attempt", "bid", "effort", "habit", "record", "odds"})
# Nouns whose owner does the infinitive on them ("the council's announcement to close it",
# "his refusal to resign"), beside the aims and proposals.
OWNERS_ACTS = frozenset({"announcement", "threat", "refusal", "failure", "determination",
                         "willingness", "readiness", "desire", "wish", "eagerness", "reluctance",
                         "ability", "inability", "capacity", "resolve", "resolution"})
# Words that open a clause of time or cause, which a parse may read as prepositions.
SUBORDINATORS = frozenset({"after", "before", "until", "till", "since", "because", "as",
                           "while", "when", "once", "if", "unless", "though", "although"})
NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
# Verbs whose object "at", "in" or "after" brings ("looked at the data", "resulted in a loss",
# "went after the rebels"); after any other verb such a phrase says where, when or how ("sang
# at church", "held in jail", "left after the vote").
PREPOSITIONAL = {
    "at": frozenset({"look", "glance", "stare", "gaze", "peer", "hint", "aim", "point", "laugh",
                     "smile", "wink", "scoff", "sneer", "marvel", "bristle", "balk", "bridle",
                     "chafe", "lash", "hit", "strike", "swipe", "jab", "snap", "shout", "yell",
                     "scream", "bark", "fire", "shoot", "throw", "hurl", "grab", "clutch",
                     "chip", "nibble", "arrive", "get", "go", "rage", "rail", "wave", "nod",
                     "knock", "target", "direct", "cheat"}),
    "in": frozenset({"result", "participate", "engage", "invest", "believe", "deal", "compete",
                     "enroll", "enrol", "cooperate", "collaborate", "traffic", "specialize",
                     "specialise", "succeed", "persist", "indulge", "intervene", "interfere",
                     "join", "share", "revel", "rejoice", "trade", "wallow", "delight",
                     "confide", "involve", "implicate", "assist", "aid", "culminate",
                     # and "in" as a particle before the object ("sent in troops")
                     "send", "bring", "bus", "fly", "ship", "draft", "add", "pitch", "chip",
                     "hand", "let", "usher", "plug", "key", "type", "program",
                     "pencil", "phase", "rope", "rein", "round"}),
    "after": frozenset({"go", "come", "chase", "run", "look", "take", "seek", "hunt", "lust",
                        "name", "ask", "inquire", "enquire", "hanker", "yearn", "send"}),
}
# Nouns of an occasion: "at", "in" or "on" one says where or when something happened
# ("announced at the air show", "spoke at a rally"), not what was acted on.
OCCASIONS = frozenset({
    "show", "airshow", "fair", "expo", "exhibition", "conference", "summit", "meeting",
    "convention", "congress", "ceremony", "rally", "festival", "forum", "gathering", "event",
    "hearing", "session", "briefing", "reception", "gala", "banquet", "dinner", "luncheon",
    "breakfast", "games", "olympics", "championship", "tournament", "concert", "parade",
    "funeral", "wedding", "vigil", "march", "protest", "demonstration", "debate", "interview",
    "appearance", "speech", "address", "press", "stage", "podium"})


def gerund(word: str, verbs: Collection[str]) -> bool:
    """Whether a word in -ing is an English verb's ("Questioning", "Injecting", "Running")."""
    stem = word.lower().removesuffix("ing")
    if stem == word.lower() or len(stem) < 2:
        return False
    doubled = len(stem) > 2 and stem[-1] == stem[-2]
    return stem in verbs or f"{stem}e" in verbs or (doubled and stem[:-1] in verbs)


# Nouns for a stretch of land or a part of one, which a place's owner locates ("Tulsa's north
# side", "Russia's borders"); most other nouns after an owner say whose, not where ("in
# Afghanistan's response", "at America's military").
OWNED_PLACES = frozenset({
    "side", "area", "region", "coast", "coastline", "shore", "capital", "city", "town", "village",
    "border", "frontier", "flank", "streets", "outskirts", "suburb", "suburbs", "province",
    "state", "district", "neighborhood", "neighbourhood", "quarter", "heart", "territory", "soil",
    "waters", "countryside", "interior", "edge", "corner", "downtown", "county", "kingdom",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "zone", "enclave", "peninsula", "hometown", "home", "office",
    "courthouse", "restaurant", "store", "shop", "warehouse", "headquarters", "campus", "port",
    "waterfront", "beach", "desert", "forest", "mainland", "highlands",
})


def a_time(owner: Token) -> bool:
    """Whether a possessive is a date or a span of time ("Tuesday's vote", "last week's
    releases"), which says when something was, never who made it."""
    return owner.pos_ != "PRON" and (owner.ent_type_ in ("DATE", "TIME") or
                                     owner.lemma_.lower() in TIME_UNITS)
