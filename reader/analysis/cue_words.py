"""The reporting-cue lexicon: verbs, nouns and adjectives that attribute speech or a stance."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Lemmas of verbs that report speech, writing, thought or a stance.
CUE_VERBS = frozenset({
    "accept", "accuse", "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege",
    "announce", "answer", "argue", "ask", "assert", "assume", "assure", "beg", "believe", "blame",
    "boast", "brand", "brief", "call", "caution", "challenge", "characterise", "characterize",
    "charge", "cite", "claim", "clarify", "comment", "complain", "concede", "conclude", "concur",
    "condemn", "confess", "confirm", "contend", "counter", "criticise", "criticize", "cry",
    "declare", "decry", "demand", "denounce", "deny", "describe", "disclose", "dispute", "doubt",
    "dub", "emphasise", "emphasize", "estimate", "exclaim", "expect", "explain", "express", "fear",
    "feel", "find", "forecast", "guarantee", "guess", "highlight", "hint", "hope", "imply",
    "indicate", "inform", "insinuate", "insist", "joke", "know", "label", "lament", "maintain",
    "mention", "muse", "mutter", "note", "notify", "observe", "plead", "pledge", "point",
    "portray", "post", "praise", "predict", "proclaim", "promise", "propose", "question", "quip",
    "quote", "reassure", "recall", "reckon", "recommend", "recount", "refer", "reiterate",
    "reject", "relate", "remark", "repeat", "reply", "report", "respond", "retort", "reveal",
    "say", "scream", "shout", "show", "signal", "speculate", "state", "stress", "suggest",
    "suspect", "swear", "see", "tell", "testify", "think", "threaten", "tout", "tweet", "underline",
    "underscore", "urge", "view", "voice", "vow", "warn", "whisper", "worry", "write", "yell",
    # thinking, perceiving and judging (WordNet's verb.cognition), with what is thought
    "wonder", "contemplate", "envision", "envisage", "imagine", "realize", "realise",
    "recognize", "recognise", "understand", "learn", "sense", "notice", "perceive", "remember",
    "deem", "infer", "surmise", "presume", "posit", "theorize", "theorise", "prefer", "regret",
    "resent",
    # manners of saying (verb.communication)
    "chant", "grumble", "gripe", "scoff", "gush", "rant", "sigh", "murmur", "mumble", "moralize",
    "moralise", "disagree", "illustrate",
})
# Verbs of saying as such: coordinated with what somebody said, they say something else
# ("said he would order a review and warned against hackers").
# Verbs of speech that name something ("referred to it as", "described it as", "dubbed it").
NAMING_VERBS = frozenset({"refer", "describe", "dub", "brand", "label", "term"})
SPEECH_VERBS = frozenset({"say", "warn", "add", "tell", "note", "argue", "insist", "claim",
                          "ask", "urge", "vow", "pledge", "promise", "deny", "admit",
                          "acknowledge", "call", "declare", "announce", "stress"})
# Verbs of a stance, whose object is the stance taken ("endorsed Trump", "opposes the deal").
STANCE_CUES = frozenset({"endorse", "support", "oppose", "echo", "reference", "back",
                         # feelings towards somebody or something, and disregard of it
                         "despise", "hate", "loathe", "detest", "admire", "adore", "love",
                         "respect", "ignore", "disregard"})
# Verbs whose direct object is itself what was said ("denied the allegations").
OBJECT_CUES = frozenset({
    "deny", "announce", "confirm", "reveal", "admit", "predict", "promise", "pledge", "acknowledge",
    "report", "claim", "propose", "reiterate", "repeat", "reject", "dispute",
    "recommend", "demand", "concede", "confess", "question", "tweet", "post", "estimate",
    "cite", "note", "mention", "describe", "criticize", "criticise", "praise", "blame", "decry",
    "denounce", "condemn", "welcome", "dismiss", "hail", "tout", "highlight", "stress",
    "emphasize", "emphasise", "underline", "underscore", "applaud", "slam", "blast",
    # speech and writing about something, and stances taken towards it
    "discuss", "defend", "detail", "outline", "publish", "promote",
    "advocate", "mock", "deride", "ridicule", "bemoan", "lament", "chastise", "resist", "liken",
    "compare", "invoke", "debate", "attack", "champion",
    "embrace", "favor", "favour", "challenge", "protest", "characterize", "characterise",
    "label", "laud", "express", "voice", "offer", "explain", "articulate", "rebut",
    "refute", "contest", "summarize", "summarise", "quote", "suggest", "recount", "recall",
    "link", "tie", "identify", "contrast", "expose", "document",
    # making a plan or a view public
    "compliment", "chant", "weigh",
    # playing up, playing down, taking back and running down what was said or done
    "downplay", "exaggerate", "overstate", "understate", "trumpet", "spurn", "rebuff",
    "disavow", "repudiate", "renounce", "retract", "recant", "foresee", "anticipate",
    "parrot", "lampoon", "smear", "disparage", "belittle", "denigrate", "malign", "vilify",
    "demonize", "demonise", "extol",
    # deciding on a law, a rule or a ruling
    "veto", "repeal", "overturn", "overrule", "uphold", "enact", "ratify",
}) | STANCE_CUES
# Verbs that charge somebody with something ("accused X of Y", "praised X for Y").
CHARGE_CUES = frozenset({"accuse", "criticize", "criticise", "blame", "blast", "praise", "thank",
                         "slam", "fault", "attack", "condemn", "applaud", "commend", "chide",
                         "rebuke", "scold", "lambast", "berate", "castigate", "credit",
                         "congratulate"})
# Verbs of intent, a cue only with the to-infinitive they intend ("wants to cut taxes").
INTENT_CUES = frozenset({"want", "plan", "refuse", "decline", "seek", "intend", "decide",
                         "vote", "wish", "volunteer", "resolve", "opt", "consent", "aim",
                         "like"})
# Verbs taking a to-infinitive as what was said ("vowed to fight").
XCOMP_CUES = frozenset({
    "vow", "promise", "pledge", "threaten", "urge", "ask", "agree", "refuse", "swear", "claim",
    "tell", "warn", "advise", "call", "demand", "plead", "beg", "expect", "hope", "propose",
    "decline", "offer",
}) | INTENT_CUES
# Verbs of urging somebody to do something: a cue only with what they urge ("encouraged his
# supporters to visit the polls").
URGING_CUES = frozenset({"encourage", "persuade", "convince", "press", "implore", "invite",
                         "exhort", "instruct", "order", "direct", "remind", "pressure", "prod",
                         "nudge", "dare", "push", "entreat", "counsel"})
# Verbs by which a rule or a law lets or makes somebody do something: a cue only with a rule
# for subject and what it lets or makes them do ("the rules permit members to vote by proxy").
PERMITTING_CUES = frozenset({"allow", "permit", "require", "empower", "authorize", "authorise",
                             "forbid", "prohibit", "oblige", "compel", "entitle", "mandate"})
# Written rules, which say what may or must be done.
RULES = frozenset({"rule", "law", "program", "programme", "bill", "measure", "regulation",
                   "policy", "constitution", "statute", "legislation", "provision", "act",
                   "treaty", "agreement", "bylaw", "guideline", "code", "charter", "ruling",
                   "order", "amendment", "clause", "contract", "deal", "accord"})
# Verbs of thinking: a cue of their own, but not inside what somebody else is reported to say.
COGNITION = frozenset({"believe", "think", "expect", "hope", "feel", "know", "fear", "worry",
                       "reckon", "guess", "assume", "suspect", "doubt", "find", "show",
                       "confirm", "suggest", "indicate", "mean", "reveal", "see", "view"})
# Verbs reporting speech through a preposition ("warned of consequences").
PREP_CUES = {"warn": {"of", "about", "against"}, "complain": {"about", "of"},
             "boast": {"about", "of"}, "caution": {"against", "about"}, "speak": {"of", "about"},
             "talk": {"of", "about"}, "write": {"of", "about"}, "call": {"for"},
             "argue": {"for", "against"}, "testify": {"about"}, "point": {"to"},
             "comment": {"on"}, "worry": {"about"}, "ask": {"about"}, "rail": {"against"},
             "agree": {"with", "on"}, "reply": {"with", "to"}, "counter": {"with"},
             "advocate": {"for"}, "lobby": {"for", "against"}, "vote": {"against"},
             "press": {"on", "about"}, "confess": {"to"}, "admit": {"to"},
             "bet": {"on"}, "count": {"on"}, "refer": {"to"},
             "campaign": {"for", "against"}, "respond": {"to", "with"},
             "apologize": {"for"}, "apologise": {"for"}, "weigh": {"on", "about"},
             "wonder": {"about"}, "disagree": {"with", "on", "about"}, "bristle": {"at"},
             "balk": {"at"}, "joke": {"about"}, "brag": {"about"}, "plead": {"for"},
             "appeal": {"for"}, "object": {"to"}, "moralize": {"about"},
             # speaking, writing or fretting about something
             "hint": {"at"}, "allude": {"to"}, "harp": {"on"}, "dwell": {"on"},
             "elaborate": {"on"}, "touch": {"on"}, "muse": {"about", "on"},
             "reflect": {"on"}, "opine": {"on", "about"}, "speculate": {"about", "on"},
             "lie": {"about"}, "fret": {"about", "over"}, "gripe": {"about"},
             "grumble": {"about"}, "inquire": {"about"}, "report": {"on"}, "blog": {"about"},
             "tweet": {"about"}, "rant": {"about"}, "vent": {"about"}, "clash": {"over"},
             "spar": {"over"}, "insist": {"on"},
             # jibing at somebody ("swipes at the mayor", "lashed out at critics")
             "swipe": {"at"}, "jab": {"at"}, "lash": {"at"},
             # saying little or much about something, deciding against it
             "say": {"about"}, "decide": {"against"}, "rule": {"against"},
             # knowing about something, believing in it
             "know": {"about", "of"}, "believe": {"in"}}
# Verbs that report what they take only with their particle ("ruled out a deal", "shrugged off
# the criticism").
PHRASAL_CUES = {"spell": "out", "rule": "out", "brush": "off", "shrug": "off", "single": "out",
                "sum": "up", "play": "down", "chalk": "up"}
ANY_VERB_CUE = CUE_VERBS | OBJECT_CUES | CHARGE_CUES | PREP_CUES.keys()  # built once
OBJECT_VERBS = OBJECT_CUES | CHARGE_CUES
# Cue verbs as headlines write them, with the few verbs of attack only headlines use.
HEADLINE_VERBS = ANY_VERB_CUE | {"rip", "hammer", "bash"}
# Nouns that carry a statement ("his claim that ...", "a statement from the ministry").
CUE_NOUNS = frozenset({
    "statement", "announcement", "remark", "comment", "claim", "assertion", "warning", "interview",
    "tweet", "post", "testimony", "briefing", "speech", "letter", "report", "release", "message",
    "allegation", "accusation", "promise", "pledge", "vow", "denial", "admission", "insistence",
    "argument", "belief", "view", "suggestion", "prediction", "assurance", "charge", "notion",
    "concern", "hope", "fear", "doubt", "confidence", "optimism", "regret", "conviction",
    # what is recognised, supposed or suspected
    "recognition", "realization", "realisation", "consensus", "expectation",
    "perception", "impression", "suspicion", "assumption",
    # what is concluded, found, pronounced or forecast
    "conclusion", "finding", "verdict", "estimate", "forecast", "pronouncement", "contention",
    # what is worried or complained about
    "worry", "complaint",
})
# Verbs that make or hold a statement of their object ("raised questions about", "made the case
# for", "had questions about").
LIGHT_VERBS = frozenset({"make", "raise", "issue", "deliver", "draw", "pose", "voice", "express",
                         "level", "have", "answer", "field"})
# What such a verb makes: a statement, or a question or a case put to somebody.
STATEMENT_NOUNS = CUE_NOUNS | {
    "case", "question", "point", "reference", "criticism", "link", "message", "note", "threat",
    "demand", "appeal", "plea", "pitch", "objection", "complaint", "request", "call", "offer",
    "concern", "doubt", "alarm", "caution", "protest", "challenge", "critique",
    # misgivings somebody has or voices ("had reservations about the deal")
    "reservation", "misgiving", "qualm", "worry"}
# Nouns of a stance or a proposal that report what they are about when somebody owns them
# ("Clinton's plan to ...", "his criticism of ...", "their support for ...").
OWNED_NOUNS = frozenset({
    "plan", "proposal", "effort", "decision", "call", "support", "opposition", "criticism",
    "praise", "attack", "endorsement", "demand", "emphasis", "determination", "eagerness",
    "refusal", "reluctance", "acknowledgment", "acknowledgement", "theory", "assessment",
    "commitment",
    # feelings and stances towards somebody or something ("his admiration for Putin")
    "adulation", "admiration", "abandonment", "rejection", "condemnation", "denunciation",
    "advocacy", "approval", "disapproval", "disdain", "contempt", "distrust", "mistrust",
    "skepticism", "scepticism", "enthusiasm", "affection", "hostility", "antipathy",
    "animosity", "sympathy", "fondness", "loyalty", "devotion", "ire", "anger", "outrage",
    "frustration", "disappointment", "dissatisfaction", "embrace",
})
# Nouns of a view, a hope or an argument that somebody's can be said to be ("Her bet is that
# ...", "His argument was that ...").
VIEW_NOUNS = CUE_NOUNS | OWNED_NOUNS | frozenset({
    "bet", "goal", "aim", "thinking", "calculation", "expectation", "assumption", "worry",
    "idea", "sense", "feeling", "reasoning", "rationale", "logic", "strategy", "hunch", "guess",
    "wager", "answer", "response", "position", "stance", "line", "point", "message", "case",
    "complaint", "objection", "pitch", "hope", "fear", "concern", "suspicion", "impression"})
# People by the stance they hold ("a firm opponent of the new dam").
STANCE_HOLDERS = frozenset({"supporter", "opponent", "defender", "critic", "advocate",
                            "proponent", "champion", "backer", "foe", "admirer"})
ANY_NOUN_CUE = CUE_NOUNS | OWNED_NOUNS | STANCE_HOLDERS
# Adjectives of a stance, with the clause or object they take ("is sure that", "was critical of").
CUE_ADJECTIVES = frozenset({
    "afraid", "sure", "certain", "confident", "convinced", "worried", "concerned", "determined",
    "willing", "eager", "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical",
    "critical", "aware", "unsure", "uncertain", "doubtful", "adamant", "proud", "unwilling",
    "reluctant", "keen", "opposed", "supportive", "fearful", "anxious", "frustrated", "angry",
    "upset", "disappointed", "pleased", "dismissive", "wary", "insistent", "vocal", "outspoken",
    # feelings and leanings towards something (WordNet's adj.all of attitude)
    "bearish", "bullish", "passionate", "enthusiastic", "hesitant", "happy",
    "glad", "sorry", "grateful", "thankful", "furious", "outraged", "alarmed", "troubled",
    "surprised", "shocked", "disgusted", "satisfied", "unhappy", "dissatisfied", "nervous",
    "mindful", "open", "receptive", "resistant", "hostile", "sympathetic", "noncommittal",
    "silent", "ambivalent",
    # feelings the parse often reads as passive verbs ("were dismayed by the ruling")
    "unsettled", "dismayed", "heartened", "irritated", "annoyed", "offended", "incensed",
    "baffled", "puzzled", "relieved", "delighted", "thrilled", "stunned", "embarrassed",
    "horrified", "appalled", "enraged", "angered", "saddened", "encouraged",
    "dedicated", "committed", "devoted",
})
# People who speak for somebody else ("a spokesman for the ministry").
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                          "mouthpiece", "aide", "adviser", "advisor", "lawyer", "attorney",
                          "envoy"})
# What shows or finds something without saying it ("the poll shows", "the video shows").
EVIDENCE = frozenset({"poll", "polling", "survey", "study", "report", "data", "video", "footage",
                      "record", "document", "analysis", "figure", "number", "average", "research",
                      "statistic", "recording", "review", "audit", "investigation", "it"})
# Subjects that are no speaker ("It was reported that ...", "there").
EXPLETIVES = frozenset({"it", "there", "this", "that", "which"})
# Pronouns that open a relative clause, and the subject no speaker is ("the group that said").
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Marks that set an inserted cue off from what it reports ("The plan, he said, will fail").
INSERT_PUNCT = frozenset({",", "—", "–", "-", "\"", "”", "’", "'", "»", "("})
# Entity labels of those who can say something.
AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Words that open a concession, the writer's own aside (", though she noted ...").
CONCESSIONS = frozenset({"although", "though", "while", "whereas"})
# Punctuation that never starts or ends a span of words.
EDGE_PUNCT = frozenset(",;:—–-\"'“”‘’«»„")
# A word as written, with its apostrophes ("don't", "Clinton’s").
WORD = re.compile(r"\w+(?:['’]\w+)*")
# Forms the small pipeline's lemmatiser gets wrong.
_LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope", "laid": "lay"}


def cue_lemma(token: Token) -> str:
    """A token's lemma, lower-cased, where the small pipeline's lemmatiser gets cue words
    wrong ("hoped" as "hop")."""
    key = (token.lower, token.lemma)  # string-store keys: the same strings, the same keys
    lemma = _cue_lemmas.get(key)
    if lemma is None:
        if len(_cue_lemmas) >= _CUE_LEMMAS_KEPT:
            _cue_lemmas.clear()
        lemma = _cue_lemmas[key] = _LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()
    return lemma


# cue_lemma's answers by the keys of a word's lower case and lemma, read on every verb and
# noun of every sentence; cleared when it grows past a large vocabulary's worth.
_cue_lemmas: dict[tuple[int, int], str] = {}
_CUE_LEMMAS_KEPT = 200_000
