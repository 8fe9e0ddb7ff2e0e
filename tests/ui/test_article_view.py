"""How the article page lays out an article's blocks: lists with their bullets or numbers."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QTextCursor,
    QTextListFormat,
)
from pytestqt.qtbot import QtBot

from reader.document import CELL_MARK, BlockKind, Document, TextSpan
from reader.loaders import load
from reader.ui import article_view
from reader.ui.article_view import ArticleView
from reader.ui.highlights import Highlight
from reader.ui.main_window import MainWindow
from reader.ui.page_layout import PageStyle, paint_empty_page
from reader.ui.text_positions import PositionMap
from reader.wrapped_lines import unwrapped
from tests.ui.conftest import MakeWindow, open_and_wait
from tests.ui.driving import click_text

HIKE = """<html><head><title>Packing for a day hike</title></head><body><article>
<h1>Packing for a day hike</h1>
<p>Rangers in Yosemite National Park ask every hiker to carry a few things on a day hike, even
a short one in good weather.</p>
<ul><li>two litres of water</li><li>a map of Yosemite National Park</li><li>a warm layer</li></ul>
<p>Park ranger Lena Ortiz said most rescues in Yosemite National Park begin with a hiker who ran
out of water on the way down.</p>
</article></body></html>
"""


def open_article(qtbot: QtBot, window: MainWindow, article: Path,
                 text: str) -> tuple[Document, PositionMap]:
    """Open an article written here; its document and where its offsets are on the page."""
    article.write_text(text, encoding="utf-8")
    open_and_wait(qtbot, window, article)
    document, positions = window.session.document, window.view.positions
    assert document is not None
    assert positions is not None
    return document, positions


def test_list_items_are_bulleted_and_keep_their_offsets(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    document, positions = open_article(qtbot, window, tmp_path / "hike.html", HIKE)
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert len(items) == 3

    def page_block(start: int) -> QTextCursor:
        return QTextCursor(window.view.document().findBlock(positions.position(start)))

    lists = [page_block(b.span.start).currentList() for b in items]
    assert lists[0] is not None
    assert all(found == lists[0] for found in lists), "one list of three items"
    assert lists[0].count() == 3
    assert lists[0].format().style() == QTextListFormat.Style.ListDisc
    for block in document.blocks:
        if block.kind is not BlockKind.LIST_ITEM:
            assert page_block(block.span.start).currentList() is None, block.kind
    # a name inside an item is where the text says: clicking it opens its dossier
    analysis = window.session.analysis
    assert analysis is not None
    inside = [(e, m) for e in analysis.entities for m in e.mentions if items[1].span.contains(m)]
    assert inside, "the park is named in the second item"
    entity, mention = inside[0]
    click_text(qtbot, window, mention)
    assert window.dossier.entity == entity
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(positions.position(mention.start))
    cursor.setPosition(positions.position(mention.end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == mention.of(document.text)


def test_highlights_still_being_painted_die_with_their_page(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page closed while its highlights are painted a slice at a time: the next slice, due on
    a timer, must not reach the page's deleted document (a RuntimeError in the event loop)."""
    article = tmp_path / "names.txt"
    article.write_text("Names\n\n" + "Ada met Bo in Oslo. " * 400, encoding="utf-8")
    document = load(article)
    monkeypatch.setattr(article_view, "SLICE_SECONDS", 0.0)  # one highlight a slice
    view = ArticleView()
    view.set_document(document)
    highlights = [Highlight(TextSpan(m.start(), m.end()), "PERSON", "e1")
                  for m in re.finditer("Ada", document.text)]
    view.set_highlights(highlights, {"PERSON": "#f4b6c2"})
    assert view._pending, "the painting goes on after set_highlights returns"
    view.deleteLater()
    qtbot.wait(5 * article_view.PAUSE_MS + 50)  # pytest-qt fails on an exception raised meanwhile


STEPS = """# Before the harbour vote

The council said residents who want to speak at the hearing should do three things.

3. Register with the clerk by Friday.
4. Bring a copy of the written statement.

   Statements may be two pages long.
5. Arrive at the town hall before seven.

- Parking is free after six.
"""


def test_a_numbered_list_shows_numbers_from_its_own_start(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    document, positions = open_article(qtbot, window, tmp_path / "steps.md", STEPS)
    page = window.view.document()
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    blocks = [page.findBlock(positions.position(b.span.start)) for b in items]
    lists = [block.textList() for block in blocks]
    numbered = lists[0]
    assert numbered is not None
    assert numbered.format().style() == QTextListFormat.Style.ListDecimal
    marks = [found.itemText(block) if found is not None else ""
             for found, block in zip(lists, blocks, strict=True)]
    # the item's second paragraph sits under it, unnumbered; the bullet after is a list of its own
    assert marks[:4] == ["3.", "4.", "", "5."]
    assert lists[4] is not None
    assert lists[4] != numbered
    assert lists[4].format().style() == QTextListFormat.Style.ListDisc
    assert blocks[2].blockFormat().indent() == 1
    assert all(block.text() == b.span.of(document.text)
               for block, b in zip(blocks, items, strict=True)), "no number in the text"


def page_of(qtbot: QtBot, article: Path, text: str) -> tuple[Document, ArticleView]:
    """An article written here, loaded and set on a page of its own (no window, no analysis)."""
    article.write_text(text, encoding="utf-8")
    document = load(article)
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_document(document)
    return document, view


TWO_LISTS = """# Before the harbour vote

The clerk gave two lists.

1. Call the clerk.
1) Bring a pen.
2) Sign the form.

- Parking is free.

  It closes at ten.
- The hall is open.
"""


def test_a_list_starting_on_the_number_the_last_ended_on_is_a_list_of_its_own(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Two numbered lists, one after the other, the second starting on the first's last number:
    its first item was taken for a further paragraph of that item (drawn unnumbered) and its
    second went on counting the first list. An item's further paragraph is now one the loader
    says is, whatever its number; a bulleted item's too (it had a bullet of its own)."""
    document, view = page_of(qtbot, tmp_path / "lists.md", TWO_LISTS)
    assert view.positions is not None
    page = view.document()
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    blocks = [page.findBlock(view.positions.position(b.span.start)) for b in items]
    lists = [block.textList() for block in blocks]
    marks = [found.itemText(block) if found is not None else ""
             for found, block in zip(lists, blocks, strict=True)]
    assert marks[:3] == ["1.", "1.", "2."]
    assert lists[1] != lists[0]
    assert lists[2] == lists[1]
    # the bullet's further paragraph sits under it, unmarked; the next bullet goes on its list
    assert lists[4] is None
    assert blocks[4].blockFormat().indent() == 1
    assert lists[5] == lists[3]
    assert lists[3] is not None
    assert lists[3].count() == 2


WRAPPED = """Ferry fares to rise

The ferry company said on Monday that fares on the harbour line would
rise by a fifth in June, the first rise since the bridge opened in 1962.

Buyers of a season ticket keep the old fare until it runs out, a
spokeswoman said.

Fares on the harbour line rise by a fifth from the first of June.
Season tickets bought before then keep their price until they end.
"""


def test_a_plain_text_paragraph_wrapped_by_its_editor_flows_as_one(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A .txt paragraph hard-wrapped at 70 characters was set a line to a page paragraph,
    each with a paragraph's space under it: ragged halves of lines, far apart. A paragraph
    its writer's editor wrapped now flows as one, its line breaks shown as spaces (the same
    number of characters, so every offset stays); lines that are sentences of their own
    stay apart."""
    document, view = page_of(qtbot, tmp_path / "fares.txt", WRAPPED)
    assert view.positions is not None
    page = view.document()
    first = document.blocks[1]
    block = page.findBlock(view.positions.position(first.span.start))
    assert block.text() == first.span.of(document.text).replace("\n", " ")
    second = document.blocks[2]
    assert page.findBlock(view.positions.position(second.span.end - 1)).text() == \
        second.span.of(document.text).replace("\n", " ")
    # two sentences a line each: no word would have wrapped, so the lines stay lines
    last = document.blocks[3]
    assert page.findBlock(view.positions.position(last.span.start)).text() == \
        last.span.of(document.text).split("\n")[0]


@pytest.mark.parametrize(("text", "flows"), [
    ("The council voted on Monday to close the old harbour bridge for six\n"
     "months of repairs.", True),
    # a list: its lines start items
    ("- the ring road, which adds about twelve minutes to the trip;\n"
     "- the ferry, which runs every twenty minutes.", False),
    # paragraphs a line each, long ones: none is 40 to 120 characters
    ("Ann Price said the council had known about the damage since 2019, and that it should"
     " have acted in the spring of that year, when the first cracks were found.\nShe voted no.",
     False),
    # short lines: an address, a verse
    ("Town Hall\n1 Harbour Street\nLakeside", False),
    # a line that had room for the next one's first word was broken on purpose
    ("Sell the plan to the voters who were not in the hall on Monday night,\n"
     "tell them what it costs and when the work starts\nand ask them", False),
    # every line a sentence of its own, in capitals: no sentence runs across a break
    ("The ferry company said on Monday that fares on the harbour line rise.\n"
     "Season tickets keep their price.", False),
])
def test_only_a_paragraph_an_editor_wrapped_is_unwrapped(text: str, flows: bool) -> None:
    shown = unwrapped(text)
    assert len(shown) == len(text)
    assert shown == (text.replace("\n", " ") if flows else text)


TABLE = """# Fares from June

The new fares, by ticket:

| Ticket | Fare |
|--------|------|
| Single | £3.60 |
| Season | £540 |

Fares were last raised in 2019.
"""


def test_a_table_s_rows_are_set_together(qtbot: QtBot, tmp_path: Path) -> None:
    """A table's rows, each a paragraph of its cells ('Single | £3.60'), were a paragraph's
    space apart, and read as three paragraphs. A row followed by another has a list item's
    space under it; the last row a paragraph's, as any block before a paragraph."""
    document, view = page_of(qtbot, tmp_path / "fares.md", TABLE)
    assert view.positions is not None
    page = view.document()
    rows = [page.findBlock(view.positions.position(b.span.start)) for b in document.blocks
            if CELL_MARK in b.span.of(document.text)]
    assert len(rows) == 3
    margins = [row.blockFormat().bottomMargin() for row in rows]
    paragraph = page.firstBlock().next().blockFormat().bottomMargin()
    assert margins[:2] == [margins[0]] * 2
    assert margins[0] < paragraph / 2
    assert margins[2] == paragraph


LINES = """Ferry fares from June

The company listed the new fares:

- a single, £3.60;
- a return, £6.80;
- a season ticket, £540.

Stop one.
Stop two.
"""


def test_a_plain_text_list_is_set_as_a_list(qtbot: QtBot, tmp_path: Path) -> None:
    """A .txt paragraph of list lines ('- a single, £3.60;') showed each line a paragraph's
    space from the next: three unrelated paragraphs. Its lines are now a list item's space
    apart, the last a paragraph's from what follows; lines that are no list keep theirs."""
    document, view = page_of(qtbot, tmp_path / "fares.txt", LINES)
    assert view.positions is not None
    page = view.document()
    items, other = document.blocks[2], document.blocks[3]
    first = page.findBlock(view.positions.position(items.span.start))
    lines = [first, first.next(), first.next().next()]
    assert [line.text() for line in lines] == items.span.of(document.text).split("\n")
    paragraph = page.findBlock(view.positions.position(document.blocks[1].span.start))
    wide = paragraph.blockFormat().bottomMargin()
    assert [line.blockFormat().bottomMargin() < wide / 2 for line in lines] == [True, True, False]
    stop = page.findBlock(view.positions.position(other.span.start))
    assert stop.blockFormat().bottomMargin() == wide


def test_a_selected_span_out_of_view_is_shown_a_third_down(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Stepping to a mention below the page (F3) showed it on the last line, the rest of its
    sentence cut off under the page's edge: selecting it scrolled it just into view before
    reveal asked whether it was in view. It now stands a third down, as an unselected one does."""
    window = make_window()
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour news\n\n" + "\n\n".join(
        f"Paragraph {n}: the harbour board of Kestrel met to talk about cranes and tides."
        for n in range(80)) + "\n", encoding="utf-8")
    window.open_path(article)
    view, text = window.view, article.read_text(encoding="utf-8")
    for n in (30, 60):
        start = text.index(f"Paragraph {n}:")
        span = TextSpan(start, start + len(f"Paragraph {n}"))
        view.reveal(span, select=span, flash=False)
        assert view.selected_span() == span
        top = view.cursorRect(view.textCursor()).top()
        third = view.viewport().height() // 3
        assert abs(top - third) < 2 * view.fontMetrics().height()


def test_the_place_at_the_top_of_the_page_is_kept_as_the_window_narrows_and_widens(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Making the window smaller rewrapped the text above the same scroll position: a reader
    at "Paragraph 40" found Paragraph 37 at the top. The passage at the top stays there, through
    a drag of many widths and back."""
    window = make_window()
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour news\n\n" + "\n\n".join(
        f"Paragraph {n}: the harbour board of Kestrel met on Tuesday to talk about the cranes, "
        "the tides, the ferry timetable, the fishermen's moorings at the north quay and the "
        "cost of dredging the channel before the winter storms." for n in range(80)) + "\n",
        encoding="utf-8")
    window.open_path(article)
    view, text = window.view, article.read_text(encoding="utf-8")
    place = text.index("Paragraph 40:")
    view.scroll_to_offset(place)
    assert view.top_offset() == place
    for width in (*range(1250, 900, -50), 1024, 1300):
        window.resize(width, 760)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        top = view.top_offset()
        assert view.positions is not None
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.position(place))
        line = view.cursorRect(cursor)
        assert top <= place, f"at {width} px the page starts after its place"
        assert 0 <= line.top() < view.fontMetrics().height() * 2, (
            f"at {width} px the place is not on the top line: {text[top:top + 40]!r}")
    view.verticalScrollBar().setValue(0)
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert view.top_offset() == 0, "once the reader has scrolled, their own place is kept"


class _Recorder(QPainter):
    """A painter that keeps the texts it draws, with the font each is drawn in."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.drawn: list[tuple[str, QFont]] = []

    def drawText(self, *args: Any) -> None:
        self.drawn.append((args[-1], self.font()))
        super().drawText(*args)


def test_a_long_file_name_on_the_empty_page_stays_on_the_page(qtbot: QtBot) -> None:
    """'Reading ffc109d474fdee1a59fa554df8b09643f4a7d45b23eceabad66f0712c3f7daed.html…' ran off
    the page on both sides, a hashed name being one word that no line can break: it is now
    cut in its middle, so that every word of the title fits the page's width."""
    image = QImage(520, 400, QImage.Format.Format_ARGB32)
    painter = _Recorder(image)
    style = PageStyle("DejaVu Serif", 12, 0, QBrush(QColor("grey")))
    area = QRect(0, 0, 520, 400)
    paint_empty_page(painter, area, style, f"Reading {'ffc109d474fdee1a59fa554df8' * 3}.html…",
                     "A hint.")
    painter.end()
    title, font = painter.drawn[0]
    assert title.startswith("Reading ffc109d4")
    assert title.endswith(".html…")
    metrics = QFontMetrics(font)
    assert all(metrics.horizontalAdvance(word) <= area.width() - 48 for word in title.split())


def test_another_file_of_the_same_length_opens_at_its_top(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Opening the EPUB of an article read halfway down as text (BBC business 036) showed the
    EPUB halfway down too, as would any file of the same length: a new page kept the old one's
    place when the two had as many characters. Another file opens at its top; the same file
    opened again keeps its place."""
    window = make_window()
    paragraphs = [f"Paragraph {n}: the harbour board of Kestrel met to talk about cranes."
                  for n in range(60)]
    first, second = tmp_path / "cranes.txt", tmp_path / "tides.txt"
    first.write_text("Cranes\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    second.write_text("Tides!\n\n" + "\n\n".join(p.replace("cranes", "tides!")
                                                  for p in paragraphs) + "\n", encoding="utf-8")
    bar = window.view.verticalScrollBar()
    window.open_path(first)
    bar.setValue(bar.maximum() // 2)
    window.open_path(first)
    assert bar.value() > 0, "the same file again keeps its place"
    window.open_path(second)
    assert window.session.document is not None
    assert window.session.document.source_path == second
    assert bar.value() == 0
