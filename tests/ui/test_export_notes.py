"""File > Export notes writes the open document's notes, with their passages."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.document import TextSpan
from reader.notes.anchoring import describe
from tests.ui.conftest import MakeWindow, open_and_wait


def test_export_writes_every_note_with_its_passage(make_window: MakeWindow, qtbot: QtBot,
                                                    tmp_path: Path) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    document, record = window.session.document, window.session.record
    assert document is not None
    assert record is not None
    assert window.store is not None
    start = document.text.index("Belgorod")
    anchor = describe(document.text, TextSpan(start, start + len("Belgorod")))
    window.store.add(record.id, "Check the casualty figures.", anchor=anchor)
    window.store.add(record.id, "Whole-article note.")

    window.export_notes(tmp_path / "notes.md", "md")
    markdown = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert "Check the casualty figures." in markdown
    assert "Whole-article note." in markdown
    assert "> Belgorod" in markdown

    window.export_notes(tmp_path / "notes.json", "json")
    data = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
    assert sorted(n["body"] for n in data["notes"]) == ["Check the casualty figures.",
                                                         "Whole-article note."]
