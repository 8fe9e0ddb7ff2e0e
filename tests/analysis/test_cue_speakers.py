"""Tests for who a cue names as its speaker (cue_speakers.speaker_phrase), on the real parse."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from reader.analysis.cue_contents import complement
from reader.analysis.cue_speakers import source_of_statement, statement_owner
from reader.analysis.entities import extract_entities
from reader.analysis.quotes import extract_quotes
from reader.analysis.speaker_spans import speaker_phrase
from tests.analysis.test_quotes import quotes


def speaker_of(nlp: Any, text: str, cue: str) -> str | None:
    """The speaker phrase the first token cue names in text, as written."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    found = speaker_phrase(token)
    return None if found is None else doc[found[0] : found[1]].text


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Trump spoke by phone on Sunday, telling O'Reilly that the system was rigged.",
     "telling", "Trump"),
    ("The mayor wrote a letter, warning Smith that the bridge was unsafe.", "warning",
     "The mayor"),
    # who spends the time the participle takes, not the speech it was hung on
    ("Ms Cole spent the interview attacking the council's plan to close the library.",
     "attacking", "Ms Cole"),
    ("Reed wasted most of the debate insisting that the polls were wrong.", "insisting",
     "Reed"),
])
def test_a_dependent_cue_shares_its_hosts_subject_not_its_object(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_name_after_a_cue_that_follows_the_quote_is_its_speaker(nlp: Any) -> None:
    assert speaker_of(nlp, '"The talks will go on," added KCNA.', "added") == "KCNA"


@pytest.mark.parametrize("cue", ["tells", "told"])
def test_who_is_told_after_a_subjectless_cue_is_not_its_speaker(nlp: Any, cue: str) -> None:
    """The name an aside follows before the cue speaks."""
    text = (f"\u201cYes, I back Ann Ruiz,\u201d Tom Reed III, founder of the Tax Policy Forum, "
            f"{cue} Channel Nine in an interview.")
    assert speaker_of(nlp, text, cue) == "Tom Reed III"


@pytest.mark.parametrize("text", [
    'Her plan was backed by Culture, Media and Sport Secretary Ann Ruiz who said: "You would '
    'not let a child into a casino."',
    'The bill was welcomed by Health, Welfare and Housing Minister Ann Ruiz who said: "It is '
    'long overdue."',
])
def test_who_after_a_person_ending_a_list_the_parse_hung_it_on_the_first_of_is_that_person(
        nlp: Any, text: str) -> None:
    assert [q.speaker for q in quotes(nlp, text) if q.kind == "direct"] == ["Ann Ruiz"]


def test_a_participle_the_parse_hung_on_a_verb_of_the_quote_takes_the_cue_before_it(
        nlp: Any) -> None:
    text = ('"We have to win this," Smith said, suggesting a question: "Do you really think '
            'that voters want a tax break?"')
    assert speaker_of(nlp, text, "suggesting") == "Smith"


@pytest.mark.parametrize(("text", "cue"), [
    ("The ministry said that rebels had shelled the town, describing the attack as reckless.",
     "describing"),
    ("The ministry said that rebels had shelled the town, calling the attack reckless.",
     "calling"),
    ("The ministry stated that rebels had shelled the town with mortars, describing the attack "
     "as reckless.", "describing"),
])
def test_a_speech_participle_after_a_reported_clause_speaks_for_the_reporter(
        nlp: Any, text: str, cue: str) -> None:
    assert speaker_of(nlp, text, cue) == "The ministry"


def test_a_subject_after_the_cue_comes_before_one_inside_the_quote(nlp: Any) -> None:
    text = ("“The club is in a hurry. A real hurry,” said Nora Quist, a member "
            "of the board.")
    assert speaker_of(nlp, text, "said") == "Nora Quist"


def test_a_plurals_possessive_apostrophe_is_no_quote_mark(nlp: Any) -> None:
    text = "Donald Trump praised the veterans’ courage, telling them the army is depleted."
    assert speaker_of(nlp, text, "telling") == "Donald Trump"


def test_of_two_subjects_the_one_next_to_the_cue_speaks(nlp: Any) -> None:
    text = "THE COSTS Back when she ran the firm, Ms. Jones said that she feared debt."
    assert speaker_of(nlp, text, "said") == "Ms. Jones"


def test_a_role_set_after_a_name_is_the_names_not_a_second_speaker(nlp: Any) -> None:
    text = 'Tomas Berg, Liberal Democrat farming spokesman said: "Prices have collapsed."'
    assert speaker_of(nlp, text, "said") == "Tomas Berg"


def test_who_is_at_pains_to_say_something_says_it(nlp: Any) -> None:
    text = "The organisers were at pains to point out that every ticket would be refunded."
    assert speaker_of(nlp, text, "point") == "The organisers"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # the parse makes the one visited the infinitive's subject, or the visit's object
    ("On Friday, a delegation of Cornish mayors visited Ms Roe to argue for a new road.",
     "argue", "a delegation of Cornish mayors"),
    ("Last week a group of Cornish mayors visited Ms Roe to press for a new road.",
     "press", "a group of Cornish mayors"),
])
def test_who_visits_somebody_to_argue_for_something_argues_it(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_name_after_a_firm_named_with_and_speaks_not_the_firms_first_word(nlp: Any) -> None:
    text = '"Small shops will suffer most from the levy," warned Smith and Jones\'s Tom Reeve.'
    doc = nlp(text)
    assert [q.speaker for q in extract_quotes(doc, list(extract_entities(doc)))] == ["Tom Reeve"]


def test_a_name_right_before_a_participle_cue_is_its_subject(nlp: Any) -> None:
    text = 'The report includes a recording of Maria Lopez asking, "Where did the money go?"'
    assert speaker_of(nlp, text, "asking") == "Maria Lopez"


def test_a_cue_without_subject_takes_the_name_before_it_past_an_adverb(nlp: Any) -> None:
    # the parse of a long sentence, written out: "Clinton" hangs on "Obama" as an apposition
    words = ["As", "Obama", "spoke", ",", "nominee", "Clinton", "apparently", "disagrees", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 7, 7, 5, 1, 7, 7, 7],
              deps=["mark", "nsubj", "advcl", "punct", "compound", "appos", "advmod", "ROOT",
                    "punct"],
              pos=["SCONJ", "PROPN", "VERB", "PUNCT", "NOUN", "PROPN", "ADV", "VERB", "PUNCT"],
              ents=["O", "B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"])
    found = speaker_phrase(doc[7])
    assert found is not None
    assert doc[found[0] : found[1]].text == "nominee Clinton"


def test_a_cue_hung_on_a_participle_aside_taken_for_the_main_verb_is_the_main_verb(
        nlp: Any) -> None:
    """ 'Hale, noting the cost, said, "We lost."', as the parse sometimes reads a long one:
    "noting" the main verb with the subject, "said" an aside on it. The cue's speaker is the
    subject, and what it says is no longer the participle's clause."""
    words = ["Hale", ",", "noting", "the", "cost", ",", "said", ",", '"', "We", "lost", ".", '"']
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 4, 2, 2, 2, 6, 6, 10, 6, 2, 2],
              deps=["nsubj", "punct", "ROOT", "det", "dobj", "punct", "parataxis", "punct",
                    "punct", "nsubj", "ccomp", "punct", "punct"],
              tags=["NNP", ",", "VBG", "DT", "NN", ",", "VBD", ",", "``", "PRP", "VBD", ".",
                    "''"],
              pos=["PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "PUNCT",
                   "PRON", "VERB", "PUNCT", "PUNCT"],
              lemmas=["Hale", ",", "note", "the", "cost", ",", "say", ",", '"', "we", "lose",
                      ".", '"'])
    found = speaker_phrase(doc[6])
    assert found is not None
    assert doc[found[0] : found[1]].text == "Hale"
    content = complement(doc[6])
    assert content is None or content[0] > doc[4].idx


def test_a_day_the_parse_made_the_subject_gives_way_to_the_name_inside_it(nlp: Any) -> None:
    """ "Friday at the fair Mayor Ruiz said ...", as the parse sometimes reads a long one: the
    day the subject, the name an apposition inside its phrase."""
    words = ["Friday", "at", "the", "fair", "Mayor", "Ruiz", "said", "the", "bridge", "was",
             "safe", "."]
    doc = Doc(nlp.vocab, words=words, heads=[6, 0, 3, 1, 5, 3, 6, 8, 9, 6, 9, 6],
              deps=["nsubj", "prep", "det", "pobj", "compound", "appos", "ROOT", "det", "nsubj",
                    "ccomp", "acomp", "punct"],
              pos=["PROPN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN",
                   "AUX", "ADJ", "PUNCT"],
              lemmas=["Friday", "at", "the", "fair", "Mayor", "Ruiz", "say", "the", "bridge",
                      "be", "safe", "."],
              ents=["B-DATE", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"])
    found = speaker_phrase(doc[6])
    assert found is not None
    assert doc[found[0] : found[1]].text == "Mayor Ruiz"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The senator forced Stumpf to admit that nobody had been fired.", "admit", "Stumpf"),
    ("The judge asked her to explain why the files were deleted.", "explain", "her"),
    ("The leaders used blunt language to denounce the test as a threat.", "denounce",
     "The leaders"),
    ("The contract requires tenants to report damage to the owner.", "report", "The contract"),
])
def test_an_infinitive_cue_is_said_by_the_person_its_verb_takes_as_object(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_participle_after_a_clause_about_a_place_goes_with_the_main_clause(nlp: Any) -> None:
    text = ("Protesters marched around the stadium - where the Panthers played the Vikings - "
            "while chanting slogans.")
    assert speaker_of(nlp, text, "chanting") == "Protesters"


def test_a_verb_after_an_aside_that_opens_after_a_name_is_that_names(nlp: Any) -> None:
    text = "Trump has been attacking Machado since Clinton, at the debate, cited his comments."
    assert speaker_of(nlp, text, "cited") == "Clinton"


@pytest.mark.parametrize(("text", "noun", "owner"), [
    ("The governor made the claim that taxes would fall.", "claim", "governor"),
    ("Farmers persisted in arguments that the dam would flood their land.", "arguments",
     "Farmers"),
    ("A report released by the auditors said spending had doubled.", "report", "auditors"),
    ("The lawsuit contradicts the Dallas police’s earlier claim that the driver was armed.",
     "claim", "police"),
    ("The water board’s claim that the lake is clean was false.", "claim", "board"),
    ("Her speech and a frank admission that she had erred drew applause.", "admission", "Her"),
    ("The board issued a statement saying the school would reopen.", "statement", "board"),
    ("Prices will rise, according to a speech the mayor gave in May.", "speech", "mayor"),
    ("The survey, which left no doubt that the lake was dying, was ignored.", "doubt",
     "survey"),
    ("Greenpeace released a video of the spill on Friday.", "video", "Greenpeace"),
])
def test_a_statement_noun_is_owned_by_who_makes_or_publishes_it(
        nlp: Any, text: str, noun: str, owner: str) -> None:
    doc = nlp(text)
    found = statement_owner(next(t for t in doc if t.text == noun))
    assert found is not None
    assert found.text == owner


@pytest.mark.parametrize(("text", "noun"), [
    ("Local leaders rejected the claim that the plant was safe.", "claim"),
    ("The bill had the support of the union.", "support"),
    ("The mayor gave the support of her office to the plan.", "support"),
])
def test_who_rejects_receives_or_passes_on_a_statement_does_not_own_it(
        nlp: Any, text: str, noun: str) -> None:
    doc = nlp(text)
    assert statement_owner(next(t for t in doc if t.text == noun)) is None


def test_a_statement_published_by_somebody_that_says_something_is_theirs(nlp: Any) -> None:
    text = "A report released by the auditors said spending had doubled."
    assert speaker_of(nlp, text, "said") == "the auditors"


@pytest.mark.parametrize(("text", "noun", "source"), [
    ("The dam will hold, according to a 2015 study by the Army Corps of Engineers.", "study",
     "Corps"),
    ("The dam will hold, according to a survey of engineers.", "survey", "survey"),
    ("The dam will hold, according to a statement from the ministry.", "statement",
     "ministry"),
])
def test_a_study_by_somebody_is_theirs_a_study_of_somebody_is_not(
        nlp: Any, text: str, noun: str, source: str) -> None:
    doc = nlp(text)
    assert source_of_statement(next(t for t in doc if t.text == noun)).text == source


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Mr. Lund and Ms. Berg said the dam would hold.", "said", "Mr. Lund and Ms. Berg"),
    ("The plan was backed by the mayor and Ms. Berg, who wrote that it would save money.",
     "wrote", "the mayor and Ms. Berg"),
])
def test_people_joined_by_and_speak_together(nlp: Any, text: str, cue: str,
                                             speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_surname_the_parse_took_for_an_adverb_is_the_speaker(nlp: Any) -> None:
    text = ("Though the list of games for the kit is short for now, Early says there is a "
            "chance that more titles could follow.")
    assert speaker_of(nlp, text, "says") == "Early"


def test_a_dateline_with_its_country_and_agency_is_no_speaker(nlp: Any) -> None:
    text = ("Minister warns of floods\n\nDHAKA, Bangladesh (AP) — Water Minister Rina Das on "
            "Monday warned that the rivers would rise again within days.")
    assert speaker_of(nlp, text, "warned") == "Water Minister Rina Das"


def test_a_subject_the_parse_made_the_root_of_a_verbless_sentence_speaks(nlp: Any) -> None:
    text = ("Honesty is not the same as competence.\n\nMy grandfather, a union carpenter, used to "
            "say that you judge a man by what he builds.")
    assert speaker_of(nlp, text, "say") == "My grandfather"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The coach made a comment that described the referees as blind.", "described",
     "The coach"),
    ("Critics quoted a letter from the bishop that urged calm in the town.", "urged",
     "the bishop"),
])
def test_a_statement_that_says_something_is_said_by_its_maker(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The hospital released the video on Friday. It shows a nurse running to the door.",
     "shows", "It"),
    ("Norway has fought such tariffs before. It has shown that it knows how to win.", "shown",
     "It"),
    ("The league must stay out of the dispute unless it wants to lose its sponsors.",
     "wants", "it"),
    ("The airline has lost money for years, and it plans to close two of its routes.",
     "plans", "it"),
    ("It seems that the vote was rigged in two towns.", "seems", None),
    ("It was reported that the bridge had cracked overnight.", "reported", None),
])
def test_it_before_an_active_cue_is_somebody_but_an_empty_it_is_nobody(
        nlp: Any, text: str, cue: str, speaker: str | None) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_surname_the_parse_took_for_an_adverb_after_a_cue_is_its_speaker(nlp: Any) -> None:
    text = 'Dana Early runs the shop. "Business is slow," says Early.'
    doc = nlp(text)
    cue = next(t for t in doc if t.text == "says")
    found = speaker_phrase(cue)
    assert found is not None
    assert doc[found[0] : found[1]].text == "Early"
    assert doc[found[0]].pos_ == "ADV"  # the parse this rule is for


@pytest.mark.parametrize(("text", "speaker"), [
    ("In a memo signed by Dana Ortiz on Friday, staff were told that the office would close "
     "in May.", "Dana Ortiz"),
    ("In a short email, parents were warned that the school would stay shut.", "a short email"),
])
def test_a_passive_cue_with_no_agent_is_said_by_the_message_it_came_in(
        nlp: Any, text: str, speaker: str) -> None:
    cue = "told" if "told" in text else "warned"
    assert speaker_of(nlp, text, cue) == speaker


def test_a_gerund_set_in_time_before_a_passive_is_said_by_its_subject(nlp: Any) -> None:
    text = "Before admitting that the figures were wrong, the minister was questioned for hours."
    assert speaker_of(nlp, text, "admitting") == "the minister"


def test_a_cue_that_opens_its_sentence_is_said_by_the_name_after_it(nlp: Any) -> None:
    text = "Critics of the plan disagree. Said Ellis: “I don’t think she cares about reform.”"
    assert speaker_of(nlp, text, "Said") == "Ellis"


@pytest.mark.parametrize("text", [
    "Donald Trump held a rally in Ohio on Friday.\n\nTrump charges that the newspapers "
    "invented the whole story about his taxes.",
    "Donald Trump held a rally in Ohio on Friday.\n\nTrump claims that the polls are biased "
    "against him and his voters.",
])
def test_a_verb_the_parse_took_for_a_plural_noun_keeps_the_name_before_it(
        nlp: Any, text: str) -> None:
    doc = nlp(text)
    cue = next(t for t in doc if t.lower_ in ("charges", "claims"))
    assert cue.pos_ == "NOUN"  # the misparse this rule is for
    owner = statement_owner(cue)
    assert owner is not None
    assert owner.text == "Trump"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The governor rejected the idea that the state budget would be a burden on families, "
     "saying the new taxes would only touch the richest.", "saying", "The governor"),
    ("The senator dismissed accusations that her office is breaking the rules through its deal "
     "with the lobby — saying her rivals chose not to sign the same deal.", "saying",
     "The senator"),
    ("Okafor said the cheaper fares are drawing new riders, pointing to ticket sales in the "
     "northern suburbs.", "pointing", "Okafor"),
])
def test_a_cue_participle_on_a_reported_clause_is_said_by_its_reporter(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Halvorsen is the only candidate in the race to have promised a new bridge for the town.",
     "promised", "Halvorsen"),
    ("The mayor on Monday held an unplanned press briefing to brag that crime had dropped for "
     "a third year.", "brag", "The mayor"),
])
def test_an_infinitive_after_a_noun_that_does_nothing_is_done_by_the_subject(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("The baker has nothing but kind things to say about her landlord.", "The baker"),
    ("Mr. Olsen had little to say about the merger.", "Mr. Olsen"),
    ("A nurse named Ada Kim has nothing but warm things to say about her ward.", "A nurse"),
])
def test_an_amount_to_say_is_said_by_whoever_has_it(nlp: Any, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "say") == speaker


def test_an_infinitive_after_a_noun_anybody_may_act_on_keeps_no_subject(nlp: Any) -> None:
    text = "The minister has given voters ample reason to doubt the new figures."
    assert speaker_of(nlp, text, "doubt") != "The minister"


def test_a_name_the_parse_set_beside_a_date_before_the_cue_is_its_speaker(nlp: Any) -> None:
    text = ("But in a conference call with reporters on Oct. 3, Col. Dana K. Pryor, a military "
            "spokeswoman in Erbil, said, ''Yes, this is a combat operation.''")
    assert speaker_of(nlp, text, "said") == "Col. Dana K. Pryor"


def test_a_cue_after_a_quote_is_said_by_the_name_after_it_not_a_word_inside(nlp: Any) -> None:
    text = ("“Democrats are so upset with the court’s decision that they are now attacking the "
            "judges with everything they have — right before the election,” said Judiciary "
            "ranking Republican Dale Morrow (R-Ohio).")
    assert speaker_of(nlp, text, "said") == "Republican Dale Morrow"


@pytest.mark.parametrize(("text", "cue"), [
    ("After a long night of counting, the mayor's main lesson is a belief that the new voting "
     "machines cannot be trusted.", "belief"),
    ("The mayor's most stubborn claim, of course, was the notion that the old bridge could "
     "never be repaired.", "notion"),
])
def test_a_cue_noun_a_statement_is_said_to_be_has_that_statements_owner(
        nlp: Any, text: str, cue: str) -> None:
    doc = nlp(text)
    owner = statement_owner(next(t for t in doc if t.text == cue))
    assert owner is not None
    assert owner.text == "mayor"


@pytest.mark.parametrize("text", [
    "Among young voters, 61% back the new levy; 27% say they will vote against it.",
    "On taxes, the young lean left: 48% support a wealth tax; 31% say it would hurt growth.",
])
def test_a_share_written_with_a_percent_sign_is_a_subject(nlp: Any, text: str) -> None:
    found = speaker_of(nlp, text, "say")
    assert found is not None
    assert found.endswith("%")


def test_a_people_named_before_a_statement_noun_owns_it(nlp: Any) -> None:
    doc = nlp("The leaked memo revived Democratic calls for an independent audit of the agency.")
    owner = statement_owner(next(t for t in doc if t.text == "calls"))
    assert owner is not None
    assert owner.text == "Democratic"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The old harbour master is said to have called the new pier a waste of money.", "called",
     "The old harbour master"),
    ("Several tired jurors could be heard grumbling that the trial had gone on too long.",
     "grumbling", "Several tired jurors"),
    ("Small shop owners are left wondering whether the new parking rules will last.",
     "wondering", "Small shop owners"),
])
def test_a_passive_report_or_witness_verb_lends_its_subject_to_the_cue_it_takes(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


def test_a_passive_permission_does_not_make_its_subject_a_speaker(nlp: Any) -> None:
    text = "Landlords will be allowed to deny the repairs by citing the cost."
    assert speaker_of(nlp, text, "deny") is None


@pytest.mark.parametrize("text", [
    "HANOI, Vietnam (AP) — Trade Secretary Paul Varga on Monday warned that the new tariffs "
    "would hurt farmers across the region.",
    "SEOUL, South Korea (AP) — Trade Secretary Paul Varga on Thursday warned that the border "
    "talks could collapse within weeks.",
])
def test_the_name_after_a_datelines_dash_speaks_not_its_country(nlp: Any, text: str) -> None:
    assert speaker_of(nlp, text, "warned") == "Trade Secretary Paul Varga"


@pytest.mark.parametrize(("text", "cue"), [
    ("The Gazette ran a long editorial. Meanwhile, it attacked the mayor, saying he had "
     "failed the city.", "saying"),
    ("The union paid for an advert this week. It slams the plan, arguing that wages will fall.",
     "arguing"),
])
def test_it_that_acts_on_an_object_is_somebody(nlp: Any, text: str, cue: str) -> None:
    assert speaker_of(nlp, text, cue) in ("it", "It")


@pytest.mark.parametrize("text", [
    "It cost the town a fortune to fix the bridge, saying it was unsafe.",
    "It pleased the mayor to hear the news, saying it was good.",
])
def test_it_before_an_object_and_a_clause_it_stands_for_is_nobody(nlp: Any, text: str) -> None:
    assert speaker_of(nlp, text, "saying") is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ana Soto posted on Twitter accusing the firm of stealing her songs.", "Ana Soto"),
    # the participle hung on the name itself
    ("On Sunday, Mia Lund wrote on Twitter accusing Blue Harbor of hiding her old songs from "
     "her fans.", "Mia Lund"),
])
def test_a_name_ending_the_hosts_prepositional_phrase_does_not_do_its_participle(
        nlp: Any, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert next(t for t in doc if t.text == "Twitter").ent_type_ == "PERSON"  # the misreading
    assert speaker_of(nlp, text, "accusing") == speaker


def test_a_name_whom_footage_shows_still_does_the_participle_after_it(nlp: Any) -> None:
    text = "Critics shared footage of Hillary Clinton asking, \"Why aren't I 50 points ahead?\""
    assert speaker_of(nlp, text, "asking") == "Hillary Clinton"


def test_a_participle_hung_on_where_something_was_posted_is_the_posters(nlp: Any) -> None:
    text = ("On Sunday, Mia Lund wrote on Twitter accusing Blue Harbor of hiding her old songs "
            "from her fans.")
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.cue == "accusing"]
    assert [q.speaker_span.of(text) for q in found if q.speaker_span] == ["Mia Lund"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # a text says what it states itself, as annotators of news mark it
    ('Ruiz resigned in a letter to the board stating, "My time here is done."', "stating",
     "a letter"),
    ("Despite parliamentary reports urging new rules to curb fake news, officials have made "
     "no changes.", "urging", "parliamentary reports"),
])
def test_a_text_that_says_something_is_its_speaker(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    doc = nlp(text)
    found = [q for q in extract_quotes(doc, list(extract_entities(doc))) if q.cue == cue]
    assert [q.speaker_span.of(text) for q in found if q.speaker_span] == [speaker]


def test_who_is_the_people_before_its_comma_not_the_thing_the_parse_hung_it_on(
        nlp: Any) -> None:
    text = ("He said he hoped the deal would lead to direct talks between his government and "
            "the rebels of the Northern Front, who have long refused to negotiate with Lima.")
    doc = nlp(text)
    refused = next(t for t in doc if t.text == "refused")
    assert refused.head.text == "talks"  # the misparse this is for
    assert speaker_of(nlp, text, "refused") == "the rebels"


def test_who_after_people_is_them(nlp: Any) -> None:
    text = "The mayor met the Harbor Union, who have refused to accept the offer."
    assert speaker_of(nlp, text, "refused") == "the Harbor Union"


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will rebuild," vowed the mayor.', "the mayor"),
    ('"We will rebuild the town," added the mayor.', "the mayor"),
    ('"Nobody will be left behind," promised the governor.', "the governor"),
    ('"Is it safe?" asked the reporter.', "the reporter"),
    ('"Stay calm," urged the police chief.', "the police chief"),
])
def test_a_cue_after_a_quote_puts_its_speaker_after_it(nlp: Any, text: str,
                                                       speaker: str) -> None:
    found = [q for q in quotes(nlp, text) if q.speaker is not None]
    assert [(q.kind, q.speaker) for q in found] == [("direct", speaker)]
    assert len(quotes(nlp, text)) == 1


@pytest.mark.parametrize(("text", "speaker"), [
    ('Lynch gave an interview for the series "Women in Power," answering questions about work.',
     "Lynch"),
    ('"We will rebuild," the mayor vowed.', "the mayor"),
])
def test_a_participle_or_a_cue_with_its_subject_keeps_it(nlp: Any, text: str,
                                                         speaker: str) -> None:
    assert {q.speaker for q in quotes(nlp, text)} == {speaker}


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The Harbor Trust, which was set up by a banker and which has endorsed Mr. Kemp, met on "
     "Monday.", "endorsed", "The Harbor Trust"),
    ("Mr. Orr, who founded the club and who later criticized its owners, left town.",
     "criticized", "Mr. Orr"),
])
def test_a_second_relative_clause_joined_to_the_first_speaks_for_the_same_noun(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue"), [
    ('Columnist Ted Will spoke to the club on Friday. "The deal is a mistake," Will wrote.',
     "wrote"),
    ("Columnist Ted Will spoke to the club on Friday. Will called the deal a mistake.",
     "called"),
])
def test_a_surname_the_parse_took_for_a_modal_is_the_speaker(nlp: Any, text: str,
                                                             cue: str) -> None:
    found = [q for q in quotes(nlp, text) if q.cue == cue]
    assert [q.speaker for q in found] == ["Ted Will"]


def test_a_name_inside_a_sentence_the_parse_took_for_an_adverb_is_the_speaker(nlp: Any) -> None:
    text = ("Tom Brantly runs the data team. And Brantly called the new hire \u201ca fast "
            "learner. She reads every file twice and never misses a deadline.\u201d")
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "called"] == ["Tom Brantly"]


def test_a_noun_the_parse_took_for_a_helping_verb_is_the_speaker(nlp: Any) -> None:
    text = "The team studied Kestrel Lake, which ecologists describe as pristine."
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "describe"] == ["ecologists"]


def test_a_modal_before_a_bare_verb_is_no_speaker(nlp: Any) -> None:
    assert speaker_of(nlp, "Will voters say the deal is a mistake?", "say") != "Will"


def test_a_participle_after_a_nouns_own_that_clause_is_said_by_the_verbs_subject(
        nlp: Any) -> None:
    text = ("Ruiz brushed off the notion that the museum was a lost cause, arguing that "
            '"every old building deserves a second life."')
    assert [q.speaker for q in quotes(nlp, text) if q.cue == "arguing"] == ["Ruiz"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Her seat on the board gives Ramirez a platform to keep speaking out about the issues "
     "she cares about.", "speaking", "Ramirez"),
    ("The grant gives Ms. Ruiz a platform to speak out about housing.", "speak", "Ms. Ruiz"),
])
def test_who_is_given_the_noun_does_its_infinitive(nlp: Any, text: str, cue: str,
                                                   speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ('Mr Orme was quoted in the Gazette saying: "We were let down."', "saying", "Mr Orme"),
    ("Ms Hale was heard in the corridor saying the vote was lost.", "saying", "Ms Hale"),
    ("Ms Vance was arrested on Friday, saying she had done nothing wrong.", "saying",
     "Ms Vance"),
])
def test_a_participle_beside_a_passive_verb_is_its_subjects(
        nlp: Any, text: str, cue: str, speaker: str) -> None:
    assert speaker_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('The film showed Ms Okafor, clearly tired, telling the crowd: "We will not stop."',
     "Okafor"),
    ('Footage showed the minister, visibly angry, telling reporters: "This is a disgrace."',
     "the minister"),
])
def test_the_one_a_film_shows_speaking_speaks(nlp: Any, text: str, speaker: str) -> None:
    (quote,) = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert quote.speaker == speaker


_IDENTIFIED = ("A woman later identified as Mia Ross, an activist for the environmental group "
               "Greenpeace, demanded to know whether Lee would give back the money.")


@pytest.mark.parametrize(("text", "cue"), [
    # the parse made the participle the main verb and the noun its subject; the noun is who
    # was identified, by somebody unnamed
    (_IDENTIFIED, "identified"),
    ("A man later identified as Tom Reed, a farmer from the valley, demanded to know whether "
     "the mayor would resign.", "identified"),
    # an activity a verb of requiring or meaning takes is nobody's act, nor the job's
    ("Winning the seat means convincing farmers that the new road will help them.",
     "convincing"),
    ("The job requires explaining to tenants that rents will rise.", "explaining"),
])
def test_a_cue_done_to_its_noun_or_naming_an_activity_has_no_speaker(
        nlp: Any, text: str, cue: str) -> None:
    assert speaker_of(nlp, text, cue) is None


def test_the_verb_joined_to_a_participle_done_to_its_noun_is_the_nouns(nlp: Any) -> None:
    assert speaker_of(nlp, _IDENTIFIED, "demanded") == "A woman"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lee spent much of the speech praising the former governor of Ohio.", "Lee"),
    ("A letter urging members to vote against the deal arrived on Monday.", "A letter"),
    ("On Monday the union spent an hour on a letter urging members to vote against the deal.",
     "a letter"),
])
def test_a_participle_on_a_text_is_said_by_who_spends_the_text_on_it_else_by_the_text(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('The timing of the surge does not surprise pollster Dan Shaw: "Lesser-known candidates '
     'who win early contests always see the biggest boost."', "Dan Shaw"),
    ('The result did not worry Ms Lee: "We knew the first count would be close."', "Lee"),
    # somebody who surprises others speaks
    ('Lee surprised the crowd: "I am running again."', "Lee"),
])
def test_who_a_thing_moves_says_what_follows_the_colon(
        nlp: Any, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]


def test_who_a_passive_infinitive_on_a_noun_is_done_to_does_not_say_it(nlp: Any) -> None:
    """Tom Reed was confirmed a victim by somebody unnamed; he and the Yorkshireman confirm
    nothing, so nothing is reported."""
    text = ("Leeds architect, Tom Reed, became the first Yorkshireman to be confirmed as a victim "
            "of the flood.")
    assert speaker_of(nlp, text, "confirmed") is None
    assert quotes(nlp, text) == []
