"""Common words taken for names: where capitals say nothing, and the traps that stay names."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis.common_words import Capitals, common_word
from reader.analysis.entities import extract_entities
from reader.document import TextSpan


def spans_of(text: str, word: str) -> list[TextSpan]:
    """Every occurrence of word in text that is a whole word."""
    found, start = [], text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and \
                (end == len(text) or not text[end].isalnum()):
            found.append(TextSpan(start, end))
        start = text.find(word, end)
    return found


def is_common(text: str, word: str, label: str = "ORG", voted: bool = False) -> bool:
    spans = spans_of(text, word)
    assert spans, f"{word!r} is not in the text"
    return common_word(Capitals(text), spans, label, set(spans) if voted else set())


def names(nlp: Any, text: str) -> set[str]:
    return {e.name for e in extract_entities(nlp(text))}


# where capitals say nothing -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "opening"), [
    ("Frost came early.", "Frost", True),
    ("It rained. Frost came early.", "Frost", True),
    ("It rained!\n\nFrost came early.", "Frost", True),
    ('He said: "Frost came early."', "Frost", True),
    ("The slogan was “Frost, we are ready.”", "Frost", True),
    ("- Frost came early.", "Frost", True),
    ("3. Frost came early.", "Frost", True),
    ("It rained. “Yes.” Frost came early.", "Frost", True),
    ("Then Frost came early.", "Frost", False),
    ("Mr. Frost came early.", "Frost", False),
    ("Robert L. Frost came early.", "Frost", False),
    ("They left the U.S. Frost came early.", "Frost", False),
])
def test_sentence_and_quotation_openings(text: str, word: str, opening: bool) -> None:
    assert Capitals(text).opens_sentence(text.index(word)) is opening


@pytest.mark.parametrize(("text", "word", "says_nothing"), [
    ("Storm Hits Harbour Town Hard\n\nThe storm came.", "Harbour", True),
    ("THE STORM HITS HARBOUR\n\nThe storm came.", "HARBOUR", True),
    ("We met during the PLANNING stage.", "PLANNING", True),
    ("The ruling came from the WHO on Friday.", "WHO", False),
    ("Storm hits the harbour in Dover\n\nThe storm came.", "Dover", False),
    ("The storm reached Dover on Friday.", "Dover", False),
])
def test_headlines_and_shouting_say_nothing(text: str, word: str, says_nothing: bool) -> None:
    start = text.index(word)
    assert Capitals(text).say_nothing(TextSpan(start, start + len(word))) is says_nothing


def test_a_very_long_line_is_running_text_not_a_headline() -> None:
    text = "Storm Hits Harbour " * 60 + "\n\nThe storm came."
    capitals = Capitals(text)
    position = text.index("Harbour", 500)
    assert not capitals.headline(position)
    assert capitals.sentence_line(position)


def test_lower_case_words_leave_out_web_and_mail_addresses() -> None:
    capitals = Capitals("Book at www.pinecone.com or mail pinecone@example.org today.")
    assert not capitals.in_lower_case("Pinecone")
    assert not capitals.in_lower_case("Book")
    assert capitals.in_lower_case("Today")


def test_lower_case_words_count_hyphenated_parts_and_possessives() -> None:
    capitals = Capitals("A pinecone-shaped lamp stood on the ferry's deck.")
    assert capitals.in_lower_case("Pinecone")
    assert capitals.in_lower_case("Ferry")


# the rules, on spans given ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "label"), [
    ("Blight in Kent ruins a farm's harvest\n\nThe blight spread fast.", "Blight", "PERSON"),
    ("How does it spread?\n\nMildew is caused by damp. The mildew spread.", "Mildew", "ORG"),
    ("The vote came.\n\nDOZENS EVACUATED\n\nForty people were evacuated.", "EVACUATED", "ORG"),
    ("Plan the LAUNCH stage well. We launch in May.", "LAUNCH", "GPE"),
    ("The week went badly.\n\nWhoa.\n\nThe next week was better.", "Whoa", "PRODUCT"),
    ("Aaah, this part is hard.", "Aaah", "PERSON"),
    ("Print it out before the meeting.", "Print", "PERSON"),
    ("Sketch out your first chapter today.", "Sketch", "PERSON"),
    ("Your shop needs a Storefront, a cart and a till.", "Storefront", "ORG"),
])
def test_common_words_are_not_names(text: str, word: str, label: str) -> None:
    assert is_common(text, word, label)


@pytest.mark.parametrize(("text", "word", "label"), [
    # a mention capitalised mid-sentence keeps it a name
    ("Shares in Apple rose. Apple shares fell later. He ate an apple.", "Apple", "ORG"),
    ("Fans of Reading cheered. Reading won 2-0. He was reading.", "Reading", "ORG"),
    # the lower-case word is not used: nothing says the capital is only the sentence's
    ("Kestrel opened a new mill on Friday.", "Kestrel", "ORG"),
    # a country is a name wherever it stands
    ("Turkey shut its border. They ate turkey.", "Turkey", "GPE"),
    ("Chad shut its border. He met a man called chad.", "Chad", "GPE"),
    # a short all-capitals word in running text is an acronym
    ("The rule came from the WHO. Nobody knew who wrote it.", "WHO", "ORG"),
    # "a London court" goes on to its noun; "a Democrat," is a group one belongs to
    ("The case went to a London court. The court sat in london.", "London", "GPE"),
    ("He called the judge a Democrat, and she said no.", "Democrat", "NORP"),
    ("He bought an iPhone, then sold it.", "iPhone", "PRODUCT"),
])
def test_names_stay_names(text: str, word: str, label: str) -> None:
    assert not is_common(text, word, label)


def test_a_vote_from_the_context_keeps_a_sentence_opening_name() -> None:
    text = "Bush said the war would end soon. A fire burned the bush near the road."
    assert not is_common(text, "Bush", "PERSON", voted=True)
    assert is_common(text, "Bush", "PERSON", voted=False)


def test_a_vote_in_a_headline_does_not_keep_a_common_word() -> None:
    text = "Hunter says bear attacked him in the woods\n\nThe hunter is in hospital."
    assert is_common(text, "Hunter", "PERSON", voted=True)


def test_a_word_of_several_pieces_is_left_alone() -> None:
    text = "Re-entry was hard. The re-entry took a day."
    assert not is_common(text, "Re-entry")


# through the real pipeline -----------------------------------------------------------------------

def test_headline_and_sentence_opening_common_words_are_dropped(nlp: Any) -> None:
    text = ("Hunter in Ohio attacked by bear after a long walk\n\n"
            "A HUNTER who went out alone was hurt, police said. The hunter is in hospital.\n\n"
            "How does the disease spread?\n\n"
            "Plague is caused by bacteria. The plague spread from rats.")
    found = names(nlp, text)
    assert "Ohio" in found
    assert not {"Hunter", "Plague"} & found


def test_interjections_commands_and_indefinite_nouns_are_dropped(nlp: Any) -> None:
    text = ("That was a bad week for the firm.\n\nYikes.\n\nOooh, this stage is tricky.\n\n"
            "Map out your first offer before you start. You will need a Homepage, an About "
            "page and a shop.")
    assert not {"Yikes", "Oooh", "Map", "Homepage"} & names(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Turkey said on Monday it would reopen the border. The family ate turkey at dinner.",
     "Turkey"),
    ("Bush said the war would end soon. A fire burned the bush near the road.", "Bush"),
    ("Apple reported record sales on Tuesday. Shares in Apple rose. He ate an apple.", "Apple"),
    ("Amazon said profits rose. The rain forests of the amazon are vast.", "Amazon"),
    ("Prime Minister Theresa May spoke in London on Monday. May said the vote may come soon.",
     "Theresa May"),
    ("Hunter Biden arrived in Delaware on Friday. Hunter said the hunter had left.",
     "Hunter Biden"),
    ("Mr. Hunter said the hunter had left. Mr. Hunter was hurt.", "Hunter"),
    ("Will Smith starred in the film. Will said he will return.", "Will Smith"),
    ("The disease is found in rats, per the WHO, and few people know who is at risk.", "WHO"),
])
def test_traps_stay_names(nlp: Any, text: str, name: str) -> None:
    assert name in names(nlp, text)


def test_an_initial_on_its_own_names_nobody() -> None:
    text = "The germ, known to biologists as Q. fictus, lives in fleas."
    assert is_common(text, "Q.", label="NORP")
    assert not is_common("Queen Q. Adams spoke.", "Adams", label="PERSON")


def test_a_common_noun_written_short_names_nothing(nlp: Any) -> None:
    text = ("Acme Motors unveiled its first EV on Monday. The car has AWD, and the company's "
            "CEO, Jane Porter, said the IPO would follow in March. The SUVs have a USB port.")
    found = names(nlp, text)
    assert not {"EV", "AWD", "CEO", "IPO", "SUVs", "USB"} & found
    assert {"Acme Motors", "Jane Porter"} <= found


def test_a_unit_after_its_figure_names_nothing() -> None:
    text = "The car has an 82 kWh battery. A kWh costs less at night."
    assert is_common(text, "kWh", label="PRODUCT") is False  # one mention stands alone
    assert is_common("The pack holds 82 kWh, and the small one 60 kWh.", "kWh", "PRODUCT")
    assert is_common("It makes 300-hp at full load.", "hp", "PRODUCT")
    assert not is_common("Kwh Holdings said on Monday it would grow.", "Kwh", "ORG")


def test_a_name_that_looks_like_a_short_noun_stays() -> None:
    text = "The WHO said the EU and NATO would meet."
    assert not is_common(text, "EU")
    assert not is_common(text, "NATO")


def test_a_headline_read_as_one_name_names_nothing(nlp: Any) -> None:
    text = ("Royal Reckless Vanity\n\nThe prince met the Royal Navy chiefs on Monday. "
            "He left before noon.")
    assert is_common(text, "Royal Reckless Vanity", label="ORG")
    assert not is_common("Royal Navy\n\nThe Royal Navy sailed.", "Royal Navy")  # named again
    assert not is_common("He met Mary Hill.\n\nShe left.", "Mary Hill", "PERSON")  # a sentence
