"""Tests for where quotes begin and end, and which reported speech is part of another quote."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.entities import extract_entities
from reader.analysis.model import Quote
from reader.analysis.quotes import extract_quotes
from tests.analysis.test_quotes import pieces


def quotes(nlp: Any, text: str) -> list[Quote]:
    doc = nlp(text)
    return list(extract_quotes(doc, list(extract_entities(doc))))


@pytest.mark.parametrize(("text", "claim"), [
    ("It is obvious that commuters want to know what the new fares will cost.",
     "that commuters want to know what the new fares will cost"),
    ("It is widely believed that the council hopes to sell the old depot.",
     "that the council hopes to sell the old depot"),
])
def test_speech_inside_an_unattributed_claim_is_part_of_it(nlp: Any, text: str,
                                                          claim: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == claim
    assert quote.speaker is None


@pytest.mark.parametrize(("text", "content"), [
    ("The candidate has mentioned refinancing car loans and forcing banks to lower their fees "
     "for students.",
     "refinancing car loans and forcing banks to lower their fees for students"),
    ("The historian spoke of the old canal and how the towns along it grew rich.",
     "the old canal and how the towns along it grew rich"),
    ("The governor has championed rural broadband and signed a bill to fund it.",
     "rural broadband"),
])
def test_what_is_coordinated_with_an_object_goes_on_with_it(nlp: Any, text: str,
                                                           content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == content


def test_a_cue_closing_a_reported_clause_is_not_what_was_said(nlp: Any) -> None:
    text = ("The coach said his team had trained harder than ever this season, several players "
            "confirmed.")
    said = next(q for q in quotes(nlp, text) if q.cue == "said")
    assert said.span.of(text) == "his team had trained harder than ever this season"


def test_a_quote_after_a_mixed_quote_goes_on_with_its_cue(nlp: Any) -> None:
    text = ("“We are not done,” Mayor Ana Ruiz said on Monday. The budget deal is “only a start,” "
            "she added later. “The harder work begins in spring.”")
    first, mixed, last = pieces(nlp, text)
    assert (first.cue, mixed.kind, last.span.of(text)) == (
        "said", "mixed", "The harder work begins in spring.")
    assert last.cue_span == mixed.cue_span


def test_a_comment_after_a_dash_that_closes_a_quote_is_the_writers(nlp: Any) -> None:
    text = ('The senator compared the tariff to "a tax on every kitchen table" - a line that drew '
            'applause from the crowd.')
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == 'the tariff to "a tax on every kitchen table"'


def test_speech_reported_inside_a_statement_after_a_colon_is_part_of_it(nlp: Any) -> None:
    text = ("Mayor Ana Ruiz spoke to the council on Monday. Ruiz added:\n\nThe budget is a mess. "
            "In the same way, as my colleague rightly noted, the council keeps spending money it "
            "does not have.")
    (quote,) = quotes(nlp, text)
    assert quote.cue == "added"
    assert quote.span.of(text).startswith("The budget is a mess.")


def test_a_bare_verb_after_an_infinitive_cues_object_goes_with_the_cue(nlp: Any) -> None:
    text = ("The senator went on television to accuse the agency of being misled by lobbyists and "
            "urge voters to call their representatives.")
    accused = next(q for q in quotes(nlp, text) if q.cue == "accuse")
    assert accused.span.of(text) == "the agency of being misled by lobbyists"


def test_a_cue_noun_and_its_verb_make_one_quote(nlp: Any) -> None:
    text = "The council expressed concern that the new stadium would raise rents."
    (quote,) = quotes(nlp, text)
    assert (quote.cue, quote.speaker) == ("expressed", "The council")
    assert quote.span.of(text) == "that the new stadium would raise rents"


def test_a_reported_clause_ending_its_line_with_a_colon_goes_on_below(nlp: Any) -> None:
    text = ("The mayor said that the city faces three hard choices this winter:\n\n"
            "Raise parking fees for visitors downtown\nClose two of the branch libraries\n\n"
            "The council meets on Friday.")
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == ("that the city faces three hard choices this winter:\n\n"
                                   "Raise parking fees for visitors downtown")


def test_a_word_split_at_its_hyphen_stays_whole_in_an_object(nlp: Any) -> None:
    text = "The union feared the re-emergence of a rival federation in the north."
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == "the re-emergence of a rival federation in the north"


def test_the_writers_summing_up_after_a_report_is_not_part_of_it(nlp: Any) -> None:
    text = ("The mayor said the library would stay open all summer, a swipe at the council's "
            "budget cuts.")
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == "the library would stay open all summer"


def test_a_second_that_clause_goes_on_with_what_was_said(nlp: Any) -> None:
    text = ("The dean said students should read more and write every day, but that he would not "
            "add new exams.")
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == ("students should read more and write every day, but that he "
                                   "would not add new exams")


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The pastor noted that Sunday would have been his mentor's ninetieth birthday and quoted a "
     "favourite hymn.", "that Sunday would have been his mentor's ninetieth birthday",
     "a favourite hymn"),
    ("The senator questioned whether the governor has the patience to lead, but declined to "
     "criticize him on stage.", "whether the governor has the patience to lead",
     "to criticize him on stage"),
])
def test_a_second_report_coordinated_with_the_first_is_its_own(nlp: Any, text: str, first: str,
                                                               second: str) -> None:
    assert [q.span.of(text) for q in quotes(nlp, text)] == [first, second]


@pytest.mark.parametrize("text", ["Young voters in the county backed her by a 30-point margin.",
                                  "Rural voters supported her by about 12 points."])
def test_a_margin_is_not_part_of_a_stance(nlp: Any, text: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == "her"


def test_a_quoted_word_in_a_clause_right_after_its_cue_is_a_mixed_quote(nlp: Any) -> None:
    text = "Asked by reporters if the mayor “understands” housing, Ortiz gave no clear answer."
    quote = next(q for q in quotes(nlp, text) if q.cue == "Asked")
    assert (quote.kind, quote.span.of(text)) == ("mixed", "if the mayor “understands” housing")


@pytest.mark.parametrize(("text", "content"), [
    ("The union denied any part in the 2019 strikes.", "any part in the 2019 strikes"),
    ("The delegates pledged their backing on the final ballot in Denver.",
     "their backing on the final ballot in Denver"),
    ("The senator explained her reasoning in an appearance on CBS.", "her reasoning"),
])
def test_in_or_on_goes_on_with_an_object_unless_it_says_when_where_or_how(
        nlp: Any, text: str, content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == content


def test_when_it_was_said_between_an_object_and_its_charge_goes_on_to_the_charge(
        nlp: Any) -> None:
    text = "The senator described the old party during an interview as a relic of another era."
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == "the old party during an interview as a relic of another era"


@pytest.mark.parametrize(("text", "content"), [
    ("The governor proposed two million dollars in grants to help towns repair their bridges.",
     "two million dollars in grants to help towns repair their bridges"),
    ("The mayor welcomed the prince to visit the harbour next spring.",
     "the prince to visit the harbour next spring"),
])
def test_an_infinitive_after_what_is_offered_goes_on_with_it(nlp: Any, text: str,
                                                             content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == content


@pytest.mark.parametrize(("text", "content"), [
    ("Most members said they trust the new board, compared with 40 percent who said so last "
     "spring.", "they trust the new board"),
    ("Half the tenants say their rents are fair compared to nearly a third in 2019.",
     "their rents are fair"),
])
def test_the_writers_comparison_after_a_report_is_not_part_of_it(nlp: Any, text: str,
                                                                 content: str) -> None:
    assert quotes(nlp, text)[0].span.of(text) == content


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The council dropped what critics described as a reckless plan for the harbour.",
     "described", "a reckless plan for the harbour"),
    ("The board scrapped the levy, which the mayor called a tax on the poor.", "called",
     "a tax on the poor"),
])
def test_a_cue_in_a_relative_clause_reports_what_follows_it(nlp: Any, text: str, cue: str,
                                                            content: str) -> None:
    quote = next(q for q in quotes(nlp, text) if q.cue == cue)
    assert quote.span.of(text) == content


def test_a_reported_question_does_not_run_on_past_its_colon(nlp: Any) -> None:
    text = ("The survey shows why the delay at the port is a problem: a new study found that most "
            "shippers have already left.")
    shows = next(q for q in quotes(nlp, text) if q.cue == "shows")
    assert shows.span.of(text) == "why the delay at the port is a problem"


@pytest.mark.parametrize(("text", "content"), [
    ("A spokesman for the agency declined to comment on the leaked memo.", "the leaked memo"),
    ("The governor refused to discuss the budget cuts.", "the budget cuts"),
])
def test_what_somebody_declines_to_speak_of_is_the_content(nlp: Any, text: str,
                                                           content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == content


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The new ferry timetable suits nobody on the island," the two write.', "the two"),
    ('"Every school in the valley needs a nurse," the pair conclude.', "the pair"),
])
def test_a_saying_verb_read_as_a_noun_after_a_quote_still_frames_it(
        nlp: Any, text: str, speaker: str) -> None:
    found = quotes(nlp, text)
    assert [(q.kind, q.speaker) for q in found] == [("direct", speaker)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("In 1997, Elise wrote, she interviewed the mayor for a convention.", "Elise"),
    ("In his memoir, Tom wrote, the war changed everything.", "Tom"),
])
def test_a_cue_set_off_after_an_opening_phrase_reports_the_sentence(nlp: Any, text: str,
                                                                     speaker: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.speaker == speaker
    assert quote.span.of(text).startswith(text.split(",")[0])
    assert quote.span.of(text).endswith(text.rstrip(".").rsplit(", ", 1)[1])


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ('The school board had a different view of the matter: "We cannot keep the building open '
     'another year," the chairwoman said.',
     "We cannot keep the building open another year", "the chairwoman"),
    ("The bakery is now asking customers for donations to keep the ovens running: \"Help us "
     "bake for one more winter,\" the sign in the window says.",
     "Help us bake for one more winter", "the sign"),
])
def test_a_cue_after_a_quote_a_colon_opens_reports_the_quote_alone(
        nlp: Any, text: str, said: str, speaker: str) -> None:
    (quote,) = quotes(nlp, text)
    assert (quote.span.of(text), quote.kind, quote.speaker) == (said, "direct", speaker)


@pytest.mark.parametrize(("text", "content"), [
    ("Rain fell all week - and the mountain roads, the county said, were closed until May.",
     "the mountain roads, the county said, were closed until May"),
    ("The team lost its best player in May, and the season, the coach said, was over.",
     "the season, the coach said, was over"),
    # no second clause: the sentence around the cue
    ("The plan, which is cheap and quick, he said, will work.",
     "The plan, which is cheap and quick, he said, will work"),
])
def test_a_cue_inserted_in_a_joined_clause_reports_that_clause(nlp: Any, text: str,
                                                              content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == content


@pytest.mark.parametrize(("text", "content"), [
    ("The coach says no matter what the owners decide, “this team will not give up.”",
     "no matter what the owners decide, “this team will not give up.”"),
    ("The nurse said when the power failed, the patients were moved.",
     "when the power failed, the patients were moved"),
    # when it was said is no clause of its own
    ("The mayor said on Monday, the river will flood.", "the river will flood"),
])
def test_a_clause_fronted_in_what_was_said_opens_it(nlp: Any, text: str, content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == content


@pytest.mark.parametrize(("text", "said"), [
    ("The cuts would free up money for raising pensions for the over 75s, hiring more nurses "
     "and reopening rural clinics, she said.",
     "The cuts would free up money for raising pensions for the over 75s, hiring more nurses "
     "and reopening rural clinics"),
    ("They say the only new tax they want is a levy on second homes to pay for scrapping "
     "parking fees, resurfacing roads and keeping libraries open.",
     "the only new tax they want is a levy on second homes to pay for scrapping parking fees, "
     "resurfacing roads and keeping libraries open"),
])
def test_a_list_of_gerunds_after_a_comma_is_no_aside(nlp: Any, text: str, said: str) -> None:
    assert [q.span.of(text) for q in quotes(nlp, text)] == [said]


@pytest.mark.parametrize(("text", "said"), [
    ("She highlighted the council's pledges to freeze rents, open two clinics and repair the "
     "bridge.",
     "the council's pledges to freeze rents, open two clinics and repair the bridge"),
    ("He pointed to plans to widen the road to ease congestion, add cycle lanes and plant "
     "trees.",
     "plans to widen the road to ease congestion, add cycle lanes and plant trees"),
])
def test_a_list_of_infinitives_in_an_object_goes_on_past_its_comma(
        nlp: Any, text: str, said: str) -> None:
    assert [q.span.of(text) for q in quotes(nlp, text)] == [said]


@pytest.mark.parametrize(("text", "said"), [
    # a bare participle goes on with what was reported
    ("The mayor said the new bridge would open in May, allowing buses to cross the river "
     "again.",
     "the new bridge would open in May, allowing buses to cross the river again"),
    ("The firm said it had cut 200 jobs this year, bringing its total losses to 900 posts.",
     "it had cut 200 jobs this year, bringing its total losses to 900 posts"),
    # what the report set off is the writer's
    ("The bank said its profits rose by a fifth, sending its shares up 5%.",
     "its profits rose by a fifth"),
    ("The coach said the team had trained hard, prompting laughter from the reporters.",
     "the team had trained hard"),
])
def test_a_participle_after_a_report_goes_on_with_it_unless_it_tells_what_followed(
        nlp: Any, text: str, said: str) -> None:
    assert [q.span.of(text) for q in quotes(nlp, text)] == [said]
