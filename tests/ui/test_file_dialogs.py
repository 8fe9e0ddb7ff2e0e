"""File > Open and File > Export notes, driven through the window's real file dialogs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from reader.document import TextSpan
from reader.loaders import supported_suffixes
from reader.notes.anchoring import describe
from reader.paths import sample_article
from reader.ui.main_window import MainWindow
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS
from tests.ui.driving import Answer, assert_refused, choose, file_dialog

ARTICLE = ("Harbour news\n\nThe port of Kestrel bought four new cranes this spring, "
           "said Mara Lindqvist, who runs the harbour board.\n")
ALL_FILES = "All files (*)"


def trigger(window: MainWindow, name: str) -> None:
    window.actions_by_name[name].trigger()


def harbour_file(folder: Path, name: str = "harbour.txt") -> Path:
    path = folder / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# -- File > Open ---------------------------------------------------------------------------
def test_open_in_the_dialog_opens_the_chosen_article(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    harbour = harbour_file(tmp_path)
    answer, seen = choose(harbour)
    with qtbot.waitSignal(sample_window.analysis_finished, timeout=ANALYSIS_TIMEOUT_MS):
        trigger(sample_window, "open")
    assert answer.answered
    assert not seen.native, "offscreen, the dialog is Qt's own"
    assert seen.title == "Open an article"
    assert seen.directory == sample_article().parent, "it starts beside the open document"
    opened = sample_window.session.document
    assert opened is not None
    assert opened.source_path == harbour
    assert sample_window.view.shown_document is opened
    assert "four new cranes" in sample_window.view.toPlainText()
    assert sample_window.windowTitle() == "Harbour news — Reader"
    assert sample_window.messages.text == ""


def test_the_open_dialog_offers_every_supported_format(sample_window: MainWindow) -> None:
    answer, seen = choose(None)
    trigger(sample_window, "open")
    assert answer.answered
    articles, *others = seen.name_filters
    patterns = set(articles[articles.index("(") + 1:articles.index(")")].split())
    assert {"*.txt", "*.md", "*.html", "*.pdf", "*.docx", "*.epub"} <= patterns
    assert {f"*{s}" for s in supported_suffixes()} == patterns
    assert others == [ALL_FILES]


def test_cancelling_the_open_dialog_keeps_the_document(sample_window: MainWindow) -> None:
    before = sample_window.session.document
    answer, _seen = choose(None)
    trigger(sample_window, "open")
    assert answer.answered
    assert file_dialog() is None
    assert sample_window.session.document is before
    assert sample_window.view.shown_document is before
    assert sample_window.messages.text == ""


@pytest.mark.parametrize(("name", "content", "name_filter"), [
    ("figures.xyz", b"1 2 3", ALL_FILES),
    ("broken.pdf", b"this was never a PDF", None),
    ("blank.txt", b"  \n\n ", None),
])
def test_a_bad_file_chosen_in_the_dialog_says_why_and_keeps_the_document(
        qtbot: QtBot, sample_window: MainWindow, tmp_path: Path,
        name: str, content: bytes, name_filter: str | None) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = sample_window.session.document
    answer, _seen = choose(bad, name_filter=name_filter)
    trigger(sample_window, "open")
    assert answer.answered
    assert_refused(qtbot, sample_window, before, name)


# -- File > Export notes -------------------------------------------------------------------
def noted_window(window: MainWindow) -> None:
    """Give the open sample two notes: one on a passage, one on the whole article."""
    document, record = window.session.document, window.session.record
    assert document is not None
    assert record is not None
    start = document.text.index("Belgorod")
    anchor = describe(document.text, TextSpan(start, start + len("Belgorod")))
    window.store.add(record.id, "Check the casualty figures.", anchor=anchor)
    window.store.add(record.id, "Whole-article note.")


def test_export_in_the_dialog_writes_the_notes_as_markdown(
        sample_window: MainWindow, tmp_path: Path) -> None:
    noted_window(sample_window)
    out = tmp_path / "my notes.md"
    answer, seen = choose(out)
    trigger(sample_window, "export_notes")
    assert answer.answered
    assert seen.title == "Export notes"
    assert seen.name_filters == ["Markdown (*.md)", "JSON (*.json)"]
    proposed = sample_article().with_suffix("")
    assert seen.selected == [f"{proposed}-notes.md"], "it proposes a name beside the article"
    markdown = out.read_text(encoding="utf-8")
    assert "Check the casualty figures." in markdown
    assert "Whole-article note." in markdown
    assert "> Belgorod" in markdown
    assert sample_window.messages.text == f"Notes exported to {out}"


def test_export_with_the_json_filter_writes_json(
        sample_window: MainWindow, tmp_path: Path) -> None:
    noted_window(sample_window)
    out = tmp_path / "notes.json"
    answer, _seen = choose(out, name_filter="JSON (*.json)")
    trigger(sample_window, "export_notes")
    assert answer.answered
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(n["body"] for n in data["notes"]) == ["Check the casualty figures.",
                                                         "Whole-article note."]


def test_cancelling_the_export_dialog_writes_nothing(sample_window: MainWindow) -> None:
    noted_window(sample_window)
    answer, seen = choose(None)
    trigger(sample_window, "export_notes")
    assert answer.answered
    assert seen.selected
    assert not Path(seen.selected[0]).exists()
    assert sample_window.messages.text == ""


def test_the_open_dialog_shows_long_alike_names_whole(
        sample_window: MainWindow, tmp_path: Path) -> None:
    """Qt's own dialog, at its own 630 px, cut every name of a folder of long, alike names to
    "breitbart_2015-11-...he-hellish-vie.txt": it is now most of the window wide, its columns
    fitted to the names."""
    names = [f"newswire_2015-11-{day}_the-ninth-circle-the-view-from-inside-{day}.txt"
             for day in (11, 16, 17)]
    for name in names:
        harbour_file(tmp_path, name)
    sample_window.resize(1366, 768)
    seen: dict[str, int] = {}

    def act(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        view = widget.findChild(QTreeView, "treeView")
        assert view is not None
        widget.setDirectory(str(tmp_path))
        for _ in range(60):  # the folder is listed by a thread of the dialog's own
            QTest.qWait(50)
            if view.model().rowCount(view.rootIndex()) == len(names):
                QTest.qWait(50)
                break
        seen["dialog"] = widget.width()
        seen["name"] = view.columnWidth(0)
        seen["needed"] = max(view.sizeHintForColumn(0), 1)
        seen["rows"] = view.model().rowCount(view.rootIndex())
        seen["date"] = view.columnWidth(3)
        seen["date_needed"] = view.sizeHintForColumn(3)
        QTest.keyClick(widget, Qt.Key.Key_Escape)

    answer = Answer(file_dialog, act)
    trigger(sample_window, "open")
    assert answer.answered
    assert seen["rows"] == len(names)
    assert seen["dialog"] >= 0.8 * 1366 - 1
    assert seen["name"] >= seen["needed"], "every name whole"
    assert seen["date"] >= seen["date_needed"], "the dates whole"
