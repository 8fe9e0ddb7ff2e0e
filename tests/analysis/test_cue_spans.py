"""Tests for where the words a cue reports begin and end (reader.analysis.cue_spans)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from reader.analysis.cue_contents import object_content
from reader.analysis.cue_spans import clause_end
from reader.analysis.entities import extract_entities
from reader.analysis.model import Quote
from reader.analysis.object_ends import charge_end
from reader.analysis.quotes import extract_quotes
from tests.analysis.test_cues import found


def quotes(nlp: Any, text: str) -> list[Quote]:
    doc = nlp(text)
    return list(extract_quotes(doc, list(extract_entities(doc))))


def reported(nlp: Any, text: str, cue: str) -> str:
    return next(q for q in quotes(nlp, text) if q.cue == cue).span.of(text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor praised the crews' work after the flood.", "praised",
     "the crews' work after the flood"),
    ("Residents described rude conduct by the guards at the gate.", "described",
     "rude conduct by the guards at the gate"),
    ("Critics faulted the council on its housing record.", "faulted",
     "the council on its housing record"),
    ("The report faulted the agency in its handling of the flood.", "faulted",
     "the agency in its handling of the flood"),
    # where, when and by what means it was said are no part of it
    ("The mayor criticized the plan in a statement.", "criticized", "the plan"),
    ("The mayor criticized the plan in March.", "criticized", "the plan"),
    ("The senator criticized the governor on Friday.", "criticized", "the governor"),
    ("The union attacked the governor on CNN.", "attacked", "the governor"),
    ("The coach criticized the referees in a radio interview on Sunday.", "criticized",
     "the referees"),
    ("The auditor disputed the totals by noting that two ledgers were missing.", "disputed",
     "the totals"),
    # a noun listed after the object, wherever the parse hung it
    ("She opened by stressing public safety, and a plan to hire more nurses.", "stressing",
     "public safety, and a plan to hire more nurses"),
    ("The rivals touted their own records, each other's blunders.", "touted",
     "their own records, each other's blunders"),
    ("The union criticized the plan, and a dozen parents joined the protest.", "criticized",
     "the plan"),
])
def test_an_object_goes_on_with_what_it_is_of(nlp: Any, text: str, cue: str,
                                              content: str) -> None:
    assert reported(nlp, text, cue) == content


@pytest.mark.parametrize(("text", "content"), [
    ("The council passed rules that promise to cut rents but are sure to anger landlords.",
     "to cut rents"),
    ("The mayor wants to review and approve every contract.",
     "to review and approve every contract"),
])
def test_a_finite_verb_does_not_go_on_with_an_infinitive(nlp: Any, text: str,
                                                         content: str) -> None:
    assert reported(nlp, text, quotes(nlp, text)[0].cue or "") == content


def parsed(nlp: Any, spec: str) -> Doc:
    """A parse written out as word/tag/lemma/dep/head lines, for the parser's rarer shapes."""
    rows = [line.split() for line in spec.strip().splitlines()]
    return Doc(nlp.vocab, words=[r[0] for r in rows], tags=[r[1] for r in rows],
               lemmas=[r[2] for r in rows], deps=[r[3] for r in rows],
               heads=[int(r[4]) for r in rows])


# "Voters learned that no matter the cost, the mayor will insist on it.", its second half
# hung on the cue as a second complement
SPLIT = """
Voters NNS voter nsubj 1
learned VBD learn ROOT 1
that WDT that dobj 6
no RB no neg 4
matter RB matter advmod 6
the DT the det 6
cost NN cost ccomp 1
, , , punct 6
the DT the det 9
mayor NN mayor nsubj 11
will MD will aux 11
insist VB insist ccomp 1
on IN on prep 11
it PRP it pobj 12
. . . punct 1
"""
# "Officials said costs rose and critics accused the board.", the second sentence hung on
# the cue as a complement
JOINED = """
Officials NNS official nsubj 1
said VBD say ROOT 1
costs NNS cost nsubj 3
rose VBD rise ccomp 1
and CC and cc 3
critics NNS critic conj 3
accused VBD accuse ccomp 1
the DT the det 8
board NN board dobj 6
. . . punct 1
"""


@pytest.mark.parametrize(("spec", "end", "last"), [(SPLIT, 7, "it"), (JOINED, 5, "critics")])
def test_a_clause_split_off_by_the_parse_is_still_what_was_reported(nlp: Any, spec: str,
                                                                    end: int, last: str) -> None:
    doc = parsed(nlp, spec)
    assert doc[clause_end(doc[1], end)].text == last


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Few economists think the new tax plan is fair, especially given that rents doubled "
     "last year.", "think", "the new tax plan is fair"),
    ("The coach believes the team can win the cup, given the depth of its bench.", "believes",
     "the team can win the cup"),
    ("Many parents feel that the school is unsafe, given the number of fights this spring.",
     "feel", "that the school is unsafe"),
])
def test_the_writers_reasoning_after_a_report_is_no_part_of_it(nlp: Any, text: str, cue: str,
                                                               content: str) -> None:
    assert reported(nlp, text, cue) == content


@pytest.mark.parametrize(("text", "cue", "content", "own"), [
    ("The minister refused to discuss the budget, beyond noting that taxes would not rise.",
     "refused", "the budget", "that taxes would not rise"),
])
def test_a_report_set_apart_after_another_is_a_quote_of_its_own(nlp: Any, text: str, cue: str,
                                                                 content: str, own: str) -> None:
    found = [q.span.of(text) for q in quotes(nlp, text)]
    assert reported(nlp, text, cue) == content
    assert own in found


@pytest.mark.parametrize(("text", "cue", "content"), [
    # after a whole clause, ", which ..." and ", where ..." go on with what was reported,
    # unless they tell what happened then
    ("Investors think the bank will cut its rates, which would ease the pressure on "
     "borrowers.", "think", "the bank will cut its rates, which would ease the pressure on "
                            "borrowers"),
    ("Neighbors fear the county will widen the road through the valley, where farms have "
     "stood for a century.", "fear", "the county will widen the road through the valley, "
                                     "where farms have stood for a century"),
    # after an object, on a person, or telling what followed, it is the writer's own
    ("The board said the school would merge with its neighbor, which alarmed parents.", "said",
     "the school would merge with its neighbor"),
    ("The mayor praised the new library, which opened in June.", "praised", "the new library"),
    ("The governor thanked the nurses, who worked through the storm.", "thanked", "the nurses"),
])
def test_a_relative_clause_after_a_reported_clause_goes_on_with_it(nlp: Any, text: str,
                                                                   cue: str, content: str
                                                                   ) -> None:
    assert reported(nlp, text, cue) == content


# "Critics railed against the fees, including the one on checks.", the examples hung on the cue
EXAMPLES = """
Critics NNS critic nsubj 1
railed VBD rail ROOT 1
against IN against prep 1
the DT the det 4
fees NNS fee pobj 2
, , , punct 1
including VBG include prep 1
the DT the det 8
one NN one pobj 6
on IN on prep 8
checks NNS check pobj 9
. . . punct 1
"""


def test_examples_of_an_object_go_on_with_it_wherever_the_parse_hung_them(nlp: Any) -> None:
    doc = parsed(nlp, EXAMPLES)
    assert doc[charge_end(doc[1], doc[2])].text == "checks"


@pytest.mark.parametrize(("text", "content", "cue", "own"), [
    ("The minister said prices would fall by spring and predicted that wages would rise.",
     "prices would fall by spring", "predicted", "that wages would rise"),
    ("The coach said the team had played well and explained that two players were injured.",
     "the team had played well", "explained", "that two players were injured"),
])
def test_a_cue_coordinated_after_a_report_is_the_reporters_next_statement(
        nlp: Any, text: str, content: str, cue: str, own: str) -> None:
    found = {q.cue: q for q in quotes(nlp, text)}
    assert found["said"].span.of(text) == content
    assert found[cue].span.of(text) == own
    assert found[cue].speaker == found["said"].speaker


def test_a_verb_with_a_modal_goes_on_with_what_was_said(nlp: Any) -> None:
    text = "The agency said it would fine the firm and would respond to any appeal within a week."
    assert reported(nlp, text, "said") == ("it would fine the firm and would respond to any "
                                           "appeal within a week")


def test_what_somebody_refers_to_is_what_they_spoke_of(nlp: Any) -> None:
    text = "In her speech the mayor referred to the long delays at the ferry terminal."
    assert reported(nlp, text, "referred") == "the long delays at the ferry terminal"


def test_somebody_referred_to_a_place_was_sent_there_not_spoken_of(nlp: Any) -> None:
    text = "The nurse referred the boy to a heart specialist in the city."
    assert not any(q.cue == "referred" for q in quotes(nlp, text))


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor praised the Regional Transit Authority (RTA) on Monday.", "praised",
     "the Regional Transit Authority (RTA)"),
    ("The senator criticized the Environmental Protection Agency (EPA) in a statement.",
     "criticized", "the Environmental Protection Agency (EPA)"),
    ("The group endorsed Senator Mary Hale (D-Maine), who faces a tough race.", "endorsed",
     "Senator Mary Hale (D-Maine)"),
])
def test_words_that_open_a_parenthesis_go_on_to_its_close(nlp: Any, text: str, cue: str,
                                                          content: str) -> None:
    assert reported(nlp, text, cue) == content


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The governor blasted the mayor as a “failure” Wednesday on a radio show.", "blasted",
     "the mayor as a “failure”"),
    ("The senator criticized the farm bill as a “giveaway” during a campaign stop in Iowa.",
     "criticized", "the farm bill as a “giveaway”"),
    ("The treasurer admitted as much in a radio interview on Friday.", "admitted", "as much"),
    # an occasion inside a clause of the object, or many of them, is the object's own
    ("The union criticized the cuts announced at the meeting.", "criticized",
     "the cuts announced at the meeting"),
])
def test_an_occasion_hung_on_the_object_is_no_part_of_it(nlp: Any, text: str, cue: str,
                                                         content: str) -> None:
    assert reported(nlp, text, cue) == content


def test_what_was_said_never_ends_on_a_conjunction(nlp: Any) -> None:
    text = ("The principal declined to elaborate on his reasons for the closure or when classes "
            "would resume.")
    assert ("elaborate", "The principal", "his reasons for the closure") in found(nlp, text)


@pytest.mark.parametrize(("text", "content"), [
    ("The chef discussed the menu with radio host Tom Hale on Friday.", "the menu"),
    ("The minister discussed the treaty with her French counterpart.", "the treaty"),
    # a thing after "with" is part of the matter
    ("The firm discussed its merger with a rival bank.", "its merger with a rival bank"),
])
def test_whom_a_matter_was_discussed_with_is_no_part_of_it(nlp: Any, text: str,
                                                          content: str) -> None:
    assert reported(nlp, text, "discussed") == content


@pytest.mark.parametrize(("text", "content"), [
    ("The ferry leaves from the north dock, which, a clerk said, is often closed in winter.",
     "which, a clerk said, is often closed in winter"),
    # the cue hung on the helping verb of the relative clause
    ("The fair is held beside the river, which, Mr. Lund said, is usually crowded with boats.",
     "which, Mr. Lund said, is usually crowded with boats"),
    ("The bill, which, he said, would cut fares, passed on Monday.",
     "which, he said, would cut fares"),
    ("The mayor, who, aides said, was tired, left early.", "who, aides said, was tired"),
])
def test_a_cue_set_off_by_commas_after_a_relative_pronoun_reports_the_relative_clause(
        nlp: Any, text: str, content: str) -> None:
    assert any(c == content for cue, _, c in found(nlp, text) if cue == "said")


@pytest.mark.parametrize(("text", "content"), [
    ("The charity said it had raised 12m euros (£10m; $13m) for the flood appeal by Friday.",
     "it had raised 12m euros (£10m; $13m) for the flood appeal by Friday"),
    ("Officials said the stadium would cost 300m reais ($60m; £45m) to rebuild.",
     "the stadium would cost 300m reais ($60m; £45m) to rebuild"),
    ("The mayor said the bridge would reopen in May; the council disagreed.",
     "the bridge would reopen in May"),
])
def test_a_semicolon_inside_brackets_ends_no_clause(nlp: Any, text: str, content: str) -> None:
    assert reported(nlp, text, "said") == content


@pytest.mark.parametrize(("text", "contents"), [
    ("The minister responded to a grieving father by saying the delay was regrettable.",
     ["the delay was regrettable"]),
    ("The coach replied to his critics on Sunday.", []),
    # what is answered is what the answer is about
    ("The minister responded to the charges on Sunday.", ["the charges"]),
])
def test_whom_somebody_answers_is_not_what_was_said(nlp: Any, text: str,
                                                    contents: list[str]) -> None:
    assert [q.span.of(text) for q in quotes(nlp, text)] == contents


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("An aide confirmed the talks on condition of anonymity.", "confirmed", "the talks"),
    ("The minister admitted the mistake to the public.", "admitted", "the mistake"),
    ("The board will explain the merger to its employees.", "explain", "the merger"),
    # a place after a name inside the object goes on with it
    ("Activists protested the arrest of Ana Ortega in Madrid.", "protested",
     "the arrest of Ana Ortega in Madrid"),
])
def test_where_and_to_whom_a_thing_was_said_end_the_object(nlp: Any, text: str, cue: str,
                                                          content: str) -> None:
    assert reported(nlp, text, cue) == content


def tagged(nlp: Any, rows: list[tuple[str, str, str, str, str, int]],
           ents: list[str] | None = None) -> Doc:
    """A parse given as (word, tag, pos, lemma, dep, head) rows, with entity tags."""
    return Doc(nlp.vocab, words=[r[0] for r in rows], tags=[r[1] for r in rows],
               pos=[r[2] for r in rows], lemmas=[r[3] for r in rows],
               deps=[r[4] for r in rows], heads=[r[5] for r in rows], ents=ents)


def test_a_place_the_parse_hung_on_a_named_object_ends_it(nlp: Any) -> None:
    # "Voters supported Ortega in Ohio.", the place hung on the name
    rows = [("Voters", "NNS", "NOUN", "voter", "nsubj", 1),
            ("supported", "VBD", "VERB", "support", "ROOT", 1),
            ("Ortega", "NNP", "PROPN", "Ortega", "dobj", 1),
            ("in", "IN", "ADP", "in", "prep", 2),
            ("Ohio", "NNP", "PROPN", "Ohio", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1)]
    doc = tagged(nlp, rows, ["O", "O", "B-PERSON", "O", "B-GPE", "O"])
    assert charge_end(doc[1], doc[2]) == 2


@pytest.mark.parametrize(("text", "cue", "content"), [
    # an aside after the comma that closes a quotation inside what was said
    ('Most members say the new rules are "about right," though members are likelier to call '
     "them strict.", "say", 'the new rules are "about right,"'),
    ('The coach said the season "went well," referring to the league title.', "said",
     'the season "went well,"'),
    # "however" of contrast opens the writer's
    ("Last year 30 percent said they would buy one, however this year that share has fallen "
     "sharply.", "said", "they would buy one"),
])
def test_the_writers_aside_after_a_comma_is_no_part_of_what_was_said(nlp: Any, text: str,
                                                                      cue: str,
                                                                      content: str) -> None:
    assert reported(nlp, text, cue) == content


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor accuses the union of misleading its members while the union suggests the "
     "mayor has lied.", "accuses", "the union of misleading its members"),
    ("She promised to cut fares, fix the buses and she, once again, promised a new tram line "
     "and said that riders would decide.", "promised", "to cut fares, fix the buses"),
])
def test_a_report_joined_on_with_its_own_subject_is_a_report_of_its_own(
        nlp: Any, text: str, cue: str, content: str) -> None:
    assert reported(nlp, text, cue) == content


def test_a_question_joined_to_a_verb_above_the_cue_goes_on_with_its_object(nlp: Any) -> None:
    text = "The reporter will come on the show to talk about crime and how it is changing the city."
    assert reported(nlp, text, "talk") == "crime and how it is changing the city"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The governor is defending his executive orders to tighten gun sales.", "defending",
     "his executive orders to tighten gun sales"),
    ("The senator praised the efforts of a donor to the party to attack his rival.", "praised",
     "the efforts of a donor to the party to attack his rival"),
])
def test_an_infinitive_after_a_step_or_an_effort_goes_on_with_it(nlp: Any, text: str, cue: str,
                                                                 content: str) -> None:
    assert reported(nlp, text, cue) == content


@pytest.mark.parametrize(("text", "content"), [
    ("The senator has described the gala as Hollywood praising itself.",
     "the gala as Hollywood praising itself"),
    # a finite clause after "as" tells when
    ("The mayor praised the crews as the crowd was cheering.", "the crews"),
])
def test_what_an_object_is_described_as_doing_goes_on_with_it(nlp: Any, text: str,
                                                             content: str) -> None:
    assert quotes(nlp, text)[0].span.of(text) == content


@pytest.mark.parametrize(("text", "content"), [
    ("Asked what qualities he wanted in a nominee, Ortega said, “They have got to be able to "
     "win.”",
     "They have got to be able to win."),
    # a quotation that goes on from the words before the cue takes them in
    ("The plan, Cole said, “is dead.”", "The plan, Cole said, “is dead.”"),
])
def test_a_quoted_sentence_after_an_inserted_cue_is_what_was_said(nlp: Any, text: str,
                                                                  content: str) -> None:
    assert [q.span.of(text) for q in quotes(nlp, text) if q.cue == "said"] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("It was the banks, not the voters, who caused the crash, the minister said.",
     "It was the banks, not the voters, who caused the crash"),
    # a relative clause on a name after "it would be" is the writer's
    ("The mayor said that it would be Ortega, who leads the council.",
     "that it would be Ortega"),
])
def test_the_relative_clause_of_a_cleft_sentence_is_no_aside(nlp: Any, text: str,
                                                            content: str) -> None:
    assert quotes(nlp, text)[0].span.of(text) == content



def test_what_is_offered_is_the_second_of_two_objects(nlp: Any) -> None:
    # "Ruiz is offering Ortega the top job.", both objects hung on the cue as objects
    rows = [("Ruiz", "NNP", "PROPN", "Ruiz", "nsubj", 2),
            ("is", "VBZ", "AUX", "be", "aux", 2),
            ("offering", "VBG", "VERB", "offer", "ROOT", 2),
            ("Ortega", "NNP", "PROPN", "Ortega", "dobj", 2),
            ("the", "DT", "DET", "the", "det", 6),
            ("top", "JJ", "ADJ", "top", "amod", 6),
            ("job", "NN", "NOUN", "job", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]
    doc = tagged(nlp, rows)
    content = object_content(doc[2])
    assert content is not None
    assert doc.text[content[0] : content[1]] == "the top job"
