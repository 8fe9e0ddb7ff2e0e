"""ArticleLinks: leads the panel, the dossier and the notes into the article, and back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from reader.document import TextSpan
from reader.ui import commands
from reader.ui.navigation import record_sentence, sentence_at

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class ArticleLinks(QObject):
    """Reveals what the panel, dossier and notes point at; follows the reading place back to them.

    No signals: its slots are connected to the window's widgets when it is made.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        view, panel, dossier, notes = window.view, window.side_panel, window.dossier, window.notes
        view.offset_changed.connect(self._on_view_offset_changed)
        panel.item_activated.connect(self._on_panel_item_activated)
        panel.note_requested.connect(self._on_note_requested)
        dossier.span_activated.connect(self._on_dossier_span_activated)
        dossier.mention_changed.connect(self._on_dossier_mention_changed)
        dossier.correction_requested.connect(self._on_dossier_correction_requested)
        dossier.note_requested.connect(self._on_note_requested)
        if notes is not None:
            view.selectionChanged.connect(self._on_view_selection_changed)
            notes.note_activated.connect(self._on_notes_note_activated)
            notes.open_requested.connect(self._on_notes_open_requested)

    @Slot(object)
    def _on_panel_item_activated(self, record: object) -> None:
        analysis = self.window.session.analysis
        sentence = record_sentence(record, analysis.sentences if analysis else ())
        if sentence is not None:
            self.window.view.reveal(sentence)

    @Slot(int)
    def _on_view_offset_changed(self, offset: int) -> None:
        analysis = self.window.session.analysis
        sentence = sentence_at(analysis.sentences, offset) if analysis else None
        if sentence is not None:
            self.window.side_panel.select_in(sentence)
        if self.window.notes is not None:
            self.window.notes.show_note_at(offset)

    @Slot()
    def _on_view_selection_changed(self) -> None:
        if self.window.notes is not None:
            self.window.notes.set_selection(self.window.view.selected_span())

    @Slot(object)
    def _on_dossier_span_activated(self, span: TextSpan) -> None:
        self.window.view.reveal(span)

    @Slot(object)
    def _on_dossier_mention_changed(self, span: TextSpan) -> None:
        self.window.view.reveal(span, select=span)

    @Slot(str, object)
    def _on_dossier_correction_requested(self, kind: str, values: dict[str, Any]) -> None:
        self.window.session.add_correction(commands.make_correction(kind, values))

    @Slot(object)
    def _on_note_requested(self, record: object) -> None:
        document, notes = self.window.session.document, self.window.notes
        if notes is not None and document is not None:
            notes.add_target_note(*commands.note_target(record, document.text))
            self.window.side_panel.setCurrentWidget(notes)

    @Slot(object)
    def _on_notes_note_activated(self, span: object) -> None:
        if isinstance(span, TextSpan):
            self.window.view.reveal(span)

    @Slot(object)
    def _on_notes_open_requested(self, request: tuple[Path, TextSpan | None]) -> None:
        path, span = request
        self.window.open_path(path)
        if span is not None and self.window.session.document is not None:
            self.window.view.reveal(span)
