"""ArticleLinks: leads the panel, the dossier and the notes into the article, and back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from reader.document import TextSpan
from reader.ui import commands
from reader.ui.navigation import record_sentence, sentence_at

if TYPE_CHECKING:
    from reader.ui.article_view import ArticleView
    from reader.ui.dossier import Dossier
    from reader.ui.notes_panel import NotesPanel
    from reader.ui.session import Session
    from reader.ui.side_panel import SidePanel


class ArticleLinks(QObject):
    """Reveals what the panel, dossier and notes point at; follows the reading place back to them.

    No signals: its slots are connected to the widgets it is given when it is made. The session
    says what is open and takes corrections; open_path opens a note's document (notes may be
    None: no notes store).
    """

    def __init__(self, view: ArticleView, panel: SidePanel, dossier: Dossier,
                 notes: NotesPanel | None, session: Session,
                 open_path: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view, self.panel, self.dossier, self.notes = view, panel, dossier, notes
        self.session, self._open_path = session, open_path
        view.offset_changed.connect(self._on_view_offset_changed)
        panel.item_activated.connect(self._on_panel_item_activated)
        # after the window's own slot, which opens the entity's panel (connected before this)
        panel.entity_activated.connect(self._on_panel_entity_activated)
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
        analysis = self.session.analysis
        sentence = record_sentence(record, analysis.sentences if analysis else ())
        if sentence is not None:
            self.view.reveal(sentence)

    @Slot(str)
    def _on_panel_entity_activated(self, _entity_id: str) -> None:
        """An entity's row leads to its first mention, as another row leads to its sentence:
        the panel it opened stands there ("1 of 3"), as after Next."""
        if self.dossier.isVisible() and self.dossier.current < 0:
            self.dossier.next_mention()

    @Slot(int)
    def _on_view_offset_changed(self, offset: int) -> None:
        analysis = self.session.analysis
        # a selected mention (a step to it) ends where its name ends: the name is where it starts
        selected = self.view.selected_span()
        at = selected.start if selected is not None else offset
        sentence = sentence_at(analysis.sentences, at) if analysis else None
        if sentence is not None:
            self.panel.select_in(sentence, at=at)
        if self.notes is not None:
            self.notes.show_note_at(offset)

    @Slot()
    def _on_view_selection_changed(self) -> None:
        if self.notes is not None:
            self.notes.set_selection(self.view.selected_span())

    @Slot(object)
    def _on_dossier_span_activated(self, span: TextSpan) -> None:
        self.view.reveal(span)

    @Slot(object)
    def _on_dossier_mention_changed(self, span: TextSpan) -> None:
        self.view.reveal(span, select=span)

    @Slot(str, object)
    def _on_dossier_correction_requested(self, kind: str, values: dict[str, Any]) -> None:
        self.session.add_correction(commands.make_correction(kind, values))

    @Slot(object)
    def _on_note_requested(self, record: object) -> None:
        document, notes = self.session.document, self.notes
        if notes is not None and document is not None:
            notes.add_target_note(commands.note_target(record))
            self.panel.setCurrentWidget(notes)

    @Slot(object)
    def _on_notes_note_activated(self, span: object) -> None:
        if isinstance(span, TextSpan):
            self.view.reveal(span)

    @Slot(object)
    def _on_notes_open_requested(self, request: tuple[Path, TextSpan | None]) -> None:
        path, span = request
        self._open_path(path)
        if span is not None and self.session.document is not None:
            self.view.reveal(span)
