"""Tests for resolving speakers as written (names, pronouns, titles) to the article's entities."""

from __future__ import annotations

import re
from typing import Any

from reader.analysis.model import Entity
from reader.analysis.speakers import SpeakerResolver
from reader.document import TextSpan


def entity(text: str, entity_id: str, label: str, *aliases: str) -> Entity:
    """An Entity built by hand: every occurrence of each alias is a mention."""
    spans = sorted(TextSpan(m.start(), m.end()) for alias in aliases
                   for m in re.finditer(re.escape(alias), text))
    return Entity(entity_id, aliases[0], label, tuple(aliases), tuple(spans))


def resolve(nlp: Any, text: str, entities: list[Entity], phrase: str, nth: int = 0) -> Any:
    """Resolve the nth occurrence of phrase as a speaker."""
    doc = nlp(text)
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    span = doc.char_span(start, start + len(phrase))
    assert span is not None
    return SpeakerResolver(doc, entities).resolve(span.start, span.end)


def test_a_name_resolves_to_its_canonical_entity(nlp: Any) -> None:
    text = "Angela Merkel arrived. Merkel said the talks went well."
    merkel = entity(text, "p1", "PERSON", "Angela Merkel", "Merkel")
    speaker = resolve(nlp, text, [merkel], "Merkel", nth=1)
    assert (speaker.name, speaker.entity) == ("Angela Merkel", "p1")
    assert speaker.span.of(text) == "Merkel"


def test_he_skips_a_woman_named_later(nlp: Any) -> None:
    text = ("Mr. Tanaka met Ms. Ruiz in Lima on Monday. "
            "He said the deal was close.")
    people = [entity(text, "p1", "PERSON", "Tanaka"), entity(text, "p2", "PERSON", "Ruiz")]
    speaker = resolve(nlp, text, people, "He")
    assert (speaker.name, speaker.entity) == ("Tanaka", "p1")
    assert speaker.span.of(text) == "He"


def test_she_finds_the_woman(nlp: Any) -> None:
    text = "Mr. Tanaka met Ms. Ruiz in Lima on Monday. She said the deal was close."
    people = [entity(text, "p1", "PERSON", "Tanaka"), entity(text, "p2", "PERSON", "Ruiz")]
    assert resolve(nlp, text, people, "She").entity == "p2"


def test_first_name_tells_the_gender(nlp: Any) -> None:
    text = "Mary Okafor spoke after John Brennan. She said the report was wrong."
    people = [entity(text, "p1", "PERSON", "Mary Okafor"),
              entity(text, "p2", "PERSON", "John Brennan")]
    assert resolve(nlp, text, people, "She").entity == "p1"


def test_pronoun_prefers_the_subject_of_the_previous_sentence(nlp: Any) -> None:
    text = "Dr. Adeyemi thanked Dr. Novak for the data. Later he said more tests were needed."
    people = [entity(text, "p1", "PERSON", "Adeyemi"), entity(text, "p2", "PERSON", "Novak")]
    assert resolve(nlp, text, people, "he").entity == "p1"


def test_names_inside_quotes_are_no_antecedents(nlp: Any) -> None:
    text = "Mr. Ortiz spoke first. “I never met Mr. Brown,” he said."
    people = [entity(text, "p1", "PERSON", "Ortiz"), entity(text, "p2", "PERSON", "Brown")]
    doc = nlp(text)
    quote = TextSpan(text.index("I never"), text.index("Brown") + 5)
    start = text.index("he said")
    span = doc.char_span(start, start + 2)
    assert span is not None
    speaker = SpeakerResolver(doc, people, excluded=[quote]).resolve(span.start, span.end)
    assert speaker.entity == "p1"


def test_they_resolves_to_an_organisation(nlp: Any) -> None:
    text = "Acme Corp cut 300 jobs on Friday. They said demand had collapsed."
    acme = entity(text, "o1", "ORG", "Acme Corp")
    assert resolve(nlp, text, [acme], "They").entity == "o1"


def test_title_resolves_to_the_entity_it_was_given(nlp: Any) -> None:
    text = ("President Lula met Finance Minister Haddad in Brasilia. "
            "The president said inflation was falling.")
    people = [entity(text, "p1", "PERSON", "Lula"), entity(text, "p2", "PERSON", "Haddad")]
    speaker = resolve(nlp, text, people, "The president")
    assert (speaker.name, speaker.entity) == ("Lula", "p1")
    assert speaker.span.of(text) == "The president"


def test_title_from_an_apposition(nlp: Any) -> None:
    text = "Sami Khan, the minister, met Lina Bauer. The minister said the law would pass."
    people = [entity(text, "p1", "PERSON", "Sami Khan"),
              entity(text, "p2", "PERSON", "Lina Bauer")]
    assert resolve(nlp, text, people, "The minister", nth=0).entity == "p1"


def test_titled_person_the_recogniser_missed_keeps_the_name(nlp: Any) -> None:
    text = "Mr. Quibbleworth left early. He said he was tired."
    speaker = resolve(nlp, text, [], "He")
    assert speaker.name == "Mr. Quibbleworth"
    assert speaker.entity is None


def test_non_entity_speaker_keeps_its_words(nlp: Any) -> None:
    text = "An anonymous official said the plan was dead."
    speaker = resolve(nlp, text, [], "An anonymous official")
    assert (speaker.name, speaker.entity) == ("An anonymous official", None)


def test_unresolvable_pronoun_stays_as_written(nlp: Any) -> None:
    text = "It rained all day. He said it would stop."
    speaker = resolve(nlp, text, [], "He")
    assert (speaker.name, speaker.entity) == ("He", None)


def test_person_mislabelled_as_organisation_is_still_a_person(nlp: Any) -> None:
    text = "Loretta E. Lynch spoke in Atlanta on Friday. She said the case was closed."
    lynch = entity(text, "o1", "ORG", "Loretta E. Lynch")
    assert resolve(nlp, text, [lynch], "She").entity == "o1"


def test_speaking_name_the_recogniser_missed_is_an_antecedent(nlp: Any) -> None:
    text = "Zorblatt said the vote was fair. Later he said it was over."
    speaker = resolve(nlp, text, [], "he")
    assert speaker.name == "Zorblatt"
    assert speaker.entity is None


def test_a_pronoun_subject_carries_its_person_past_a_name_in_passing(nlp: Any) -> None:
    text = ("Tom Barker is raising questions about his microphone during the debate. "
            "His audio was quieter than Rick Lane's. He says the sound was rigged.")
    people = [entity(text, "p1", "PERSON", "Tom Barker"),
              entity(text, "p2", "PERSON", "Rick Lane")]
    assert resolve(nlp, text, people, "He").entity == "p1"


def test_a_name_in_passing_is_the_antecedent_when_nobody_else_is_in_view(nlp: Any) -> None:
    text = "The audio was quieter than Rick Lane's. He says the sound was fine."
    people = [entity(text, "p2", "PERSON", "Rick Lane")]
    assert resolve(nlp, text, people, "He").entity == "p2"


def test_gender_from_the_first_name_of_any_alias(nlp: Any) -> None:
    text = ("Hillary Roe met Ed Park. Roe spoke to the press. Roe and Park left the hall. "
            "He said the talks failed.")
    people = [entity(text, "p1", "PERSON", "Roe", "Hillary Roe"),
              entity(text, "p2", "PERSON", "Park", "Ed Park")]
    assert resolve(nlp, text, people, "He").entity == "p2"
