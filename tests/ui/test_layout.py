"""What the window looks like at the edges: no article, many entity types, long panel cells."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from reader.analysis.dates import shown_date
from reader.analysis.model import Event
from reader.paths import sample_article
from reader.settings import DEFAULT_COLOURS
from reader.ui.column_share import (
    MIN_COLUMN_CAP,
    MIN_COLUMN_WIDTH,
    column_cap,
    fitted_widths,
    shared_widths,
)
from reader.ui.commands import DRAGGED_LEAST, PANEL_LEAST
from reader.ui.fitted_columns import REFIT_MS
from reader.ui.legend import Legend
from reader.ui.list_tab import ListTab
from reader.ui.main_window import MainWindow
from reader.ui.models import EVENT_COLUMNS, SORT_ROLE, WHAT_COLUMN, quote_columns
from reader.ui.side_panel import SPEAKER_CHARS, TABS, WHAT_SHARE
from tests.ui.conftest import MakeWindow, open_and_wait
from tests.ui.driving import Answer, drag_handle, entity_named, menu_choice


def test_an_empty_window_says_how_to_open_an_article(sample_window: MainWindow) -> None:
    sample_window.actions_by_name["close_document"].trigger()
    assert sample_window.view.document().isEmpty()
    assert "Ctrl+O" in sample_window.view.placeholderText()
    assert sample_window.legend.toggle_button("PERSON") is None
    assert not sample_window.legend.isVisible(), "no Quotes and Numbers toggles for nothing"
    assert sample_window.summary.text() == ""
    assert sample_window.notes is not None
    assert not sample_window.notes.add_document_button.isEnabled()
    sample_window.open_path(sample_article())
    assert sample_window.legend.isVisible()


def test_an_empty_list_says_why_it_is_empty(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """An article with no quotes showed a blank Quotes list, and a filter that matched no event
    a blank Events list, as if the lists had not loaded. Now each says why, in the list."""
    article = tmp_path / "ferry.txt"
    article.write_text("Storm closes ferry\n\nThe Halden ferry did not sail on Monday.\n",
                       encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    panel = window.side_panel
    panel.setCurrentWidget(panel.quotes)
    assert panel.quotes.proxy.rowCount() == 0
    blank = panel.quotes.view.viewport().grab().toImage()
    assert inked_box(blank).width() > 100, "the words drawn in the list"
    assert panel.quotes.view.empty_text == "No quotes found in this article"
    panel.setCurrentWidget(panel.events)
    assert panel.events.proxy.rowCount() > 0
    assert panel.events.view.empty_text == ""
    panel.events.filter.setText("zebra")
    assert panel.events.proxy.rowCount() == 0
    assert panel.events.view.empty_text == "No events match \u201czebra\u201d"
    panel.events.filter.clear()
    assert panel.events.view.empty_text == ""


def test_the_lists_say_an_analysis_is_running_rather_than_stand_blank(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    """While an article was analysed (minutes for a long one) its four lists stood blank, only
    the status bar's corner saying why. Now each says the analysis is running, and after a
    Cancel that it was cancelled; with no article open they say nothing."""
    article = tmp_path / "ferry.txt"
    article.write_text("Storm closes ferry\n\nThe Halden ferry, run by Ola Brekke, did not sail"
                       " on Monday.\n", encoding="utf-8")
    panel = sample_window.side_panel
    lists = (panel.entities, panel.events, panel.quotes, panel.numbers)
    sample_window.open_path(article)
    assert sample_window.session.analysis is None
    for tab in lists:
        assert tab.view.empty_text == "Not analysed yet: the analysis is running", tab.noun
    qtbot.mouseClick(sample_window.status.cancel, Qt.MouseButton.LeftButton)
    for tab in lists:
        assert tab.view.empty_text.startswith("Not analysed: the analysis was cancelled"), (
            tab.noun)
    sample_window.actions_by_name["close_document"].trigger()
    assert [tab.view.empty_text for tab in lists] == [""] * 4


def inked_box(image: QImage) -> QRect:
    """The box around every pixel not of the colour at the image's top left corner."""
    paper = image.pixel(0, 0)
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) != paper:
                xs.append(x)
                ys.append(y)
    assert xs, "nothing drawn"
    return QRect(QPoint(min(xs), min(ys)), QPoint(max(xs), max(ys)))


def test_an_empty_page_says_so_in_its_middle(qtbot: QtBot, sample_window: MainWindow) -> None:
    sample_window.actions_by_name["close_document"].trigger()
    viewport = sample_window.view.viewport()
    for size in ((1300, 850), (900, 650)):
        sample_window.resize(*size)
        qtbot.wait(50)
        box, area = inked_box(viewport.grab().toImage()), viewport.rect()
        assert abs(box.center().x() - area.center().x()) <= 8, (size, box, area)
        assert abs(box.center().y() - area.center().y()) <= 8, (size, box, area)
        assert box.left() >= 20, ("wrapped inside the page, not cut at its edges", size, box)
        assert box.right() <= area.right() - 20, (size, box)


PORT_SENTENCES = (
    "Officials in the US and the UK met in Paris on Monday to talk about the new port rules.",
    "Mara Lindqvist of the Kestrel Harbour Board said the US would send two inspectors.",
    "The plan was agreed with the UK and with France after talks that ran late into the night.",
    "Talks with the US ended on Friday, and the Harbour Board said it would meet again in May.",
    "Jon Ekdahl, who runs the Kestrel ferry company, said the rules would cost the UK jobs.",
)


def test_the_article_never_scrolls_sideways(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """At some widths (a 600 px window) the article showed a horizontal scrollbar that
    scrolled 1 px: a line ending in a highlighted name and a space overhung the page by a
    fraction of a pixel. Its lines wrap at the page's width, so no bar is shown at any."""
    paragraphs = [" ".join(PORT_SENTENCES[i:] + PORT_SENTENCES[:i]) for i in range(5)] * 2
    article = tmp_path / "ports.txt"
    article.write_text("Port rules agreed\n\n" + "\n\n".join(paragraphs) + "\n",
                       encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    window.resize(900, 700)
    total = sum(window.splitter.sizes())
    scrolled = []
    for left in range(300, 460):
        window.splitter.setSizes([left, total - left])
        qtbot.wait(5)
        bar = window.view.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            scrolled.append(left)
    assert scrolled == []


def test_the_legend_wraps_rather_than_widening_the_article(qtbot: QtBot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_types(DEFAULT_COLOURS, DEFAULT_COLOURS, (), quotes=True, numbers=True)
    every = [legend.toggle_button(label) for label in (*DEFAULT_COLOURS, "quote", "number")]
    widest = max(b.sizeHint().width() for b in every if b is not None)
    assert legend.minimumSizeHint().width() < widest + 40
    assert legend.heightForWidth(400) > legend.heightForWidth(4000)
    legend.resize(400, legend.heightForWidth(400))
    legend.show()
    qtbot.waitExposed(legend)
    for button in every:
        assert button is not None
        assert legend.rect().contains(button.geometry()), button.text()


def test_long_cells_leave_the_later_columns_in_sight(sample_window: MainWindow) -> None:
    events = sample_window.side_panel.events
    sample_window.side_panel.setCurrentWidget(events)
    events.set_records(events.model.records)
    cap = max(MIN_COLUMN_CAP, events.view.viewport().width() // 3)
    widths = [events.view.columnWidth(c) for c in range(events.model.columnCount() - 1)]
    assert max(widths) <= cap


def test_another_article_opens_at_its_top_margin_included(qtbot: QtBot,
                                                          sample_window: MainWindow) -> None:
    bar = sample_window.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert bar.value() > 0
    open_and_wait(qtbot, sample_window, sample_article().with_name("sample.md"))
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    sample_window.view.scroll_to_offset(0)  # where a reading place at the very start comes back
    assert bar.value() == 0


def test_ctrl_home_and_end_reach_the_page_ends(qtbot: QtBot, sample_window: MainWindow) -> None:
    """Ctrl+Home put the title flush against the top edge, its top margin scrolled away (the
    cursor made visible, not the page's top), unlike the article as it opens; Ctrl+End stopped
    short of the bottom margin the same way."""
    view = sample_window.view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def test_a_long_list_is_fitted_like_a_short_one(sample_window: MainWindow,
                                                make_window: MakeWindow) -> None:
    analysis, document = sample_window.session.analysis, sample_window.session.document
    assert analysis is not None
    assert document is not None
    columns = range(len(EVENT_COLUMNS) - 1)
    short = [sample_window.side_panel.events.view.columnWidth(c) for c in columns]
    many = analysis.events * (500 // len(analysis.events) + 1)  # a long article's events
    fresh = make_window()
    fresh.side_panel.set_analysis(replace(analysis, events=many), document.text)
    assert [fresh.side_panel.events.view.columnWidth(c) for c in columns] == short


def test_a_long_name_is_shown_whole_when_the_columns_fit(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    article = tmp_path / "inquiry.txt"
    article.write_text(
        "Regulator opens inquiry\n\n"
        "The Securities and Exchange Commission opened an inquiry into the lender on Tuesday.\n\n"
        "Maria Costa, a lawyer for the lender, said it would cooperate with the Securities and"
        " Exchange Commission.\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    tab = window.side_panel.entities
    name = tab.proxy.match(tab.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole,
                           "Securities and Exchange Commission", 1,
                           Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    rect = tab.view.visualRect(name)
    needed = tab.view.fontMetrics().horizontalAdvance(name.data())
    assert needed > MIN_COLUMN_CAP, "a name longer than the old cap"
    assert rect.width() > needed, "the name is not elided"
    last = tab.view.header().sectionViewportPosition(2)
    assert tab.view.viewport().width() - last >= tab.view.sizeHintForColumn(2)


@pytest.mark.parametrize("size", [(900, 650), (1000, 700)])
def test_a_cut_name_takes_the_room_the_last_column_leaves(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, size: tuple[int, int]) -> None:
    """A name too long for the list is cut only as far as the other columns need: the last
    column, which stretches, is left no blank room beyond what its cells want, and Mentions
    keeps its digits' width, not its title's."""
    article = tmp_path / "aid.txt"
    article.write_text(
        "Aid talks\n\nThe Organization for Economic Cooperation and Development met officials"
        " on Tuesday. Maria Costa said the Organization for Economic Cooperation and Development"
        " would publish its report in May.\n", encoding="utf-8")
    window = make_window()
    window.resize(*size)
    open_and_wait(qtbot, window, article)
    tab = window.side_panel.entities
    window.side_panel.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab._fitted_for == tab.view.viewport().width(), timeout=5_000)
    name = tab.proxy.match(tab.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole,
                           "Organization for Economic Cooperation and Development", 1,
                           Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    needed = tab.view.fontMetrics().horizontalAdvance(name.data())
    assert tab.view.visualRect(name).width() < needed, "the name is cut at this size"
    last = tab.model.columnCount() - 1
    wanted = max(tab.view.sizeHintForColumn(last), tab.view.header().sectionSizeHint(last))
    blank = tab.view.columnWidth(last) - wanted
    assert blank <= 2, f"{blank} px left blank while the name is cut"
    # nor kept for the Mentions title: the count's column is headed "#", its digits' width
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "#"
    assert tab.view.columnWidth(1) < 50
    qtbot.waitUntil(lambda: not tab.view.horizontalScrollBar().isVisible())


HEARING_ARTICLE = (
    "Pipeline hearing delayed\n\n"
    "Campaign adviser Rosalind K. Whitmore told reporters on Monday that the hearing in"
    " Harrisburg would wait until spring. Rosalind K. Whitmore said the state board had asked"
    " for more time, and Theodore J. Fairbanks, who chairs the board, agreed.\n\n"
    "Theodore J. Fairbanks said the board would meet in Harrisburg again in April. Whitmore"
    " said the delay cost the county money.\n")


def test_a_narrow_entities_list_gives_the_mentions_room_to_the_names(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """At a 323 to 332 px list (740 to 760 px windows) the names were cut ('Theodore J.
    Fai…', 147 of 175 px) while Mentions kept 87 px, its title's width, for one digit. Now a
    name cut for a title gets the room first: the column is headed '#' (its title in the
    header's tip) and sized to its digits; a wide window shows 'Mentions' again."""
    article = tmp_path / "hearing.txt"
    article.write_text(HEARING_ARTICLE, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    tab = window.side_panel.entities
    view, header, model = tab.view, tab.view.header(), tab.model
    window.side_panel.setCurrentWidget(tab)
    names = [tab.proxy.match(tab.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                             Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
             for name in ("Rosalind K. Whitmore", "Theodore J. Fairbanks")]
    for size in ((740, 700), (760, 700)):
        window.resize(*size)
        qtbot.waitUntil(lambda: tab._fitted_for == view.viewport().width() < 340)
        for name in names:
            needed = view.fontMetrics().horizontalAdvance(name.data())
            assert view.visualRect(name).width() > needed, (size, name.data(), view.columnWidth(0))
        assert model.headerData(1, Qt.Orientation.Horizontal) == "#"
        assert model.headerData(1, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.ToolTipRole) == "Mentions"
        assert view.columnWidth(1) <= max(view.sizeHintForColumn(1),
                                          header.sectionSizeHint(1)), size
        assert view.columnWidth(1) < 50, size
        assert header.length() <= view.viewport().width(), size
        # the scrollbar's range follows the columns a moment later
        qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    window.resize(1300, 850)
    qtbot.waitUntil(lambda: tab._fitted_for == view.viewport().width())
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Mentions"


def narrow_entities(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> ListTab:
    """The Entities list of the hearing article, shown in a 760 px window, fitted."""
    article = tmp_path / "hearing.txt"
    article.write_text(HEARING_ARTICLE, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    tab = window.side_panel.entities
    window.side_panel.setCurrentWidget(tab)
    window.resize(760, 700)
    qtbot.waitUntil(lambda: tab._fitted_for == tab.view.viewport().width() < 340)
    return tab


def test_the_mentions_title_follows_the_width_the_reader_drags_it_to(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """The count's column headed '#' at 760 px kept '#' when the reader dragged it 95 px wide,
    and one headed 'Mentions' at 1300 px kept 'Mentions', cut to 'Me…', when dragged to 37 px:
    the title was chosen at the fit alone. Now it follows each drag."""
    tab = narrow_entities(qtbot, make_window, tmp_path)
    header, model, window = tab.view.header(), tab.model, tab.window()

    def title() -> str:
        return str(model.headerData(1, Qt.Orientation.Horizontal))

    assert title() == "#"
    drag_section_edge(qtbot, header, 1, 60)
    assert title() == "Mentions", header.sectionSize(1)
    window.resize(1300, 850)  # the reader's widths stay, and the title with them
    qtbot.wait(3 * REFIT_MS)
    assert title() == "Mentions"
    drag_section_edge(qtbot, header, 1, 40 - header.sectionSize(1))
    assert title() == "#", header.sectionSize(1)


def test_a_drag_asks_the_titles_again_only_when_they_change(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Each pixel of a column's drag put the full titles up and the short ones back (two
    headerDataChanged, the header measuring and repainting its titles twice), whether or not
    the title was to change. Now a drag compares widths with the full titles' widths measured
    once: the titles change only when the one shown does."""
    tab = narrow_entities(qtbot, make_window, tmp_path)
    header, model = tab.view.header(), tab.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "#"
    changes: list[int] = []
    model.headerDataChanged.connect(lambda *_: changes.append(1))
    width = header.sectionSize(1)
    for step in range(1, 6):  # still narrower than "Mentions"
        header.resizeSection(1, width + step)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "#"
    assert len(changes) <= 2, "the full titles measured once at most, not at every pixel"
    changes.clear()
    for step in range(5):
        header.resizeSection(1, width + step)
    assert changes == []


def test_column_cap() -> None:
    assert column_cap([100, 50], 80, 400, 160) is None  # room for all
    # the fitted columns take what the last leaves, rather than stop at a third and leave it
    # blank
    assert column_cap([300, 50], 80, 400, 160) == 270
    assert column_cap([300, 50], 200, 400, 160) == 190  # the last keeps its width, to widest
    cap = column_cap([300, 50, 300, 60], 90, 400, 160)
    assert cap is not None
    assert sum(min(w, cap) for w in (300, 50, 300, 60)) + min(90, cap) <= 400
    assert sum(min(w, cap + 1) for w in (300, 50, 300, 60)) + min(90, cap + 1) > 400
    assert column_cap([300] * 8, 90, 400, 160) == MIN_COLUMN_WIDTH  # then it scrolls
    # a stretched last column never goes below its first width (least): room is kept for it
    assert column_cap([239, 87], 95, 424, 160) is None
    assert column_cap([239, 87], 95, 424, 160, least=100) == 237
    # a title kept whole is counted in what fits: the others are capped lower for it
    assert column_cap([100, 100, 82], 90, 300, 160, floors=[40, 40, 82]) == 72


def test_fitted_widths_cut_the_titles_rather_than_scroll() -> None:
    assert fitted_widths([100, 100, 82], [40, 40, 82], 90, 300, 160) == [72, 72, 82]
    # five titles wider than the room leaves: cut like the cells, the list never wider than
    # its room
    assert fitted_widths([90] * 5, [80] * 5, 90, 420, 160) == [70] * 5


def test_the_columns_follow_the_window_to_a_small_size_and_back(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    panel = sample_window.side_panel
    events = panel.events
    header, last = events.view.header(), len(EVENT_COLUMNS) - 1

    def in_sight() -> bool:  # the last column shown ("Where"; narrow, "When"), its title
        # whole, inside the list
        shown = max(c for c in range(last + 1) if not header.isSectionHidden(c))
        end = header.sectionViewportPosition(shown) + header.sectionSizeHint(shown)
        return end <= events.view.viewport().width()

    for size in ((1000, 700), (900, 650), (1200, 800)):
        sample_window.resize(*size)
        for tab in (events, panel.numbers):  # six columns each
            panel.setCurrentWidget(tab)
            qtbot.wait(3 * REFIT_MS)
            assert tab.view.horizontalScrollBar().maximum() == 0, ("no scrolling sideways", size)
        panel.setCurrentWidget(events)
        assert in_sight()
    narrow = events.view.columnWidth(0)
    sample_window.resize(1500, 950)
    qtbot.waitUntil(lambda: events.view.columnWidth(0) > narrow, timeout=3000)
    assert in_sight()
    header.resizeSection(0, 90)  # the reader's own width is kept
    sample_window.resize(1200, 800)
    qtbot.wait(3 * REFIT_MS)
    assert events.view.columnWidth(0) == 90


def test_the_quotes_list_gives_its_width_to_the_quotes(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    panel = sample_window.side_panel
    quotes, last = panel.quotes, len(quote_columns("")) - 1
    panel.setCurrentWidget(quotes)
    lines = quotes.view.fontMetrics().lineSpacing()
    for size in ((1000, 700), (900, 650), (1300, 850)):
        sample_window.resize(*size)
        qtbot.wait(3 * REFIT_MS)
        room = quotes.view.viewport().width()
        widths = [quotes.view.columnWidth(c) for c in range(last + 1)]
        assert quotes.view.horizontalScrollBar().maximum() == 0, ("no scrolling sideways", size)
        assert widths[last] >= room // 2, ("the quote takes the room", size, widths)
        for row in range(quotes.proxy.rowCount()):  # each shows two lines of its quote
            assert quotes.view.visualRect(quotes.proxy.index(row, last)).height() >= 2 * lines
    kind = quotes.view.header().sectionSize(1)
    assert kind >= quotes.view.sizeHintForColumn(1), "a short column is whole"
    panel.by_speaker.setChecked(True)
    group = quotes.view.visualRect(quotes.proxy.index(0, 0))
    assert 0 < group.height() < 2 * lines, "a speaker's group row is one line"


FERRY_ARTICLE = (
    "Ferry fares rise\n\n"
    "\"Fares will rise by a tenth from May,\" said Rosalind K. Whitmore, the ferry company's"
    " finance director. A spokeswoman for the island council said the rise was unfair to"
    " families who depend on the crossing. \"We were never consulted about any of this,\""
    " complained council leader Theodore J. Fairbanks. The harbour workers' union warned that"
    " winter sailings could be cut.\n")


def test_a_narrow_quotes_list_gives_the_kinds_room_to_the_speakers(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """In a 1024 px window the Quotes list cut its speakers to about 80 px ('A Conservati…',
    'Information Commissio…', BBC politics 088) while the kind kept 'indirect' whole beside
    them. There the kind goes first (it is in the tooltip of the cells left); a wide window
    shows it again."""
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY_ARTICLE, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    tab = window.side_panel.quotes
    view, header = tab.view, tab.view.header()
    window.side_panel.setCurrentWidget(tab)
    least = SPEAKER_CHARS * view.fontMetrics().averageCharWidth()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] > 0)
    window.splitter.setSizes([1024 - 440, 440])  # the panel as it opens at 1024 px
    qtbot.waitUntil(lambda: tab._fitted_for == view.viewport().width() < 440)
    assert header.isSectionHidden(1), "the kind"
    assert not header.isSectionHidden(2), "the cue stays: 'complained' is not 'said'"
    assert view.columnWidth(0) >= min(least, view.sizeHintForColumn(0)), view.columnWidth(0)
    assert header.length() <= view.viewport().width()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: tab._fitted_for == view.viewport().width() > 600)
    assert not any(header.isSectionHidden(c) for c in range(header.count()))


def test_quotes_grouped_by_speaker_do_not_repeat_the_speaker(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Grouped by speaker, each quote's row repeated its group's speaker, cut in a narrow
    column ('Vladimir V. Pu…' under 'Vladimir V. Putin (4)'). Now the column is blank in
    groups, untitled over the groups' arrows, and gives its room to the others; ungrouped, the
    speakers come back."""
    panel = sample_window.side_panel
    quotes, view = panel.quotes, panel.quotes.view
    model = quotes.model
    panel.setCurrentWidget(quotes)
    qtbot.waitUntil(lambda: quotes._fitted_for == view.viewport().width())
    speakers = view.columnWidth(0)
    panel.by_speaker.setChecked(True)
    group = quotes.proxy.index(0, 0)
    first = quotes.proxy.index(0, 0, group)
    assert first.data() == ""
    assert group.data().rpartition(" (")[0] in first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Horizontal) == ""
    assert view.columnWidth(0) < speakers
    panel.by_speaker.setChecked(False)
    assert quotes.proxy.index(0, 0).data() not in ("", None)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Speaker"
    assert view.columnWidth(0) == speakers


def test_a_window_whose_first_file_is_refused_shows_no_legend(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = make_window()
    window.open_path(empty)
    qtbot.waitUntil(lambda: "empty.txt" in window.messages.text, timeout=20_000)
    assert window.messages.isVisible()
    assert window.session.document is None
    assert not window.legend.isVisible()


def test_no_column_titles_stand_over_the_empty_lists_of_no_article(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """A first file refused, no article is open: the lists' column titles ('Name Mentions Also
    called') stood over an empty list, as the filter boxes no longer did. They come back with
    an article, and go again when it is closed."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = make_window()
    window.open_path(empty)
    qtbot.waitUntil(lambda: "empty.txt" in window.messages.text, timeout=20_000)
    panel = window.side_panel
    tabs = (panel.entities, panel.events, panel.quotes, panel.numbers)
    assert not panel.entities.view.header().isVisible()
    assert not any(tab.view.header().isVisibleTo(tab) for tab in tabs)
    open_and_wait(qtbot, window)
    assert panel.entities.view.header().isVisible()
    assert all(tab.view.header().isVisibleTo(tab) for tab in tabs)
    window.actions_by_name["close_document"].trigger()
    assert not any(tab.view.header().isVisibleTo(tab) for tab in tabs)


def test_the_legends_quotes_and_numbers_stay_on_one_line(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Wrapped, the legend never leaves "Numbers" alone on a line under "Quotes"."""
    legend = sample_window.legend
    quotes, numbers = legend.toggle_button("quote"), legend.toggle_button("number")
    assert quotes is not None
    assert numbers is not None
    lines: dict[int, tuple[int, int]] = {}
    for width in range(860, 1400, 20):
        sample_window.resize(width, 700)
        qtbot.waitUntil(lambda width=width: sample_window.width() == width)
        qtbot.wait(20)
        lines[width] = (quotes.mapTo(legend, QPoint(0, 0)).y(),
                        numbers.mapTo(legend, QPoint(0, 0)).y())
    assert all(a == b for a, b in lines.values()), lines
    assert len({a for a, _ in lines.values()}) > 1, "the legend wraps at some of these widths"


def events_at_1400(qtbot: QtBot, window: MainWindow) -> ListTab:
    """The Events list shown, fitted to a 1400x880 window."""
    window.resize(1400, 880)
    events = window.side_panel.events
    window.side_panel.setCurrentWidget(events)
    qtbot.waitUntil(lambda: events._fitted_for == events.view.viewport().width())
    return events


def right_end(header: QHeaderView, column: int) -> int:
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def test_a_narrow_events_list_shows_who_what_and_when_without_scrolling(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Below about 850 px the six columns, each cut to MIN_COLUMN_WIDTH, were wider than the
    list (a 332 px list at 760 px scrolled 45 px sideways, its what 64 px wide). Now Date and
    Where are hidden there and in every cell's tooltip; who, action, what and when share the
    width, the what no narrower than its share; the wide window shows all six again."""
    events = sample_window.side_panel.events
    view, header = events.view, events.view.header()
    sample_window.side_panel.setCurrentWidget(events)
    sample_window.resize(760, 700)
    qtbot.waitUntil(lambda: events._fitted_for == view.viewport().width() < 360)
    room, when, date, where = view.viewport().width(), 3, 4, 5
    assert header.length() <= room, [view.columnWidth(c) for c in range(6)]
    # the scrollbar's range follows the columns a moment later
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    assert [header.isSectionHidden(c) for c in range(6)] == [False] * 4 + [True] * 2
    assert right_end(header, when) <= room
    assert view.columnWidth(WHAT_COLUMN) >= round(room * WHAT_SHARE)
    assert min(view.columnWidth(c) for c in range(4)) >= MIN_COLUMN_WIDTH
    placed = next(e for e in events.model.records if e.where)
    dated = next(e for e in events.model.records if e.date)

    def tip(event: Event) -> str:
        row = events.model.record_indexes(lambda e: e is event)[0]
        return str(row.data(Qt.ItemDataRole.ToolTipRole))

    assert placed.where in tip(placed)
    assert str(shown_date(dated.when, dated.date)) in tip(dated)
    sample_window.resize(1400, 880)
    qtbot.waitUntil(lambda: events._fitted_for == view.viewport().width())
    assert not any(header.isSectionHidden(c) for c in range(6))
    assert right_end(header, where) <= view.viewport().width()
    assert view.columnWidth(date) > 0


def test_a_very_narrow_panel_hides_more_columns_rather_than_scroll_them_sideways(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """In a 525 px window (a 247 px list) the Events list's who, action, what and when, each
    cut to MIN_COLUMN_WIDTH, were wider than the list: it scrolled sideways, its right edge and
    When cut off (the Numbers list too, and the Quotes list at 480 px). Now a second tier of
    columns goes there (the events' when, the numbers' value, the quotes' kind then cue), each
    in the tooltips of the cells left; the wide window shows them all again."""
    panel = sample_window.side_panel
    hidden_at_525 = {panel.events: [3, 4, 5], panel.numbers: [1, 2, 4], panel.quotes: [1, 2]}
    sample_window.resize(525, 700)
    for tab, hidden in hidden_at_525.items():
        panel.setCurrentWidget(tab)
        view, header = tab.view, tab.view.header()
        qtbot.waitUntil(lambda t=tab: t._fitted_for == t.view.viewport().width() < 260)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        assert [c for c in range(header.count()) if c not in shown] == hidden, tab.noun
        assert header.length() <= view.viewport().width(), (tab.noun, header.length())
        qtbot.waitUntil(lambda v=view: v.horizontalScrollBar().maximum() == 0)
        assert min(view.columnWidth(c) for c in shown) >= MIN_COLUMN_WIDTH
    event = next(e for e in panel.events.model.records if e.when)
    row = panel.events.model.record_indexes(lambda e: e is event)[0]
    assert event.when in str(row.data(Qt.ItemDataRole.ToolTipRole))
    quote = next(q for q in panel.quotes.model.records if q.cue)
    row = panel.quotes.model.record_indexes(lambda q: q is quote)[0]
    tip = str(row.data(Qt.ItemDataRole.ToolTipRole))
    assert quote.kind in tip
    assert quote.cue in tip
    sample_window.resize(1400, 880)
    for tab in hidden_at_525:
        panel.setCurrentWidget(tab)
        qtbot.waitUntil(lambda t=tab: t._fitted_for == t.view.viewport().width())
        assert not any(tab.view.header().isSectionHidden(c)
                       for c in range(tab.view.header().count())), tab.noun


def test_a_list_first_shown_is_fitted_to_its_width_at_once(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """A tab not yet shown is fitted in its default size (98 px), narrow: the Events list, first
    shown at 1400 px, showed four cut columns, Date and Where hidden, for a moment before its
    refit (REFIT_MS, which waits for a resizing window to settle). Now a list first shown is
    fitted as it appears."""
    sample_window.resize(1400, 880)
    events = sample_window.side_panel.events
    view, header = events.view, events.view.header()
    assert not view.isVisible()
    sample_window.side_panel.setCurrentWidget(events)
    QApplication.processEvents()  # the tab shown, its viewport resized: no timer has run
    assert not header.isSectionHidden(4)
    assert not header.isSectionHidden(5)
    assert right_end(header, 5) <= view.viewport().width()
    assert events._fitted_for > 300


def test_a_column_dragged_in_a_narrow_events_list_does_not_keep_date_and_where_hidden(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """The reader's column widths stay as the window changes size, but a list made wide again
    after a drag at 760 px kept Date and Where hidden until the next article; now the
    columns shown follow the width, the reader's widths kept while they do not change."""
    events = sample_window.side_panel.events
    view, header = events.view, events.view.header()
    sample_window.side_panel.setCurrentWidget(events)
    sample_window.resize(760, 700)
    qtbot.waitUntil(lambda: events._fitted_for == view.viewport().width() < 360)
    drag_section_edge(qtbot, header, 0, -10)
    dragged = view.columnWidth(0)
    sample_window.resize(780, 700)  # still narrow: the reader's width stays
    qtbot.wait(3 * REFIT_MS)
    assert view.columnWidth(0) == dragged
    sample_window.resize(1400, 880)
    qtbot.waitUntil(lambda: not header.isSectionHidden(4) and not header.isSectionHidden(5))
    qtbot.waitUntil(lambda: events._fitted_for == view.viewport().width())
    assert right_end(header, 5) <= view.viewport().width()


@pytest.mark.parametrize(("title", "column"), [("Date", 4), ("Where", 5)])
def test_a_narrow_events_list_sorts_by_its_hidden_columns_from_the_header(
        qtbot: QtBot, sample_window: MainWindow, title: str, column: int) -> None:
    """Below about 1035 px Date and Where are hidden (their values in every cell's tooltip),
    and with them their titles: the list could not be sorted by them. Now the header's menu
    sorts by any column, hidden or shown."""
    events = sample_window.side_panel.events
    view, header = events.view, events.view.header()
    sample_window.side_panel.setCurrentWidget(events)
    sample_window.resize(1000, 700)
    qtbot.waitUntil(lambda: events._fitted_for == view.viewport().width())
    assert header.isSectionHidden(column)
    menu = menu_choice(qtbot, f"Sort by {title}")
    point = QPoint(10, header.height() // 2)
    QApplication.sendEvent(header.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, header.viewport().mapToGlobal(point)))
    qtbot.waitUntil(lambda: menu.answered)
    assert header.sortIndicatorSection() == column
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    keys = [events.proxy.index(row, column).data(SORT_ROLE)
            for row in range(events.proxy.rowCount())]
    assert keys == sorted(keys)
    assert keys[0] != keys[-1]


def test_the_header_menu_marks_the_one_order_in_use(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """The header menu's sort entries were ticked as check boxes, as if several could be on;
    they are a choice of one, marked as such (an exclusive group: Fusion draws a dot)."""
    events = sample_window.side_panel.events
    header = events.view.header()
    sample_window.side_panel.setCurrentWidget(events)
    events.sort_by(3)
    seen: list[tuple[str, bool, bool]] = []

    def look(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            group = action.actionGroup()
            seen.append((action.text(), action.isChecked(), bool(group and group.isExclusive())))
        menu.close()

    answer = Answer(QApplication.activePopupWidget, look)
    point = QPoint(10, header.height() // 2)
    QApplication.sendEvent(header.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, header.viewport().mapToGlobal(point)))
    qtbot.waitUntil(lambda: answer.answered)
    assert [text for text, checked, _ in seen if checked] == ["Sort by When"]
    assert all(exclusive for _, _, exclusive in seen)


def test_the_events_what_takes_the_room_and_where_stays_in_sight(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """At 1400 wide the event's what, the list's longest cells, is what the other columns leave
    (WHAT_SHARE of the list at least), not cut to a When's width; and the last column, Where, is
    never under the scrollbar, even in the moment the scrollbar appears."""
    events = events_at_1400(qtbot, sample_window)
    view, header = events.view, events.view.header()
    what, when, where = 2, 3, 5

    def right_edge() -> int:
        return right_end(header, where)

    room = view.viewport().width()
    assert view.sizeHintForColumn(what) > room // 2, "a what longer than half the list"
    assert view.columnWidth(what) >= round(room * WHAT_SHARE), [
        view.columnWidth(c) for c in range(6)]
    assert view.columnWidth(what) > view.columnWidth(when), [view.columnWidth(c) for c in range(6)]
    assert right_edge() <= room
    sample_window.show_entity(entity_named(sample_window, "Vladimir V. Putin").id)
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    assert right_edge() <= view.viewport().width(), "Where under the scrollbar"
    assert view.horizontalScrollBar().maximum() == 0


NUMBERS_ARTICLE = (
    "Mine sale draws bids\n\n"
    "The Appalachian Regional Development Commission said on Monday that the coal company had"
    " spent about $12.5 million on land in the valley. Officials of the Appalachian Regional"
    " Development Commission estimated that between 2,000 and 3,000 acres of forest were"
    " cleared.\n\n"
    "Margaret Abernathy-Whitfield, a spokeswoman for the Environmental Protection Department,"
    " said the company paid nearly $400,000 in fines over 11 months. She said 156 tons of waste"
    " reached the river and that 45 families lost their wells.\n\n"
    "The company invested $9.1 million in new trucks, according to Margaret Abernathy-Whitfield."
    " Roughly 300,000 acres remain under lease, the Appalachian Regional Development Commission"
    " said, and more than 1,200 workers were hired in three years.\n\n"
    "Inspectors disqualified 27 applications and reclassified 14 subcontractors last spring.\n")


def test_a_narrow_numbers_list_shows_figures_values_counts_and_claimants_without_scrolling(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """At 760 px the six columns of the Numbers list, each cut to MIN_COLUMN_WIDTH, were wider
    than the list: it scrolled sideways, 'Claimed by' cut to 'Claime'. Now, as in the Events
    list, two columns are hidden there (the qualifier and the verb) and in every cell's tip;
    the wide window shows all six again."""
    window = make_window()
    numbers = numbers_at_900(qtbot, window, tmp_path)
    view, header = numbers.view, numbers.view.header()
    window.resize(760, 700)
    qtbot.waitUntil(lambda: numbers._fitted_for == view.viewport().width() < 400)
    assert header.length() <= view.viewport().width(), [view.columnWidth(c) for c in range(6)]
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    assert [header.isSectionHidden(c) for c in range(6)] == [False, False, True, False, True,
                                                             False]
    claimed = next(n for n in numbers.model.records if n.verb and n.qualifier != "exact")
    row = numbers.model.record_indexes(lambda n: n is claimed)[0]
    tip = str(row.data(Qt.ItemDataRole.ToolTipRole))
    assert claimed.verb in tip
    assert claimed.qualifier in tip
    window.resize(1400, 880)
    qtbot.waitUntil(lambda: numbers._fitted_for == view.viewport().width())
    assert not any(header.isSectionHidden(c) for c in range(6))


def test_the_numbers_list_fits_its_columns_at_a_small_window(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Long figures, verbs and counted nouns at 900 to 1000 px: the columns' titles alone
    would not all fit whole beside the claimant, so they are cut like the cells; the list never
    scrolls sideways and the claimant, its longest text, is not left narrower than a cut
    column."""
    article = tmp_path / "mine.txt"
    article.write_text(NUMBERS_ARTICLE, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    numbers = window.side_panel.numbers
    window.side_panel.setCurrentWidget(numbers)
    view, header = numbers.view, numbers.view.header()
    last = numbers.model.columnCount() - 1
    for size in ((900, 650), (950, 700), (1000, 700)):
        window.resize(*size)
        qtbot.waitUntil(lambda: numbers._fitted_for == view.viewport().width(), timeout=5_000)
        room = view.viewport().width()
        widths = [view.columnWidth(c) for c in range(last + 1)]
        wanted = [max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
                  for c in range(last + 1)]
        assert wanted[last] == max(wanted), "the claimant is the longest text"
        assert sum(wanted) > room + 100, ("cells are cut at this size", size, wanted)
        assert header.length() <= room, ("no scrolling sideways", size, widths)
        # the scrollbar's range follows the columns a moment later
        qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
        assert header.sectionViewportPosition(last) + widths[last] <= room, (size, widths)
        cut = [w for w, want in zip(widths, wanted, strict=True) if w < want]
        assert widths[last] >= max(cut), ("the claimant no narrower than a cut column", size,
                                          widths)


def numbers_at_900(qtbot: QtBot, window: MainWindow, folder: Path) -> ListTab:
    """The Numbers list of NUMBERS_ARTICLE shown, fitted to a 900x650 window."""
    article = folder / "mine.txt"
    article.write_text(NUMBERS_ARTICLE, encoding="utf-8")
    window.resize(900, 650)
    open_and_wait(qtbot, window, article)
    numbers = window.side_panel.numbers
    window.side_panel.setCurrentWidget(numbers)
    qtbot.waitUntil(lambda: numbers._fitted_for == numbers.view.viewport().width(),
                    timeout=5_000)
    return numbers


def test_a_cut_title_ends_in_an_ellipsis(qtbot: QtBot, make_window: MakeWindow,
                                         tmp_path: Path) -> None:
    """At 900x650 the Numbers list of an article of my own cannot keep every title whole: the
    cut ones are elided ('Claimed…'), not clipped ('Claimed b')."""
    window = make_window()
    numbers = numbers_at_900(qtbot, window, tmp_path)
    header = numbers.view.header()
    titles = [c for c in range(header.count()) if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert titles, "some title is cut at this size"
    for tab in (window.side_panel.entities, window.side_panel.events, window.side_panel.quotes,
                numbers):
        assert tab.view.header().textElideMode() == Qt.TextElideMode.ElideRight


CLAIMS_ARTICLE = (  # my own: short figures, exact ones, one claimant named again and again
    "Quarterly figures at Halverstone\n\n"
    "Halverstone said its profits rose 9% to $1.25bn in the three months to March. Halverstone"
    " said sales rose 4% to $10.7bn over the same three months.\n\n"
    "Analysts had expected a rise of about 6%. The firm lost 120,000 customers in the quarter,"
    " and its shares fell 3% on the news.\n\n"
    "Halverstone also said it would pay $300m to settle charges. It set aside $500m for legal"
    " costs, up from $420m a year earlier.\n")


def test_a_title_wider_than_its_cells_gives_way_before_a_cell_is_cut(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """At 1000 px the Numbers list cut its claimant ('Halversto…') and figures while Qualifier
    and Counts kept their titles' width over 'exact' and '—'. Now such a title gives way first
    (cut, whole in its tooltip), and the figures, values and claimants show whole."""
    article = tmp_path / "claims.txt"
    article.write_text(CLAIMS_ARTICLE, encoding="utf-8")
    window = make_window()
    window.resize(1000, 700)
    open_and_wait(qtbot, window, article)
    numbers = window.side_panel.numbers
    window.side_panel.setCurrentWidget(numbers)
    view, proxy, header = numbers.view, numbers.proxy, numbers.view.header()
    qtbot.waitUntil(lambda: numbers._fitted_for == view.viewport().width(), timeout=5_000)
    widths = [view.columnWidth(c) for c in range(header.count())]
    claimants = [proxy.index(r, 5).data() for r in range(proxy.rowCount())]
    assert "Halverstone" in claimants
    assert header.length() <= view.viewport().width(), widths
    assert view.columnWidth(2) < header.sectionSizeHint(2), ("Qualifier gives way", widths)
    for row in range(proxy.rowCount()):
        for column in (0, 1, 5):  # figure, value, claimant
            cell = proxy.index(row, column)
            assert view.visualRect(cell).width() >= view.sizeHintForIndex(cell).width(), (
                cell.data(), widths)


def drag_section_edge(qtbot: QtBot, header: QHeaderView, column: int, by: int) -> None:
    """Drag a column's right edge in the header by some pixels, as the reader does."""
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    start, end = QPoint(x, header.height() // 2), QPoint(x + by, header.height() // 2)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        QTest.mouseMove(header.viewport(), start + (end - start) * step / 4)
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.wait(10)


def test_the_events_what_can_be_dragged_wider_and_fills_what_others_leave(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """The what takes the room the other columns leave (the fit above), yet the reader may
    drag it wider, and the width given stays when the window changes size; a column dragged
    narrower gives its room to the what at once, no blank left at the list's right."""
    events = events_at_1400(qtbot, sample_window)
    view, header = events.view, events.view.header()
    who, what, where = 0, 2, 5

    fitted = view.columnWidth(what)
    drag_section_edge(qtbot, header, who, -20)
    assert view.columnWidth(what) == fitted + 20, "the what takes the room Who gave"
    assert right_end(header, where) == view.viewport().width(), "no blank at the right"
    drag_section_edge(qtbot, header, what, 80)
    assert view.columnWidth(what) == fitted + 100, [view.columnWidth(c) for c in range(6)]
    sample_window.resize(1300, 850)
    qtbot.wait(3 * REFIT_MS)
    assert view.columnWidth(what) == fitted + 100, "the reader's width stays"


def test_a_large_value_is_shown_whole_in_the_numbers_list(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """At 900x650 the Value column is as narrow as the others: '$12.5 million' is '12.5M USD'
    there, whole, not '12,500,0…' (a cut number reads as another number); the tooltip gives
    the value in full."""
    numbers = numbers_at_900(qtbot, make_window(), tmp_path)
    view, proxy = numbers.view, numbers.proxy
    figures = {proxy.index(r, 0).data(): proxy.index(r, 1) for r in range(proxy.rowCount())}
    value = figures["about $12.5 million"]
    assert value.data() == "12.5M USD"
    assert "12,500,000 USD" in value.data(Qt.ItemDataRole.ToolTipRole)
    for figure in ("about $12.5 million", "$9.1 million"):
        cell = figures[figure]
        assert view.visualRect(cell).width() > view.fontMetrics().horizontalAdvance(
            cell.data()), (figure, cell.data(), view.columnWidth(1))


def test_a_narrow_window_keeps_most_of_its_width_for_the_article(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Below 800 px the side panel was held near 440 px (the Notes tab's four buttons in a row,
    the entity panel's steps and actions in a row), the article narrower than it. Now they
    wrap, and the article keeps its share; every button still shows whole in its panel."""
    notes, dossier = sample_window.notes, sample_window.dossier
    assert notes is not None
    items = dossier.items
    sample_window.show_entity(entity_named(sample_window, "Belgorod").id)

    def rows_shown() -> None:
        last = items.topLevelItem(items.topLevelItemCount() - 1)
        assert last is not None
        assert items.visualItemRect(last).bottom() < items.viewport().height()

    qtbot.waitUntil(rows_shown)  # fitted at the window's first width
    sample_window.side_panel.setCurrentWidget(notes)
    sample_window.resize(760, 700)
    article = sample_window.splitter.widget(0)
    # its first share, 55% of the splitter less its handle (it was 314 of 760 px)
    qtbot.waitUntil(lambda: article.width() >= 0.54 * sample_window.splitter.width())
    buttons = ((notes, (notes.add_document_button, notes.add_passage_button,
                        notes.delete_button, notes.undo_button)),
               (dossier, (dossier.previous, dossier.next, dossier.note, dossier.correct)))
    for panel, shown in buttons:
        for button in shown:
            place = QRect(button.mapTo(panel, QPoint(0, 0)), button.size())
            assert panel.rect().contains(place), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()
    # its buttons on two lines now, its long rows on two lines too: the panel grew to keep its
    # rows shown, up to half the column (fit_dossier), where its list scrolls
    right = sample_window.right

    def rows_shown_or_half() -> None:
        if right.sizes()[0] < sum(right.sizes()) // 2:
            rows_shown()

    qtbot.waitUntil(rows_shown_or_half)
    assert right.sizes()[0] > 0.4 * sum(right.sizes())


def test_the_entitys_panel_keeps_the_height_the_reader_drags(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """The panel was fitted to its rows again whenever they or its width changed, undoing the
    height the reader had dragged. Now the reader's height stays, through another entity, a
    note and a narrower window, until the panel is closed or the layout reset."""
    dossier, right = sample_window.dossier, sample_window.right
    sample_window.show_entity(entity_named(sample_window, "Belgorod").id)
    qtbot.waitUntil(lambda: right.sizes()[0] < sum(right.sizes()) // 2)  # fitted to its rows
    qtbot.wait(50)
    fitted = right.sizes()[0]
    drag_handle(qtbot, right, 1, 150)
    dragged = right.sizes()[0]
    assert dragged >= fitted + 140
    sample_window.show_entity(entity_named(sample_window, "Putin").id)  # other rows
    qtbot.wait(50)
    dossier.note.click()  # a row more
    sample_window.resize(1100, 850)  # another width: its rows wrap anew
    qtbot.wait(100)
    assert right.sizes()[0] == dragged
    dossier.close_panel()
    sample_window.show_entity(entity_named(sample_window, "Belgorod").id)
    qtbot.waitUntil(lambda: right.sizes()[0] < dragged - 100)  # fitted again
    drag_handle(qtbot, right, 1, 150)
    sample_window.actions_by_name["reset_layout"].trigger()
    qtbot.waitUntil(lambda: right.sizes()[0] < dragged - 100)


def test_the_side_panel_can_be_dragged_narrower_than_it_opens(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """From 900 px up the side panel could not be dragged below 442 px, the width its lists are
    fitted for. Now a reader who wants a wider article drags it down to DRAGGED_LEAST, and it
    stays so as the window is resized and in the next session; a window made narrower with no
    drag keeps 442 px."""
    window = make_window()
    open_and_wait(qtbot, window)
    right, splitter = window.right, window.splitter
    drag_handle(qtbot, splitter, 1, right.width() - DRAGGED_LEAST + 40)  # beyond the least
    qtbot.waitUntil(lambda: right.width() == DRAGGED_LEAST)
    entities = window.side_panel.entities.view
    header = entities.header()
    last = header.count() - 1
    qtbot.waitUntil(lambda: header.sectionViewportPosition(last) + header.sectionSize(last)
                    <= entities.viewport().width())  # its columns in sight, refitted
    window.resize(1000, 850)
    qtbot.wait(100)
    assert right.width() == DRAGGED_LEAST
    window.close()
    again = make_window()  # at 1300 px, as the reader left it
    again.resize(1250, 850)
    qtbot.wait(100)
    assert again.right.width() < PANEL_LEAST
    again.actions_by_name["reset_layout"].trigger()
    again.resize(900, 850)
    qtbot.waitUntil(lambda: again.right.width() >= PANEL_LEAST)


def test_a_long_drag_never_hides_a_pane(qtbot: QtBot, sample_window: MainWindow) -> None:
    """A handle dragged well past a pane's least size hid the pane (the side panel went at
    once, leaving a handle at the window's edge, and no menu brought it back); now each pane
    stops at its least size."""
    right, splitter = sample_window.right, sample_window.splitter
    sample_window.show_entity(entity_named(sample_window, "Belgorod").id)
    qtbot.wait(50)
    drag_handle(qtbot, splitter, 1, right.width() - DRAGGED_LEAST // 4)  # a quarter left
    assert splitter.sizes()[1] == DRAGGED_LEAST
    drag_handle(qtbot, splitter, 1, -splitter.sizes()[0])  # to the window's left edge
    assert splitter.sizes()[0] >= splitter.widget(0).minimumSizeHint().width() > 0
    drag_handle(qtbot, right, 1, -right.height())  # the entity's panel up to the menu bar
    assert right.sizes()[0] >= sample_window.dossier.minimumSizeHint().height() > 0


def test_a_narrow_panel_shows_every_tab(qtbot: QtBot, sample_window: MainWindow) -> None:
    """At 800 px the tab labels with their counts ("Entities 11", ...) wanted 419 px of a
    393 px panel: the Notes tab was out of sight behind the tab bar's arrows. Where the counts
    do not fit, the tabs give the names alone and the counts in their tips."""
    panel = sample_window.side_panel
    bar = panel.tabBar()
    assert panel.tabText(1) == "Events 35"  # room for them at first
    sample_window.resize(800, 700)
    qtbot.waitUntil(lambda: bar.tabRect(bar.count() - 1).right() < bar.width())
    assert [panel.tabText(i) for i in range(bar.count())] == list(TABS)
    assert panel.tabToolTip(1) == "35 events"
    sample_window.actions_by_name["note_document"].trigger()
    qtbot.waitUntil(lambda: panel.tabToolTip(4) == "1 note")
    sample_window.resize(1300, 850)
    qtbot.waitUntil(lambda: panel.tabText(1) == "Events 35")


@pytest.mark.parametrize("width", [640, 700])
def test_a_small_window_shows_every_tab_whole(qtbot: QtBot, sample_window: MainWindow,
                                             width: int) -> None:
    """At 640 px the tabs' names alone wanted 339 px of a 290 px panel: the last tabs were
    behind the tab bar's scroll arrows. Now the tabs draw tighter there, each name whole."""
    panel = sample_window.side_panel
    bar = panel.tabBar()
    sample_window.resize(width, 700)
    qtbot.waitUntil(lambda: panel.width() < bar.fontMetrics().horizontalAdvance(
        "".join(TABS)) + 24 * len(TABS))
    for i in range(bar.count()):
        assert bar.tabRect(i).right() < bar.width(), [bar.tabRect(j) for j in range(bar.count())]
        room = bar.tabRect(i).width() - bar.fontMetrics().horizontalAdvance(panel.tabText(i))
        assert panel.tabText(i) == TABS[i]
        assert room > 0, (TABS[i], "cut")
    sample_window.resize(1300, 850)
    qtbot.waitUntil(lambda: panel.tabText(1) == "Events 35")
    assert not panel.tab_style.tight


def legend_tip(qtbot: QtBot, button: QWidget) -> str:
    """Rest the mouse on a legend toggle (enabled or not): the tooltip a reader sees."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    point = button.rect().center()
    QApplication.sendEvent(button, QHelpEvent(QEvent.Type.ToolTip, point,
                                              button.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


def test_the_legend_greys_out_underlines_the_article_has_none_of(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """The Quotes and Numbers toggles looked usable on an article with no quotes, one not in
    English, one still being analysed: flipping them did nothing, and nothing said why. Now
    each is disabled with a tip that says why, enabled when the analysis brings some, in the
    same place at the same size (its checked state, the setting, kept)."""
    window = make_window()
    legend = window.legend
    quotes, numbers = legend.toggle_button("quote"), legend.toggle_button("number")
    assert quotes is not None
    assert numbers is not None
    while_analysing: list[tuple[bool, str, QSize]] = []
    window.session.analysis_started.connect(lambda: while_analysing.append(
        (quotes.isEnabled(), quotes.toolTip(), quotes.sizeHint())))
    open_and_wait(qtbot, window)  # the sample: quotes and numbers
    enabled = quotes.sizeHint()
    assert while_analysing == [(False, "Not analysed yet: the analysis is running", enabled)]
    assert quotes.isEnabled()
    assert numbers.isEnabled()
    assert legend_tip(qtbot, quotes) == "Underline quotes"

    ferry = tmp_path / "ferry.txt"
    ferry.write_text("Ferry fares rise\n\nThe Halden ferry carried 300 passengers on Monday.\n",
                     encoding="utf-8")
    open_and_wait(qtbot, window, ferry)
    analysis = window.session.analysis
    assert analysis is not None
    assert not analysis.quotes
    assert analysis.numbers
    assert not quotes.isEnabled()
    assert numbers.isEnabled()
    assert legend_tip(qtbot, quotes) == "No quotes found in this article"
    assert quotes.isChecked(), "the setting kept"
    assert quotes.isVisible()
    assert quotes.sizeHint() == enabled
    assert quotes.size() == enabled, "the toggle changed size"
    assert quotes.mapTo(legend, QPoint()) == numbers.mapTo(legend, QPoint()) - QPoint(
        quotes.width() + legend.layout().gap, 0), "Quotes, Numbers: one pair on one line"

    french = tmp_path / "ferry_fr.txt"
    french.write_text("Le ferry ne part pas\n\nLe ferry de Halden n'a pas navigué lundi, a dit la"
                      " mairie. Les passagers ont attendu sur le quai pendant des heures, et le"
                      " maire a promis une enquête sur les causes de la panne.\n", encoding="utf-8")
    open_and_wait(qtbot, window, french)
    for button in (quotes, numbers):
        assert not button.isEnabled()
        assert legend_tip(qtbot, button) == "Not analysed: the text does not look like English"


def test_the_entitys_panel_dragged_short_keeps_its_buttons_whole(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """In a narrow window the panel's Note and Correct wrap under Previous and Next; dragged
    short (or the window made short), the panel kept the height of one line of buttons, and
    its list covered the lower half of Note and Correct. Now the panel is never shorter than
    its lines of buttons; its list gives way."""
    dossier, right = sample_window.dossier, sample_window.right
    sample_window.resize(760, 700)
    sample_window.show_entity(entity_named(sample_window, "Belgorod").id)
    qtbot.waitUntil(lambda: dossier.note.mapTo(dossier, QPoint(0, 0)).y()
                    > dossier.next.mapTo(dossier, QPoint(0, 0)).y())  # on a line of their own
    drag_handle(qtbot, right, 1, -right.height())  # the entity's panel up to the menu bar
    qtbot.wait(50)
    list_top = dossier.items.geometry().top()
    for button in (dossier.previous, dossier.next, dossier.note, dossier.correct):
        place = QRect(button.mapTo(dossier, QPoint(0, 0)), button.size())
        assert dossier.rect().contains(place), button.text()
        assert place.bottom() < list_top, button.text()


def test_shared_widths_follow_what_the_cells_need() -> None:
    names, dashes = [80, 90, 120, 125], [18, 18, 18, 160]
    assert shared_widths([names, dashes], [40, 40], 160) == [120, 40]  # 3 of 4 whole in each
    # what is left goes first to the column nearest to a cell more whole
    assert shared_widths([names, dashes], [40, 40], 210) == [125, 85]
    assert shared_widths([names, dashes], [80, 80], 150) is None  # nor the floors


def test_the_events_who_is_not_cut_for_columns_of_dashes(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """The Events list's Who was cut ('Vladimir V. P…') while When, Date and Where, mostly
    '—', kept as much room: the fitted columns were cut to one width. Now each shows the same
    share of its cells whole, and the list still fits its width."""
    events = events_at_1400(qtbot, sample_window)
    view = events.view
    putin = events.proxy.match(events.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole,
                               "Vladimir V. Putin", 1, Qt.MatchFlag.MatchExactly)[0]
    assert view.columnWidth(0) >= view.sizeHintForIndex(putin).width(), [
        view.columnWidth(c) for c in range(6)]
    assert view.header().length() <= view.viewport().width()
    assert view.columnWidth(WHAT_COLUMN) >= round(view.viewport().width() * WHAT_SHARE)


def test_the_room_left_makes_cells_whole_before_it_widens_dashes() -> None:
    names, verbs = [100, 128, 128, 128, 128], [62, 69, 70, 71, 80]
    dashes = [18, 18, 18, 85, 85]
    # at the share all fit (3 of 5: 128, 70, 60), 22 px are left: 10 of them make two cells
    # whole ('80' too), before the dashes widen toward their '85's, still cut
    assert shared_widths([names, verbs, dashes], [60, 60, 60], 280) == [128, 80, 72]


def test_the_events_actions_are_whole_at_the_windows_first_size(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """At 1360 px the Events list cut its verbs ('bombard…', 'commen…') by a few pixels,
    while the room left went to When, mostly '—', and made none of its cells whole. Now that
    room goes first to cells it makes whole; Who is cut no more than it was."""
    events = sample_window.side_panel.events
    sample_window.side_panel.setCurrentWidget(events)
    qtbot.waitUntil(lambda: events._fitted_for == events.view.viewport().width())
    view, proxy = events.view, events.proxy
    widths = {proxy.index(row, 1).data(): view.sizeHintForIndex(proxy.index(row, 1)).width()
              for row in range(proxy.rowCount())}
    shown = [view.columnWidth(c) for c in range(6)]
    for verb in ("bombarding", "commenced", "represents"):
        assert widths[verb] <= shown[1], (verb, shown)
    putin = proxy.match(proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, "Vladimir V. Putin", 1,
                        Qt.MatchFlag.MatchExactly)[0]
    assert view.sizeHintForIndex(putin).width() <= shown[0]
    assert view.header().length() <= view.viewport().width()


def test_the_lists_show_no_filter_boxes_without_an_article(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """With no article open each list showed its filter box (and the Events list its order,
    the Quotes list its grouping) over nothing to filter."""
    window = make_window()
    panel = window.side_panel
    tabs = (panel.entities, panel.events, panel.quotes, panel.numbers)
    controls = [panel.entities.filter, panel.events.filter, panel.order, panel.quotes.filter,
                panel.by_speaker, panel.numbers.filter]

    def shown() -> list[bool]:
        return [w.isVisibleTo(tab) for tab in tabs for w in controls if tab.isAncestorOf(w)]

    assert shown() == [False] * len(controls)
    open_and_wait(qtbot, window)
    assert shown() == [True] * len(controls)
    window.actions_by_name["close_document"].trigger()
    assert shown() == [False] * len(controls)


def test_a_list_with_nothing_listed_greys_out_its_filter(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """An article with no quotes showed the Quotes list's filter box and 'Group by speaker' as
    if there were quotes to filter or group: they are greyed out, in place (the list does not
    move), until a list has something in it."""
    article = tmp_path / "plain.txt"
    article.write_text("Harbour works\n\nThe harbour of Kestrel closed its north pier on Monday"
                       " for repairs.\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, article)
    panel = window.side_panel
    assert not panel.quotes.model.records
    assert not panel.quotes.filter.isEnabled()
    assert not panel.by_speaker.isEnabled()
    assert panel.quotes.filter.isVisibleTo(panel.quotes)
    assert panel.entities.filter.isEnabled()
    open_and_wait(qtbot, window)
    assert panel.quotes.filter.isEnabled()
    assert panel.by_speaker.isEnabled()
