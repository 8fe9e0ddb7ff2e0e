"""Tests for extract_quotes: direct, reported and mixed quotes with their resolved speakers."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from reader.analysis.cues import attributions
from reader.analysis.entities import extract_entities
from reader.analysis.model import Quote
from reader.analysis.quotes import extract_quotes


def quotes(nlp: Any, text: str) -> list[Quote]:
    doc = nlp(text)
    return list(extract_quotes(doc, list(extract_entities(doc))))


def pieces(nlp: Any, text: str) -> list[Quote]:
    """Each quoted piece as a quote of its own ('"A," she said. "B."' gives two), for the rules
    that find each piece's bounds, speaker and cue; test_quote_joins checks the joining."""
    return [replace(q, span=piece, pieces=()) for q in quotes(nlp, text) for piece in q.quoted()]


def said(text: str, quote: Quote) -> str:
    return quote.span.of(text)


def by_cue(nlp: Any, text: str, cue: str) -> list[tuple[str | None, str]]:
    """The speaker's words and what was said, for each quote whose cue opens with cue."""
    return [(q.speaker_span.of(text) if q.speaker_span else None, said(text, q))
            for q in quotes(nlp, text) if (q.cue or "").startswith(cue)]


def only(found: list[Quote], kind: str) -> list[Quote]:
    return [q for q in found if q.kind == kind]


@pytest.mark.parametrize("marks", ["“”", '""', "«»", "‘’"])
def test_direct_quote_with_cue_after(nlp: Any, marks: str) -> None:
    text = f"{marks[0]}The bridge will reopen in May,{marks[1]} Mayor Karen Bass said on Monday."
    (quote,) = quotes(nlp, text)
    assert quote.kind == "direct"
    assert said(text, quote) == "The bridge will reopen in May"
    assert quote.speaker == "Karen Bass"
    assert quote.speaker_entity is not None
    assert quote.cue == "said"


def test_direct_quote_after_colon_cue(nlp: Any) -> None:
    text = "Karen Bass said: “The bridge will reopen in May.”"
    (quote,) = quotes(nlp, text)
    assert (quote.kind, said(text, quote)) == ("direct", "The bridge will reopen in May.")
    assert quote.speaker == "Karen Bass"


def test_split_quote_shares_speaker_and_cue(nlp: Any) -> None:
    text = "“We are ready,” said Olaf Scholz. “The talks start on Friday.”"
    first, second = pieces(nlp, text)
    assert said(text, second) == "The talks start on Friday."
    assert first.speaker == second.speaker == "Olaf Scholz"
    assert first.cue_span == second.cue_span


def test_pronoun_speaker_resolves_to_the_person(nlp: Any) -> None:
    text = ("Angela Merkel visited the plant on Tuesday.\n\n"
            "“Germany needs more engineers,” she said.")
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "Angela Merkel"
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == "she"


def test_unattributed_quote_paragraph_continues_the_last_speaker(nlp: Any) -> None:
    text = ("“We will appeal,” said Rafael Nadal.\n\n"
            "“The decision was unfair and everybody knows it.”")
    first, second = quotes(nlp, text)
    assert second.speaker == first.speaker == "Rafael Nadal"


def test_a_quote_paragraph_after_one_its_cue_closes_goes_on_under_that_cue(nlp: Any) -> None:
    text = ("“We will not raise the fares this year,” the mayor said.\n\n"
            "“Our buses are full and the riders have paid enough.”\n\nThe vote is next week.")
    first, second = quotes(nlp, text)
    assert (second.speaker, second.cue) == ("the mayor", "said")
    assert second.cue_span == first.cue_span


def test_a_quote_paragraph_after_a_quote_set_after_its_cue_has_no_cue(nlp: Any) -> None:
    text = ("“Here it is,” the mayor said. “The new bridge.”\n\n"
            "“It cost the town a fortune and two years.”\n\nThe vote is next week.")
    last = quotes(nlp, text)[-1]
    assert (last.speaker, last.cue) == ("the mayor", None)


@pytest.mark.parametrize(("text", "short", "speaker"), [
    ('"Everyone told me I was crazy," Nair says of her decision to quit. "Maybe I was."',
     "Maybe I was.", "Nair"),
    ('The club said the deal was off. "It is over."', "It is over.", "The club"),
    ('Officials said the bridge would stay shut. "Safety comes first!"',
     "Safety comes first!", "Officials"),
])
def test_a_short_quote_that_is_a_sentence_of_its_own_continues_the_speaker(
        nlp: Any, text: str, short: str, speaker: str) -> None:
    found = [q for q in pieces(nlp, text) if said(text, q) == short]
    assert [(q.kind, q.speaker) for q in found] == [("direct", speaker)]


def test_a_short_quote_inside_a_sentence_is_no_sentence_of_its_own(nlp: Any) -> None:
    text = 'Lee said the plan had failed. "Stop." was all he heard.'
    assert [said(text, q) for q in quotes(nlp, text)] == ["the plan had failed"]


def test_multi_paragraph_quote_keeps_its_speaker(nlp: Any) -> None:
    text = ("Emmanuel Macron said: “France will not give up on Europe.\n\n"
            "“We will build it together, with all our partners.”\n\nThe summit ended.")
    found = quotes(nlp, text)
    assert [said(text, q) for q in found] == [
        "France will not give up on Europe.",
        "We will build it together, with all our partners."]
    assert {q.speaker for q in found} == {"Emmanuel Macron"}


def test_reported_speech_is_indirect(nlp: Any) -> None:
    text = "Jacinda Ardern said the border would stay closed until March."
    (quote,) = quotes(nlp, text)
    assert quote.kind == "indirect"
    assert said(text, quote) == "the border would stay closed until March"
    assert quote.speaker == "Jacinda Ardern"
    assert quote.cue == "said"


def test_according_to(nlp: Any) -> None:
    text = "Twelve people were hurt in the blast, according to the fire department."
    (quote,) = quotes(nlp, text)
    assert quote.kind == "indirect"
    assert said(text, quote) == "Twelve people were hurt in the blast"
    assert quote.speaker is not None
    assert "fire department" in quote.speaker
    assert quote.cue == "according to"


@pytest.mark.parametrize("text", [
    '"We will rebuild every school by winter," she told the council, according to a statement.',
    '"The dam is safe," the engineer said, according to local radio.',
])
def test_a_quote_with_its_own_cue_is_relayed_not_said_by_the_source(nlp: Any,
                                                                     text: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.kind == "direct"
    assert quote.cue in ("told", "said")


def test_reported_clause_with_quoted_fragment_is_mixed(nlp: Any) -> None:
    text = "Boris Johnson said the plan would “get Brexit done” by January."
    (quote,) = quotes(nlp, text)
    assert quote.kind == "mixed"
    assert said(text, quote) == "the plan would “get Brexit done” by January"
    assert quote.speaker == "Boris Johnson"


@pytest.mark.parametrize(("text", "shown"), [
    ("Critics described the levy as “a gift to landlords.” Few agreed.",
     "the levy as “a gift to landlords.”"),
    ('Officials called the ruling "deeply unfair". Then they left.',
     'the ruling "deeply unfair"'),
])
def test_a_mixed_quote_ending_on_quoted_words_keeps_their_closing_mark(
        nlp: Any, text: str, shown: str) -> None:
    mixed = [q for q in quotes(nlp, text) if q.kind == "mixed"]
    assert [said(text, q) for q in mixed] == [shown]


def test_a_bare_past_participle_after_a_clause_reports_nothing(nlp: Any) -> None:
    text = "The fever is spread by a virus - one often found in bats and their droppings."
    assert quotes(nlp, text) == []


def test_scare_quote_takes_the_sentence_speaker(nlp: Any) -> None:
    text = "Narendra Modi condemned what he referred to as a “cowardly” attack."
    found = quotes(nlp, text)
    assert found
    assert all(q.speaker == "Narendra Modi" for q in found)
    assert any("“cowardly”" in said(text, q) and q.kind == "mixed" for q in found)


def test_scare_quote_without_speaker_is_no_quote(nlp: Any) -> None:
    text = "The film “Parasite” won four awards at the ceremony."
    assert quotes(nlp, text) == []


def test_a_long_phrase_borrowed_inside_a_sentence_with_nobody_to_say_it_is_no_quote(
        nlp: Any) -> None:
    text = ("The museum moved into \"a tall glass building on the edge of the old docks\" to "
            "reach more visitors.")
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The rules bar any firm that \"took part in the bidding as a public body or as its agent.\"",
    "The court ruled on the grounds \"the sums were large and the harm to the town was grave\".",
])
def test_a_quoted_clause_that_ends_its_sentence_stays_a_quote_with_nobody_named(
        nlp: Any, text: str) -> None:
    assert [(q.kind, q.speaker) for q in quotes(nlp, text)] == [("direct", None)]


@pytest.mark.parametrize(("text", "kept"), [
    ("Tourists flock to the \"golden mile\", where traders say business has never been better.",
     ["business has never been better"]),
    ("The plan introduces \"green zones\", where drivers say they cannot park.",
     ["they cannot park"]),
    ("The scheme, which critics say is \"reckless\", will cost millions.",
     ["which critics say is \"reckless\""]),
])
def test_a_scare_quote_outside_a_relative_clause_is_not_its_speakers(
        nlp: Any, text: str, kept: list[str]) -> None:
    assert [said(text, q) for q in quotes(nlp, text)] == kept


def test_a_number_after_the_speakers_noun_is_part_of_its_name(nlp: Any) -> None:
    text = "Number 10 said the minister had the prime minister's full support."
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "Number 10"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Human Rights Watch UK said the trial was unfair.", "Human Rights Watch UK"),
    ("New York City said the tunnel would reopen.", "New York City"),
    ("Mr Wellington said the budget was tight.", "Wellington"),
])
def test_a_country_after_a_bodys_name_is_its_branch_not_the_speaker(
        nlp: Any, text: str, speaker: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.speaker == speaker


def test_non_entity_speaker_keeps_its_noun_phrase(nlp: Any) -> None:
    text = "An anonymous official said the talks had stalled."
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "An anonymous official"
    assert quote.speaker_entity is None


def test_signed_quote(nlp: Any) -> None:
    text = "“Nobody listened to us for years.” ― Carla Sanchez\n\nMore text follows here."
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "Carla Sanchez"


def test_a_quote_paragraph_signed_on_the_next_line(nlp: Any) -> None:
    """A fact check sets out each claim as a quote of its own, then a line with a dash and
    who made it."""
    text = ("\"Every bus in the city will run on batteries by next spring.\"\n\n"
            "- Mayor Ruiz.\n\nThe council's own timetable puts the last diesel bus at 2031.")
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "Mayor Ruiz"


def test_a_dash_line_after_a_quote_within_a_paragraph_signs_nothing(nlp: Any) -> None:
    text = ("The mayor spoke first. \"Every bus will run on batteries by next spring.\"\n\n"
            "- Ruiz, the mayor, has said so before.")
    assert all(q.speaker != "Ruiz" for q in quotes(nlp, text))


def test_transcript_label(nlp: Any) -> None:
    text = ("John Parker interviewed James Walker.\n\n"
            "PARKER: Will the mayor be at the opening on Friday?\n\n"
            "WALKER: He will not be coming to the opening.")
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["John Parker", "James Walker"]
    assert said(text, found[1]) == "He will not be coming to the opening."


@pytest.mark.parametrize("text", [
    '"Ohio: the heart of it all, and the debt of it all," one user wrote on Twitter.',
    '"Texas: if we were any bigger, we would be our own country," a critic quipped.',
])
def test_a_colon_inside_a_quote_with_its_own_cue_is_part_of_what_was_said(
        nlp: Any, text: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.kind == "direct"
    assert said(text, quote).split(":")[0] in ("Ohio", "Texas")
    assert quote.speaker in ("one user", "a critic")


def test_a_label_inside_a_quote_with_no_cue_of_its_own_names_its_speaker(nlp: Any) -> None:
    text = ('"PENCE: Well, look, she thinks this is a show."\n\n'
            '"KAINE: That is not what we heard from him."')
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Pence", "Kaine"]
    assert said(text, found[0]) == "Well, look, she thinks this is a show."


def test_a_list_after_a_name_is_no_statement(nlp: Any) -> None:
    text = ("Deputies arrested two men on Friday.\n\n"
            "Mark T. Olsen: Burglary, theft of a firearm, resisting arrest, held on $20,000 bond."
            "\n\nDaniel R. Price: We did nothing wrong, and the court will see that.")
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "Daniel R. Price"


def test_a_title_after_a_name_in_a_list_of_links_is_no_statement(nlp: Any) -> None:
    text = ("The crater was mapped from two telescopes.\n\nMore on the desert\n\n"
            "Lowell Observatory: Two Domes in the Arizona Desert\n\n"
            "Rita M. Gomez: We will reopen the domes, and the town will see that.")
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "Rita M. Gomez"


def test_unbalanced_marks_never_fail_and_stay_in_their_paragraph(nlp: Any) -> None:
    text = ("He said “this is a broken quote that never closes\n\n"
            "A second paragraph with a stray ” mark and don't forget the '90s.")
    found = quotes(nlp, text)
    first_paragraph_end = text.index("\n")
    assert all(q.span.end <= first_paragraph_end for q in found if q.kind == "direct")


def test_apostrophes_make_no_quotes(nlp: Any) -> None:
    text = "Putin's rivals don't remember the '90s fondly."
    assert only(quotes(nlp, text), "direct") == []


def test_quotes_come_in_text_order_with_their_sentence(nlp: Any) -> None:
    text = ("Kamala Harris said taxes would rise. “Not for families,” she added. "
            "Officials warned that costs could double.")
    found = quotes(nlp, text)
    starts = [q.span.start for q in found]
    assert starts == sorted(starts)
    assert len(found) == 3
    for quote in found:
        assert quote.sentence is not None
        assert quote.sentence.contains(quote.span)


def test_speech_inside_a_quote_is_not_quoted_again(nlp: Any) -> None:
    text = "“My lawyer told me the case was closed,” said Ana Silva."
    found = quotes(nlp, text)
    assert len(found) == 1
    assert found[0].kind == "direct"


def test_headline_catchword_is_no_quote(nlp: Any) -> None:
    text = "Senators Reject ‘Reckless’ Budget Plan After Long Debate\n\nThe vote was 60 to 40."
    assert only(quotes(nlp, text), "direct") == []


def test_a_weekday_after_the_cue_is_no_speaker(nlp: Any) -> None:
    text = "“We will not back down,” the union leader said Monday."
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "the union leader"


def test_random_marks_and_words_never_fail(nlp: Any) -> None:
    import random

    pieces = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "\n\n", " he said", " Smith said:",
              " the plan", " will fail", ".", ",", " according to the police", " don't"]
    rng = random.Random(11)
    for _ in range(25):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        for quote in quotes(nlp, text):
            assert 0 <= quote.span.start < quote.span.end <= len(text)
            assert quote.kind in ("direct", "indirect", "mixed")


def test_quote_split_by_its_cue_stays_direct(nlp: Any) -> None:
    text = "“My hope,” Jimmy Carter said, “is that the museum opens next year.”"
    found = pieces(nlp, text)
    assert [q.kind for q in found] == ["direct", "direct"]
    assert {q.speaker for q in found} == {"Jimmy Carter"}
    assert found[0].cue_span == found[1].cue_span


def test_transcript_labels_name_speakers_the_recogniser_does_not_know(nlp: Any) -> None:
    text = ("HOST: What happened at the dam last night?\n\n"
            "GUEST: The old wall gave way after the rain.")
    found = quotes(nlp, text)
    assert [(q.speaker, q.kind) for q in found] == [("Host", "direct"), ("Guest", "direct")]
    assert said(text, found[1]) == "The old wall gave way after the rain."


def test_lone_short_quote_nobody_said_is_no_quote(nlp: Any) -> None:
    text = "The parade moved slowly along the river.\n\n“Hope Rising.”\n\nThen the rain came."
    assert quotes(nlp, text) == []


def test_a_quote_after_reported_speech_continues_its_speaker(nlp: Any) -> None:
    text = ('The shelters are "not keeping up with the need," says Maria Lopez, director of the '
            'charity. "We often compare it to a flood that never ends."')
    found = pieces(nlp, text)
    last = next(q for q in found if said(text, q).startswith("We often"))
    assert last.speaker == "Maria Lopez"


def test_a_scare_quote_after_reported_speech_stays_no_quote(nlp: Any) -> None:
    text = ("Officials said the man had applied for parole last year. He was denied the "
            '"parole" he asked for.')
    assert all(said(text, q) != "parole" for q in quotes(nlp, text))


def test_a_scare_quote_in_the_sentence_after_a_quote_is_not_more_of_it(nlp: Any) -> None:
    text = ('The mayor, Ines Varga, said: "The bridge is safe. We checked it twice." A "routine '
            'survey" of the cables found rust on four of them.')
    assert all(said(text, q) != "routine survey" for q in quotes(nlp, text))


def test_a_quote_opening_inside_a_reported_clause_belongs_to_it(nlp: Any) -> None:
    text = ("Peter Hall, of Dover, said he had marched in Selma ''for the rights of all, "
            "knowing that at home we still had none of them.''")
    (quote,) = quotes(nlp, text)
    assert quote.kind == "mixed"
    assert said(text, quote).startswith("he had marched in Selma")
    assert quote.speaker == "Peter Hall"


def test_a_reported_clause_stays_in_its_paragraph(nlp: Any) -> None:
    text = ("The video shows the senator saying “That is just good sense,” when his rival "
            "mocked him for skipping votes.\n\n“If he thinks that is clever,” the video’s narrator "
            "says, “what does he think of the voters?”\n\nThe campaign says the video will run "
            "on local stations.")
    for quote in quotes(nlp, text):
        assert "\n" not in said(text, quote)


def test_a_stance_inside_reported_speech_is_part_of_it(nlp: Any) -> None:
    text = "Machado said she would continue supporting Clinton in the race."
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == "she would continue supporting Clinton in the race"


def test_a_state_abbreviation_ends_no_sentence_between_quote_and_cue(nlp: Any) -> None:
    text = ('"We expect the bill to pass by a wide margin," Senate Majority Leader '
            "Ann Harlow, R-Ky., said.")
    (quote,) = quotes(nlp, text)
    assert quote.cue == "said"
    assert quote.speaker == "Ann Harlow"


@pytest.mark.parametrize(
    "text",
    [
        '"These are hard days," said Ana Silva, who has challenged the mine for years. '
        '"I do not know what the owners want."',
        '"These are hard days," said Ana Silva, a lawyer for the Green Trust, who has '
        'challenged the mine for years. "I do not know what the owners want."',
    ],
)
def test_speech_describing_the_speaker_between_two_quotes_keeps_them_together(
        nlp: Any, text: str) -> None:
    direct = only(pieces(nlp, text), "direct")
    assert len(direct) == 2
    assert direct[0].cue_span == direct[1].cue_span
    assert direct[0].speaker == "Ana Silva"


def test_speech_reported_inside_reported_speech_is_part_of_it(nlp: Any) -> None:
    text = "The mayor said the governor had promised to fund the new bridge."
    (quote,) = quotes(nlp, text)
    assert quote.cue == "said"
    assert said(text, quote) == "the governor had promised to fund the new bridge"


def test_a_reported_clause_goes_on_past_the_colon_that_ends_it(nlp: Any) -> None:
    text = ("The planner warns that the town faces two problems together: roads are failing, "
            "wages are flat and loans are cheap.")
    (quote,) = quotes(nlp, text)
    assert said(text, quote).endswith("wages are flat and loans are cheap")


def test_a_colon_before_a_quote_mark_does_not_take_the_quote_into_the_clause(nlp: Any) -> None:
    text = 'The union praised the impact the law would have on nurses: "It saves lives."'
    assert all("It saves lives" not in said(text, q) or q.kind == "direct"
               for q in quotes(nlp, text))


def test_a_claim_reported_with_nobody_named_is_a_quote_without_speaker(nlp: Any) -> None:
    text = "The two guards were accused of selling the keys to the prison vans."
    (quote,) = quotes(nlp, text)
    assert quote.speaker is None
    assert said(text, quote).endswith("selling the keys to the prison vans")


def test_a_bare_word_reported_with_nobody_named_is_no_quote(nlp: Any) -> None:
    assert quotes(nlp, "Two people were reported injured.") == []


def test_a_cue_inside_an_unattributed_claim_keeps_its_quote(nlp: Any) -> None:
    text = ('It is alleged that when she asked for help the guard responded "You will wait '
            'like everyone else."')
    direct = only(quotes(nlp, text), "direct")
    assert [q.speaker for q in direct] == ["the guard"]


def test_a_clause_that_opens_with_a_quoted_phrase_and_goes_on_is_mixed(nlp: Any) -> None:
    text = 'The mayor said "budget reforms" and the sale of old buses would pay for the plan.'
    (quote,) = quotes(nlp, text)
    assert quote.kind == "mixed"
    assert said(text, quote).endswith("would pay for the plan")


def test_a_participle_whose_subject_the_parse_lost_reports_nothing_alone(nlp: Any) -> None:
    text = "It is worth noting that the bridge has been closed for a year."
    assert all(q.cue != "noting" for q in quotes(nlp, text))


def test_a_cue_inside_a_reported_clause_does_not_swallow_its_reporter(nlp: Any) -> None:
    text = ("A union official said he could not give the figures because the report "
            "arrived a few hours earlier.")
    (quote,) = quotes(nlp, text)
    assert quote.cue == "said"
    assert said(text, quote).startswith("he could not give the figures")


def test_of_two_cues_in_each_others_clause_the_later_one_reports(nlp: Any) -> None:
    text = ("City officials felt easy about the contract because they could ask the "
            "builders for more time, she said.")
    found = quotes(nlp, text)
    assert [q.cue for q in found] == ["said"]


def test_a_colon_after_a_cue_introduces_what_was_said(nlp: Any) -> None:
    text = "The minister put it bluntly: the old plan is dead and buried."
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == "the old plan is dead and buried"
    assert quote.speaker == "The minister"


def test_a_cue_ending_its_line_with_a_colon_introduces_the_next_paragraph(nlp: Any) -> None:
    text = "The host put it this way:\n\nThe league has to change its rules before next season."
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == "The league has to change its rules before next season"


def test_a_cue_between_two_pieces_of_quote_frames_both(nlp: Any) -> None:
    text = ("“Every time you say that,” Moreno said, mentioning the delay, “you give "
            "hope to the people who want to scrap the line.”")
    direct = only(pieces(nlp, text), "direct")
    assert [q.speaker for q in direct] == ["Moreno", "Moreno"]
    assert direct[0].cue_span == direct[1].cue_span


def test_a_labelled_answer_over_several_paragraphs_is_one_attribution(nlp: Any) -> None:
    text = ('"HOST: Will the new stadium open on time?\n\n'
            '"MAYOR: Well, look, the builders have told us it will. The steel is up.\n\n'
            '"And the seats arrive in March, so we will be ready for the first game.\n\n'
            '"HOST: Thank you, Mayor.')
    found = quotes(nlp, text)
    mayor = [q for q in found if q.speaker == "Mayor"]
    assert len(mayor) == 2
    assert mayor[0].cue == ":"
    assert mayor[0].cue_span == mayor[1].cue_span


def test_a_stage_direction_in_a_transcript_is_no_quote(nlp: Any) -> None:
    text = '"HOST: Will it open on time?\n\n"(CROSSTALK.)\n\n"MAYOR: It will open in May.'
    assert all("CROSSTALK" not in said(text, q) for q in quotes(nlp, text))


def test_a_quote_inside_a_labelled_statement_makes_it_mixed(nlp: Any) -> None:
    text = ("Moreno: Garcia needs to 'stop talking about the old stadium' with the council."
            "\n\nLuis Moreno spoke on Friday.")
    found = quotes(nlp, text)
    assert [q.kind for q in found if q.cue == ":"] == ["mixed"]
    assert all(q.kind != "direct" for q in found)


@pytest.mark.parametrize("text", [
    "The choir shared its plans towards the end of the concert in Leeds.",
    "The mayor gave his remarks towards the close of the meeting.",
])
def test_a_point_in_time_after_a_noun_cue_is_when_not_what(nlp: Any, text: str) -> None:
    assert not [q for q in quotes(nlp, text) if "the end" in said(text, q)
                or "the close" in said(text, q)]


def test_what_a_noun_cue_is_about_is_still_reported(nlp: Any) -> None:
    text = "The minister shared her plans for the new port."
    assert [said(text, q) for q in quotes(nlp, text)] == ["the new port"]


def test_a_sentence_the_parse_broke_on_a_word_goes_on_in_the_next(nlp: Any) -> None:
    text = "At the forum, Reyes cited hostile remarks Carter had made about nurses as proof."
    doc = nlp.make_doc(text)
    for token in doc:  # the break a parse can make before a name
        token.is_sent_start = token.i == 0 or token.text == "Carter"
    found = list(extract_quotes(nlp(doc), []))
    assert [said(text, q) for q in found] == [
        "hostile remarks Carter had made about nurses as proof"]


def test_what_is_plain_with_nobody_named_is_a_quote_without_speaker(nlp: Any) -> None:
    text = "It is obvious that the budget will not balance this year."
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == "that the budget will not balance this year"
    assert quote.speaker is None


@pytest.mark.parametrize("text", [
    "“The pier will reopen in June,” Garcia continued, “and the market will follow.”",
    "“We will rebuild the pier,” the mayor said. “It may take two years,” she continued.",
    "“We trained hard all winter,” the coach said. “Nobody gave up,” he went on.",
])
def test_going_on_beside_a_quote_is_its_cue(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.cue in ("continued", "went on")]
    assert found
    assert all(q.kind == "direct" and q.speaker is not None for q in found)


def test_going_on_with_something_else_is_no_cue(nlp: Any) -> None:
    assert quotes(nlp, "Prices continued to fall on Monday. The talks went on for hours.") == []


@pytest.mark.parametrize(("text", "what"), [
    ("Asked whether the ferry should run at night, 61 percent of islanders said yes.", "yes"),
    ("When the chairman asked for a show of hands, the members said no, no, no.", "no, no, no"),
])
def test_an_answer_in_a_word_is_what_was_said(nlp: Any, text: str, what: str) -> None:
    assert what in [said(text, q) for q in quotes(nlp, text) if q.cue == "said"]


@pytest.mark.parametrize(("text", "speaker", "what"), [
    ('Outside the hall she waved a sign, which read "Save Our Ferry", at the cameras.',
     "a sign", "Save Our Ferry"),
    ("One banner read “No new tolls,” and another named the mayor.", "One banner",
     "No new tolls"),
])
def test_a_thing_written_reads_what_it_says(nlp: Any, text: str, speaker: str,
                                            what: str) -> None:
    assert [(who, words.rstrip(",")) for who, words in by_cue(nlp, text, "read")] == [
        (speaker, what)]


def test_a_person_reading_a_book_is_no_text_saying_it(nlp: Any) -> None:
    text = 'The mayor read "The Old Man and the Sea" twice last summer.'
    assert [q for q in quotes(nlp, text) if q.cue == "read"] == []


@pytest.mark.parametrize(("text", "speaker", "what"), [
    ("Lena Ruiz, a self-described optimist, runs the ferry.", "Lena Ruiz", "optimist"),
    ("Ruiz, a baker and self-proclaimed food critic, opened a new shop.", "Ruiz",
     "food critic"),
])
def test_what_somebody_calls_themselves_is_their_claim(nlp: Any, text: str, speaker: str,
                                                        what: str) -> None:
    assert by_cue(nlp, text, "self-") == [(speaker, what)]


def test_no_opening_a_clause_is_no_answer(nlp: Any) -> None:
    text = "The lawyer said no decision had been made about an appeal."
    assert [said(text, q) for q in quotes(nlp, text)] == ["no decision had been made about an "
                                                          "appeal"]


def test_a_poll_labelling_a_headline_reports_it(nlp: Any) -> None:
    text = "Poll: Most Farmers Back The New Water Plan.\n\nThe survey was taken in May."
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == "Most Farmers Back The New Water Plan."
    assert quote.speaker == "Poll"


@pytest.mark.parametrize(("text", "speaker", "what"), [
    ("Okafor to Port Board: We Will Not Pay the New Fees.\n\nMayor Nora Okafor wrote on Monday.",
     "Okafor", "We Will Not Pay the New Fees"),
    ("Ramirez on the Ferry Cuts: The Islands Will Empty.\n\nSenator Maria Ramirez spoke in May.",
     "Ramirez", "The Islands Will Empty"),
])
def test_a_headline_naming_whom_or_what_somebody_speaks_of_gives_what_they_say(
        nlp: Any, text: str, speaker: str, what: str) -> None:
    (quote,) = [q for q in quotes(nlp, text) if q.cue == ":"]
    assert said(text, quote) == what
    assert speaker in (quote.speaker or "")


@pytest.mark.parametrize("text", [
    "Road to Recovery: The Town Rebuilds After the Flood.\n\nThe river rose in May.",
    "A Modest Plan to Save the Ferry: Sell the Old Boats.\n\nThe council met in May.",
    "Limited Tools to Fight Floods: The Dams Are Old.\n\nLimited Tools is a firm in Leeds.",
])
def test_a_headline_heading_with_to_or_on_names_nobody(nlp: Any, text: str) -> None:
    assert [q for q in quotes(nlp, text) if q.cue == ":"] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("The regional council did not publicly comment on the flooding.", "did not publicly comment"),
    ("The senator never said that the bill would pass.", "never said"),
    ("The mayor said the road would reopen.", "said"),
])
def test_a_negated_cue_is_shown_with_its_negation(nlp: Any, text: str, cue: str) -> None:
    assert [q.cue for q in quotes(nlp, text)] == [cue]


@pytest.mark.parametrize("text", [
    '"Absolutely not," the mayor said when the vote was over.',
    '"Certainly not," said the coach.',
])
def test_a_no_inside_the_quote_is_not_the_cues_negation(nlp: Any, text: str) -> None:
    assert [q.cue for q in quotes(nlp, text) if q.kind == "direct"] == ["said"]


def test_a_price_list_is_no_transcript(nlp: Any) -> None:
    assert quotes(nlp, "Ticket prices\n\nVIP: $120\n\nR: $95\n\nS: $70") == []


def test_a_content_of_function_words_alone_is_no_quote(nlp: Any) -> None:
    text = ("The reaction from the crowd was rapturous and they called for more even as the "
            "lights came up.")
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("dateline", ["OSLO (Reuters) — ", "LIMA, Peru (AP) — ", "ROME — "])
def test_a_claim_opening_a_report_starts_after_its_dateline(nlp: Any, dateline: str) -> None:
    text = f"Minister in row\n\n{dateline}The minister was accused of lying about the deal."
    assert [said(text, q) for q in quotes(nlp, text)] == [
        "The minister was accused of lying about the deal"]


def test_a_short_quote_standing_alone_is_said_by_whom_the_sentence_before_is_about(
        nlp: Any) -> None:
    text = 'Tom Brady lives next door. He shook his head. "Nobody called. Nobody knocked."'
    assert [(q.speaker, said(text, q)) for q in quotes(nlp, text)] == [
        ("Tom Brady", "Nobody called. Nobody knocked.")]
    assert quotes(nlp, 'The storm hit at dawn. "Nobody called."') == []


@pytest.mark.parametrize("text", [
    "Best gadgets of the year\n\nAmazon Echo Buds for $130\n\nThe earbuds are cheap.",
    "Samsung Galaxy Note 10 Plus for $840\n\nIt is the best phone.",
    "Let us know what your favorite gadget is.",
    "The tour kicks off June 9th in Miami and concludes October 10th in Houston.",
    "The committee concluded its third public hearing on Thursday.",
])
def test_product_names_invitations_and_dates_are_no_statements(nlp: Any, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    "She had to learn Portuguese the hard way.",
    "The rookies learned a great deal from the defeat.",
])
def test_what_somebody_learns_is_no_statement(nlp: Any, text: str) -> None:
    assert quotes(nlp, text) == []


def test_in_the_words_of_gives_whose_words_follow(nlp: Any) -> None:
    text = 'In the words of one county clerk, "We are not divided. We are exhausted."'
    assert [(q.speaker, q.cue, said(text, q)) for q in quotes(nlp, text)] == [
        ("one county clerk", "In the words of", "We are not divided. We are exhausted.")]


def test_what_you_think_outside_quote_marks_is_the_writer_speaking_to_the_reader(
        nlp: Any) -> None:
    text = ("If you plan to sell the house, you should expect the bank to ask for proof. "
            "Agents say buyers are cautious. \"You never know what they want,\" one agent said.")
    found = quotes(nlp, text)
    assert [q.speaker for q in found if (q.speaker or "").lower() == "you"] == []
    assert any(said(text, q).startswith("buyers are cautious") for q in found)
    assert any(said(text, q).startswith("You never know") for q in found)


@pytest.mark.parametrize("text", [
    "The sale ends Friday, so make sure to order early.",
    "Stocks fell on Monday, so be sure you check your pension.",
    "However safe the route looks, consider what might go wrong.",
])
def test_what_an_imperative_tells_the_reader_is_nobodys_quote(nlp: Any, text: str) -> None:
    assert quotes(nlp, text) == []


def test_a_question_heading_is_no_quote_of_what(nlp: Any) -> None:
    text = "WHAT SAY YOU, CITY COUNCIL?\n\nThe council will vote on the bridge plan on Monday."
    assert [q.speaker for q in quotes(nlp, text) if (q.speaker or "").lower() == "what"] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Nora Blake tried the dish first. “It needs salt,” she laughed.", "Nora Blake"),
    ("Nora Blake was asked about the menu.\n\nShe continued, “We will add two soups.”",
     "Nora Blake"),
    ("Nora Blake spoke to the staff on Monday. She said:\n\n“Nobody will lose a shift.”",
     "Nora Blake"),
    # a raised voice, on a verb joined by "and" to the one that has the subject
    ("Nora Blake raised her glass and then boomed, “The kitchen stays open!”", "Nora Blake"),
])
def test_a_frame_of_manner_or_a_colon_gives_a_quote_its_speaker(nlp: Any, text: str,
                                                                speaker: str) -> None:
    (quote,) = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert quote.speaker == speaker


def test_an_abbreviation_before_the_comma_does_not_end_the_quote(nlp: Any) -> None:
    text = ("“Rents keep rising faster than wages in the U.S.,” Dana Ortiz said. "
            "“Nobody in our block can keep up.”")
    direct = only(pieces(nlp, text), "direct")
    assert [q.speaker for q in direct] == ["Dana Ortiz", "Dana Ortiz"]


def test_going_on_after_a_quote_frames_it_like_a_verb_of_manner(nlp: Any) -> None:
    text = ("“We can fix the roads, right?” Ella Finch went on, smiling at the crowd. "
            "“But it takes money.”")
    direct = only(pieces(nlp, text), "direct")
    assert [(q.speaker, q.cue) for q in direct] == [("Ella Finch", "went on")] * 2


def test_a_quote_after_a_relative_clause_about_the_speaker_keeps_the_speaker(nlp: Any) -> None:
    text = ("“We will keep the library open,” said Ana Ruiz, whom the council hired in May, and "
            "who is now supporting the mayor. “Nobody in this town wants the branch closed.”")
    direct = only(quotes(nlp, text), "direct")
    assert len(direct) == 2
    assert all("Ruiz" in (q.speaker or "") for q in direct)


@pytest.mark.parametrize("name", ["Nora Okafor", "Okafor"])
def test_a_quote_after_a_headline_name_label_is_that_person_s_direct_quote(
        nlp: Any, name: str) -> None:
    text = f"{name}: 'We will add two soups to the menu.'\n\nThe chef spoke to staff on Monday."
    (quote,) = quotes(nlp, text)
    assert (quote.kind, said(text, quote)) == ("direct", "We will add two soups to the menu.")
    assert "Okafor" in (quote.speaker or "")


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("“The bridge is a triumph,” Mayor Ruth Okafor said on Monday. She pushed the council to "
     "“finish the second span before the winter storms arrive.”", "Ruth Okafor", "pushed"),
    ("Councillor Amir Haddad spoke last. He egged on the crowd with lines like “this city "
     "deserves a bridge that does not rust.”", "Amir Haddad", "egged"),
])
def test_a_quote_governed_by_its_sentences_verb_takes_that_verb_as_its_cue(
        nlp: Any, text: str, speaker: str, cue: str) -> None:
    last = [q for q in quotes(nlp, text) if q.kind == "direct"][-1]
    assert text[last.span.start : last.span.end].startswith(("finish", "this city"))
    assert (last.speaker, last.cue) == (speaker, cue)


def test_a_quote_inside_somebodys_reported_clause_stays_theirs(nlp: Any) -> None:
    text = ("Senator Lena Ortiz said on Friday that the mayor hid the audit and “the next "
            "report will be quietly buried as well.”")
    (quote,) = [q for q in quotes(nlp, text) if "buried" in text[q.span.start : q.span.end]]
    assert quote.speaker == "Lena Ortiz"


@pytest.mark.parametrize("text", [
    "“We sold out in an hour,” the singer Dana Reyes said. The band closed the night with "
    "“Walking Home Along the River,” the title track of its new album.",
    "The council met on Tuesday. Members were handed copies of “A Plan for the Harbour "
    "Front” before the vote.",
])
def test_a_title_cased_quote_with_no_cue_is_a_title_not_a_quote(nlp: Any, text: str) -> None:
    assert [q for q in quotes(nlp, text) if "Walking" in text[q.span.start : q.span.end]
            or "Harbour" in text[q.span.start : q.span.end]] == []


@pytest.mark.parametrize("text", ["Hospital 'night shifts' questioned",
                                  "School 'smartphone ban' criticised"])
def test_words_inside_their_own_speaker_are_no_quote(nlp: Any, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("Spain, who will next face defending champion Croatia on Thursday, lost the opener.", []),
    ("The defending world champions lost to Peru in the opening game.", []),
    ("She spent the night defending her plan to reporters.", ["her plan"]),
])
def test_a_defending_champion_defends_nothing_in_words(nlp: Any, text: str,
                                                       kept: list[str]) -> None:
    assert [said(text, q) for q in quotes(nlp, text)] == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("The Kenyan runner will defend her title in Boston next month.", []),
    ("Ortega switched to the hurdles in 2019 but contested the 800m at the national trials.",
     []),
    ("The veteran MP will not defend his seat at the next election.", []),
    ("The union will contest the dismissals in court.", ["the dismissals in court"]),
    ("At 37, Moreau is still good enough to challenge Vance in the final.", []),
    ("The senator challenged the minister over the missing funds.",
     ["the minister over the missing funds"]),
])
def test_a_title_a_race_or_a_seat_is_competed_for_not_argued(nlp: Any, text: str,
                                                             kept: list[str]) -> None:
    assert [said(text, q) for q in quotes(nlp, text)] == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("The new dock has a spot for charging electric forklifts with solar batteries.", []),
    ("Critics charged that the council had hidden the costs.",
     ["that the council had hidden the costs"]),
])
def test_charging_a_battery_says_nothing(nlp: Any, text: str, kept: list[str]) -> None:
    assert [said(text, q) for q in quotes(nlp, text)] == kept


@pytest.mark.parametrize(("text", "sentence"), [
    ("UPDATE 3\n“We will finish by May,” the mayor said on Monday.",
     "“We will finish by May,” the mayor said on Monday."),
    ("The mayor said the crane would arrive in May\nOfficials confirmed the date later",
     "The mayor said the crane would arrive in May"),
])
def test_a_quotes_sentence_stays_in_its_paragraph(nlp: Any, text: str, sentence: str) -> None:
    (quote,) = quotes(nlp, text)
    assert quote.sentence is not None
    assert quote.sentence.of(text) == sentence


def test_a_title_after_entitled_is_nobodys_quote(nlp: Any) -> None:
    text = ("The show - entitled ‘Stones under Stones under Stones‘ and meant to present the "
            "new range of lamps - opens on Friday.")
    assert [said(text, q) for q in quotes(nlp, text)] == []


@pytest.mark.parametrize("owner", ["WXYZ's", "the station’s", "Channel Nine's"])
def test_a_name_quoted_after_its_owner_is_nobodys_quote(nlp: Any, owner: str) -> None:
    """ 'said on WXYZ's "Morning Desk"': the programme's name is no quote of the speaker's."""
    text = (f'"The bridge is safe," Lopez said on {owner} "Morning Desk" on Friday. '
            '"It was inspected last year."')
    assert [said(text, q) for q in pieces(nlp, text)] == [
        "The bridge is safe", "It was inspected last year."]


@pytest.mark.parametrize(("text", "short"), [
    ("A firm the founder controlled sold the company the right to use the word “Nova” for $2 "
     "million, though he later asked the board to cancel the deal.", []),
    ("Mayor Ruth Okafor has used the phrase “harbour first” often, and praised the council for "
     "its plan.", ["harbour first"]),
])
def test_a_word_named_is_nobodys_quote_unless_somebody_uses_it(nlp: Any, text: str,
                                                              short: list[str]) -> None:
    assert [said(text, q) for q in quotes(nlp, text) if len(said(text, q)) < 15] == short


@pytest.mark.parametrize("text", [
    "There's no reason to think the ferry will sail again this winter.",
    "There is every reason to believe the harbour master will resign.",
])
def test_what_there_is_reason_to_think_has_no_speaker(nlp: Any, text: str) -> None:
    """The writer weighs it; the noun "reason" is nobody who says it."""
    found = quotes(nlp, text)
    assert [said(text, q).split()[-1] for q in found] in (["winter"], ["resign"])
    assert [q.speaker for q in found] == [None]


def test_an_incentive_to_act_reports_nothing(nlp: Any) -> None:
    text = ("The incentive to build faster was plain: crews were paid by the mile. "
            "Ms. Adler said on Friday that the lowest-paid crews earn $14 an hour.")
    found = quotes(nlp, text)
    assert [(q.speaker, said(text, q)[:8]) for q in found] == [("Adler", "that the")]


@pytest.mark.parametrize(("text", "speaker", "linked"), [
    ("Tim Okafor testified on Tuesday. Okafor's lawyer said the question was improper.",
     "Okafor's lawyer", False),
    ("Rita Vance spoke on Monday. A communications aide for Ms. Vance, who funded the campaign, "
     "said that the figures were wrong.", "A communications aide for Ms. Vance", False),
    ("A lawyer for Dana Pike, Victor Lund, said that his client would appeal.", "Victor Lund",
     True),
    ("A spokesman for the Interior Ministry said that the drill was routine.",
     "Interior Ministry", True),
])
def test_who_speaks_for_a_person_is_somebody_else(nlp: Any, text: str, speaker: str,
                                                  linked: bool) -> None:
    """A lawyer, aide or spokesman of a person is not that person; a body's spokesman speaks
    as the body; a name beside "a lawyer for X" is the lawyer's own."""
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == [speaker]
    assert (found[0].speaker_entity is not None) == linked


PETRENKO = ('"We never doubted the plan," said Ivan Petrenko, a pollster who worked with '
            'Mr. Holt for years and called him a careful planner. "Every ballot was counted '
            'twice."')


def test_a_quote_after_a_description_of_its_speaker_is_still_his(nlp: Any) -> None:
    """The second quote goes on from "said Ivan Petrenko", not from the cue of the relative
    clause that describes him ("whose firm worked ... and called him ...")."""
    text = PETRENKO.replace("a pollster who worked", "whose firm worked")
    last = quotes(nlp, text)[-1]
    assert (said(text, last), last.speaker) == ("Every ballot was counted twice.",
                                                "Ivan Petrenko")


def test_a_description_set_beside_a_name_speaks_as_that_person(nlp: Any) -> None:
    called = next(q for q in quotes(nlp, PETRENKO) if q.cue == "called")
    assert called.speaker == "Ivan Petrenko"


def test_a_dateline_is_no_part_of_its_speaker(nlp: Any) -> None:
    text = "NAIROBI - African ministers met on Tuesday to discuss the drought in the region."
    assert [q.speaker for q in quotes(nlp, text)] == ["African ministers"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The minister of defence said the drill was routine.", "The minister of defence"),
    ("A member of the committee said the vote was delayed.", "A member of the committee"),
])
def test_a_role_keeps_the_office_it_is_of(nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "found"), [
    ("2018 Girls State Diving Results", []),
    ("Officials Say New Dam Is Safe", ["New Dam Is Safe"]),
])
def test_state_in_a_headline_is_a_noun(nlp: Any, text: str, found: list[str]) -> None:
    assert [said(text, q) for q in quotes(nlp, text)] == found


def test_an_office_that_announces_is_no_person(nlp: Any) -> None:
    text = ("A farmer pleaded guilty to selling tainted milk, the U.S. Attorney’s Office for "
            "the District of Maine announced Monday.")
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["U.S. Attorney’s Office"]  # the body, named whole


ASKED = ("The host asked Ruth Okafor how high the new seawall would be.\n\n"
         "“I think it could be ten feet. That is a good height.”\n\nThe crowd cheered.")


def test_a_quote_after_a_question_is_the_answer_of_the_one_asked(nlp: Any) -> None:
    answer = only(quotes(nlp, ASKED), "direct")
    assert [q.speaker for q in answer] == ["Ruth Okafor"]


@pytest.mark.parametrize("text", [
    "Ruth Okafor was asked if she would stand again. “I think so. The job is not done.”",
    "Ruth Okafor was asked whether the wall would hold.\n\n“It will hold for a century.”",
])
def test_a_quote_after_being_asked_is_the_answer_of_the_one_asked(nlp: Any, text: str) -> None:
    answer = only(quotes(nlp, text), "direct")
    assert [q.speaker for q in answer] == ["Ruth Okafor"]


def test_he_who_tells_somebody_is_not_that_somebody(nlp: Any) -> None:
    text = ("Sean Holt asked Tom Brandt how high the new wall would be.\n\n"
            "“I think it could be ten feet,” he told Holt.\n\nThe crowd cheered.")
    assert [q.speaker for q in only(quotes(nlp, text), "direct")] == ["Tom Brandt"]


@pytest.mark.parametrize("text", [
    "Asked if he would run again, the senator said he had not decided.",
    "When asked whether the plant would close, the manager said she could not say.",
    "Pressed on why the budget left out the library, the mayor replied that it was full.",
])
def test_a_question_put_to_somebody_is_nobody_named_s(nlp: Any, text: str) -> None:
    found = quotes(nlp, text)
    asked = [q for q in found if q.cue and q.cue.lower() in ("asked", "pressed")]
    assert len(asked) == 1
    assert asked[0].speaker is None
    answer = [q for q in found if q.cue in ("said", "replied")]
    assert answer
    assert answer[0].speaker is not None


def test_a_question_put_by_somebody_named_is_theirs(nlp: Any) -> None:
    found = quotes(nlp, "Asked by reporters whether she would resign, the minister said no.")
    asked = [q for q in found if q.cue == "Asked"]
    assert [q.speaker for q in asked] == ["reporters"]


def test_what_a_participle_of_belief_holds_is_the_subject_s(nlp: Any) -> None:
    found = quotes(nlp, "Convinced that the vote was rigged, the candidate refused to concede.")
    held = [q for q in found if q.cue == "Convinced"]
    assert [q.speaker for q in held] == ["the candidate"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Despite media pronouncements that the mayor had won the debate, polls showed a tie.",
     "pronouncements", "media"),
    ("While the governor evinces confidence that voters will back the plan, critics do not.",
     "confidence", "the governor"),
    ("The chairman lodged a complaint that the count had been rigged.", "complaint",
     "The chairman"),
])
def test_who_holds_a_statement_a_noun_names(nlp: Any, text: str, cue: str, speaker: str
                                              ) -> None:
    found = [q for q in quotes(nlp, text) if q.cue == cue]
    assert [q.speaker for q in found] == [speaker]


def test_what_something_is_key_to_knowing_is_nobody_s_quote(nlp: Any) -> None:
    found = quotes(nlp, "The survey is important for understanding how voters choose.")
    assert not [q for q in found if q.cue == "understanding"]
    kept = quotes(nlp, "The senator is famous for saying that nothing lasts.")
    assert [q.speaker for q in kept if q.cue == "saying"] == ["The senator"]


@pytest.mark.parametrize("text", [
    "The mayor has not explained the deal. Let’s hope the council asks him about it.",
    "Let's say you think a new roof will cost $20,000 in ten years.",
])
def test_let_s_is_the_writer_speaking_never_a_clitic(nlp: Any, text: str) -> None:
    (quote,) = [q for q in quotes(nlp, text) if q.cue in ("hope", "say")]
    assert quote.speaker in ("we", None)


@pytest.mark.parametrize(("text", "speaker"), [
    ('Two neighbours condemned the dam, with the Danish environment minister warning of '
     '"empty rivers".', "the Danish environment minister"),
    ('Both unions attacked the plan, with Danish Foreign Minister Lars Holm warning of '
     '"empty rivers".', "Lars Holm"),
])
def test_with_somebody_warning_of_a_quote_gives_it_to_them(
        nlp: Any, text: str, speaker: str) -> None:
    (quote,) = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert said(text, quote) == "empty rivers"
    assert (quote.speaker, quote.cue) == (speaker, "warning")


def test_with_a_warning_of_something_is_nobody_s_cue(nlp: Any) -> None:
    text = "He left the hearing with a police warning of more trouble."
    assert quotes(nlp, text) == []


LINKED = ("The minister spoke on Monday, warning: “Troops are already in the city. They are "
          "there to keep order.\n\n{label}: Port strikes: 300 ships wait outside the harbour\n\n"
          "“If the situation gets worse, the government will not sit on its hands and watch.”")


@pytest.mark.parametrize("label", ["SEE MORE", "Read more", "Related"])
def test_a_link_to_another_article_says_nothing_and_does_not_part_a_quote(
        nlp: Any, label: str) -> None:
    text = LINKED.format(label=label)
    found = quotes(nlp, text)
    assert [said(text, q)[:6] for q in found] == ["Troops", "If the"]
    assert [q.speaker for q in found] == ["The minister", "The minister"]


def test_an_interview_s_questions_are_the_interviewer_s_and_its_answers_the_interviewee_s(
        nlp: Any) -> None:
    text = ("Our reporter spoke to Jane Doe, the new head of the city library, about her first "
            "month.\n\nQ: What do you read first in the morning?\n\n"
            "A: The local paper, then whatever the children bring back.\n\n"
            "Q: Favorite books?\n\nA: Anything by Toni Morrison, and old atlases.")
    found = sorted(quotes(nlp, text), key=lambda q: q.span.start)
    assert [(said(text, q), q.speaker) for q in found] == [
        ("What do you read first in the morning?", "the interviewer"),
        ("The local paper, then whatever the children bring back.", "Jane Doe"),
        ("Favorite books?", "the interviewer"),
        ("Anything by Toni Morrison, and old atlases.", "Jane Doe")]


def test_an_interview_naming_nobody_or_several_before_it_is_answered_by_the_interviewee(
        nlp: Any) -> None:
    for intro in ("The mayor sat down with us last week.",
                  "Tom Reyes and Ana Silva run the bakery on Main Street."):
        text = f"{intro}\n\nQ: When do you start work?\n\nA: At four, every day but Sunday."
        found = sorted(quotes(nlp, text), key=lambda q: q.span.start)
        assert [q.speaker for q in found] == ["the interviewer", "the interviewee"], intro


@pytest.mark.parametrize("text", [
    'She once hosted a late-night show called "Ask the Doctor" at local fairs, where the '
    'audience shouted out questions.',
    'One of her cards, a poem called "Winter Light, Harbour Road," went on to win a prize.',
    'Dale Moss explained on an episode of their podcast "Money Matters." Cutting costs is the '
    'first step.',
])
def test_a_work_s_quoted_title_is_no_quote_even_beside_a_cue(nlp: Any, text: str) -> None:
    found = quotes(nlp, text)
    assert not [q for q in found if q.kind == "direct"], [said(text, q) for q in found]


@pytest.mark.parametrize("text", [
    'The senator talked about the budget in an interview with "Morning Call," saying he did '
    'not expect a deal.',
    'The band, playing its usual set, added new tunes including "Paloma Blanca" and "Rio '
    'Grande."',
    'The "Harbour Lights" singer said on Monday that she would tour again.',
    'The caretaker, who goes by "Benny," said the roof had been fixed.',
])
def test_a_capitalised_name_after_a_preposition_or_before_its_noun_is_no_quote(
        nlp: Any, text: str) -> None:
    assert not only(quotes(nlp, text), "direct"), [said(text, q) for q in quotes(nlp, text)]


@pytest.mark.parametrize(("text", "words"), [
    ('The crowd chanted "Open The Gates!" at the mayor.', "Open The Gates!"),
    ('"We Will Win," the mayor said.', "We Will Win"),
])
def test_capitalised_words_said_or_exclaimed_are_still_quotes(nlp: Any, text: str,
                                                              words: str) -> None:
    assert [said(text, q) for q in only(quotes(nlp, text), "direct")] == [words]


@pytest.mark.parametrize("marks", [("''", "''"), ("“", "”")])
def test_a_single_quoted_line_in_an_article_quoting_in_double_marks_is_a_subheading(
        nlp: Any, marks: tuple[str, str]) -> None:
    opening, closing = marks
    text = (f"The ferry firm will cut two routes, its chief said.\n\n{opening}We have no "
            f"choice,{closing} said Ana Lopes, the chief executive. {opening}The boats are "
            f"old.{closing}\n\n‘A slow goodbye.’\n\nOn the docks, workers were quiet.")
    assert "A slow goodbye." not in [said(text, q) for q in quotes(nlp, text)]


def test_a_single_quoted_line_among_single_quoted_speech_is_still_a_quote(nlp: Any) -> None:
    text = ("'We have no choice,' said Ana Lopes, the chief executive. 'The boats are old.'"
            "\n\n'A slow goodbye.'\n\nOn the docks, workers were quiet.")
    assert "A slow goodbye." in [said(text, q) for q in quotes(nlp, text)]


def test_a_quote_dated_by_a_year_in_brackets_is_a_slogan_or_a_title(nlp: Any) -> None:
    text = ("The party's posters read “No Tolls on Our Roads” (2012) and “Trains, not lanes, "
            "for every town” (2016).")
    assert [said(text, q) for q in quotes(nlp, text)] == []


@pytest.mark.parametrize("text", [
    '"The pier will open in May," the mayor said on KXLR\'s "Mornings with Dana Fox" on Friday.',
    'The actor, a judge on "Skating with the Mayors," said the show would return in June.',
])
def test_a_title_keeps_its_short_prepositions_in_lower_case(nlp: Any, text: str) -> None:
    assert [said(text, q) for q in quotes(nlp, text) if "with" in said(text, q)] == []


def test_a_short_quote_after_known_as_is_a_name(nlp: Any) -> None:
    text = ('A plan for a levy on boats, known as the "harbour tax" after Mayor Lena Ortiz, who '
            'argued for it in 2019, will be voted on.')
    assert "harbour tax" not in [said(text, q) for q in quotes(nlp, text)]


def test_quoted_words_after_a_work_s_noun_are_still_somebody_s(nlp: Any) -> None:
    text = 'The critic said the film "drags on and on," and left early.'
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "The critic"
    assert '"drags on and on,"' in said(text, quote)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The mayor said the budget was tight, but "we will find the money."',
         'the budget was tight, but "we will find the money."'),
        ('Ortiz said the team had struggled, and "we know we have to be better."',
         'the team had struggled, and "we know we have to be better."'),
    ],
)
def test_a_quote_joined_to_a_reported_clause_goes_on_with_it(
        nlp: Any, text: str, content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert (quote.kind, quote.span.of(text)) == ("mixed", content)


def test_a_quote_joined_to_another_speakers_cue_is_theirs(nlp: Any) -> None:
    text = ('The minister said the talks had failed, but the union said "we are still ready '
            'to talk."')
    assert [(q.kind, q.speaker) for q in quotes(nlp, text)] == [
        ("indirect", "The minister"), ("direct", "the union")]


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ('As the mayor put it, the city is "flat broke."', "mixed",
         'the city is "flat broke."'),
        ("As the coach put it after the game, his team never gave up.", "indirect",
         "his team never gave up"),
    ],
)
def test_a_sentence_opening_with_as_somebody_put_it_is_what_they_put_so(
        nlp: Any, text: str, kind: str, content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert (quote.kind, quote.span.of(text)) == (kind, content)


def test_as_somebody_put_it_after_a_clause_gives_only_the_quoted_words(nlp: Any) -> None:
    text = 'The city, as the mayor put it, is "flat broke."'
    assert [(q.kind, q.span.of(text)) for q in quotes(nlp, text)] == [("direct", "flat broke.")]


@pytest.mark.parametrize(
    ("text", "asked"),
    [('Grant says of her decision to quit: "It was time."', []),
     ('Asked about her decision to resign, Grant said: "It was time."',
      [("indirect", "her decision to resign", None)])],
)
def test_a_noun_spoken_of_is_no_cue_of_its_own(
        nlp: Any, text: str, asked: list[tuple[str, str, str | None]]) -> None:
    assert [(q.kind, q.span.of(text), q.speaker) for q in quotes(nlp, text)] == [
        *asked, ("direct", "It was time.", "Grant")]


def test_a_plan_spoken_of_is_still_what_is_said(nlp: Any) -> None:
    text = "The senator talked about his plan to run for governor."
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == "his plan to run for governor"


def test_a_sentence_opening_with_as_somebody_said_is_what_they_said(nlp: Any) -> None:
    text = "As the mayor said, the city is broke."  # the parse hangs the comma on "said"
    found = quotes(nlp, text)
    assert [(said(text, q), q.speaker) for q in found] == [("the city is broke", "the mayor")]


def test_as_somebody_said_this_is_when_not_what(nlp: Any) -> None:
    assert quotes(nlp, "As he said this, the crowd cheered.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr Dobbs told ITV News Tory MPs would not get a second vote.",
         "Tory MPs would not get a second vote"),
        ("A senior officer told the Herald changes were being made.",
         "changes were being made"),
        ("Ms Varga told councillors on Monday money was needed to repair roads.",
         "money was needed to repair roads"),
    ],
)
def test_the_one_told_is_no_part_of_what_was_told(nlp: Any, text: str, content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr Dobbs told reporters the plan would fail.", "the plan would fail"),
        ("Mr Dobbs told Labour MPs Britain would lose.", "Britain would lose"),
        ("The mayor warned Labour MPs would lose their seats.",
         "Labour MPs would lose their seats"),
    ],
)
def test_a_subject_after_the_one_told_keeps_its_words(nlp: Any, text: str, content: str) -> None:
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr Dale said costs rose by 47.3%.", "costs rose by 47.3%"),
        ("Ms Orr said sales were down 40% and exports down about 10%.",
         "sales were down 40% and exports down about 10%"),
    ],
)
def test_a_percent_sign_closing_what_was_said_stays_with_its_number(
    nlp: Any, text: str, content: str
) -> None:
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == content


@pytest.mark.parametrize(
    "text",
    [
        "Ms Yara Dunn was arrested and said she had done nothing wrong.",
        "Mr Tobin was advised to step aside and said he had done nothing wrong.",
    ],
)
def test_a_cue_joined_to_a_passive_verb_is_said_by_its_subject(nlp: Any, text: str) -> None:
    found = [(said(text, q), q.speaker) for q in quotes(nlp, text) if q.cue == "said"]
    assert len(found) == 1
    assert found[0][0].endswith("had done nothing wrong")
    assert found[0][1] in ("Yara Dunn", "Tobin")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The country's efforts to cool the economy will continue into next year, state media "
         "report.", "state media"),
        ("Growth will slow next year, the two economists report.", "the two economists"),
    ],
)
def test_a_closing_cue_the_parse_took_for_a_noun_reports_the_clause_before(
    nlp: Any, text: str, speaker: str
) -> None:
    (quote,) = quotes(nlp, text)
    assert (said(text, quote), quote.speaker, quote.cue) == (
        text[: text.index(",")], speaker, "report")


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Six pupils are believed to have been picked, according to officials, although "
         "the school would not comment.",
         ["Six pupils are believed to have been picked"]),
        ("Ten people were hurt, according to police, who said the driver fled.",
         ["Ten people were hurt", "the driver fled"]),
        ("Sales fell in 2013, according to the firm, and profits rose in 2014.",
         ["Sales fell in 2013, according to the firm, and profits rose in 2014"]),
    ],
)
def test_according_to_set_off_before_the_writers_clause_closes_its_own(
    nlp: Any, text: str, contents: list[str]
) -> None:
    assert [said(text, q) for q in quotes(nlp, text)] == contents


def test_an_object_and_a_tensed_verb_the_parse_split_are_one_reported_clause(nlp: Any) -> None:
    text = ("But he added some plants, such as the Kestrel works and the Falcon mill (FM), were "
            "making steady profits.")
    (quote,) = quotes(nlp, text)
    assert said(text, quote) == text[text.index("some") : -1]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("He criticised the plan, said it would fail.", ["the plan", "it would fail"]),
        ("The mayor denied the claims, was later seen leaving.", ["the claims"]),
    ],
)
def test_a_second_verb_of_the_speakers_own_is_not_the_objects(
    nlp: Any, text: str, contents: list[str]
) -> None:
    assert [said(text, q) for q in quotes(nlp, text)] == contents


def test_a_sum_in_millions_closing_a_sentence_does_not_carry_the_quote_on(nlp: Any) -> None:
    text = ('Ms Orr said the studio was sold for £17m. "We are pleased with the price," '
            "said Tom Reyes.")
    found = quotes(nlp, text)
    assert [said(text, q) for q in found] == [
        "the studio was sold for £17m", "We are pleased with the price"]
    assert [q.speaker for q in found] == ["Orr", "Tom Reyes"]


def test_putting_it_somewhere_is_no_saying(nlp: Any) -> None:
    text = "Its rating now sits at 'AA '. The upgrade has put it in the same band as Chile."
    assert all(q.cue != "put it" for q in quotes(nlp, text))


def test_as_somebody_put_it_in_a_speech_still_says(nlp: Any) -> None:
    text = 'As the mayor put it in a speech, the city is "flat broke."'
    assert [(q.cue, q.speaker) for q in quotes(nlp, text)] == [("put it", "the mayor")]


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        ("Asked about the delay, Ms. Okafor shot back: “Ask the contractor.”",
         "Ask the contractor.", "Okafor"),
        ("“Read the report first,” Coach Dale Ivers fired back.", "Read the report first",
         "Dale Ivers"),
    ],
)
def test_a_retort_shot_or_fired_back_frames_its_quote(nlp: Any, text: str, said: str,
                                                      speaker: str) -> None:
    found = [(q.span.of(text), q.speaker) for q in quotes(nlp, text)]
    assert (said, speaker) in found


def test_a_retort_in_the_sentence_after_a_finished_quote_frames_nothing(nlp: Any) -> None:
    text = ("The rival called him “a spent force.” Lee fired back in March, mocking the rival's "
            "record on housing.")
    assert all(q.speaker != "Lee" for q in quotes(nlp, text) if "spent" in q.span.of(text))


@pytest.mark.parametrize(("text", "asker"), [
    ("The harbour master, asked about the closure by reporters, said the port would reopen soon.",
     "reporters"),
    ("Councillor Maya Hurst, asked about the parking fees, said she would vote against them.",
     None),
])
def test_a_participle_set_off_after_its_subject_asks_them_no_statement_of_theirs(
        nlp: Any, text: str, asker: str | None) -> None:
    found = [(q.cue, q.speaker) for q in quotes(nlp, text)]
    assert found[0] == ("asked about", asker)
    assert [cue for cue, _ in found[1:]] == ["said"]


@pytest.mark.parametrize(("text", "topic"), [
    ("Asked about the bridge tolls, the governor said they would stay.", "the bridge tolls"),
    ("“We will see,” the coach said when asked about the transfer fee.", "the transfer fee"),
    ("Nadia Osei has been asked about the delay.", "the delay"),
    ("Asked if he was ever afraid, the climber said no.", "if he was ever afraid"),
    ("Asked if it had seemed he was giving up on the race, Lind replied that he was not.",
     "if it had seemed he was giving up on the race"),
])
def test_a_question_put_to_somebody_is_what_nobody_named_asks(
        nlp: Any, text: str, topic: str) -> None:
    asked = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.lower().startswith(
        "asked")]
    assert [(q.span.of(text), q.speaker) for q in asked] == [(topic, None)]


def test_a_clause_after_a_label_s_colon_has_its_own_cue(nlp: Any) -> None:
    text = ("Exclusive: Governor warns budget cuts will hurt schools.\n\n"
            "The governor spoke on Monday.")
    assert [(q.span.of(text), q.speaker) for q in quotes(nlp, text) if q.cue == "warns"] == [
        ("budget cuts will hurt schools", "Governor")]


def test_a_cue_inside_what_a_label_says_leaves_the_label_its_statement(nlp: Any) -> None:
    text = "Obama camp: Romney’s plan threatens rural schools.\n\nThe campaign said so on Monday."
    said = [q for q in quotes(nlp, text) if q.span.start < text.index("\n")]
    assert [(q.span.of(text), q.speaker) for q in said] == [
        ("Romney’s plan threatens rural schools", "Obama camp")]


def test_a_short_quote_after_a_headline_label_is_what_the_one_named_says(nlp: Any) -> None:
    text = ("Warren on Rising Rents: ‘I Doubt They Will.’\n\nFriday on CNN, Sen. Elizabeth "
            "Warren told host Jake Tapper she expected rents to fall.")
    headline = [q for q in quotes(nlp, text) if q.span.start < text.index("\n")]
    assert [(q.span.of(text), q.speaker) for q in headline] == [
        ("I Doubt They Will.", "Elizabeth Warren")]


def test_a_quote_opening_its_line_is_no_label(nlp: Any) -> None:
    text = ("Some users mocked the slogan.\n\n“West Virginia: if we were any prouder, we’d be "
            "Texas,” one user joked.\n\nAnother user agreed.")
    sent = next(s for s in nlp(text).sents if "Virginia" in s.text)
    assert all(a.cue[1] - a.cue[0] != 1 or sent.doc[a.cue[0]].text != ":"
               for a in attributions(sent))


@pytest.mark.parametrize("text", [
    "Having asked about the fees, the mayor left the meeting.",
    "The senator asked about the fees before the vote.",
])
def test_one_who_asks_about_something_states_nothing(nlp: Any, text: str) -> None:
    assert all(q.speaker is not None for q in quotes(nlp, text))


@pytest.mark.parametrize(("text", "speaker"), [
    ('The council approved the plan, in a move branded a "costly blunder" by residents.',
     "residents"),
    ('The minister announced new rules, in a decision described as "reckless" by the unions.',
     "the unions"),
])
def test_a_scare_quote_a_thing_is_called_by_somebody_is_theirs(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(("text", "span", "speaker"), [
    ('The new parking rules were described as "a shambles" by local traders.',
     "a shambles", "local traders"),
    ('The ferry timetable was referred to as "a work of fiction" by commuters.',
     "a work of fiction", "commuters"),
    ('His remarks were described as "careless" and "hurtful" by the Refugee Council.',
     '"careless" and "hurtful"', "Refugee Council"),
    ("The stadium deal was described as reckless by the city auditor.",
     "reckless", "the city auditor"),
])
def test_a_passive_verb_of_naming_has_its_by_as_speaker_and_the_quote_stops_before_it(
        nlp: Any, text: str, span: str, speaker: str) -> None:
    (quote,) = quotes(nlp, text)
    assert (quote.span.of(text), quote.speaker) == (span, speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    ('The new stadium was dubbed "the money pit" by residents.', "residents"),
    ('Proposals for the tunnel, which were dubbed "a fantasy" by engineers, were dropped.',
     "engineers"),
    # a reduced relative: no cue of its own, only the passive verb of naming
    ('The ferry levy, dubbed "the harbour tax" by its critics, ended in May.', "its critics"),
    ('The new bridge, nicknamed "the Wobbler" by cyclists, opened in 2009.', "cyclists"),
])
def test_a_name_dubbed_by_somebody_named_is_their_quote(nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.kind == "direct"] == [speaker]


def test_a_noun_keeps_its_own_by_after_a_passive_verb_of_naming(nlp: Any) -> None:
    text = "The blockade was described as an attack by the navy on free trade."
    (quote,) = quotes(nlp, text)
    assert quote.span.of(text) == "an attack by the navy on free trade"


@pytest.mark.parametrize("text", [
    'Tom Hale, known to his team mates as "the Hammer", said he would retire in May.',
    '"We loved it," Mr Diaz said. His rival Ray Cole, known by his fans as "Dracula", won the '
    "title six times.",
])
def test_a_name_somebody_is_known_by_among_others_is_no_quote(nlp: Any, text: str) -> None:
    assert not [q for q in quotes(nlp, text) if q.span.of(text) in ("the Hammer", "Dracula")]


@pytest.mark.parametrize(("text", "span"), [
    ('Queues at the border have reached "chaotic" levels, a group of hauliers and farmers has '
     "warned.", 'Queues at the border have reached "chaotic" levels'),
    ('Fees at the college have reached "ridiculous" levels, a union of lecturers and students '
     "has complained.", 'Fees at the college have reached "ridiculous" levels'),
])
def test_a_clause_that_goes_on_past_its_quote_runs_to_the_comma_before_the_frame(
        nlp: Any, text: str, span: str) -> None:
    (quote,) = quotes(nlp, text)
    assert (quote.span.of(text), quote.kind) == (span, "mixed")


def test_a_quote_whose_sentence_ends_right_after_its_mark_is_not_the_next_cues(nlp: Any) -> None:
    text = ('The ferries were part of the so called "island lifeline". The mayor added: "We will '
            'keep them running."')
    assert [q.span.of(text) for q in quotes(nlp, text)] == ["We will keep them running."]


@pytest.mark.parametrize("text", [
    '"We lost the match," the coach said. Morale in the squad was "very low".',
    'Such people are labelled "guests" by the council for its housing figures. Their numbers '
    'were "rising fast".',
    '"Nobody listens," Ms Okafor said. Turnout in the ward was "dismal" again.',
])
def test_a_few_quoted_words_in_a_later_sentence_of_the_writer_are_not_the_quote_befores(
        nlp: Any, text: str) -> None:
    assert [q for q in quotes(nlp, text) if q.speaker is not None and q.span.start > 40] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("The club chairman, Ian Shaw, spoke to reporters on Friday. Asked if Tom Hale would coach "
     'again, he replied: "I have great respect for Tom and I hope he does."', "Ian Shaw"),
    ("The party leader, Ann Moss, spoke on Friday. Asked if Kate Lyle would stand again, she "
     'replied: "I have great respect for Kate and I hope she does."', "Ann Moss"),
])
def test_a_he_or_she_is_not_whom_their_own_words_name(nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Cardinal Luis Mendez spoke in Rome on Sunday. Thousands came. The cardinal added: \"We "
     'must heal."', "Luis Mendez"),
    ("Police commissioner Ann Reyes toured the city on Monday. The commissioner said crime had "
     "fallen.", "Ann Reyes"),
    ("Archbishop Paul Okeke opened the new school in March. The archbishop said it would take "
     "girls from every village.", "Paul Okeke"),
])
def test_the_title_of_a_named_churchman_or_officer_stands_for_them(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tory leader Tom Marsh spoke in Leeds. Lib Dem leader Ann Cole was in Bath. The Tory "
     "leader said taxes would fall.", "Tom Marsh"),
    ("Democratic senator Amy Fox spoke first. Republican senator Joe Lane spoke next. The "
     "Democratic senator said the bill would pass.", "Amy Fox"),
])
def test_a_title_with_a_party_or_country_stands_for_who_was_given_it(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)][-1:] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Norfolk police chief Andy Hale backed the plan. Among its critics is the top policeman "
     "Sir Jim Moss. The Metropolitan police chief said the plan should be re examined.",
     "The Metropolitan police chief"),
    ("Greek finance minister Nikos Pappas met bankers on Monday. Markets rose. The Irish finance "
     "minister said the deal was fair.", "The Irish finance minister"),
])
def test_a_title_of_one_place_or_party_is_not_one_given_with_another(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)][-1:] == [speaker]


def test_a_name_said_to_hold_a_role_is_a_person_a_he_can_stand_for(nlp: Any) -> None:
    text = ("Gordon Brown said the cuts were needed. Sterling Fairweather is senior union officer "
            'at the depot. He said: "Nobody here wants to strike."')
    assert quotes(nlp, text)[-1].speaker == "Fairweather"


@pytest.mark.parametrize("text", [
    "All parties are stepping up campaigning before the general election, widely expected to "
    "be called for 5 May.",
    "The rebels took the hill towns in 1998, long seen as the key to the valley.",
])
def test_a_passive_participle_after_a_comma_is_not_said_by_the_clauses_subject(
        nlp: Any, text: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == []


@pytest.mark.parametrize("headline", ["Landlords warned over 'rent trap'",
                                      "'Mega council' merger plan touted"])
def test_a_headlines_bare_participle_is_a_passive_nobody_in_it_says(
        nlp: Any, headline: str) -> None:
    text = f"{headline}\n\nThe housing charity Shelter said tenants were at risk."
    assert [q.speaker for q in quotes(nlp, text)] == ["Shelter"]


@pytest.mark.parametrize("writing", ["the statement", "the council's letter", "the sign"])
def test_read_after_a_quote_gives_a_writings_words(nlp: Any, writing: str) -> None:
    text = f"“The library will close on Friday,” {writing} read."
    (quote,) = quotes(nlp, text)
    assert (quote.kind, quote.cue) == ("direct", "read")
