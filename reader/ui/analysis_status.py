"""AnalysisStatus: the status bar's progress bar and Cancel button while a file is read or an
analysis runs."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from reader.ui.widgets import push_button


class AnalysisStatus(QWidget):
    """Shown while a file is read or an analysis runs. Signals: cancel_requested();
    running_changed(bool) when it is shown or hidden (File > Stop follows it)."""

    cancel_requested = Signal()
    running_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel = push_button(self, "Cancel", "Stop the analysis")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.cancel.clicked.connect(self.cancel_requested)
        self.hide()

    def start(self, stops: str = "Stop the analysis") -> None:
        """Show a busy bar until the first progress, its Cancel button's tip saying what it
        stops."""
        self.bar.setRange(0, 0)
        self.cancel.setToolTip(stops)
        self.show()
        self.running_changed.emit(True)

    @Slot(int, int)
    def advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    @Slot()
    def stop(self) -> None:
        self.hide()
        self.running_changed.emit(False)

    @Slot()
    def request_cancel(self) -> None:
        """Ask for what runs to stop, as its Cancel button does (nothing runs: nothing)."""
        if not self.isHidden():
            self.cancel_requested.emit()
