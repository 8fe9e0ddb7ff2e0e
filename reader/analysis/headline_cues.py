"""Cues in a headline: a title-cased one, whose parse often takes its verb for a name, and one
that opens with a name and a colon; and the lines that link to other articles' headlines."""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Span, Token

from reader.analysis.antecedents import HEADLINE_WORDS
from reader.analysis.clauses import is_passive
from reader.analysis.cue_spans import Attribution, chars
from reader.analysis.cue_words import AGENT_LABELS, EVIDENCE, HEADLINE_VERBS, WORD
from reader.document import TextSpan


def title_cased(line: str) -> bool:
    """Whether a line is written in title case, as headlines and titles are."""
    words = WORD.findall(line)
    long_words = [w for w in words if len(w) > 3]
    return 3 <= len(words) <= 25 and len(long_words) > 1 and sum(
        w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


# A web page's label for a link to another article, opening its line ("SEE MORE: ...").
_LINK_LABEL = re.compile(r"[ \t]*(?:(?:read|see) (?:more|also)|also read|related|more)[ \t]*:",
                         re.IGNORECASE)


def link_line(text: str, position: int) -> bool:
    """Whether position lies on a line that a link label opens ("SEE MORE: Port strikes: ships
    wait"): the title of another article, where nobody in this one says anything."""
    return _LINK_LABEL.match(text, text.rfind("\n", 0, position) + 1) is not None


def in_headline(text: str, span: TextSpan) -> bool:
    """Whether span lies in a line written in title case, as headlines and titles are."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return title_cased(text[start : end if end >= 0 else len(text)])


def headline_cue(sent: Span, text: str | None = None) -> Attribution | None:
    """ "Mayor Sees 'Grave Risk' In ...", "Farmers Slam Trade Deal As ...": in a
    title-cased headline, whose parse often takes its verb for a name, the first cue verb after
    a subject: the words before it say, the words after it are what was said. text is the
    Doc's text where the caller has it."""
    label = labelled_line(sent) or addressed_line(sent)
    if label is not None:
        return label
    if not title_cased(sent.text if text is None else text[sent.start_char : sent.end_char]):
        return None
    start = sent.start
    for token in sent:
        if token.text == ":":
            start = token.i + 1  # "Analysis: Voters Say ...": the label is no subject
        elif token.i > start and token.text[:1].isupper() and _headline_verb(token.lower_) \
                and (token.ent_type_ in ("", "PERSON") or token.pos_ == "VERB") \
                and not _subject_of_later_verb(token):
            # "Washington Post" posts nothing; a verb the recogniser took into a name still says
            words = [t for t in sent.doc[token.i + 1 : sent.end] if not t.is_punct]
            # "Railing Against Tolls, Smith Vows ...": the subject follows the opening phrase
            start = max([start] + [t.i + 1 for t in sent.doc[start : token.i] if t.text == ","])
            subject = sent.doc[start : token.i]
            if len(words) < 2 or not any(t.pos_ in ("PROPN", "NOUN") for t in subject) \
                    or _in_a_name(token):
                return None
            return Attribution((token.i, token.i + 1), (start, token.i),
                               chars(sent.doc[token.i + 1 : sent.end]))
        elif token.pos_ in ("VERB", "AUX") and token.i > start:
            # the headline's own verb comes first: "Candidates Vie for ...", unless it takes a
            # stance towards somebody: "Heavyweights Come Out Against ..."
            return _stance_phrase(sent, token, start)
    return None


# Prepositions after which a headline's verb takes a stance towards its object, for any verb
# ("Come Out Against", "Rally Against") or for the verbs named ("Goes After", "Breaks With").
_STANCE_PREPOSITIONS = {"against": None, "after": frozenset({"go"}),
                        "with": frozenset({"break", "side"})}


def _stance_phrase(sent: Span, verb: Token, start: int) -> Attribution | None:
    """ "Heavyweights Come Out Against Trump", "Clinton Goes After Trump As ...": a headline's
    verb, with or without its particle, before a preposition of a stance towards somebody;
    the words before it take the stance, the words after the preposition are what it is
    towards."""
    doc = sent.doc
    after = verb.i + 1
    if after < sent.end and doc[after].dep_ == "prt":
        after += 1
    if after + 1 >= sent.end or doc[after].lower_ not in _STANCE_PREPOSITIONS:
        return None
    verbs = _STANCE_PREPOSITIONS[doc[after].lower_]
    if (verbs is not None and verb.lemma_.lower() not in verbs) or not any(
            t.pos_ in ("PROPN", "NOUN") for t in doc[start : verb.i]):
        return None
    return Attribution((verb.i, after + 1), (start, verb.i), chars(doc[after + 1 : sent.end]))


# Kinds of text, and calls to the reader, that a label before a colon may name ("Editor's Note:
# ...", "UPDATE: ...", "Exclusive: ...", "Watch: ..."): no speaker, what follows is the writer's.
_TEXT_KINDS = frozenset({
    "note", "update", "correction", "clarification", "transcript", "excerpt", "analysis",
    "opinion", "review", "exclusive", "watch", "listen", "related", "editorial", "commentary",
    "explainer", "recap", "preview", "summary", "breaking", "photo", "video", "audio", "podcast",
    "more", "disclosure", "disclaimer", "advertisement", "sponsored", "spoiler"})


def names_a_text(label: Span) -> bool:
    """Whether a label before a colon names a kind of text or tells the reader to look or
    listen ("Editor's Note", "Update", "Correction", "Read more"), so names nobody who says
    what follows."""
    words = [t for t in label if t.is_alpha]
    return bool(words) and (words[-1].lower_ in _TEXT_KINDS or
                            words[-1].lemma_.lower() in _TEXT_KINDS)


LABEL_WORDS = 4  # the longest name a line opens with before its colon ("NY Daily News:")


def labelled_line(sent: Span) -> Attribution | None:
    """ "City Hall: Parking fees will rise in May", "Harbor Trust: The Pier Is Safe": a line
    that opens with a name and a colon gives what the one named says; "Editor's note: ..." or
    "Update: ..." names nobody (names_a_text), nor does a show's name over a title with no
    verb ("Breitbart News Daily: A World at War"); a label with a verb or a preposition is a
    heading ("Progress Stalls: ...", "Trouble at the Port: ..."); nor does a quote that opens its
    line ('"Ohio: come for the corn," one user wrote')."""
    doc = sent.doc
    words = list(islice((t for t in sent if not t.is_space), LABEL_WORDS + 1))  # all it reads
    if not words or words[0].is_quote or (
            words[0].i > 0 and "\n" not in doc[words[0].i - 1].text_with_ws):
        return None  # a label opens its line
    colon = next((t for t in words[1 : LABEL_WORDS + 1] if t.text == ":"), None)
    if colon is None:
        return None
    label = doc[words[0].i : colon.i]
    said = [t for t in doc[colon.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if len(said) < 3 or any(t.pos_ in ("VERB", "AUX", "ADP") for t in label) or not any(
            t.ent_type_ in AGENT_LABELS for t in label) or _speaker_label(label) or \
            names_a_text(label) or _a_title(doc[colon.i + 1 : sent.end]):
        return None
    return Attribution((colon.i, colon.i + 1), (label.start, label.end),
                       chars(doc[colon.i + 1 : sent.end]))


def _a_title(said: Span) -> bool:
    """ "Breitbart News Daily: A World at War", a show's or a paper's name over the title of
    one of its parts: words with no verb and no quote mark after a name that is nobody's own
    say nothing ("Clinton Camp: Plan 'Reckless'" quotes, "City Hall: Fees Will Rise" says)."""
    return not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in said)


# Words after a name in a line's label that say whom the name speaks to or of what ("Mayor
# to Council: ...", "Obama on Climate Change: ..."), and the longest such label.
_ADDRESSING = frozenset({"on", "to"})
ADDRESSED_WORDS = 12


def addressed_line(sent: Span) -> Attribution | None:
    """ "Mayor Reyes to Council: Fix the Roads", "Obama on Climate Change: The Trends Are
    'Terrifying'": a line that opens with a name in title case, then "to" whom or "on" what,
    then a colon, gives what the one named says to them or about it; "A Plan to Fight Floods:
    ...", "New Tools to Fight Floods: ..." or "Road to Recovery: ..." names nobody."""
    doc = sent.doc
    words = list(islice((t for t in sent if not t.is_space), ADDRESSED_WORDS + 1))
    if not words or (words[0].i > 0 and "\n" not in doc[words[0].i - 1].text_with_ws):
        return None  # a label opens its line
    colon = next((t for t in words[2:] if t.text == ":"), None)
    link = next((t for t in words[1:] if t.lower_ in _ADDRESSING), None)
    if colon is None or link is None or not link.i + 1 < colon.i or \
            doc[link.i + 1].tag_ == "VB":  # "Limited Tools to Fight Terrorism: ...", a heading
        return None
    name = doc[words[0].i : link.i]
    line_end = doc.text.find("\n", colon.idx)
    end = len(doc.text) if line_end < 0 else line_end  # the parse may end a sentence at ":"
    said = [t for t in doc[colon.i + 1 :] if t.idx < end and not (t.is_punct or t.is_space)]
    if len(said) < 3 or not title_cased(doc[words[0].i : colon.i].text) or \
            not all(t.is_title or t.is_upper for t in name) or not _named_agent(name):
        return None
    return Attribution((colon.i, colon.i + 1), (name.start, name.end),
                       chars(doc[said[0].i : said[-1].i + 1]))


def _named_agent(name: Span) -> bool:
    """Whether a headline's name is somebody's, tagged so there or in the article ("Obama",
    which a title-cased line leaves untagged, is a person in the text below)."""
    if any(t.ent_type_ in AGENT_LABELS for t in name):
        return True
    last = name[-1].text
    return any(e.label_ in AGENT_LABELS and e[-1].text == last for e in name.doc.ents)


def _speaker_label(label: Span) -> bool:
    """A label that quotes.py takes for a speaker's or a poll's ("Pence: ...", "PENCE: ...",
    "Poll: ..."), a capitalised person's name, a name in capitals or a finding, left to it."""
    capitalised = all(t.text[:1].isupper() for t in label if t.is_alpha)
    return capitalised and (all(t.ent_type_ == "PERSON" for t in label) or label.text.isupper()
                            or label.root.lemma_.lower() in EVIDENCE)


def _in_a_name(token: Token) -> bool:
    """ "Amazon Echo Buds", "Galaxy Note 10": a cue word in its bare form after one name and
    before another word of it or a number is part of a product's name; a headline's verb after
    one name takes an -s ("Amazon Echoes"), a plural subject the bare form ("Senators Urge")."""
    doc = token.doc
    before = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return not token.lower_.endswith(("s", "ed")) and before.tag_ == "NNP" \
        and not before.lower_.endswith("s") and after is not None \
        and (after.like_num or (after.text[:1].isupper() and after.pos_ in ("PROPN", "NOUN")))


def _subject_of_later_verb(token: Token) -> bool:
    """ "The Latest GOP Debate Kicked Off ...": a cue word the parse makes the subject of a verb
    after it is a noun, the headline's verb coming later."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i \
        and token.head.pos_ in ("VERB", "AUX")


# Cue verbs that a title-cased line nearly always uses as nouns ("Boys State Swim Results",
# "State Police", "United States"): a headline says "Say" where a report would say "state".
_HEADLINE_NOUNS = frozenset({"state", "states"})


def _headline_verb(word: str) -> bool:
    """Whether a word is a cue verb as a headline writes it ("Says", "Rip", "Pushes")."""
    if word in _HEADLINE_NOUNS:
        return False
    return word in HEADLINE_VERBS or (word.endswith("s") and (
        word[:-1] in HEADLINE_VERBS or (word.endswith("es") and word[:-2] in HEADLINE_VERBS)))


def said_to_subject(sent: Span, attribution: Attribution, text: str | None = None) -> bool:
    """ "Parties warned over 'grey vote'", "'Super union' merger plan touted": a headline's
    main verb in a past form with no auxiliary and no object is a passive with its "are" left
    out (headlines tell what is done in the present tense), so its subject is the one warned or
    the thing touted, not who says it."""
    verb = sent.doc[attribution.cue[0]]
    if attribution.speaker is None or verb.dep_ != "ROOT" or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) or \
            not is_passive(verb, headline=True):
        return False
    whole = sent.doc.text if text is None else text
    start = whole.rfind("\n", 0, sent.start_char) + 1
    end = whole.find("\n", sent.start_char)
    line = whole[start : end if end >= 0 else len(whole)].strip()
    return line == sent.text.strip() and len(WORD.findall(line)) <= HEADLINE_WORDS and \
        line.rstrip("\"'”’ ")[-1:] not in ".!?…:;"
