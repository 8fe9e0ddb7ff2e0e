"""Entity rules on small sentences: labels kept, trims, one type a name, headlines, demonyms."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.entities import extract_entities
from reader.analysis.entity_repair import (
    MissedNames,
    resolve_headline_trims,
    surface_key,
    vote_labels,
    winner,
)
from reader.analysis.entity_spans import RawMention
from reader.analysis.headline_lines import title_case
from reader.analysis.model import Entity
from reader.analysis.name_cuts import verb_split
from reader.analysis.vote_weights import PLACE_WEIGHT
from reader.document import TextSpan


def entities(nlp: Any, text: str) -> tuple[Entity, ...]:
    return extract_entities(nlp(text))


def named(found: tuple[Entity, ...], name: str) -> Entity:
    matches = [e for e in found if e.name == name]
    assert matches, f"no entity {name!r} in {[e.name for e in found]}"
    return matches[0]


def surfaces(text: str, entity: Entity) -> list[str]:
    return [m.of(text) for m in entity.mentions]


def test_dates_and_amounts_are_not_entities(nlp: Any) -> None:
    found = entities(nlp, "On Monday, 20 people paid $5 each to visit Paris.")
    assert {e.label for e in found} == {"GPE"}


def test_leading_the_and_possessive_are_trimmed(nlp: Any) -> None:
    text = "The United Nations met on Friday. Russia's army moved, and the United Nations spoke."
    found = entities(nlp, text)
    assert surfaces(text, named(found, "United Nations")) == ["United Nations"] * 2
    assert surfaces(text, named(found, "Russia")) == ["Russia"]


def test_a_closing_bracket_or_mark_is_no_part_of_a_name(nlp: Any) -> None:
    text = "The show <Blue River> ran for months at the Grand Theater."
    assert all(">" not in e.name and ">" not in "".join(e.aliases) for e in entities(nlp, text))


def test_mentions_are_in_order_and_ids_follow_first_mention(nlp: Any) -> None:
    text = "Angela Merkel visited Paris. Merkel then flew to Berlin and Paris again."
    found = entities(nlp, text)
    assert [e.id for e in found] == [f"e{i}" for i in range(1, len(found) + 1)]
    assert [e.first_position for e in found] == sorted(e.first_position for e in found)
    for entity in found:
        assert list(entity.mentions) == sorted(entity.mentions)


def test_context_gives_one_type_to_a_name_across_the_document(nlp: Any) -> None:
    text = ("Drones struck the Russian city of Belgorod overnight. Belgorod officials said "
            "two people were hurt. Residents of Belgorod fled.")
    found = entities(nlp, text)
    belgorod = named(found, "Belgorod")
    assert belgorod.label == "GPE"
    assert len(belgorod.mentions) == 3


@pytest.mark.parametrize("text", [
    "The operator, Estuary Lines, said it would review the timetable.",
    "Nordvik Freight, the carrier, said the ferries would run again in June.",
])
def test_a_name_set_beside_an_organisation_noun_is_an_organisation(nlp: Any, text: str) -> None:
    name = "Estuary Lines" if "Estuary" in text else "Nordvik Freight"
    assert named(entities(nlp, text), name).label == "ORG"


def test_a_country_set_beside_an_organisation_noun_stays_a_place(nlp: Any) -> None:
    text = "The lender, Norway, agreed to extend the loan to the island."
    assert named(entities(nlp, text), "Norway").label == "GPE"


def test_a_person_set_beside_a_role_stays_a_person(nlp: Any) -> None:
    text = "Angela Brun, a developer and spokeswoman for the coalition, said the rules were fair."
    assert named(entities(nlp, text), "Angela Brun").label == "PERSON"


def test_votes_weigh_cues_above_single_model_labels() -> None:
    text = "Belgorod Belgorod Belgorod"
    raw = [RawMention(TextSpan(0, 8), "ORG"), RawMention(TextSpan(9, 17), "PERSON"),
           RawMention(TextSpan(18, 26), "ORG", votes=(("GPE", 3.0),))]
    assert winner(vote_labels(text, raw)[surface_key("Belgorod")]) == "GPE"


@pytest.mark.parametrize(("surface", "key"), [
    ("the United Nations", "united nations"), ("Russia's", "russia"), ("  Kyiv ", "kyiv")])
def test_surface_key(surface: str, key: str) -> None:
    assert surface_key(surface) == key


def test_headline_verb_is_trimmed_when_the_shorter_name_recurs() -> None:
    text = "Putin Ramps Up Attacks\nPutin said more. Putin left."
    raw = [RawMention(TextSpan(0, 11), "PERSON", shorter=(TextSpan(0, 5),)),
           RawMention(TextSpan(23, 28), "PERSON"), RawMention(TextSpan(40, 45), "PERSON")]
    fixed = resolve_headline_trims(text, raw)
    assert [m.span.of(text) for m in fixed] == ["Putin", "Putin", "Putin"]


def test_headline_name_is_kept_when_the_long_form_recurs() -> None:
    text = "Hong Kong Votes\nHong Kong Votes is a show. Hong Kong waits."
    raw = [RawMention(TextSpan(0, 15), "ORG", shorter=(TextSpan(0, 9),)),
           RawMention(TextSpan(16, 31), "ORG"), RawMention(TextSpan(43, 52), "GPE")]
    assert resolve_headline_trims(text, raw)[0].span == TextSpan(0, 15)


def test_headline_trim_on_a_real_headline(nlp: Any) -> None:
    text = ("Putin Ramps Up Strikes on Kharkiv\n\nVladimir Putin ordered new strikes on "
            "Monday. Putin said the campaign would go on.")
    found = entities(nlp, text)
    assert all(" Ramps" not in alias for e in found for alias in e.aliases)
    assert "Ramps" not in named(found, "Vladimir Putin").aliases


def test_a_headline_name_ends_before_an_auxiliary_verb(nlp: Any) -> None:
    text = "The Strange Rings of Saturn's Moon Titan Are Glowing Blue\n\nTitan is cold."
    assert not any(" Are" in alias for e in entities(nlp, text) for alias in e.aliases)


@pytest.mark.parametrize(("line", "headline"), [
    ("Putin Ramps Up Attacks on Kharkiv", True),
    ("Airbus Wins Order from Qatar Airways", True),
    ("Putin ramps up attacks on the city of Kharkiv.", False),
    ("Word", False),
])
def test_title_case_lines(line: str, headline: bool) -> None:
    assert title_case(line) is headline


def test_nationality_joins_its_country_when_the_country_is_named(nlp: Any) -> None:
    text = "Russian troops crossed the border on Monday. Russia denied it."
    russia = named(entities(nlp, text), "Russia")
    assert russia.label == "GPE"
    assert "Russian" in russia.aliases
    assert russia.aliases[0] == "Russia"


def test_nationality_joins_its_country_whatever_the_model_typed(nlp: Any) -> None:
    text = ("Missiles hit Ukrainian cities overnight, and the Ukrainian air force said most "
            "were shot down. Ukraine asked for more air defence.")
    ukraine = named(entities(nlp, text), "Ukraine")
    assert ukraine.aliases == ("Ukraine", "Ukrainian")
    assert len(ukraine.mentions) == 3


def test_a_defining_context_outweighs_many_model_labels() -> None:
    text = "Belgorod Belgorod Belgorod Belgorod"
    raw = [RawMention(TextSpan(i * 9, i * 9 + 8), "ORG") for i in range(4)]
    raw[0] = RawMention(TextSpan(0, 8), "ORG", votes=(("GPE", PLACE_WEIGHT),))
    assert winner(vote_labels(text, raw)[surface_key("Belgorod")]) == "GPE"


def test_nationality_stays_a_group_without_its_country(nlp: Any) -> None:
    found = entities(nlp, "Ukrainian soldiers said the front held on Monday.")
    assert [(e.name, e.label) for e in found] == [("Ukrainian", "NORP")]


def test_missed_mentions_are_found_on_word_boundaries() -> None:
    text = "Smith arrived. Later Smith left, and Smithson stayed. John Smith Jr. waved."
    found = MissedNames(text, [TextSpan(0, 5)]).find({"Smith": "a"})
    assert [(span.of(text), owner) for span, owner in found] == [("Smith", "a")]
    assert found[0][0].start == 21


def test_calendar_words_are_not_searched_for_as_names() -> None:
    text = "Theresa May spoke. In May, May said no."
    found = MissedNames(text, [TextSpan(0, 11)]).find({"May": "e1"})
    assert [span.of(text) for span, _ in found] == []


def test_later_bare_surname_joins_the_person(nlp: Any) -> None:
    text = ("Jacinda Ardern announced the plan on Tuesday. Critics said Ardern moved too fast, "
            "but Ardern defended it.")
    ardern = named(entities(nlp, text), "Jacinda Ardern")
    assert surfaces(text, ardern) == ["Jacinda Ardern", "Ardern", "Ardern"]


def test_model_number_joins_its_maker(nlp: Any) -> None:
    text = "The Airbus A380 landed in Sydney after the flight."
    found = entities(nlp, text)
    assert "Airbus A380" in [m.of(text) for e in found for m in e.mentions]


def test_a_name_after_a_model_number_is_the_product(nlp: Any) -> None:
    text = "Regulators grounded the 737 Max after the second crash. Pilots trust the 737 Max."
    names = {(e.name, e.label) for e in entities(nlp, text)}
    assert ("737 Max", "PRODUCT") in names
    assert not any(n == "Max" for n, _ in names)
    text = "There are 500 Apple engineers here, and the player costs $ 249 USD."
    mentions = [m.of(text) for e in entities(nlp, text) for m in e.mentions]
    assert "500 Apple" not in mentions
    assert "249 USD" not in mentions


@pytest.mark.parametrize(("text", "name"), [
    ("Sales of the iPhone 4 rose sharply in June, the company said.", "iPhone 4"),
    ("Buyers on eBay paid more than they had a year before.", "eBay"),
    ("Two A321s were delivered to the airline on Tuesday.", "A321s"),
])
def test_product_spellings_the_model_missed(nlp: Any, text: str, name: str) -> None:
    assert name in [m.of(text) for e in entities(nlp, text) for m in e.mentions]


def test_counts_after_a_company_are_not_models(nlp: Any) -> None:
    text = "Boeing 12 jets were grounded after the crash, officials said."
    assert "Boeing 12" not in [m.of(text) for e in entities(nlp, text) for m in e.mentions]


def test_a_law_keeps_its_year(nlp: Any) -> None:
    text = "Congress passed the Emergency Economic Stabilization Act of 2008 on Friday."
    law = named(entities(nlp, text), "Emergency Economic Stabilization Act of 2008")
    assert law.label == "LAW"


@pytest.mark.parametrize(("text", "mention"), [
    ("First Lady Rosalind Carter supported the bill on Monday.", "Rosalind Carter"),
    ("According to Yonhap news agency, the talks failed.", "Yonhap"),
])
def test_titles_and_lower_case_tails_stay_out_of_mentions(nlp: Any, text: str,
                                                          mention: str) -> None:
    assert mention in [m.of(text) for e in entities(nlp, text) for m in e.mentions]


@pytest.mark.parametrize(("text", "mention"), [
    ("Localist camp's Cheng Chung-tai of Civic Passion won a seat on Sunday.", "Cheng Chung-tai"),
    ("The pro-Beijing camp kept its seats, and Beijing said nothing.", "Beijing"),
    ("He was defeated by 10,694 votes by James To.", "James To"),
    ("The team won the Mid-American Conference title on Friday.", "Mid-American Conference"),
    ("The head of the Anti-Defamation League said on Monday that attacks rose.",
     "Anti-Defamation League"),
])
def test_hyphens_and_final_stops_in_names(nlp: Any, text: str, mention: str) -> None:
    assert mention in [m.of(text) for e in entities(nlp, text) for m in e.mentions]


def test_words_without_capitals_are_not_names(nlp: Any) -> None:
    text = "Two nonpartisan pan-democrats and a pro-establishment democrat won seats."
    assert all(any(c.isupper() for c in m.of(text)) for e in entities(nlp, text)
               for m in e.mentions)


@pytest.mark.parametrize("name", ["Maren Holt", "Lindiwe Dlamini", "Jonas Petraitis"])
def test_a_byline_names_a_person(nlp: Any, name: str) -> None:
    text = (f"Harbour Town Opens New Ferry Line\n\nBy {name}\n\nApril 12, 2024\n\n"
            "The harbour town put its first ferry into service on Friday.")
    entities = extract_entities(nlp(text))
    found = [e for e in entities if e.name == name]
    assert found, [(e.name, e.label) for e in entities]
    assert found[0].label == "PERSON"


@pytest.mark.parametrize("text", [
    'It was known as the "Black Death" in the fourteenth century.',
    "It was known as the “Black Death” in the fourteenth century.",
    "The Black Death struck. It was called the 'Black Death' later.",
])
def test_names_and_aliases_carry_no_quotation_marks(nlp: Any, text: str) -> None:
    found = [e for e in entities(nlp, text) if "Black Death" in e.aliases]
    assert found, "the model no longer finds the Black Death"
    for alias in (*found[0].aliases, found[0].name):
        assert not set(alias) & set("\"'“”‘’"), alias


def test_a_name_the_model_ran_past_a_line_break_ends_at_it(nlp: Any) -> None:
    from spacy.tokens import Span

    from reader.analysis.entities import raw_mentions

    text = "See it now: Walmart\n\nThe best headphones of the year are also cheap."
    doc = nlp(text)
    store = next(t for t in doc if t.text == "Walmart")
    doc.ents = [Span(doc, store.i, store.i + 2, label="ORG")]  # "Walmart\n\n", as seen
    assert [m.span.of(text) for m in raw_mentions(doc)] == ["Walmart"]


def test_a_score_after_a_name_is_not_part_of_it(nlp: Any) -> None:
    found = entities(nlp, "Peru beat Chile 3-0 in Group C on Friday, and Ecuador lost to "
                          "Bolivia 2-1.")
    assert not any(any(c.isdigit() for c in e.name) for e in found
                   if e.label in ("PERSON", "GPE", "NORP"))


def test_a_name_shouted_in_a_heading_is_not_its_canonical_form(nlp: Any) -> None:
    found = entities(nlp, "SPAIN WINS AGAIN\n\nSpain beat Italy in the final. Fans in Spain "
                          "celebrated all night.")
    assert named(found, "Spain").aliases == ("Spain", "SPAIN")


def test_a_short_name_shouted_in_a_dateline_is_not_its_canonical_form(nlp: Any) -> None:
    text = ("ZUG, SWITZERLAND\n\nThe firm moved its head office to Zug in May. Zug has low "
            "taxes, and Zug is near Lucerne.")
    assert named(entities(nlp, text), "Zug").name == "Zug"
    assert named(entities(nlp, "NATO met in Brussels. NATO leaders spoke."), "NATO").name == \
        "NATO"


def _raw(text: str, label: str, *surfaces: str, votes: tuple[tuple[str, float], ...] = ()
         ) -> list[RawMention]:
    """A mention for each occurrence of each surface in text, as the model might label it."""
    import re

    return [RawMention(TextSpan(m.start(), m.end()), label, votes)
            for surface in surfaces for m in re.finditer(rf"\b{re.escape(surface)}\b", text)]


def test_a_surname_the_model_took_for_a_place_joins_the_person_who_has_it() -> None:
    from reader.analysis.entity_groups import build_entities

    text = ("Ann Voss chairs the panel. Voss said the vote was close. Voss will speak again, "
            "and Voss hopes to win.")
    lone = [m for m in _raw(text, "LOC", "Voss") if m.span.start > 8]  # not "Ann Voss"
    found = build_entities(text, _raw(text, "PERSON", "Ann Voss") + lone)
    assert [(e.name, e.label, len(e.mentions)) for e in found] == [("Ann Voss", "PERSON", 4)]


def test_a_name_the_text_shows_to_be_a_place_stays_apart_from_a_person() -> None:
    from reader.analysis.entity_groups import build_entities

    text = "Ann Voss was born in the town of Voss, and she still lives there."
    town = TextSpan(text.rindex("Voss"), text.rindex("Voss") + 4)
    raw = [*_raw(text, "PERSON", "Ann Voss"), RawMention(town, "GPE", (("GPE", PLACE_WEIGHT),))]
    found = build_entities(text, sorted(raw, key=lambda m: m.span))
    assert sorted((e.name, e.label) for e in found) == [("Ann Voss", "PERSON"), ("Voss", "GPE")]


@pytest.mark.parametrize(("text", "name"), [
    ("Last week, Lana Grey posted on Twitter accusing the label of bullying her.", "Twitter"),
    ("The union said on Twitter that the contract had confused its members.", "Twitter"),
    ("Fans were angry about plans for a Netflix documentary about her life.", "Netflix"),
])
def test_a_service_posted_on_or_owning_an_account_is_an_organisation(
        nlp: Any, text: str, name: str) -> None:
    assert named(entities(nlp, text), name).label == "ORG"


def test_a_headline_verb_is_cut_from_a_name_whose_surname_the_story_uses(nlp: Any) -> None:
    found = entities(nlp, "Trump Slams Clinton Over Emails\n\nThe row grew on Monday as Donald "
                          "Trump attacked Hillary Clinton.")
    assert not any("Slams" in e.name for e in found)
    assert "Trump" in named(found, "Donald Trump").aliases


def test_titles_the_model_took_apart_from_a_name_name_nobody(nlp: Any) -> None:
    found = entities(nlp, "In the morning, Democratic lawmakers grilled Lt Col Alexander "
                          "Vindman, a Ukraine specialist on the council.")
    assert [e.name for e in found if e.label == "PERSON"] == ["Alexander Vindman"]


def test_a_name_ends_at_a_colon(nlp: Any) -> None:
    text = "Steven D. Corrin: Dealing in cocaine.\n\nThe hearing is set for May."
    names = [e.name for e in entities(nlp, text)]
    assert "Steven D. Corrin" in names
    assert not any(":" in name or "Dealing" in name for name in names)


@pytest.mark.parametrize(("text", "name"), [
    ("The agency opened an office in St. Paul last spring.", "St. Paul"),
    ("The team tested a protein called IL-17. The results were mixed.", "IL-17"),
])
def test_a_name_keeps_a_first_word_with_a_mark_in_it(nlp: Any, text: str, name: str) -> None:
    names = [e.name for e in entities(nlp, text)]
    assert name in names
    assert not any(n in (".", "Paul", "17") for n in names)


def test_a_lower_case_article_is_no_part_of_a_name(nlp: Any) -> None:
    text = "She won a Nobel Prize in 1995 and later chaired the committee."
    names = [e.name for e in entities(nlp, text)]
    assert "Nobel Prize" in names
    assert "a Nobel Prize" not in names


@pytest.mark.parametrize(("org", "person"), [
    ("Sky Television's", "Helen Marsh"), ("Bloomberg Radio’s", "Diane Morton"),
    ("Channel Four'", "Peter Lang")])
def test_a_name_run_through_a_possessive_into_a_person_is_split(nlp: Any, org: str,
                                                                 person: str) -> None:
    # the model sometimes takes "X's First Last" as one organisation: set that span as it does
    from spacy.tokens import Span

    from reader.analysis.entities import raw_mentions

    text = f"The mayor told {org} {person} that the bridge would reopen."
    doc = nlp(text)
    start = doc.char_span(text.index(org), text.index(org) + 1, alignment_mode="expand")
    end = doc.char_span(text.index(person), text.index(person) + len(person))
    assert start is not None
    assert end is not None
    doc.ents = [Span(doc, start.start, end.end, "ORG")]
    found = [(m.span.of(text), m.label) for m in raw_mentions(doc)]
    assert found == [(org.rstrip("'’s").rstrip("'’"), "ORG"), (person, "PERSON")]


def test_a_possessive_inside_an_organisation_name_is_kept(nlp: Any) -> None:
    text = "The People's Liberation Army held drills near the coast."
    names = [e.name for e in extract_entities(nlp(text))]
    assert "People's Liberation Army" in names


def test_a_surname_after_its_particles_stays_with_the_name(nlp: Any) -> None:
    # the model ends the name at "der" and takes "Leyen" for a place
    text = ("The plan was backed by Ursula von der Leyen on Friday. Later, Ms. von der Leyen "
            "told reporters the budget would grow.")
    people = [(e.name, e.label) for e in extract_entities(nlp(text)) if "Leyen" in e.name]
    assert people == [("Ursula von der Leyen", "PERSON")]


def test_a_name_taken_for_an_organisation_is_a_person_its_title_names(nlp: Any) -> None:
    # the model sometimes types a full name as an organisation and the titled surname a person
    from spacy.tokens import Span

    text = "''We expected more,'' said Sylke Brandt, an editor. Ms. Brandt added that readers left."
    doc = nlp(text)
    full = doc.char_span(text.index("Sylke"), text.index("Sylke") + len("Sylke Brandt"))
    lone = doc.char_span(text.rindex("Brandt"), text.rindex("Brandt") + len("Brandt"))
    assert full is not None
    assert lone is not None
    doc.ents = [Span(doc, full.start, full.end, "ORG"), Span(doc, lone.start, lone.end, "PERSON")]
    found = [(e.name, e.label, len(e.mentions)) for e in extract_entities(doc)]
    assert found == [("Sylke Brandt", "PERSON", 2)]


def test_a_persons_surname_does_not_join_an_organisation_named_after_him(nlp: Any) -> None:
    # the model types most lone "Hale" mentions as an organisation, as it can a famous surname
    from spacy.tokens import Span

    text = ("Marcus Hale spoke on Monday. Hale said taxes would fall. Critics of Hale point to "
            "Hale Academy, which closed. Hale denied wrongdoing.")
    doc = nlp(text)
    spans = []
    for start in [i for i in range(len(text)) if text.startswith("Hale", i)]:
        token = doc.char_span(start, start + 4)
        assert token is not None
        spans.append((token.start, token.end))
    full = doc.char_span(0, len("Marcus Hale"))
    academy = doc.char_span(text.index("Hale Academy"), text.index("Hale Academy") + 12)
    assert full is not None
    assert academy is not None
    ents = [Span(doc, full.start, full.end, "PERSON"), Span(doc, academy.start, academy.end, "ORG")]
    ents += [Span(doc, a, b, "ORG") for a, b in spans[1:] if a != academy.start]
    doc.ents = sorted(ents, key=lambda s: s.start)
    found = sorted((e.name, e.label, len(e.mentions)) for e in extract_entities(doc))
    assert found == [("Hale Academy", "ORG", 1), ("Marcus Hale", "PERSON", 4)]


@pytest.mark.parametrize("name", ["Maria's Relief Fund", "Harbor Land Trust",
                                  "Rural Voters Caucus"])
def test_a_name_ending_in_a_fund_trust_or_caucus_is_an_organisation(nlp: Any, name: str) -> None:
    # the model may type such a name a person, more so when it opens with a first name
    from spacy.tokens import Span

    text = f"The account, {name}, raised money for the campaign."
    doc = nlp(text)
    found = doc.char_span(text.index(name), text.index(name) + len(name))
    assert found is not None
    doc.ents = [Span(doc, found.start, found.end, "PERSON")]
    assert [(e.name, e.label) for e in extract_entities(doc)] == [(name, "ORG")]


def test_a_command_verb_and_a_social_handle_name_nobody(nlp: Any) -> None:
    text = ("Follow Jane Doe on Twitter @janedoe_writes and the magazine on Twitter "
            "@Starwatchmag for news.\n\nJane Doe wrote the story.")
    found = entities(nlp, text)
    assert named(found, "Jane Doe").name == "Jane Doe"
    assert not any("@" in alias or alias.startswith("Follow") for e in found
                   for alias in e.aliases)


def test_a_first_name_that_is_also_a_verb_stays(nlp: Any) -> None:
    text = "Grant Hill scored twenty points on Sunday. Hill said the team played well."
    assert "Grant Hill" in [e.name for e in entities(nlp, text)]


def test_an_office_is_no_body(nlp: Any) -> None:
    text = ("US Secretary of State Mike Pompeo spoke on Monday. The Minister of Finance, Ann "
            "Lee, agreed. The State Department said nothing.")
    names = {e.name for e in entities(nlp, text)}
    assert not names & {"State", "Finance"}
    assert {"Mike Pompeo", "State Department"} <= names


def test_a_person_the_model_passed_over_is_found(nlp: Any) -> None:
    text = ("Two teachers were freed on Tuesday. American Kevin Lane and Australian Timothy "
            "Weeks, both professors at the college, were handed over to the army.")
    found = {e.name: e.label for e in entities(nlp, text)}
    assert found.get("Timothy Weeks") == "PERSON"


@pytest.mark.parametrize("text", [
    "Summer Olympics tickets go on sale. The Virginia Beach council met in June.",
    "She swam in the Jordan River and visited Georgia Tech in March.",
])
def test_a_first_name_before_a_capitalised_word_is_not_always_a_person(nlp: Any,
                                                                       text: str) -> None:
    people = {e.name for e in entities(nlp, text) if e.label == "PERSON"}
    assert not people & {"Summer Olympics", "Virginia Beach", "Jordan River", "Georgia Tech"}


def test_a_datelines_place_the_model_passed_over_is_a_place(nlp: Any) -> None:
    text = ("BERLIN -- The space agency says sleeping crews could reach other planets.\n\n"
            "The agency said on Monday that Berlin would host the next meeting.")
    found = entities(nlp, text)
    berlin = named(found, "Berlin")
    assert (berlin.aliases, berlin.label) == (("Berlin", "BERLIN"), "GPE")


@pytest.mark.parametrize(("text", "listed", "whole"), [
    ("Voters tired of the ballot fight, the emoluments clause, Halloran, Bristol, Perkins, "
     "the tax returns, and now Peru.", ["Bristol", "Perkins"], []),
    ("The nine firms are Kestrel, Deep Ocean Systems, Marlow, Firefly Analytics, Intuit "
     "Robotics, Moon Express and OrbitBeyond.", ["Firefly Analytics", "Intuit Robotics"], []),
    ("He sued Skadden, Arps, Slate, Meagher & Flom last year.", [],
     ["Skadden, Arps, Slate, Meagher & Flom"]),
    ("Shares of Apple, Inc. rose.", [], ["Apple, Inc."]),
])
def test_a_name_run_on_through_a_lists_comma_is_two_names(
        nlp: Any, text: str, listed: list[str], whole: list[str]) -> None:
    found = entities(nlp, text)
    aliases = {alias for e in found for alias in e.aliases}
    assert all(name in aliases for name in listed + whole), aliases
    assert not any("," in alias for alias in aliases if alias not in whole), aliases


def test_a_word_between_a_title_and_a_full_name_belongs_to_the_title(nlp: Any) -> None:
    text = "He mocked former Miss Universe Alicia Tolvane on Friday. Tolvane was upset."
    alicia = named(entities(nlp, text), "Alicia Tolvane")
    assert (alicia.label, alicia.aliases) == ("PERSON", ("Alicia Tolvane", "Tolvane"))


def test_a_full_name_after_a_word_with_no_title_stays_whole(nlp: Any) -> None:
    text = "Lee Harvey Oswald was arrested that day."
    assert "Lee Harvey Oswald" in {e.name for e in entities(nlp, text)}


def test_a_verbs_ing_form_opening_a_heading_is_no_part_of_a_name(nlp: Any) -> None:
    text = ("Morrison spoke about Alexander Tolvane.\n\n4. Questioning Tolvane's judgment\n\n"
            "Tolvane said he was told.")
    assert [e.name for e in entities(nlp, text) if e.label == "PERSON"] == ["Alexander Tolvane"]


def test_a_first_name_in_ing_stays_in_the_name(nlp: Any) -> None:
    text = "Sterling Brown said he was fine."
    assert "Sterling Brown" in {e.name for e in entities(nlp, text)}


def test_page_buttons_glued_to_a_persons_name_are_no_part_of_it(nlp: Any) -> None:
    text = "FlagShareLikeReplySara Bondioli said the plan was fine. Bondioli left."
    assert [(e.name, e.label) for e in entities(nlp, text)] == [("Sara Bondioli", "PERSON")]


def test_a_name_written_with_capitals_inside_stays_whole(nlp: Any) -> None:
    assert "Oscar DeLaHoya" in {e.name for e in entities(nlp, "Oscar DeLaHoya fought.")}


def test_a_name_run_on_through_an_at_sign_is_two_names(nlp: Any) -> None:
    """ "NC @ Tolliver Pavilion" in a list of tour dates: the "@" is "at", between a state and
    a venue."""
    text = ("Tour dates:\nJune 26 – Raleigh, NC @ Marlow Credit Union Music Park\n"
            "June 27 – Camden, NJ @ Tolliver Pavilion")
    aliases = {alias for e in entities(nlp, text) for alias in e.aliases}
    assert {"NJ", "Tolliver Pavilion", "Marlow Credit Union Music Park"} <= aliases, aliases
    assert not any("@" in alias for alias in aliases), aliases


def test_a_doctrine_after_a_hyphenated_prefix_is_no_name(nlp: Any) -> None:
    """ "anti-Semitism": what is left past "anti-" is a stance, no group; the place in
    "pro-Kyiv" stays a name."""
    text = ("The council failed to clamp down on anti-Semitism among its members, and "
            "pro-Kyiv groups marched in Warsaw.")
    names = [e.name for e in entities(nlp, text)]
    assert "Semitism" not in names, names
    assert "anti-Semitism" not in names, names
    assert "Warsaw" in names


def test_a_title_the_model_made_a_person_before_a_name_is_no_person(nlp: Any) -> None:
    """ "Project Lead Maria Castro-Vidal": the model's person "Project Lead" is her title."""
    text = '"We ran the numbers again," explains Project Lead Maria Castro-Vidal.'
    assert [e.name for e in entities(nlp, text)] == ["Maria Castro-Vidal"]


def test_a_score_in_a_list_of_scores_is_no_part_of_a_name(nlp: Any) -> None:
    found = {e.name: e.label for e in extract_entities(
        nlp("Scoring: Britton Carroll 5, Marcus Lee 3, Dana Ruiz 2."))}
    assert found == {"Britton Carroll": "PERSON", "Marcus Lee": "PERSON", "Dana Ruiz": "PERSON"}
    assert {e.name: e.label for e in extract_entities(nlp("Bruins 5, Rangers 2"))} == {
        "Bruins": "ORG"}


def test_a_list_of_one_products_numbers_keeps_them(nlp: Any) -> None:
    names = {e.name for e in extract_entities(nlp("Windows 10, Windows 11 and macOS 14 were "
                                                   "tested."))}
    assert {"Windows 10", "Windows 11"} <= names


def test_a_lower_case_letter_with_a_stop_is_no_initial(nlp: Any) -> None:
    # "d." of a result ("defeated") splits the two sides, each without its score
    names = {e.name for e in extract_entities(nlp("Federer d. Nadal 6-4, 6-3. Viera d. "
                                                   "Rockledge 3-1 in the district final."))}
    assert {"Federer", "Nadal", "Viera", "Rockledge"} <= names
    assert not any("d." in name for name in names)


def test_a_cases_versus_keeps_its_name_whole(nlp: Any) -> None:
    names = {e.name for e in extract_entities(nlp("The court overturned Roe v. Wade in June."))}
    assert "Roe v. Wade" in names


def test_a_particle_between_name_words_joins_one_persons_name(nlp: Any) -> None:
    # the model cuts the name at "dos" into "Ana Carolina" and "Santos", and takes "Maria" of
    # "Maria do Carmo" for a nationality
    text = ("The singer Ana Carolina dos Santos arrived late. Dos Santos sang two songs, and "
            "Santos smiled. Her cousin Maria do Carmo watched.")
    found = extract_entities(nlp(text))
    singer = named(found, "Ana Carolina dos Santos")
    assert singer.label == "PERSON"
    assert surfaces(text, singer) == ["Ana Carolina dos Santos", "Dos Santos", "Santos"]
    assert named(found, "Maria do Carmo").label == "PERSON"


def test_the_verb_do_before_a_name_joins_nothing(nlp: Any) -> None:
    for text in ("Does Kevin do Pilates every week? His sister thinks he does.",
                 "Can Obama do Iran any good?"):
        assert not any(" do " in e.name for e in extract_entities(nlp(text)))


def test_do_between_name_words_is_a_particle_where_the_name_is_not_its_subject(
        nlp: Any) -> None:
    # the parse hangs "farmer" on "do" as its subject; "Joao" is no subject of it
    text = "The farmer Joao do Rio lost his land."
    assert [(e.name, e.label) for e in extract_entities(nlp(text))] == [("Joao do Rio", "PERSON")]


def test_a_name_the_model_ends_at_its_particle_runs_on_to_the_surname(nlp: Any) -> None:
    # the model finds "Thijs van" and "Poel", two people
    text = "We spoke to Nuno dos Reis and Thijs van der Poel yesterday."
    people = [e.name for e in extract_entities(nlp(text)) if e.label == "PERSON"]
    assert people == ["Nuno dos Reis", "Thijs van der Poel"]


def test_a_name_with_a_word_of_letters_and_digits_is_no_persons(nlp: Any) -> None:
    # the model takes "Hybrid" and "F-150" for people
    text = "The new RAV4 Hybrid is selling well, and the Ford F-150 remains the best seller."
    found = [(e.name, e.label) for e in extract_entities(nlp(text))]
    assert found == [("RAV4 Hybrid", "PRODUCT"), ("Ford F-150", "PRODUCT")]


def test_a_model_designation_the_model_took_for_a_person_is_a_product(nlp: Any) -> None:
    text = "The F-150 is the best seller, dealers say."
    assert [(e.name, e.label) for e in extract_entities(nlp(text))] == [("F-150", "PRODUCT")]


def test_a_lower_case_word_with_a_figure_does_not_make_a_product(nlp: Any) -> None:
    # the model runs a person's name on from a user name ("jane88 Walsh"); a model's
    # designation opens with a capital, so this stays a person
    text = "Online, jane88 Walsh wrote that the deal was over."
    assert [e.label for e in extract_entities(nlp(text))] == ["PERSON"]


def test_a_word_written_without_a_capital_is_no_name(nlp: Any) -> None:
    # the model types the common noun "econobox" a product
    text = "Critics call the little hatchback an econobox, but the econobox sells well in Ohio."
    assert [e.name for e in extract_entities(nlp(text))] == ["Ohio"]


def test_a_name_with_an_inner_capital_is_still_a_name(nlp: Any) -> None:
    text = "She sold her iPhone on eBay and flew home to Denver."
    names = {e.name for e in extract_entities(nlp(text))}
    assert {"iPhone", "eBay"} <= names


def test_a_time_zone_after_a_time_is_no_name(nlp: Any) -> None:
    # the model types "GMT" and "BST" as organisations and joins "0100 GMT" into a product
    text = ("The talks began at 0100 GMT on Friday, and the match starts at 19:45 BST. "
            "The BST union office closed.")
    assert [m.of(text) for e in extract_entities(nlp(text)) for m in e.mentions] == ["BST"]


def test_the_words_of_a_tables_header_row_are_no_names(nlp: Any) -> None:
    # a table's rows as the loaders write them; the model takes "Candidate" and "Party" for
    # organisations and "Bid" for a person
    text = ("The count ended late on Sunday.\nCandidate | Party | Votes\n"
            "Rosa Lind | Green Party | 4,120\nLind thanked her staff.\n\n"
            "Shares slid.\nSymbol | Security | Bid | Ask\nXYZ | Xyzzy Holdings | 15.2 | 15.3")
    names = [e.name for e in extract_entities(nlp(text))]
    assert names == ["Rosa Lind", "Green Party", "Xyzzy Holdings"]


def test_a_header_cell_the_text_names_elsewhere_stays_a_name(nlp: Any) -> None:
    text = ("Google and Samsung both sell phones.\nFeature | Google | Samsung\n"
            "Screen | 6.1 inches | 6.2 inches\nSamsung said its phone sold better.")
    found = extract_entities(nlp(text))
    assert len(named(found, "Samsung").mentions) == 3


def test_a_country_heading_a_tables_column_stays_a_name(nlp: Any) -> None:
    text = "Prices rose in March.\nItem | France | Italy\nBread | 2.10 | 1.90"
    assert {"France", "Italy"} <= {e.name for e in extract_entities(nlp(text))}


def test_a_verb_after_a_name_is_no_part_of_it(nlp: Any) -> None:
    found = entities(nlp, "“We closed the shop for good and sold every single chair we had,” "
                          "Teresa Lund Hayden explained. “Nobody came.”")
    person = named(found, "Teresa Lund Hayden")
    assert person.label == "PERSON"
    assert not any("explained" in e.name for e in found)


def test_an_office_named_through_its_holders_possessive_is_one_body(nlp: Any) -> None:
    # the model gives "Office" alone, or nothing, for these
    found = entities(nlp, "The State Attorney's Office filed charges against the driver, the "
                          "U.S. Attorney's Office announced. The Governor's Office and the "
                          "Pima County Sheriff's Department declined to comment.")
    names = {e.name: e.label for e in found}
    assert names == {"State Attorney's Office": "ORG", "U.S. Attorney's Office": "ORG",
                     "Governor's Office": "ORG", "Pima County Sheriff's Department": "ORG"}


def test_a_persons_possessive_before_a_department_is_no_office(nlp: Any) -> None:
    found = entities(nlp, "Critics said Tom Reyes's Department had failed the city.")
    assert "Tom Reyes's Department" not in {e.name for e in found}


def test_an_office_that_announces_speaks_by_its_whole_name(nlp: Any) -> None:
    from reader.analysis.quotes import extract_quotes

    doc = nlp("The plant will close in May, the U.S. Attorney's Office announced on Friday.")
    quotes = extract_quotes(doc, extract_entities(doc))
    assert [q.speaker for q in quotes] == ["U.S. Attorney's Office"]


def test_a_name_ends_at_a_comma_that_closes_its_phrase(nlp: Any) -> None:
    # the model runs the outlet on into "Democratic party", the subject of the next clause
    found = entities(nlp, "According to a fresh report by Politico, Democratic party officials "
                          "are worried about the vote.")
    assert {e.name: e.label for e in found} == {"Politico": "ORG", "Democratic": "NORP"}


def test_a_firms_suffix_after_a_comma_stays_in_its_name(nlp: Any) -> None:
    found = entities(nlp, "Shares of Kestrel Foods, Inc. fell sharply on Monday.")
    assert [e.name for e in found] == ["Kestrel Foods Inc."]


def test_a_player_s_position_between_team_and_name_is_no_part_of_the_person(nlp: Any) -> None:
    text = ("Rams QB Tyler Fenwick, however, said the hit was late. "
            "Fenwick added that he would not appeal the fine.")
    people = {e.name: e for e in entities(nlp, text) if e.label == "PERSON"}
    assert "Tyler Fenwick" in people
    assert "Fenwick" in people["Tyler Fenwick"].aliases
    assert not any("QB" in name or "Rams" in name for name in people)


def test_a_team_and_position_the_model_made_a_name_is_the_team(nlp: Any) -> None:
    text = "Browns DL Marcus Holloway, however, decided to weigh in on the fight."
    found = {e.name: e.label for e in entities(nlp, text)}
    assert found.get("Marcus Holloway") == "PERSON"
    assert "Browns DL" not in found
    assert found.get("Browns") != "PERSON"


def test_a_lower_case_verb_splits_a_name_the_model_ran_over_it(nlp: Any) -> None:
    doc = nlp("They argued before Garrett hit Rudolph in the head with a helmet.")
    ent = doc.char_span(19, 38, label="ORG")
    assert ent is not None
    assert [(p.text, p.label_) for p in verb_split(ent)] == [("Garrett", "ORG"), ("Rudolph", "ORG")]


def test_a_title_with_a_verb_is_left_whole(nlp: Any) -> None:
    doc = nlp("She read Where the Crawdads sing last summer.")
    ent = doc.char_span(9, 32, label="WORK_OF_ART")
    assert ent is not None
    assert [p.text for p in verb_split(ent)] == ["Where the Crawdads sing"]


def test_a_team_named_by_a_plural_is_no_person(nlp: Any) -> None:
    text = ("Browns player on the fight: he asked for it\n\n"
            "One member of the Browns' defense spoke on Monday. The suspensions hit Browns "
            "pass rusher Tom Vale hard.")
    found = {e.name: e.label for e in entities(nlp, text)}
    assert found.get("Browns") == "ORG"
    assert found.get("Tom Vale") == "PERSON"


def test_a_surname_in_s_before_a_noun_stays_the_person_s(nlp: Any) -> None:
    text = "Bernie Sanders spoke in Iowa. The Sanders campaign said the crowd was large."
    found = {e.name: e.label for e in entities(nlp, text)}
    assert found.get("Bernie Sanders") == "PERSON"
    assert "Sanders" not in found or found["Sanders"] == "PERSON"


def test_a_first_name_the_tagger_took_for_an_adjective_stays_in_the_name(nlp: Any) -> None:
    found = entities(nlp, "Karl ter Velde and Jan van Rooij signed the pact.")
    assert "Karl ter Velde" in {e.name for e in found}


@pytest.mark.parametrize(("text", "name"), [
    ("Spokeswoman Sandy Angers said the plant would close.", "Sandy Angers"),  # model's ORG
    ("Head Coach Bill Belichick spoke after the game.", "Bill Belichick"),
])
def test_role_words_before_a_persons_name_are_no_part_of_it(nlp: Any, text: str,
                                                            name: str) -> None:
    assert name in {e.name for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(("text", "name"), [
    ("General Motors rose.", "General Motors"),
    ("General Motors Company rose.", "General Motors Company"),  # three words: the rule looks
])
def test_a_body_opening_with_a_role_word_stays_whole(nlp: Any, text: str, name: str) -> None:
    assert name in {e.name for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(("text", "name"), [
    ("Fighters of al-Qaeda fled the town.", "al-Qaeda"),
    ("He spoke in remarks to al-Ikhbariya television.", "al-Ikhbariya"),
])
def test_an_arabic_article_joined_by_a_hyphen_is_the_names(nlp: Any, text: str,
                                                         name: str) -> None:
    assert name in {e.name for e in extract_entities(nlp(text))}


def test_a_building_word_after_a_name_the_model_cut_ends_the_name(nlp: Any) -> None:
    text = "The tour stops in Mountain View, CA @ Shoreline Amphitheatre on June 2."
    found = {e.name: e.label for e in extract_entities(nlp(text))}
    assert found.get("Shoreline Amphitheatre") == "FAC"
    assert "Shoreline" not in found


def test_a_word_opening_with_a_figure_is_no_part_of_a_persons_name(nlp: Any) -> None:
    text = "The laptop adds 802.11ax Wi-Fi, and 802.11ax Wi-Fi is faster."
    found = {e.name: e.label for e in extract_entities(nlp(text))}
    assert found["802.11ax Wi-Fi"] == "PRODUCT"


@pytest.mark.parametrize(("text", "body", "place"), [
    ("The University of South Carolina raised its fees. Lawmakers in South Carolina objected.",
     "University of South Carolina", "South Carolina"),
])
def test_a_place_after_of_ending_a_longer_name_is_not_its_short_form(
        nlp: Any, text: str, body: str, place: str) -> None:
    found = entities(nlp, text)
    assert named(found, body).label == "ORG"
    assert named(found, place).label == "GPE"


@pytest.mark.parametrize(("text", "firm", "short"), [
    ("Her first hit came out of Moorland Studios in 1998. The next title to come from "
     "Moorland puts players in charge of a zoo.", "Moorland Studios", "Moorland"),
    ("The hit game came from Greyhawk Studios in 1999. One of the next titles to come from "
     "Greyhawk puts players in charge of a circus.", "Greyhawk Studios", "Greyhawk"),
])
def test_a_studio_or_network_is_called_by_its_first_word(nlp: Any, text: str, firm: str,
                                                          short: str) -> None:
    found = entities(nlp, text)
    assert short in named(found, firm).aliases
    assert named(found, firm).label == "ORG"


@pytest.mark.parametrize("text", [
    "The fort was founded in 43 AD and burned in 60 A.D. by rebels.",
    "The shrine was built in the 5th century BC by farmers.",
])
def test_the_mark_of_an_era_is_no_entity(nlp: Any, text: str) -> None:
    found = entities(nlp, text)
    assert not [e for e in found if e.name.rstrip(".") in ("AD", "A.D", "BC")]


@pytest.mark.parametrize(("text", "family"), [
    ("Kate Ollerton opened the fete. Neighbours say the Ollertons are kind.", "Ollertons"),
    ("Ruth Haddington won the prize. Interest in the Haddingtons is huge.", "Haddingtons"),
    ("Paul Kershaw sold the farm. The Kershaws moved to Leeds.", "Kershaws"),
])
def test_the_plural_of_a_named_persons_surname_is_a_family_of_people(
        nlp: Any, text: str, family: str) -> None:
    assert named(entities(nlp, text), family).label == "PERSON"


@pytest.mark.parametrize(("text", "names"), [
    ('A Tory aide told the Daily Mail Mr Reeve would "quietly lead" the new drive.',
     {"Tory": "NORP", "Daily Mail": "ORG", "Reeve": "PERSON"}),
    ('It is not ready yet. Said Mr Holt: "It is very much a phone."', {"Holt": "PERSON"}),
    ('Said Mrs Cole: "We will appeal."', {"Cole": "PERSON"}),
])
def test_a_short_title_inside_a_name_opens_the_next_persons(
        nlp: Any, text: str, names: dict[str, str]) -> None:
    assert {e.name: e.label for e in entities(nlp, text)} == names


@pytest.mark.parametrize(("text", "name"), [
    ("Sumitomo has withdrawn its offer for rival bank Harkon Holdings. Harkon Holdings said "
     "it would merge with Daiwa.", "Harkon Holdings"),
    ("The complaint went to the state Department of Revenue Services on Monday.",
     "Department of Revenue Services"),
])
def test_a_bodys_name_opens_after_the_lower_case_words_that_describe_it(
        nlp: Any, text: str, name: str) -> None:
    assert name in {e.name for e in entities(nlp, text)}
