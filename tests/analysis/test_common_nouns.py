"""english_words and english_verbs: WordNet's words, read from the pipeline a Doc came from."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from reader.analysis.clause_words import gerund
from reader.analysis.common_nouns import english_verbs, english_words


def test_the_words_are_the_loaded_pipelines_own_lemmatizer_index(nlp: Any) -> None:
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = english_words(nlp("A duvet.").vocab)
    assert "duvet" in words
    assert words == {w for part in ("noun", "adj") for w in index[part] if w.isalpha()}


def test_a_pipeline_without_lemmatizer_tables_has_no_words() -> None:
    # not the installed pipeline's files: a blank pipeline holds no index
    assert english_words(spacy.blank("en")("A duvet.").vocab) == frozenset()


@pytest.mark.parametrize(("word", "expected"), [
    ("Questioning", True), ("Injecting", True), ("Running", True),  # a doubled consonant
    ("Making", True),  # a dropped "e"
    ("Sterling", False), ("King", False), ("Irving", False),
])
def test_a_gerund_is_an_english_verbs_ing_form(nlp: Any, word: str, expected: bool) -> None:
    assert gerund(word, english_verbs(nlp("A duvet.").vocab)) is expected
