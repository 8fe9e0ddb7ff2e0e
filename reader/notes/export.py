"""A document's notes as Markdown or JSON: each with its passage and where it is in the text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader import paths
from reader.errors import NotesError
from reader.notes.anchoring import resolve
from reader.notes.model import DocumentRecord, Note, Resolved
from reader.notes.store import NoteStore

SCHEMA = "reader.notes/1"
FORMATS = ("md", "json")
_HOW = {"exact": "found exactly", "moved": "found moved", "fuzzy": "found approximately",
        "orphaned": "not found in the current text"}
OPENING = 40  # about how many characters of a passage name it in a heading
QUOTE_MARKS = "\"'“”‘’«»"


@dataclass(frozen=True, slots=True)
class Placed:
    """A note with its passage as it reads now (or as it was, if orphaned) and its place."""

    note: Note
    resolved: Resolved | None  # None: the note has no passage
    passage: str | None
    line: int | None

    @property
    def place(self) -> str:
        """The passage by its opening words, as a reader finds it on the page (a line number
        counts the text's own lines, which the page does not show; the JSON export gives the
        line and the characters, for scripts)."""
        if self.resolved is None:
            return ""
        words = f"“{opening(self.passage or '')}”"
        return words if self.resolved.span else f"{words}, not found in the current text"


def opening(passage: str, limit: int = OPENING) -> str:
    """A passage's first words, cut at a word boundary near limit characters, "…" if cut; its
    own quote marks taken off (the heading puts it in some)."""
    words = " ".join(passage.split()).strip(QUOTE_MARKS)
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit + 1)
    head = words[:cut] if cut > limit // 2 else words[:limit]
    return head.rstrip(" ,;:.—–-" + QUOTE_MARKS) + "…"


def placed_notes(notes: Sequence[Note], text: str) -> list[Placed]:
    """Notes with their passages resolved in text: whole-document ones, then in text order,
    then the orphans."""
    placed = [_place(note, text) for note in notes]

    def order(item: Placed) -> tuple[int, int, int]:
        if item.resolved is None:
            return (0, 0, item.note.id)
        if item.resolved.span is None:
            return (2, 0, item.note.id)
        return (1, item.resolved.span.start, item.note.id)

    return sorted(placed, key=order)


def _place(note: Note, text: str) -> Placed:
    if note.anchor is None:
        return Placed(note, None, None, None)
    resolved = resolve(text, note.anchor)
    if resolved.span is None:
        return Placed(note, resolved, note.anchor.exact, None)
    line = text.count("\n", 0, resolved.span.start) + 1
    return Placed(note, resolved, resolved.span.of(text), line)


def heading(item: Placed) -> str:
    """What a note is about, in a few words."""
    kind, _, value = (item.note.target or "").partition(":")
    if kind == "entity":
        return f"About {value}"
    if item.resolved is None:
        return "On the whole document"
    what = kind.capitalize() if kind else "Passage"
    return f"{what} {item.place}" if item.resolved.span else f"{what} {item.place} (orphaned)"


def to_markdown(record: DocumentRecord, notes: Sequence[Note], text: str) -> str:
    lines = [f"# Notes: {record.title or Path(record.path).name}", "",
             f"- Source: {record.path}", f"- Fingerprint (SHA-256): {record.sha256}",
             f"- Notes: {len(notes)}", f"- Exported: {_stamp()}", ""]
    for number, item in enumerate(placed_notes(notes, text), 1):
        lines += [f"## {number}. {heading(item)}", ""]
        if item.passage is not None:
            lines += [f"> {line}".rstrip() for line in item.passage.splitlines() or [""]]
            lines.append("")
        lines += [item.note.body.strip() or "*(empty note)*", ""]
        details = [f"Tags: {', '.join(item.note.tags)}"] if item.note.tags else []
        if item.resolved is not None:
            details.append(_HOW[item.resolved.status].capitalize())
        details += [f"Created {item.note.created}", f"Updated {item.note.updated}"]
        lines += [" · ".join(details), ""]
    return "\n".join(lines)


def to_json(record: DocumentRecord, notes: Sequence[Note], text: str) -> str:
    document = {"title": record.title, "path": record.path, "sha256": record.sha256}
    items = [_note_json(item) for item in placed_notes(notes, text)]
    return json.dumps({"schema": SCHEMA, "document": document, "exported": _stamp(),
                       "notes": items}, ensure_ascii=False, indent=2) + "\n"


def _note_json(item: Placed) -> dict[str, Any]:
    span = item.resolved.span if item.resolved else None
    return {
        "id": item.note.id, "kind": item.note.kind, "target": item.note.target,
        "body": item.note.body, "tags": list(item.note.tags),
        "created": item.note.created, "updated": item.note.updated,
        "passage": item.passage, "status": item.resolved.status if item.resolved else None,
        "start": span.start if span else None, "end": span.end if span else None,
        "line": item.line,
    }


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def export_notes_for_file(path: Path, fmt: str) -> str:
    """`reader notes export FILE`: the notes of the document in FILE, as md or json."""
    from reader.loaders import load

    if fmt not in FORMATS:
        raise NotesError(f"Unknown export format {fmt!r}: use one of {', '.join(FORMATS)}.")
    document = load(path)
    database = paths.notes_db_path()
    if not database.exists():
        raise NotesError(f"{path}: no notes yet (there is no notes database at {database}).")
    with NoteStore(database) as store:
        record = store.find_document(document.sha256, path, document.text)
        notes = store.notes_for(record.id) if record is not None else []
    if record is None or not notes:
        raise NotesError(f"{path}: this document has no notes.")
    return (to_markdown if fmt == "md" else to_json)(record, notes, document.text)
