"""Tests for what a cue verb's object or clause is: what was said or felt, or something else."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.child_process import run_in_child
from tests.analysis.test_cues import found
from tests.analysis.test_quotes import quotes

# (sentence, (cue, speaker, content)) the sentence must yield
FOUND: list[tuple[str, tuple[str, str | None, str]]] = [
    # a supposition reports what it assumes; a clause is still what is maintained
    ("The forecast, assuming steady rainfall, puts the harvest at a record.",
     ("assuming", "The forecast", "steady rainfall")),
    ("The mayor maintains that the budget is balanced.",
     ("maintains", "The mayor", "that the budget is balanced")),
    # a name somebody gives
    ("The senator was called a coward by his rival.", ("called", "his rival", "a coward")),
    # a meeting or a vote called something is named so
    ("She called the vote a farce.", ("called", "She", "the vote a farce")),
    # what somebody, or a finding, means
    ("By fairness the chairwoman meant that every club pays the same fee.",
     ("meant", "the chairwoman", "that every club pays the same fee")),
    ("The poll means that the mayor is in trouble.",
     ("means", "The poll", "that the mayor is in trouble")),
    # what is known about, or believed in
    ("Most growers still believe in the cooperative model.",
     ("believe", "Most growers", "the cooperative model")),
    ("Few of the tenants knew of the plan to sell the building.",
     ("knew", "Few of the tenants", "the plan to sell the building")),
    # a word on the preposition is no part of what it governs
    ("The old sailor knows all about winter storms.",
     ("knows", "The old sailor", "winter storms")),
    # a feeling towards somebody or something, or disregard of it
    ("The villagers despise the new landlord.", ("despise", "The villagers", "the new landlord")),
    ("She has always admired her rival's discipline.",
     ("admired", "She", "her rival's discipline")),
    ("The council ignored the petition from the fishermen.",
     ("ignored", "The council", "the petition from the fishermen")),
    ("By the end of the season the crew despised him.", ("despised", "the crew", "him")),
    ("The dockworkers' union endorsed her.", ("endorsed", "The dockworkers' union", "her")),
    # what something is judged to be
    ("Neighbours considered the old mill an eyesore.",
     ("considered", "Neighbours", "the old mill an eyesore")),
    ("The old general judged the fort a lost cause.",
     ("judged", "The old general", "the fort a lost cause")),
    # charging that something is so
    ("Prosecutors charged that the driver was drunk.",
     ("charged", "Prosecutors", "that the driver was drunk")),
    # a clause the parse took for an adverbial one after a verb of saying
    ("The coach said after the game his team would not appeal the ruling.",
     ("said", "The coach", "his team would not appeal the ruling")),
    # a that-clause the parse hung on a phrase after the one told, not on a noun's own clause
    ("The old captain told one of his sailors on a regular basis that the sea forgives nothing.",
     ("told", "The old captain", "that the sea forgives nothing")),
    ("Leaders met on Friday, offering help amid concerns that the region is unstable.",
     ("offering", "Leaders", "help")),
    # a statement named by "in" or "during" is where the cue's own words were said
    ("Mr. Vale thanked Mr. Osei for the dinner, adding in his remarks that the port would "
     "reopen.", ("adding", "Mr. Vale", "that the port would reopen")),
    ("The minister later noted in her remarks that the port would reopen.",
     ("noted", "The minister", "that the port would reopen")),
    # a question left open, which the parse took for an adverbial clause
    ("The council has not said when it will vote on the new budget.",
     ("said", "The council", "when it will vote on the new budget")),
    # the clause's subject, which the parse took for the cue's object
    ("The analyst seemed to think the outreach to young buyers was somewhat clumsy.",
     ("think", "The analyst", "the outreach to young buyers was somewhat clumsy")),
    # what a survey shows, with the words after its object
    ("The latest survey shows the mayor comfortably ahead by six points.",
     ("shows", "The latest survey", "the mayor comfortably ahead by six points")),
    # a statement accepted
    ("The judge accepted the argument that the contract was void.",
     ("accepted", "The judge", "that the contract was void")),
    # a feeling the parse read as a verb, after "be"
    ("After years abroad, we are convinced this is the best town to raise children.",
     ("convinced", "we", "this is the best town to raise children")),
    # people who support somebody named take a stance, whatever noun counts them
    ("Older women supported Alvarez by a wide margin.",
     ("supported", "Older women", "Alvarez")),
    ("A majority of the farmers supported Senator Okafor.",
     ("supported", "A majority of the farmers", "Senator Okafor")),
    # congratulating somebody is a thing said to them, as thanking is
    ("The mayor congratulated Ms. Ruiz for finishing the marathon.",
     ("congratulated", "The mayor", "Ms. Ruiz for finishing the marathon")),
    # a jibe taken or made at somebody criticises them
    ("The senator took a swipe at the governor's budget.",
     ("took", "The senator", "the governor's budget")),
    ("Lind has taken several digs at the mayor.", ("taken", "Lind", "the mayor")),
    ("The mayor swiped at the port board over its fees.",
     ("swiped", "The mayor", "the port board over its fees")),
    # words offered are a statement
    ("The senator offered his condolences to the families.",
     ("offered", "The senator", "his condolences to the families")),
    # what is claimed in words stays
    ("The rebels claimed responsibility for the blast.",
     ("claimed", "The rebels", "responsibility for the blast")),
    ("The coach claimed victory before the count was over.",
     ("claimed", "The coach", "victory")),
    # "the mayor's promised" is "has promised"
    ("The mayor's promised a new park.", ("promised", "The mayor", "a new park")),
    # the common view, with nobody named to hold it
    ("The county is considered a key battleground.", ("considered", None, "a key battleground")),
    # what is pointed out or pointed to is said
    ("She pointed out the flaw in the plan.", ("pointed out", "She", "the flaw in the plan")),
    # a person means something by what they said
    ("The minister meant that the rules would change.",
     ("meant", "The minister", "that the rules would change")),
]

# (sentence, word) where the word reports nothing
NOTHING_SAID = [
    # what is taken on or kept
    ("The new treasurer assumed her post in March.", "assumed"),
    ("The library maintains a small archive of local maps.", "maintains"),
    # a cue in a relative clause does not report the sentence's own predicate
    ("Nothing the minister said was new.", "said"),
    # what is taken when it is given
    ("The museum accepted a large donation from two collectors.", "accepted"),
    # an indictment or a task with nobody named to charge it
    ("The driver was charged with reckless endangerment.", "charged"),
    # seeing to it that something happens is an aim, no statement
    ("The harbor master will ensure that every boat is moored by dusk.", "ensure"),
    # a business's results posted are figures, no words
    ("The brewer posted a record loss for the second year running.", "posted"),
    ("Shares jumped after the chain posted a 12% rise in sales.", "posted"),
    # and so is a side's or a runner's outcome
    ("Vale eked out a win before Reyes posted an overwhelming victory in the final round.",
     "posted"),
    ("The sprinter posted a time of 9.91 seconds in the heats.", "posted"),
    # a verdict is given, no claim made
    ("The jury found the landlord guilty of neglect.", "found"),
    ("The two riders could lose their licences if the stewards find them guilty.", "find"),
    # a comparison with an expectation nobody is named to hold
    ("The bakery chain reported weaker than expected winter sales.", "expected"),
    # the time there is to do something does nothing
    ("The ministry has 30 days to respond to the complaint.", "respond"),
    ("The coach had two hours to explain that the plan would work.", "explain"),
    # that time will tell is nobody's telling
    ("Only time will tell whether the new ferry pays for itself.", "tell"),
    # a thing that offers a thing says nothing
    ("The new screen offers twelve colours and a night mode.", "offers"),
    ("The hybrid engine would offer 300 horsepower in total.", "offer"),
    ("A companion app will support remote locking, seat heating and other features.",
     "support"),
    ("The tablet will support a stylus and a keyboard.", "support"),
    ("The new ferry promises shorter crossings and quieter cabins.", "promises"),
    ("Those clauses guaranteed the bank a fixed share of the profits.", "guaranteed"),
    # "mean" with a thing or a fact for subject: what follows from it
    ("The new ticket format meant that anyone could travel on the late trains.", "meant"),
    ("The bakery is a cooperative, which means that the staff share the profits.", "means"),
    ("Cheaper fuel could mean that airlines hire more pilots.", "mean"),
    # a name given with nobody named to give it
    ("We met outside the bakery, which used to be called Crumbs, before the rain.", "called"),
    ('The tablet has a new pen, dubbed a "quill" stylus, which charges in minutes.', "dubbed"),
    # "call" in the sense of convening, summoning or cancelling
    ("The governor called a special session to fix the budget.", "called"),
    ("The bakery called in auditors on Friday to check its books.", "called"),
    ("The union called off the strike after talks.", "called off"),
    # considering a thing judges nothing
    ("The board will consider the offer next week.", "consider"),
    ("You could consider a second job to save more money.", "consider"),
    # a thing that means something draws a consequence, said by nobody
    ("Cheaper chips mean that laptops will get lighter.", "mean"),
    ("The ferry runs twice a day, which means that most visitors stay overnight.", "means"),
    # a verdict nobody is named to give
    ("Two officials at the ministry could lose their jobs if found guilty.", "found"),
    ("Farmers who sell the milk face heavy fines if found guilty.", "found"),
    # a card swiped or a boat lashed is no jibe
    ("She swiped her card at the door.", "swiped"),
    ("The boxer took a swing at his opponent.", "took"),
    # "claim" in the sense of win or take
    ("The cyclist won the stage, claiming her second victory of the tour.", "claiming"),
    ("The mayor held the ward, claiming 52 percent of the vote.", "claiming"),
    ("The floods have claimed the lives of nine people.", "claimed"),
    # a participle between an owner and its noun is an adjective
    ("The loans make up only a tiny fraction of the club’s reported debt, and a review of its"
     " accounts shows it has cut costs.", "reported"),
    ("The Green Party’s presumed White House nominee, Vale has won the backing of the unions.",
     "presumed"),
    # a passive judgement or name with a modal and nobody named is the writer's forecast
    ("The county will also be considered a key battleground in the spring.", "considered"),
    ("The result could be described as a setback.", "described"),
    # a finger or a gun pointed is a gesture
    ("The mayor responded by pointing a finger in the reporter's face.", "pointing"),
    ("The guard pointed a torch at the fence.", "pointed"),
    # a text written, or the account somebody writes from, is no statement
    ("Ms Vale, the editor who wrote the profile on the mayor, has left the paper.", "wrote"),
    ("He wrote handbooks for two role-playing games.", "wrote"),
    ("Reyes is a columnist for the Ledger. He tweets @reyesledger.", "tweets"),
    # a thing offered is given or sold, not said
    ("Ferry operators must now offer compensation to stranded travellers.", "offer"),
    ("The council offered residents a discount on parking permits.", "offered"),
    # and so is what somebody is offered, in the passive
    ("Guests were offered two kinds of tea to choose from: green or black.", "offered"),
    ("Staff were offered a choice of two shifts to work.", "offered"),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_cue_reports_its_object(nlp: Any, sentence: str,
                                    expected: tuple[str, str | None, str]) -> None:
    assert expected in found(nlp, sentence)


@pytest.mark.parametrize(("sentence", "word"), NOTHING_SAID)
def test_the_cue_reports_nothing(nlp: Any, sentence: str, word: str) -> None:
    assert not [content for cue, _, content in found(nlp, sentence) if cue == word and content]


def test_a_document_without_a_parse_has_no_cues() -> None:
    """Walking a blank document's tree can crash the process, so this runs in a child."""
    text = ("so\n\u22122, four, by  thea. lake. near\nDozens Town: 30m. ab  be5\nyen. sank, 90, *,"
            " near  in. 17,, billion4 but  ==. All)  lanes.  aim, by. close. West  farmersbil"
            "lionmonthsbrief\n")
    script = ("import spacy, sys\n"
              "from reader.analysis.cues import attributions\n"
              "print(len(list(attributions(spacy.blank('en')(sys.argv[1])[:]))))\n")
    done = run_in_child(script, text)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The treasurer has no idea where the missing funds went.",
         ("has", "The treasurer", "where the missing funds went")),
        ("Voters have no illusions about the new toll, which the council passed in May.",
         ("have", "Voters", "the new toll")),
    ],
)
def test_what_somebody_has_no_notion_of_is_their_stance(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_having_a_sense_of_something_is_no_stance(nlp: Any) -> None:
    assert found(nlp, "The old chef had a sense of humor about the burnt bread.") == []


@pytest.mark.parametrize("text", ["A neighbor called 911 after hearing the crash.",
                                  "The old boxer still weighs 150 pounds.",
                                  "The nurse referred the boy to a heart specialist."])
def test_a_number_dialled_a_weight_or_a_referral_is_no_statement(nlp: Any, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "speakers"), [
    ("The sudden wave of layoffs has raised concerns about the town's future.", []),
    ("The mayor's decision poses questions about who will pay for the repairs.", []),
    ("Union leaders raised concerns about the town's future.", ["Union leaders"]),
    ("The audit raised questions about who will pay for the repairs.", ["The audit"]),
])
def test_a_happening_that_raises_concerns_voices_none(nlp: Any, text: str,
                                                     speakers: list[str]) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == speakers


@pytest.mark.parametrize(("text", "expected"), [
    ("The growers' cooperative sent a letter to the county on Monday urging it to delay the vote.",
     [("sent", "The growers' cooperative", "urging it to delay the vote")]),
    ("The ministry issued a short statement welcoming the ceasefire.",
     [("issued", "The ministry", "welcoming the ceasefire")]),
    # an ad shows what it attacks: the whole ad is what was put out
    ("The campaign released an ad attacking the governor's record on schools.",
     [("released", "The campaign", "an ad attacking the governor's record on schools")]),
])
def test_a_text_sent_says_what_its_participle_says(nlp: Any, text: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    assert [(q.cue, q.speaker, q.span.of(text)) for q in quotes(nlp, text)] == expected


def test_others_who_support_a_bid_still_back_it(nlp: Any) -> None:
    assert ("supported", "Others", "the mayor's bid to win over the council") in found(
        nlp, "Others supported the mayor's bid to win over the council.")
