"""Tests for cues that attribute a stance, a plan or a rule beyond a verb of saying."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_cues import found
from tests.analysis.test_quotes import quotes

# (sentence, (cue, speaker, content)) the sentence must yield
FOUND: list[tuple[str, tuple[str, str | None, str]]] = [
    # a nationality owns a stance or a plan
    ("Canadian reluctance to lower dairy tariffs has stalled the trade talks for months.",
     ("reluctance", "Canadian", "to lower dairy tariffs")),
    ("The harbor was busy again, with Japanese commitments to the new port now firm.",
     ("commitments", "Japanese", "the new port")),
    # what was seen, given in an as-clause
    ("As we saw last winter, the pipes can freeze in a single night.",
     ("saw", "we", "the pipes can freeze in a single night")),
    # a stance met with, from somebody, is theirs towards the one it met
    ("The new mayor enjoyed strong support from teachers.",
     ("support", "teachers", "The new mayor")),
    # what those who reach an agreement agree to do
    ("The neighbors struck an agreement to share the well.",
     ("struck", "The neighbors", "to share the well")),
    ("The two unions reached a deal to end the strike.",
     ("reached", "The two unions", "to end the strike")),
    # what somebody is persuaded to do, which the parse took for a purpose
    ("Tenants will try to convince a housing court to block the eviction.",
     ("convince", "Tenants", "to block the eviction")),
    # how something seems to somebody is their judgement
    ("It seems to me that the council has lost its nerve.",
     ("seems", "me", "that the council has lost its nerve")),
    # a sentence that opens with a poll or a study gives its finding
    ("In the latest survey, most farmers backed the new water rules.",
     ("In", "the latest survey", "most farmers backed the new water rules")),
    # what is resented, a passive gerund
    ("The nurses resented being left out of the talks.",
     ("resented", "The nurses", "being left out of the talks")),
    # presenting something as something else
    ("State television painted the strike as a foreign plot.",
     ("painted", "State television", "the strike as a foreign plot")),
    ("The growers define success as keeping the orchard in the family.",
     ("define", "The growers", "success as keeping the orchard in the family")),
    # a pronoun likened or charged past an adverb of manner
    ("Critics compared him unfavorably to his predecessor.",
     ("compared", "Critics", "him unfavorably to his predecessor")),
    # somebody's feeling towards something
    ("The senator's admiration for the old treaty puzzled his staff.",
     ("admiration", "The senator", "the old treaty")),
    # a text or a group says what the participle it carries reports
    ("The union put out a statement announcing the endorsement on Monday.",
     ("announcing", "a statement", "the endorsement")),
    ("A memo questioning the budget reached every desk in the ministry by noon.",
     ("questioning", "A memo", "the budget")),
    ("By noon, nervous Republicans contemplating a recount had filled the hall.",
     ("contemplating", "nervous Republicans", "a recount")),
    # a rule says what it lets or makes people do
    ("The club's bylaws permit members to bring two guests to each dinner.",
     ("permit", "The club's bylaws", "members to bring two guests to each dinner")),
    ("The new law requires landlords to return deposits within thirty days.",
     ("requires", "The new law", "landlords to return deposits within thirty days")),
    ("The charter, which allows members to elect a new chair each year, dates from 1910.",
     ("allows", "The charter", "members to elect a new chair each year")),
    # what somebody would like to do, or declines, is their intent
    ("The orchestra would like to tour Asia again next spring.",
     ("like", "The orchestra", "to tour Asia again next spring")),
    ("The striker declined the new contract offer.",
     ("declined", "The striker", "the new contract offer")),
    # a feeling, read as a passive verb or as an adjective in a with-clause
    ("Shop owners were dismayed that the market would close in winter.",
     ("dismayed", "Shop owners", "that the market would close in winter")),
    ("The senator is convinced the deal is dead.",
     ("convinced", "The senator", "the deal is dead")),
    ("Farmers have been unsettled by the sudden drop in grain prices.",
     ("unsettled", "Farmers", "the sudden drop in grain prices")),
    ("With parents worried about the new fees, the school board met again on Monday.",
     ("worried", "parents", "the new fees")),
    ("The trust, which is devoted to restoring old mills, bought a second site.",
     ("devoted", "The trust", "restoring old mills")),
    # deciding on a law or a ruling
    ("The governor vetoed the bill that would have raised the fuel tax.",
     ("vetoed", "The governor", "the bill that would have raised the fuel tax")),
    ("An appeals panel overturned the zoning decision.",
     ("overturned", "An appeals panel", "the zoning decision")),
    ("The supreme court ruled against the new voting map.",
     ("ruled", "The supreme court", "the new voting map")),
    # a verb of intent the parse took for a noun, as headlines write it
    ("School board votes to delay the new calendar.",
     ("votes", "School board", "to delay the new calendar")),
    # what somebody's view, hope or argument is
    ("The coach's bet is that a younger squad will tire less in the heat.",
     ("bet", "The coach", "that a younger squad will tire less in the heat")),
    # what is recognised or supposed, and somebody's announcement of something
    ("The floods forced a recognition that the levees were too low.",
     ("recognition", None, "that the levees were too low")),
    ("The minister's announcement of new tariffs surprised the markets.",
     ("announcement", "The minister", "new tariffs")),
    # the sentence beside "in X's view" is X's view
    ("In her view, the old harbor deal is dead.",
     ("In her view", "her", "the old harbor deal is dead")),
    ("Only farmers are welcome in his eyes.", ("in his eyes", "his", "Only farmers are welcome")),
    # what somebody concluded or pronounced
    ("The judge's conclusion that the law was vague is likely to be appealed.",
     ("conclusion", "The judge", "that the law was vague")),
    # the day may stand between a statement and what it is about
    ("The senator's remarks Wednesday on the harbor dredging drew a sharp reply.",
     ("remarks", "The senator", "the harbor dredging")),
    # a line that opens with a name and a colon gives what the one named says
    ("Toyota: Sales of the new hybrid fell sharply in March.",
     (":", "Toyota", "Sales of the new hybrid fell sharply in March")),
    ("Mayor Ortiz camp: the stadium deal will cost taxpayers nothing.",
     (":", "Mayor Ortiz camp", "the stadium deal will cost taxpayers nothing")),
    # a headline's verb before a preposition of a stance towards somebody
    ("Veteran Senators Come Out Against the Harbor Tunnel Plan.",
     ("Come Out Against", "Veteran Senators", "the Harbor Tunnel Plan")),
    ("Mayor Goes After Council Over Budget Delays.",
     ("Goes After", "Mayor", "Council Over Budget Delays")),
    # a gerund after the object of a verb, which nobody owns, is done by the verb's subject
    ("The union took the unusual step of criticizing the mayor's budget.",
     ("criticizing", "The union", "the mayor's budget")),
    ("The farmers showed no sign of wanting to sell their land.",
     ("wanting", "The farmers", "to sell their land")),
]

# (sentence, word) where the word is no cue
NOT_CUES = [
    ("The reluctance to lower dairy tariffs has stalled the trade talks for months.",
     "reluctance"),  # nobody owns it
    ("Children announcing their names walked onto the stage one by one.", "announcing"),
    ("The storm allowed the crew to leave the harbor early.", "allowed"),  # no rule
    ("The weather allowed fishing boats to enter both harbors.", "allowed"),
    ("She painted the fence on Sunday.", "painted"),  # nothing presented as anything
    ("Steep cliffs define the northern edge of the valley.", "define"),
    ("In the morning, the farmers met the minister.", "In"),  # no finding
    ("In the morning, the ferry left.", "In the morning"),  # no view
    ("The new coat makes him seem kinder to strangers.", "seem"),  # nobody judges
    ("The bridge seems safe enough.", "seems"),  # to nobody named
    ("Volunteers pushed the carts to make room for the parade.", "pushed"),  # a purpose
    ("The two unions reached the harbor before noon.", "reached"),  # no agreement
    ("The coach got a letter from fans.", "letter"),  # a letter, no stance met with
    ("As the sun set, we saw the lights of the harbor.", "saw"),  # seeing, no view
    ("Guests are required to show a ticket at the door.", "required"),  # nobody requires
    ("The plan was to cross the river before dawn.", "plan"),  # nobody's aim, no claim
    ("The coach will stay only if he can be convinced that the club is ambitious.",
     "convinced"),  # a stance yet to be won
    ("Editor's note: This story was updated on Friday with new figures.", ":"),  # nobody
    ("Update: The ferry will leave at noon on Monday.", ":"),
    # a name and a colon inside a paragraph label nothing
    ("The firm added two lines to its report. Toyota: sales fell in March and April.", ":"),
    # a headline's own verb before a preposition of time or company
    ("Stocks Rise After Central Bank Decision.", "Rise"),
    ("Mayor Meets With Residents Over Flooding.", "Meets"),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_cue_is_found(nlp: Any, sentence: str,
                          expected: tuple[str, str | None, str]) -> None:
    assert expected in found(nlp, sentence)


@pytest.mark.parametrize(("sentence", "word"), NOT_CUES)
def test_the_word_is_no_cue(nlp: Any, sentence: str, word: str) -> None:
    assert word not in {cue for cue, _, _ in found(nlp, sentence)}


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("The toll road is widely seen as a costly mistake for the county.",
         "a costly mistake for the county"),
        ("After the fire the old mill was soon dubbed the black tower.", "the black tower"),
        ("In the valley the new dam has long been regarded as a threat to the trout.",
         "a threat to the trout"),
        ("Grants go to any small farm, which is defined as a holding of under forty acres.",
         "a holding of under forty acres"),
    ],
)
def test_a_passive_view_with_nobody_named_is_still_a_claim(nlp: Any, text: str,
                                                            view: str) -> None:
    assert view in [q.span.of(text).strip("\"") for q in quotes(nlp, text)]


def test_a_passive_without_what_it_is_seen_as_is_no_claim(nlp: Any) -> None:
    text = "The comet was seen over the harbor on Tuesday night."
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The old mill reportedly laid off forty workers last spring.",
         "laid off forty workers last spring"),
        ("The guard was fired for allegedly selling keys to inmates.",
         "selling keys to inmates"),
    ],
)
def test_what_is_reportedly_or_allegedly_done_is_a_claim(nlp: Any, text: str,
                                                          claim: str) -> None:
    assert claim in [q.span.of(text) for q in quotes(nlp, text)]


@pytest.mark.parametrize("text", [
    "Our mayor Lena Brook reportedly told aides that the bridge plan would fail.",
    "The coach has allegedly said that two players will leave.",
])
def test_a_report_said_to_be_made_is_its_speakers(nlp: Any, text: str) -> None:
    """ "X reportedly told aides that ...": X is who spoke; "reportedly" only qualifies it."""
    found = [(q.cue, q.span.of(text)) for q in quotes(nlp, text)]
    assert len(found) == 1, found
    assert found[0][0] in ("told", "said")
    assert found[0][1].startswith("that ")


def test_a_clause_after_the_cue_beats_a_phrase_the_parse_made_a_clause_before_it(
        nlp: Any) -> None:
    """ "In a new case study out Friday, they explain how ...": the parse may take "study" for
    a verb with a clause of its own; with no subject, it is no statement fronted before the cue,
    and what the cue reports is its clause after it."""
    text = ("In a new case study out Friday, they explain how the girl caught a rare fever "
            "from the old parrot.")
    assert [q.span.of(text) for q in quotes(nlp, text)] == [
        "how the girl caught a rare fever from the old parrot"]


def test_an_offer_at_a_price_is_a_sale_not_a_statement(nlp: Any) -> None:
    sale = "Today only, the shop offers the 13-inch laptop in refurbished condition for $700."
    assert quotes(nlp, sale) == []
    text = "The minister offered a warm welcome to the refugees on Monday."
    assert [q.cue for q in quotes(nlp, text)] == ["offered"]


def test_a_reportedly_paid_sum_is_no_claim_of_hearsay(nlp: Any) -> None:
    text = "The club never saw the fee reportedly paid by the new owners."
    assert all(q.cue != "reportedly" for q in quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("The mayor has faced sharp criticism for failing to fix the roads.",
         "failing to fix the roads"),
        ("The agency came under heavy criticism for its failure to warn residents.",
         "its failure to warn residents"),
    ],
)
def test_criticism_met_from_nobody_named_is_about_what_it_was_met_for(
        nlp: Any, text: str, about: str) -> None:
    assert about in [q.span.of(text) for q in quotes(nlp, text)]


def test_a_speaker_label_gives_one_quote(nlp: Any) -> None:
    """ "Maria Lopez: ...", which quotes.py reads as a labelled statement, is not a headline
    cue as well."""
    text = "Maria Lopez: The council wasted a year on the parking plan."
    assert [q.span.of(text).rstrip(".") for q in quotes(nlp, text)] == [
        "The council wasted a year on the parking plan"]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Late on Friday a second outbreak of measles was reported in the eastern suburbs.",
         "a second outbreak of measles"),
        ("When the name of the new coach was announced, the fans in the stadium cheered.",
         "the name of the new coach"),
        ("A plan to widen the coastal road was unveiled on Tuesday.",
         "A plan to widen the coastal road"),
    ],
)
def test_what_is_made_known_by_nobody_named_is_a_claim(nlp: Any, text: str,
                                                        known: str) -> None:
    assert [q.span.of(text) for q in quotes(nlp, text)] == [known]


@pytest.mark.parametrize(
    "text",
    [
        "The results of the vote will be announced on Monday morning.",
        "No date for the hearing was announced on Friday afternoon.",
        "The cause of the fire was not disclosed to the families.",
        "Her first novel was revealed as a forgery in the spring.",
    ],
)
def test_what_is_not_yet_or_not_made_known_is_no_claim(nlp: Any, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The new electric tractor was unveiled at the farm show on Tuesday.",
        "A bronze statue of the poet was unveiled in the market square.",
    ],
)
def test_a_thing_unveiled_is_no_claim(nlp: Any, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("The worry among the growers is that the frost will return in May.",
         "that the frost will return in May"),
        ("By then the expectation was the ferry would run again before the winter.",
         "the ferry would run again before the winter"),
    ],
)
def test_a_view_nobody_is_named_to_hold_is_a_claim(nlp: Any, text: str, view: str) -> None:
    assert [(q.span.of(text), q.speaker) for q in quotes(nlp, text)] == [(view, None)]


def test_a_claim_nobody_makes_keeps_a_word_quoted_inside_it(nlp: Any) -> None:
    text = "The old lighthouse keeper was said to be \u201clivid\u201d about the broken gate."
    found = [(q.span.of(text), q.kind, q.speaker) for q in quotes(nlp, text)]
    assert found == [("The old lighthouse keeper was said to be \u201clivid\u201d about the "
                      "broken gate", "mixed", None)]


def test_a_claim_nobody_makes_leaves_a_quote_to_the_cue_inside_it(nlp: Any) -> None:
    text = ("The harbour master is reported to have called the new pier "
            "\u201ca monument to waste\u201d last week.")
    assert all(q.cue != "reported" for q in quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The flood brought fresh worries that the old dam would not hold.",
         "that the old dam would not hold"),
        ("Despite complaints that the ferry fares were too high, the council kept them.",
         "that the ferry fares were too high"),
    ],
)
def test_a_worry_or_a_complaint_reports_its_clause(nlp: Any, text: str, claim: str) -> None:
    assert claim in [q.span.of(text) for q in quotes(nlp, text)]
