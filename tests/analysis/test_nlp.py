"""The pipeline's identity is known from its package before spaCy loads it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.analysis.nlp import (
    default_pipeline_name,
    hard_wrapped,
    installed_pipeline_id,
    pipeline_id,
)


def test_installed_id_matches_the_loaded_pipeline(nlp: Any) -> None:
    assert installed_pipeline_id() == pipeline_id(nlp)


def test_a_missing_pipeline_has_no_id() -> None:
    assert installed_pipeline_id("no_such_pipeline_package") is None


def test_spacy_loads_without_its_command_line() -> None:
    """A fresh process: the analysis runs and spaCy's CLI stack (typer, weasel, requests,
    httpx) is never imported; a CLI submodule still imports when asked for."""
    script = (
        "import sys\n"
        "from reader.analysis import analyze\n"
        "from reader.analysis.nlp import load_pipeline\n"
        "from reader.document import Document\n"
        "result = analyze(Document('Angela Merkel visited Paris on Monday.', (), 'txt'),"
        " load_pipeline())\n"
        "assert any(e.label == 'PERSON' for e in result.entities), result.entities\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'typer', 'weasel', 'requests', 'httpx'})\n"
        "assert not heavy, heavy\n"
        "import spacy.cli.download\n"
        "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize(("installed", "chosen"), [
    (("en_core_web_md", "en_core_web_trf", "spacy_transformers"), "en_core_web_trf"),
    (("en_core_web_md", "en_core_web_trf"), "en_core_web_md"),  # it could not load
    (("en_core_web_md", "en_core_web_lg"), "en_core_web_lg"),
    (("en_core_web_md",), "en_core_web_md"),
])
def test_the_best_official_pipeline_installed_is_preferred(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installed: tuple[str, ...],
        chosen: str) -> None:
    """Packages named like the official pipelines, put on the path, are found and ranked:
    transformer (when spacy-transformers is there to load it), large, medium, then small, before
    the small one Reader installs itself."""
    for name in installed:
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert default_pipeline_name() == chosen


def test_a_lower_case_word_after_a_state_abbreviation_goes_on_the_sentence(nlp: Any) -> None:
    doc = nlp("Voters met on Tuesday. Calif. lawmakers pass a budget. Ind. officials disagree.")
    assert [s.text for s in doc.sents] == [
        "Voters met on Tuesday.", "Calif. lawmakers pass a budget.", "Ind. officials disagree."]



@pytest.mark.parametrize("text", [
    "Democratic Sens. Ann Lee and Tom Reed voted against the bill.",
    "He mocked his rivals, notably Govs. Dan Ortiz and Ray Wells, who call him green.",
    "Republican Reps. Jo Park and Al Ruiz wrote to the agency.",
])
def test_a_title_of_several_people_written_short_keeps_its_names_in_the_sentence(
        nlp: Any, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1


def test_a_sum_in_millions_closing_a_sentence_ends_it(nlp: Any) -> None:
    """The tokenizer keeps the full stop on the "m." of "£17m.", as on an initial; the next
    capitalised word or quote mark still opens a sentence, and a metre's "m." mid-sentence
    does not."""
    doc = nlp('The studio was sold for £17m. The buyer said "We are pleased." '
              'It raised 2.5m. "Sales will grow," Ms Orr said. The mast is 5m. high.')
    assert [s.text for s in doc.sents] == [
        "The studio was sold for £17m.", 'The buyer said "We are pleased."', "It raised 2.5m.",
        '"Sales will grow," Ms Orr said.', "The mast is 5m. high."]


HEADLINE_LINE = ("Mayor Ortiz Wants A Night Bus For The Harbour District\n"
                 "Mayor Elena Ortiz said on Monday that the city would pay for a night bus.\n"
                 "The council will vote on the plan next month, according to its clerk.\n")


def test_a_line_with_no_full_stop_ends_its_sentence_in_a_text_of_paragraph_lines(
        nlp: Any) -> None:
    doc = nlp(HEADLINE_LINE)
    starts = [s.text.strip()[:16] for s in doc.sents]
    assert starts == ["Mayor Ortiz Want", "Mayor Elena Orti", "The council will"]


def test_a_headline_line_does_not_swallow_the_next_line_s_reported_speech(nlp: Any) -> None:
    from reader.analysis.entities import extract_entities
    from reader.analysis.quotes import extract_quotes

    doc = nlp(HEADLINE_LINE)
    quotes = extract_quotes(doc, extract_entities(doc))
    said = [q for q in quotes if q.cue == "said"]
    assert len(said) == 1
    assert said[0].span.of(HEADLINE_LINE).startswith("that the city would pay for a night bus")
    assert said[0].speaker == "Elena Ortiz"


WRAPPED = ("The harbour committee met for the third time this year and agreed\n"
           "that the ferry timetable should be changed before the summer, when\n"
           "visitors arrive in far greater numbers than the boats can carry\n"
           "on a normal weekday, the chairwoman said after the meeting ended.\n")


def test_a_hard_wrapped_text_keeps_its_sentences_across_line_breaks(nlp: Any) -> None:
    assert hard_wrapped(WRAPPED)
    assert len(list(nlp(WRAPPED).sents)) == 1


@pytest.mark.parametrize(("text", "wrapped"), [
    (WRAPPED, True),
    (HEADLINE_LINE, False),
    ("One line only, of some length but with nothing after it at all", False),
    ("A first paragraph that is long enough to count as a full line.\n\n"
     "a second that opens in lower case, as a quoted fragment can do.\n", False),
])
def test_hard_wrapped(text: str, wrapped: bool) -> None:
    assert hard_wrapped(text) is wrapped


def test_a_contraction_with_a_curly_apostrophe_has_the_straight_ones_lemma(nlp: Any) -> None:
    curly = nlp("It’s hard, they’re sure, I’ve seen it and we’ll go, Trump’s aide said.")
    straight = nlp("It's hard, they're sure, I've seen it and we'll go, Trump's aide said.")
    straight_lemmas = [t.lemma_ for t in straight if "'" in t.text][:4]
    assert straight_lemmas == ["be", "be", "have", "will"]
    assert [t.lemma_ for t in curly if "’" in t.text] == [*straight_lemmas, "’s"]  # possessive
