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
from reader.ui.commands import nothing_listed
from reader.ui.fitted_columns import FIT_ROWS, FittedColumns
from reader.ui.list_view import ListView
from reader.ui.models import (
    RecordFilter,
    RecordModel,
)
from reader.ui.widgets import tab_chain
from reader.ui.wrapped_rows import RowLines


class ListTab(FittedColumns):
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
        self.follow_view()
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
        self.forget_hand_sizes()
        self.expand_groups()
        self.fit_columns()
        self.say_why_empty()

    @Slot()
    def say_why_empty(self) -> None:
        """Say in the list why it shows no rows, if it shows none (commands.nothing_listed)."""
        self.view.set_empty_text("" if self.proxy.rowCount() else nothing_listed(
            self.noun, self.analysis, self.filter.text() if self.model.records else "",
            self.waiting))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress:
            return self._filter_key(event.key())
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
