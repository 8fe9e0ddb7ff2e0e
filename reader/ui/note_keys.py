"""NoteKeys: the keys of the Notes tab, between its lists and the note being edited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor

if TYPE_CHECKING:
    from reader.ui.notes_panel import NotesPanel


class NoteKeys(QObject):
    """Delete and Undo in the notes list; Enter on a note goes to its text, Escape there back
    to the list it is in."""

    def __init__(self, panel: NotesPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        # Ctrl+Shift+N belongs to the window's "Add note" action: a second one here would clash
        self._delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), panel.list,
                                     panel.delete_current,
                                     context=Qt.ShortcutContext.WidgetShortcut)
        self._undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), panel.list,
                                   panel.undo_delete, context=Qt.ShortcutContext.WidgetShortcut)
        # Enter and Escape are keys, not shortcuts: a shortcut is matched where Qt last saw the
        # keyboard, which lags behind a dialog
        for widget in (panel.list, panel.orphans, panel.editor.body):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        panel = self.panel
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if watched in (panel.list, panel.orphans) and panel.editor.note is not None and \
                    event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                panel.editor.focus_body()  # at the end of its text, to go on writing
                panel.editor.body.moveCursor(QTextCursor.MoveOperation.End)
                return True
            if watched is panel.editor.body and event.key() == Qt.Key.Key_Escape:
                self._back_to_list()
                return True
        return super().eventFilter(watched, event)

    def _back_to_list(self) -> None:
        """Save the note and give the keys back to the list it is in."""
        panel = self.panel
        note = panel.editor.note
        panel.flush()
        orphan = note is not None and panel.orphan_model.row_of(note.id) >= 0
        (panel.orphans if orphan else panel.list).setFocus(Qt.FocusReason.OtherFocusReason)
