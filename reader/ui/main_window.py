"""MainWindow: composes the article, the panel, the dossier and the session, and wires them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.analysis.language import NOT_ENGLISH, looks_english
from reader.analysis.model import Analysis
from reader.analysis.service import AnalysisService
from reader.document import Document
from reader.settings import Settings, save_settings
from reader.ui import commands, menu_actions
from reader.ui.analysis_status import AnalysisStatus
from reader.ui.article_links import ArticleLinks
from reader.ui.article_view import ArticleView
from reader.ui.dossier import Dossier
from reader.ui.find_bar import FindBar
from reader.ui.highlight_painter import HighlightPainter
from reader.ui.legend import Legend
from reader.ui.library_window import LibraryWindow
from reader.ui.message_bar import MessageBar
from reader.ui.notes_panel import NotesPanel
from reader.ui.panel_sizes import PanelSizes
from reader.ui.pipeline import LoadNlp
from reader.ui.recent_menu import RecentMenu
from reader.ui.session import Session
from reader.ui.session_report import ANALYSING, SessionReport
from reader.ui.side_panel import SidePanel
from reader.ui.theme import apply_theme, is_dark, paint_paper
from reader.ui.widgets import tab_chain
from reader.ui.window_state import WindowState

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The reader window.

    Signals: analysis_finished(Analysis) when an analysis reaches the window (on the GUI thread);
    highlights_painted() when its highlights are all on the page.
    """

    analysis_finished = Signal(object)
    highlights_painted = Signal()

    def __init__(self, store: Any, settings: Settings, load_nlp: LoadNlp | None,
                 service: AnalysisService | None = None) -> None:
        """load_nlp loads the pipeline in this process; None analyses in an analysis process
        (service, or one started when needed)."""
        super().__init__()
        self.settings = settings
        self.store = store
        self.session = Session(store, settings, load_nlp, self, service=service)
        self.state = WindowState()
        self.analysis_thread: QThread | None = None  # the thread that last delivered an analysis
        self.library: LibraryWindow | None = None  # kept alive while it is open
        self._reading_place: tuple[Path, int] | None = None  # restored once its file opens
        self._build()
        self.painter = HighlightPainter(self)
        self.actions_by_name: dict[str, QAction] = {}
        menu_actions.create_actions(self)
        for action in self.actions_by_name.values():
            action.triggered.connect(self._on_action_triggered)
        self._connect_signals()
        self.apply_settings(settings)
        self.state.restore(self, self._splitters())
        QTimer.singleShot(0, self.session, self.session.warm_up)  # after the text is on screen

    def _build(self) -> None:
        self.setWindowTitle("Reader")
        self.setAcceptDrops(True)
        self.view = ArticleView(self)
        self.messages = MessageBar(self)
        self.legend = Legend(self)
        self.legend.hide()  # until a document opens
        self.find_bar = FindBar(self.view, self)
        self.side_panel = SidePanel(self)
        self.side_panel.set_article_open(False)  # until a document opens
        self.dossier = Dossier(self)
        self.dossier.hide()
        self.notes = NotesPanel(self.store) if self.store is not None else None
        if self.notes is not None:
            self.side_panel.set_notes_widget(self.notes)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for widget in (self.messages, self.legend, self.view, self.find_bar):
            column.addWidget(widget, 1 if widget is self.view else 0)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.dossier)
        self.right.addWidget(self.side_panel)
        self.right.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        for splitter in (self.splitter, self.right):  # a long drag stops at a pane's least size
            splitter.setChildrenCollapsible(False)  # rather than hide it, hard to find again
        self.setCentralWidget(self.splitter)
        self.sizes = PanelSizes(self.splitter, self.right, self.dossier, self.state)
        # the summary is a widget, not a message: a menu entry's status tip would wipe a message
        self.summary = QLabel(self)
        self.statusBar().addWidget(self.summary, 1)
        self.status = AnalysisStatus(self)
        self.statusBar().addPermanentWidget(self.status)
        self.dated = QLabel(self)  # the day the article's relative dates count from
        self.statusBar().addPermanentWidget(self.dated)
        self.recent_menu = RecentMenu(lambda: self.settings.recent_files, self,
                                      lambda: commands.document_titles(self.store))
        self._order_focus()
        self.resize(1360, 860)

    def _order_focus(self) -> None:
        """Tab as the window reads: the legend's toggles (Legend), the article, the entity's
        panel when open, then the lists, each from its filter box (SidePanel.order_focus)."""
        self.side_panel.order_focus()
        tab_chain([self.view, *self.dossier.focus_chain(), self.side_panel.tabBar()])

    def _connect_signals(self) -> None:
        session, view, panel, dossier = self.session, self.view, self.side_panel, self.dossier
        # the session: documents, analyses, the pipeline
        session.document_opened.connect(self._on_session_document_opened)
        session.open_failed.connect(self._on_session_open_failed)
        self.report = SessionReport(session, self.summary, self.status, view, self.messages,
                                    self.legend, panel, self)
        session.analysis_changed.connect(self._on_session_analysis_changed)
        session.analysis_finished.connect(self._on_session_analysis_finished)
        self.status.running_changed.connect(self.actions_by_name["stop"].setEnabled)
        self.recent_menu.open_requested.connect(self.open_path)
        self.recent_menu.clear_requested.connect(self._on_recent_clear_requested)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        # the article
        view.entity_activated.connect(self._on_view_entity_activated)
        view.entity_requested.connect(self.actions_by_name["show_entity"].trigger)
        view.highlights_painted.connect(self._on_view_highlights_painted)
        self.legend.changed.connect(self._on_legend_changed)
        # the panel, the dossier and the notes
        panel.entity_activated.connect(self.show_entity)
        dossier.closed.connect(self._on_dossier_closed)
        # once laid out with its new rows (a turn of the event loop), the panel takes their height
        dossier.filled.connect(lambda: QTimer.singleShot(0, self, self.sizes.fit_dossier))
        if self.notes is not None:
            self.notes.notes_changed.connect(self.painter.paint)
            self.notes.notes_changed.connect(self._on_notes_changed)
            self.notes.note_saved.connect(self._on_notes_changed)
            self.notes.counted.connect(panel.set_notes_count)
        # the panel, the dossier and the notes lead into the article
        self.links = ArticleLinks(view, panel, dossier, self.notes, session, self.open_path, self)

    # -- opening ---------------------------------------------------------------------------
    def open_path(self, path: Path | str) -> None:
        """Open a file; a bad one leaves the open document in place and says why."""
        self.messages.dismiss()
        self.session.open_path(Path(path))

    @Slot(object)
    def _on_session_document_opened(self, document: Document | None) -> None:
        self.dossier.hide()
        self.view.set_document(document)
        self.legend.setVisible(document is not None)  # no toggles for an empty page
        self.side_panel.set_article_open(document is not None)  # nor filters for empty lists
        text, tip = commands.dated(document)
        self.dated.setText(text)
        self.dated.setToolTip(tip)
        if document is None:
            self.setWindowTitle("Reader")
            if self.notes is not None:  # nothing to note on, nor a passage to note
                self.notes.set_document(None)
            return
        self.setWindowTitle(f"{document.display_name} — Reader")
        if not looks_english(document.text):
            self.messages.show_message(f"{document.display_name}: {NOT_ENGLISH}.", "info")
        record = self.session.record
        if self.notes is not None and record is not None:
            self.notes.set_document(record, document.text)
        if record is not None and record.title:  # as the notes database now has it
            self.recent_menu.remember_title(record.path, record.title)
        if document.source_path is not None:
            self._remember_recent(document.source_path)
        self._go_to_reading_place(document)

    @Slot(str, str)
    def _on_session_open_failed(self, path: str, reason: str) -> None:
        text, tip = commands.refusal(path, reason)
        self.messages.show_message(text, tip=tip)

    @Slot()
    def _on_recent_clear_requested(self) -> None:
        self.settings = self.settings.replace(recent_files=())
        save_settings(self.settings)

    def _remember_recent(self, path: Path) -> None:
        recent = commands.push_recent(self.settings.recent_files, path, self.settings.max_recent)
        if recent != self.settings.recent_files:
            self.settings = self.settings.replace(recent_files=recent)
            save_settings(self.settings)

    # -- analysis --------------------------------------------------------------------------
    @Slot(object)
    def _on_session_analysis_changed(self, analysis: Analysis | None) -> None:
        document = self.session.document
        text = document.text if document else ""
        self.side_panel.set_analysis(analysis, text)
        labels = {e.label for e in analysis.entities} if analysis else set()
        self.legend.set_types(labels, self.settings.colours, self.settings.hidden_entity_types,
                              quotes=self.settings.show_quote_underlines,
                              numbers=self.settings.show_number_underlines)
        self.report.legend_available(ANALYSING)
        self.painter.paint()
        if self.dossier.isVisible() and self.dossier.entity is not None and analysis:
            entity = commands.find_entity(analysis, self.dossier.entity)
            self.show_entity(entity.id) if entity else self._on_dossier_closed()
        self.report.show_summary(analysis)

    @Slot(object)
    def _on_session_analysis_finished(self, analysis: Analysis) -> None:
        self.analysis_thread = QThread.currentThread()
        self.status.stop()
        self.analysis_finished.emit(analysis)

    @Slot()
    def _on_view_highlights_painted(self) -> None:
        if self.session.analysis is not None:
            self.highlights_painted.emit()

    @Slot()
    def _on_legend_changed(self) -> None:
        analysis = self.session.analysis
        present = [e.label for e in analysis.entities] if analysis else []
        self.settings = self.settings.replace(
            hidden_entity_types=commands.hidden_after(self.settings.hidden_entity_types, present,
                                                      self.legend.hidden_types()),
            show_quote_underlines=self.legend.mark_shown("quote"),
            show_number_underlines=self.legend.mark_shown("number"))
        save_settings(self.settings)
        self.painter.paint()

    # -- entities, panel items -------------------------------------------------------------
    @Slot(str)
    def show_entity(self, entity_id: str) -> None:
        """Open an entity's dossier and mark all its mentions."""
        analysis, document = self.session.analysis, self.session.document
        entity = analysis.entity(entity_id) if analysis else None
        if entity is None or analysis is None or document is None:
            return
        self.dossier.show_entity(entity, analysis, document.text, commands.entity_notes(
            self.store, self.session.record, entity, self.notes))
        self.painter.mark_entity(entity.mentions, entity.label)

    @Slot(str)
    def _on_view_entity_activated(self, entity_id: str) -> None:
        self.show_entity(entity_id)
        self.dossier.stand_at(self.view.cursor_offset())  # the clicked mention

    @Slot()
    def _on_notes_changed(self) -> None:
        """The open dossier lists its entity's notes: one added, saved or deleted shows there."""
        entity = self.dossier.entity
        if self.dossier.isVisible() and entity is not None:
            self.dossier.show_notes(commands.entity_notes(self.store, self.session.record,
                                                          entity, self.notes))

    @Slot(bool)
    def _on_dossier_closed(self, had_keys: bool = False) -> None:
        self.dossier.hide()
        self.sizes.forget_dossier()
        self.view.mark("entity", [], QColor())
        if had_keys:  # to the article, not on to the tab bar, where arrows switch tabs
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- settings, state -------------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)
        self._follow_theme()
        self.view.set_reading_font(settings.font_family, settings.font_size)
        self.actions_by_name["toggle_underlines"].setChecked(
            settings.show_quote_underlines or settings.show_number_underlines)

    def _follow_theme(self) -> None:
        """Print the article on the paper of the theme the application shows, however it came
        to show it (the settings, the system's scheme); the article repaints its highlights and
        the legend its toggles, the open entity's mentions are marked again."""
        paint_paper(self.view, "dark" if is_dark(QApplication.palette().color(
            QPalette.ColorRole.Window)) else "light")
        self.legend.restyle()
        self.messages.restyle()
        entity = self.dossier.entity
        if self.dossier.isVisible() and entity is not None:
            self.painter.mark_entity(entity.mentions, entity.label)

    @Slot()
    def _on_system_scheme_changed(self) -> None:
        app = QApplication.instance()
        if self.settings.theme == "system" and isinstance(app, QApplication):
            apply_theme(app, "system")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.sizes.follow_width(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        # a new application palette reaches the window as a change of its own palette
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._follow_theme()
        super().changeEvent(event)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "right": self.right}

    def restore_reading_position(self, path: Path) -> None:
        """Scroll back to where the last session left this file: at once if it is shown, else
        once it opens (all but a small text is read in another process, after this call)."""
        offset = self.state.reading_offset(path)
        if offset is None:
            return
        self._reading_place = (path.resolve(), offset)
        if self.session.document is not None:
            self._go_to_reading_place(self.session.document)

    def _go_to_reading_place(self, document: Document) -> None:
        place, self._reading_place = self._reading_place, None
        if place is not None and document.source_path is not None and (
                document.source_path.resolve() == place[0]):
            self.view.scroll_to_offset(place[1])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.library is not None:
            self.library.close()  # a window of its own: left open, it would keep Reader running
        if self.notes is not None:
            self.notes.flush()
        self.session.shutdown()
        self.painter.join()
        document = self.session.document
        reading = (document.source_path, self.view.top_offset()) if (
            document is not None and document.source_path is not None) else None
        self.state.save(self, self._splitters(), reading)
        super().closeEvent(event)

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    # -- menu actions ----------------------------------------------------------------------
    @Slot()
    def _on_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            menu_actions.handlers(self)[action.objectName()]()

    def export_notes(self, path: Path, fmt: str) -> None:
        """Write the open document's notes to path as Markdown (md) or JSON (json)."""
        menu_actions.export_notes(self, path, fmt)

    def change_settings(self, settings: Settings) -> None:
        """Apply and save new settings; a new pipeline reloads and re-analyses."""
        model_changed = settings.model != self.settings.model
        self.settings = self.session.settings = settings
        save_settings(settings)
        self.apply_settings(settings)
        self._on_session_analysis_changed(self.session.analysis)
        if model_changed:
            self.session.start_pipeline()
            self.session.reanalyse()
