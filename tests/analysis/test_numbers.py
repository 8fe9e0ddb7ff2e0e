"""extract_numbers on small sentences: what is a figure, its value, bounds, qualifier and unit."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.model import NumberMention, Quote
from reader.analysis.number_claims import with_speakers
from reader.analysis.numbers import extract_numbers
from reader.document import TextSpan
from tests.analysis.child_process import run_in_child


def _mentions(nlp: Any, text: str) -> list[NumberMention]:
    return list(extract_numbers(nlp(text)))


def _spans(nlp: Any, text: str) -> list[str]:
    return [m.span.of(text) for m in _mentions(nlp, text)]


def _one(nlp: Any, text: str, span: str) -> NumberMention:
    found = [m for m in _mentions(nlp, text) if m.span.of(text) == span]
    assert len(found) == 1, [m.span.of(text) for m in _mentions(nlp, text)]
    return found[0]


@pytest.mark.parametrize(("text", "span", "value", "kind", "unit"), [
    ("Officials counted 1,234 ballots.", "1,234", 1234, "cardinal", None),
    ("The tank holds 1,234.5 litres.", "1,234.5 litres", 1234.5, "quantity", "litres"),
    ("They found twenty-two bodies.", "twenty-two", 22, "cardinal", None),
    ("They found two bodies.", "two", 2, "cardinal", None),
    ("The state employs 1.5 million people.", "1.5 million", 1_500_000, "cardinal", None),
    ("He bought a dozen eggs.", "a dozen", 12, "cardinal", None),
    ("A couple dozen bankers made millions.", "A couple dozen", 24, "cardinal", None),
    ("Police arrested one hundred and six people.", "one hundred and six", 106, "cardinal", None),
    ("Turnout rose to 12% on Sunday.", "12%", 12, "percent", "%"),
    ("Turnout rose to 12 percent on Sunday.", "12 percent", 12, "percent", "%"),
    ("Turnout rose to 12 per cent on Sunday.", "12 per cent", 12, "percent", "%"),
    ("The deal is worth $1.5 billion.", "$1.5 billion", 1_500_000_000, "money", "USD"),
    ("The club paid €20m for him.", "€20m", 20_000_000, "money", "EUR"),
    ("A ticket costs £3.", "£3", 3, "money", "GBP"),
    ("The fund holds 20 million dollars.", "20 million dollars", 20_000_000, "money", "USD"),
    ("China spent 1.2 trillion yuan on roads.", "1.2 trillion yuan", 1.2e12, "money", "CNY"),
    ("The bank lent US$7.2 bn to the state.", "US$7.2 bn", 7.2e9, "money", "USD"),
    ("The bill came to 5 Australian dollars.", "5 Australian dollars", 5, "money", "AUD"),
    ("The convoy drove 10 km north.", "10 km", 10, "quantity", "km"),
    ("She ran 100m to win.", "100m", 100, "quantity", "m"),
    ("She passed her rival in the last 400m. Kim Ray came third.", "400m", 400, "quantity",
     "m"),
    ("The motor makes almost 490 lb-ft of torque.", "almost 490 lb-ft", 490, "quantity", "lb-ft"),
    ("The Fed made a 25 basis point cut.", "25 basis point", 25, "quantity", "bp"),
    ("Shoppers aged over 65 paid less.", "aged over 65", 65, "age", "years"),
    ("The ship sailed 9,420 nautical miles.", "9,420 nautical miles", 9420, "quantity",
     "nautical miles"),
    ("The fire burned 300 square kilometres.", "300 square kilometres", 300, "quantity", "km²"),
    ("The ruins are 2,000 years old.", "2,000 years old", 2000, "age", "years"),
    ("The city was founded 2,000 years ago.", "2,000 years", 2000, "quantity", "years"),
    ("A 15-year-old boy was hurt.", "15-year-old", 15, "age", "years"),
    ("The victim, aged 15, was hurt.", "aged 15", 15, "age", "years"),
    ("John Smith, 49, was charged.", "49", 49, "age", "years"),
    ("He left school at age 12.", "12", 12, "age", "years"),
    ("A third of the staff left.", "A third", 1 / 3, "fraction", None),
    ("Half of the staff left.", "Half", 0.5, "fraction", None),
    ("Two thirds of voters agreed.", "Two thirds", 2 / 3, "fraction", None),
    ("The share fell by 3/4 overnight.", "3/4", 0.75, "fraction", None),
    ("One in three adults is obese.", "One in three", 1 / 3, "fraction", None),
    ("Nine out of 10 doctors agree.", "Nine out of 10", 0.9, "fraction", None),
    ("About one of every nine voters is Latino.", "About one of every nine", 1 / 9, "fraction",
     None),
    ("We waited for over four-and-a-half years.", "over four-and-a-half years", 4.5, "quantity",
     "years"),
    ("It was minus 5 degrees at night.", "minus 5 degrees", -5, "quantity", "degrees"),
    ("The town has 40 000 inhabitants.", "40 000", 40000, "cardinal", None),
    ("The pipe is 2 1/4 inches wide.", "2 1/4 inches", 2.25, "quantity", "inches"),
    ("The trial lasted 2 and a half years.", "2 and a half years", 2.5, "quantity", "years"),
    ("The firm sold 3 dozen boxes.", "3 dozen", 36, "cardinal", None),
    ("The club paid 1.2b for the site.", "1.2b", 1.2e9, "cardinal", None),
    ("Temperatures reached 45C in Seville.", "45C", 45, "quantity", "°C"),
    ("Shares rose to 1,234p.", "1,234p", 1234, "money", "pence"),
    ("The firm lost millions of dollars.", "millions of dollars", None, "money", "USD"),
    ("The firm lost several million dollars.", "several million dollars", None, "money", "USD"),
])
def test_value_kind_and_unit(nlp: Any, text: str, span: str, value: float | None, kind: str,
                             unit: str | None) -> None:
    mention = _one(nlp, text, span)
    assert mention.value == (None if value is None else pytest.approx(value))
    assert (mention.kind, mention.unit) == (kind, unit)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("It was his third term in office.", "third", 3),
    ("She finished 3rd in the race.", "3rd", 3),
    ("The 21st floor was empty.", "21st", 21),
    ("It was the twenty-first attempt.", "twenty-first", 21),
])
def test_ordinals_are_told_apart_from_counts(nlp: Any, text: str, span: str, value: int) -> None:
    mention = _one(nlp, text, span)
    assert (mention.kind, mention.value) == ("ordinal", value)


@pytest.mark.parametrize(("text", "span", "qualifier", "low", "high"), [
    ("The strike killed at least 22 people.", "at least 22", "at least", 22, None),
    ("No fewer than 22 people died.", "No fewer than 22", "at least", 22, None),
    ("A minimum of 22 people died.", "A minimum of 22", "at least", 22, None),
    ("More than 40 people died.", "More than 40", "more than", 40, None),
    ("Over 40 people died.", "Over 40", "more than", 40, None),
    ("Upwards of 40 people died.", "Upwards of 40", "more than", 40, None),
    ("They raised in excess of $5 million.", "in excess of $5 million", "more than", 5e6, None),
    ("Nearly 110 people were hurt.", "Nearly 110", "about", None, None),
    ("Almost 110 people were hurt.", "Almost 110", "about", None, None),
    ("About 110 people were hurt.", "About 110", "about", None, None),
    ("Around 110 people were hurt.", "Around 110", "about", None, None),
    ("Roughly 110 people were hurt.", "Roughly 110", "about", None, None),
    ("Some 400 guests came.", "Some 400", "about", None, None),
    ("An estimated 400 guests came.", "An estimated 400", "about", None, None),
    ("Close to 400 guests came.", "Close to 400", "about", None, None),
    ("At most 30 seats remain.", "At most 30", "at most", None, 30),
    ("No more than 30 seats remain.", "No more than 30", "at most", None, 30),
    ("Less than 30 seats remain.", "Less than 30", "less than", None, 30),
    ("Fewer than 30 seats remain.", "Fewer than 30", "less than", None, 30),
    ("Children under 5 were vaccinated.", "under 5", "less than", None, 5),
    ("The drone can carry up to 700 kg.", "up to 700 kg", "up to", None, 700),
    ("As many as 700 people fled.", "As many as 700", "up to", None, 700),
    ("The tower has 100 floors or more.", "100 floors or more", None, None, None),
    ("The plane seats 290+ people.", "290+", "more than", 290, None),
    ("The team has 22 players.", "22", "exact", 22, 22),
])
def test_qualifier_and_bounds(nlp: Any, text: str, span: str, qualifier: str | None,
                              low: float | None, high: float | None) -> None:
    if qualifier is None:  # "or more" after the counted noun is not joined to the figure
        assert any(s.startswith("100") for s in _spans(nlp, text))
        return
    mention = _one(nlp, text, span)
    assert (mention.qualifier, mention.low, mention.high) == (qualifier, low, high)


def test_over_a_stretch_of_time_is_no_qualifier(nlp: Any) -> None:
    text = "Aid falls by $55 billion over six years, after he served for over six years."
    spans = [(m.span.of(text), m.qualifier) for m in _mentions(nlp, text)]
    assert spans == [("$55 billion", "exact"), ("six years", "exact"),
                     ("over six years", "more than")]


@pytest.mark.parametrize("text", [
    "They talked about 5 issues.", "Learn more about 529 plans here.",
])
def test_about_after_a_verb_of_speech_is_a_preposition(nlp: Any, text: str) -> None:
    assert all(m.qualifier == "exact" for m in _mentions(nlp, text))


def test_or_more_after_the_figure_is_at_least(nlp: Any) -> None:
    mention = _one(nlp, "They want 100 or more.", "100 or more")
    assert (mention.qualifier, mention.low) == ("at least", 100)


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("Between 5 and 10 drones were seen.", "Between 5 and 10", 5, 10, None),
    ("From 5 to 10 drones were seen.", "From 5 to 10", 5, 10, None),
    ("The band has 5-10 members.", "5-10", 5, 10, None),
    ("Profits grew 15–20 % this year.", "15–20 %", 15, 20, "%"),
    ("Rates sit in a 5.25%-5.5% range.", "5.25%-5.5%", 5.25, 5.5, "%"),
    ("Voters aged between 18 and 25 stayed home.", "aged between 18 and 25", 18, 25, "years"),
    ("They pledged between $12 million and $20 million.", "between $12 million and $20 million",
     12e6, 20e6, "USD"),
    ("They pledged 5 to 10 million dollars.", "5 to 10 million dollars", 5e6, 10e6, "USD"),
    ("She waited two or three days.", "two or three days", 2, 3, "days"),
    ("Repairs take one-to-three weeks.", "one-to-three weeks", 1, 3, "weeks"),
    # a range of sums written as one word: the tokenizer cut it as "£", "3m-£4", "m"
    ("The new pier will cost £3m-£4m, the council said.", "£3m-£4m", 3e6, 4e6, "GBP"),
    ("Analysts value the mill at $1.2bn-$1.5bn.", "$1.2bn-$1.5bn", 1.2e9, 1.5e9, "USD"),
])
def test_ranges(nlp: Any, text: str, span: str, low: float, high: float,
                unit: str | None) -> None:
    found = [m for m in _mentions(nlp, text) if span in m.span.of(text)]
    assert len(found) == 1, _spans(nlp, text)
    mention = found[0]
    assert (mention.qualifier, mention.value, mention.low, mention.high, mention.unit) == (
        "range", None, low, high, unit)


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Roughly 40 to 60 lorries queued at the border.", "Roughly 40 to 60", 40, 60),
    ("The club sold around 200-300 season tickets.", "around 200-300", 200, 300),
    ("Nearly 15 to 20 percent of the herd fell ill.", "Nearly 15 to 20 percent", 15, 20),
    ("She expects some 5 to 10 bids.", "some 5 to 10", 5, 10),
    ("They baked 40 to 50 or so loaves.", "40 to 50 or so", 40, 50),
    ("The mill hired between roughly 80 and 90 weavers.", "between roughly 80 and 90", 80, 90),
    ("Tickets cost between about £12 and £15.", "between about £12 and £15", 12, 15),
])
def test_a_hedged_range_keeps_its_hedge_and_its_bounds(nlp: Any, text: str, span: str,
                                                       low: float, high: float) -> None:
    mention = _one(nlp, text, span)
    assert (mention.qualifier, mention.value, mention.low, mention.high) == (
        "about", None, low, high)


def test_a_bound_before_a_range_leaves_it_a_range(nlp: Any) -> None:
    mention = _one(nlp, "At least 3 to 4 ferries were cancelled.", "At least 3 to 4")
    assert (mention.qualifier, mention.low, mention.high) == ("range", 3, 4)


def test_a_change_from_one_figure_to_another_is_two_figures(nlp: Any) -> None:
    assert _spans(nlp, "Inflation rose from 5% to 10% last year.") == ["5%", "10%"]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Dozens of drones were launched.", "Dozens", 24, 99),
    ("Hundreds were hurt.", "Hundreds", 200, 999),
    ("Thousands fled the city.", "Thousands", 2000, 9999),
    ("Tens of thousands fled the city.", "Tens of thousands", 20000, 99999),
    ("Hundreds of thousands fled the city.", "Hundreds of thousands", 200000, 999999),
    ("Several hundred people fled the city.", "Several hundred", 200, 999),
])
def test_vague_amounts_have_bounds_and_no_value(nlp: Any, text: str, span: str, low: int,
                                                high: int) -> None:
    mention = _one(nlp, text, span)
    assert (mention.value, mention.low, mention.high, mention.qualifier) == (
        None, low, high, "about")


@pytest.mark.parametrize("text", [
    "The summit took place in February 2022.",
    "The summit began on 12 March and ended on March 14.",
    "The talks started at 18:00 on Monday.",
    "The talks started at 5 p.m. on Monday.",
    "He tweeted at three o’clock in the morning.",
    "The report was filed on 2018-06-19.",
    "Emissions will fall from 2005 levels.",
    "Emissions must fall below 2005 levels.",
    # a year before what a year has and nobody counts
    "The bakery hopes 2021 sales will benefit from the new shop.",
    "He does not think raising 2016 elections will help.",
    "The report was filed on 7/8/07.",
    "The talks were set for March 5-7.",
    "The report was filed on 3/5 after the 2023-24 season.",
    "Call +1 222 555 2222 for details.",
    "Call (555) 123-4567 for details.",
    "For tickets call 02-734-1200 or visit the box office.",
    "The Covid-19 pandemic hit the G7 hard.",
    "An F-16 jet crashed near the MH-17 site.",
    "Boeing delivered the 737 MAX to the airline.",
    "He flew on Flight 574 to Jakarta.",
    "The Phase 3 trial and Level 2 stations open in Week 13.",
    "It was the No. 1 seller in the country.",
    "It happened in the 1990s and again in '11.",
    "Wealth boomed during the 80’s and the 1990's.",
    "They met in the 20th century.",
    "The goal came in the 54th minute.",
    "He was one of the founders.",
    "See pp. 110-255 of the bill.",
    "The 9/11 attacks changed the city.",
    "He invoked the Fifth Amendment.",
    # releases of a program
    "The firm says it upgraded the player to version 6.",
    "The flaw hits phones running versions 2.1 and earlier.",
    # a period an ordinal numbers, as a date does
    "The bakery said fourth quarter sales were flat.",
    "The visitors led for most of the second half.",
    # years, one joined to the other
    "The bakery must restate its 2017 and 2018 accounts.",
    "Valve called 'Half Life: Alyx' a flagship, trying to zero in on fans.",
    "The nurse talked with the boy for an hour, trying to zero in any likely causes.",
    "See the paper at DOI 10.1007/978-3-319-09575-2.",
    "The chief of Take-Two spoke to investors in March.",
    "1. Introduction\n\n1.1. Scope\n\n4) Results",
    'Diet tips\n\n1. “Swap” the bread\n\nIt helps.\n\n2. "Go" easy on sauce\n\nIt works.',
    '"We sell games," said the CEO of Take-Two, adding that Destiny 2 is free this week.',
    "",
])
def test_dates_times_phones_and_codes_are_no_figures(nlp: Any, text: str) -> None:
    assert _spans(nlp, text) == []


def test_a_number_the_document_uses_as_a_name_stays_a_name(nlp: Any) -> None:
    text = "Boeing 787 sales rose. The 787 is popular, and 55 planes are on order."
    assert _spans(nlp, text) == ["55"]


@pytest.mark.parametrize(("text", "figures"), [
    ("The carrier ordered 30 of Airbus's 350-1 freighters.", ["30"]),  # a model and its variant
    ("Its fleet of some 200 321 Neo jets is idle.", ["some 200"]),  # no "200 321"
    ("Sales of the 919 Falcon doubled. The 919 sells well.", []),  # a model before its name
    ("The airline cut its 757x order. The 757 program is late.", []),  # a model letter
])
def test_model_numbers_are_names(nlp: Any, text: str, figures: list[str]) -> None:
    assert _spans(nlp, text) == figures


def test_a_count_before_a_model_counts_what_follows_the_model(nlp: Any) -> None:
    assert _one(nlp, "The maker logged six 848 Skyliner orders in May.", "six").counts == "order"


def test_round_counts_before_a_name_and_a_noun_stay_counts(nlp: Any) -> None:
    assert _spans(nlp, "About 300 Democrats and 200 Google engineers signed.") == [
        "About 300", "200"]
    assert _spans(nlp, "The firm has 143 Apple stores.") == ["143"]


def test_a_numbered_list_keeps_the_figures_in_its_items(nlp: Any) -> None:
    assert _spans(nlp, "Steps:\n1. Mix 200 grams of flour.\n2. Add 3 eggs.") == [
        "200 grams", "3"]


def test_a_year_with_a_count_after_it_is_a_count(nlp: Any) -> None:
    assert _spans(nlp, "The fire destroyed 1500 homes.") == ["1500"]


def test_a_range_of_money_shares_its_scale(nlp: Any) -> None:
    mention = _one(nlp, "AMD lost $15-20M in sales.", "$15-20M")
    assert (mention.low, mention.high, mention.unit) == (15e6, 20e6, "USD")


def test_figures_listed_after_an_age_are_ages(nlp: Any) -> None:
    text = "Two teenagers, aged 16 and 17, were arrested."
    assert [(m.span.of(text), m.kind) for m in _mentions(nlp, text)] == [
        ("Two", "cardinal"), ("aged 16", "age"), ("17", "age")]


def test_a_change_to_a_figure_of_another_unit_is_no_range(nlp: Any) -> None:
    assert _spans(nlp, "Shares rose 4.2 per cent to 1,234p.") == ["4.2 per cent", "1,234p"]


def test_a_change_to_zero_is_a_figure(nlp: Any) -> None:
    assert _spans(nlp, "The debt fell to zero in May.") == ["zero"]


def test_by_how_much_and_to_what_is_no_range(nlp: Any) -> None:
    assert _spans(nlp, "The fleet order was cut by 40 to 150 jets.") == ["40", "150"]
    one = _one(nlp, "Fares will rise by 5 to 10 percent.", "5 to 10 percent")
    assert (one.qualifier, one.low, one.high) == ("range", 5, 10)


@pytest.mark.parametrize(("text", "span"), [
    ("The team fell to 2-6 after the loss.", "2-6"),
    ("They hold a 4-7 record this season.", "4-7"),
    ("The court ruled 5-4 on Monday.", "5-4"),
    ("She won 3-6 in the final set.", "3-6"),
])
def test_a_score_or_tally_that_rises_is_no_range(nlp: Any, text: str, span: str) -> None:
    mention = _one(nlp, text, span)
    assert (mention.kind, mention.qualifier) == ("score", "exact")


@pytest.mark.parametrize(("text", "span"), [
    ("Temperatures will fall to 5-10 degrees.", "5-10 degrees"),
    ("Sales fell by 10-15 percent.", "10-15 percent"),
    ("Symptoms last 3-5 days.", "3-5 days"),
])
def test_a_range_with_a_unit_stays_a_range(nlp: Any, text: str, span: str) -> None:
    assert _one(nlp, text, span).qualifier == "range"


def test_a_football_score_is_one_figure(nlp: Any) -> None:
    mention = _one(nlp, "Sweden defeated South Korea 1–0 on Monday.", "1–0")
    assert (mention.kind, mention.value) == ("score", None)


@pytest.mark.parametrize(("text", "span", "counts"), [
    ("The strike killed 22 people.", "22", "people"),
    ("Dozens of drones hit the city.", "Dozens", "drone"),
    ("Two of the engines failed.", "Two", "engine"),
    ("The strike killed 110 other people.", "110", "people"),
    ("The airline bought 60 Boeing 787 Dreamliner aircraft.", "60", "aircraft"),
    ("The firm announced 10,000 job cuts.", "10,000", "cut"),
    ("The strike killed 22 people and injured nearly 110 others.", "nearly 110", "other"),
    ("The floods killed 102 and 21 people respectively.", "102", "people"),
    ("At least 107 killed in crane collapse.", "At least 107", "people"),
    ("Hundreds protested in the square.", "Hundreds", "people"),
    ("The death toll rose to 35 on Monday.", "35", "people"),
    ("Seats in the council increased from 9 to 10.", "10", "seat"),
    ("The number of seats increased from 9 to 10.", "9", "seat"),
    ("She lived in a seven-storey block.", "seven", "storey"),
    ("Three remaining hostages were freed.", "Three", "hostage"),
    ("The two warring factions signed a truce.", "two", "faction"),
    ("70% of the sales came online.", "70%", "sale"),
    ("About 64 percent of registered nurses backed the strike.", "About 64 percent", "nurse"),
    ("Nearly 30 percent of those asked said no.", "Nearly 30 percent", None),
    ("Turnout rose to 12 percent on Sunday.", "12 percent", None),
    ("Prices fell 3 percent of late.", "3 percent", None),
    ("They will buy back up to $90 billion of shares.", "up to $90 billion", None),
    ("The deal is worth $5 billion.", "$5 billion", None),
    ("The convoy drove 10 km north.", "10 km", None),
    ("Nearly half the nurses polled backed the strike.", "Nearly half", "nurse"),
    ("The mill let go half its 300 weavers.", "half", "weaver"),
    ("A third their wages went on fuel.", "A third", "wage"),
    ("The league cut half the clubs' coaches.", "half", "coach"),
    ("The ferry runs at half the speed.", "half", None),
    ("The mill made 40,000 bolts in May. In June, 52,000 were made.", "52,000", "bolt"),
    ("Of the 9 judges on the panel, five were named by the king.", "five", "judge"),
    ("By noon, 4,000 had been sold.", "4,000", None),
    ("The Top 500 list ranks the fastest machines.", "500", None),
    ("Her album climbed into the top 20 chart.", "20", None),
    ("The band has had 12 top 40 singles.", "40", "single"),
    ("The council hired 157 GPs last year.", "157", "GPs"),
    # a count written before a noun it describes, without the hyphen of "five-star"
    ("They booked a five star hotel by the lake.", "five", "star"),
    ("The island has a two party system.", "two", "party"),
    ("The firm announced five job cuts.", "five", "cut"),
    # a change of "the number of" something
    ("The number of jobless fell by 7,000 to 4.46 million.", "4.46 million", "jobless"),
    ("The plan is to raise the number of bus lanes from 12 to 30.", "12", "lane"),
    ("That brings the chain's total number of stores to 230.", "230", "store"),
])
def test_counted_noun(nlp: Any, text: str, span: str, counts: str | None) -> None:
    assert _one(nlp, text, span).counts == counts


@pytest.mark.parametrize(("text", "span", "verb"), [
    ("The strike killed at least 22 people.", "at least 22", "killed"),
    ("At least 22 people were killed.", "At least 22", "killed"),
    ("Russia launched dozens of drones.", "dozens", "launched"),
    ("Police said 22 people were injured.", "22", "injured"),
])
def test_verb(nlp: Any, text: str, span: str, verb: str) -> None:
    assert _one(nlp, text, span).verb == verb


@pytest.mark.parametrize(("text", "span", "claimant"), [
    ("The strike killed 22 people, according to officials.", "22", "officials"),
    ("Police said 22 people were killed.", "22", "Police"),
    ("22 people were killed, the ministry said.", "22", "ministry"),
    ("The strike killed 22 people.", "22", None),
    ("At least 12 civilians were killed in the strike on Kharkiv, regional governor Oleh "
     "Syniehubov said on Telegram.", "At least 12", "regional governor Oleh Syniehubov"),
])
def test_claimant(nlp: Any, text: str, span: str, claimant: str | None) -> None:
    assert _one(nlp, text, span).claimant == claimant


@pytest.mark.parametrize(("text", "span"), [
    ("Meantime, 32% said Mr Vale was a good mayor and 38% disagreed.", "38%"),
    ("A majority, 52%, said the treasurer had done well and 16% disagreed.", "16%"),
    ("Three quarters said she was right, and 14% voiced sympathy.", "14%"),
])
def test_a_share_of_those_polled_claims_no_figure(nlp: Any, text: str, span: str) -> None:
    """ "32% said ... and 38% disagreed": a poll's finding, not 32% of people's claim."""
    assert _one(nlp, text, span).claimant is None


@pytest.mark.parametrize(("speaker", "claimant"), [
    ("32%", None), ("Three quarters", None), ("One in four", None), ("A majority", None),
    ("Forty three per cent", None), ("Mr Vale", "Mr Vale"), ("Radio 4", "Radio 4"),
    ("Seven Network", "Seven Network"),
])
def test_a_quote_whose_speaker_is_a_share_lends_no_claimant(speaker: str,
                                                           claimant: str | None) -> None:
    text = "38% disagreed"
    number = NumberMention(span=TextSpan(0, 3), value=38, kind="percent", unit="%")
    quote = Quote(span=TextSpan(0, len(text)), kind="indirect", speaker=speaker)
    assert with_speakers([number], [quote])[0].claimant == claimant


def test_mentions_come_in_text_order_with_their_sentence(nlp: Any) -> None:
    text = "Five people died. Police said 12 more were hurt and 3 are missing."
    mentions = _mentions(nlp, text)
    assert [m.span.of(text) for m in mentions] == ["Five", "12", "3"]
    assert mentions[0].sentence is not None
    assert mentions[0].sentence.of(text) == "Five people died."
    assert mentions[2].sentence is not None
    assert mentions[2].sentence.of(text).startswith("Police said")


def test_a_pipeline_without_parser_or_entities_still_works() -> None:
    import spacy

    blank = spacy.blank("en")
    text = "At least 22 people and $5 million, between 5 and 10 drones."
    mentions = list(extract_numbers(blank(text)))
    assert [m.span.of(text) for m in mentions] == ["At least 22", "$5 million",
                                                   "between 5 and 10"]


def test_a_blank_pipeline_document_with_runs_of_spaces_never_crashes() -> None:
    """spaCy 3.8 can crash reading a token's children in a document without a parse; the run is
    in a child process so that a crash fails the test instead of ending the session."""
    text = ('on\n−3, one, to  thethe. trial. over\nThousands Life: 100m. le'
            'ast  are3\ndollars. rose, 40, *, over  in. 49,, million1 and '
            ' ==. Any)  roads.  goal, to. exact. South  peoplemillionyear'
            'sreport\n')
    script = ("import spacy, sys\n"
              "from reader.analysis.numbers import extract_numbers\n"
              "print(len(list(extract_numbers(spacy.blank('en')(sys.argv[1])))))\n")
    done = run_in_child(script, text)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


@pytest.mark.parametrize("text", [
    "1" * 5000, "- - - 5 - - -", "$ $ $", "½ ¾ ⅔", "one and and and a", "10^10^10",
    "1,2,3,4,5,6", "between and", "from to", "aged", "— 5 —", "at least", "0x1F",
    "3.4.5.6.7.8", "1/0", "∞", "\x00\x01 22", "9" * 400 + " people",
])
def test_odd_input_never_raises(nlp: Any, text: str) -> None:
    for mention in extract_numbers(nlp(text)):
        assert 0 <= mention.span.start < mention.span.end <= len(text)


def test_time_grows_linearly_with_the_text() -> None:
    import time

    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    sentence = "Police said at least 22 people died and 110 others were hurt in 2021 . "

    def seconds(copies: int) -> float:
        doc = blank(sentence * copies)
        started = time.perf_counter()
        assert len(list(extract_numbers(doc))) == 2 * copies
        return time.perf_counter() - started

    seconds(50)  # warm up
    small, large = seconds(250), seconds(2000)
    assert large < 20 * small  # eight times the text; quadratic work would take ~64 times


@pytest.mark.parametrize(("text", "span", "unit", "counts"), [
    ("The valley had 12 times the number of wolves counted in 1990.", "12", "times", "wolf"),
    ("Rents rose four times faster than wages last year.", "four", "times", None),
    ("The new dam holds six times as much water as the old one.", "six", "times", None),
    ("The striker has scored twice and missed three times this season.", "three", None, "time"),
    ("Try to save 20 to 25 times your yearly costs.", "20 to 25", "times", None),
    ("She now earns ten times my pay.", "ten", "times", None),
])
def test_times_makes_a_multiple_not_a_count(nlp: Any, text: str, span: str, unit: str | None,
                                           counts: str | None) -> None:
    mention = _one(nlp, text, span)
    assert (mention.unit, mention.counts) == (unit, counts)


@pytest.mark.parametrize(("text", "span", "counts"), [
    ("Our team has lost six straight.", "six", None),
    ("The Jets have won three straight and lead the league.", "three", None),
    ("They have won four running.", "four", None),
    ("The Hawks won three straight games.", "three", "game"),
    ("The party picked five running mates.", "five", "mate"),
])
def test_a_run_of_wins_in_a_row_counts_no_noun(
        nlp: Any, text: str, span: str, counts: str | None) -> None:
    """ "lost five straight": 'straight' says the losses came in a row; it is not counted."""
    assert _one(nlp, text, span).counts == counts


def test_round_the_clock_is_no_fraction(nlp: Any) -> None:
    """ "24/7" means all the time: no figure of 24 sevenths."""
    assert _spans(nlp, "Volunteers watched the dam 24/7, and the phone line runs 24x7.") == []
    assert _spans(nlp, "Only 3/4 of the members voted.") == ["3/4"]


@pytest.mark.parametrize(("text", "spans"), [
    ("She swears by the 10B Wellness diet and its recipes.", []),
    ("3M said on Tuesday that it would cut 2,000 jobs.", ["2,000"]),
    ("Later that year 2B Ventures hired a new partner.", []),
    ("Investors from 5M Capital met the founders.", []),
    ("Analysts say 3M's outlook is weak, and shares of 3M fell.", []),
    ("The startup raised 3M from investors.", ["3M"]),
    ("The company raised $2B last year.", ["$2B"]),
    ("Some 3M people watched the final on Tuesday.", ["Some 3M"]),
    ("He paid 2M Euros for the flat.", ["2M Euros"]),
    ("Shares of 3M slipped on Tuesday.", []),
    ("A spokeswoman for 4M declined to comment.", []),
    ("A total of 3M were sold.", ["3M"]),
])
def test_a_figure_with_a_capital_scale_can_be_a_name(
        nlp: Any, text: str, spans: list[str]) -> None:
    """ "3M" the company and "2B Ventures" the fund are names: no amount where the document
    uses the figure as an owner or a speaker, or where a capitalised word goes on with it."""
    assert _spans(nlp, text) == spans


def test_a_capital_scale_in_a_title_case_headline_is_still_an_amount(nlp: Any) -> None:
    assert _spans(nlp, "Startup Raises 3M From Investors") == ["3M"]


@pytest.mark.parametrize(("text", "span", "counts"), [
    ("The post pays a six-figure salary.", "six", None),
    ("Each box has a four-digit code.", "four", None),
    ("By thirty she earned seven figures.", "seven", None),
    ("They live in a seven-storey block.", "seven", "storey"),
    ("Two figures in the party resigned.", "Two", "figure"),
])
def test_the_figures_of_an_amount_are_not_counted(
        nlp: Any, text: str, span: str, counts: str | None) -> None:
    """ "a six-figure salary": six counts the digits of the pay, not figures the reader could
    count."""
    assert _one(nlp, text, span).counts == counts


@pytest.mark.parametrize(("text", "spans"), [
    ("Police stopped his car near 43rd Street on Monday.", []),
    ("She served with the 101st Airborne and later the 4th Infantry Division.", []),
    ("He appealed to the 9th Circuit after losing in the 7th Congressional District.", []),
    ("It was her 3rd title, and she finished 2nd in the division.", ["3rd", "2nd"]),
])
def test_an_ordinal_in_a_street_or_unit_name_is_no_figure(
        nlp: Any, text: str, spans: list[str]) -> None:
    """ "43rd Street", "101st Airborne": the ordinal is part of a name, as "Fifth Avenue" is."""
    assert _spans(nlp, text) == spans


@pytest.mark.parametrize(("text", "span", "qualifier"), [
    ("The outlook moved to up 1.5 percent and up 3 percent, respectively.", "1.5 percent",
     "exact"),
    ("Prices rose 2 percent or more than 4 percent in some towns.", "2 percent", "exact"),
    ("Prices rose 2 percent or more than 4 percent in some towns.", "more than 4 percent",
     "more than"),
    ("Seats cost 30 dollars and up.", "30 dollars and up", "at least"),
])
def test_a_qualifier_after_a_figure_is_not_the_next_figures_word(
        nlp: Any, text: str, span: str, qualifier: str) -> None:
    """ "and up", "or more" qualify the figure before them, unless a figure follows them."""
    assert _one(nlp, text, span).qualifier == qualifier


def test_a_mark_the_tagger_takes_for_a_noun_is_not_counted(nlp: Any) -> None:
    """A table written with bars: "| 12.50 | -0.75 |" counts no "|"."""
    text = "Ticker | ACME CORP. | 412.30 | -7.15 | -1.70%"
    assert [m.counts for m in _mentions(nlp, text)] == [None, None, None]
    assert [m.counts for m in _mentions(nlp, "34 | Ann Lee | 19 | 0")] == [None, None, None]


@pytest.mark.parametrize(("text", "spans"), [
    ("The chain expects fiscal year 2026 earnings to grow 3 percent.", ["3 percent"]),
    ("By the year 2040 robots will cook.", []),
    ("The model year 2022 vans were recalled.", []),
    ("This year 1800 runners signed up.", ["1800"]),
    ("Each year 1300 pupils apply.", ["1300"]),
])
def test_a_year_named_after_year_is_no_figure(nlp: Any, text: str, spans: list[str]) -> None:
    """ "fiscal year 2026 sales": a year; "this year 1800 runners": a count."""
    assert _spans(nlp, text) == spans


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("She jogged a 5K run on Sunday.", "5K", 5, "km"),
    ("He won the 10K in record time.", "10K", 10, "km"),
    ("Over 3K walkers joined the 10k fun run.", "10k", 10, "km"),
    ("Over 3K walkers joined the 10k fun run.", "Over 3K", 3000, None),
    ("The firm hired 5K staff and paid a 40K bonus.", "5K", 5000, None),
])
def test_a_race_in_k_is_kilometres(nlp: Any, text: str, span: str, value: float,
                                   unit: str | None) -> None:
    """ "a 5K run" is five kilometres, not five thousand runs."""
    mention = _one(nlp, text, span)
    assert (mention.value, mention.unit) == (value, unit)


def test_a_screens_4k_is_no_figure(nlp: Any) -> None:
    """ "a 4K TV", "shot in 8K": a picture's resolution, not four thousand."""
    assert _spans(nlp, "The new 4K TV costs $400, and the film was shot in 8K.") == ["$400"]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ('Deal: a 55" TV and a 14" laptop.', '55"', 55, "inches"),
    ('Deal: a 55" TV and a 14" laptop.', '14"', 14, "inches"),
    ('He said: "It was dear. I paid 30" and went home.', "30", 30, None),
])
def test_a_double_quote_glued_to_digits_is_an_inch_mark(
        nlp: Any, text: str, span: str, value: float, unit: str | None) -> None:
    """ 'a 55" TV' is 55 inches; the mark closing a quotation after a figure is no unit."""
    mention = _one(nlp, text, span)
    assert (mention.value, mention.unit) == (value, unit)


def test_a_video_format_in_p_is_no_price_in_pence(nlp: Any) -> None:
    """ "1080p", "720p" name a picture's lines; "rose 4p" is pence."""
    assert _spans(nlp, "The 1080p screen and the 720p camera impressed.") == []


@pytest.mark.parametrize(("text", "spans"), [
    ("Shares climbed 6p to 410p in London.", ["6p", "410p"]),
    ("Turnout fell 4 percent to 30 percent.", ["4 percent", "30 percent"]),
    ("Turnout fell 4 to 30 percent.", ["4 to 30 percent"]),
    ("The board cut 2 percent to 3 percent of jobs.", ["2 percent to 3 percent"]),
    ("Copper gained $1.25 to $41.80 in Tokyo.", ["$1.25", "$41.80"]),
    ("Shares in Pellow added 7p to 215p.", ["7p", "215p"]),
])
def test_a_change_by_a_figure_to_another_is_no_range(
        nlp: Any, text: str, spans: list[str]) -> None:
    """ "climbed 6p to 410p": by how much, then to what, each with its unit."""
    assert _spans(nlp, text) == spans


@pytest.mark.parametrize(("text", "span"), [
    ("The race narrows on Friday when the league's top 8 face off in Denver.", "8"),
    ("After months of heats, the final four square off in Leeds.", "four"),
])
def test_a_verb_the_tagger_took_for_a_noun_is_not_counted(nlp: Any, text: str,
                                                           span: str) -> None:
    assert _one(nlp, text, span).counts is None


@pytest.mark.parametrize(("text", "span"), [
    ("The bakery sold 300 last year.", "300"),
    ("The club signed 12 last month and five more in June.", "12"),
])
def test_a_time_after_a_figure_is_not_what_it_counts(nlp: Any, text: str, span: str) -> None:
    assert _one(nlp, text, span).counts is None


@pytest.mark.parametrize("text", [
    "The bonds trade on the NINE Harbour Exchange in Oslo.",
    "They stayed at the Seven Lakes Lodge in June.",
])
def test_a_number_word_opening_a_name_is_no_figure(nlp: Any, text: str) -> None:
    assert _spans(nlp, text) == []


def test_more_between_a_figure_and_its_noun_is_not_counted(nlp: Any) -> None:
    text = "Overnight 12 million more viewers tuned in."
    assert _one(nlp, text, "12 million").counts == "viewer"


def test_reference_marks_in_brackets_are_no_figures(nlp: Any) -> None:
    text = "Green tea may ease stiffness in the morning (7). Two trials agree (11, 14)."
    assert _spans(nlp, text) == ["Two"]
    # an age after a name and a score stay
    assert _spans(nlp, "Ann Reyes (34), a baker, won the final (2-0).") == ["34", "2-0"]


@pytest.mark.parametrize(("text", "spans"), [
    ("A passer-by dialled 999 after the fire started.", []),
    ("A 999 caller said smoke filled the stairwell.", []),
    ("The centre took 999 calls in May and 300 more in June.", ["999", "300"]),
])
def test_a_number_called_is_a_telephone_number(nlp: Any, text: str, spans: list[str]) -> None:
    assert _spans(nlp, text) == spans


@pytest.mark.parametrize("text", [
    "Aides said the Secret Service drove her away from Ground Zero before noon.",
    "He is now the Big Ten's leading passer, his coach said.",
    "Widgets give publishers a lower RPM (Revenue Per Thousand) than banners do.",
    "Twelve teams entered this year's FIRST Global challenge in Mexico.",
    "She spent nine years working at 3M before she founded the company.",
    "A clip for the music show The 411, which starts next week, was posted.",
])
def test_a_number_inside_a_name_or_title_is_no_figure(nlp: Any, text: str) -> None:
    figures = _spans(nlp, text)
    assert not [f for f in figures if f in ("Zero", "Ten", "Thousand", "FIRST", "3M", "411")]


@pytest.mark.parametrize(("text", "span"), [
    ("Police Arrest Two Men After Bus Crash Kills Seven", "Seven"),
    ("The firm was valued at 3M pounds last year.", "3M pounds"),
    ("“The 15 members voted against it,” she said.", "15"),
])
def test_a_capitalised_number_outside_a_name_stays(nlp: Any, text: str, span: str) -> None:
    assert span in _spans(nlp, text)


@pytest.mark.parametrize(("text", "span", "value", "kind", "unit"), [
    ("The group runs a $300-million-a-year business.", "$300-million", 300_000_000, "money",
     "USD"),
    ("The survey spans a 4.5-billion-year history.", "4.5-billion-year", 4_500_000_000,
     "quantity", "years"),
    ("The battery tops up to 70-percent in an hour.", "up to 70-percent", 70, "percent", "%"),
    ("It was a billion-dollar merger.", "a billion-dollar", 1_000_000_000, "money", "USD"),
    ("They built a six-million-dollar home.", "six-million-dollar", 6_000_000, "money", "USD"),
])
def test_a_figure_joined_by_hyphens_to_its_scale_and_unit(nlp: Any, text: str, span: str,
                                                          value: float, kind: str,
                                                          unit: str) -> None:
    mention = _one(nlp, text, span)
    assert (mention.value, mention.kind, mention.unit) == (value, kind, unit)


def test_multi_before_a_scale_is_a_vague_amount(nlp: Any) -> None:
    mention = _one(nlp, "She wants a multi-billion-dollar fund.", "multi-billion-dollar")
    assert (mention.value, mention.qualifier, mention.unit) == (None, "about", "USD")
    assert (mention.low, mention.high) == (2_000_000_000, 9_999_999_999)


def test_a_score_of_a_figure_is_a_result_not_twenty(nlp: Any) -> None:
    text = "She took the title with a score of 388.15 on Friday."
    assert _spans(nlp, text) == ["388.15"]
    assert _one(nlp, "A score of people waited outside.", "A score").value == 20


@pytest.mark.parametrize(("text", "span", "counts"), [
    ("SIX MEN DIE IN BLAST", "SIX", "man"),
    ("Police held TWO suspects.", "TWO", "suspect"),
    ("He bought 3 NEW CARS.", "3", "car"),
])
def test_in_capitals_the_noun_after_a_figure_is_counted(nlp: Any, text: str, span: str,
                                                        counts: str) -> None:
    assert _one(nlp, text, span).counts == counts


def test_a_tiebreak_after_a_set_score_is_part_of_the_score(nlp: Any) -> None:
    assert _spans(nlp, "Ruud beat Sousa 6-3, 7-6 (4) to reach the final.") == ["6-3", "7-6"]


def test_a_number_in_brackets_after_a_score_with_words_stays(nlp: Any) -> None:
    assert "3" in _spans(nlp, "The vote was 5-4 (with 3 abstentions).")


@pytest.mark.parametrize("text", [
    "Arrive before seven.",
    "Parking is free after six.",
    "Stay until nine, then go home.",
    "Doors open at 8 and the show starts at 7:30.",
    "The meeting starts at six.",
])
def test_an_hour_of_the_day_is_no_figure(nlp: Any, text: str) -> None:
    assert _spans(nlp, text) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("He left after six months.", "six months"),
    ("The death toll stood at nine.", "nine"),
    ("She began piano at six.", "six"),
    ("She quit after three of them left.", "three"),
])
def test_a_count_after_a_preposition_of_time_stays(nlp: Any, text: str, figure: str) -> None:
    assert _spans(nlp, text) == [figure]


@pytest.mark.parametrize("text", [
    "One night, he left the city.",
    "One day she will return.",
    "Then one morning the phone rang.",
    "Until one day he quit.",
])
def test_one_meaning_a_certain_is_no_figure(nlp: Any, text: str) -> None:
    assert _spans(nlp, text) == []


@pytest.mark.parametrize(("text", "figures"), [
    ("Her third album is a bold one for 1998.", ["third"]),
    ("The shop sold a cheap one in 2003.", []),
    ("It was the big one of 2011, and a timely one for 2012.", []),
    ("They want one or two seats.", ["one or two"]),
])
def test_a_year_beside_a_bare_one_does_not_keep_it(nlp: Any, text: str,
                                                   figures: list[str]) -> None:
    """ "one or two" is a count; "a timely one for 2005" is a pronoun with a year beside it."""
    assert _spans(nlp, text) == figures


@pytest.mark.parametrize(("text", "figure"), [
    ("He spent one night in jail.", "one"),
    ("The strike lasted one day.", "one day"),
    ("It rained for one day.", "one day"),
    ("Each day is one day nearer to the vote.", "one day"),
    ("One day later, the rebels struck.", "One day"),
])
def test_one_day_as_a_length_stays_a_figure(nlp: Any, text: str, figure: str) -> None:
    assert _spans(nlp, text) == [figure]


def test_a_row_of_a_box_score_is_no_figure(nlp: Any) -> None:
    text = ("Eastside beat Westfield 61-52.\n\nWestfield 12 15 9 16 — 52\n\n"
            "Eastside 20 11 14 16 — 61\n\nEastside: Ruiz 21 points.")
    assert _spans(nlp, text) == ["61-52", "21"]


def test_numbers_side_by_side_in_prose_stay(nlp: Any) -> None:
    assert _spans(nlp, "Of the 40 boats, 12 sank and 3 burned.") == ["40", "12", "3"]
    assert _spans(nlp, "Call +44 20 7946 0958 about the 12 boats.") == ["12"]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Stir in ½ cup rice and serve.", "½ cup", 0.5, "cups"),
    ("She drank three cups of coffee a day.", "three cups", 3, "cups"),
    ("Mix two tablespoons of salsa with the beans.", "two tablespoons", 2, "tbsp"),
    ("Add 1 teaspoon of salt.", "1 teaspoon", 1, "tsp"),
])
def test_kitchen_measures_are_units(nlp: Any, text: str, span: str, value: float,
                                    unit: str) -> None:
    mention = _one(nlp, text, span)
    assert (mention.value, mention.kind, mention.unit) == (value, "quantity", unit)


def test_cups_won_are_counted_not_measured(nlp: Any) -> None:
    mention = _one(nlp, "The club has won two cups in a row.", "two")
    assert (mention.kind, mention.unit) == ("cardinal", None)


@pytest.mark.parametrize(("text", "span"), [
    ("The former star, 42, was voted off the show on Monday.", "42"),
    ("Police said the man, 27, fled on foot.", "27"),
    ("His wife, 35, survived the crash.", "35"),
])
def test_a_small_number_set_off_after_a_person_noun_is_an_age(nlp: Any, text: str,
                                                              span: str) -> None:
    mention = _one(nlp, text, span)
    assert (mention.kind, mention.unit) == ("age", "years")


@pytest.mark.parametrize(("text", "span"), [
    ("Of the rooms, 42, the largest number, were empty.", "42"),
    ("The players, 11 in all, took the field.", "11"),
])
def test_a_number_set_off_after_other_nouns_is_no_age(nlp: Any, text: str, span: str) -> None:
    assert _one(nlp, text, span).kind != "age"


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The pool holds 2,750 tons of water.", "2,750 tons", "tons"),
    ("The truck carried a 5-ton load.", "5-ton", "tons"),
    ("The pool holds 2,500 metric tons of water.", "2,500 metric tons", "tonnes"),
    ("The ship carried 20 tonnes of grain.", "20 tonnes", "tonnes"),
])
def test_a_ton_is_not_a_tonne_unless_metric(nlp: Any, text: str, span: str, unit: str) -> None:
    assert _one(nlp, text, span).unit == unit


@pytest.mark.parametrize(("text", "span"), [
    ("The Eagles (6-5, 3-4) snapped a long losing streak.", "3-4"),
    ("The Wildcats (2-8, 0-7) lost again on Saturday.", "2-8"),
    ("The Wildcats (2-8, 0-7) lost again on Saturday.", "0-7"),
    ("Group G: Tunisia 1–2 England", "1–2"),
])
def test_records_after_a_team_and_scores_between_teams_are_scores(nlp: Any, text: str,
                                                                 span: str) -> None:
    mention = _one(nlp, text, span)
    assert (mention.kind, mention.qualifier, mention.low) == ("score", "exact", None)


@pytest.mark.parametrize(("text", "span"), [
    ("Sales rose (by 2-4 units) last year.", "2-4"),
    ("Temperatures will reach 5-10 degrees.", "5-10 degrees"),
])
def test_other_dashed_pairs_stay_ranges(nlp: Any, text: str, span: str) -> None:
    assert _one(nlp, text, span).qualifier == "range"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The sale of the studio is worth over £17m.", "over £17m", 17_000_000),
    ("Its debts came to $2.5bn.", "$2.5bn", 2_500_000_000),
    ("Pellow paid €40m.", "€40m", 40_000_000),
])
def test_a_scale_closing_a_sentence_keeps_its_value(nlp: Any, text: str, span: str,
                                                    value: float) -> None:
    """ "£17m." at a sentence's end: the tokenizer keeps the stop on "m.", which is the scale
    all the same, and the stop is no part of the figure."""
    assert _one(nlp, text, span).value == value


@pytest.mark.parametrize(("text", "span", "value", "counts"), [
    ("There are 1.4m cash machines in Ruritania.", "1.4m", 1_400_000, "machine"),
    ("Some 2.5m pension holders wrote in.", "Some 2.5m", 2_500_000, "holder"),
])
def test_m_before_nouns_of_a_plural_counts_millions(nlp: Any, text: str, span: str,
                                                    value: float, counts: str) -> None:
    """ "1.4m cash machines" is 1.4 million as much as "70m passengers": the plural noun may
    come after the nouns that modify it."""
    mention = _one(nlp, text, span)
    assert (mention.value, mention.unit, mention.counts) == (value, None, counts)


@pytest.mark.parametrize("text", [
    "The café offers an 802.11b hotspot to diners.",
    "Sketch it first with a 2b pencil.",
])
def test_a_b_glued_to_a_figure_with_no_money_is_no_billion(nlp: Any, text: str) -> None:
    """ "$1.5b", "1.2b users" and "paid 1.2b for" are billions; a "b" before a singular noun,
    with no money, is a letter of a name."""
    assert not [m for m in _mentions(nlp, text) if m.value is not None and m.value >= 1e9]


def test_a_b_glued_to_money_is_billions(nlp: Any) -> None:
    assert _one(nlp, "The fund lost $2.5b last year.", "$2.5b").value == 2.5e9


def test_a_metre_stays_a_metre(nlp: Any) -> None:
    mention = _one(nlp, "The wall is 2.5m high.", "2.5m")
    assert (mention.value, mention.unit) == (2.5, "m")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Nearly 2m Canadians filed late returns.", "Nearly 2m", 2_000_000),
    ("The region's 1.3m Catholics marked the feast.", "1.3m", 1_300_000),
])
def test_m_before_a_plural_name_counts_millions(nlp: Any, text: str, span: str,
                                                value: float) -> None:
    """ "2m Canadians" are millions as "70m passengers" are: a plural proper noun is plural."""
    mention = _one(nlp, text, span)
    assert (mention.value, mention.unit) == (value, None)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("She set two 3,000m club records last winter.", "3,000m", 3000),
    ("He still holds the county 10,000m track titles.", "10,000m", 10000),
])
def test_thousands_of_m_before_a_plural_are_metres(nlp: Any, text: str, span: str,
                                                   value: float) -> None:
    """ "70m passengers" are millions, but "3,000m club records" are metres: millions of
    thousands would be written in billions."""
    mention = _one(nlp, text, span)
    assert (mention.value, mention.unit) == (value, "m")


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Waiting time fell from 36 to 21 days.", "36", "days"),
    ("The queue shrank from 40 to just 12 weeks.", "40", "weeks"),
    ("Turnout rose from 40 to 55%.", "40", "%"),
])
def test_the_first_figure_of_a_change_shares_the_unit_of_the_second(
        nlp: Any, text: str, span: str, unit: str) -> None:
    """ "fell from 36 to 21 days": 36 days, as "rose from 40 to 55%" is from 40%."""
    assert _one(nlp, text, span).unit == unit


@pytest.mark.parametrize(("text", "span"), [
    ("The group owns more than 100 Rocket Diners.", "more than 100"),
    ("The chain runs 40 Pizza Huts across Wales.", "40"),
])
def test_a_round_count_before_a_plural_name_counts_it(nlp: Any, text: str, span: str) -> None:
    """ "100 Rocket Diners" counts the diners, as "200 Google engineers" counts engineers;
    "737 Max" stays a model's name."""
    assert _spans(nlp, text) == [span]


@pytest.mark.parametrize(("text", "span"), [
    ("The Rovers finished third in the league.", "third"),
    ("A survey ranked Ruritania fourth in its index.", "fourth"),
])
def test_an_ordinal_after_a_verb_of_placing_is_a_rank(nlp: Any, text: str, span: str) -> None:
    """ "finished third": a rank, where "First, ..." or "he first came" is an adverb of order."""
    assert _one(nlp, text, span).kind == "ordinal"


@pytest.mark.parametrize("text", [
    "First, the council met in private.",
    "He first came to power in a coup.",
])
def test_an_ordinal_adverb_of_order_is_no_figure(nlp: Any, text: str) -> None:
    assert _spans(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The book fair runs from 3 to 6 June in Leeds.",
    "Voters in the ward go to the polls on 5 or 6 May.",
    "Talks between the unions were held between 20 and 22 October.",
    "The regatta is held on the 4th and 5th of August.",
    "The regatta is held August 4 to 5 on the lake.",
])
def test_a_day_joined_to_a_dated_day_is_no_count(nlp: Any, text: str) -> None:
    """ "from 3 to 6 June": the first day of a span the month closes is a date, not a count."""
    assert _spans(nlp, text) == []


def test_a_count_joined_to_a_figure_before_a_month_stays(nlp: Any) -> None:
    assert _spans(nlp, "She gave 3 to 4 lectures in May.") == ["3 to 4"]


@pytest.mark.parametrize("text", [
    "The diary gives a first hand view of the siege.",
    "Nurses gave first-hand accounts to the inquiry.",
    "The bank sold customer records to third parties.",
    "Voters are having second thoughts about the levy.",
    "Volunteers gave first aid at the scene.",
])
def test_an_ordinal_making_one_word_with_the_next_is_no_figure(nlp: Any, text: str) -> None:
    """ "first hand", "third parties": the ordinal numbers nothing."""
    assert _spans(nlp, text) == []


def test_an_ordinal_before_another_noun_stays(nlp: Any) -> None:
    assert _spans(nlp, "The first party conference met in Hull.") == ["first"]


@pytest.mark.parametrize("text", [
    "The carrier will sell 4G handsets from May.",
    "Ruritel launched a (3G) service in the capital.",
])
def test_a_capital_g_glued_to_digits_names_a_network_generation(nlp: Any, text: str) -> None:
    """ "4G": no four grams."""
    assert _spans(nlp, text) == []


def test_grams_stay_a_unit(nlp: Any) -> None:
    assert _one(nlp, "Stir in 50g of flour.", "50g").unit == "g"


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The new sensor takes 12 megapixel pictures.", "12 megapixel", "megapixels"),
    ("The school line carries 40 megabits per second.", "40 megabits", "Mbit"),
    ("The backbone moves 10 gigabits a second.", "10 gigabits", "Gbit"),
    ("Each message holds 160 kilobytes of text.", "160 kilobytes", "KB"),
])
def test_pixels_bits_and_bytes_are_units(nlp: Any, text: str, span: str, unit: str) -> None:
    """ "12 megapixel pictures" measures the pictures, it counts no twelve of them."""
    mention = _one(nlp, text, span)
    assert (mention.unit, mention.kind, mention.counts) == (unit, "quantity", None)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Engineers logged floods of three and eight gigabytes.", "three", "GB"),
    ("Rents climbed by 3 and 5 per cent in the two towns.", "3", "%"),
])
def test_a_bare_figure_joined_to_a_measure_has_its_unit(nlp: Any, text: str, span: str,
                                                        unit: str) -> None:
    assert _one(nlp, text, span).unit == unit


def test_a_count_joined_to_a_measure_keeps_its_noun(nlp: Any) -> None:
    mention = _one(nlp, "She has 2 sons and 5 days of leave.", "2")
    assert (mention.unit, mention.counts) == (None, "son")


@pytest.mark.parametrize("text", [
    "The flaw affects PCs running Windows 95, 98 and ME.",
    "Files saved in Office 97 or 2003 may not open.",
])
def test_versions_listed_after_a_named_version_are_no_figures(nlp: Any, text: str) -> None:
    assert _spans(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Engineers quoted a 9m per second climbing speed for the new cable car.",
    "The lighthouse flashes every second to warn the boats.",
])
def test_second_after_per_or_every_is_a_unit_of_time(nlp: Any, text: str) -> None:
    assert not [m for m in _mentions(nlp, text) if m.kind == "ordinal"]


@pytest.mark.parametrize(("text", "counts"), [
    ("The fleet grew from 400 boats in 2010 to 650 in 2020.", ["boat", "boat"]),
    ("Ownership rose from 12% to 30% of homes in a decade.", ["home", "home"]),
    ("Membership fell from 90 to 60 members last year.", ["member", "member"]),
])
def test_the_ends_of_a_change_count_one_thing(nlp: Any, text: str, counts: list[str]) -> None:
    assert [m.counts for m in _mentions(nlp, text)] == counts


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The drone's 14m/s top speed beat its rivals.", "14m/s", "m/s"),
    ("The old ferry managed 31.5 km/h, less than the new one.", "31.5 km/h", "km/h"),
])
def test_a_rate_over_an_abbreviated_time_is_one_unit(
        nlp: Any, text: str, span: str, unit: str) -> None:
    assert _one(nlp, text, span).unit == unit


@pytest.mark.parametrize(("text", "span", "qualifier", "low", "high"), [
    ("At least an estimated 2,000 walkers crossed the bridge.", "At least an estimated 2,000",
     "at least", 2000, None),
    ("The storm cut power to up to some 900 farms.", "up to some 900", "up to", None, 900),
])
def test_a_bound_before_a_hedge_is_the_qualifier(
        nlp: Any, text: str, span: str, qualifier: str, low: int | None,
        high: int | None) -> None:
    mention = _one(nlp, text, span)
    assert (mention.qualifier, mention.low, mention.high) == (qualifier, low, high)


@pytest.mark.parametrize(("text", "span", "value", "kind"), [
    ("Profits were lower than in the preceding three quarters.", "three", 3, "cardinal"),
    ("Sales fell in the past two quarters.", "two", 2, "cardinal"),
    ("Three quarters of voters said no.", "Three quarters", 0.75, "fraction"),
    ("The firm owns three quarters of the shares.", "three quarters", 0.75, "fraction"),
])
def test_quarters_after_a_word_of_time_count_periods(nlp: Any, text: str, span: str,
                                                    value: float, kind: str) -> None:
    found = _one(nlp, text, span)
    assert (found.value, found.kind) == (value, kind)


@pytest.mark.parametrize(("text", "span"), [
    ("Sony was the top seller with 47% of the £1.34bn spent on games in 2004.", "47%"),
    ("It took a third of the $20m raised.", "a third"),
])
def test_a_share_of_an_amount_counts_no_figure(nlp: Any, text: str, span: str) -> None:
    assert _one(nlp, text, span).counts is None
