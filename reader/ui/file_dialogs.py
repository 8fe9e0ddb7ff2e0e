"""The file dialogs Reader asks with: the system's own, or Qt's sized so that names read whole."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView, QWidget

from reader.ui.widgets import file_dialog_options

WINDOW_SHARE = 0.8  # of the window it is asked over: Qt's own dialog opens about 630 px wide
LEAST_NAME_WIDTH = 200  # pixels the Name column keeps however long the other columns are


def open_file_name(parent: QWidget, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    """The file the reader chose to open ("" when they cancelled)."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = dialog.selectedFiles()[0] if dialog.exec() else ""
    dialog.deleteLater()
    return chosen


def save_file_name(parent: QWidget, caption: str, path: str,
                   name_filter: str) -> tuple[str, str]:
    """The file the reader chose to save to and the filter they chose ("" when cancelled)."""
    dialog = _dialog(parent, caption, path, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chosen = (dialog.selectedFiles()[0], dialog.selectedNameFilter()) if dialog.exec() else (
        "", "")
    dialog.deleteLater()
    return chosen


def _dialog(parent: QWidget, caption: str, directory: str, name_filter: str) -> QFileDialog:
    """A dialog as QFileDialog's static functions make it, but as big as most of the window
    and, where it is Qt's own, its columns fitted to the names in each folder it lists: at
    its own size it cut every name of a folder of long, alike names to "breitbart_2015-11-...
    he-hellish-vie.txt", its dates and types to "27 11 2...6" and "pla...ent"."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOptions(file_dialog_options())
    window = parent.window().size()
    dialog.resize(dialog.sizeHint().expandedTo(
        QSize(round(window.width() * WINDOW_SHARE), round(window.height() * WINDOW_SHARE))))
    view, model = dialog.findChild(QTreeView, "treeView"), dialog.findChild(QFileSystemModel)
    if view is not None and model is not None:
        model.directoryLoaded.connect(lambda _folder: fit_columns(view))
    return dialog


def fit_columns(view: QTreeView) -> None:
    """Fit a file list's columns to their contents, the Name column no wider than leaves the
    others in sight (and no narrower than LEAST_NAME_WIDTH)."""
    columns = view.model().columnCount(view.rootIndex())
    for column in range(columns):
        view.resizeColumnToContents(column)
    if view.isVisible():  # before it is shown, the viewport's width is not yet the dialog's
        others = sum(view.columnWidth(c) for c in range(1, columns) if not view.isColumnHidden(c))
        room = max(view.viewport().width() - others, LEAST_NAME_WIDTH)
        view.setColumnWidth(0, min(view.columnWidth(0), room))
