"""ShortcutsDialog: every action that has a keyboard shortcut, read from the actions themselves."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ROW_PADDING = 6  # pixels a row has beyond its line of text
SCREEN_SHARE = 0.8  # of the screen's height, at most, for the dialog


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(action, keys) for each action with a shortcut, in menu order, without duplicates; an
    action in a menu is named with the menu's name ('File › Close', 'View › Entities'), as
    'Close' or 'Entities' alone does not say what it closes or does."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                         for s in action.shortcuts()) or action.text().partition("\t")[2]
        name = _plain(action.text())
        menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
        if menus:
            name = f"{_plain(menus[0].title())} › {name}"
        if keys and (name, keys) not in rows:
            rows.append((name, keys))
    return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic's '&', its trailing dots, or the keys shown after a tab
    (those of a key a widget handles itself, not a shortcut of the window)."""
    text = text.partition("\t")[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # titles over their cells' left edge, as in every list of the window (a table centres
        # them: 'Action' in the middle of its column)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # a line of text a row, as in a menu: the default rows were twice their text's height
        rows_header = self.table.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, self._height_for_all_rows(layout, buttons))

    def _height_for_all_rows(self, layout: QVBoxLayout, buttons: QWidget) -> int:
        """Tall enough to list every shortcut unscrolled, within most of the screen."""
        margins = layout.contentsMargins()
        table = (self.table.horizontalHeader().sizeHint().height()
                 + self.table.verticalHeader().length() + 2 * self.table.frameWidth())
        wanted = (table + buttons.sizeHint().height() + layout.spacing()
                  + margins.top() + margins.bottom())
        return min(wanted, int(self.screen().availableGeometry().height() * SCREEN_SHARE))
