"""What a user does to the window in the tests: find an entity, click the text, answer a dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QSplitter,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.analysis.model import Entity
from reader.document import TextSpan
from reader.ui.article_view import ENTITY_ID
from reader.ui.main_window import MainWindow

POLL_MS = 20
GIVE_UP_MS = 10_000


def entity_named(window: MainWindow, surface: str) -> Entity:
    """The entity of which the first occurrence of surface in the text is a mention."""
    document, analysis = window.session.document, window.session.analysis
    assert document is not None
    assert analysis is not None
    start = document.text.index(surface)
    span = TextSpan(start, start + len(surface))
    found = [e for e in analysis.entities if span in e.mentions]
    assert found, f"{surface!r} is not a mention of any entity"
    return found[0]


def char_format(window: MainWindow, offset: int) -> QTextCharFormat:
    """The format painted on the character at a text offset."""
    assert window.view.positions is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.positions.position(offset) + 1)
    return cursor.charFormat()


def format_at(window: MainWindow, offset: int) -> tuple[str, str | None]:
    """The background colour and entity id painted on the character at a text offset."""
    fmt = char_format(window, offset)
    entity_id = fmt.property(ENTITY_ID)
    return fmt.background().color().name(), entity_id if isinstance(entity_id, str) else None


def click_text(qtbot: QtBot, window: MainWindow, span: TextSpan) -> None:
    """Scroll a span into view and click its first characters with the mouse."""
    window.view.reveal(span, flash=False)
    assert window.view.positions is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.positions.position(span.start) + 1)
    point = window.view.cursorRect(cursor).center() - QPoint(2, 0)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def click_row(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Scroll a list's row into view and click it."""
    view.scrollTo(index)
    point = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def drag_handle(qtbot: QtBot, splitter: QSplitter, index: int, by: int) -> None:
    """Drag a splitter's handle (1 the first between two panes) by some pixels, right or down,
    with the mouse, a few steps as a hand does (each step aimed in the splitter's own place:
    the handle moves under the mouse)."""
    handle = splitter.handle(index)
    start = handle.geometry().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center())
    along = (QPoint(1, 0) if splitter.orientation() == Qt.Orientation.Horizontal
             else QPoint(0, 1))
    steps = 4
    for step in range(1, steps + 1):
        target = start + along * (by * step // steps)
        qtbot.mouseMove(handle, handle.mapFrom(splitter, target))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton,
                       pos=handle.mapFrom(splitter, start + along * by))


def cursor_at(window: MainWindow, offset: int) -> bool:
    """Whether the article's text cursor stands at a text offset."""
    positions = window.view.positions
    return positions is not None and window.view.textCursor().position() == positions.position(
        offset)


class Answer:
    """Waits for a popup menu or a modal dialog to appear, then answers it like a user would.

    Start it before the click that opens the popup or dialog (their exec() blocks the click);
    `answered` says whether it was ever seen. One that never comes is not waited for forever,
    and one left open by a failed answer is closed.
    """

    def __init__(self, find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> None:
        self.answered = False
        self._find, self._act = find, act
        self._left = GIVE_UP_MS // POLL_MS
        self._timer = QTimer(interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        self._left -= 1
        widget = self._find()
        if widget is not None and widget.isVisible():
            self._timer.stop()
            self.answered = True
            # an answer that did not close it must not leave the test blocked in its exec()
            QTimer.singleShot(GIVE_UP_MS, widget, widget.close)
            self._act(widget)
        elif self._left <= 0:
            self._timer.stop()


def menu_choice(qtbot: QtBot, text: str) -> Answer:
    """Pick the entry called text from the next popup menu, with the keyboard."""

    def act(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text() == text)
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    return Answer(QApplication.activePopupWidget, act)


def dialog_answer(qtbot: QtBot, fill: Callable[[QDialog], None], *, accept: bool = True) -> Answer:
    """Fill the next modal dialog, then click its OK (or Cancel) button."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        fill(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        which = (QDialogButtonBox.StandardButton.Ok if accept
                 else QDialogButtonBox.StandardButton.Cancel)
        button = buttons.button(which)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return Answer(QApplication.activeModalWidget, act)


def assert_refused(qtbot: QtBot, window: MainWindow, before: object, name: str) -> None:
    """The window says it could not open the file called name, and keeps what it showed."""
    qtbot.waitUntil(lambda: bool(window.messages.text), timeout=20_000)
    assert name in window.messages.text
    assert window.session.document is before
    assert window.view.shown_document is before
    assert window.session.analysis is not None


@dataclass
class Seen:
    """What the file dialog showed before it was answered."""

    title: str = ""
    name_filters: list[str] = field(default_factory=list)
    directory: Path | None = None
    selected: list[str] = field(default_factory=list)
    native: bool = True


def file_dialog() -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QFileDialog) else None


def choose(path: Path | None, *, name_filter: str | None = None) -> tuple[Answer, Seen]:
    """Answer the next file dialog: type path (under name_filter) and press Return, or press
    Escape for None."""
    seen = Seen()

    def act(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        seen.title, seen.name_filters = widget.windowTitle(), widget.nameFilters()
        seen.directory = Path(widget.directory().absolutePath())
        seen.selected = widget.selectedFiles()
        seen.native = not widget.testOption(QFileDialog.Option.DontUseNativeDialog)
        if path is None:
            QTest.keyClick(widget, Qt.Key.Key_Escape)
            return
        if name_filter is not None:
            widget.selectNameFilter(name_filter)
        # typed, as a user would: selectFile() leaves the name field alone while it has focus
        name_field = widget.findChild(QLineEdit, "fileNameEdit")
        assert name_field is not None
        name_field.setText(str(path))
        QTest.keyClick(name_field, Qt.Key.Key_Return)

    return Answer(file_dialog, act), seen
