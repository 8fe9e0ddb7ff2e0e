"""Item delegates giving rows more than one line: RowLines (a list's, fixed), WrappedRows (a
tree's, as its text takes)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

from reader.ui.models import RECORD_ROLE, Index


class RowLines(QStyledItemDelegate):
    """A record's row some lines high, its cells top-aligned, so that a long cell wraps onto
    the next line before it is elided; a group's row stays one line."""

    def __init__(self, lines: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)  # one line: the view gives no width to wrap at
        if index.data(RECORD_ROLE) is not None:
            hint.setHeight(hint.height() + (self.lines - 1) * option.fontMetrics.lineSpacing())
        return hint


class WrappedRows(QStyledItemDelegate):
    """A row under a heading as many lines high as its text takes at the tree's width, up to
    lines (the tree wraps words, and ends the last line in "…" where the text is cut); a
    heading stays one line. Qt measures a row on one line: a quote in a 440 px panel showed
    its first 40 characters."""

    def __init__(self, tree: QTreeWidget, lines: int) -> None:
        super().__init__(tree)
        self.tree, self.lines = tree, lines

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
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
