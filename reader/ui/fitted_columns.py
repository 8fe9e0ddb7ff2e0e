"""FittedColumns: a list whose columns are fitted to the width it has, refitted as it
changes, the reader's own widths kept until the next records."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QWidget

from reader.ui.column_share import (
    MIN_COLUMN_CAP,
    MIN_COLUMN_WIDTH,
    fitted_widths,
    shared_widths,
    title_yields,
)
from reader.ui.list_view import ListView
from reader.ui.models import RecordFilter, RecordModel

FIT_ROWS = 400  # a column is fitted to this many rows: measuring thousands is slow
REFIT_MS = 120


class FittedColumns(QWidget):
    """A list's view over a RecordModel with its columns fitted to the view's width
    (fit_columns), fitted again as the width changes. The subclass makes model, proxy and
    view and says how to fit (stretch, main_share, narrow_hidden, by_cells, first_chars: see
    ListTab), then calls follow_view."""

    model: RecordModel
    proxy: RecordFilter
    view: ListView
    stretch: int
    main_share: float
    narrow_hidden: tuple[tuple[int, ...], ...]
    by_cells: bool
    first_chars: int

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting, self._hand_sized, self._fitted_for = False, False, -1
        self._fitted_shown = False  # whether the list was on screen at the last fit
        self._stretch_hand_sized = False  # the reader dragged the stretching column itself
        self._cut: dict[int, int] = {}  # each fitted column's width cut to MIN_COLUMN_WIDTH
        self._title_widths: dict[int, int] | None = None  # full titles' widths (follow_titles)
        self._refit = QTimer(self, singleShot=True, interval=REFIT_MS)
        self._refit.timeout.connect(self.fit_columns)

    def follow_view(self) -> None:
        """Fit the columns again as the view's width changes; follow the reader's drags."""
        self.view.header().sectionResized.connect(self._on_header_section_resized)
        self.view.header().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.view.viewport().installEventFilter(self)

    def forget_hand_sizes(self) -> None:
        """Let the next width fit the columns: the reader's widths were for other records."""
        self._hand_sized = self._stretch_hand_sized = False

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
