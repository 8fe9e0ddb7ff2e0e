"""The DOCX loader: headings, quotes, list items and tables in order; title and author."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest

from reader.document import BlockKind
from reader.errors import DocumentLoadError
from reader.loaders import load
from tests.loaders.helpers import assert_well_formed, kinds, make_zip


def save(tmp_path: Path, word: Any) -> Path:
    path = tmp_path / "story.docx"
    word.save(str(path))
    return path


def article(title: str = "", author: str = "") -> Any:
    word = docx.Document()
    word.core_properties.title = title
    word.core_properties.author = author
    word.add_heading("Harbour Plan Passes", 1)
    word.add_paragraph("The council voted on Tuesday.")
    word.add_heading("Reactions", 2)
    word.add_paragraph("We will start in spring.", style="Intense Quote")
    word.add_paragraph("Dredging", style="List Number")
    word.add_paragraph("Deeper berths", style="List Number 2")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cost"
    table.cell(0, 1).text = "2 million"
    word.add_paragraph("A second vote is due in June.")
    return word


def test_blocks_follow_the_document_order(tmp_path: Path) -> None:
    document = load(save(tmp_path, article()))
    assert kinds(document) == [
        (BlockKind.TITLE, "Harbour Plan Passes"),
        (BlockKind.PARAGRAPH, "The council voted on Tuesday."),
        (BlockKind.HEADING, "Reactions"),
        (BlockKind.QUOTE, "We will start in spring."),
        (BlockKind.LIST_ITEM, "Dredging"),
        (BlockKind.LIST_ITEM, "Deeper berths"),
        (BlockKind.PARAGRAPH, "Cost | 2 million"),
        (BlockKind.PARAGRAPH, "A second vote is due in June."),
    ]
    assert [b.level for b in document.blocks if b.kind is BlockKind.LIST_ITEM] == [1, 2]
    assert document.title == "Harbour Plan Passes"
    assert_well_formed(document)


def test_the_title_property_wins_over_the_first_heading(tmp_path: Path) -> None:
    document = load(save(tmp_path, article(title="Council Backs Harbour Plan")))
    assert document.title == "Council Backs Harbour Plan"


@pytest.mark.parametrize(("author", "byline"), [
    ("Ana Ruiz", "Ana Ruiz"),
    ("python-docx", None),
    ("Microsoft Office User", None),
    ("admin", None),
    ("jsmith", None),
])
def test_the_author_property_is_a_byline_only_when_plausible(tmp_path: Path, author: str,
                                                             byline: str | None) -> None:
    assert load(save(tmp_path, article(author=author))).byline == byline


def test_a_byline_in_the_text_wins_over_the_author_property(tmp_path: Path) -> None:
    word = docx.Document()
    word.core_properties.author = "Night Editor"
    word.add_paragraph("By Ana Ruiz")
    word.add_paragraph("The council voted on Tuesday.")
    document = load(save(tmp_path, word))
    assert document.byline == "Ana Ruiz"
    assert document.blocks[0].kind is BlockKind.META


def test_an_empty_document_has_no_readable_text(tmp_path: Path) -> None:
    with pytest.raises(DocumentLoadError, match="has no readable text"):
        load(save(tmp_path, docx.Document()))


def test_a_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "story.docx", {"hello.txt": b"hello"})
    with pytest.raises(DocumentLoadError, match=r"is not a valid DOCX \(word/document.xml"):
        load(path)


def test_a_damaged_word_document(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "story.docx", {"word/document.xml": b"<not xml",
                                              "[Content_Types].xml": b"<nope/>"})
    with pytest.raises(DocumentLoadError, match="is not a valid DOCX"):
        load(path)
