"""NoteEditor: a note's text and tags, asking to be saved shortly after typing stops."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from reader.notes.model import Note

AUTOSAVE_MS = 800
WRITE = "Write your note…"
CHOOSE = ("Choose a note above to edit it, or add one: Note on document, or select a passage"
          " in the article and press Ctrl+Shift+N.")
NO_ARTICLE = ("Open an article to write notes on it. The box at the top searches the notes of"
              " every article.")


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as a comma-separated list, blanks and repeats dropped."""
    tags = (t.strip() for t in text.split(","))
    return tuple(dict.fromkeys(t for t in tags if t))


class NoteEditor(QWidget):
    """The text and tags of one note.

    Signals: save_requested() when there are unsaved changes and typing stopped for
    AUTOSAVE_MS, or the editor lost the focus; the owner saves, then calls mark_saved().
    """

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note: Note | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.body = QPlainTextEdit(self)
        # a note is prose: Tab goes on to its tags, as in any form, rather than typing a tab
        self.body.setTabChangesFocus(True)
        self.tags = QLineEdit(self, placeholderText="Tags, separated by commas")
        self._dirty = False
        self._idle = CHOOSE  # what the box says with no note (set_idle)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.tags)
        self.body.textChanged.connect(self._on_edited)
        self.tags.textEdited.connect(self._on_edited)
        self._timer.timeout.connect(self._on_timer_timeout)
        for widget in (self.body, self.tags):
            widget.installEventFilter(self)
        self.set_note(None)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_note(self, note: Note | None, heading: str = "") -> None:
        """Show a note (None: nothing to edit); unsaved changes must have been saved first."""
        self._timer.stop()
        self.note = note
        self.heading.setText(heading)
        self.body.blockSignals(True)
        self.body.setPlainText(note.body if note else "")
        self.body.blockSignals(False)
        self.tags.setText(", ".join(note.tags) if note else "")
        self.setEnabled(note is not None)
        # with no note the box takes no typing: it says how to get one, not "Write your note…"
        self._say(WRITE if note is not None else self._idle)
        self._dirty = False

    def set_idle(self, has_document: bool) -> None:
        """Say, with no note, how to get one: choose or add one, or (no article open) open an
        article first, rather than point at buttons that cannot be pressed."""
        self._idle = CHOOSE if has_document else NO_ARTICLE
        if self.note is None:
            self._say(self._idle)

    def _say(self, text: str) -> None:
        """Put text in the empty box. Qt repaints the box only when its placeholder comes or
        goes, not when one placeholder gives way to another: the rest of the new one showed
        where something else was repainted, the first line of two cut in half."""
        self.body.setPlaceholderText(text)
        self.body.viewport().update()

    def text(self) -> str:
        return self.body.toPlainText()

    def tag_list(self) -> tuple[str, ...]:
        return parse_tags(self.tags.text())

    def mark_saved(self, note: Note) -> None:
        self.note = note
        self._dirty = False

    def focus_body(self) -> None:
        self.body.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self._timer.stop()
            self.save_requested.emit()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_edited(self) -> None:
        if self.note is None:
            return
        self._dirty = True
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._dirty:
            self.save_requested.emit()
