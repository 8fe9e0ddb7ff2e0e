"""The PDF loader: reading order, paragraphs, hyphens, running lines, title, clear failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import BlockKind
from reader.errors import DocumentLoadError
from reader.loaders import load
from reader.loaders._pdfparagraphs import join_lines
from tests.loaders.helpers import assert_well_formed, kinds, texts_of
from tests.loaders.pdfmaker import Line, make_pdf, text_page

PAGE_ONE = [
    ["Harbour Plan Passes"],
    ["By Ana Ruiz"],
    ["The council voted on Tuesday for the inter-", "national harbour plan after a long",
     "debate that ran late into the evening."],
    ["The mayor said work would start in spring."],
]
PAGE_TWO = [
    ["Opponents said the plan would cost far more than the council had budgeted for the",
     "first three years of work."],
    ["A second vote is due in June."],
]
PAGE_THREE = [["The harbour master welcomed the decision."]]


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "story.pdf"
    path.write_bytes(data)
    return path


def three_pages(**info: str) -> bytes:
    pages = [
        text_page(body, header="The Harbour Times", footer=f"Page {number}")
        for number, body in enumerate((PAGE_ONE, PAGE_TWO, PAGE_THREE), start=1)
    ]
    return make_pdf(pages, info=info or None)


def test_paragraphs_hyphens_and_running_lines(tmp_path: Path) -> None:
    document = load(write(tmp_path, three_pages()))
    assert kinds(document) == [
        (BlockKind.TITLE, "Harbour Plan Passes"),
        (BlockKind.META, "By Ana Ruiz"),
        (BlockKind.PARAGRAPH, "The council voted on Tuesday for the international harbour plan "
                              "after a long debate that ran late into the evening."),
        (BlockKind.PARAGRAPH, "The mayor said work would start in spring."),
        (BlockKind.PARAGRAPH, "Opponents said the plan would cost far more than the council had "
                              "budgeted for the first three years of work."),
        (BlockKind.PARAGRAPH, "A second vote is due in June."),
        (BlockKind.PARAGRAPH, "The harbour master welcomed the decision."),
    ]
    assert "Harbour Times" not in document.text
    assert "Page" not in document.text
    assert document.title == "Harbour Plan Passes"
    assert document.byline == "Ana Ruiz"
    assert_well_formed(document)


def test_a_browser_s_print_header_and_footer_are_dropped(tmp_path: Path) -> None:
    pages = []
    for number, body in enumerate((PAGE_ONE, PAGE_TWO, PAGE_THREE), start=1):
        lines = text_page(body)
        lines += [(40, 770, f"3/{number + 4}/24, 10:1{number} AM"),
                  (250, 770, "Harbour Plan Passes | The Harbour Times"),
                  (40, 20, "https://harbour.example/news/plan"), (560, 20, f"{number}/3")]
        pages.append(lines)
    document = load(write(tmp_path, make_pdf(pages)))
    assert texts_of(document, BlockKind.TITLE) == ["Harbour Plan Passes"]
    assert "AM" not in document.text
    assert "https" not in document.text
    assert document.text.endswith("The harbour master welcomed the decision.")


def test_the_title_comes_from_metadata_when_there(tmp_path: Path) -> None:
    document = load(write(tmp_path, three_pages(Title="Council Backs the Harbour Plan")))
    assert document.title == "Council Backs the Harbour Plan"


TITLE = "Harbour council delays the bridge vote after a heated public hearing"
BODY_LINES = ["The harbour council voted on Tuesday to postpone its decision on the new bridge",
              "until March, after more than three hundred residents packed the town hall."]


@pytest.mark.parametrize("lines", [
    # the title over two lines of body type: its short first line ends a paragraph
    [(72, 700, "Harbour council delays the bridge vote"),
     (72, 686, "after a heated public hearing"),
     (72, 658, BODY_LINES[0]), (72, 644, BODY_LINES[1])],
    # over three lines of big type, each line alone a paragraph
    [(72, 720, "Harbour council delays the", 20), (72, 696, "bridge vote after a heated", 20),
     (72, 672, "public hearing", 20), (72, 640, BODY_LINES[0]), (72, 626, BODY_LINES[1])],
    # one long line run into the first paragraph, no space between them
    [(72, 700, TITLE), (72, 686, BODY_LINES[0]), (72, 672, BODY_LINES[1])],
    # after a date line
    [(72, 720, "March 3, 2024"), (72, 700, TITLE), (72, 672, BODY_LINES[0]),
     (72, 658, BODY_LINES[1])],
], ids=["two_lines", "three_big_lines", "run_into_text", "after_a_date"])
def test_the_lines_that_spell_the_metadata_title_are_the_title(
        tmp_path: Path, lines: list[Line]) -> None:
    document = load(write(tmp_path, make_pdf([lines], info={"Title": TITLE.upper()})))
    assert texts_of(document, BlockKind.TITLE) == [TITLE]
    assert texts_of(document, BlockKind.PARAGRAPH) == [" ".join(BODY_LINES)]
    assert_well_formed(document)


def test_a_title_the_text_does_not_spell_out_is_left_as_it_is(tmp_path: Path) -> None:
    lines: list[Line] = [(72, 700, "Harbour council delays the bridge vote"),
                         (72, 686, "after a heated public meeting"),
                         (72, 658, BODY_LINES[0]), (72, 644, BODY_LINES[1])]
    document = load(write(tmp_path, make_pdf([lines], info={"Title": TITLE})))
    assert texts_of(document, BlockKind.TITLE) == []
    assert document.title == TITLE
    assert texts_of(document, BlockKind.PARAGRAPH)[:2] == [
        "Harbour council delays the bridge vote", "after a heated public meeting"]


@pytest.mark.parametrize(("author", "byline"), [
    ("Tom Lee", "Ana Ruiz"),  # the text's byline wins over the file property
    ("Administrator", "Ana Ruiz"),
])
def test_the_byline_in_the_text_wins(tmp_path: Path, author: str, byline: str) -> None:
    assert load(write(tmp_path, three_pages(Author=author))).byline == byline


@pytest.mark.parametrize(("author", "byline"), [("Tom Lee", "Tom Lee"), ("Administrator", None),
                                                ("jsmith", None)])
def test_the_author_property_is_a_byline_only_when_plausible(tmp_path: Path, author: str,
                                                             byline: str | None) -> None:
    pages = [text_page([["Harbour Plan Passes"], ["The council voted on Tuesday."]])]
    assert load(write(tmp_path, make_pdf(pages, info={"Author": author}))).byline == byline


def test_a_tool_s_file_name_title_is_ignored(tmp_path: Path) -> None:
    document = load(write(tmp_path, three_pages(Title="Microsoft Word - draft3.docx")))
    assert document.title == "Harbour Plan Passes"


def test_a_paragraph_cut_by_a_page_break_is_joined(tmp_path: Path) -> None:
    pages = [text_page([["The council met on Tuesday and talked about the harbour until"]]),
             text_page([["late at night, when the vote was taken."]])]
    document = load(write(tmp_path, make_pdf(pages)))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "The council met on Tuesday and talked about the harbour until late at night, "
        "when the vote was taken."]


def test_pieces_of_one_line_make_one_line(tmp_path: Path) -> None:
    lines = [(72, 700, "The harbour"), (140, 700, "plan passed."),
             (72, 686, "It was a close vote.")]
    document = load(write(tmp_path, make_pdf([lines])))
    assert document.text == "The harbour plan passed. It was a close vote."


@pytest.mark.parametrize("scale", [1, 0.06])
def test_a_word_gap_is_measured_against_the_type_s_size_on_the_page(tmp_path: Path,
                                                                     scale: float) -> None:
    # Qt sets 11 pt type as 183 pt shrunk by the text matrix: the gap between two pieces of a
    # line, a third of an em of the 11 pt type, is a space between words all the same.
    width = 59.9  # "The harbour" in 11 pt Helvetica
    lines: list[Line] = [(72, 700, "The harbour"), (72 + width + 3.6, 700, "plan passed.")]
    document = load(write(tmp_path, make_pdf([lines], scale=scale)))
    assert document.text == "The harbour plan passed."


def test_a_letter_reaching_under_its_neighbour_is_read_once(tmp_path: Path) -> None:
    # A producer that places glyphs one by one (Qt) kerns a 'j' under the 'a' before it: pdfium
    # reads a box as every character touching it, so each box read whole gave 'majajor'.
    width = 37.29  # "The ma" in 11 pt Helvetica
    lines: list[Line] = [(72, 700, "The ma"), (72 + width - 1, 700, "jor rise.")]
    document = load(write(tmp_path, make_pdf([lines])))
    assert document.text == "The major rise."


def test_a_gap_between_glyphs_is_measured_from_their_advances_not_their_ink(
        tmp_path: Path) -> None:
    # Set glyph by glyph (as Qt does), the '.' after a '1' begins where the '1' advances to,
    # but its ink starts over a quarter of an em after the 1's ink ends: no space for that.
    width = 64.185  # "Prices rose 1" in 11 pt Helvetica
    lines: list[Line] = [(72, 700, "Prices rose 1"), (72 + width, 700, ".8% in May.")]
    document = load(write(tmp_path, make_pdf([lines])))
    assert document.text == "Prices rose 1.8% in May."


def test_a_space_pdfium_reports_between_pieces_is_kept_however_narrow(tmp_path: Path) -> None:
    # A tight justified line (TeX shrinks a space to 0.22 em) in two pieces: pdfium's text reads
    # 'a list of match', though the gap is under a fifth of an em.
    width = 34.85  # "a list of" in 11 pt Helvetica
    lines: list[Line] = [(72, 700, "a list of"), (72 + width + 1.6, 700, "match rules.", 9)]
    document = load(write(tmp_path, make_pdf([lines])))
    assert document.text == "a list of match rules."


def test_a_quote_mark_set_apart_stays_on_its_line(tmp_path: Path) -> None:
    # Beside words without ascenders, a closing quote mark's box (set on its own, as Qt does)
    # overlaps the line's by less than half its height: it stays on the line, and so does the
    # full stop after it.
    width = 75.81  # "you are so grey" in 11 pt Helvetica
    lines: list[Line] = [(72, 700, "you are so grey"), (72 + width, 700, '"'),
                         (72 + width + 3.905, 700, ".")]
    document = load(write(tmp_path, make_pdf([lines])))
    assert document.text == 'you are so grey".'


def test_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    left = [(72, 700, "Left column text that"), (72, 686, "ends here.")]
    right = [(330, 700, "Right column text that"), (330, 686, "ends there.")]
    document = load(write(tmp_path, make_pdf([left + right])))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "Left column text that ends here.", "Right column text that ends there."]


def test_indented_first_lines_start_paragraphs_without_spacing(tmp_path: Path) -> None:
    lines = [(90, 700, "The council voted on Tuesday for the harbour plan after a"),
             (72, 686, "long debate that ran late into the evening of the meeting."),
             (90, 672, "The mayor said that work would start in the spring of the"),
             (72, 658, "next year, once the money from the region had come in.")]
    document = load(write(tmp_path, make_pdf([lines])))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "The council voted on Tuesday for the harbour plan after a long debate that ran late "
        "into the evening of the meeting.",
        "The mayor said that work would start in the spring of the next year, once the money "
        "from the region had come in."]


def test_a_centred_title_over_two_lines_in_big_type_is_one_title(tmp_path: Path) -> None:
    body: list[Line] = [
        (72, 670, "The council voted on Tuesday for the harbour plan after a debate that ran"),
        (72, 656, "long into the evening of the meeting, and the mayor then spoke to the crowd."),
    ]
    lines: list[Line] = [(175, 730, "Council Backs The Harbour", 20),
                         (193, 706, "Plan After Long Debate", 20)]
    document = load(write(tmp_path, make_pdf([lines + body])))
    assert texts_of(document, BlockKind.TITLE) == [
        "Council Backs The Harbour Plan After Long Debate"]
    assert len(texts_of(document, BlockKind.PARAGRAPH)) == 1


def test_a_headline_over_two_columns_does_not_cut_their_lines_apart(tmp_path: Path) -> None:
    """A headline in big type across both columns made the left column as wide as itself, so
    that each of the column's lines looked short, a paragraph's last: every line of the left
    column was a paragraph of its own. A line's column is now made of the lines across it in
    type no bigger than its own."""
    headline: list[Line] = [(72, 730, "Council Backs Harbour Plan After A Long Debate", 20)]
    left: list[Line] = [(72, 690, "The council voted on Tuesday for the"),
                        (72, 676, "harbour plan after a long debate."),
                        (72, 648, "The mayor said work would start in"),
                        (72, 634, "the spring of next year.")]
    right: list[Line] = [(330, 690, "Opponents said the plan would cost"),
                         (330, 676, "far more than the budget allows.")]
    document = load(write(tmp_path, make_pdf([headline + left + right])))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "The council voted on Tuesday for the harbour plan after a long debate.",
        "The mayor said work would start in the spring of next year.",
        "Opponents said the plan would cost far more than the budget allows."]


def test_a_paragraph_runs_on_into_the_next_column(tmp_path: Path) -> None:
    left = [(72, 700, "The council voted on Tuesday for the"),
            (72, 686, "harbour plan after a long debate that"),
            (72, 672, "ran late into the evening, said the")]
    right = [(330, 700, "Mayor, who chaired the meeting."),
             (330, 672, "A second vote is due in June.")]
    document = load(write(tmp_path, make_pdf([left + right])))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "The council voted on Tuesday for the harbour plan after a long debate that ran late "
        "into the evening, said the Mayor, who chaired the meeting.",
        "A second vote is due in June."]


def test_a_lone_page_number_is_dropped_from_a_one_page_pdf(tmp_path: Path) -> None:
    pages = [text_page([["Short piece of text about the harbour."]], footer="- 1 -")]
    assert load(write(tmp_path, make_pdf(pages))).text == "Short piece of text about the harbour."


@pytest.mark.parametrize(("lines", "joined"), [
    (["inter-", "national"], "international"),
    (["inter\x02", "national"], "international"),
    (["New-", "York"], "New-York"),
    (["one", "two"], "one two"),
    (["pages 3-", "5"], "pages 3- 5"),
])
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def test_an_encrypted_pdf_is_a_clear_error(tmp_path: Path) -> None:
    data = make_pdf([text_page(PAGE_ONE)], encrypted=True)
    with pytest.raises(DocumentLoadError, match="is encrypted"):
        load(write(tmp_path, data))


def test_a_pdf_without_text_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentLoadError, match=r"has no text layer \(scanned\?\)"):
        load(write(tmp_path, make_pdf([[], []])))


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\nthis is not really a PDF\n%%EOF",
    b"plain words in a file named .pdf",
])
def test_a_corrupt_pdf_is_a_clear_error(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(DocumentLoadError, match="not a valid PDF"):
        load(write(tmp_path, data))


def test_a_truncated_pdf_is_a_clear_error(tmp_path: Path) -> None:
    data = three_pages()
    with pytest.raises(DocumentLoadError, match=r"story\.pdf: is not a valid PDF"):
        load(write(tmp_path, data[: len(data) // 2]))


def test_a_footnote_does_not_cut_a_paragraph_running_onto_the_next_page(
        tmp_path: Path) -> None:
    """A footnote in small type at a page's foot stood between a paragraph's two halves, so
    the half on the next page was a paragraph of its own, after the note. A page's last
    paragraphs in type smaller than the body's that open with a note's mark are footnotes:
    they follow the text, and the paragraph is whole again."""
    one: list[Line] = [
        (72, 690, "The council voted on Tuesday for the harbour plan after a long debate that"),
        (72, 676, "ran late into the evening. The mayor said that the work on the new walls"),
        (72, 662, "would start in the spring of next year, once the money from the region and"),
        (72, 80, "1 The walls were first built in 1890 and last repaired in 1962.", 8)]
    two: list[Line] = [
        (72, 720, "the state had come in, and that the harbour would stay open during the work."),
        (72, 690, "A second vote is due in June."),
        (72, 80, "* Two members were away.", 8)]
    document = load(write(tmp_path, make_pdf([one, two])))
    paragraphs = texts_of(document, BlockKind.PARAGRAPH)
    assert paragraphs[1:] == ["A second vote is due in June.", "* Two members were away."]
    # a numbered note is an item of the list of notes, as a Word or Markdown file's are
    notes = [(b.number, b.span.of(document.text)) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]
    assert notes == [(1, "The walls were first built in 1890 and last repaired in 1962.")]
    assert paragraphs[0].endswith("once the money from the region and the state had come in, "
                                  "and that the harbour would stay open during the work.")
