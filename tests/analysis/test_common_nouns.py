"""english_words: WordNet's nouns and adjectives, read from the pipeline a Doc came from."""

from __future__ import annotations

from typing import Any

import spacy

from reader.analysis.common_nouns import english_words


def test_the_words_are_the_loaded_pipelines_own_lemmatizer_index(nlp: Any) -> None:
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = english_words(nlp("A duvet.").vocab)
    assert "duvet" in words
    assert words == {w for part in ("noun", "adj") for w in index[part] if w.isalpha()}


def test_a_pipeline_without_lemmatizer_tables_has_no_words() -> None:
    # not the installed pipeline's files: a blank pipeline holds no index
    assert english_words(spacy.blank("en")("A duvet.").vocab) == frozenset()
