"""Tests for the cue lexicon and finding speaker, cue and content in a parsed sentence."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from reader.analysis.cues import CUE_NOUNS, CUE_VERBS, attributions, sentence_cues


def found(nlp: Any, sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, speaker, content) as written, for each cue of the sentence."""
    doc = nlp(sentence)
    rows = []
    for sent in doc.sents:
        for a in attributions(sent):
            cue = doc[a.cue[0] : a.cue[1]].text
            speaker = doc[a.speaker[0] : a.speaker[1]].text if a.speaker else None
            content = sentence[a.content[0] : a.content[1]] if a.content else None
            rows.append((cue, speaker, content))
    return rows


def test_the_lexicon_is_wide() -> None:
    for lemma in ("say", "tell", "vow", "claim", "emphasize", "reveal", "clarify", "affirm",
                  "hint", "assert", "warn", "insist", "deny", "admit", "describe", "refer"):
        assert lemma in CUE_VERBS
    assert {"statement", "claim", "remark"} <= CUE_NOUNS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister said the talks would continue.",
         ("said", "The minister", "the talks would continue")),
        ("Ms. Lee insisted that the bridge was safe.",
         ("insisted", "Ms. Lee", "that the bridge was safe")),
        ("The company revealed that profits had fallen.",
         ("revealed", "The company", "that profits had fallen")),
        ("She vowed to fight the decision.", ("vowed", "She", "to fight the decision")),
        ("He denied the allegations.", ("denied", "He", "the allegations")),
        ("The president warned of consequences.",
         ("warned", "The president", "consequences")),
        ("Voters wondered whether the mayor would run again.",
         ("wondered", "Voters", "whether the mayor would run again")),
        ("Few planners envisioned how the city would grow.",
         ("envisioned", "Few planners", "how the city would grow")),
        ("Is the bridge safe? The mayor does not think so.", ("think", "The mayor", "so")),
        # a headline's cue verb, which the parse may take for a name
        ("Senators Rip Budget Plan As A Giveaway To Banks.",
         ("Rip", "Senators", "Budget Plan As A Giveaway To Banks")),
        ("Mayor Sees 'Real Progress' In Talks With Unions.",
         ("Sees", "Mayor", "Real Progress' In Talks With Unions")),
    ],
)
def test_cue_verb_with_its_subject_and_clause(nlp: Any, sentence: str,
                                              expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_inserted_cue_reports_the_clause_around_it(nlp: Any) -> None:
    rows = found(nlp, "The economy, the governor said, is in trouble.")
    assert any(cue == "said" and speaker == "the governor" and content and
               content.startswith("The economy") and content.endswith("in trouble")
               for cue, speaker, content in rows)


@pytest.mark.parametrize("sentence", [
    "\"We will keep the mill open,\" said Hanna Berg, who opposes the new dam on the river.",
    "Hanna Berg, who opposes the new dam, said the mill would stay open.",
])
def test_a_stance_describing_a_speaker_is_no_statement_of_theirs(nlp: Any,
                                                                   sentence: str) -> None:
    assert "opposes" not in {cue for cue, _, _ in found(nlp, sentence)}


def test_a_verb_of_saying_on_a_speaker_is_still_their_statement(nlp: Any) -> None:
    text = "\"The mill stays open,\" said Hanna Berg, who added that the dam would flood it."
    assert ("added", "Hanna Berg", "that the dam would flood it") in found(nlp, text)


def test_a_clause_the_parse_closed_with_its_comma_is_reported_by_the_cue_after_it(
        nlp: Any) -> None:
    text = "The fastest way to count the fish is by weight, not by number, a park ranger told us."
    assert ("told", "a park ranger", "The fastest way to count the fish is by weight") in found(
        nlp, text)


def test_a_headline_opening_with_a_participle_phrase_keeps_its_own_cue(nlp: Any) -> None:
    text = "Railing Against Tolls, Governor Vows To Cut Fees For Truckers."
    assert ("Vows", "Governor", "To Cut Fees For Truckers") in found(nlp, text)


def test_what_is_intended_is_the_infinitive_not_a_clause_before_the_dash(nlp: Any) -> None:
    text = "Costs rose sharply at the bakery — the chain is planning to close ten stores next year."
    assert ("planning", "the chain", "to close ten stores next year") in found(nlp, text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union called for the mayor to resign.",
         ("called", "The union", "the mayor to resign")),
        ("Parents have lobbied for the district to hire more nurses.",
         ("lobbied", "Parents", "the district to hire more nurses")),
        ("The bishop renewed his call for the city to shelter more refugees.",
         ("call", "his", "the city to shelter more refugees")),
        ("The bishop's call for the city to shelter more refugees went unheard.",
         ("call", "The bishop", "the city to shelter more refugees")),
    ],
)
def test_a_call_for_somebody_to_do_something_reports_both(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_what_somebody_wants_another_to_be_done_is_their_stance(nlp: Any) -> None:
    text = "While the coach wants the striker to be benched, the captain did not comment."
    assert ("wants", "the coach", "the striker to be benched") in found(nlp, text)


def test_said_as_much_stands_for_what_was_said(nlp: Any) -> None:
    text = "The mayor's aide said as much in an interview on Friday."
    assert ("said", "The mayor's aide", "as much") in found(nlp, text)


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Too late, the mayor said.", "the mayor", "Too late"),
    ("Sorry, Ms. Obi said.", "Ms. Obi", "Sorry"),
    ("Farmers like Ruth, he said.", "he", "Farmers like Ruth"),
])
def test_a_speech_verb_closing_a_sentence_after_a_comma_said_the_fragment_before_it(
        nlp: Any, text: str, speaker: str, content: str) -> None:
    assert ("said", speaker, content) in found(nlp, text)


@pytest.mark.parametrize("text", [
    "In a statement on Monday, the mayor said:",
    "After the vote, she said.",
])
def test_a_setting_or_an_opening_colon_before_a_closing_cue_is_not_what_was_said(
        nlp: Any, text: str) -> None:
    assert all(content is None for _, _, content in found(nlp, text))


def test_an_as_clause_after_the_subject_reports_the_subjects_clause(nlp: Any) -> None:
    text = "Rust, as the report explained, is the main threat to old pipes."
    assert ("explained", "the report", text[:-1]) in found(nlp, text)


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("According to the police, three people were killed.", "the police",
         "three people were killed"),
        ("Three people were killed, according to the police.", "the police",
         "Three people were killed"),
    ],
)
def test_according_to(nlp: Any, sentence: str, speaker: str, content: str) -> None:
    rows = found(nlp, sentence)
    assert (rows[0][0].lower(), rows[0][1], rows[0][2]) == ("according to", speaker, content)


@pytest.mark.parametrize("sentence", [
    "According to the survey, published in a farming journal, the old mill had lost money.",
    "According to the audit, released on Tuesday, the council had overspent by a third.",
])
def test_according_to_a_source_described_after_it(nlp: Any, sentence: str) -> None:
    """The participle after the source says what the source is, not what it says."""
    rows = [r for r in found(nlp, sentence) if r[0].lower() == "according to"]
    assert rows
    assert rows[0][2].startswith("the ")


def test_according_to_a_statement_from_names_its_author(nlp: Any) -> None:
    rows = found(nlp, "Three people died, according to a statement from the ministry.")
    assert ("according to", "the ministry", "Three people died") in rows


def test_describe_as(nlp: Any) -> None:
    rows = found(nlp, "The minister described the attack as an act of terror.")
    assert ("described", "The minister", "the attack as an act of terror") in rows


def test_refer_to_as(nlp: Any) -> None:
    rows = found(nlp, "It was what he referred to as a terror attack.")
    assert ("referred", "he", "a terror attack") in rows


def test_called_x_y(nlp: Any) -> None:
    rows = found(nlp, "Clinton called it a common ailment.")
    assert ("called", "Clinton", "it a common ailment") in rows


def test_spokesman_for_keeps_whom_he_speaks_for(nlp: Any) -> None:
    rows = found(nlp, "A spokesman for the ministry said the talks would continue.")
    assert ("said", "A spokesman for the ministry", "the talks would continue") in rows


def test_noun_cue_with_that_clause(nlp: Any) -> None:
    rows = found(nlp, "Officials rejected his claim that the vote was rigged.")
    assert ("claim", "his", "that the vote was rigged") in rows


def test_somebodys_remarks_on_something_report_it_but_not_a_day(nlp: Any) -> None:
    assert found(nlp, "The mayor's remarks on the strike angered the unions.") == [
        ("remarks", "The mayor", "the strike")]
    assert found(nlp, "His remarks on Saturday were brief.") == []


def test_relative_clause_speaker(nlp: Any) -> None:
    rows = found(nlp, "Officials, who said the dam had held, left the site.")
    assert ("said", "Officials", "the dam had held") in rows


def test_impersonal_passive_has_no_speaker(nlp: Any) -> None:
    rows = found(nlp, "It was reported that the border had closed.")
    assert all(speaker is None for _, speaker, _ in rows)


def test_reported_clause_runs_to_the_end_of_its_clause(nlp: Any) -> None:
    rows = found(nlp, "Moreno said he expects Garcia to return soon, which would end the dispute. "
                      "Others disagreed.")
    said = [content for cue, _, content in rows if cue == "said"]
    assert said == ["he expects Garcia to return soon, which would end the dispute"]


def test_a_coordinated_urging_is_no_part_of_what_was_said_before_it(nlp: Any) -> None:
    rows = found(nlp, "Smith tweeted late on Friday that Jones was “lazy” and “a crook” and "
                      "urged voters to “look closely” at his record.")
    assert ("tweeted", "Smith", "that Jones was “lazy” and “a crook") in rows


def test_sentence_without_cue_has_none(nlp: Any) -> None:
    assert found(nlp, "The bridge opened in 1932 and carries trains.") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor said the bridge would reopen in May, which surprised many residents.",
         "the bridge would reopen in May"),
        ("She said the officer had raised his hands, contradicting the police account.",
         "the officer had raised his hands"),
        ("The union said the strike was its biggest yet, although the figures are disputed.",
         "the strike was its biggest yet"),
    ],
)
def test_a_trailing_aside_of_the_writer_is_not_what_was_said(nlp: Any, sentence: str,
                                                              content: str) -> None:
    assert [c for cue, _, c in found(nlp, sentence) if cue == "said"] == [content]


def test_a_that_relative_clause_stays_in_what_was_said(nlp: Any) -> None:
    sentence = "The mayor said the city needs a plan that works."
    assert ("said", "The mayor", "the city needs a plan that works") in found(nlp, sentence)


def test_verbs_of_intent_report_their_infinitive(nlp: Any) -> None:
    rows = found(nlp, "Garcia wants to double the size of the fleet, expand the night service "
                      "and create a new depot.")
    assert rows == [("wants", "Garcia", "to double the size of the fleet, expand the night "
                                         "service and create a new depot")]
    assert found(nlp, "The committee plans a vote next week.") == []
    assert ("voted", "The council", "to close the library") in found(
        nlp, "The council voted to close the library.")


def test_an_infinitive_coordinated_in_what_is_declined_stays_in_it(nlp: Any) -> None:
    rows = found(nlp, "The minister declined to threaten the rebels or declare them responsible.")
    assert ("declined", "The minister",
            "to threaten the rebels or declare them responsible") in rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The senator raised questions about the contract.",
         [("raised", "The senator", "the contract")]),
        ("The mayor made the case for a new stadium.",
         [("made", "The mayor", "a new stadium")]),
        ("The auditors had questions about the accounts.",
         [("had", "The auditors", "the accounts")]),
        ("The growers had reservations about selling the orchard.",
         [("had", "The growers", "selling the orchard")]),
        ("The guests had a reservation at the inn by the lake.", []),
        ("The company made a profit on the deal.", []),
        # a verb with its particle
        ("The minister ruled out a rise in taxes.",
         [("ruled out", "The minister", "a rise in taxes")]),
        ("The coach shrugged off the criticism of his tactics.",
         [("shrugged off", "The coach", "the criticism of his tactics")]),
        ("The court ruled on the case.", []),
    ],
)
def test_a_verb_making_a_statement_or_with_its_particle_reports_its_object(
        nlp: Any, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, sentence) == expected


def test_what_somebody_wants_is_a_stance(nlp: Any) -> None:
    rows = found(nlp, "The farmers want subsidies that cover the cost of diesel.")
    assert rows == [("want", "The farmers", "subsidies that cover the cost of diesel")]
    assert found(nlp, "The farmers want it.") == []


def test_a_clause_after_a_semicolon_is_no_report_of_the_cue_that_follows(nlp: Any) -> None:
    rows = found(nlp, "It is an unlikely scenario; the team says she will continue her tour.")
    assert rows == [("says", "the team", "she will continue her tour")]


def test_a_name_the_parse_hung_on_a_preposition_is_the_speaker(nlp: Any) -> None:
    rows = found(nlp, "In a June meeting with the finance committee of the council Garcia said "
                      "that the budget may need to shrink.")
    assert rows == [("said", "Garcia", "that the budget may need to shrink")]


def test_it_says_names_a_speaker_where_it_seems_does_not(nlp: Any) -> None:
    rows = found(nlp, "The city sent a letter. It says the campaign broke the law.")
    assert [speaker for cue, speaker, _ in rows if cue == "says"] == ["It"]
    assert found(nlp, "It is said that the campaign broke the law.")[0][1] is None


def test_told_whom_that_reports_the_clause_not_the_listener(nlp: Any) -> None:
    rows = found(nlp, "The senator told USA TODAY's weekly video series it is clear that hacking "
                      "took place.")
    cue, _, content = rows[0]
    assert cue == "told"
    assert (content or "").startswith("it is clear")


def test_told_a_meeting_that_misread_as_a_relative_clause(nlp: Any) -> None:
    rows = found(nlp, "In Lima last week, she told a meeting of Andean farming leaders that few "
                      "farmers understood the scale of the drought.")
    assert ("told", "she", "that few farmers understood the scale of the drought") in rows


def test_by_telling_takes_the_speaker_of_the_verb_it_modifies(nlp: Any) -> None:
    rows = found(nlp, "She courted the farmers by telling them that their harvests are at risk.")
    assert ("telling", "She", "that their harvests are at risk") in rows


def test_see_as_is_a_stance(nlp: Any) -> None:
    rows = found(nlp, "Both mayors see the bridge as a chance to revive the port.")
    assert rows == [("see", "Both mayors", "the bridge as a chance to revive the port")]
    assert found(nlp, "Both mayors saw the bridge last week.") == []


def test_what_a_poll_shows(nlp: Any) -> None:
    rows = found(nlp, "Recent surveys show the mayor with a narrow lead in the northern districts.")
    assert rows == [("show", "Recent surveys", "the mayor with a narrow lead in the northern "
                                               "districts")]
    assert found(nlp, "The senator showed reporters the letter.") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("According to radio host Ann Price, the decision smells of panic and haste.",
         "the decision smells of panic and haste"),
        ("Rents in the old town would go up by 12 percent, according to the Housing Council.",
         "Rents in the old town would go up by 12 percent"),
    ],
)
def test_according_to_at_an_edge_reports_the_whole_sentence(nlp: Any, sentence: str,
                                                            content: str) -> None:
    assert [c for cue, _, c in found(nlp, sentence) if cue.lower() == "according to"] == [content]
    assert all(cue != "see" for cue, _, _ in found(nlp, sentence))


def test_according_to_skips_the_sources_apposition(nlp: Any) -> None:
    rows = found(nlp, "According to the team's coach, Ali Mehraban, in their first match the "
                      "robot scored two points.")
    assert rows[0][2] == "in their first match the robot scored two points"


def test_a_dateline_is_no_speaker(nlp: Any) -> None:
    text = ("Mayor Opens the Library.\n\nBOSTON -- Mayor Garcia, opening the library on "
            "Sunday, said it would serve every district.")
    speakers = [speaker for cue, speaker, _ in found(nlp, text) if cue == "said"]
    assert speakers == ["Mayor Garcia"]


def test_endorsing_and_opposing_are_stances(nlp: Any) -> None:
    assert found(nlp, "Sen. Ted Cruz endorsed Donald Trump's campaign on Friday.") == [
        ("endorsed", "Sen. Ted Cruz", "Donald Trump's campaign")]
    assert found(nlp, "The union opposes the new trade deal.") == [
        ("opposes", "The union", "the new trade deal")]
    assert found(nlp, "The farmers' league backed the mayor's water plan.") == [
        ("backed", "The farmers' league", "the mayor's water plan")]


@pytest.mark.parametrize("sentence", ["The van backed into the loading dock.",
                                      "The buyers backed away from the offer."])
def test_backing_with_no_object_is_no_stance(nlp: Any, sentence: str) -> None:
    assert found(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor complained about the budget of the police in a letter.",
         ("complained", "The mayor", "the budget of the police")),
        ("The senator spoke about her ties to the farming towns.",
         ("spoke", "The senator", "her ties to the farming towns")),
        ("The union talked of a strike.", ("talked", "The union", "a strike")),
        ("The governor disagreed with the court's ruling.",
         ("disagreed", "The governor", "the court's ruling")),
        ("The unions bristled at the new rules.", ("bristled", "The unions", "the new rules")),
        ("The mayor weighed in Monday about whether rents should be frozen.",
         ("weighed", "The mayor", "whether rents should be frozen")),
        ("The team responded with a statement of its own.",
         ("responded", "The team", "a statement of its own")),
        ("The minister hinted at a rise in taxes.", ("hinted", "The minister", "a rise in taxes")),
        ("Two councillors voted against the new parking levy.",
         ("voted", "Two councillors", "the new parking levy")),
        ("The reporter pressed the minister on the missing harbor funds.",
         ("pressed", "The reporter", "the missing harbor funds")),
        ("The orchard is betting on late frost this spring.",
         ("betting", "The orchard", "late frost this spring")),
        ("The ferry line is counting on a busy summer.",
         ("counting", "The ferry line", "a busy summer")),
        ("The night clerk confessed to the theft of the ledgers.",
         ("confessed", "The night clerk", "the theft of the ledgers")),
        ("The driver admitted to speeding through the school zone.",
         ("admitted", "The driver", "speeding through the school zone")),
    ],
)
def test_speech_about_something_reports_it_without_the_preposition(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor discussed her plan for the schools.",
         ("discussed", "The governor", "her plan for the schools")),
        ("The coach defended his decision to bench the captain.",
         ("defended", "The coach", "his decision to bench the captain")),
        ("The minister cited the flood as a reason for the delay.",
         ("cited", "The minister", "the flood as a reason for the delay")),
        ("The crowd chanted the name of the striker.",
         ("chanted", "The crowd", "the name of the striker")),
        ("The farmers resented the new tax on diesel.",
         ("resented", "The farmers", "the new tax on diesel")),
        ("The minister downplayed the risk of a strike.",
         ("downplayed", "The minister", "the risk of a strike")),
        ("The party disavowed the remarks of its candidate.",
         ("disavowed", "The party", "the remarks of its candidate")),
        ("The senator denied the charges the day after the hearing.",
         ("denied", "The senator", "the charges the day after the hearing")),
    ],
)
def test_verbs_of_speech_about_an_object_report_the_object(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Many farmers are afraid that the river will flood.",
         ("afraid", "Many farmers", "that the river will flood")),
        ("The mayor was critical of the new tax.", ("critical", "The mayor", "the new tax")),
        ("Some members were willing to accept a smaller grant.",
         ("willing", "Some members", "to accept a smaller grant")),
        ("The traders were bearish about the price of copper.",
         ("bearish", "The traders", "the price of copper")),
        ("The mayor was grateful for the help of the volunteers.",
         ("grateful", "The mayor", "the help of the volunteers")),
    ],
)
def test_adjectives_of_a_stance_report_their_clause(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_a_passive_cue_reports_its_subject_as_what_its_agent_said(nlp: Any) -> None:
    assert ("endorsed", "the teachers' union", "The new school plan") in found(
        nlp, "The new school plan was endorsed by the teachers' union.")


def test_a_passive_cue_without_agent_reports_nothing(nlp: Any) -> None:
    assert all(content != "The new school plan" for _, _, content in found(
        nlp, "The new school plan was endorsed last week."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Parents opposed the mayor's plan to close the library.",
         ("plan", "the mayor", "to close the library")),
        ("Voters did not share the governor's criticism of the new bridge.",
         ("criticism", "the governor", "the new bridge")),
    ],
)
def test_an_owned_proposal_or_stance_reports_what_it_is_about(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_a_plan_nobody_owns_reports_nothing(nlp: Any) -> None:
    assert found(nlp, "The plan to close the library angered parents.") == []


def test_a_reported_clause_keeps_what_the_parse_hung_on_its_cue(nlp: Any) -> None:
    sentence = ("Reyes said there remains a \"large gap in funding,\" when it comes to how many "
                "nurses work for the state.")
    (row,) = [r for r in found(nlp, sentence) if r[0] == "said"]
    assert row[2] is not None
    assert row[2].endswith("how many nurses work for the state")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor said he would order a review of the budget and warned against new debt.",
         "he would order a review of the budget"),
        ("The aides said the timing was not planned; they only learned of it on Friday.",
         "the timing was not planned"),
        ("The nurse said the clinic would close, though she admitted nobody had told her.",
         "the clinic would close"),
    ],
)
def test_a_reported_clause_ends_before_another_cue_or_a_semicolon(
        nlp: Any, sentence: str, content: str) -> None:
    assert [r[2] for r in found(nlp, sentence) if r[0] == "said"] == [content]


def test_told_somebody_to_reports_the_infinitive(nlp: Any) -> None:
    assert ("told", "The police", "to leave the building") in found(
        nlp, "The police told her to leave the building.")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Critics say the money would be better spent with NATO, the military alliance that "
         "includes most of Europe.", "the money would be better spent with NATO"),
        ("The senator likened the fund to the World Bank, which lends to poor countries.",
         "the fund to the World Bank"),
    ],
)
def test_the_writers_description_of_a_name_is_not_what_was_said(
        nlp: Any, sentence: str, content: str) -> None:
    assert content in [r[2] for r in found(nlp, sentence)]


def test_a_list_after_a_comma_stays_in_what_was_said(nlp: Any) -> None:
    sentence = "The mayor has called for lower rents, the closure of empty offices and more parks."
    assert ("called", "The mayor", "lower rents, the closure of empty offices and more parks") \
        in found(nlp, sentence)


def test_where_and_when_something_was_said_is_not_what_was_said(nlp: Any) -> None:
    assert ("denounced", "The bishop", "the eviction") in found(
        nlp, "The bishop denounced the eviction in a Sunday sermon.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The appeals court ruled that the county must count the late ballots.",
         ("ruled", "The appeals court", "that the county must count the late ballots")),
        ("Investigators discovered that the accounts had been opened in 2014.",
         ("discovered", "Investigators", "that the accounts had been opened in 2014")),
    ],
)
def test_any_verb_with_a_that_clause_reports_it(nlp: Any, sentence: str,
                                                expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_hoped_is_a_cue_whatever_the_lemmatiser_says(nlp: Any) -> None:
    assert ("hoped", "Mr. Clarke", "utilities would buy his credits") in found(
        nlp, "Mr. Clarke hoped utilities would buy his credits.")


def test_a_cue_in_an_as_clause_reports_its_sentence(nlp: Any) -> None:
    assert ("pointed out", "many lawyers", "the mayor is free to publish the letters") in found(
        nlp, "As many lawyers have pointed out, the mayor is free to publish the letters.")


@pytest.mark.parametrize("sentence", [
    "As the mayor spoke in the hall of the library, there were no snacks on the tables.",
    "As the nurses were talking over coffee at the diner, managers were meeting downtown.",
    "As the audit was published, the council met in secret.",
])
def test_an_as_clause_of_time_reports_nothing(nlp: Any, sentence: str) -> None:
    assert [c for _, _, c in found(nlp, sentence) if c is not None] == []


@pytest.mark.parametrize("sentence", [
    "Such grants could be critical for the town as it rebuilds its harbour.",
    "Good data is critical to running a small farm well.",
])
def test_critical_to_or_for_something_is_no_stance(nlp: Any, sentence: str) -> None:
    assert [cue for cue, _, _ in found(nlp, sentence) if cue == "critical"] == []


def test_critical_of_something_is_a_stance(nlp: Any) -> None:
    assert ("critical", "The union", "the new rota") in found(
        nlp, "The union has been critical of the new rota.")


def test_a_that_clause_after_the_cue_wins_over_a_clause_before_it(nlp: Any) -> None:
    sentence = "Should the company fail, residents worry that the cost could fall to taxpayers."
    assert ("worry", "residents", "that the cost could fall to taxpayers") in found(nlp, sentence)


def test_a_noun_cue_names_its_author_written_before_it(nlp: Any) -> None:
    sentence = "Ms. Hale pointed to a Financial Times report that the firm had lost money in 2009."
    assert ("report", "Financial Times", "that the firm had lost money in 2009") in found(
        nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The journalist came to fear a new pact between the two powers.",
         ("fear", "The journalist", "a new pact between the two powers")),
        ("The mining companies declared bankruptcy.",
         ("declared", "The mining companies", "bankruptcy")),
    ],
)
def test_a_cue_verbs_object_is_what_was_said_or_thought(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_whom_somebody_told_is_not_what_was_said(nlp: Any) -> None:
    assert all(content != "reporters" for _, _, content in found(
        nlp, "The senator told reporters after the vote."))


def test_proposing_nothing_reports_the_nothing(nlp: Any) -> None:
    assert ("proposed", "she", "nothing that would cut her own budget") in found(
        nlp, "Yet she has proposed nothing that would cut her own budget.")


def test_a_cue_set_off_by_commas_reports_the_sentence_around_it(nlp: Any) -> None:
    sentence = ("Though the last move was smooth, he said, replacing the coach would be much "
                "harder and could split the club.")
    (row,) = [r for r in found(nlp, sentence) if r[0] == "said"]
    assert row[2] is not None
    assert row[2].startswith("Though the last move was smooth")
    assert row[2].endswith("could split the club")


def test_an_appended_cue_reports_the_words_before_it(nlp: Any) -> None:
    assert ("say", "lawyers", "Rules unclear on whether part-time staff are covered") in found(
        nlp, "Rules unclear on whether part-time staff are covered, lawyers say.")


def test_urging_somebody_reports_what_they_are_urged_to_do(nlp: Any) -> None:
    assert ("encouraged", "The coach", "to vote for the new stadium") in found(
        nlp, "The coach encouraged his players to vote for the new stadium.")


def test_pressuring_somebody_reports_what_they_are_pressed_to_do(nlp: Any) -> None:
    assert found(nlp, "The unions pressured the mayor to drop the plan.") == [
        ("pressured", "The unions", "to drop the plan")]


def test_encouraging_growth_is_no_cue(nlp: Any) -> None:
    assert found(nlp, "Low rates encouraged growth in the region.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The senator is a fierce opponent of the new airport.",
         ("opponent", "The senator", "the new airport")),
        ("Ms. Reyes, a longtime critic of the mine, spoke first.",
         ("critic", "Ms. Reyes", "the mine")),
        ("A fierce critic of the mine, Ms. Ortiz spoke first at the hearing.",
         ("critic", "Ms. Ortiz", "the mine")),  # before the name it describes
    ],
)
def test_a_stance_holder_holds_a_stance_on_what_they_are_of(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_a_pronoun_object_is_reported_with_its_charge(nlp: Any) -> None:
    assert ("blasted", "The mayor", "him for not paying his taxes") in found(
        nlp, "The mayor blasted him for not paying his taxes.")


def test_an_agentless_passive_reports_its_subject_and_charge(nlp: Any) -> None:
    rows = found(nlp, "The officer was criticized for the delay on Thursday.")
    assert ("criticized", None, "The officer was criticized for the delay") in rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marsh, a veteran trader, is accused by regulators of hiding losses from his bank.",
         ("accused", "regulators", "Marsh, a veteran trader, is accused by regulators of hiding "
          "losses from his bank")),
        ("The firm was criticized by analysts for hiding losses.",
         ("criticized", "analysts", "The firm was criticized by analysts for hiding losses")),
        ("He was blamed by neighbours for the fire.",
         ("blamed", "neighbours", "He was blamed by neighbours for the fire")),
        ("The coach was praised by fans of the club.",  # who praised, not what for
         ("praised", "fans", "The coach")),
    ],
)
def test_a_passive_with_an_agent_reports_its_subject_and_charge(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_a_name_after_a_coordinated_cue_is_its_object_not_its_speaker(nlp: Any) -> None:
    rows = found(nlp, "Trump tweeted that the show was a fraud and encouraged Americans to "
                      "watch the tape.")
    assert all(speaker != "Americans" for _, speaker, _ in rows)


def test_a_name_right_after_a_cue_that_follows_a_quote_is_its_speaker(nlp: Any) -> None:
    rows = found(nlp, '"The talks will go on," added KCNA.')
    assert any(cue == "added" and speaker == "KCNA" for cue, speaker, _ in rows)


def test_a_cue_verb_the_parse_took_for_a_noun_still_reports(nlp: Any) -> None:
    rows = found(nlp, "Police allege that the man was taken from a hotel and driven north.")
    assert any(cue == "allege" and speaker == "Police" and content is not None
               and content.startswith("that the man was taken") for cue, speaker, content in rows)


def test_a_passive_cue_with_an_infinitive_reports_its_subject_too(nlp: Any) -> None:
    rows = found(nlp, "About one voter in nine is expected to be Latino this fall.")
    assert any(cue == "expected" and content is not None and content.startswith("About one voter")
               for cue, _, content in rows)


def test_a_cue_word_inside_a_name_in_a_headline_is_no_cue(nlp: Any) -> None:
    assert found(nlp, "The Washington Post Wins Top Award For Its Coverage.") == []


def test_a_that_clause_whose_that_the_parse_took_for_an_adverb_is_reported(nlp: Any) -> None:
    # the small model's parse of such a sentence: "that" an adverb, its clause an adverbial one,
    # and the urging that follows joined to that clause
    rows = [("Reyes", "PROPN", "NNP", "nsubj", 1), ("tweeted", "VERB", "VBD", "ROOT", 1),
            ("in", "ADP", "IN", "prep", 1), ("the", "DET", "DT", "det", 5),
            ("morning", "NOUN", "NN", "compound", 5), ("hours", "NOUN", "NNS", "pobj", 2),
            ("that", "PRON", "WDT", "advmod", 8), ("Carter", "PROPN", "NNP", "nsubj", 8),
            ("was", "AUX", "VBD", "advcl", 1), ("“", "PUNCT", "``", "punct", 10),
            ("dishonest", "ADJ", "JJ", "acomp", 8), ("”", "PUNCT", "''", "punct", 10),
            ("and", "CCONJ", "CC", "cc", 8), ("“", "PUNCT", "``", "punct", 15),
            ("a", "DET", "DT", "det", 15), ("phony", "NOUN", "NN", "conj", 8),
            ("”", "PUNCT", "''", "punct", 15), ("and", "CCONJ", "CC", "cc", 8),
            ("encouraged", "VERB", "VBD", "conj", 8), ("fans", "NOUN", "NNS", "dobj", 18),
            ("to", "PART", "TO", "aux", 21), ("stay", "VERB", "VB", "xcomp", 18),
            ("home", "ADV", "RB", "advmod", 21), (".", "PUNCT", ".", "punct", 1)]
    doc = parsed(nlp, rows)
    found_here = [(doc[a.cue[0] : a.cue[1]].text, doc.text[a.content[0] : a.content[1]])
                  for sent in doc.sents for a in attributions(sent) if a.content]
    assert ("tweeted", "that Carter was “dishonest” and “a phony") in found_here


def parsed(nlp: Any, rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A Doc with the given words, tags and dependencies, as a parse may have made it."""
    words = [r[0] for r in rows]
    spaces = [not (w == "“" or (i + 1 < len(words) and words[i + 1] in ("”", ".")))
              for i, w in enumerate(words)]
    lemmas = [{"tweeted": "tweet", "was": "be", "encouraged": "encourage"}.get(w, w.lower())
              for w in words]
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows],
               tags=[r[2] for r in rows], deps=[r[3] for r in rows],
               heads=[r[4] for r in rows], lemmas=lemmas)


def test_what_is_not_plain_is_no_report(nlp: Any) -> None:
    assert found(nlp, "It is not clear whether the budget will balance this year.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is obvious that the budget will not balance this year.",
         ("obvious", None, "that the budget will not balance this year")),
        ("The governor made it clear she would veto the bill.",
         ("clear", "The governor", "she would veto the bill")),
    ],
)
def test_what_is_plain_or_made_plain_is_reported(nlp: Any, sentence: str,
                                                 expected: tuple[str, str | None, str]) -> None:
    assert expected in found(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union sent a letter on Monday to the board urging members to reject the offer.",
         ("sent", "The union", "urging members to reject the offer")),
        ("The mayor unleashed a flurry of posts attacking the council.",
         ("unleashed", "The mayor", "a flurry of posts attacking the council")),
        ("The agency released a report on Friday.",
         ("released", "The agency", "a report")),
    ],
)
def test_putting_out_a_text_reports_it(nlp: Any, sentence: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The union sent two buses to the rally.",
    "She put the plan into action last year.",
])
def test_putting_out_something_that_is_no_text_reports_nothing(nlp: Any, sentence: str) -> None:
    assert found(nlp, sentence) == []


def test_putting_out_a_statement_reports_it(nlp: Any) -> None:
    assert ("put out", "The council", "a statement") in found(
        nlp, "The council put out a statement on Friday.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister isn't saying much about the cuts.",
         ("saying", "The minister", "the cuts")),
        ("The board decided against raising the fees.",
         ("decided", "The board", "raising the fees")),
        ("The candidate has often cited improving rail service as her top priority.",
         ("cited", "The candidate", "improving rail service as her top priority")),
    ],
)
def test_what_a_cue_is_about_through_a_preposition_or_a_gerund(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause set off by commas inside the sentence
        ("Diaz likened the agency to a referee, which never takes sides, in a radio interview "
         "on Tuesday.", ("likened", "Diaz", "the agency to a referee")),
        # a participle opened by an adverb
        ("The mayor told residents he would consider it a betrayal if they stayed home, "
         "implicitly tying his future to the turnout.",
         ("told", "The mayor", "he would consider it a betrayal if they stayed home")),
    ],
)
def test_the_writers_aside_inside_or_after_a_clause_is_left_out(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_an_infinitive_goes_on_with_the_verb_joined_to_it(nlp: Any) -> None:
    rows = found(nlp, "The premier declined to condemn the raid or even openly blame the army.")
    assert ("declined", "The premier", "to condemn the raid or even openly blame the army") in rows


def test_a_source_keeping_its_name_out_takes_no_stance(nlp: Any) -> None:
    rows = found(nlp, "A senior official, who declined to be named, said the port would close.")
    assert rows == [("said", "A senior official", "the port would close")]


def test_quoted_as_saying_names_the_one_quoted(nlp: Any) -> None:
    rows = found(nlp, "The minister was quoted as saying that the port would close.")
    assert ("quoted as saying", "The minister", "that the port would close") in rows


def test_a_headline_verb_the_recogniser_took_into_a_name_still_says(nlp: Any) -> None:
    rows = found(nlp, "Biden Sees 'Grave Threat' if Workers Don't Vote for Harris.")
    assert [(cue, speaker) for cue, speaker, _ in rows] == [("Sees", "Biden")]


def test_an_urging_of_a_thing_reports_it(nlp: Any) -> None:
    assert ("urged", "The envoy", "restraint on both sides") in found(
        nlp, "The envoy urged restraint on both sides.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By the mayor's own admission, the port is losing money.",
         ("By the mayor's own admission", "the mayor", "the port is losing money")),
        ("The port loses a million dollars a year, by one estimate.",
         ("by one estimate", "one estimate", "The port loses a million dollars a year")),
    ],
)
def test_a_sentence_leaning_on_somebodys_account(nlp: Any, sentence: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_a_count_by_which_something_passed_is_no_account(nlp: Any) -> None:
    assert found(nlp, "The bill was passed by a large count.") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a past event closing what is urged is the writer's occasion for it
        ("The agency urged residents to boil their water after the storm flooded the plant.",
         "to boil their water"),
        ("The agency urged residents to boil their water until the plant reopens.",
         "to boil their water until the plant reopens"),
    ],
)
def test_what_is_urged_ends_before_a_past_occasion(nlp: Any, sentence: str,
                                                   content: str) -> None:
    assert [c for cue, _, c in found(nlp, sentence) if cue == "urged"] == [content]


def test_a_concession_with_even_closing_a_clause_is_the_writers(nlp: Any) -> None:
    rows = found(nlp, "The mayor said the port would stay open, even as ships left for other "
                      "harbours.")
    assert ("said", "The mayor", "the port would stay open") in rows


def test_a_sentences_cues_are_found_once_for_numbers_and_quotes(nlp: Any) -> None:
    """sentence_cues keeps each sentence's attributions: the second reader (the quotes, after
    the numbers) gets the very list the first one got, equal to a fresh search, and a headline
    tested on the Doc's text finds what the sentence's own text finds."""
    text = "Officials said 22 people died.\n\nMayor Sees 'Grave Risk' In New Dam Plan"
    doc = nlp(text)
    cues = sentence_cues(text)
    for sent in doc.sents:
        first = cues(sent)
        assert cues(sent) is first
        assert first == list(attributions(sent)) == list(attributions(sent, text))
    said = [a for sent in doc.sents for a in cues(sent)]
    assert [doc[a.cue[0]].text for a in said] == ["said", "Sees"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prosecutors allege Reyes lied to investigators.",
         ("allege", "Prosecutors", "Reyes lied to investigators")),
        ("Authorities allege Smith stole the money.",
         ("allege", "Authorities", "Smith stole the money")),
        ("Democrats allege John Reyes lied.", ("allege", "Democrats", "John Reyes lied")),
        ("Critics charge Apple has broken the law.",
         ("charge", "Critics", "Apple has broken the law")),
        ("Police allege the driver was drunk.", ("allege", "Police", "the driver was drunk")),
    ],
)
def test_a_cue_verb_after_a_plural_noun_taken_for_a_noun_still_reports(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


def test_a_noun_compound_before_a_common_noun_is_no_cue(nlp: Any) -> None:
    assert found(nlp, "Police state tactics alarmed the critics.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The bakers' guild and Sen. Rosa Vidal of Maine, a baker herself, oppose relaxing the flour "
     "rules.", ("oppose", "The bakers' guild and Sen. Rosa Vidal", "relaxing the flour rules")),
    ("The dairy co-op and Gov. Lina Marsh of Vermont, herself a former milk inspector, oppose "
     "scrapping the price floor.", ("oppose", "The dairy co-op", "scrapping the price floor")),
])
def test_a_cue_verb_taken_for_the_auxiliary_of_a_gerund_reports_the_gerund(
        nlp: Any, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In a study for the water board, Prof. Ana Ruiz said the dams were sound.",
         ("said", "Prof. Ana Ruiz", "the dams were sound")),
        ("In its latest review, the trust asks whether ferries could replace the bridge.",
         ("asks", "the trust", "whether ferries could replace the bridge")),
        # a count of those asked is no speaker: the finding is the survey's
        ("In the survey, 60% said they cycle to work.",
         ("In", "the survey", "60% said they cycle to work")),
    ],
)
def test_a_report_a_speaker_wrote_in_is_where_not_who(nlp: Any, sentence: str,
                                                     expected: tuple[str, str, str]) -> None:
    rows = found(nlp, sentence)
    assert expected in rows
    assert expected[0] == "In" or all(cue != "In" for cue, _, _ in rows)


def test_a_date_before_a_statement_is_when_not_who(nlp: Any) -> None:
    rows = found(nlp, "Saturday's statement that the museum would shut for a year upset its "
                      "staff.")
    assert [speaker for cue, speaker, _ in rows if cue == "statement"] == [None]


@pytest.mark.parametrize("sentence", [
    "The library has added the ability to \"borrow\" e-books online.",
    "The stadium added 300 seats to its north stand over the summer.",
])
def test_adding_a_thing_says_nothing(nlp: Any, sentence: str) -> None:
    assert [cue for cue, _, _ in found(nlp, sentence) if cue == "added"] == []


def test_added_with_a_clause_and_no_that_still_says(nlp: Any) -> None:
    sentence = "But she added some bridges, such as the one at Elm Creek, were showing wear."
    assert ("added", "she", "some bridges, such as the one at Elm Creek, were showing wear") \
        in found(nlp, sentence)
