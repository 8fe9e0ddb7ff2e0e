"""SidePanel: tabs listing the article's entities, events, quotes, numbers, and the notes."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QTabWidget,
    QWidget,
)

from reader.analysis.model import Analysis, Entity
from reader.document import TextSpan
from reader.ui.commands import LISTED, counted, listed_counts
from reader.ui.list_tab import ListTab
from reader.ui.models import (
    ENTITY_COLUMNS,
    ENTITY_GROUPING,
    EVENT_COLUMNS,
    NARROW_HIDDEN,
    NUMBER_NARROW_HIDDEN,
    QUOTE_GROUPING,
    QUOTE_NARROW_HIDDEN,
    TIMELINE_COLUMN,
    WHAT_COLUMN,
    RecordModel,
    entity_records,
    number_columns,
    quote_columns,
)
from reader.ui.navigation import record_in
from reader.ui.tab_style import TabStyle

QUOTE_SHARE = 0.5  # of the Quotes list's width, the least its quote column keeps
WHAT_SHARE = 0.3  # of the Events list's width, the least its what column keeps
QUOTE_LINES = 2  # a quote's row: a speaker's name wraps rather than being cut
SPEAKER_CHARS = 16  # of a line the speaker keeps ("Matthew Taylor") before the kind goes
TABS = tuple(many.capitalize() for _, many in LISTED)


class SidePanel(QTabWidget):
    """The tabs beside the article.

    Signals: entity_activated(entity_id) for a clicked entity; item_activated(record) for a
    clicked event, quote or number; note_requested(record) to note any of them.
    """

    entity_activated = Signal(str)
    item_activated = Signal(object)
    note_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.tab_style = TabStyle()  # held: the bar does not own it
        self.tabBar().setStyle(self.tab_style)
        # below even tight tabs' width, labels are cut ("Num…") rather than tabs hidden
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.entities = ListTab(RecordModel(ENTITY_COLUMNS, ENTITY_GROUPING), "names")
        self.events = ListTab(RecordModel(EVENT_COLUMNS), "events",
                              main_share=WHAT_SHARE, stretch=WHAT_COLUMN,
                              narrow_hidden=NARROW_HIDDEN, by_cells=True)
        self.quotes = ListTab(RecordModel(quote_columns("")), "quotes",
                              main_share=QUOTE_SHARE, lines=QUOTE_LINES,
                              narrow_hidden=QUOTE_NARROW_HIDDEN, first_chars=SPEAKER_CHARS)
        self.numbers = ListTab(RecordModel(number_columns("")), "numbers",
                               narrow_hidden=NUMBER_NARROW_HIDDEN)
        self.order = QComboBox(self.events)
        self.order.addItems(["Text order", "Timeline"])
        self.order.setPlaceholderText("By column")  # a column's title sorts the list
        self.events.controls.addWidget(self.order)
        self.by_speaker = QCheckBox("Group by speaker", self.quotes)
        self.quotes.controls.addWidget(self.by_speaker)
        for tab, name in zip((self.entities, self.events, self.quotes, self.numbers), TABS,
                             strict=False):
            self.addTab(tab, name)
        self.notes: QWidget | None = None
        self._counts: list[int | None] = [None] * len(TABS)  # what each tab lists, when known
        self._connect()

    def _connect(self) -> None:
        self.entities.record_activated.connect(self._on_entity_record)
        for tab in (self.events, self.quotes, self.numbers):
            tab.record_activated.connect(self.item_activated)
        for tab in (self.entities, self.events, self.quotes, self.numbers):
            tab.note_requested.connect(self.note_requested)
        # chosen, even again: "Text order" chosen after a column sorted the list restores it
        self.order.activated.connect(self._on_order_chosen)
        self.events.view.header().sortIndicatorChanged.connect(self._on_events_sorted)
        self.by_speaker.toggled.connect(self._on_by_speaker_toggled)

    def order_focus(self) -> None:
        """Set each list's Tab order, once the panel is in its window (ListTab.order_focus)."""
        for tab in (self.entities, self.events, self.quotes, self.numbers):
            tab.order_focus()

    def list_views(self) -> list[QAbstractItemView]:
        """The four lists' views (the Notes tab aside)."""
        return [tab.view for tab in (self.entities, self.events, self.quotes, self.numbers)]

    def set_notes_widget(self, widget: QWidget) -> None:
        self.notes = widget
        self.addTab(widget, TABS[4])

    @Slot(int)
    def set_notes_count(self, count: int) -> None:
        """Say on the Notes tab, as on the others, how many there are (none open: no count)."""
        if self.notes is not None:
            self._counts[self.indexOf(self.notes)] = count if count >= 0 else None
            self.label_tabs()

    def set_article_open(self, shown: bool) -> None:
        """Show the lists' filter boxes and controls while an article is open, else hide them."""
        for tab in (self.entities, self.events, self.quotes, self.numbers):
            tab.show_controls(shown)

    def set_waiting(self, text: str) -> None:
        """What the lists say while the open article has no analysis ("" with no article): a
        blank panel for the minutes a long article takes looked broken."""
        for tab in (self.entities, self.events, self.quotes, self.numbers):
            tab.waiting = text
            tab.say_why_empty()

    def set_analysis(self, analysis: Analysis | None, text: str) -> None:
        """Fill the lists from an analysis (None empties them)."""
        self.quotes.model.columns = quote_columns(text)
        self.numbers.model.columns = number_columns(text)
        self.entities.set_records(entity_records(analysis.entities) if analysis else (), analysis)
        self.events.set_records(analysis.events if analysis else (), analysis)
        self.quotes.set_records(analysis.quotes if analysis else (), analysis)
        self.numbers.set_records(analysis.numbers if analysis else (), analysis)
        self._counts[:4] = listed_counts(analysis) if analysis else (None,) * 4
        self.label_tabs()

    def label_tabs(self) -> None:
        """Each tab's name and count ("Events 35"), the count in its tip too ("35 events");
        where the counts would not fit (a narrow panel), the names alone; where the names would
        not fit either, the names in tighter tabs (TabStyle): every tab in sight."""
        self.tab_style.tight = False
        for i in range(self.count()):
            count = self._counts[i]
            self.setTabText(i, TABS[i] if count is None else f"{TABS[i]} {count}")
            self.setTabToolTip(i, TABS[i] if count is None else counted(count, *LISTED[i]))
        for tight in (False, True):
            if self.tabBar().sizeHint().width() <= self.width():
                return
            self.tab_style.tight = tight
            for i in range(self.count()):
                self.setTabText(i, TABS[i])  # also makes the bar measure its tabs again

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.label_tabs()

    def select_in(self, span: TextSpan, at: int | None = None) -> None:
        """Select, in every list, the items that lie in a span (the sentence under the cursor);
        with the cursor at a name (at), the Entities list selects that name's entity alone."""
        named = self.entities.select(lambda record: isinstance(record, Entity) and any(
            m.start <= at < m.end for m in record.mentions)) if at is not None else 0
        tabs = (self.events, self.quotes, self.numbers) if named else \
            (self.entities, self.events, self.quotes, self.numbers)
        for tab in tabs:
            tab.select(lambda record: record_in(record, span))

    @Slot(object)
    def _on_entity_record(self, record: object) -> None:
        if isinstance(record, Entity):
            self.entity_activated.emit(record.id)

    @Slot(int)
    def _on_order_chosen(self, index: int) -> None:
        column = TIMELINE_COLUMN if index == 1 else -1
        self.events.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    @Slot(int, Qt.SortOrder)
    def _on_events_sorted(self, column: int, order: Qt.SortOrder) -> None:
        """Show the Events list's order in the box: text order, the timeline, else none of them
        (its placeholder, 'By column')."""
        ascending = order == Qt.SortOrder.AscendingOrder
        self.order.setCurrentIndex(0 if column < 0 else
                                   1 if column == TIMELINE_COLUMN and ascending else -1)

    @Slot(bool)
    def _on_by_speaker_toggled(self, on: bool) -> None:
        self.quotes.model.set_grouping(QUOTE_GROUPING if on else None)
        self.quotes.expand_groups()
        self.quotes.fit_columns()  # the speakers' column, blank in groups, gives its room
