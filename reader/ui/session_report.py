"""SessionReport: says what the session is doing, in the status bar, the legend and the page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from reader.ui import commands

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from reader.analysis.model import Analysis
    from reader.ui.analysis_status import AnalysisStatus
    from reader.ui.article_view import ArticleView
    from reader.ui.legend import Legend
    from reader.ui.message_bar import MessageBar
    from reader.ui.session import Session
    from reader.ui.side_panel import SidePanel

ANALYSING = "Not analysed yet: the analysis is running"  # the legend's Quotes, Numbers till then
READING_HINT = "A large page takes a while. Cancel, at the bottom right (Ctrl+.), stops reading it."


class SessionReport(QObject):
    """Reports a file being read, the pipeline loading, an analysis running, failing or
    cancelled: the summary line, the progress and its Cancel button (status), the legend's
    Quotes and Numbers, the empty lists' and the empty article's words.

    No signals: its slots are connected to the session and the status when it is made.
    """

    def __init__(self, session: Session, summary: QLabel, status: AnalysisStatus,
                 view: ArticleView, messages: MessageBar, legend: Legend, panel: SidePanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.summary, self.status = session, summary, status
        self.view, self.messages, self.legend, self.panel = view, messages, legend, panel
        session.reading.connect(self._on_session_reading)
        session.reading_ended.connect(self._on_session_reading_ended)
        session.pipeline_loading.connect(self._on_session_pipeline_loading)
        session.analysis_started.connect(self._on_session_analysis_started)
        session.analysis_progress.connect(status.advance)
        session.analysis_failed.connect(self._on_session_analysis_failed)
        session.pipeline_failed.connect(self._on_session_analysis_failed)
        status.cancel_requested.connect(self._on_status_cancel_requested)

    def legend_available(self, waiting: str) -> None:
        """Enable the legend's Quotes and Numbers if the analysis has some; else say why not
        (waiting: why, while the article has no analysis), as the empty lists do."""
        self.legend.set_available(commands.nothing_to_underline(self.session.analysis, waiting))
        self.panel.set_waiting(waiting if self.session.document is not None else "")

    def show_summary(self, analysis: Analysis | None) -> None:
        """The analysis's counts in the status bar, or nothing without one."""
        self.summary.setText(commands.summary(analysis) if analysis else "")

    @Slot(str)
    def _on_session_reading(self, path: str) -> None:
        # a big page takes seconds, even minutes, to read: say so, and offer to stop
        name = Path(path).name
        self.summary.setText(f"Reading {name}…")
        self.summary.setToolTip(path)
        self.status.start("Stop reading the file; the window keeps what it shows")
        self.view.set_empty_text(f"Reading {name}…", READING_HINT)

    @Slot()
    def _on_session_reading_ended(self) -> None:
        self.view.set_empty_text()
        self.summary.setToolTip("")
        if self.session.analysing and self.session.analysis is None:  # the open article's
            self._on_session_analysis_started()
            return
        self.status.stop()
        self.show_summary(self.session.analysis)

    @Slot()
    def _on_session_pipeline_loading(self) -> None:
        # the text is shown; its highlights wait for spaCy to load (seconds, once a session)
        self.summary.setText("Loading the language model…")

    @Slot()
    def _on_session_analysis_started(self) -> None:
        self.status.start()
        self.summary.setText("Analysing…")
        self.legend_available(ANALYSING)

    @Slot(str)
    def _on_session_analysis_failed(self, message: str) -> None:
        self.status.stop()
        self.messages.show_message(f"The analysis failed: {message}")
        self.legend_available("Not analysed: the analysis failed")

    @Slot()
    def _on_status_cancel_requested(self) -> None:
        if self.session.reading_file:
            name = self.session.opening.name
            self.session.cancel_reading()
            self.messages.show_message(f"Stopped reading {name}.", "info")
            return
        self.session.cancel_analysis()
        self.status.stop()
        self.summary.setText("Analysis cancelled; File > Analyse again restarts it.")
        self.legend_available("Not analysed: the analysis was cancelled (File > Analyse again"
                              " restarts it)")
