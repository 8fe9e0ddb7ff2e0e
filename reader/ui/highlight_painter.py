"""HighlightPainter: works out the highlights (in a worker for a long text) and paints them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from reader.document import TextSpan
from reader.ui.highlights import Highlight, highlight_ranges
from reader.ui.session import is_long
from reader.ui.theme import marked_on_paper
from reader.ui.workers import Task

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class HighlightPainter(QObject):
    """Paints the analysis and note highlights, and an open entity's mentions, on the article.

    No signals: the article view says when the highlights are on the page.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._rangings: list[Task] = []  # highlights of a long text being worked out

    @Slot()
    def paint(self) -> None:
        """Work out the highlights (in a worker for a long text) and paint them."""
        window = self.window
        spans = window.notes.anchored_spans() if window.notes is not None else []
        analysis, kinds = window.session.analysis, window.legend.shown_kinds()
        document = window.session.document
        if document is not None and is_long(document):
            for earlier in self._rangings:
                earlier.cancel()  # a cancelled one never delivers
            task = Task(lambda _p, _c: highlight_ranges(analysis, spans, kinds=kinds), self)
            task.worker.finished.connect(self._on_ranging_finished)
            self._rangings = [t for t in self._rangings if t.running] + [task]
            task.start()
            return
        self._on_ranging_finished(highlight_ranges(analysis, spans, kinds=kinds))

    @Slot(object)
    def _on_ranging_finished(self, ranges: list[Highlight]) -> None:
        dossier = self.window.dossier
        self.window.view.set_highlights(ranges, self.window.settings.colours)
        if dossier.isVisible() and dossier.entity is not None:
            self.mark_entity(dossier.entity.mentions, dossier.entity.label)

    def mark_entity(self, mentions: tuple[TextSpan, ...], label: str) -> None:
        """Mark an entity's mentions in a shade of its type's colour further from the paper."""
        colour = marked_on_paper(self.window.settings.colours.get(label, "#dddddd"),
                                 self.window.view.paper())
        self.window.view.mark("entity", list(mentions), colour)

    def join(self) -> None:
        """Wait for the highlights still being worked out (on closing)."""
        for task in self._rangings:
            task.join()
