"""Tests for resolving speakers as written (names, pronouns, titles) to the article's entities."""

from __future__ import annotations

import re
from typing import Any

import pytest
from spacy.tokens import Doc

from reader.analysis.entities import extract_entities
from reader.analysis.model import Entity
from reader.analysis.quotes import extract_quotes
from reader.analysis.speaker_people import untagged_people
from reader.analysis.speakers import SpeakerResolver
from reader.document import TextSpan


def entity(text: str, entity_id: str, label: str, *aliases: str) -> Entity:
    """An Entity built by hand: every occurrence of each alias is a mention."""
    spans = sorted(TextSpan(m.start(), m.end()) for alias in aliases
                   for m in re.finditer(re.escape(alias), text))
    return Entity(entity_id, aliases[0], label, tuple(aliases), tuple(spans))


def persons(text: str, *names: str | tuple[str, ...]) -> list[Entity]:
    """People p1, p2, ... each named by one alias or a tuple of aliases."""
    return [entity(text, f"p{n}", "PERSON", *((name,) if isinstance(name, str) else name))
            for n, name in enumerate(names, 1)]


def resolve(nlp: Any, text: str, entities: list[Entity], phrase: str, nth: int = 0,
            excluded: tuple[TextSpan, ...] = ()) -> Any:
    """Resolve the nth occurrence of phrase as a speaker, excluded spans being quoted."""
    doc = nlp(text)
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    span = doc.char_span(start, start + len(phrase))
    assert span is not None
    return SpeakerResolver(doc, entities, excluded).resolve(span.start, span.end)


def test_a_name_resolves_to_its_canonical_entity(nlp: Any) -> None:
    text = "Angela Merkel arrived. Merkel said the talks went well."
    merkel = entity(text, "p1", "PERSON", "Angela Merkel", "Merkel")
    speaker = resolve(nlp, text, [merkel], "Merkel", nth=1)
    assert (speaker.name, speaker.entity) == ("Angela Merkel", "p1")
    assert speaker.span.of(text) == "Merkel"


def test_he_skips_a_woman_named_later(nlp: Any) -> None:
    text = ("Mr. Tanaka met Ms. Ruiz in Lima on Monday. "
            "He said the deal was close.")
    people = persons(text, "Tanaka", "Ruiz")
    speaker = resolve(nlp, text, people, "He")
    assert (speaker.name, speaker.entity) == ("Tanaka", "p1")
    assert speaker.span.of(text) == "He"


def test_she_finds_the_woman(nlp: Any) -> None:
    text = "Mr. Tanaka met Ms. Ruiz in Lima on Monday. She said the deal was close."
    people = persons(text, "Tanaka", "Ruiz")
    assert resolve(nlp, text, people, "She").entity == "p2"


def test_a_surname_that_is_a_role_word_tells_no_sex(nlp: Any) -> None:
    # "King" is the mayor's name, not a man's role
    text = ('Carla King, the mayor, opened the pier on Monday. She said: "We waited ten years '
            'for this."')
    people = persons(text, ("Carla King", "King"))
    assert resolve(nlp, text, people, "She").entity == "p1"


def test_first_name_tells_the_gender(nlp: Any) -> None:
    text = "Mary Okafor spoke after John Brennan. She said the report was wrong."
    people = persons(text, "Mary Okafor", "John Brennan")
    assert resolve(nlp, text, people, "She").entity == "p1"


def test_pronoun_prefers_the_subject_of_the_previous_sentence(nlp: Any) -> None:
    text = "Dr. Adeyemi thanked Dr. Novak for the data. Later he said more tests were needed."
    people = persons(text, "Adeyemi", "Novak")
    assert resolve(nlp, text, people, "he").entity == "p1"


def test_names_inside_quotes_are_no_antecedents(nlp: Any) -> None:
    text = "Mr. Ortiz spoke first. “I never met Mr. Brown,” he said."
    people = persons(text, "Ortiz", "Brown")
    quote = TextSpan(text.index("I never"), text.index("Brown") + 5)
    assert resolve(nlp, text, people, "he", excluded=(quote,)).entity == "p1"


def test_who_says_a_reported_sentence_in_an_aside_is_an_antecedent(nlp: Any) -> None:
    text = ("The bundle has a tablet made by Tom Ridley. The key to the bundle's success, says "
            "Okafor, is the network. He says speed matters most.")
    people = persons(text, "Tom Ridley", "Okafor")
    reported = TextSpan(text.index("The key"), text.index(" He says") - 1)
    assert resolve(nlp, text, people, "He", excluded=(reported,)).entity == "p2"


def test_they_resolves_to_an_organisation(nlp: Any) -> None:
    text = "Acme Corp cut 300 jobs on Friday. They said demand had collapsed."
    acme = entity(text, "o1", "ORG", "Acme Corp")
    assert resolve(nlp, text, [acme], "They").entity == "o1"


def test_title_resolves_to_the_entity_it_was_given(nlp: Any) -> None:
    text = ("President Lula met Finance Minister Haddad in Brasilia. "
            "The president said inflation was falling.")
    people = persons(text, "Lula", "Haddad")
    speaker = resolve(nlp, text, people, "The president")
    assert (speaker.name, speaker.entity) == ("Lula", "p1")
    assert speaker.span.of(text) == "The president"


def test_title_from_an_apposition(nlp: Any) -> None:
    text = "Sami Khan, the minister, met Lina Bauer. The minister said the law would pass."
    people = persons(text, "Sami Khan", "Lina Bauer")
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
    text = ("Tom Barker is raising doubts about his lectern at the town forum. "
            "His lectern was lower than Rick Lane's. He says the stage was tilted.")
    people = persons(text, "Tom Barker", "Rick Lane")
    assert resolve(nlp, text, people, "He").entity == "p1"


def test_a_name_in_passing_is_the_antecedent_when_nobody_else_is_in_view(nlp: Any) -> None:
    text = "The audio was quieter than Rick Lane's. He says the sound was fine."
    people = [entity(text, "p2", "PERSON", "Rick Lane")]
    assert resolve(nlp, text, people, "He").entity == "p2"


def test_gender_from_the_first_name_of_any_alias(nlp: Any) -> None:
    text = ("Hillary Roe met Ed Park. Roe spoke to the press. Roe and Park left the hall. "
            "He said the talks failed.")
    people = persons(text, ("Roe", "Hillary Roe"), ("Park", "Ed Park"))
    assert resolve(nlp, text, people, "He").entity == "p2"


def test_a_name_of_either_sex_leaves_he_free_to_stand_for_it(nlp: Any) -> None:
    text = ("Sen. Lindsey Marsh called Tom Reed and the mayor crazy. He joked that his remarks "
            "were not serious.")
    people = persons(text, "Lindsey Marsh", "Tom Reed")
    assert resolve(nlp, text, people, "He").entity == "p1"


def test_a_surname_is_found_past_a_generation_after_the_name(nlp: Any) -> None:
    # "Marsh" taken for a body is the surname of "Dale Marsh IV", so a man "he" may stand for
    text = ("Dale Marsh IV paid for the flights. Marsh met Tom Reed a year ago, and later "
            "Marsh hosted Ed Ross. \"I back nobody,\" he said.")
    people = [*persons(text, "Dale Marsh IV", "Tom Reed", "Ed Ross"),
              entity(text, "o1", "ORG", "Marsh")]
    assert resolve(nlp, text, people, "he").entity == "o1"


def test_it_stands_for_the_subject_noun_before_it(nlp: Any) -> None:
    text = ("The audit lists every contract of the agency. "
            "It also points out that two were never signed.")
    speaker = resolve(nlp, text, [], "It")
    assert (speaker.name, speaker.entity) == ("The audit", None)
    assert speaker.span.of(text) == "It"


def test_it_passes_over_its_own_repetition(nlp: Any) -> None:
    text = ("The report covers 40 companies. It names six of them. "
            "It says the rules are too weak.")
    assert resolve(nlp, text, [], "It", nth=1).name == "The report"


def test_they_stands_for_a_plural_subject(nlp: Any) -> None:
    text = ("Residents of Ohio worry that the plant will close. "
            "The costs could fall to taxpayers, they say.")
    ohio = entity(text, "g1", "GPE", "Ohio")
    assert resolve(nlp, text, [ohio], "they").name == "Residents of Ohio"  # not Ohio


@pytest.mark.parametrize(("text", "body", "pronoun", "expected"), [
    # the subject of a clause opening the pronoun's sentence, before earlier sentences'
    ("The Daily Courier reported the leak on Monday. Though the water board has said that "
     "residents need not boil their water, it has also admitted that two pipes failed.",
     "The Daily Courier", "it", "the water board"),
    # a definite body of people, singular, for "they"
    ("Engineers at Vantor Labs built the robot in two years. The team is still testing its "
     "arm. They hope to sell the first units next spring.", "Vantor Labs", "They", "The team"),
    # a named body that is the subject of the pronoun's own sentence, for "they"
    ("The Denver Police Department released its figures on Monday. Factcheckr then ruled "
     "that the mayor's claim was false, but in their report they noted that the figures "
     "were incomplete.", "The Denver Police Department", "they", "Factcheckr"),
])
def test_a_pronoun_stands_for_the_body_that_is_the_subject_before_it(
        nlp: Any, text: str, body: str, pronoun: str, expected: str) -> None:
    named = entity(text, "o1", "ORG", body)
    assert resolve(nlp, text, [named], pronoun).name == expected


def test_they_stands_for_a_pronoun_and_the_person_joined_to_it(nlp: Any) -> None:
    text = ("Tom Reyes teaches math in Austin. He and his wife Ana sold their car last year, "
            "and they said the bus works fine.")
    people = persons(text, "Tom Reyes", "Ana")
    austin = entity(text, "g1", "GPE", "Austin")
    assert resolve(nlp, text, [*people, austin], "they").name == "Tom Reyes and Ana"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Mercy Hospital strike entered its third week. Most of the nurses were exhausted by "
     "Friday. They said the managers had stopped answering calls.", "the nurses"),
    # the clause before a colon, which the parse hung on the one after it
    ("The Mercy Hospital strike entered its third week. Most of the striking nurses were "
     "weary in the same way: they never blamed the doctors but said the managers had "
     "stopped answering calls.", "the striking nurses"),
])
def test_they_stands_for_the_people_a_quantifier_subject_counts(
        nlp: Any, text: str, expected: str) -> None:
    hospital = entity(text, "o1", "ORG", "Mercy Hospital")
    pronoun = "They" if " They " in text else "they"
    assert resolve(nlp, text, [hospital], pronoun).name == expected


def test_they_stands_for_people_joined_by_and(nlp: Any) -> None:
    text = ("Mr. Grassley and Mr. Leahy wrote to the Senate on Monday. "
            "They said the program should end.")
    people = persons(text, "Grassley", "Leahy")
    senate = entity(text, "o1", "ORG", "Senate")
    speaker = resolve(nlp, text, [*people, senate], "They")
    assert speaker.name == "Grassley and Leahy"


@pytest.mark.parametrize(("text", "named", "expected"), [
    # the organisation that is the subject, not a place named in passing before it
    ("Kent County hosted the rally. The Globex Corporation is defending the plan. "
     "It says the critics are wrong.",
     [("g1", "GPE", "Kent County"), ("o1", "ORG", "The Globex Corporation")], "o1"),
    # the group that leads them speaks for them
    ("Twenty states, led by Texas, sued the agency in May. They argue that the rule is unlawful.",
     [("g1", "GPE", "Texas")], "g1"),
    # a class noun subject ("The city") finds the place it was given ("the city of Tucson")
    ("The city of Tucson is suing the campaign. The city sent a letter on Monday. "
     "It says the campaign broke the law.", [("g1", "GPE", "Tucson")], "g1"),
])
def test_it_and_they_find_the_named_group(nlp: Any, text: str,
                                          named: list[tuple[str, str, str]],
                                          expected: str) -> None:
    entities = [entity(text, entity_id, label, alias) for entity_id, label, alias in named]
    pronoun = "It" if " It " in text else "They"
    assert resolve(nlp, text, entities, pronoun).entity == expected


def test_the_pronouns_after_a_name_give_its_gender(nlp: Any) -> None:
    text = ("Okonkwo has been missing since June. Police say she left her car at home. "
            "Okonkwo was seen in Lagos. Her brother says she was afraid. "
            "Adebayo met the family. He was kind. Adebayo left. His car was gone. "
            "Adebayo called the police on Monday. She said the search would go on.")
    people = persons(text, "Okonkwo", "Adebayo")
    assert resolve(nlp, text, people, "She").entity == "p1"


def test_one_pronoun_after_a_name_does_not_decide_its_gender(nlp: Any) -> None:
    text = "Okonkwo was snoring. She smiled. Later he said the show was over."
    people = [entity(text, "p1", "PERSON", "Okonkwo")]
    assert resolve(nlp, text, people, "he").entity == "p1"


@pytest.mark.parametrize(("text", "phrase"), [
    # a title written short answers to its full word
    ("Ohio Gov. Dana Whitfield met Lina Bauer on Monday. "
     "The governor said the budget was balanced.", "The governor"),
    # a title with its modifier picks the one given both
    ("GOP nominee Dana Whitfield met Democratic nominee Lina Bauer. "
     "The GOP nominee said the debate was rigged.", "The GOP nominee"),
    # a role like any other: the person given it, not a body
    ("The club hired former policeman Dana Whitfield to find Lina Bauer. "
     "When she was found, the policeman said the case was closed.", "the policeman"),
])
def test_a_title_finds_the_person_given_it(nlp: Any, text: str, phrase: str) -> None:
    people = persons(text, "Dana Whitfield", "Lina Bauer")
    assert resolve(nlp, text, people, phrase).entity == "p1"


def test_a_role_description_stands_for_the_person_before_it(nlp: Any) -> None:
    text = ("Mike Tarrow says the fuss over the letters is overdone. "
            "The Ohio governor said the media are to blame.")
    tarrow = entity(text, "p1", "PERSON", "Mike Tarrow")
    speaker = resolve(nlp, text, [tarrow], "The Ohio governor")
    assert (speaker.name, speaker.entity) == ("Mike Tarrow", "p1")
    assert speaker.span.of(text) == "The Ohio governor"


def test_a_role_description_in_a_clause_of_its_own_is_somebody_else(nlp: Any) -> None:
    text = ("Lindsey Graham has criticised Trump. In June, Graham called on his party to "
            "drop him after the billionaire claimed that the judge was biased.")
    people = persons(text, ("Lindsey Graham", "Graham"), "Trump")
    assert resolve(nlp, text, people, "the billionaire").entity is None


def test_a_named_body_with_an_article_is_no_person(nlp: Any) -> None:
    text = ("The Commission on Debates says the sound failed. "
            "The nominee said the sound was rigged.")
    speaker = resolve(nlp, text, [], "The nominee")
    assert speaker.name == "The nominee"


def test_a_name_in_reported_words_is_an_antecedent_when_none_is_outside(nlp: Any) -> None:
    text = "The panel says Mr. Barker's microphone failed. He said the sound was rigged."
    barker = entity(text, "p1", "PERSON", "Barker")
    reported = TextSpan(text.index("Mr. Barker's"), text.index(" He") - 1)
    assert resolve(nlp, text, [barker], "He", excluded=(reported,)).entity == "p1"


def test_a_titled_name_with_a_possessive_is_the_same_person(nlp: Any) -> None:
    text = "Mr. Quibbleworth's car broke down. He said he was tired."
    assert resolve(nlp, text, [], "He").name == "Mr. Quibbleworth"


def test_a_surname_that_is_also_a_first_name_tells_no_gender(nlp: Any) -> None:
    text = ("Carmel Martin spoke after Tom Reyes. Martin left early. "
            "Reyes stayed. She said the plan was unfair.")
    people = persons(text, ("Carmel Martin", "Martin"), ("Tom Reyes", "Reyes"))
    assert resolve(nlp, text, people, "She").entity == "p1"


def test_a_sentence_he_says_carries_him_past_the_names_in_it(nlp: Any) -> None:
    text = ("Tom Fowler noted that the party had done this before. "
            "Though that went well, he said, replacing the nominee would bring in loyalists "
            "to Joe Biden. For that reason, he argued, the club must plan ahead.")
    people = persons(text, "Tom Fowler", "Joe Biden")
    assert resolve(nlp, text, people, "he", nth=1).entity == "p1"


def test_a_he_inside_what_a_sentence_reports_does_not_make_it_his(nlp: Any) -> None:
    text = ("Mr. Okafor chaired the hearing on Tuesday. The oddest moment was Mr. Brandt's "
            "admission that he did not know the budget. He now says that the figures were "
            "wrong.")
    people = persons(text, "Okafor", "Brandt")
    assert resolve(nlp, text, people, "He").entity == "p2"


def test_she_after_a_relative_who_is_her_sentences_subject_is_that_relative(nlp: Any) -> None:
    text = ("Maria Lopez runs the bakery on Elm Street. Her grandmother has grown gentler over "
            "the years, but she still insists that cards are a waste of time.")
    people = persons(text, "Maria Lopez")
    assert resolve(nlp, text, people, "she").name == "Her grandmother"


def test_he_after_a_sentence_with_no_person_as_main_subject_is_the_one_it_introduced(
        nlp: Any) -> None:
    text = ("Although Senator Hale backed the bill, the vote troubled Ray Ortiz, director of "
            "the Farmers Union. “We were never asked,” he said.")
    people = persons(text, "Hale", "Ray Ortiz")
    assert resolve(nlp, text, people, "he").entity == "p2"


def test_a_name_that_is_no_subject_gets_no_gender_from_the_pronoun_after_it(nlp: Any) -> None:
    text = ("Replacing Okafor would be hard, he argued. Losing Okafor would hurt, he said. "
            "She said it was fine.")
    people = [entity(text, "p1", "PERSON", "Okafor")]
    assert resolve(nlp, text, people, "She").entity == "p1"


def test_they_stands_for_the_people_named_as_examples(nlp: Any) -> None:
    text = ("Critics of the program, like Senators Ann Grassley and Tom Leahy, want changes. "
            "They sent a letter to Senate leaders.\n\n"
            '"The scheme is riddled with waste," they wrote.')
    people = persons(text, "Ann Grassley", "Tom Leahy")
    senate = entity(text, "o1", "ORG", "Senate")
    quote = TextSpan(text.index("The scheme"), text.index('," they'))
    speaker = resolve(nlp, text, [*people, senate], "they", excluded=(quote,))
    assert speaker.name == "Ann Grassley and Tom Leahy"


def test_birth_records_tell_the_gender_of_a_first_name(nlp: Any) -> None:
    text = "Gwen Okafor met Robin Reyes. He said the report was wrong."
    assert resolve(nlp, text, persons(text, "Gwen Okafor", "Robin Reyes"), "He").entity == "p2"


def test_a_lone_surname_is_no_first_name(nlp: Any) -> None:
    text = "Ms. Ruiz spoke first. Clinton arrived later. She said the plan was good."
    assert resolve(nlp, text, persons(text, "Ruiz", "Clinton"), "She").entity == "p2"


def test_the_article_pronouns_outweigh_the_birth_records(nlp: Any) -> None:
    text = ("Lindsey Okafor spoke first. He was calm. Lindsey Okafor left early. He was tired. "
            "Ms. Ruiz stayed. He said the vote was fair.")
    people = persons(text, "Lindsey Okafor", "Ruiz")
    assert resolve(nlp, text, people, "He", nth=2).entity == "p1"


@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    # a word given to a person tells the sex a first name may not
    ("9/11 widow Terry Okafor spoke. Mr. Ruiz spoke next. She said the law was fair.",
     "She", "p1"),
    # the widow of a man is no title of his
    ("The widow of Terry Okafor met Ms. Ruiz. He had said the law was fair.", "He", "p1"),
])
def test_a_role_word_tells_the_sex(nlp: Any, text: str, pronoun: str, expected: str) -> None:
    assert resolve(nlp, text, persons(text, "Terry Okafor", "Ruiz"), pronoun).entity == expected


def test_a_surname_kept_apart_has_the_sex_of_the_full_name(nlp: Any) -> None:
    text = ("Barack Omondi spoke in Nairobi. Ms. Ruiz listened. Later Omondi left. "
            "She said the talks went well.")
    people = persons(text, "Barack Omondi", "Ruiz")
    alone = Entity("p3", "Omondi", "PERSON", ("Omondi",),
                   (TextSpan(text.index("Omondi left"), text.index("Omondi left") + 6),))
    assert resolve(nlp, text, [*people, alone], "She").entity == "p2"


def test_an_organisation_called_by_its_first_word(nlp: Any) -> None:
    text = "Globex Energy sold its mines. In a statement, Globex said the sale was fair."
    globex = entity(text, "o1", "ORG", "Globex Energy")
    speaker = resolve(nlp, text, [globex], "Globex", nth=1)
    assert (speaker.name, speaker.entity) == ("Globex Energy", "o1")


def test_it_in_a_relative_clause_is_the_name_nearest(nlp: Any) -> None:
    text = ("The Clean Air Plan is the main tool for Chile to meet the target it pledged "
            "at the summit.")
    plan = entity(text, "o1", "ORG", "The Clean Air Plan")
    chile = entity(text, "g1", "GPE", "Chile")
    assert resolve(nlp, text, [plan, chile], "it").entity == "g1"


def test_a_role_description_passes_over_another_description(nlp: Any) -> None:
    text = ("Mike Tarrow says too much is made of the tweets. The Republican vice presidential "
            "nominee was speaking in Dayton. The Ohio governor said the media are to blame.")
    assert resolve(nlp, text, persons(text, "Mike Tarrow"), "The Ohio governor").entity == "p1"


@pytest.mark.parametrize(("text", "phrase"), [
    # several experts are no one person
    ("David Kamin spoke on Monday. The experts said the plan was costly.", "The experts"),
    # a role in a body the person before was never given
    ("David Kamin spoke about the server. The FBI director said the case was closed.",
     "The FBI director"),
    # a heading between them
    ("David Kamin said he had not seen it.\n\n11:50 a.m.\n\n"
     "The state attorney general said the case was closed.", "The state attorney general"),
    # a body's name is no person's title ("campaign spokesman David Kamin")
    ("Campaign spokesman David Kamin spoke. The campaign said the ad was fair.", "The campaign"),
])
def test_a_description_stands_for_nobody_named(nlp: Any, text: str, phrase: str) -> None:
    assert resolve(nlp, text, persons(text, "David Kamin"), phrase).entity is None


def test_they_stands_for_the_people_a_body_spoke_to(nlp: Any) -> None:
    text = ("The agency interviewed 20 former workers. "
            "They described long shifts and unpaid overtime.")
    agency = entity(text, "o1", "ORG", "The agency")
    assert resolve(nlp, text, [agency], "They").name == "20 former workers"


def test_they_stands_for_the_bodies_a_person_urged(nlp: Any) -> None:
    text = ("Halden Foods said costs rose. The health minister has urged hospitals to cut waiting "
            "lists, but they have warned that they will struggle to find staff.")
    halden = entity(text, "o1", "ORG", "Halden Foods")
    assert resolve(nlp, text, [halden], "they").name == "hospitals"


def test_they_stands_for_a_collective_noun(nlp: Any) -> None:
    text = "Staff at the plant walked out on Monday. They said the shifts were too long."
    assert resolve(nlp, text, [], "They").name == "Staff"


def test_a_person_the_recogniser_made_of_an_adjective_is_nobodys_he(nlp: Any) -> None:
    text = ("Mr. Lindqvist told parents to give up their daily coffee. Stingy? "
            "He does not think so.")
    people = persons(text, "Lindqvist", "Stingy")
    assert next(t for t in nlp(text) if t.text == "Stingy").pos_ == "ADJ"
    assert resolve(nlp, text, people, "He").entity == "p1"


@pytest.mark.parametrize(("text", "phrase"), [
    # somebody not named before: an indefinite description
    ("Mayor Dana Whitfield opened the new pool. A lifeguard said the water was cold.",
     "A lifeguard"),
    ("Gov. Dana Whitfield praised the mining firm Ardent Coal. Another mining firm said "
     "the rules were unfair.", "Another mining firm"),
    # several people are nobody's title
    ("Senator Dana Whitfield backed the bill. Senators from both parties said it was late.",
     "Senators from both parties"),
])
def test_a_new_or_plural_description_stands_for_nobody_named(
        nlp: Any, text: str, phrase: str) -> None:
    people = [*persons(text, "Dana Whitfield"), entity(text, "o1", "ORG", "Ardent Coal")]
    speaker = resolve(nlp, text, people, phrase)
    assert speaker.entity is None
    assert speaker.name == phrase


def test_a_description_is_the_person_set_in_apposition_to_it(nlp: Any) -> None:
    text = "Her former business partner at Norvik, Peter J. Lund, called him a genius."
    people = persons(text, "Peter J. Lund")
    assert resolve(nlp, text, people, "Her former business partner").entity == "p1"


def test_an_apposition_the_parse_hung_on_the_place_before_it_still_counts(nlp: Any) -> None:
    # the parse of "His partner at Norvik, Peter Lund, said it failed." that hangs the name
    # on "Norvik", written out
    words = ["His", "partner", "at", "Norvik", ",", "Peter", "Lund", ",", "said", "it",
             "failed", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 8, 1, 2, 1, 6, 3, 1, 8, 10, 8, 8],
              deps=["poss", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct",
                    "ROOT", "nsubj", "ccomp", "punct"],
              pos=["PRON", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB",
                   "PRON", "VERB", "PUNCT"],
              tags=["PRP$", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "PRP", "VBD", "."],
              ents=["O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O",
                    "O"])
    text = doc.text
    lund = entity(text, "p1", "PERSON", "Peter Lund")
    assert SpeakerResolver(doc, [lund]).resolve(0, 2).entity == "p1"


def test_a_person_a_clause_inside_the_speaker_names_is_not_the_speaker(nlp: Any) -> None:
    text = "A letter that Peter Lund had signed in March said the school would close."
    people = persons(text, "Peter Lund")
    speaker = resolve(nlp, text, people, "A letter")
    assert speaker.entity is None


def test_a_kind_of_body_stands_for_the_body_that_was_the_subject_before(nlp: Any) -> None:
    text = ("Norvale Mining reported a loss on Monday. The company said copper prices had "
            "fallen. It added that it would close two pits.")
    people = [entity(text, "o1", "ORG", "Norvale Mining")]
    assert resolve(nlp, text, people, "The company").entity == "o1"
    assert resolve(nlp, text, people, "It", nth=0).entity == "o1"


@pytest.mark.parametrize("text", [
    # a person is no company
    "Dana Whitfield reported a loss on Monday. The company said prices had fallen.",
    # a place is no company either
    "Ohio reported a loss on Monday. The company said prices had fallen.",
])
def test_a_kind_of_body_needs_a_body_of_its_kind(nlp: Any, text: str) -> None:
    first = text.split(" reported")[0]
    label = "GPE" if first == "Ohio" else "PERSON"
    assert resolve(nlp, text, [entity(text, "e1", label, first)], "The company").entity is None


@pytest.mark.parametrize(("text", "phrase"), [
    ("The Halden Ministry released a statement on Monday. The statement said the border "
     "would stay closed.", "The statement"),
    ("The Halden Ministry published a study in May. According to the study, turnout fell.",
     "the study"),
    ("The Halden Ministry released a video of the flood. The video shows cars under water.",
     "The video"),
])
def test_a_statement_named_again_speaks_for_who_made_it(
        nlp: Any, text: str, phrase: str) -> None:
    ministry = entity(text, "o1", "ORG", "The Halden Ministry")
    speaker = resolve(nlp, text, [ministry], phrase)
    assert (speaker.name, speaker.entity) == ("The Halden Ministry", "o1")
    assert speaker.span.of(text) == phrase


def test_a_statement_made_by_nobody_named_keeps_its_words(nlp: Any) -> None:
    text = "Officials issued a report in May. The report found that the river was polluted."
    assert resolve(nlp, text, [], "The report").name == "The report"


def test_a_party_member_described_stands_for_the_person_before(nlp: Any) -> None:
    text = ("Rep. Ana Ruiz, D-Calif., criticized the plan on Monday. The California Democrat "
            "said it was a giveaway.")
    people = [*persons(text, "Ana Ruiz"), entity(text, "g1", "NORP", "Democrat")]
    speaker = resolve(nlp, text, people, "The California Democrat")
    assert next(t for t in nlp(text) if t.text == "Democrat").ent_type_ == "NORP"
    assert (speaker.name, speaker.entity) == ("Ana Ruiz", "p1")


def test_a_party_member_nobody_named_is_no_party(nlp: Any) -> None:
    text = "The California Democrat said the plan was a giveaway."
    people = [entity(text, "g1", "NORP", "Democrat")]
    assert resolve(nlp, text, people, "The California Democrat").entity is None


def test_named_speakers_joined_by_and_are_named_together(nlp: Any) -> None:
    text = "Peter Lund and Ana Berg met. Mr. Lund and Ms. Berg said the dam would hold."
    people = persons(text, ("Peter Lund", "Lund"), ("Ana Berg", "Berg"))
    speaker = resolve(nlp, text, people, "Mr. Lund and Ms. Berg")
    assert speaker.name == "Peter Lund and Ana Berg"


def test_a_name_set_beside_the_subject_is_the_subject(nlp: Any) -> None:
    text = ("Nadia Brandt told staff the plan had failed. Brandt's deputy, Owen Pike, resigned "
            "in May. He has said the board ignored him.")
    people = persons(text, ("Nadia Brandt", "Brandt"), "Owen Pike")
    assert resolve(nlp, text, people, "He").entity == "p2"


@pytest.mark.parametrize("phrase", ["Her statement", "Her best answer"])
def test_a_statement_or_answer_is_said_by_whoever_owns_it(nlp: Any, phrase: str) -> None:
    text = f"Ms. Okafor toured the mill on Monday. {phrase} was that the mill would stay open."
    okafor = entity(text, "p1", "PERSON", "Okafor")
    speaker = resolve(nlp, text, [okafor], phrase)
    assert (speaker.name, speaker.entity) == ("Okafor", "p1")
    assert speaker.span.of(text) == phrase


@pytest.mark.parametrize(("text", "phrase", "owner"), [
    ("The vote was close. The Texan's sharp words at the debate suggested that he would not "
     "back down.", "The Texan's sharp words", "The Texan"),
    ("The mayor's reasoning is that the tax will pay for the road.", "The mayor's reasoning",
     "The mayor"),
])
def test_words_or_a_view_are_said_by_whoever_owns_them_named_or_not(
        nlp: Any, text: str, phrase: str, owner: str) -> None:
    speaker = resolve(nlp, text, [], phrase)
    assert (speaker.name, speaker.entity) == (owner, None)
    assert speaker.span.of(text) == phrase


def test_words_owned_by_a_pronoun_that_names_nobody_stay_as_written(nlp: Any) -> None:
    text = "It rained all day. His words suggested that the match would go ahead."
    speaker = resolve(nlp, text, [], "His words")
    assert (speaker.name, speaker.entity) == ("His words", None)


def test_they_after_a_list_of_names_the_parse_read_as_an_apposition_is_all_of_them(
        nlp: Any) -> None:
    text = ("Ohio Gov. Dana Reese, Utah Sen. Paul Marsh, activist Jane Ortiz and Kemp are "
            "behind in the polls. They need a strong night if they expect to stay in the race.")
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.cue == "expect"]
    assert found
    assert found[0].speaker is not None
    assert "Dana Reese" in found[0].speaker
    assert "Kemp" in found[0].speaker


def test_they_are_the_people_the_verb_before_let_do_something(nlp: Any) -> None:
    text = ("The new telescope allowed astronomers to map the cloud. They found that it was "
            "collapsing.")
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.cue == "found"]
    assert found
    assert found[0].speaker == "astronomers"


@pytest.mark.parametrize("text", [
    "Senator Paul Whitcombe toured the flooded valley on Friday. The Oregon senator praised "
    "Governor Tom Reilly for the speed of the rescue. He said that the state needed far more "
    "money for its levees.",
    "Senator Paul Whitcombe toured the flooded valley on Friday. The senator's long ties to the "
    "region mattered when Governor Tom Reilly asked for help. In Salem, he told farmers that "
    "the aid was coming.",
])
def test_he_after_a_role_description_as_subject_is_the_one_it_describes(
        nlp: Any, text: str) -> None:
    people = persons(text, ("Paul Whitcombe", "Whitcombe"), ("Tom Reilly", "Reilly"))
    speaker = resolve(nlp, text, people, "He" if "He said" in text else "he")
    assert (speaker.name, speaker.entity) == ("Paul Whitcombe", "p1")


def test_a_place_after_a_preposition_is_no_person_for_the_who_after_it(nlp: Any) -> None:
    text = ("Voters in Dayton, Vermont who were waiting for hours left the line. "
            "He said that the wait was a disgrace.")
    place = entity(text, "g1", "GPE", "Vermont")
    speaker = resolve(nlp, text, [place], "He")
    assert speaker.entity is None


def test_a_later_he_in_its_sentence_goes_on_with_the_he_before_it(nlp: Any) -> None:
    text = ("Carl Jensen ran a quiet campaign. He avoided any attack on Mayor Tom Brandt until "
            "last week, when he accused the mayor of wasting money on the new stadium.")
    people = persons(text, ("Carl Jensen", "Jensen"), ("Tom Brandt", "Brandt"))
    speaker = resolve(nlp, text, people, "he")
    assert (speaker.name, speaker.entity) == ("Carl Jensen", "p1")


def test_he_is_not_a_name_that_is_an_object_in_his_own_clause(nlp: Any) -> None:
    text = ("Martin Kroll broke into the accounts of many officials. Along with Senator Bill "
            "Hayes and Judge Tom Pryce, he targeted several actors and singers.")
    people = persons(text, ("Martin Kroll", "Kroll"), ("Bill Hayes", "Hayes"),
                     ("Tom Pryce", "Pryce"))
    speaker = resolve(nlp, text, people, "he")
    assert (speaker.name, speaker.entity) == ("Martin Kroll", "p1")


@pytest.mark.parametrize(("text", "phrase"), [
    ("Senator Ana Ruiz met Rosa Grant on Monday. Asked by Grant about the deal, she said it "
     "was dead.", "she"),
    ("Ana Ruiz chairs the budget panel. When pressed by Rosa Grant, her answer was that the "
     "budget was fixed.", "her answer"),
    ("Ana Ruiz left the firm in May. Interviewed by Rosa Grant last week, she insisted the "
     "move was planned.", "she"),
])
def test_the_by_of_an_opening_participle_is_not_the_pronoun_after_it(
        nlp: Any, text: str, phrase: str) -> None:
    # the pronoun is the one asked, the participle's understood subject
    people = persons(text, ("Ana Ruiz", "Ruiz"), ("Rosa Grant", "Grant"))
    speaker = resolve(nlp, text, people, phrase)
    assert (speaker.name, speaker.entity) == ("Ana Ruiz", "p1")


def test_the_by_of_an_opening_clause_with_its_own_subject_may_be_the_pronoun(nlp: Any) -> None:
    text = ("Ana Ruiz left the firm in May. When the letter was signed by Rosa Grant, she said "
            "the move was planned.")
    people = persons(text, ("Ana Ruiz", "Ruiz"), ("Rosa Grant", "Grant"))
    speaker = resolve(nlp, text, people, "she")
    assert (speaker.name, speaker.entity) == ("Rosa Grant", "p2")


def test_a_title_before_a_full_name_makes_no_person_of_the_first_name(nlp: Any) -> None:
    text = ("Texas Gov. Dan Whitley criticised Senator Laura Pike after she voted against the "
            "water bill. Mr. Okonjo, a farmer, agreed with her.")
    doc = nlp(text)
    people = persons(text, ("Dan Whitley", "Whitley"), ("Laura Pike", "Pike"))
    found = {e.name for e in untagged_people(doc, text, people)}
    assert "Gov. Dan" not in found
    assert "Mr. Okonjo" in found


def test_he_may_stand_for_who_says_a_sentence_a_wide_span_took_in(nlp: Any) -> None:
    text = ("Senator Al Cole met voters in Dayton. Mayor Tom Reyes said on Sunday in Akron that "
            "he was hoping for a big turnout.")
    people = persons(text, ("Al Cole", "Cole"), ("Tom Reyes", "Reyes"))
    start = text.index("Mayor")
    wide = TextSpan(start, text.index(" that he"))
    speaker = resolve(nlp, text, people, "he", excluded=(wide,))
    assert (speaker.name, speaker.entity) == ("Tom Reyes", "p2")


_FILED = ("LONDON (AP) — The Green Party was criticized on Monday for renaming its account. "
          "Rebranded to look neutral, it posted a series of messages during the debate.")


def test_it_is_not_the_dateline_the_story_is_filed_from(nlp: Any) -> None:
    """The place and the agency before a dateline's dash are nobody's "it", whether what the
    sentence before says is reported (passed over) or not."""
    found = list(extract_entities(nlp(_FILED)))
    party = next(e for e in found if e.name == "Green Party")
    assert resolve(nlp, _FILED, found, "it").entity == party.id
    reported = TextSpan(_FILED.index("The Green"), _FILED.index(" account") + 8)
    assert resolve(nlp, _FILED, found, "it", excluded=(reported,)).entity == party.id


def test_a_name_set_off_by_a_dash_opening_a_paragraph_is_no_dateline(nlp: Any) -> None:
    """ "Tommy — who goes by his first name — retired": a name, taken for a place, that a dash
    sets off is still who "he" is, as no dateline's place would be."""
    text = ("Savers share their plans online.\n\nTommy — who goes by his first name online — "
            "retired at 51. He never earned much, he wrote in a blog post.")
    tommy = entity(text, "g1", "GPE", "Tommy")
    assert resolve(nlp, text, [tommy], "He").entity == "g1"


def test_they_is_no_place(nlp: Any) -> None:
    text = ("The river rose overnight after the storm in Millbrook, Ohio. "
            "They said the pumps had failed.")
    places = [entity(text, "g1", "GPE", "Millbrook"), entity(text, "g2", "GPE", "Ohio")]
    speaker = resolve(nlp, text, places, "They")
    assert speaker.entity is None
    assert speaker.name not in ("Millbrook", "Ohio")


def test_it_may_be_a_country_that_acted(nlp: Any) -> None:
    text = "Norway announced new fishing limits on Monday. It said the cod stock had fallen."
    found = [q for q in extract_quotes(nlp(text), extract_entities(nlp(text))) if q.cue == "said"]
    assert [q.speaker for q in found] == ["Norway"]


def test_a_place_mentioned_in_passing_before_is_no_it(nlp: Any) -> None:
    text = ("The olive growers, who sell their oil in Spain, met the minister. "
            "It says the tariff is unfair.")
    found = resolve(nlp, text, [entity(text, "g1", "GPE", "Spain")], "It")
    assert found.name != "Spain"


def test_it_is_the_body_of_a_joined_clause_where_the_main_subject_is_no_it(nlp: Any) -> None:
    text = ("Many growers in Spain fear the tariff, but the Olive Council wants to wait. "
            "Lately, however, it said the tariff is unfair.")
    found = resolve(nlp, text, [entity(text, "g1", "GPE", "Spain")], "it")
    assert found.name == "the Olive Council"


@pytest.mark.parametrize("buyer", ["Chile", "Saudi Arabia"])  # "notes" read as a noun, a verb
def test_a_subject_the_parse_made_a_compound_of_its_verb_still_speaks(
        nlp: Any, buyer: str) -> None:
    text = (f"The study looks at arms deals. For instance, the paper notes that {buyer} bought "
            "more tanks than any other country. It says the deals were secret.")
    doc = nlp(text)
    paper = next(t for t in doc if t.text == "paper")
    assert (paper.dep_, paper.head.text) == ("compound", "notes")  # the misparse this is for
    found = {q.cue: q.speaker for q in extract_quotes(doc, list(extract_entities(doc)))}
    assert found == {"notes": "the paper", "says": "the paper"}


@pytest.mark.parametrize(("text", "phrase", "body"), [
    ("The label that holds the rights to her first albums, Blue Harbor Records, says she may "
     "sing them.", "The label", "Blue Harbor Records"),
    ("The firm that runs the festival, Ostrander Events, denies that the deal is done.",
     "The firm", "Ostrander Events"),
    ("Tom Reed, who leads the Coalition for Fair Fishing, a group that has praised the quota, "
     "said it was fair.", "a group", "Coalition for Fair Fishing"),
    ("The sport's governing body, the Rowing League, said the ban would stand.",
     "The sport's governing body", "Rowing League"),
    ("Output will fall, said market analysts Brenmoor Track.", "market analysts Brenmoor Track",
     "Brenmoor Track"),
])
def test_a_body_described_beside_its_name_is_the_named_body(
        nlp: Any, text: str, phrase: str, body: str) -> None:
    named = entity(text, "o1", "ORG", body)
    speaker = resolve(nlp, text, [named], phrase)
    assert (speaker.name, speaker.entity) == (body, "o1")
    assert speaker.span.of(text) == phrase


def test_a_body_described_beside_a_name_that_is_no_entity_stays_as_written(nlp: Any) -> None:
    text = "The firm that runs the festival, a local outfit, denies that the deal is done."
    speaker = resolve(nlp, text, [], "The firm")
    assert (speaker.name, speaker.entity) == ("The firm", None)


def test_a_body_the_parse_set_beside_a_person_is_not_the_person(nlp: Any) -> None:
    text = ("Tom Reed, who heads the Coalition for Fair Fishing, a group that has praised the "
            "quota, said it was fair.")
    # the recogniser may take the person for a body as well
    named = [entity(text, "x1", "ORG", "Tom Reed"),
             entity(text, "o1", "ORG", "Coalition for Fair Fishing")]
    assert resolve(nlp, text, named, "a group").name != "Tom Reed"


@pytest.mark.parametrize(("text", "phrase"), [
    ("The mayor of Lyon said the bridge would reopen. The mayor added that the work was done.",
     "The mayor"),
    ("The chairman of the Green Union praised the deal. The chairman said it was fair.",
     "The chairman"),
])
def test_a_role_of_a_place_or_body_is_no_title_of_it(nlp: Any, text: str, phrase: str) -> None:
    named = [entity(text, "g1", "GPE", "Lyon"), entity(text, "o1", "ORG", "Green Union")]
    speaker = resolve(nlp, text, named, phrase, nth=1)
    assert speaker.entity is None
    assert speaker.name == phrase


def test_a_kind_of_place_is_still_its_title(nlp: Any) -> None:
    text = "The city of Lyon said the bridge would reopen. The city added that the work was done."
    speaker = resolve(nlp, text, [entity(text, "g1", "GPE", "Lyon")], "The city", nth=1)
    assert speaker.entity == "g1"


def test_they_after_a_party_word_on_a_plural_noun_are_the_people_it_describes(
        nlp: Any) -> None:
    text = ("Her post drew the support of two leading Democratic politicians. They criticised "
            "the label and its owners.")
    party = entity(text, "g1", "NORP", "Democratic")
    speaker = resolve(nlp, text, [party], "They")
    assert (speaker.name, speaker.entity) == ("two leading Democratic politicians", None)


def test_they_may_still_be_a_people_named_by_a_noun(nlp: Any) -> None:
    text = "Palestinians marched in Gaza on Monday. They said the plan was unfair."
    people = entity(text, "g1", "NORP", "Palestinians")
    assert resolve(nlp, text, [people], "They").entity == "g1"


def test_a_role_of_a_place_before_a_name_is_the_named_person(nlp: Any) -> None:
    text = 'In a statement, Governor of Oregon Ann Fielding said, "The museum worked hard."'
    doc = nlp(text)
    assert next(t for t in doc if t.text == "Ann").ent_type_ == ""  # the name glued to a place
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.cue == "said"]
    assert [q.speaker for q in found] == ["Ann Fielding"]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the US lawyers are asking", "the US lawyers"),  # people from there
    ("a US spokesman is asking", "US"),  # its voice
    ("the US sailors' lawyer is asking", "the US sailors' lawyer"),  # theirs, not the country's
])
def test_spokespeople_a_country_is_set_before_are_its_voice_only_alone(
        nlp: Any, phrase: str, expected: str) -> None:
    text = f"The talks stalled in May, and {phrase} that the court act."
    country = entity(text, "g1", "GPE", "US")
    written = phrase.removesuffix(" are asking").removesuffix(" is asking")
    assert resolve(nlp, text, [country], written).name == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("World outdoor record holder and BBC pundit Owen Marsh believes Kim Ray can win.",
     "Owen Marsh"),
    # two people: a role with its article, then a name
    ("The coach and Owen Marsh said the team was ready.", "The coach and Owen Marsh"),
])
def test_two_titles_joined_before_one_name_are_that_person(nlp: Any, text: str,
                                                           speaker: str) -> None:
    doc = nlp(text)
    found = extract_quotes(doc, extract_entities(doc))
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A spokeswoman for the Irish consulate in Boston said the office would stay open.",
     "A spokeswoman for the Irish consulate in Boston"),
    ("A spokesman for the council in Glasgow said the bins would be emptied.",
     "A spokesman for the council in Glasgow"),
])
def test_a_place_where_a_spokesmans_body_is_is_not_whom_he_speaks_for(
        nlp: Any, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, extract_entities(doc))] == [speaker]


def test_a_place_in_a_relative_clause_on_a_spokesmans_body_is_not_whom_he_speaks_for(
        nlp: Any) -> None:
    text = ("A spokeswoman for the Association of Port Operators, which speaks for France's "
            "harbours, said the strike had ended.")
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, extract_entities(doc))] == [
        "Association of Port Operators"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A spokesman for Unison, Britain's biggest union, said the talks would go on.", "Unison"),
    ("A spokeswoman for Halden, Norway's largest bank, said profits rose.", "Halden"),
])
def test_a_place_in_a_description_beside_a_spokesmans_body_is_not_whom_he_speaks_for(
        nlp: Any, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, extract_entities(doc))] == [speaker]


def test_a_place_a_spokesman_speaks_for_is_his_body(nlp: Any) -> None:
    text = "A spokesman for Leeds said the roads would reopen."
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, extract_entities(doc))] == ["Leeds"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Commission for Fair Trade chairman Tom Reeve said prices would rise.", "Tom Reeve"),
    ("Council of Small Shops chairman Ann Fielding said rents were too high.", "Ann Fielding"),
    # the words after the preposition are no name: the family speaks
    ("The family of victim Tom Reeve said they were grateful.", "The family"),
])
def test_a_body_named_with_of_then_a_role_titles_the_name_after_it(
        nlp: Any, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, extract_entities(doc))] == [speaker]


def test_it_after_a_body_described_beside_its_name_is_the_named_body(nlp: Any) -> None:
    text = ("Cycling's ruling body the Velo Union said the excuses were weak. It added that the "
            "riders had been suspended.")
    doc = nlp(text)
    found = {q.cue: q.speaker for q in extract_quotes(doc, list(extract_entities(doc)))}
    assert found == {"said": "Velo Union", "added": "Velo Union"}


def test_a_book_speaks_for_itself_or_its_author_never_for_a_place_in_its_title(
        nlp: Any) -> None:
    text = ("The row came after the publication of a new book, Lund's Norway by Karin Holm. "
            "The book claims the minister lied. Ms Holm's book claimed that the deal was dead.")
    doc = nlp(text)
    found = {q.cue: q.speaker for q in extract_quotes(doc, list(extract_entities(doc)))}
    assert found == {"claims": "The book", "claimed": "Karin Holm"}


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # a name in a work's title is nobody's "he": the author is
    ("The row began with a new book, Living With Nelson, by reporter Tom Ellis. In it he says "
     "the two aides seldom spoke.", "says", "Tom Ellis"),
    ("The letters appear in a new memoir, Mandela's Garden, by Peter Holm. In it he recalls "
     "that the gate was always open.", "recalls", "Peter Holm"),
    ("The feud grew after a new book, Nelson's Navy by Peter Holm, came out. In it he claims "
     "the admirals never met.", "claims", "Peter Holm"),
    # a role written before a name as its title: the name speaks, not "reporter"
    ("The charges were raised at a hearing by reporter Ana Ruiz on Monday. She said the files "
     "were incomplete.", "said", "Ana Ruiz"),
])
def test_a_name_in_a_title_is_no_referent_and_a_role_before_a_name_is_its_title(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.cue == cue]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Some of the residents said the water was brown.", "Some of the residents"),
    ("A group of farmers said the tariffs hurt them.", "A group of farmers"),
    ("Two of the officers said the car sped off.", "Two of the officers"),
    ("A majority of voters said the harbor plan was too costly.", "A majority of voters"),
    # without what describes the group after it, which a pronoun keeps
    ("Dozens of shops selling fresh fish said the new rules were unfair.", "Dozens of shops"),
    ("Only 40 percent of those asked said the bridge was safe.",
     "Only 40 percent of those asked"),
])
def test_a_part_of_a_group_is_named_with_its_group(nlp: Any, text: str, speaker: str) -> None:
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.cue == "said"]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize("text", [
    "Mayor Tom Reyes is a builder, gardener and cyclist who has pledged to close the old bridge.",
    "Tom Reyes, a builder and a keen cyclist who has pledged to close the bridge, spoke on Monday.",
    "Mayor Tom Reyes is a builder who has repeatedly pledged to close the old bridge.",
    "Mayor Tom Reyes often shuts roads and is a builder, gardener and cyclist who has pledged to "
    "close the old bridge.",
])
def test_who_after_a_description_of_a_named_person_is_that_person(nlp: Any, text: str) -> None:
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.cue == "pledged"]
    assert [q.speaker for q in found] == ["Tom Reyes"]


def test_a_he_keeps_the_role_named_two_sentences_before_past_a_sentence_about_no_person(
        nlp: Any) -> None:
    text = ("The rules on calls apply to every party. A party spokesman told the local paper the "
            "party avoided those lists. But that did not happen for survey calls. \"When we ask "
            "about voting, that is not marketing,\" he said.")
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.kind == "direct"]
    assert [q.speaker for q in found] == ["A party spokesman"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Peter Hall said the plan was bad. Wages will rise next year, said a company spokesman. "
     "But he played down reports of a merger.", "a company spokesman"),
    ('Geoff Black said it was hard. A spokesman said: "We will look at every case." The '
     "decision will be left to managers, with more staff sent where needed. He said staff "
     "would review the claims.", "A spokesman"),
    ("Rosa Kent said the ferry was late again. But a port spokeswoman blamed the storm. She "
     "said the crossings would resume on Friday.", "a port spokeswoman"),
])
def test_he_or_she_after_a_new_role_is_that_role_not_a_name_before(
        nlp: Any, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, list(extract_entities(doc)))][-1] == speaker


@pytest.mark.parametrize("text", [
    "Former transport minister Gareth Pellow MP said the plan would fail.",
    "Gareth Pellow MP said the plan would fail.",
])
def test_the_name_before_letters_after_it_speaks(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, extract_entities(doc))][-1] == "Gareth Pellow"


def test_a_member_described_by_the_seat_is_the_one_named_before(nlp: Any) -> None:
    text = ('Mr Pellow, who is now retired, said: "I was wrong." He said his first thought was '
            'to resign. "It was a hard year," said the Dunmore North MP.')
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, extract_entities(doc))][-1] == "Pellow"


@pytest.mark.parametrize(("party", "speaker"), [
    ("The Greens", "Greens"), ("The Liberal Democrats", "Liberal Democrats")])
def test_they_in_a_relative_clause_is_not_the_body_the_clause_is_on(
        nlp: Any, party: str, speaker: str) -> None:
    text = (f"{party} want to scrap the levy. The new tax would be collected by the Treasury, "
            "which they say would save money.")
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, extract_entities(doc)) if q.cue == "say"]
    assert [q.speaker for q in found] == [speaker]
