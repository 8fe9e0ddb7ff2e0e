"""Dossier: what the article says about one entity, stepping through its mentions, correcting it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont, QHideEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.analysis.model import Analysis, Entity
from reader.document import TextSpan
from reader.ui.commands import merge_choices
from reader.ui.dossier_rows import event_row, number_row
from reader.ui.flow_layout import FlowBox
from reader.ui.highlights import TYPE_ORDER, quote_as_written, type_name
from reader.ui.navigation import entity_events, entity_numbers, entity_quotes
from reader.ui.theme import quiet_ink
from reader.ui.widgets import clip, long_tip, push_button, tool_button
from reader.ui.wrapped_rows import WrappedRows

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
QUIET_ROLE = Qt.ItemDataRole.UserRole + 2  # the line saying which sections have nothing
CORRECTIONS = ("rename", "merge", "split", "retype", "drop")
ROW_CHARS = 120  # of a row's text: the whole in its tip
ROW_LINES = 2  # a row wraps onto at most this many lines, the last ending in "…" if cut


def _split_choices(entity: Entity) -> list[str]:
    """The aliases that may be split out of an entity: its names other than its own."""
    return [alias for alias in entity.aliases if alias != entity.name]


class Dossier(QFrame):
    """One entity: name, type, aliases, mentions, its quotes, events, numbers and notes.

    Signals: span_activated(TextSpan) to show a place in the text; mention_changed(TextSpan)
    when stepping through mentions; correction_requested(kind, values) with kind one of
    CORRECTIONS; note_requested(entity) to add a note on it; filled() when its lists were
    (re)filled or its width changed, so that the window can give it the height they need;
    closed(had_keys), had_keys True when the keyboard was in it; steps_changed(bool) when
    stepping through mentions (F3) comes to lead somewhere or nowhere: nowhere while it shows an
    entity mentioned once, somewhere while hidden (F3 then steps from entity to entity).
    """

    span_activated = Signal(object)
    mention_changed = Signal(object)
    correction_requested = Signal(str, object)
    note_requested = Signal(object)
    filled = Signal()
    closed = Signal(bool)
    steps_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.entity: Entity | None = None
        self.analysis: Analysis | None = None
        self.current = -1
        self._text = ""  # the document's, which the rows quote
        self.name = QLabel(self)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.position = QLabel(self)
        self.previous = push_button(self, "◀ Previous", "Previous mention (Shift+F3)")
        self.next = push_button(self, "Next ▶", "Next mention (F3)")
        self.correct = push_button(self, "Correct", "Correct this entity")
        self.note = push_button(self, "Note", "Add a note on this entity")
        self.close_button = tool_button(self, "✕", "Close the entity's panel (Esc)")
        self.items = QTreeWidget(self)
        self.items.setHeaderHidden(True)
        self.items.setRootIsDecorated(False)
        self.items.setWordWrap(True)
        self.items.setItemDelegate(WrappedRows(self.items, ROW_LINES))
        self._layout(self.close_button)
        self._menu()
        self.previous.clicked.connect(self.previous_mention)
        self.next.clicked.connect(self.next_mention)
        self.note.clicked.connect(self._on_note_clicked)
        self.close_button.clicked.connect(self.close_panel)
        self.items.itemActivated.connect(self._on_item_activated)
        self.items.itemClicked.connect(self._on_item_activated)

    def _layout(self, close: QToolButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        # the stepper and the actions, each kept together, wrap onto two lines in a narrow
        # panel rather than holding the side panel wider than the article (in a row: 432 px)
        steps = FlowBox(self, spacing=12)
        for group in ((self.previous, self.position, self.next), (self.note, self.correct)):
            steps.flow.addWidget(self._row(steps, group))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(steps)
        layout.addWidget(self.items, 1)

    @staticmethod
    def _row(parent: QWidget, widgets: tuple[QWidget, ...]) -> QWidget:
        """Widgets side by side in one that a flow moves as a whole."""
        row = QWidget(parent)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            line.addWidget(widget)
        return row

    def focus_chain(self) -> list[QWidget]:
        """Its widgets in the order they read, for Tab: ✕, the steps, Note, Correct, the list."""
        return [self.close_button, self.previous, self.next, self.note, self.correct, self.items]

    def _menu(self) -> None:
        menu = QMenu(self)
        menu.addAction("Rename…", self._ask_rename)
        self.merge_action = menu.addAction("Merge with…", self._ask_merge)
        self.split_action = menu.addAction("Split an alias out…", self._ask_split)
        menu.addAction("Change type…", self._ask_retype)
        menu.addSeparator()
        menu.addAction("Not an entity (drop)", lambda: self.request_correction("drop"))
        self.correct.setMenu(menu)

    # -- content ---------------------------------------------------------------------------
    def show_entity(self, entity: Entity, analysis: Analysis, text: str,
                    notes: list[tuple[str, TextSpan | None]] | None = None) -> None:
        """Show an entity of an analysis; notes are (text, passage) pairs."""
        self.entity, self.analysis, self.current, self._text = entity, analysis, -1, text
        self.name.setText(entity.name)
        others = entity.other_names
        also = f" · also: {', '.join(others)}" if others else ""
        # the count is the stepper's, between Previous and Next: said here too, it was said twice
        self.info.setText(f"{type_name(entity.label)}{also}")
        # an entry with nothing to offer is greyed, not left to do nothing when chosen
        self.merge_action.setEnabled(bool(merge_choices(entity, analysis.entities)))
        self.split_action.setEnabled(bool(_split_choices(entity)))
        self.show_notes(notes or [])
        self._update_position()
        self.show()

    def show_notes(self, notes: list[tuple[str, TextSpan | None]]) -> None:
        """List the entity's quotes, events, numbers and these notes (again, when a note was
        added, changed or deleted: the mention stepped to stays)."""
        entity, analysis, text = self.entity, self.analysis, self._text
        if entity is None or analysis is None:
            return
        self.items.clear()
        sections: dict[str, list[tuple[str, TextSpan | None]]] = {
            "Quotes": [(quote_as_written(q, text), q.span)
                       for q in entity_quotes(entity, analysis)],
            "Events": [(event_row(e, text), e.span) for e in entity_events(entity, analysis)],
            "Numbers": [(number_row(n, text), n.sentence or n.span)
                        for n in entity_numbers(entity, analysis)],
            "Notes": list(notes),
        }
        for title, rows in sections.items():
            if rows:
                self._section(title, rows)
        self._say_none(title for title, rows in sections.items() if not rows)
        self.filled.emit()

    def wanted_height(self) -> int:
        """The height that shows every row of its list and no blank below them: the parts above
        the list as they are laid out now, plus the list's rows (wrapped at its width)."""
        self.items.doItemsLayout()
        first = last = self.items.topLevelItem(0)
        while last is not None and (below := self.items.itemBelow(last)) is not None:
            last = below
        rows = 0
        if first is not None and last is not None:
            rows = (self.items.visualItemRect(last).bottom()
                    - self.items.visualItemRect(first).top() + 1)
        return self.height() - self.items.height() + rows + 2 * self.items.frameWidth()

    def _section(self, title: str, rows: list[tuple[str, TextSpan | None]]) -> None:
        """A bold heading over rows of (text, place); a long text is clipped, whole in its tip."""
        head = QTreeWidgetItem(self.items, [f"{title} ({len(rows)})"])
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        for label, span in rows:
            item = QTreeWidgetItem(head, [clip(label, ROW_CHARS)])
            item.setData(0, SPAN_ROLE, span)
            item.setToolTip(0, long_tip(label))
        head.setExpanded(True)

    def _say_none(self, titles: Iterable[str]) -> None:
        """One quiet line for the sections with nothing in them, rather than a heading each over
        nothing: "No events, numbers or notes"."""
        names = [title.lower() for title in titles]
        if not names:
            return
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        item = QTreeWidgetItem(self.items, [f"No {listed}"])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: it leads nowhere
        item.setData(0, QUIET_ROLE, True)
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)
        self._colour_quiet()

    def _colour_quiet(self) -> None:
        """The quiet line in the theme's text faded as far as it reads (the disabled ink did
        not: 1.9:1 on light paper)."""
        palette = QApplication.palette()  # the list's own may not have followed a new theme yet
        ink = quiet_ink(palette.color(QPalette.ColorRole.Text),
                        palette.color(QPalette.ColorRole.Base))
        for i in range(self.items.topLevelItemCount()):
            item = self.items.topLevelItem(i)
            if item is not None and item.data(0, QUIET_ROLE):
                item.setForeground(0, ink)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """At a new width its rows and buttons wrap anew: filled(), to be fitted again."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() and self.entity is not None:
            self.filled.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour_quiet()
        super().changeEvent(event)

    def section_texts(self, title: str) -> list[str]:
        """The rows under a section (Quotes, Events, Numbers, Notes), as shown."""
        for i in range(self.items.topLevelItemCount()):
            head = self.items.topLevelItem(i)
            if head is not None and head.text(0).startswith(title):
                children = (head.child(j) for j in range(head.childCount()))
                return [child.text(0) for child in children if child is not None]
        return []

    # -- mentions --------------------------------------------------------------------------
    @Slot()
    def next_mention(self) -> None:
        self._step(1)

    @Slot()
    def previous_mention(self) -> None:
        self._step(-1)

    def stand_at(self, offset: int) -> None:
        """Make the mention holding offset (the one clicked) the current one, so F3 goes on from
        it rather than back to the first; an offset in no mention changes nothing."""
        if self.entity is None:
            return
        held = [i for i, m in enumerate(self.entity.mentions) if m.start <= offset < m.end]
        if held:
            self.current = held[0]
            self._update_position()

    def _step(self, delta: int) -> None:
        if self.entity is None or not self.entity.mentions:
            return
        count = len(self.entity.mentions)
        self.current = (self.current + delta) % count if self.current >= 0 else (
            0 if delta > 0 else count - 1)
        self._update_position()
        self.mention_changed.emit(self.entity.mentions[self.current])

    def _update_position(self) -> None:
        count = self.entity.mention_count if self.entity else 0
        if self.current >= 0:
            self.position.setText(f"{self.current + 1} of {count}")
        else:
            self.position.setText(f"{count} mention" if count == 1 else f"{count} mentions")
        self._say_steps()

    def _say_steps(self) -> None:
        """Previous and Next greyed for one mention, where they went nowhere; steps_changed."""
        many = self.entity is not None and len(self.entity.mentions) > 1
        self.previous.setEnabled(many)
        self.next.setEnabled(many)
        self.steps_changed.emit(many or not self.isVisible())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._say_steps()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.steps_changed.emit(True)  # F3 steps from entity to entity again

    # -- corrections -----------------------------------------------------------------------
    def request_correction(self, kind: str, **values: Any) -> None:
        """Ask for a correction of the shown entity (the dialogs end here too)."""
        if self.entity is not None and kind in CORRECTIONS:
            self.correction_requested.emit(kind, {"entity": self.entity, **values})

    def _ask_rename(self) -> None:
        if self.entity is None:
            return
        name, ok = QInputDialog.getText(self, "Rename", "New name:", text=self.entity.name)
        if ok and name.strip() and name.strip() != self.entity.name:
            self.request_correction("rename", name=name.strip())

    def _ask_merge(self) -> None:
        if self.entity is None or self.analysis is None:
            return
        others = merge_choices(self.entity, self.analysis.entities)
        labels = [f"{e.name} ({type_name(e.label)})" for e in others]
        if not labels:
            return
        label, ok = QInputDialog.getItem(self, "Merge", f"Merge {self.entity.name} into:",
                                         labels, 0, False)
        if ok:
            self.request_correction("merge", other=others[labels.index(label)])

    def _ask_split(self) -> None:
        aliases = _split_choices(self.entity) if self.entity is not None else []
        if not aliases:
            return
        alias, ok = QInputDialog.getItem(self, "Split", "Alias to make its own entity:",
                                         aliases, 0, False)
        if ok:
            self.request_correction("split", alias=alias)

    def _ask_retype(self) -> None:
        if self.entity is None:
            return
        labels = list(TYPE_ORDER)
        names = [type_name(label) for label in labels]
        current = labels.index(self.entity.label) if self.entity.label in labels else 0
        name, ok = QInputDialog.getItem(self, "Change type", "Type:", names, current, False)
        if ok and labels[names.index(name)] != self.entity.label:
            self.request_correction("retype", label=labels[names.index(name)])

    # -- slots -----------------------------------------------------------------------------
    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        span = item.data(0, SPAN_ROLE)
        if isinstance(span, TextSpan):
            self.span_activated.emit(span)

    @Slot()
    def _on_note_clicked(self) -> None:
        if self.entity is not None:
            self.note_requested.emit(self.entity)

    @Slot()
    def close_panel(self) -> None:
        """Hide, saying so (closed()), if shown."""
        if self.isVisible():
            focused = QApplication.focusWidget()
            had_keys = focused is not None and self.isAncestorOf(focused)
            self.hide()
            self.closed.emit(had_keys)
