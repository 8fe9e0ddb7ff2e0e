"""ListTab: one list of the side panel (entities, events, quotes or numbers), with its filter
box, its columns fitted to the width it has, and its rows' notes and clicks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QActionGroup, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from reader.analysis.model import Analysis
from reader.ui.column_share import (
    MIN_COLUMN_CAP,
    MIN_COLUMN_WIDTH,
    fitted_widths,
    shared_widths,
    title_yields,
)
from reader.ui.commands import nothing_listed
from reader.ui.list_view import ListView
from reader.ui.models import (
    RecordFilter,
    RecordModel,
)
from reader.ui.widgets import tab_chain
from reader.ui.wrapped_rows import RowLines

FIT_ROWS = 400  # a column is fitted to this many rows: measuring thousands is slow
REFIT_MS = 120


class ListTab(QWidget):
    """A filter box, optional controls, and a tree view over a RecordModel.

    Signals: record_activated(record) when an item is clicked, entered or stepped to with the
    arrow keys; note_requested(record) from the item's context menu.
    """

    record_activated = Signal(object)
    note_requested = Signal(object)

    def __init__(self, model: RecordModel, noun: str, parent: QWidget | None = None, *,
                 main_share: float = 0.0, lines: int = 1, stretch: int = -1,
                 narrow_hidden: Sequence[Sequence[int]] = (), by_cells: bool = False,
                 first_chars: int = 0) -> None:
        """noun: what the list lists ("quotes"), for its filter box and its empty state;
        main_share: the least share of the width the stretching column keeps, when it is
        what the list is for (the Quotes list's quote); lines: how many lines a record's row
        shows, its cells wrapped at words (a long list keeps one, whose rows Qt need not
        measure); stretch: the column that takes the room the others leave (the last if -1);
        narrow_hidden: columns hidden where all would not fit even cut (fit_columns), in
        tiers: the first tier's where the list is narrow, the next's where it is narrower still;
        by_cells: cut columns share the width by what their cells need (shared_widths), not
        all to one width (the Events list, whose When, Date and Where are mostly "—");
        first_chars: the characters of a line the first column keeps before the first tier of
        narrow_hidden goes to widen it (the Quotes list's speaker, more to a reader than the
        quote's kind)."""
        super().__init__(parent)
        self.model = model
        self.noun = noun
        self.analysis: Analysis | None = None  # what the records came from (nothing_listed)
        self.waiting = ""  # what the list waits for while there is no analysis (set_waiting)
        self.main_share = main_share
        self.narrow_hidden = tuple(tuple(tier) for tier in narrow_hidden)
        self.by_cells = by_cells
        self.first_chars = first_chars
        self.stretch = stretch if stretch >= 0 else model.columnCount() - 1
        self.proxy = RecordFilter(model)
        self.view = ListView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(lines == 1)
        if lines > 1:
            self.view.setWordWrap(True)
            self.view.setItemDelegate(RowLines(lines, self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # every column the reader may drag; a stretching column before the last is kept filling
        # the room by fill_stretch (Qt's Stretch mode would forbid dragging it)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.header().setStretchLastSection(self.stretch == model.columnCount() - 1)
        self.view.header().setResizeContentsPrecision(FIT_ROWS)
        # a title cut where the columns cannot all keep theirs (fitted_widths) ends in "…",
        # not clipped mid-letter ("Claimed b")
        self.view.header().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.filter = QLineEdit(self, placeholderText=f"Filter {noun}", clearButtonEnabled=True)
        self.controls = QHBoxLayout()
        self.controls.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.controls)
        layout.addWidget(self.view)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.textChanged.connect(self.say_why_empty)  # once the rows are filtered
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)
        self.view.stepped.connect(self._on_view_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        # every column sorts from the header's menu too, one hidden in a narrow list as well
        self.view.header().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.header().customContextMenuRequested.connect(self._on_header_context_menu)
        self._fitting, self._hand_sized, self._fitted_for = False, False, -1
        self._fitted_shown = False  # whether the list was on screen at the last fit
        self._stretch_hand_sized = False  # the reader dragged the stretching column itself
        self._cut: dict[int, int] = {}  # each fitted column's width cut to MIN_COLUMN_WIDTH
        self._title_widths: dict[int, int] | None = None  # full titles' widths (follow_titles)
        self._refit = QTimer(self, singleShot=True, interval=REFIT_MS)
        self._refit.timeout.connect(self.fit_columns)
        self.view.header().sectionResized.connect(self._on_header_section_resized)
        self.view.header().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.view.viewport().installEventFilter(self)
        self.filter.installEventFilter(self)  # Down and Escape, as a filter box answers them

    def take_keys(self) -> None:
        """Put the keyboard in the list (the tab chosen from the keyboard, Alt+2): a focus
        proxy would do it too, but would also put the list before the filter box for Tab."""
        self.view.setFocus()

    def order_focus(self) -> None:
        """Tab as the tab reads: the filter box, its controls, then the list (once in its
        window: a focus chain set before is not kept when the widget is placed)."""
        tab_chain([*self.control_widgets(), self.view])

    def control_widgets(self) -> list[QWidget]:
        """The filter box and the controls beside it."""
        items = (self.controls.itemAt(i) for i in range(self.controls.count()))
        return [w for item in items if item is not None and (w := item.widget()) is not None]

    def show_controls(self, shown: bool) -> None:
        """Show the filter box, its controls and the list's column titles, or hide them (no
        article open: nothing to filter or order, and titles over nothing)."""
        for widget in self.control_widgets():
            widget.setVisible(shown)
        self.view.header().setVisible(shown)

    def set_records(self, records: Any, analysis: Analysis | None = None) -> None:
        """List records from an analysis (None: no analysis, the list says nothing if empty);
        with none, the filter box and its controls are greyed out."""
        self.analysis = analysis
        self.model.set_records(records)
        for widget in self.control_widgets():  # greyed, not hidden: the list does not jump
            widget.setEnabled(bool(self.model.records))  # nothing listed, nothing to filter
        self._hand_sized = self._stretch_hand_sized = False
        self.expand_groups()
        self.fit_columns()
        self.say_why_empty()

    @Slot()
    def say_why_empty(self) -> None:
        """Say in the list why it shows no rows, if it shows none (commands.nothing_listed)."""
        self.view.set_empty_text("" if self.proxy.rowCount() else nothing_listed(
            self.noun, self.analysis, self.filter.text() if self.model.records else "",
            self.waiting))

    def fit_columns(self) -> None:
        """Fit each column but the stretching one to its contents, capped (column_cap) where
        they and the stretching one (no narrower than its share) would not fit side by side;
        where they would not fit even cut to MIN_COLUMN_WIDTH (the list scrolling sideways),
        the narrow_hidden columns are hidden and the others share the room; where a cell would
        be cut, the columns' short titles are shown, so that a title wider than its cells
        ("Mentions" over "3") leaves the room to the cells."""
        room, header, stretch = self.view.viewport().width(), self.view.header(), self.stretch
        fitted = [c for c in range(self.model.columnCount()) if c != stretch]
        self._title_widths = None
        self._fitting = True
        try:
            for column in self._hidden_in(len(self.narrow_hidden)):
                header.setSectionHidden(column, False)
            self.model.set_short_titles(False)
            for column in fitted:
                self.view.resizeColumnToContents(column)
            least = max(MIN_COLUMN_WIDTH, round(room * self.main_share))
            self._cut = {c: min(self.view.columnWidth(c), MIN_COLUMN_WIDTH) for c in fitted}
            fitted, widths = self._hide_narrow(fitted, room, least)
            if self.model.has_short_titles and any(
                    w < self.view.columnWidth(c) for c, w in zip(fitted, widths, strict=True)):
                # a cell would be cut: a title wider than its cells gives way first
                self.model.set_short_titles(True)
                for column in fitted:
                    self.view.resizeColumnToContents(column)
                widths = self._fitted(fitted, room, least)
            for column, width in zip(fitted, widths, strict=True):
                # a long cell would push the later columns out of sight
                self.view.setColumnWidth(column, width)
            # the stretching column takes the rest (the last: Qt keeps it no narrower)
            self.view.setColumnWidth(stretch, max(room - sum(widths), MIN_COLUMN_WIDTH))
        finally:
            self._fitting = False
        self._fitted_for, self._fitted_shown = room, self.view.isVisible()

    def _hide_narrow(self, fitted: list[int], room: int, least: int
                     ) -> tuple[list[int], list[int]]:
        """Hide the tiers of narrow_hidden this width hides (_narrow); where it hides none, the
        first tier all the same if the first column would be narrower than first_chars (and
        than its cells). The columns shown, their widths."""
        first = self.first_chars * self.view.fontMetrics().averageCharWidth()
        tiers = self._narrow(room)
        shown, widths = self._shown(fitted, tiers, room, least)
        if tiers == 0 and self.narrow_hidden and shown and shown[0] == 0 and (
                widths[0] < min(first, self.view.columnWidth(0))):
            shown, widths = self._shown(fitted, 1, room, least)
        return shown, widths

    def _shown(self, fitted: list[int], tiers: int, room: int, least: int
               ) -> tuple[list[int], list[int]]:
        """Hide the first tiers of narrow_hidden; the columns left, their fitted widths."""
        hidden = self._hidden_in(tiers)
        for column in hidden:
            self.view.header().setSectionHidden(column, True)
        shown = [c for c in fitted if c not in hidden]
        return shown, self._fitted(shown, room, least)

    def _narrow(self, room: int) -> int:
        """How many tiers of narrow_hidden columns a list this wide hides: as many as leave the
        others, cut to MIN_COLUMN_WIDTH, room beside the stretching one at its least share (a
        panel of 250 px hides the Events list's When too, rather than scroll it sideways)."""
        least = max(MIN_COLUMN_WIDTH, round(room * self.main_share))
        for tiers in range(len(self.narrow_hidden)):
            hidden = self._hidden_in(tiers)
            if sum(w for c, w in self._cut.items() if c not in hidden) + least <= room:
                return tiers
        return len(self.narrow_hidden)

    def _hidden_in(self, tiers: int) -> set[int]:
        """The columns the first tiers of narrow_hidden hide."""
        return {column for tier in self.narrow_hidden[:tiers] for column in tier}

    def _fitted(self, fitted: Sequence[int], room: int, least: int) -> list[int]:
        """fitted_widths of these columns, sized to their contents, beside the stretching one;
        where a cell would be cut, a title wider than its cells ("Qualifier" over "exact")
        gives way first (title_yields), not the claimant's "TimeWarner" beside it."""
        header, stretch, view = self.view.header(), self.stretch, self.view
        full = [view.columnWidth(c) for c in fitted]
        titles = [header.sectionSizeHint(c) for c in fitted]
        cells = [view.sizeHintForColumn(c) for c in fitted]
        last = (view.sizeHintForColumn(stretch), header.sectionSizeHint(stretch))
        widest = max(MIN_COLUMN_CAP, room // 3)
        widths = fitted_widths(full, titles, max(last), room, widest, least)
        if any(w < c for w, c in zip(widths, cells, strict=True)) or (
                room - sum(widths) < last[0]):
            # but the list's last title: cut at its right edge, it reads as the list cut off
            end = self.model.columnCount() - 1
            kept = [t if column == end else title_yields(c, t)
                    for column, c, t in zip(fitted, cells, titles, strict=True)]
            widths = fitted_widths([max(c, k) for c, k in zip(cells, kept, strict=True)], kept,
                                   max(last), room, widest, least)
        if not self.by_cells or widths == full:
            return widths
        # cut to one cap, a column of dashes kept as much as one of long names: share it out
        floors = [min(w, f, max(t, MIN_COLUMN_WIDTH))
                  for w, f, t in zip(widths, full, titles, strict=True)]
        shared = shared_widths([self._cell_widths(c) for c in fitted], floors, sum(widths))
        return widths if shared is None else shared

    def _cell_widths(self, column: int) -> list[int]:
        """The widths a column's cells want, of its first FIT_ROWS records."""
        view, indent = self.view, self.view.indentation() if self.model.grouped else 0
        indexes = self.model.record_indexes(lambda _record: True)[:FIT_ROWS]
        return [view.sizeHintForIndex(self.proxy.mapFromSource(i.siblingAtColumn(column))).width()
                + (indent if column == 0 else 0) for i in indexes]

    def fill_stretch(self) -> None:
        """Give a stretching column before the last the room the others leave, at once, as
        Qt does for a last column: under a new scrollbar the last column is never hidden."""
        if self._stretch_hand_sized or self.stretch == self.model.columnCount() - 1:
            return
        others = sum(self.view.columnWidth(c) for c in range(self.model.columnCount())
                     if c != self.stretch)
        self._fitting = True
        try:
            self.view.setColumnWidth(
                self.stretch, max(self.view.viewport().width() - others, MIN_COLUMN_WIDTH))
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress:
            return self._filter_key(event.key())
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fill_stretch()
            width = self.view.viewport().width()
            # the reader's widths stay, unless the columns shown change: they were for others
            if width != self._fitted_for and (
                    not self._hand_sized or self._narrow(width) != self._narrow(self._fitted_for)):
                if self._fitted_shown or not self.view.isVisible():
                    self._refit.start()  # once the window has its new size, not at every step
                else:  # a list fitted while hidden, in its tab's default size, shown now
                    self.fit_columns()
        return super().eventFilter(watched, event)

    def _filter_key(self, key: int) -> bool:
        """Down goes from the filter box to the list's first row, shown in the article (unless
        a row is current: it stays); Escape empties the box. Whether the key was taken."""
        if key == Qt.Key.Key_Escape and self.filter.text():
            self.filter.clear()
            return True
        if key != Qt.Key.Key_Down or not self.proxy.rowCount():
            return False
        current = self.view.currentIndex()  # asked first: a view given the focus makes one
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        if not current.isValid():
            first = self.proxy.index(0, 0)
            if self.model.grouped:
                first = self.proxy.index(0, 0, first)
            self.view.setCurrentIndex(first)
            self._on_view_clicked(first)
        return True

    @Slot(int, int, int)
    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        last = self.model.columnCount() - 1
        if not column == self.stretch == last:  # Qt's own stretching of the last is no choice
            self._hand_sized = True  # the reader's own widths stay until the next article
        if column == self.stretch:
            self._stretch_hand_sized = True  # and this one too: the list may scroll sideways
        else:
            self.fill_stretch()  # the stretching column gives or takes what this one did
            self.follow_titles()

    @Slot(int, Qt.SortOrder)
    def _on_header_sort_indicator_changed(self, _column: int, _order: Qt.SortOrder) -> None:
        self._title_widths = None

    def follow_titles(self) -> None:
        """Head the columns with their short titles where one of them is now narrower than its
        full title ("#" over a count the reader dragged narrow), else with their full titles
        ("Mentions" again over a count dragged wide). Called at each pixel of a drag, it
        compares widths alone: the full titles' widths are measured once, until the next fit
        or sort (an arrow in a title widens it)."""
        if not self.model.has_short_titles:
            return
        header = self.view.header()
        if self._title_widths is None:
            self._fitting = True
            try:
                shown = self.model.short_titles
                self.model.set_short_titles(False)  # the full titles' widths, to compare
                self._title_widths = {c: header.sectionSizeHint(c)
                                      for c, column in enumerate(self.model.columns)
                                      if column.short}
                self.model.set_short_titles(shown)
            finally:
                self._fitting = False
        self.model.set_short_titles(any(header.sectionSize(c) < width
                                        for c, width in self._title_widths.items()))

    def expand_groups(self) -> None:
        """Open every group row (expandAll would walk every record through Python)."""
        self.view.setRootIsDecorated(self.model.grouped)
        if self.model.grouped:
            for row in range(self.proxy.rowCount()):
                self.view.setFirstColumnSpanned(row, QModelIndex(), True)
                self.view.setExpanded(self.proxy.index(row, 0), True)

    def select(self, wanted: Callable[[Any], bool]) -> int:
        """Select the records for which wanted(record) holds, without activating them."""
        selection = QItemSelection()
        indexes = [self.proxy.mapFromSource(i) for i in self.model.record_indexes(wanted)]
        indexes = [i for i in indexes if i.isValid()]
        for index in indexes:
            selection.select(index, index)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().select(selection, flags)
        if indexes:
            self.view.scrollTo(min(indexes, key=lambda i: self.view.visualRect(i).top()))
        return len(indexes)

    @Slot(str)
    def _on_filter_text_changed(self, _text: str) -> None:
        # the proxy makes its groups anew as it filters: they came back closed, their matches
        # out of sight ("Organisations (6)" for "toy")
        self.expand_groups()

    @Slot(QPoint)
    def _on_view_context_menu(self, point: QPoint) -> None:
        record = self.model.record(self.proxy.mapToSource(self.view.indexAt(point)))
        if record is None:
            return
        menu = QMenu(self)
        menu.addAction("Add a note on this item", lambda: self.note_requested.emit(record))
        menu.exec(self.view.viewport().mapToGlobal(point))

    @Slot(QPoint)
    def _on_header_context_menu(self, point: QPoint) -> None:
        header = self.view.header()
        menu = QMenu(self)
        one = QActionGroup(menu)  # one order at a time: marked as a choice of one, not ticks
        for column, title in enumerate(c.title for c in self.model.columns):
            action = menu.addAction(f"Sort by {title}", partial(self.sort_by, column))
            action.setCheckable(True)
            action.setChecked(header.sortIndicatorSection() == column)
            action.setActionGroup(one)
        menu.exec(header.viewport().mapToGlobal(point))

    def sort_by(self, column: int) -> None:
        """Sort by a column as a click on its title does: the other way if it sorts already."""
        header = self.view.header()
        again = header.sortIndicatorSection() == column
        ascending = not again or header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.view.sortByColumn(column, Qt.SortOrder.AscendingOrder if ascending
                               else Qt.SortOrder.DescendingOrder)

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        record = self.model.record(self.proxy.mapToSource(index))
        if record is not None:
            self.record_activated.emit(record)
