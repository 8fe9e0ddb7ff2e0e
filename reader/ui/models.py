"""List models over an Analysis's tuples: one generic item model, flat or grouped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader.analysis.dates import shown_date
from reader.analysis.model import Entity, Event, NumberMention, Quote
from reader.ui.highlights import (
    TYPE_PLURALS,
    number_value,
    quote_as_written,
    type_name,
    type_order,
)
from reader.ui.widgets import TIP_LINE, TIP_WIDTH, clip, long_tip

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its title, the text of a record, the key it sorts by (text if none), its
    tooltip (text if none), and a short title for a narrow list (the title then in the
    header's tooltip)."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], str | int | float] | None = None
    tip: Callable[[Any], str] | None = None
    short: str | None = None


@dataclass(frozen=True, slots=True)
class Grouping:
    """How records gather under group rows: a key, its label (from the key and how many
    records it shows: "2", or "1 of 2" while a filter hides some), the order of groups, and
    the column that would only repeat the key in every row of a group (left blank there)."""

    key: Callable[[Any], str]
    label: Callable[[str, str], str]
    order: Callable[[str], Any] = str
    repeats: int | None = None


class RecordModel(QAbstractItemModel):
    """Records of one kind in columns; with a Grouping, a two-level tree of groups and records."""

    def __init__(self, columns: Sequence[Column], grouping: Grouping | None = None) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self._grouping = grouping
        self._records: tuple[Any, ...] = ()
        self._groups: list[tuple[str, list[Any]]] = []
        self._short_titles = False

    def set_short_titles(self, short: bool) -> None:
        """Head the columns that have one with their short titles (a narrow list), or not."""
        if short != self._short_titles:
            self._short_titles = short
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    @property
    def short_titles(self) -> bool:
        return self._short_titles

    @property
    def has_short_titles(self) -> bool:
        return any(column.short for column in self.columns)

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = tuple(records)
        self._regroup()
        self.endResetModel()

    def set_grouping(self, grouping: Grouping | None) -> None:
        self.beginResetModel()
        self._grouping = grouping
        self._regroup()
        self.endResetModel()

    @property
    def grouped(self) -> bool:
        return self._grouping is not None

    @property
    def records(self) -> tuple[Any, ...]:
        return self._records

    def _regroup(self) -> None:
        self._groups = []
        if self._grouping is None:
            return
        groups: dict[str, list[Any]] = {}
        for record in self._records:
            groups.setdefault(self._grouping.key(record), []).append(record)
        self._groups = sorted(groups.items(), key=lambda item: self._grouping.order(item[0]))  # type: ignore[union-attr]

    def record_indexes(self, wanted: Callable[[Any], bool]) -> list[QModelIndex]:
        """Indexes (column 0) of the records for which wanted(record) holds."""
        if self._grouping is None:
            return [self.index(r, 0) for r, rec in enumerate(self._records) if wanted(rec)]
        found: list[QModelIndex] = []
        for g, (_key, members) in enumerate(self._groups):
            parent = self.index(g, 0)
            found.extend(self.index(r, 0, parent) for r, rec in enumerate(members) if wanted(rec))
        return found

    def group_label(self, row: int, shown: int | None = None) -> str:
        """The label of the group in this row, saying how many of its records are shown when
        that is fewer than all."""
        key, members = self._groups[row]
        if self._grouping is None:
            return key
        count = len(members)
        return self._grouping.label(
            key, str(count) if shown is None or shown >= count else f"{shown} of {count}")

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        group_id = parent.row() + 1 if parent.isValid() else 0
        return self.createIndex(row, column, group_id)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.column() > 0:
            return 0
        if self._grouping is None:
            return 0 if parent.isValid() else len(self._records)
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if self._repeats(section):
                return ""  # over the group rows' arrows
            return column.short if self._short_titles and column.short else column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.title
        return None

    def _repeats(self, column: int) -> bool:
        """Whether a column only repeats the key of its rows' group (Grouping.repeats)."""
        return self._grouping is not None and self._grouping.repeats == column

    def record(self, index: Index) -> Any:
        if not index.isValid():
            return None
        if self._grouping is None:
            return self._records[index.row()]
        group = index.internalId()
        return None if group == 0 else self._groups[group - 1][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record(index)
        column = self.columns[index.column()]
        if record is None:  # a group row
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) and index.column() == 0:
                return self.group_label(index.row())
            if role == SORT_ROLE:
                return index.row()
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(record)
        if role == Qt.ItemDataRole.DisplayRole and self._repeats(index.column()):
            return ""  # its group's row says it
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.text(record)
        if role == RECORD_ROLE:
            return record
        return None


class RecordFilter(QSortFilterProxyModel):
    """Sorting by each column's sort key and filtering on any column, keeping matching groups."""

    def __init__(self, source: RecordModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # "the council" among the names, not after "Volodymyr Zelensky"
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)  # a group that matches ("people") shows its rows

    def lessThan(self, left: Index, right: Index) -> bool:
        """Records by the column's sort key; groups stay in their own order (people first)
        whichever column sorts and whichever way."""
        source = self.sourceModel()
        if (isinstance(source, RecordModel) and source.grouped and not left.parent().isValid()
                and not right.parent().isValid()):
            before = left.row() < right.row()
            return before if self.sortOrder() == Qt.SortOrder.AscendingOrder else not before
        return super().lessThan(left, right)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A group's label counts the records the filter leaves it ("People (1 of 16)" for
        "king"), not all of them as if none were hidden."""
        source = self.sourceModel()
        if (role == Qt.ItemDataRole.DisplayRole and index.column() == 0 and index.isValid()
                and not index.parent().isValid() and isinstance(source, RecordModel)
                and source.grouped):
            return source.group_label(self.mapToSource(index).row(), self.rowCount(index))
        return super().data(index, role)


# -- the columns of each list ---------------------------------------------------------------
def _or_dash(value: object) -> str:
    return "—" if value in (None, "") else str(value)


ENTITY_COLUMNS = (
    Column("Name", lambda e: e.name),
    # "#" where the name would be cut: the count's digits need a fraction of "Mentions"
    Column("Mentions", lambda e: str(e.mention_count), lambda e: e.mention_count, short="#"),
    # the group says the type; the other names say why mentions count as one entity
    Column("Also called", lambda e: ", ".join(e.other_names)),
)
ENTITY_GROUPING = Grouping(key=lambda e: e.label,
                           label=lambda key, n: f"{TYPE_PLURALS.get(key, type_name(key))} ({n})",
                           order=type_order)

def field_tip(fields: Sequence[tuple[str, str | None]]) -> str:
    """A record's fields in a tooltip, one a line, the empty ones left out: a narrow list hides
    some columns (ListTab.narrow_hidden) and cuts the others."""
    shown = [(title, " ".join(value.split())) for title, value in fields if value]
    rows = "".join(f"<tr><td><b>{title}</b>&nbsp;</td><td>{escape(value, quote=False)}</td></tr>"
                   for title, value in shown)
    # a long field wraps in a box TIP_WIDTH wide (long_tip), a short record keeps its width
    width = f' width="{TIP_WIDTH}"' if max(len(v) for _, v in shown) > TIP_LINE else ""
    return f"<table{width}>{rows}</table>"


def event_tip(event: Event) -> str:
    """The whole event, for any of its cells (NARROW_HIDDEN)."""
    return field_tip((("Who", event.who), ("Action", event.action), ("What", event.what),
                      ("When", event.when), ("Date", shown_date(event.when, event.date)),
                      ("Where", event.where)))


def number_tip(number: NumberMention, text: str) -> str:
    """The whole figure, for any of its cells (NUMBER_NARROW_HIDDEN): as written, its value in
    full ("2,400,000 EUR"), and what the columns say of it."""
    value = number_value(number)
    return field_tip((("Figure", number.span.of(text)), ("Value", value if value != "—" else None),
                      ("Qualifier", number.qualifier), ("Counts", number.counts),
                      ("Verb", number.verb), ("Claimed by", number.claimant)))


EVENT_COLUMNS = (
    Column("Who", lambda e: _or_dash(e.who), tip=event_tip),
    Column("Action", lambda e: e.action, tip=event_tip),
    Column("What", lambda e: _or_dash(e.what), tip=event_tip),
    Column("When", lambda e: _or_dash(e.when), tip=event_tip),
    Column("Date", lambda e: _or_dash(shown_date(e.when, e.date)),
           lambda e: f"{e.date or '9999-99-99'} {e.span.start:09d}", event_tip),
    Column("Where", lambda e: _or_dash(e.where), tip=event_tip),
)
TIMELINE_COLUMN = 4
WHAT_COLUMN = 2  # the longest cells: it takes the room the others leave
# hidden where the six columns cannot all show (the list would scroll sideways): who did
# what to whom and when stay, the date and the place are in every cell's tooltip; narrower
# still (a panel of 250 px), when goes too
NARROW_HIDDEN = ((TIMELINE_COLUMN, 5), (3,))

QUOTE_GROUPING = Grouping(key=lambda q: q.speaker or "Unknown speaker",
                          label=lambda key, n: f"{key} ({n})", order=str.casefold, repeats=0)

def entity_records(entities: Sequence[Entity]) -> list[Entity]:
    """Entities most mentioned first, then by name."""
    return sorted(entities, key=lambda e: (-e.mention_count, e.name.lower()))


def quote_tip(quote: Quote) -> str:
    """Who said it, how and with what verb, for the cells beside the quote: a narrow list
    hides the kind and the cue (QUOTE_NARROW_HIDDEN)."""
    return field_tip((("Speaker", quote.speaker), ("Kind", quote.kind), ("Cue", quote.cue)))


def quote_columns(text: str) -> tuple[Column, ...]:
    """The Quotes list's columns; the quote's words come from the document text."""
    return (
        Column("Speaker", lambda q: _or_dash(q.speaker), tip=quote_tip),
        Column("Kind", lambda q: q.kind, tip=quote_tip),
        # "claimed" and "said" are not the same
        Column("Cue", lambda q: _or_dash(q.cue), tip=quote_tip),
        Column("Quote", lambda q: clip(quote_as_written(q, text), 160), lambda q: q.span.start,
               lambda q: long_tip(quote_as_written(q, text))),
    )


# hidden where a narrow list cannot show the quote beside them (a panel of 250 px): first the
# kind, then the cue; both are in the tooltip of the cells beside the quote
QUOTE_NARROW_HIDDEN = ((1,), (2,))


def number_columns(text: str) -> tuple[Column, ...]:
    """The Numbers list's columns: the figure as written, then what it means; any cell's tip
    gives the whole figure (number_tip)."""
    def tip(number: NumberMention) -> str:
        return number_tip(number, text)

    return (
        Column("Figure", lambda n: clip(n.span.of(text), 40), lambda n: n.span.start, tip),
        Column("Value", lambda n: number_value(n, short=True),
               lambda n: n.value if n.value is not None else float("inf"), tip),
        Column("Qualifier", lambda n: n.qualifier, tip=tip),
        Column("Counts", lambda n: _or_dash(n.counts), tip=tip),
        Column("Verb", lambda n: _or_dash(n.verb), tip=tip),
        Column("Claimed by", lambda n: _or_dash(n.claimant), tip=tip),
    )


# hidden where the six columns cannot all show: the figure, what it means and counts and who
# claims it stay; how exact it is and its verb are in every cell's tooltip; narrower still,
# the value goes too (the figure as written says it)
NUMBER_NARROW_HIDDEN = ((2, 4), (1,))
