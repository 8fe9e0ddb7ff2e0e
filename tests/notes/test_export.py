"""Exporting a document's notes: Markdown and JSON hold every note and passage, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.document import TextSpan
from reader.errors import DocumentLoadError, NotesError
from reader.loaders import load
from reader.notes.anchoring import describe
from reader.notes.export import export_notes_for_file, opening, to_json, to_markdown
from reader.notes.model import DocumentRecord, Note
from reader.notes.store import NoteStore

TEXT = ("Storm hits the coast\n\nThe storm reached the coast on Monday night.\n\n"
        "Officials said 40 homes were damaged. Power was restored by noon.\n")


def span(passage: str) -> TextSpan:
    start = TEXT.index(passage)
    return TextSpan(start, start + len(passage))


@pytest.fixture
def noted(tmp_path: Path) -> tuple[Path, DocumentRecord, list[Note]]:
    path = tmp_path / "storm.txt"
    path.write_text(TEXT, encoding="utf-8")
    document = load(path)
    with NoteStore.open_default() as store:
        record = store.open_document(document.sha256, path, "Storm hits the coast")
        store.add(record.id, "Compare with the weather service.", tags=("weather",))
        store.add(record.id, "Only 40?", anchor=describe(TEXT, span("40 homes were damaged")))
        store.add(record.id, "When exactly?", anchor=describe(TEXT, span("on Monday night")))
        store.add(record.id, "Which officials?", target="entity:Officials")
        store.add(record.id, "Two lines", anchor=describe(TEXT, span("night.\n\nOfficials")))
        notes = store.notes_for(record.id)
        record = store.document(record.id)  # type: ignore[assignment]
    return path, record, notes


def test_markdown_holds_every_note_and_passage(noted: tuple[Path, DocumentRecord, list[Note]]
                                               ) -> None:
    path, record, notes = noted
    markdown = to_markdown(record, notes, TEXT)
    assert markdown.startswith("# Notes: Storm hits the coast\n")
    assert str(path.resolve()) in markdown
    for note in notes:
        assert note.body in markdown
    assert "> 40 homes were damaged" in markdown
    assert "> on Monday night" in markdown
    assert "> night.\n>\n> Officials" in markdown
    assert "About Officials" in markdown
    assert "Tags: weather" in markdown
    # for a reader, the passage by its opening words: not character offsets, nor a line number
    # of the text's own lines, which the page does not show
    assert "## 5. Passage “40 homes were damaged”\n" in markdown
    assert "Passage “night. Officials”\n" in markdown  # its lines joined
    assert ", line " not in markdown


def test_markdown_lists_notes_in_text_order(noted: tuple[Path, DocumentRecord, list[Note]]
                                            ) -> None:
    _, record, notes = noted
    markdown = to_markdown(record, notes, TEXT)
    order = [markdown.index(body) for body in
             ("Compare with", "When exactly?", "Two lines", "Only 40?")]
    assert order == sorted(order)


def test_an_orphan_is_exported_with_its_old_passage(noted: tuple[Path, DocumentRecord, list[Note]]
                                                    ) -> None:
    _, record, notes = noted
    edited = TEXT.replace("Officials said 40 homes were damaged. ", "")
    markdown = to_markdown(record, notes, edited)
    assert "> 40 homes were damaged" in markdown
    assert "Passage “40 homes were damaged”, not found in the current text (orphaned)" in markdown


def test_json_holds_every_note(noted: tuple[Path, DocumentRecord, list[Note]]) -> None:
    _, record, notes = noted
    data = json.loads(to_json(record, notes, TEXT))
    assert data["schema"] == "reader.notes/1"
    assert data["document"]["sha256"] == record.sha256
    assert sorted(n["id"] for n in data["notes"]) == sorted(n.id for n in notes)
    passage = next(n for n in data["notes"] if n["body"] == "Only 40?")
    assert (passage["passage"], passage["status"]) == ("40 homes were damaged", "exact")
    assert TEXT[passage["start"] : passage["end"]] == "40 homes were damaged"
    assert passage["line"] == TEXT.count("\n", 0, TEXT.index("40 homes")) + 1  # for scripts


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_export_for_a_file(noted: tuple[Path, DocumentRecord, list[Note]], fmt: str) -> None:
    path, _, notes = noted
    exported = export_notes_for_file(path, fmt)
    assert all(note.body in exported for note in notes)


def test_the_command_prints_the_notes(noted: tuple[Path, DocumentRecord, list[Note]],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path, _, _ = noted
    assert main(["notes", "export", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["notes"]) == 5


def test_a_file_without_notes_is_a_clear_error(noted: tuple[Path, DocumentRecord, list[Note]],
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing noted here.", encoding="utf-8")
    with pytest.raises(NotesError, match="has no notes"):
        export_notes_for_file(other, "md")
    assert main(["notes", "export", str(other)]) == 1
    assert "other.txt: this document has no notes" in capsys.readouterr().err


def test_a_missing_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentLoadError):
        export_notes_for_file(tmp_path / "absent.txt", "md")


def test_no_database_yet(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    with pytest.raises(NotesError, match="no notes yet"):
        export_notes_for_file(path, "md")


def test_a_long_passage_is_named_by_its_opening_words() -> None:
    """About 40 characters, cut between words, its own quote marks not doubled."""
    assert opening("“The harbour board voted on Thursday to close the old ferry pier,” she "
                   "said.") == "The harbour board voted on Thursday to…"
    assert opening("A short one.") == "A short one."
