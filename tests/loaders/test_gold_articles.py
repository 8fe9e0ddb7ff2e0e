"""The plain-text loader over the gold articles: exact text, title line, date line, blocks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.document import BlockKind
from reader.loaders import load
from tests.conftest import DATA
from tests.loaders.helpers import assert_well_formed

ARTICLES = sorted((DATA / "gold" / "articles").glob("*.txt"))


@pytest.mark.skipif(not ARTICLES, reason="no gold articles yet")
@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_gold_article_loads_exactly(path: Path) -> None:
    document = load(path)
    raw = path.read_bytes().decode("utf-8-sig")
    assert document.text == raw.replace("\r\n", "\n").replace("\r", "\n")
    assert_well_formed(document)
    first_line = document.text.lstrip().split("\n", 1)[0]
    assert document.title == first_line
    assert document.blocks[0].kind is BlockKind.TITLE
    if document.published is not None:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", document.published)
        assert BlockKind.META in {block.kind for block in document.blocks[:3]}
