"""The plain-text loader: encodings, exact text, paragraphs, title, byline and date lines."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from reader.document import BlockKind
from reader.loaders import load
from tests.loaders.helpers import assert_well_formed, kinds, texts_of

ARTICLE = ("Harbour Bridge Reopens\n\nBy Ana Ruiz\n\nMarch 3, 2024\n\n"
           "The bridge reopened on Monday after\nrepairs that took two years.\n\n"
           "Traffic was light in the morning.")
ACCENTED = "Café owners in Zürich said “prices rose” — naïve hopes.\n\nSecond paragraph."


def write(tmp_path: Path, data: bytes, name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("cp1252", b""),
])
def test_encodings_are_detected(tmp_path: Path, encoding: str, bom: bytes) -> None:
    document = load(write(tmp_path, bom + ACCENTED.encode(encoding)))
    assert document.text == ACCENTED


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_text_not_binary(tmp_path: Path, encoding: str) -> None:
    text = "Harbour Bridge Reopens\n\nThe bridge reopened on Monday."
    assert load(write(tmp_path, text.encode(encoding))).text == text


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    text = "Grüße aus Köln: die schöne Straße am Fluß wurde gesperrt.\n\nZweiter Absatz."
    assert load(write(tmp_path, text.encode("latin-1"))).text == text


def test_a_few_broken_bytes_in_utf8_do_not_lose_the_text(tmp_path: Path) -> None:
    data = ACCENTED.encode("utf-8") * 5 + b"\xff"
    document = load(write(tmp_path, data))
    assert document.text.startswith("Café owners in Zürich")
    assert document.text.endswith("\ufffd")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_become_newlines_and_nothing_else_changes(tmp_path: Path,
                                                               newline: str) -> None:
    raw = "  Title  \n\n\tIndented  paragraph\nwith two lines.  \n\n\n".replace("\n", newline)
    document = load(write(tmp_path, raw.encode("utf-8")))
    assert document.text == raw.replace(newline, "\n")


def test_offsets_are_offsets_into_the_file(tmp_path: Path) -> None:
    document = load(write(tmp_path, ARTICLE.encode("utf-8")))
    assert document.text == ARTICLE
    for block in document.blocks:
        assert ARTICLE[block.span.start : block.span.end] == block.span.of(document.text)


def test_head_lines_give_title_byline_and_date(tmp_path: Path) -> None:
    document = load(write(tmp_path, ARTICLE.encode("utf-8")))
    assert document.title == "Harbour Bridge Reopens"
    assert document.byline == "Ana Ruiz"
    assert document.published == "2024-03-03"
    assert kinds(document) == [
        (BlockKind.TITLE, "Harbour Bridge Reopens"),
        (BlockKind.META, "By Ana Ruiz"),
        (BlockKind.META, "March 3, 2024"),
        (BlockKind.PARAGRAPH, "The bridge reopened on Monday after\nrepairs that took two years."),
        (BlockKind.PARAGRAPH, "Traffic was light in the morning."),
    ]
    assert_well_formed(document)


def test_head_lines_may_share_one_paragraph(tmp_path: Path) -> None:
    text = "Storm Closes Coast Road\nBy Tom Lee | Updated: Tue 5 Mar 2024\n\nThe road shut at dawn."
    document = load(write(tmp_path, text.encode("utf-8")))
    assert (document.title, document.byline, document.published) == (
        "Storm Closes Coast Road", "Tom Lee", "2024-03-05")
    assert texts_of(document, BlockKind.META) == ["By Tom Lee | Updated: Tue 5 Mar 2024"]


def test_head_lines_may_run_on_into_the_body(tmp_path: Path) -> None:
    body = "The firm said today it will buy two boats .\nThey will sail in 2023 ."
    text = "Ferry Firm Orders Two Boats\nOctober 4 , 2021\n" + body
    document = load(write(tmp_path, text.encode("utf-8")))
    assert (document.title, document.published) == ("Ferry Firm Orders Two Boats", "2021-10-04")
    assert texts_of(document, BlockKind.META) == ["October 4 , 2021"]
    assert texts_of(document, BlockKind.PARAGRAPH) == [body]
    assert_well_formed(document)


def test_a_lone_title_line_over_body_lines_is_body(tmp_path: Path) -> None:
    text = "Ferry Firm Orders Two Boats\nThe firm said today it will buy two boats."
    document = load(write(tmp_path, text.encode("utf-8")))
    assert document.title is None
    assert kinds(document) == [(BlockKind.PARAGRAPH, text)]


def test_a_first_line_that_is_a_sentence_is_not_a_title(tmp_path: Path) -> None:
    text = "The council met on Tuesday.\n\nIt voted for the bridge."
    document = load(write(tmp_path, text.encode("utf-8")))
    assert document.title is None
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


@pytest.mark.parametrize(("first", "titled"), [
    ("Ferry Firm Orders Two Boats for the Harbour Run.", True),
    ("The ferry firm has ordered two boats for the harbour run.", False),
])
def test_a_first_line_ending_in_a_full_stop_is_a_title_only_in_title_case(
        tmp_path: Path, first: str, titled: bool) -> None:
    text = first + "\n\nThe boats will sail from the old quay in May.\n\nFares stay the same."
    document = load(write(tmp_path, text.encode("utf-8")))
    assert document.title == (first if titled else None)
    assert len(texts_of(document, BlockKind.PARAGRAPH)) == (2 if titled else 3)


def test_a_paragraph_starting_with_by_is_body_text(tmp_path: Path) -> None:
    text = "Rates Rise\n\nBy the end of the week, rates had risen twice.\n\nMore."
    document = load(write(tmp_path, text.encode("utf-8")))
    assert document.byline is None
    assert texts_of(document, BlockKind.PARAGRAPH)[0].startswith("By the end")


def test_a_single_paragraph_is_not_taken_for_a_title(tmp_path: Path) -> None:
    document = load(write(tmp_path, b"Just a short note"))
    assert document.title is None
    assert kinds(document) == [(BlockKind.PARAGRAPH, "Just a short note")]


def test_a_one_megabyte_text_loads_well_under_a_second(tmp_path: Path) -> None:
    paragraph = "The council met on Tuesday and voted 7 to 2 for the new bridge. " * 8
    text = "Big Article\n\n" + "\n\n".join([paragraph] * 2000)
    path = write(tmp_path, text.encode("utf-8"))
    assert path.stat().st_size > 1_000_000
    start = time.perf_counter()
    document = load(path)
    assert time.perf_counter() - start < 0.5
    assert len(document.blocks) == 2001
