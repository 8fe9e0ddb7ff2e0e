"""Long runs of punctuation are broken up for the tokenizer, every offset kept."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis import analyze
from reader.analysis.affix_runs import RUN, broken_runs
from reader.document import Document


def test_a_run_gets_a_space_for_every_sixteenth_mark() -> None:
    assert broken_runs("!" * 40) == "!" * 15 + " " + "!" * 15 + " " + "!" * 8


@pytest.mark.parametrize("run", ["=" * 10_000, "\u201c" * 500, "_" * 64, ")]}" * 40, "*-" * 50])
def test_the_text_keeps_its_length_and_its_words_their_offsets(run: str) -> None:
    text = f"The ferry left at noon.\n\n{run}\n\nIt reached Oban (Argyll) by six."
    broken = broken_runs(text)
    assert len(broken) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, broken, strict=True)) if a != b]
    assert all(b == a or b == " " for a, b in zip(text, broken, strict=True))
    assert broken.startswith("The ferry left at noon.\n\n")
    assert broken.endswith("\n\nIt reached Oban (Argyll) by six.")
    start = len("The ferry left at noon.\n\n")
    assert max(len(piece) for piece in broken[start : start + len(run)].split()) <= 15


@pytest.mark.parametrize("text", [
    "A separator of thirty-one: " + "=" * (RUN - 1),
    "He said: \u201cNo!!!\u201d (really?!) -- and left... [sic] $5,000,000.",
    "https://example.org/a/b/c?d=e&f=g#h",
])
def test_text_without_a_long_run_is_given_back_as_it_is(text: str) -> None:
    assert broken_runs(text) is text


def test_an_article_with_a_long_rule_reads_as_without_it(nlp: Any) -> None:
    """A plain-text article with a line of 3,000 '=' (its tokenizing cost grows with the square
    of the run) gives the same quotes and names, at the same offsets."""
    body = "The harbour master, Ines Calder, said the ferry would sail on Friday."
    rule = "=" * 3000
    with_rule = Document(text=f"{body}\n\n{rule}\n\nShe thanked the crew.", blocks=(), format="txt")
    blank = Document(text=f"{body}\n\n{' ' * len(rule)}\n\nShe thanked the crew.", blocks=(),
                     format="txt")
    first, second = analyze(with_rule, nlp), analyze(blank, nlp)
    said = [[(q.span, q.speaker) for q in analysis.quotes] for analysis in (first, second)]
    assert said[0] == said[1] != []
    assert [e.name for e in first.entities] == [e.name for e in second.entities] != []
