"""The DOCX loader: headings, quotes, list items and tables in order; title and author."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reader.document import BlockKind
from reader.errors import DocumentLoadError
from reader.loaders import load
from tests.loaders.helpers import assert_well_formed, kinds, make_zip, texts_of


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


def test_numbered_paragraphs_count_as_word_does_and_bullets_have_no_number(
        tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Residents should do three things before the hearing.")
    for text, style in [("Register", "List Number"), ("Bring a statement", "List Number"),
                        ("Two pages", "List Number 2"), ("Arrive by seven", "List Number"),
                        ("Parking is free", "List Bullet")]:
        word.add_paragraph(text, style=style)
    document = load(save(tmp_path, word))
    items = [(b.level, b.number, b.span.of(document.text)) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]
    assert items == [(1, 1, "Register"), (1, 2, "Bring a statement"), (2, 1, "Two pages"),
                     (1, 3, "Arrive by seven"), (1, None, "Parking is free")]


def test_a_restarted_list_counts_from_its_override(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Residents should do two things before the hearing.")
    first = word.add_paragraph("Register", style="List Number")
    word.add_paragraph("Bring a statement", style="List Number")
    numbering = word.part.numbering_part.element
    style_num = first.style.element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    restart = numbering.add_num(abstract)
    override = restart.add_lvlOverride(ilvl=0)
    override.add_startOverride(5)
    again = word.add_paragraph("Sit down", style="List Number")
    again._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = restart.numId
    word.add_paragraph("Listen", style="List Number")
    document = load(save(tmp_path, word))
    numbers = [b.number for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert numbers == [1, 2, 5, 6]


NOTES = ('<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
         '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r>'
         '<w:t xml:space="preserve"> The vote was </w:t></w:r><w:r><w:t>7 to 2.</w:t></w:r>'
         '</w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Minutes of the meeting.'
         "</w:t></w:r></w:p></w:footnote></w:footnotes>")


def cite(paragraph: Any, note: int) -> None:
    """A reference to a footnote at the end of a paragraph, as Word writes it."""
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(note))
    paragraph.add_run()._r.append(reference)


def with_notes(notes: str) -> Any:
    """A Word document of two paragraphs citing footnotes 2 and 1 of a footnotes part."""
    word = docx.Document()
    cite(word.add_paragraph("The minutes were read first."), 2)
    cite(word.add_paragraph("The council voted on Tuesday."), 1)
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, notes.encode(),
                word.part.package)
    word.part.relate_to(part, RT.FOOTNOTES)
    return word


def test_footnotes_follow_the_text_numbered_as_cited(tmp_path: Path) -> None:
    """python-docx reads no footnotes: a Word document's notes were lost. They now follow the
    text as a numbered list, in the order the text cites them (as Word numbers them)."""
    document = load(save(tmp_path, with_notes(NOTES)))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "The minutes were read first.", "The council voted on Tuesday."]
    notes = [(b.number, b.span.of(document.text)) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]
    assert notes == [(1, "Minutes of the meeting."), (2, "The vote was 7 to 2.")]


def test_damaged_footnotes_leave_the_text_readable(tmp_path: Path) -> None:
    document = load(save(tmp_path, with_notes(NOTES[:-20])))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "The minutes were read first.", "The council voted on Tuesday."]
    assert texts_of(document, BlockKind.LIST_ITEM) == []


def test_damaged_document_properties_leave_the_body_readable(tmp_path: Path) -> None:
    """docProps/core.xml whose root is not core properties (a damaged namespace) made
    python-docx raise AttributeError out of load(); the body is read without a title."""
    good = save(tmp_path, article(title="Harbour Plan Passes Council"))
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["docProps/core.xml"] = members["docProps/core.xml"].replace(
        b"package/2006/metadata/core-properties", b"package/2006/metadata/damaged")
    document = load(make_zip(tmp_path / "damaged.docx", members))
    assert document.text.startswith("Harbour Plan Passes\n\nThe council voted on Tuesday.")
    assert document.title == "Harbour Plan Passes"
