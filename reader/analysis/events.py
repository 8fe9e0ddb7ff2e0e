"""Events: who did what to whom, when and where, one record per action clause."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from reader.analysis import clause_objects, clauses
from reader.analysis.antecedents import HEADLINE_WORDS, LINE_STOPS
from reader.analysis.clause_words import PAST_ONLY
from reader.analysis.cue_words import NAMING_VERBS
from reader.analysis.dates import parse_iso
from reader.analysis.event_conjuncts import (
    SUBJECTS,
    comma_conjunct_subject,
    reported_conjunct_subject,
    shared_passive,
)
from reader.analysis.event_settings import setting
from reader.analysis.headline_dates import dated_by_lede
from reader.analysis.mention_index import MentionIndex
from reader.analysis.model import Entity, Event, Quote
from reader.analysis.participants import Reading, participant, plain_pronoun, with_preposition
from reader.analysis.person_words import described_person
from reader.analysis.sentence_scan import DocArrays, SentenceScan
from reader.analysis.speakers import SpeakerResolver
from reader.analysis.timeline import Timeline, When, date_for, time_entities, time_expressions
from reader.document import TextSpan

# Verbs that only speak when they report a quote; other cues also act ("announced a merger").
# Naming something ("referred to it as", "dubbed it") is speech even with no quote.
# Words after which a list names offences ("charged with Theft, Driving While Suspended").
_CHARGING = frozenset({"charge", "count", "accuse", "convict", "indict", "arrest", "cite",
                       "plead", "guilty", "offense", "offence", "crime"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_FIRST_PERSON = frozenset({"I", "me"})
# Verbs whose participle gives a thing its name ("a probe called Juno", "known as KC-30s").
_NAMING = frozenset({"call", "name", "dub", "title", "entitle", "nickname", "label", "term",
                     "know", "brand", "rename", "style"})
# What "called" takes when it summons or asks: "called to the scene", "called for calm".
_SUMMONS = frozenset({"to", "for", "on", "off", "in", "up", "out", "back"})
SPOKEN = frozenset({"vow", "pledge", "swear", "promise", "threaten", "urge", "demand", "insist",
                    "reiterate", "lament", "boast"}) | NAMING_VERBS


def extract_events(doc: Doc, entities: Sequence[Entity], *, published: str | None,
                   quotes: Sequence[Quote] = (), text: str | None = None,
                   sexes: Mapping[str, str | None] | None = None) -> Iterator[Event]:
    """Every action clause of the document as an Event, in text order (none without a parse).

    A verb of speech that reports one of the quotes ("vowed to ...", "referred to it as ...")
    made that quote: it is speech, not an event. Cues that also act ("announced a merger",
    "decided to sell") stay events. A "he" or "she" stands for a person of that sex as a
    quote's speaker does (SpeakerResolver.sexes; sexes, where the caller has them from
    read_quotes); text is the Doc's text where the caller has it.
    """
    if not doc.has_annotation("DEP"):
        return
    # Doc.text is read only if no text is given: joining every token costs more than the rest.
    if sexes is None:
        sexes = SpeakerResolver(doc, entities, [p for q in quotes for p in q.quoted()],
                                text=text).sexes
    index = MentionIndex(doc, entities, sexes)
    arrays = DocArrays(doc)
    timeline = Timeline(parse_iso(published), arrays)
    times = time_entities(doc)
    cues = frozenset(quote.cue_span.start for quote in quotes if quote.cue_span is not None)
    # a quote its attribution interrupts counts as its pieces: the attribution is the writer's
    direct = sorted(((piece, q) for q in quotes if q.kind == "direct" for piece in q.quoted()),
                    key=lambda pair: pair[0])
    reading = Reading(index, timeline, list(doc.sents), [piece for piece, _ in direct],
                      [(q.speaker_entity, q.speaker_span) for _, q in direct])
    said = sorted((piece.start, piece.end, q) for q in quotes
                  if q.kind in ("direct", "mixed") and q.speaker is not None
                  for piece in q.quoted())
    starts = [ent.start for ent in times]  # in text order
    found: list[Event] = []
    for sent in reading.sents:
        reading.read.clear()
        inside = times[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        found.extend(_told_by(event, said, doc) for event in _sentence_events(
            SentenceScan(sent, arrays, index), inside, reading, cues))
    yield from dated_by_lede(doc, found,
                             lambda verb: _in_headline(verb, timeline.lines.token_lines))


def _told_by(event: Event, said: Sequence[tuple[int, int, Quote]], doc: Doc) -> Event:
    """ "'I grabbed the cash box,' Keane said": the "I" inside a quote's marks is its speaker,
    somebody the article names or a person it describes ("said the club's new coach"), not "a
    letter" that states it, and so is the "I" or "me" acted on ("'I was never told,' Keane
    said", "'It scared me,' Keane said"); a "him" or "her" that was read as the speaker is
    somebody else ("'I didn't know him,' Clinton said")."""
    agent, patient = event.who in _FIRST_PERSON, event.what in _FIRST_PERSON
    if not agent and not patient:
        return event
    start = event.action_span.start
    quote = next((q for a, b, q in said if a <= start < b), None)
    if quote is None or quote.speaker is None:
        return event
    before = doc.char_span(quote.span.start, start, alignment_mode="expand")
    if quote.kind != "direct" and (before is None or not _inside_marks(before.text)):
        return event
    if quote.speaker_entity is None:
        if not described_person(quote.speaker):
            return event
        return replace(event, who=quote.speaker) if agent else replace(event, what=quote.speaker)
    entities = event.entities if quote.speaker_entity in event.entities else (
        quote.speaker_entity, *event.entities)
    if not agent:
        return replace(event, what=quote.speaker, entities=entities)
    what = event.what
    if what is not None and what == quote.speaker:
        what = _object_pronoun(doc, event) or what
    return replace(event, who=quote.speaker, who_entity=quote.speaker_entity, what=what,
                   entities=entities)


def _inside_marks(before: str) -> bool:
    """Whether the words after `before` (a mixed quote's start up to them) are inside its
    quote marks: more curly marks opened than closed, or an odd number of straight ones."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or \
        before.count("''") % 2 == 1


def _object_pronoun(doc: Doc, event: Event) -> str | None:
    """The "him", "her" or "them" an event's verb acts on, as written."""
    clause = doc.char_span(event.action_span.end, event.span.end, alignment_mode="expand")
    return next((t.text for t in clause or () if t.lower_ in _OBJECT_PRONOUNS), None)


def _sentence_events(sentence: SentenceScan, times: list[Span], reading: Reading,
                     cues: frozenset[int]) -> Iterator[Event]:
    whens = time_expressions(sentence, times, reading.timeline)  # keeps the narrative day moving
    start = sentence.sent.start
    for verb in sentence.verbs:
        if not _speech(verb, cues) and not _offence_name(verb, start) and \
                not _capital_inside(verb, start) and not _imperative(verb, sentence) and \
                not _misfit_in_capitals(verb) and not _naming(verb, sentence) and \
                not _with_an_article(verb, sentence):
            yield _event(verb, sentence, reading, whens)


def _with_an_article(verb: Token, sentence: SentenceScan) -> bool:
    """ "a built in microphone", "the accused", "a made up story": a participle with an article
    of its own, just before it, is a noun or a word describing one (the hyphen of "built-in"
    left out, as some papers write it), not a clause; "the killing of" is left as it was."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.lower_ in ("a", "an", "the") and before.head.i == verb.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in sentence.children(verb))


def _imperative(verb: Token, sentence: SentenceScan) -> bool:
    """ "Follow us on Twitter", "3. Invest what is left", "Don't forget to drink water": a bare
    verb heading its sentence (or joined to one that does, or its infinitive) with no subject
    and no auxiliary but "do" tells the reader or a listener what to do, and "Let's work
    together" proposes it; nothing has happened."""
    if verb.head.lower_ == "let" and any(c.dep_ == "nsubj" and c.lower_ in ("'s", "’s")
                                         for c in sentence.children(verb)):
        return True
    while True:
        if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "conj", "xcomp") or \
                verb.lower_ in PAST_ONLY:
            return False  # "Ran a fraudulent business" in a list of deeds: a past form
        allowed = ("to",) if verb.dep_ == "xcomp" else ("do",)
        for child in sentence.children(verb):
            if child.dep_ in SUBJECTS or (child.dep_ == "ccomp" and child.i < verb.i) or (
                    child.dep_ in ("aux", "auxpass") and child.lower_ not in allowed):
                return False  # "It didn't do much": "did" has a subject the parse lost
        if verb.dep_ == "ROOT":
            return True
        verb = verb.head


def _offence_name(verb: Token, start: int) -> bool:
    """A verb written with a capital inside its sentence (which starts at token start), after a
    lower-case word of charging: the name of an offence in a police list ("was charged with
    Burglary, Resisting Arrest")."""
    text = verb.text
    if not text[:1].isupper() or text.isupper() or verb.i == start:
        return False
    return any(t.is_lower and t.lemma_.lower() in _CHARGING for t in verb.doc[start : verb.i])


def _capital_inside(verb: Token, start: int) -> bool:
    """ "songs including Born to be Wild", "Tulsa police Chief Chuck Jordan", "will Gennifer
    Flowers be there": a verb written with a capital in running text, after a word of its
    sentence (which starts at token start) and no mark or line break, is a word of a title or
    a name; in a stretch written in title case ("Obama Sees 'Insult' if Blacks Don't Rally")
    every word has one."""
    text, doc = verb.text, verb.doc
    if not text[:1].isupper() or (text.isupper() and len(text) > 1) or verb.i == start:
        return False
    previous = doc[verb.i - 1]
    if previous.is_punct or previous.is_space:
        return False
    return any(t.is_lower and t.is_alpha and len(t) > 3 for t in doc[start : verb.i])


def _naming(verb: Token, sentence: SentenceScan) -> bool:
    """ "a mission called Europa Clipper", "a receptor known as Olfr78", "The book was called
    The Dragon Waiting": a participle of naming with the name after it says what a thing is
    called, nothing that happened; save "named" in a clause of its own ("was named CEO", an
    appointment) and a name given by somebody the clause names after "by"."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBN" or lemma not in _NAMING:
        return False
    kids = sentence.children(verb)
    if not any((c.dep_ == "oprd" and c.ent_type_ not in ("DATE", "TIME")) or c.lower_ == "as"
               for c in kids):
        return False
    if any(c.dep_ == "nsubj" or (c.dep_ in ("prep", "prt") and c.lower_ in _SUMMONS)
           for c in kids):
        return False  # "some have called it a crisis", "were called to the prison"
    if verb.dep_ in ("acl", "advcl"):
        return True  # hanging on the noun it names
    return lemma != "name" and not any(c.dep_ == clauses.PASSIVE_AGENT for c in kids)


def _misfit_in_capitals(verb: Token) -> bool:
    """ "BOYS SOCCER", "TOYOTA RAV4 PRIME": in capitals the tagger guesses, and a word whose
    ending does not fit the form it is given (a past without -d, -t, -n or the -s of a
    present, and no known past; a present in -s without it) is a noun read as a verb."""
    text = verb.text
    if not (text.isupper() and text.isalpha() and len(text) > 1):
        return False
    lower = verb.lower_
    if verb.tag_ in ("VBD", "VBN"):
        return not lower.endswith(("d", "t", "n", "s")) and lower not in PAST_ONLY
    return verb.tag_ == "VBZ" and not lower.endswith("s")


def _speech(verb: Token, cues: frozenset[int]) -> bool:
    """A verb of speech reporting a quote, or naming something ("what he referred to as")."""
    lemma = verb.lemma_.lower()
    if lemma not in SPOKEN:
        return False
    return verb.idx in cues or (lemma in NAMING_VERBS and any(
        child.dep_ == "oprd" or child.lower_ == "as" for child in verb.children))


_VOTING = frozenset({"vote", "split"})


def _tally(verb: Token, patient: Token) -> bool:
    """ "The board voted 7 to 4 to approve it", "senators split 4 to 1": the bare numbers after a
    verb of voting are its tally, nothing voted on."""
    return verb.lemma_.lower() in _VOTING and patient.like_num


def _event(verb: Token, sentence: SentenceScan, reading: Reading, whens: list[When]) -> Event:
    doc, sent = verb.doc, sentence.sent
    index, timeline = reading.index, reading.timeline
    headline = _in_headline(verb, timeline.lines.token_lines)
    kids = sentence.children(verb)
    roles = _shared_subject(verb, clauses.roles(verb, headline=headline, kids=kids))
    roles = shared_passive(verb, _had_done(verb, roles))
    who, who_entity = participant(roles.agent, verb, reading)
    what, what_entity = participant(roles.patient, verb, reading)
    if roles.patient is not None and (any(w.position == roles.patient.i for w in whens)
                                      or _tally(verb, roles.patient)):
        what, what_entity = None, None  # "continued into the New Year": when, not what
    if what is not None and (what, what_entity) == (who, who_entity) and \
            plain_pronoun(roles.patient):
        # "She had represented him", "the man who shot him": not who acts
        what, what_entity = roles.patient.text, None
    elif who_entity is not None and who_entity == what_entity and plain_pronoun(roles.agent) \
            and roles.agent.text.isalpha():  # not the "'s" of "Let's"
        # "On July 27 he emailed Gaiman": a pronoun is not the name its own verb acts on
        who, who_entity = roles.agent.text, None
    if what is not None and what_entity is None:
        what = with_preposition(roles.patient, verb, what)
    when = date_for(verb, sentence, whens, timeline, quoted=reading.quoted(verb.idx))
    place = sentence.place(verb)
    if what_entity is not None and what_entity == place:
        what, what_entity = None, None  # "appeared at the court": where, not what
    words = clause_objects.action_tokens(verb, kids)
    contiguous = words[-1].i - words[0].i + 1 == len(words)
    action_words = words if contiguous else [verb]
    low, high = sentence.extent.get(verb.i, (verb.i, verb.i))
    span = (low, high + 1)
    involved = [e for e in (who_entity, what_entity, place) if e]
    involved += [index.by_token[i] for i in range(span[0], span[1]) if i in index.by_token]
    return Event(
        span=TextSpan(doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])),
        action=_text(words) if contiguous else " ".join(t.text for t in words),
        action_span=TextSpan(action_words[0].idx, action_words[-1].idx + len(action_words[-1])),
        who=who, who_entity=who_entity.id if who_entity else None, what=what,
        when=when[0], date=when[1],
        where=place.name if place else setting(verb, index, kids),
        where_entity=place.id if place else None,
        entities=tuple(dict.fromkeys(e.id for e in involved)),
        sentence=TextSpan(sent.start_char, sent.end_char))


def _had_done(verb: Token, roles: clauses.Roles) -> clauses.Roles:
    """ "the firm had its value slashed", "she got her car towed": a participle after "have"
    or "get" and a noun is a passive of that noun, by whom a "by" says."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "xcomp", "oprd") or \
            verb.head.lemma_.lower() not in ("have", "get"):
        return roles
    kids = list(verb.children)
    noun = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if noun is None or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return roles
    by = next((c for c in kids if c.dep_ == clauses.PASSIVE_AGENT), None)
    agent = None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)
    return clauses.Roles(agent, noun, True)


def _shared_subject(verb: Token, roles: clauses.Roles) -> clauses.Roles:
    """Roles with the subject a comma conjunct shares with the clause before it, when the
    parse gave it none ("Qantas signs a deal, will resume plans": Qantas resumes them)."""
    reported = None if roles.passive else reported_conjunct_subject(verb)
    if reported is not None:
        return replace(roles, agent=reported)
    if (roles.patient if roles.passive else roles.agent) is not None:
        return roles
    shared = comma_conjunct_subject(verb)
    if shared is None:
        return roles
    return replace(roles, patient=shared) if roles.passive else replace(roles, agent=shared)


def _in_headline(verb: Token, lines: list[int]) -> bool:
    """Whether a verb stands in a short line of its own that does not end as a sentence does:
    a headline or a title (lines: the line of each token)."""
    doc, line = verb.doc, lines[verb.i]
    first, last = bisect_left(lines, line), bisect_right(lines, line) - 1  # lines run in order
    if last - first > HEADLINE_WORDS:
        return False
    while last > first and doc[last].is_space:
        last -= 1
    return doc[last].text not in LINE_STOPS


def _text(tokens: Sequence[Token]) -> str:
    if len(tokens) == 1:
        return tokens[0].text  # as its one-token Span would give, without building one
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
