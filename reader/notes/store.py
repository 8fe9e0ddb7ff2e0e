"""The notes database: one SQLite file, each write one transaction, dataclasses in and out."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader import paths
from reader.analysis.corrections import Correction, correction_from_json, correction_to_json
from reader.errors import NotesError
from reader.notes.likeness import SAME_DOCUMENT, likeness, sketch
from reader.notes.model import Anchor, DocumentRecord, Note
from reader.notes.schema import MIGRATIONS
from reader.notes.search import SNIPPET_MARKS, fts_query

log = logging.getLogger(__name__)

_NOTE = ("id, document_id, body, tags, target, anchor_start, anchor_end, exact, prefix, suffix, "
         "created, updated")
_DOCUMENT = ("d.id, d.sha256, d.path, d.title, d.last_opened, "
             "(SELECT COUNT(*) FROM notes WHERE notes.document_id = d.id)")
_SIDE_FILES = ("-wal", "-shm", "-journal")
_PLACES = ", ".join("?" * 12)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class NoteStore:
    """Notes and corrections of every document, in one SQLite file readable by its owner alone.

    `recovered_from` is where a damaged database was moved to when this store started a new
    one, else None.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.recovered_from: Path | None = None
        self._db = self._connect()

    @classmethod
    def open_default(cls) -> NoteStore:
        return cls(paths.notes_db_path())

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> NoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- opening -------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            return _open(self.path)
        except sqlite3.OperationalError as exc:  # locked, read-only, no space: not damage
            raise NotesError(f"Could not open the notes database {self.path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            self.recovered_from = _move_aside(self.path)
            log.warning("The notes database %s was damaged (%s). It was moved to %s and a new, "
                        "empty one was started.", self.path, exc, self.recovered_from)
        try:
            return _open(self.path)
        except sqlite3.Error as exc:
            raise NotesError(f"Could not start a new notes database {self.path}: {exc}") from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        """One transaction: all of it is saved, or none of it."""
        cursor = self._db.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield cursor
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            cursor.execute("COMMIT")
        except sqlite3.Error as exc:
            raise NotesError(f"Could not save to the notes database {self.path}: {exc}") from exc
        finally:
            cursor.close()

    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise NotesError(f"Could not read the notes database {self.path}: {exc}") from exc

    # --- documents -----------------------------------------------------------------------------

    def open_document(self, sha256: str, path: Path | str, title: str,
                      text: str = "") -> DocumentRecord:
        """The record of a document being opened: by fingerprint (a moved or renamed file),
        else by path (an edited file), else by a sketch of its words like that of a document
        whose file is gone (a file moved and edited); a new one otherwise. Its path,
        fingerprint, sketch, title and last-opened time are brought up to date."""
        where = str(Path(path).expanduser().resolve())
        drawn = sketch(text) if text else ""
        found = self._find(sha256, where, drawn)
        with self._write() as cursor:
            if found is None:
                cursor.execute(
                    "INSERT INTO documents (sha256, path, title, last_opened, sketch) "
                    "VALUES (?, ?, ?, ?, ?)", (sha256, where, title, now(), drawn))
                document_id = int(cursor.lastrowid or 0)
            else:
                document_id = found.id
                cursor.execute(
                    "UPDATE documents SET sha256 = ?, path = ?, title = COALESCE(NULLIF(?, ''), "
                    "title), last_opened = ?, sketch = COALESCE(NULLIF(?, ''), sketch) "
                    "WHERE id = ?", (sha256, where, title, now(), drawn, document_id))
        return self._document(document_id)

    def find_document(self, sha256: str, path: Path | str,
                      text: str = "") -> DocumentRecord | None:
        """The record open_document would use for a document (its text given, a document
        moved and edited too), without changing anything."""
        return self._find(sha256, str(Path(path).expanduser().resolve()),
                          sketch(text) if text else "")

    def _find(self, sha256: str, where: str, drawn: str) -> DocumentRecord | None:
        for column, value in (("sha256", sha256), ("path", where)):
            rows = self._read(f"SELECT {_DOCUMENT} FROM documents d WHERE d.{column} = ? "
                              "ORDER BY d.last_opened DESC LIMIT 1", (value,))
            if rows:
                return _document(rows[0])
        return self._moved_and_edited(drawn) if drawn else None

    def _moved_and_edited(self, drawn: str) -> DocumentRecord | None:
        """The document most like one with this sketch among those whose file is gone."""
        best, best_likeness = None, SAME_DOCUMENT
        for row in self._read("SELECT id, path, sketch FROM documents WHERE sketch != ''"):
            score = likeness(drawn, row[2])
            if score >= best_likeness and not Path(row[1]).exists():
                best, best_likeness = int(row[0]), score
        return None if best is None else self.document(best)

    def document(self, document_id: int) -> DocumentRecord | None:
        rows = self._read(f"SELECT {_DOCUMENT} FROM documents d WHERE d.id = ?", (document_id,))
        return _document(rows[0]) if rows else None

    def _document(self, document_id: int) -> DocumentRecord:
        record = self.document(document_id)
        if record is None:
            raise NotesError(f"The notes database has no document {document_id}.")
        return record

    def documents(self, *, with_notes_only: bool = True) -> list[DocumentRecord]:
        """The documents with notes (or every one), the last opened first."""
        rows = self._read(f"SELECT {_DOCUMENT} FROM documents d ORDER BY d.last_opened DESC")
        records = [_document(row) for row in rows]
        return [r for r in records if r.note_count] if with_notes_only else records

    def relink(self, document_id: int, new_path: Path | str,
               sha256: str | None = None) -> DocumentRecord:
        """Point a document whose file went missing at where it is now."""
        where = str(Path(new_path).expanduser().resolve())
        with self._write() as cursor:
            cursor.execute("UPDATE documents SET path = ?, sha256 = COALESCE(?, sha256) "
                           "WHERE id = ?", (where, sha256, document_id))
        return self._document(document_id)

    # --- notes ---------------------------------------------------------------------------------

    def add(self, document_id: int, body: str, *, tags: Sequence[str] = (),
            anchor: Anchor | None = None, target: str | None = None) -> Note:
        stamp = now()
        with self._write() as cursor:
            cursor.execute(
                f"INSERT INTO notes ({_NOTE}) VALUES ({_PLACES})",
                (None, document_id, body, _tags_json(tags), target, *_anchor_row(anchor),
                 stamp, stamp))
            note_id = int(cursor.lastrowid or 0)
        return self._note(note_id)

    def update(self, note_id: int, *, body: str | None = None,
               tags: Sequence[str] | None = None, anchor: Anchor | None = None) -> Note:
        """Change a note's text, tags or anchor (None leaves it as it is)."""
        changes: dict[str, Any] = {}
        if body is not None:
            changes["body"] = body
        if tags is not None:
            changes["tags"] = _tags_json(tags)
        if anchor is not None:
            changes.update(zip(("anchor_start", "anchor_end", "exact", "prefix", "suffix"),
                               _anchor_row(anchor), strict=True))
        self._change(note_id, changes, touch=True)
        return self._note(note_id)

    def reanchor(self, note_id: int, anchor: Anchor) -> Note:
        """Keep where a note's passage was found now, without counting it as an edit."""
        changes = dict(zip(("anchor_start", "anchor_end", "exact", "prefix", "suffix"),
                           _anchor_row(anchor), strict=True))
        self._change(note_id, changes, touch=False)
        return self._note(note_id)

    def _change(self, note_id: int, changes: dict[str, Any], *, touch: bool) -> None:
        if touch:
            changes["updated"] = now()
        if not changes:
            return
        assignments = ", ".join(f"{column} = ?" for column in changes)
        with self._write() as cursor:
            cursor.execute(f"UPDATE notes SET {assignments} WHERE id = ?",
                           (*changes.values(), note_id))
            if cursor.rowcount == 0:
                raise NotesError("This note no longer exists: it was deleted, maybe in "
                                 "another window.")

    def delete(self, note_id: int) -> Note:
        """Delete a note and give it back, so that it can be restored."""
        note = self._note(note_id)
        with self._write() as cursor:
            cursor.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        return note

    def restore(self, note: Note) -> Note:
        """Put a deleted note back, with its id and times (undo)."""
        with self._write() as cursor:
            cursor.execute(
                f"INSERT OR REPLACE INTO notes ({_NOTE}) VALUES ({_PLACES})",
                (note.id, note.document_id, note.body, _tags_json(note.tags), note.target,
                 *_anchor_row(note.anchor), note.created, note.updated))
        return self._note(note.id)

    def note(self, note_id: int) -> Note | None:
        rows = self._read(f"SELECT {_NOTE} FROM notes WHERE id = ?", (note_id,))
        return _note(rows[0]) if rows else None

    def _note(self, note_id: int) -> Note:
        note = self.note(note_id)
        if note is None:
            raise NotesError("This note no longer exists: it was deleted, maybe in another window.")
        return note

    def notes_for(self, document_id: int) -> list[Note]:
        """A document's notes: on the whole document first, then by their passage's position."""
        rows = self._read(f"SELECT {_NOTE} FROM notes WHERE document_id = ? "
                          "ORDER BY anchor_start IS NOT NULL, anchor_start, id", (document_id,))
        return [_note(row) for row in rows]

    def search(self, query: str, *, limit: int = 50) -> list[tuple[Note, DocumentRecord, str]]:
        """Notes of every document matching the words of query, best first, with a snippet."""
        match = fts_query(query)
        if not match:
            return []
        columns = ", ".join(f"n.{c.strip()}" for c in _NOTE.split(","))
        rows = self._read(
            f"SELECT {columns}, {_DOCUMENT}, snippet(notes_fts, -1, ?, ?, '…', 12) "
            "FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid "
            "JOIN documents d ON d.id = n.document_id "
            "WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?",
            (*SNIPPET_MARKS, match, limit))
        return [(_note(row[:12]), _document(row[12:18]), str(row[18])) for row in rows]

    # --- corrections ---------------------------------------------------------------------------

    def add_correction(self, document_id: int, correction: Correction) -> None:
        with self._write() as cursor:
            cursor.execute(
                "INSERT INTO corrections (document_id, kind, payload, created) VALUES (?, ?, ?, ?)",
                (document_id, correction.kind, _payload(correction), now()))

    def corrections_for(self, document_id: int) -> list[Correction]:
        """A document's corrections in the order they were made (unreadable ones skipped)."""
        rows = self._read("SELECT payload FROM corrections WHERE document_id = ? ORDER BY id",
                          (document_id,))
        found: list[Correction] = []
        for (payload,) in rows:
            try:
                found.append(correction_from_json(json.loads(payload)))
            except ValueError as exc:
                log.warning("skipped a stored correction: %s", exc)
        return found

    def remove_correction(self, document_id: int, correction: Correction) -> bool:
        """Take back the latest such correction of a document; False if there was none."""
        with self._write() as cursor:
            cursor.execute(
                "DELETE FROM corrections WHERE id = (SELECT MAX(id) FROM corrections "
                "WHERE document_id = ? AND payload = ?)", (document_id, _payload(correction)))
            return cursor.rowcount > 0


def stored_corrections(sha256: str, path: Path | str, text: str = "") -> list[Correction]:
    """The corrections saved for a document in the user's notes database (for `reader analyze`);
    none when there is no database yet, or it cannot be read."""
    database = paths.notes_db_path()
    if not database.exists():
        return []
    try:
        with NoteStore(database) as store:
            record = store.find_document(sha256, path, text)
            return store.corrections_for(record.id) if record is not None else []
    except NotesError as error:
        log.warning("corrections not applied: %s", error)
        return []


# --- rows and files --------------------------------------------------------------------------


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
    db = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        if db.execute("PRAGMA quick_check").fetchone() != ("ok",):
            raise sqlite3.DatabaseError("the integrity check failed")
        _migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: sqlite3.Connection) -> None:
    """Bring the schema up to date; each migration is its own transaction with its version."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise sqlite3.OperationalError(f"it was made by a newer Reader (schema {version})")
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            db.executescript(f"BEGIN IMMEDIATE; {script}; PRAGMA user_version = {number}; COMMIT;")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (and its journal files) with the time, out of the way."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    path.replace(aside)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    return aside


def _tags_json(tags: Sequence[str]) -> str:
    cleaned = [t.strip() for t in tags if t.strip()]
    return json.dumps(list(dict.fromkeys(cleaned)), ensure_ascii=False)


def _anchor_row(anchor: Anchor | None) -> tuple[Any, ...]:
    if anchor is None:
        return (None,) * 5
    return anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix


def _payload(correction: Correction) -> str:
    return json.dumps(correction_to_json(correction), sort_keys=True, ensure_ascii=False)


def _note(row: Sequence[Any]) -> Note:
    (note_id, document_id, body, tags, target, start, end, exact, prefix, suffix,
     created, updated) = row
    anchor = None if start is None else Anchor(int(start), int(end), exact, prefix, suffix)
    return Note(id=int(note_id), document_id=int(document_id), body=body,
                tags=tuple(json.loads(tags or "[]")), anchor=anchor, target=target,
                created=created, updated=updated)


def _document(row: Sequence[Any]) -> DocumentRecord:
    document_id, sha256, path, title, last_opened, count = row
    return DocumentRecord(id=int(document_id), sha256=sha256, path=path, title=title,
                          last_opened=last_opened, note_count=int(count))
