"""The pipeline's identity is known from its package before spaCy loads it."""

from __future__ import annotations

from typing import Any

from reader.analysis.nlp import installed_pipeline_id, pipeline_id


def test_installed_id_matches_the_loaded_pipeline(nlp: Any) -> None:
    assert installed_pipeline_id() == pipeline_id(nlp)


def test_a_missing_pipeline_has_no_id() -> None:
    assert installed_pipeline_id("no_such_pipeline_package") is None
