"""Quoted fragments: a scare quote is its sentence's speaker's; a title, a name, a word named, a
dated slogan, a subheading, a headline's catchword or a phrase borrowed with nobody to say it is
nobody's quote."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from reader.analysis.cue_spans import Attribution
from reader.analysis.cue_words import WORD, cue_lemma
from reader.analysis.headline_cues import in_headline, title_cased
from reader.analysis.naming_cues import CALLING
from reader.analysis.quote_frames import Draft
from reader.analysis.quote_inheritance import lone_speaker
from reader.analysis.quote_marks import DOUBLE_MARKS, SINGLE_MARKS, Quoted
from reader.analysis.speaker_spans import noun_phrase
from reader.analysis.speakers import SpeakerResolver
from reader.analysis.uncued_frames import scare_short

# A noun that names the word or phrase quoted after it ('the word "We"', 'the slogan "...'),
# and the verbs by which somebody says it ('has used the phrase "...").
_NAMING = re.compile(r"\b(?:word|words|term|phrase|name|slogan|hashtag|nickname|moniker|"
                     r"tagline|motto|label)\s*$", re.IGNORECASE)
# What names the title quoted after it ('an installation entitled "..."', 'a song titled').
_TITLED = re.compile(r"\b(?:entitled|titled|named|nicknamed|dubbed)\s*,?\s*$", re.IGNORECASE)
# What makes the short quote after it a name, whatever cue stands near ('what became known as
# the "harbour tax" after the mayor who ...', 'a screen dubbed a "clear view"', 'formerly "X"',
# 'known to his friends as "Smiley"').
_KNOWN_AS = re.compile(r"\b(?:known(?:\s+(?:to|by|among)(?:\s+[\w'’]+){1,4})?\s+as|dubbed|"
                       r"nicknamed|formerly)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
# A "by" right after a quote: who gave the quoted name ('dubbed "the toll tax" by drivers').
_BY_AFTER = re.compile(r"\s*by\s")
_NICKNAMED = re.compile(r"\b(?:nicknamed|dubbed)\s*,?\s*$", re.IGNORECASE)
_KNOWN_AS_REACH = 48  # characters before the quote that _KNOWN_AS may take in
# A work's noun, and what names it, right before its quoted title ('the film "Blue Harbour"',
# 'a poem called "..."'): a title-cased quote there is the work's title even beside a cue.
_WORK = re.compile(r"\b(?:(?:film|movie|book|novel|memoir|song|single|album|show|series|sitcom|"
                   r"programme|program|podcast|documentary|poem|play|musical|opera|article|essay|"
                   r"column|episode|painting|exhibition|headline)(?:\s+(?:called|titled|entitled|"
                   r"named))?|titled|entitled)\s*,?\s*$", re.IGNORECASE)
_TITLE_WORDS = 8  # the most words of a work's title
# Prepositions of four letters that titles leave in lower case ('Gone with the Wind').
_TITLE_SMALL_WORDS = frozenset({"with", "from", "into", "onto", "upon", "over", "than"})
# An owner's possessive right before a quote ('CNBC's "Morning Desk"', 'the band's "Aurora"').
_OWNED = re.compile(r"\w(?:['’]s|s['’])\s*$")
_NAME_WORDS = 6  # the most words of a programme's or a work's name quoted after its owner
_GOES_ON = frozenset(",;(–—-")  # what may follow a phrase set inside a sentence that goes on
_SUBHEADING_WORDS = 8  # the most words of a quote set alone as a subheading
# A year in brackets right after a quote: a dated title or slogan ('"Go West" (1979)').
_DATED = re.compile(r"\s*\([^()\n]{0,40}\b(?:1[89]|20)\d\d\)")
# Verbs by which somebody calls a thing by the quoted words ('branded a "retreat" by X'):
# those of naming, and of a stance taken in the words ('hailed as "a triumph" by fans').
_NAMING_VERBS = CALLING | {"condemn", "hail", "denounce", "dismiss", "slam", "criticise",
                           "criticize"}
_SAYING_WORDS = frozenset({"use", "say", "utter", "coin", "repeat", "invoke", "employ", "adopt"})
# Words after which a capitalised quote is the name of a programme, a work or a thing, not
# words said ('an interview with "Morning Call"', 'goes by "Mac"', 'hits including "Rio"').
_NAME_LEAD = r"\b(?:on|with|in|at|by|from|including|like)\s*"
# ... or after "and" joining it to a quoted name so led ('including "Rio" and "Paloma"').
_NAME_LEADS = re.compile(_NAME_LEAD + r"$|" + _NAME_LEAD + r"[\"“'‘][^\"“”\n]{1,60}[\"”'’],?\s*"
                         r"(?:and|or)\s*$", re.IGNORECASE)


def _labelled(doc: Doc, text: str, draft: Draft) -> bool:
    """ "Lee on the Vote: 'We Won'": a short quote right after the colon of a label that names
    its speaker is what they say, no headline's catchword."""
    attribution = draft.attribution
    if attribution is None or attribution.speaker is None or draft.quoted is None:
        return False
    colon = doc[attribution.cue[0]]
    return colon.text == ":" and not text[colon.idx + 1 : draft.quoted.outer.start].strip()


def fragment_dropped(doc: Doc, text: str, draft: Draft, reported: list[Draft],
                     resolver: SpeakerResolver) -> bool:
    """Whether a quoted fragment is dropped as nobody's quote: a title-cased one, or one after
    "entitled", "titled" or "named", with no cue (a title), a name after an owner's possessive
    (a programme's, a work's) or a work's noun ('the film "Blue Harbour"'), or a short one in
    a headline, named as a word ('the word "We"'), or in a sentence with no speaker; a short
    one in a sentence that has a speaker becomes that speaker's scare quote."""
    if draft.quoted is None:
        return False
    if _DATED.match(text, draft.quoted.outer.end):
        return True  # '"No Tolls on Our Roads" (2012)': a poster's slogan, a film, dated
    given = _given_by(text, draft)  # 'the levy, dubbed "the pasty tax" by its critics,'
    if draft.speaker is None and draft.attribution is None and not given and (
            title_cased(draft.span.of(text)) or _TITLED.search(
                text, max(0, draft.quoted.outer.start - 20), draft.quoted.outer.start)):
        return True  # 'their single "Takin' It to the Streets"', 'a show entitled "..."': titles
    if _owned_name(text, draft) or _work_title(text, draft) or _thing_named(doc, text, draft) \
            or (len(WORD.findall(draft.span.of(text))) <= _NAME_WORDS and _KNOWN_AS.search(
                text, max(0, draft.quoted.outer.start - _KNOWN_AS_REACH),
                draft.quoted.outer.start) and not given and not _named_by_speaker(text, draft)):
        return True  # 'Ruiz said on WXYZ's "Morning Desk"': a programme's name, not his words
    if not scare_short(draft.span.of(text)):
        return _nobodys_phrase(text, draft)
    if in_headline(text, draft.span) and not _labelled(doc, text, draft):
        return True  # 'Retired General Reveals "Demoralizing" ...': a headline's catchword
    if _word_named(doc, text, draft):
        return True  # 'the right to use the word "We"': a word named, nobody's words
    if draft.attribution is not None and (draft.attribution.speaker is not None
                                          or draft.speaker is not None):
        return False  # a cue with nobody saying ("he was denied the 'parole'") is no speaker
    sent = doc.char_span(draft.span.start, draft.span.end, alignment_mode="expand")
    if sent is None:
        return True
    namer = _naming_agent(sent)
    if namer is not None:  # 'a move branded a "humiliating retreat" by the Tories'
        verb, agent = namer
        draft.attribution = Attribution((verb.i, verb.i + 1), agent, None)
        draft.speaker = resolver.resolve(*agent)
        return False
    if given:
        return True  # a nickname whose "by" the parse did not hang on the verb: nobody's
    sentence = sent.sent
    outside = text[sentence.start_char : draft.quoted.outer.start] + \
        text[draft.quoted.outer.end : sentence.end_char]
    if WORD.search(outside) is None:
        if draft.speaker is None:
            draft.speaker = lone_speaker(doc, text, draft, resolver)
        return draft.speaker is None  # a lone short quote nobody said: a title, a caption
    owner = next((r for r in reported if r.speaker is not None
                  and sentence.start_char <= r.span.start < sentence.end_char
                  and not _aside_of_another(doc, r, draft)), None)
    if owner is None:
        return True
    draft.speaker, draft.attribution = owner.speaker, owner.attribution
    return False


def _nobodys_phrase(text: str, draft: Draft) -> bool:
    """ 'her presidency "will lead to civil war or worst," claiming ...', 'into "a living room in
    western Pennsylvania" to watch': a quoted phrase, however long, set inside the writer's
    sentence (words of its own before it and after it), opening in lower case and ending no
    sentence, with no cue and nobody to say it, is somebody's words the writer borrows, not a
    quote of its own; one that closes its sentence ('on the grounds "the sums are large".')
    may be a statement whose speaker was missed, and stays."""
    outer = draft.quoted.outer if draft.quoted is not None else draft.span
    content = draft.span.of(text).rstrip(" ,;:")
    if draft.speaker is not None or draft.attribution is not None or not content[:1].islower() \
            or content[-1:] in ".!?…":
        return False
    line = text[text.rfind("\n", 0, outer.start) + 1 : outer.start]
    after = text[outer.end : outer.end + 40].lstrip(" ")
    return WORD.search(line) is not None and (after[:1].isalnum() or after[:1] in _GOES_ON)


def _given_by(text: str, draft: Draft) -> bool:
    """ 'The levy, dubbed "the pasty tax" by its critics, was scrapped': a nickname right after
    "dubbed" or "nicknamed" with a "by" right after it was given by whoever the "by" names,
    whose words it is (the passive verb of naming finds them), not a title nobody gave."""
    assert draft.quoted is not None
    start = draft.quoted.outer.start
    return _NICKNAMED.search(text, max(0, start - 20), start) is not None \
        and _BY_AFTER.match(text, draft.quoted.outer.end) is not None


def _named_by_speaker(text: str, draft: Draft) -> bool:
    """ 'a levy dubbed "the toll tax" by drivers': a name somebody gave it, who is named in a
    "by" right after it and whom the cue found as its speaker, is in their words."""
    assert draft.quoted is not None
    return draft.speaker is not None and _BY_AFTER.match(text, draft.quoted.outer.end) is not None


def _naming_agent(quote: Span) -> tuple[Token, tuple[int, int]] | None:
    """ 'in a move branded a "humiliating retreat" by the Tories', 'a plan described as
    "reckless" by unions': a passive verb of naming whose complement holds the quote, and the
    noun phrase after the "by" right after the quote, who called it so."""
    doc = quote.doc
    verb = next((t for t in quote.root.ancestors if t.tag_ in ("VBN", "VBD")
                 and t.dep_ in ("acl", "ROOT", "conj", "advcl") and cue_lemma(t) in _NAMING_VERBS
                 and not any(c.dep_ in ("nsubj", "aux") for c in t.children)), None)
    after = next((t for t in doc[quote.end : quote.end + 3] if not t.is_punct), None)
    agent = None if verb is None or after is None or after.lower_ != "by" else next(
        (c for c in after.children if c.dep_ == "pobj"), None)
    return None if verb is None or agent is None else (verb, noun_phrase(agent))


def _aside_of_another(doc: Doc, owner: Draft, draft: Draft) -> bool:
    """ 'Tourists flock to the "golden mile", where traders say trade is good':
    a cue inside a relative clause that leaves the quote out describes something; the rest
    of the sentence, the quote with it, is the writer's, not that speaker's."""
    if owner.attribution is None or owner.attribution.cue[0] >= len(doc):
        return False
    cue = doc[owner.attribution.cue[0]]
    clause = next((t for t in (cue, *cue.ancestors) if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    first, last = clause.left_edge, clause.right_edge
    return not first.idx <= draft.span.start < last.idx + len(last)


def subheading(text: str, draft: Draft, quoted: list[Quoted]) -> bool:
    """ "'A long wait.'" alone on its line, in an article that quotes in double marks: a
    subheading in single marks, pulled from a quote of the article, is no quote of its own."""
    if draft.quoted is None or draft.attribution is not None or \
            not _single(text, draft.quoted) or \
            len(WORD.findall(draft.span.of(text))) > _SUBHEADING_WORDS:
        return False
    outer = draft.quoted.outer
    line_start = text.rfind("\n", 0, outer.start) + 1
    line_end = text.find("\n", outer.end)
    if text[line_start : outer.start].strip() or \
            text[outer.end : len(text) if line_end < 0 else line_end].strip():
        return False
    singles = sum(_single(text, q) for q in quoted)
    return len(quoted) - singles > singles


def _single(text: str, quoted: Quoted) -> bool:
    """Whether a quote opens with one single mark ("''" is the double mark of some feeds)."""
    start = quoted.outer.start
    return text[start] in SINGLE_MARKS and not (
        start + 1 < len(text) and text[start + 1] in SINGLE_MARKS | DOUBLE_MARKS)


def _word_named(doc: Doc, text: str, draft: Draft) -> bool:
    """ 'the right to use the word "We"', 'a brand called by the name "Nova"': a quote that a
    noun for a word names; not one somebody uses ('Trump has used the phrase "..." often')."""
    assert draft.quoted is not None
    found = _NAMING.search(text, max(0, draft.quoted.outer.start - 20), draft.quoted.outer.start)
    if found is None:
        return False
    noun = doc.char_span(found.start(), found.end(), alignment_mode="expand")
    if noun is None:
        return True
    verb = noun.root.head
    return not (verb.lemma_.lower() in _SAYING_WORDS and any(
        c.dep_ == "nsubj" for c in verb.children))


def _work_title(text: str, draft: Draft) -> bool:
    """ 'a poem called "Winter Light"', 'the film "Blue Harbour," she said': a short quote whose
    every long word is capitalised, right after a work's noun or "titled", is the work's title,
    whatever cue stands beside it; 'the film "drags on and on," she said' is her words."""
    assert draft.quoted is not None
    return _capitalised(draft.span.of(text), _TITLE_WORDS) and _WORK.search(
        text, max(0, draft.quoted.outer.start - 30), draft.quoted.outer.start) is not None


def _capitalised(quoted: str, most: int) -> bool:
    """Whether a quote of at most `most` words has every long word capitalised, as names of
    programmes and works have."""
    words = WORD.findall(quoted)
    long_words = [w for w in words if len(w) > 3 and w not in _TITLE_SMALL_WORDS]
    return 0 < len(words) <= most and bool(long_words) and all(
        w[0].isupper() for w in long_words)


def _owned_name(text: str, draft: Draft) -> bool:
    """ 'on WXYZ's "Morning Desk"', 'the band's "Night Train"': a short quote whose every long
    word is capitalised, right after an owner's possessive, names a programme or a work."""
    assert draft.quoted is not None
    return _capitalised(draft.span.of(text), _NAME_WORDS) and _OWNED.search(
        text, max(0, draft.quoted.outer.start - 20), draft.quoted.outer.start) is not None


def _thing_named(doc: Doc, text: str, draft: Draft) -> bool:
    """ 'in an interview with "Morning Call," saying ...', 'the "Harbour Lights" singer': a
    short quote whose every long word is capitalised, right after a preposition or set before
    the noun it names, is a programme's, a work's or a thing's name, whatever cue stands near;
    one that exclaims or asks ('sang along with "Save Our Pier!"') is still words said."""
    assert draft.quoted is not None
    content = draft.span.of(text).rstrip()
    if not _capitalised(content, _NAME_WORDS) or content.endswith(("!", "?")):
        return False
    outer = draft.quoted.outer
    if _NAME_LEADS.search(text, max(0, outer.start - 80), outer.start) is not None:
        return True
    quote = doc.char_span(draft.span.start, draft.span.end, alignment_mode="expand")
    if quote is None or quote.end >= len(doc):
        return False
    noun = doc[quote.end]
    while noun.is_quote and noun.i + 1 < len(doc):  # past the closing mark
        noun = doc[noun.i + 1]
    return noun.pos_ == "NOUN" and noun.text.islower() and quote.root.head.i == noun.i
