"""Alias groups: titles, surnames, initials, acronyms, descriptions, canonical names."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.aliases import acronym_letters, head_noun, initials, name_key, plain_name
from reader.analysis.entities import extract_entities
from reader.analysis.model import Entity


def entities(nlp: Any, text: str) -> tuple[Entity, ...]:
    return extract_entities(nlp(text))


def group_of(found: tuple[Entity, ...], surface: str) -> Entity:
    matches = [e for e in found if surface in e.aliases]
    assert len(matches) == 1, f"{surface!r} in {[e.aliases for e in found]}"
    return matches[0]


@pytest.mark.parametrize(("surface", "label", "key"), [
    ("Vladimir V. Putin", "PERSON", ("vladimir", "putin")),
    ("Mr. Putin", "PERSON", ("putin",)),
    ("Prime Minister Keir Starmer", "PERSON", ("keir", "starmer")),
    ("Apple Inc.", "ORG", ("apple",)),
    ("Intel Corporation", "ORG", ("intel",)),
    ("U.S.", "GPE", ("united", "states")),
    ("the Netherlands", "GPE", ("netherlands",)),
    ("Russia's", "GPE", ("russia",)),
    ("von Moltke", "PERSON", ("moltke",)),
    ("Ursula von der Leyen", "PERSON", ("ursula", "von", "der", "leyen")),
    ("Al Gore", "PERSON", ("al", "gore")),
])
def test_name_key(surface: str, label: str, key: tuple[str, ...]) -> None:
    assert name_key(surface, label) == key


def test_titles_are_only_set_aside_for_people() -> None:
    assert plain_name("Dr. Jane Goodall", "PERSON") == "Jane Goodall"
    assert plain_name("General Motors", "ORG") == "General Motors"


@pytest.mark.parametrize(("surface", "letters"), [
    ("UN", "UN"), ("U.N.", "UN"), ("NATO", "NATO"), ("Nato", None), ("A", None),
    ("United Nations", None), ("S&P", "SP"), ("AT&T", "ATT")])
def test_acronym_letters(surface: str, letters: str | None) -> None:
    assert acronym_letters(surface) == letters


def test_initials_with_and_without_small_words() -> None:
    assert initials(("bank", "of", "england")) == {"BOE", "BE"}
    assert initials(("nato",)) == set()


@pytest.mark.parametrize(("surface", "head"), [
    ("Defense Ministry", "ministry"), ("Ministry of Defence", "ministry"),
    ("Apple Inc.", "company"), ("Apple", None), ("New York Times", None),
    ("Commission on Public Broadcasting", "commission"),
    ("Riverside Institute for Coastal Research", "institute"), ("Islamic State", None),
    ("White House", None), ("Pacific Standard Time", None)])
def test_head_noun(surface: str, head: str | None) -> None:
    assert head_noun(surface) == head


def test_title_middle_initial_and_surname_make_one_person(nlp: Any) -> None:
    text = ("Russian President Vladimir V. Putin spoke on Monday. Mr. Putin said the talks "
            "would go on. Vladimir Putin later left.")
    putin = group_of(entities(nlp, text), "Vladimir V. Putin")
    assert putin.name == "Vladimir V. Putin"
    assert putin.label == "PERSON"
    assert {"Putin", "Vladimir Putin"} <= set(putin.aliases)
    assert len(putin.mentions) == 3


def test_shared_surname_is_left_alone(nlp: Any) -> None:
    text = ("Hillary Clinton and Bill Clinton arrived in Little Rock on Monday. "
            "Clinton said the visit was private.")
    found = entities(nlp, text)
    assert group_of(found, "Hillary Clinton") is not group_of(found, "Bill Clinton")
    assert not any("Clinton" in e.aliases and e.name != "Clinton" for e in found)


@pytest.mark.parametrize(("text", "name", "alias"), [
    # a first name joins the only full name with it
    ("Serena Williams won the final on Saturday. Serena said afterwards that the crowd had "
     "carried her.", "Serena Williams", "Serena"),
    # an acronym joins its expansion
    ("The United Nations called for a ceasefire on Monday. The UN said aid convoys were "
     "waiting at the border.", "United Nations", "UN"),
    # a company called by the start of its name
    ("Northrop Grumman won the contract on Friday. Shares in Northrop rose, while Lockheed "
     "Martin said it would appeal.", "Northrop Grumman", "Northrop"),
    # a bracketed acronym the model found joins its name
    ("The jet was delivered to Singapore Airlines (SIA) on Monday. SIA said the first flight "
     "would leave for Sydney.", "Singapore Airlines", "SIA"),
])
def test_alias_joins_the_full_name(nlp: Any, text: str, name: str, alias: str) -> None:
    entity = group_of(entities(nlp, text), name)
    assert entity.name == name
    assert alias in entity.aliases


def test_bracketed_acronym_joins_the_name_before_it(nlp: Any) -> None:
    text = ("The World Health Organization (WHO) warned of a new wave on Friday. Officials at "
            "WHO said hospitals were full.")
    who = group_of(entities(nlp, text), "World Health Organization")
    assert who.aliases.count("WHO") == 1
    assert len(who.mentions) == 3


def test_definite_description_joins_the_nearest_organisation(nlp: Any) -> None:
    text = ("Russia's Defense Ministry said 20 drones were shot down overnight. The ministry "
            "gave no evidence.")
    ministry = group_of(entities(nlp, text), "Defense Ministry")
    assert "The ministry" in ministry.aliases
    assert ministry.label == "ORG"


def test_a_description_stands_for_the_body_named_often_over_one_named_in_passing(
        nlp: Any) -> None:
    text = ("The Lisbon Film Festival opens on Friday. The Lisbon Film Festival runs for ten "
            "days. Its director once worked for the Cairo Film Festival. The festival will show "
            "forty films this year.")
    found = entities(nlp, text)
    assert "The festival" in group_of(found, "Lisbon Film Festival").aliases
    assert "The festival" not in group_of(found, "Cairo Film Festival").aliases


@pytest.mark.parametrize(("text", "body", "short"), [
    ("The Competition Commission opened an inquiry into the merger on Monday. The Commission "
     "said it would report by June.", "Competition Commission", "Commission"),
    ("The Scottish Arts Council gave the theatre a grant last year. The Council now wants the "
     "money back, officials said.", "Scottish Arts Council", "Council"),
    ("Officials from the Federal Aviation Administration met pilots in Denver. The "
     "Administration said the rules would change.", "Federal Aviation Administration",
     "Administration"),
])
def test_a_description_with_a_capital_stands_for_the_body(nlp: Any, text: str, body: str,
                                                          short: str) -> None:
    assert short in group_of(entities(nlp, text), body).aliases


def test_a_body_within_an_organisation_is_not_the_organisation(nlp: Any) -> None:
    text = ("The United Nations said on Monday that aid would resume. The UN Security Council "
            "will meet on Friday, and the UN said the vote was close.")
    found = entities(nlp, text)
    un = group_of(found, "United Nations")
    assert "UN" in un.aliases
    assert "UN Security Council" not in un.aliases


def test_country_names_are_one_entity(nlp: Any) -> None:
    text = ("The United States imposed sanctions on Monday. U.S. officials said the US would "
            "act again.")
    us = group_of(entities(nlp, text), "U.S.")
    assert us.name == "United States"
    assert us.aliases[0] == "United States"


def test_company_with_and_without_suffix(nlp: Any) -> None:
    text = ("Intel Corporation reported record sales on Tuesday. Intel said demand for chips "
            "stayed high.")
    intel = group_of(entities(nlp, text), "Intel")
    assert intel.name == "Intel Corporation"


def test_leading_country_names_are_written_one_way() -> None:
    assert name_key("US Air Force", "ORG") == name_key("U.S. Air Force", "ORG")
    assert name_key("US Air Force", "ORG") == ("united", "states", "air", "force")


def test_a_surname_with_its_particle_joins_the_full_name(nlp: Any) -> None:
    text = ("The study was led by Anneliese van Drunen of the institute. "
            "Later, van Drunen repeated the test, and Drunen said it held.")
    found = entities(nlp, text)
    assert group_of(found, "van Drunen") is group_of(found, "Anneliese van Drunen")


@pytest.mark.parametrize(("text", "name", "short"), [
    # the model types the lone "Alden" as a place; the firm's full name was given first
    ("Alden Global Capital owns the paper. Alden cut forty jobs in June. Then Alden sold the "
     "building downtown. Editors say Alden fired the publisher.", "Alden Global Capital",
     "Alden"),
    # the model types "Pell Games" and the lone "Pell" as people; "games" is no firm's word
    ("Pell Games said it would close. Pell had made games for the Nintendo console. Staff at "
     "Pell were told on Friday.", "Pell Games", "Pell"),
    # the model takes "HMIC" for a person; its letters are the firm's, "Corp" counted
    ("Harbin Motor Industry Corp plans to build cars in Leeds. HMIC says it will not pay the "
     "owners. HMIC was unavailable for comment.", "Harbin Motor Industry Corp", "HMIC"),
    # an acronym written as a word, set in brackets after the name, the model took for a person
    ("Figures were compiled for the Entertainment and Leisure Software Publishers Association "
     "(Elspa). 2004 was a stellar year, said Roger Bennett, director general of Elspa. Elspa "
     "noted that sales rose.", "Leisure Software Publishers Association", "Elspa"),
    ("Prices rose after the Organisation of Petroleum Exporting Countries (Opec) met. Opec said "
     "output would fall.", "Organisation of Petroleum Exporting Countries", "Opec"),
])
def test_a_bodys_first_word_or_initials_the_model_typed_otherwise_is_its_short_name(
        nlp: Any, text: str, name: str, short: str) -> None:
    firm = group_of(entities(nlp, text), name)
    assert short in firm.aliases
    assert firm.label == "ORG"


def test_a_surname_opening_a_bodys_name_stays_the_persons(nlp: Any) -> None:
    text = "Tom Ralston said the Ralston Trust would pay. Ralston added that the money was ready."
    found = entities(nlp, text)
    assert group_of(found, "Ralston") is group_of(found, "Tom Ralston")


def test_an_acronym_counting_the_firms_word_joins_the_firm(nlp: Any) -> None:
    text = ("Tarrow Motor Industry Corp plans to build cars in Leeds. TMIC said it would pay. "
            "TMIC is owned by the state.")
    firm = group_of(entities(nlp, text), "Tarrow Motor Industry Corp")
    assert "TMIC" in firm.aliases


def test_a_state_is_not_the_firm_named_after_it(nlp: Any) -> None:
    text = "Texas Capital Bank raised rates. Texas has many banks, and Texas lenders are wary."
    found = entities(nlp, text)
    assert group_of(found, "Texas") is not group_of(found, "Texas Capital Bank")


def test_a_firm_called_by_its_first_word_is_found_where_the_model_missed_it(nlp: Any) -> None:
    text = ("Fortress Investment Group owns the lender. Fortress bought it in 2017, and Fortress "
            "now wants to sell. Analysts said Fortress would profit.")
    firm = group_of(entities(nlp, text), "Fortress Investment Group")
    assert len(firm.mentions) == 4


def test_a_firms_first_word_also_written_in_lower_case_is_not_searched(nlp: Any) -> None:
    # a common word ("fortress") that opens a firm's name may be meant as the word
    text = ("Fortress Investment Group owns the lender. The old fortress stood empty, and "
            "Fortress now wants to sell.")
    firm = group_of(entities(nlp, text), "Fortress Investment Group")
    assert len(firm.mentions) == 1


def test_a_name_opening_with_initials_joins_the_name_they_stand_for(nlp: Any) -> None:
    text = ("The S.F. Jazz Festival opened on Friday with six bands. Critics said the San "
            "Francisco Jazz Festival had never been so loud.")
    found = entities(nlp, text)
    assert group_of(found, "S.F. Jazz Festival") is group_of(found, "San Francisco Jazz Festival")


def test_initials_join_no_name_whose_rest_differs(nlp: Any) -> None:
    text = ("The S.F. Jazz Festival opened on Friday. Critics said the San Francisco Film "
            "Festival had never been so loud.")
    found = entities(nlp, text)
    assert group_of(found, "S.F. Jazz Festival") is not group_of(found,
                                                                  "San Francisco Film Festival")


@pytest.mark.parametrize(("text", "name", "surname"), [
    ("Mrs Ashby Cole will take a new title. Rachel Ashby Cole said she was delighted. "
     "Mrs Ashby Cole met reporters.", "Rachel Ashby Cole", "Ashby Cole"),
    ("Mr Lloyd Jones said the plan would fail. Critics agreed with Mr Lloyd Jones. Energy "
     "minister Owen Lloyd Jones defended it.", "Owen Lloyd Jones", "Lloyd Jones"),
])
def test_two_words_after_mr_or_mrs_are_the_surname_of_the_full_name(
        nlp: Any, text: str, name: str, surname: str) -> None:
    person = group_of(entities(nlp, text), name)
    assert surname in person.aliases
    assert person.label == "PERSON"


def test_a_royals_given_name_joins_nobodys_full_name(nlp: Any) -> None:
    text = ("Prince Rupert, 41, and his bride were married on Friday. Rupert said he was "
            "delighted. Opposition leader Rupert Hale sent his congratulations.")
    found = entities(nlp, text)
    assert "Rupert" not in group_of(found, "Rupert Hale").aliases
    assert len(group_of(found, "Rupert").mentions) == 2


def test_a_demonym_alone_is_no_body_called_by_the_start_of_its_name(nlp: Any) -> None:
    text = "The Welsh Rugby Union (WRU) said crowds fell. Around a third of Welsh clubs face debts."
    body = group_of(entities(nlp, text), "Welsh Rugby Union")
    assert "Welsh" not in body.aliases
    assert len(body.mentions) == 2


@pytest.mark.parametrize(("text", "name", "acronym"), [
    # letters that are not the name's initials: the bracket alone says they stand for it
    ("The Scottish Institute for Blind Young Children (SIBC) runs the scheme. The SIBC wants "
     "more money. A spokesman said the SIBC had asked twice.",
     "Scottish Institute for Blind Young Children", "SIBC"),
    # an acronym the model takes for a person's name is the body's
    ("The Welsh Institute for Deaf Adults (WIDEA) runs the scheme. The WIDEA wants more money. "
     "A spokesman said the WIDEA had asked twice.", "Welsh Institute for Deaf Adults", "WIDEA"),
])
def test_a_bracketed_acronyms_later_mentions_join_the_name(
        nlp: Any, text: str, name: str, acronym: str) -> None:
    body = group_of(entities(nlp, text), name)
    assert acronym in body.aliases
    assert body.label == "ORG"
    assert len(body.mentions) == 4


@pytest.mark.parametrize(("text", "name", "alias"), [
    ("Shares in Pellmart.com rose on Monday. Pellmart said sales had doubled.",
     "Pellmart.com", "Pellmart"),
    ("The closure of the Torvia.org website was a blow. Fans of the Torvia site were angry.",
     "Torvia.org", "Torvia"),
])
def test_a_web_address_and_its_name_are_one_body(
        nlp: Any, text: str, name: str, alias: str) -> None:
    body = group_of(entities(nlp, text), name)
    assert alias in body.aliases
    assert body.label == "ORG"


@pytest.mark.parametrize(("text", "country"), [
    ("Welsh patients wait longer. The Welsh health minister spoke.", None),
    ("An English clinic stopped treating Welsh patients. Doctors in Wales objected.", "Wales"),
])
def test_a_demonym_the_model_took_for_a_person_is_the_nationality(
        nlp: Any, text: str, country: str | None) -> None:
    found = entities(nlp, text)
    assert not any(e.label == "PERSON" for e in found)
    if country is not None:
        assert "Welsh" in group_of(found, country).aliases


def test_a_demonym_after_a_full_name_stays_that_persons_surname(nlp: Any) -> None:
    found = entities(nlp, "Irvine Welsh wrote the novel. Welsh said the film was fine.")
    assert "Welsh" in group_of(found, "Irvine Welsh").aliases


@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("Shares in Brandt & Hollis rose. B&H said sales were up.", "Brandt & Hollis", "B&H"),
    # a bracketed acronym after the name's possessive
    ("The rupee rose after Sterling & Vane's (S&V) rating. S&V, which rates banks, spoke.",
     "Sterling & Vane", "S&V"),
])
def test_an_acronym_with_an_ampersand_joins_the_name_it_abbreviates(
        nlp: Any, text: str, name: str, acronym: str) -> None:
    assert acronym in group_of(entities(nlp, text), name).aliases


def test_a_name_written_with_and_without_a_space_is_one(nlp: Any) -> None:
    text = ("Profits at US media giant KesslerDigital jumped. Kessler Digital said on Friday "
            "that it owns 8% of Google. KesslerDigital also has to restate results.")
    body = group_of(entities(nlp, text), "Kessler Digital")
    assert "KesslerDigital" in body.aliases
    assert len(body.mentions) == 3


@pytest.mark.parametrize(("text", "name", "description"), [
    ("Among the accused was Harlow Tobacco. The tobacco companies deny that they conspired.",
     "Harlow Tobacco", "The tobacco"),
    ("The case was brought by Halden Music and others. He paid 100,000 kroner to the music "
     "industry. The court said the music was published in breach of copyright.",
     "Halden Music", "the music"),
])
def test_a_trade_a_firm_is_named_after_is_no_description_of_it(
        nlp: Any, text: str, name: str, description: str) -> None:
    assert description not in group_of(entities(nlp, text), name).aliases
