"""The Markdown loader: markup removed, a block per heading, paragraph, quote and list item."""

from __future__ import annotations

from pathlib import Path

from reader.document import BlockKind
from reader.loaders import load
from tests.loaders.helpers import assert_well_formed, kinds, texts_of


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_markup_is_removed_and_blocks_kept(tmp_path: Path) -> None:
    source = (
        "# Council Votes *On* Bridge\n\nA **bold** claim with `code`, a [link](http://x.test)\n"
        "and ![a picture](pic.png) soft-wrapped.\n\n## Reactions\n\n> \"We will build it,\"\n"
        "> she said.\n\n- first\n  - nested\n1. numbered\n"
    )
    document = load(write(tmp_path, source))
    assert kinds(document) == [
        (BlockKind.TITLE, "Council Votes On Bridge"),
        (BlockKind.PARAGRAPH, "A bold claim with code, a link and soft-wrapped."),
        (BlockKind.HEADING, "Reactions"),
        (BlockKind.QUOTE, '"We will build it," she said.'),
        (BlockKind.LIST_ITEM, "first"),
        (BlockKind.LIST_ITEM, "nested"),
        (BlockKind.LIST_ITEM, "numbered"),
    ]
    assert [b.level for b in document.blocks if b.kind is BlockKind.LIST_ITEM] == [1, 2, 1]
    assert document.title == "Council Votes On Bridge"
    assert_well_formed(document)


def test_title_comes_from_the_first_heading_even_if_not_first(tmp_path: Path) -> None:
    document = load(write(tmp_path, "Intro paragraph first.\n\n## Later Heading\n\nText.\n"))
    assert document.title == "Later Heading"
    assert document.blocks[0].kind is BlockKind.PARAGRAPH


def test_byline_and_date_paragraphs_become_meta(tmp_path: Path) -> None:
    document = load(write(tmp_path, "# Title\n\nBy Ana Ruiz\n\n2024-03-05\n\nBody text.\n"))
    assert (document.byline, document.published) == ("Ana Ruiz", "2024-03-05")
    assert texts_of(document, BlockKind.META) == ["By Ana Ruiz", "2024-03-05"]


def test_front_matter_gives_metadata_and_is_not_text(tmp_path: Path) -> None:
    source = "---\ntitle: \"Front Title\"\nauthor: Ana Ruiz\ndate: 2024-03-05\n---\nBody text.\n"
    document = load(write(tmp_path, source))
    assert (document.title, document.byline, document.published) == (
        "Front Title", "Ana Ruiz", "2024-03-05")
    assert document.text == "Body text."


def test_tables_and_code_keep_their_text(tmp_path: Path) -> None:
    source = "| city | votes |\n|---|---|\n| Oslo | 12 |\n\n```\nprint(1)\n```\n"
    document = load(write(tmp_path, source))
    assert texts_of(document, BlockKind.PARAGRAPH) == ["city | votes", "Oslo | 12", "print(1)"]


def test_scripts_and_styles_in_html_blocks_are_not_text(tmp_path: Path) -> None:
    source = "Text before.\n\n<script>\nalert('x');\n</script>\n\n<style>\np {}\n</style>\n"
    assert load(write(tmp_path, source)).text == "Text before."


def test_markup_only_has_no_readable_text(tmp_path: Path) -> None:
    import pytest

    from reader.errors import DocumentLoadError

    with pytest.raises(DocumentLoadError, match="has no readable text"):
        load(write(tmp_path, "---\n\n***\n\n![](pic.png)\n"))


def test_a_numbered_list_counts_from_its_start_and_bullets_have_no_number(
        tmp_path: Path) -> None:
    source = ("Residents should do three things.\n\n3. Register with the clerk.\n"
              "3. Bring a statement.\n   1) Two pages at most.\n\n   Signed and dated.\n"
              "9. Arrive by seven.\n\n- Parking is free.\n")
    document = load(write(tmp_path, source))
    items = [(b.level, b.number, b.more, b.span.of(document.text)) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]
    # CommonMark numbers the items from the list's start, whatever numbers follow it;
    # an item's second paragraph keeps the item's number, and says it is one (more)
    assert items == [(1, 3, False, "Register with the clerk."),
                     (1, 4, False, "Bring a statement."), (2, 1, False, "Two pages at most."),
                     (1, 4, True, "Signed and dated."), (1, 5, False, "Arrive by seven."),
                     (1, None, False, "Parking is free.")]
    assert_well_formed(document)


def test_footnotes_lose_their_labels_and_are_listed_as_notes(tmp_path: Path) -> None:
    """GFM footnotes were shown as typed: '[^1]' inside the sentence and '[^1]: ...' as a
    paragraph. A reference is no word of its sentence: it goes; the definitions are a numbered
    list, in the order they are defined, as GFM shows them."""
    source = ("The council voted on Monday.[^1] It met again on Friday[^vote] and the mayor "
              "spoke.\n\nA [^bracket] that no note defines stays.\n\n"
              "[^1]: The minutes were published on Tuesday.\n"
              "[^vote]: The vote was 7 to 2,\n    with one member away.\n")
    document = load(write(tmp_path, source))
    assert texts_of(document, BlockKind.PARAGRAPH) == [
        "The council voted on Monday. It met again on Friday and the mayor spoke.",
        "A [^bracket] that no note defines stays."]
    notes = [(b.number, b.span.of(document.text)) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]
    assert notes == [(1, "The minutes were published on Tuesday."),
                     (2, "The vote was 7 to 2, with one member away.")]
    assert_well_formed(document)
