"""The EPUB loader: container to OPF to spine order, chapters as blocks, OPF metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reader.document import BlockKind
from reader.errors import DocumentLoadError
from reader.loaders import load
from tests.loaders.helpers import assert_well_formed, kinds, make_epub, make_zip, texts_of

METADATA = ('<dc:title>The Harbour Book</dc:title><dc:creator>Ana Ruiz</dc:creator>'
            "<dc:date>2023-06-01</dc:date>")
CHAPTERS = [
    ("one.xhtml", "<h1>Chapter One</h1><p>First <em>chapter</em> text.</p>"),
    ("two.xhtml", "<section><h2>Chapter Two</h2><p>Second chapter text.<br/>New line.</p>"
                  "<blockquote><p>A quoted line.</p></blockquote>"
                  "<ul><li>Item one<ul><li>Inner item</li></ul></li></ul></section>"),
]


def test_chapters_follow_the_spine_not_the_manifest(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", CHAPTERS, spine=["two.xhtml", "one.xhtml"],
                     metadata=METADATA)
    headings = [text for kind, text in kinds(load(path)) if kind is BlockKind.HEADING]
    assert headings == ["Chapter Two", "Chapter One"]


def test_blocks_and_metadata(tmp_path: Path) -> None:
    document = load(make_epub(tmp_path / "book.epub", CHAPTERS, metadata=METADATA))
    assert kinds(document) == [
        (BlockKind.TITLE, "The Harbour Book"),
        (BlockKind.HEADING, "Chapter One"),
        (BlockKind.PARAGRAPH, "First chapter text."),
        (BlockKind.HEADING, "Chapter Two"),
        (BlockKind.PARAGRAPH, "Second chapter text.\nNew line."),
        (BlockKind.QUOTE, "A quoted line."),
        (BlockKind.LIST_ITEM, "Item one"),
        (BlockKind.LIST_ITEM, "Inner item"),
    ]
    assert [b.level for b in document.blocks if b.kind is BlockKind.LIST_ITEM] == [1, 2]
    assert (document.title, document.byline, document.published) == (
        "The Harbour Book", "Ana Ruiz", "2023-06-01")
    assert_well_formed(document)


@pytest.mark.parametrize("ncx", [False, True])
def test_a_chapter_without_heading_takes_its_title_from_the_toc(tmp_path: Path,
                                                                 ncx: bool) -> None:
    chapters = [("one.xhtml", "<p>Untitled chapter text.</p>"),
                ("two.xhtml", "<h2>Own Heading</h2><p>More text.</p>")]
    toc = {"one.xhtml": "The Beginning", "two.xhtml": "Not Used"}
    document = load(make_epub(tmp_path / "book.epub", chapters, toc=toc, ncx=ncx,
                              metadata=METADATA))
    assert texts_of(document, BlockKind.HEADING) == ["The Beginning", "Own Heading"]
    assert "Not Used" not in document.text


def test_non_linear_items_are_left_out(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", CHAPTERS, linear_no=["two.xhtml"])
    assert "Chapter Two" not in load(path).text


def test_package_at_the_root_and_escaped_hrefs(tmp_path: Path) -> None:
    chapters = [("my%20chapter.xhtml", "<h1>Spaced Name</h1><p>Text in it.</p>")]
    document = load(make_epub(tmp_path / "book.epub", chapters, opf_path="package.opf"))
    assert texts_of(document, BlockKind.PARAGRAPH) == ["Text in it."]


def test_scripts_styles_and_navigation_are_not_text(tmp_path: Path) -> None:
    body = ("<nav><ol><li>Contents</li></ol></nav><style>p {color: red}</style>"
            "<p>Real text.<script>alert(1)</script></p>")
    document = load(make_epub(tmp_path / "book.epub", [("c.xhtml", body)]))
    assert document.text == "Real text."


def test_an_empty_or_missing_chapter_is_skipped(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", [*CHAPTERS, ("three.xhtml", "")])
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["OEBPS/three.xhtml"] = b""
    del members["OEBPS/one.xhtml"]
    document = load(make_zip(path, members))
    assert texts_of(document, BlockKind.HEADING) == ["Chapter Two"]


def test_an_epub_without_container_is_a_clear_error(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "book.epub", {"mimetype": b"application/epub+zip"})
    with pytest.raises(DocumentLoadError, match=r"META-INF/container\.xml is missing"):
        load(path)


def test_a_damaged_package_document_is_a_clear_error(tmp_path: Path) -> None:
    container = (b'<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 b'<rootfile full-path="content.opf"/></rootfiles></container>')
    path = make_zip(tmp_path / "book.epub", {"META-INF/container.xml": container,
                                             "content.opf": b"<package><unclosed"})
    with pytest.raises(DocumentLoadError, match="damaged package XML"):
        load(path)


def test_an_epub_of_empty_chapters_has_no_readable_text(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", [("c.xhtml", "<div> </div>")])
    with pytest.raises(DocumentLoadError, match="has no readable text"):
        load(path)


def test_ordered_list_items_are_numbered_from_start_and_value(tmp_path: Path) -> None:
    body = ('<p>Three things to do.</p><ol start="3"><li>Register</li><li><p>Bring a statement'
            '</p><ol><li>Two pages</li></ol><p>Signed</p></li><li value="7">Arrive</li><li>Sit down'
            "</li></ol><ul><li>Parking is free</li></ul>")
    document = load(make_epub(tmp_path / "book.epub", [("one.xhtml", body)], metadata=METADATA))
    items = [(b.level, b.number, b.more, b.span.of(document.text)) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]
    # an item's further paragraph keeps its number, and says it is one (more)
    assert items == [(1, 3, False, "Register"), (1, 4, False, "Bring a statement"),
                     (2, 1, False, "Two pages"), (1, 4, True, "Signed"), (1, 7, False, "Arrive"),
                     (1, 8, False, "Sit down"), (1, None, False, "Parking is free")]


def test_note_reference_marks_are_no_words_of_their_sentence(tmp_path: Path) -> None:
    """A note's mark was read into its sentence: 'voted on Monday<sup><a href="#n1">1</a>
    </sup>.' gave 'voted on Monday1.' Marks (a link marked noteref, a raised mark linking
    into the book) are dropped; a link with words and a raised number without a link stay."""
    body = ('<p>The council voted on Monday<sup><a href="#n1">1</a></sup>. It met on Friday'
            '<a href="#n2"><sup>[2]</sup></a> and on Sunday<a epub:type="noteref" href="#n3">3'
            '</a>.</p><p>The hall of 400 m<sup>2</sup> is <a href="#c2">in the next chapter'
            '</a>.</p><aside epub:type="footnote" id="n1"><p>The vote was 7 to 2.</p></aside>')
    document = load(make_epub(tmp_path / "book.epub", [("one.xhtml", body)], metadata=METADATA))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "The council voted on Monday. It met on Friday and on Sunday.",
        "The hall of 400 m2 is in the next chapter.", "The vote was 7 to 2."]


def test_a_book_s_apparatus_is_no_text_of_the_book(tmp_path: Path) -> None:
    """A copyright page ('All rights reserved', an ISBN, the printer's dates) and a contents
    list outside a nav were read as the book's first paragraphs, and the analysis read them.
    What EPUB marks as apparatus (epub:type or role: copyright-page, toc, index, ...) is
    skipped, on the body or on a section."""
    chapters = [
        ("copy.xhtml", '<section epub:type="copyright-page"><p>Copyright 2024 Ana Ruiz. All '
                       "rights reserved.</p><p>ISBN 978-0-00-000000-0</p></section>"),
        ("toc.xhtml", '<div role="doc-toc"><h2>Contents</h2><ol><li>Chapter One</li></ol>'
                      "</div>"),
        ("one.xhtml", "<h1>Chapter One</h1><p>The council voted on Monday.</p>"
                      '<section epub:type="index"><p>harbour, 3, 7</p></section>'),
    ]
    document = load(make_epub(tmp_path / "book.epub", chapters, metadata=METADATA))
    assert texts_of(document, BlockKind.PARAGRAPH) == ["The council voted on Monday."]
    assert "Contents" not in document.text
