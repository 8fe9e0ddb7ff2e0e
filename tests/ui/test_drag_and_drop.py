"""Files dropped on the window, as the window system delivers them: drag enter, then drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS
from tests.ui.driving import assert_refused

ARTICLE = ("City opens new library\n\nThe city of Brookfield opened its new public library on "
           "Monday. Mayor Ana Ruiz said the building had taken three years to finish.\n")


def mime_with(*, urls: list[QUrl] | None = None, text: str | None = None) -> QMimeData:
    mime = QMimeData()
    if urls is not None:
        mime.setUrls(urls)
    if text is not None:
        mime.setText(text)
    return mime


def drag_and_drop(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    """Drag mime over the middle of the article and let go; whether enter and drop were taken.

    The events go to the window system's window, which hands them to the widget under the
    pointer that takes drops, as a real drag does.
    """
    handle = window.windowHandle()
    assert handle is not None
    view = window.view.viewport()
    point = view.mapTo(window, view.rect().center())
    assert window.childAt(point) is view, "the pointer is over the article"
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(point), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(handle, drop)
    return True, drop.isAccepted()


def test_a_dropped_file_opens(qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    article = tmp_path / "library.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(sample_window.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        entered, dropped = drag_and_drop(sample_window, mime_with(urls=[QUrl.fromLocalFile(
            str(article))]))
    assert (entered, dropped) == (True, True)
    document = sample_window.session.document
    assert document is not None
    assert document.source_path == article
    assert sample_window.view.shown_document is document
    assert sample_window.windowTitle().startswith(document.display_name)
    assert sample_window.messages.text == ""


def test_text_that_is_not_a_file_is_refused(sample_window: MainWindow) -> None:
    before = sample_window.session.document
    entered, _ = drag_and_drop(sample_window, mime_with(text="just some words"))
    assert not entered
    entered, _ = drag_and_drop(sample_window, mime_with(
        urls=[QUrl("https://example.org/news/article.html")]))
    assert not entered, "a web address is not a file to open"
    assert sample_window.session.document is before
    assert sample_window.messages.text == ""


def test_an_unsupported_file_says_why_and_keeps_the_document(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    before = sample_window.session.document
    odd = tmp_path / "figures.xyz"
    odd.write_text("1 2 3", encoding="utf-8")
    drag_and_drop(sample_window, mime_with(urls=[QUrl.fromLocalFile(str(odd))]))
    assert_refused(qtbot, sample_window, before, "figures.xyz")


def test_a_dropped_folder_says_why_and_keeps_the_document(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    before = sample_window.session.document
    folder = tmp_path / "articles"
    folder.mkdir()
    drag_and_drop(sample_window, mime_with(urls=[QUrl.fromLocalFile(str(folder))]))
    assert_refused(qtbot, sample_window, before, "articles")


def test_of_several_files_the_first_opens(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    for path in (first, second):
        path.write_text(ARTICLE.replace("library", path.stem), encoding="utf-8")
    with qtbot.waitSignal(sample_window.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        drag_and_drop(sample_window, mime_with(urls=[QUrl.fromLocalFile(str(p))
                                                     for p in (first, second)]))
    document = sample_window.session.document
    assert document is not None
    assert document.source_path == first

