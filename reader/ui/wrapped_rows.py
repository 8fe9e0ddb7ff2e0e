"""WrappedRows: an item delegate giving a tree's rows the lines their text takes, up to a few."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget


class WrappedRows(QStyledItemDelegate):
    """A row under a heading as many lines high as its text takes at the tree's width, up to
    lines (the tree wraps words, and ends the last line in "…" where the text is cut); a
    heading stays one line. Qt measures a row on one line: a quote in a 440 px panel showed
    its first 40 characters."""

    def __init__(self, tree: QTreeWidget, lines: int) -> None:
        super().__init__(tree)
        self.tree, self.lines = tree, lines

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if not index.parent().isValid():
            return hint
        margin = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = self.tree.viewport().width() - self.tree.indentation() - 2 * margin - 2
        metrics, text = option.fontMetrics, str(index.data(Qt.ItemDataRole.DisplayRole))
        wrapped = metrics.boundingRect(QRect(0, 0, max(width, 1), 10_000),
                                       Qt.TextFlag.TextWordWrap, text).height()
        lines = min(max(wrapped // metrics.lineSpacing(), 1), self.lines)
        hint.setHeight(hint.height() + (lines - 1) * metrics.lineSpacing())
        return hint
