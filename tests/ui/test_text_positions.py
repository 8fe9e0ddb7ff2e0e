"""Document offsets to QTextDocument positions and back, checked against a real QTextDocument."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.document import Block, BlockKind, Document, TextSpan
from reader.ui.article_view import ArticleView
from reader.ui.text_positions import (
    BREAK_EVERY,
    LONG_PARAGRAPH,
    SOFT_BREAK,
    PositionMap,
    breakable,
    layout_blocks,
    soft_breaks,
    utf16_length,
)

TEXT = "Title here\n\nFirst 😀 paragraph, with an emoji.\n\nSecond one: 𝔘nicode 𝔐ath.\n"


def blocks_of(text: str) -> tuple[Block, ...]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append(TextSpan(start, start + len(part.rstrip("\n"))))
        start += len(part) + 2
    kinds = [BlockKind.TITLE] + [BlockKind.PARAGRAPH] * (len(spans) - 1)
    return tuple(Block(kind, span) for kind, span in zip(kinds, spans, strict=True))


DOCUMENT = Document(TEXT, blocks_of(TEXT), "txt")


def test_utf16_length_counts_astral_characters_twice() -> None:
    assert utf16_length("a😀b") == 4


def test_each_block_starts_after_the_previous_and_its_separator() -> None:
    positions = PositionMap(DOCUMENT)
    first, second, third = positions.segments
    assert (first.position, second.position) == (0, len("Title here") + 1)
    second_text = second.block.span.of(TEXT)
    assert third.position == second.position + utf16_length(second_text) + 1


@pytest.mark.parametrize("word", ["Title", "paragraph", "with", "Second", "nicode", "ath"])
def test_offsets_round_trip(word: str) -> None:
    positions = PositionMap(DOCUMENT)
    start = TEXT.index(word)
    for offset in (start, start + len(word)):
        assert positions.offset(positions.position(offset)) == offset


def test_text_between_blocks_maps_to_the_next_block() -> None:
    positions = PositionMap(DOCUMENT)
    gap = TEXT.index("\n\nFirst") + 1
    assert positions.position(gap) == positions.position(TEXT.index("First"))


def test_overlapping_blocks_are_dropped_and_no_blocks_mean_one() -> None:
    overlapping = (Block(BlockKind.PARAGRAPH, TextSpan(0, 10)),
                   Block(BlockKind.PARAGRAPH, TextSpan(5, 12)))
    assert len(layout_blocks(Document(TEXT, overlapping, "txt"))) == 1
    assert layout_blocks(Document("abc", (), "txt"))[0].span == TextSpan(0, 3)


@pytest.mark.parametrize("word", ["Title", "paragraph", "emoji", "Second", "nicode", "ath."])
def test_mapped_positions_hold_the_same_text_in_the_view(qtbot: QtBot, word: str) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_document(DOCUMENT)
    assert view.positions is not None
    start = TEXT.index(word)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.position(start))
    cursor.setPosition(view.positions.position(start + len(word)), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == word


# a pasted blob (never prose): Qt lays such a word out in time growing with its square
BLOB = "".join(chr(ord("a") + i % 26) for i in range(2600))
BLOB_TEXT = f"Harbour notes\n\nThe key was {BLOB}😀tail and then 🐟 fish.\n\nEnd of notes."
BLOB_DOCUMENT = Document(BLOB_TEXT, blocks_of(BLOB_TEXT), "txt")


def test_a_long_word_gets_soft_breaks_and_short_ones_none() -> None:
    start = BLOB_TEXT.index(BLOB)
    word_end = BLOB_TEXT.index(" and then")
    assert soft_breaks(BLOB_TEXT) == list(range(start + BREAK_EVERY, word_end, BREAK_EVERY))
    assert soft_breaks(TEXT) == []
    assert breakable(TEXT) is TEXT
    shown = breakable(BLOB_TEXT)
    assert shown.replace(SOFT_BREAK, "") == BLOB_TEXT
    assert max(len(word) for word in shown.replace(SOFT_BREAK, " ").split()) == BREAK_EVERY


def test_every_offset_round_trips_across_soft_breaks_and_astral_characters() -> None:
    positions = PositionMap(BLOB_DOCUMENT)
    for block in layout_blocks(BLOB_DOCUMENT):
        for offset in range(block.span.start, block.span.end + 1):
            assert positions.offset(positions.position(offset)) == offset


def test_the_view_shows_a_long_word_with_soft_breaks_at_the_mapped_positions(qtbot: QtBot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_document(BLOB_DOCUMENT)
    assert view.positions is not None
    for start, end in [(BLOB_TEXT.index("The key"), BLOB_TEXT.index(" and then")),
                       (BLOB_TEXT.index("tail"), BLOB_TEXT.index(" fish")),
                       (BLOB_TEXT.index("End"), len(BLOB_TEXT))]:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.position(start))
        cursor.setPosition(view.positions.position(end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace(SOFT_BREAK, "") == BLOB_TEXT[start:end]
    assert view.document().toPlainText().count(SOFT_BREAK) == len(soft_breaks(BLOB_TEXT))


SENTENCE = "Ferry {} left the quay at dawn and came back before noon."
SENTENCES = " ".join(SENTENCE.format(n) for n in range(900))
ONE_LINE = Document(SENTENCES, (Block(BlockKind.PARAGRAPH, TextSpan(0, len(SENTENCES))),), "txt")


def test_a_paragraph_too_long_to_lay_out_is_shown_as_several_cut_after_sentences() -> None:
    pieces = layout_blocks(ONE_LINE)
    assert len(pieces) >= 3
    assert all(len(p.span) <= LONG_PARAGRAPH for p in pieces)
    assert all(p.span.of(ONE_LINE.text).endswith("noon.") for p in pieces)
    shown = " ".join(p.span.of(ONE_LINE.text) for p in pieces)
    assert shown == ONE_LINE.text  # only the space after each cut is not shown


def test_a_long_paragraph_without_sentences_or_spaces_is_cut_where_full() -> None:
    text = "x" * (2 * LONG_PARAGRAPH + 5)
    pieces = layout_blocks(Document(text, (), "txt"))
    assert [len(p.span) for p in pieces] == [LONG_PARAGRAPH, LONG_PARAGRAPH, 5]


def test_the_view_shows_a_long_paragraph_as_several_with_its_offsets_kept(qtbot: QtBot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_document(ONE_LINE)
    assert view.positions is not None
    assert view.document().blockCount() == len(layout_blocks(ONE_LINE)) >= 3
    start = ONE_LINE.text.index("Ferry 450 left")
    end = start + len("Ferry 450 left the quay")
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.position(start))
    cursor.setPosition(view.positions.position(end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Ferry 450 left the quay"
