"""NoteStore on a real SQLite file: migrations, documents found again, notes, search, damage."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.analysis.corrections import Correction, Drop, Merge, Rename
from reader.document import TextSpan, fingerprint
from reader.errors import NotesError
from reader.notes.anchoring import describe
from reader.notes.schema import MIGRATIONS
from reader.notes.store import NoteStore

TEXT = "The minister said the budget would grow. Critics disagreed sharply."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "notes.sqlite3"


@pytest.fixture
def store(db: Path) -> Iterator[NoteStore]:
    with NoteStore(db) as opened:
        yield opened


def article(folder: Path, name: str = "a.txt", text: str = TEXT) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_migrations_run_from_an_empty_file(db: Path) -> None:
    db.touch()
    NoteStore(db).close()
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"documents", "notes", "notes_fts", "corrections"} <= tables


def test_migrations_continue_from_an_older_version(db: Path) -> None:
    with sqlite3.connect(db) as raw:
        raw.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
        raw.execute("INSERT INTO documents (sha256, path, title, last_opened) "
                    "VALUES ('s', '/x', 't', 'now')")
        raw.execute("INSERT INTO notes (document_id, body, created, updated) "
                    "VALUES (1, 'kept through the migration', 'c', 'u')")
    with NoteStore(db) as store:
        assert [n.body for n in store.notes_for(1)] == ["kept through the migration"]
        assert len(store.search("migration")) == 1


def test_the_files_are_readable_by_their_owner_alone(store: NoteStore, db: Path,
                                                    tmp_path: Path) -> None:
    store.open_document(fingerprint(TEXT), article(tmp_path), "A")  # a write: the WAL exists
    files = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
    assert [stat.S_IMODE(f.stat().st_mode) for f in files] == [0o600] * 3


def test_a_newer_schema_is_refused_not_moved(db: Path) -> None:
    with sqlite3.connect(db) as raw:
        raw.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    with pytest.raises(NotesError, match="newer Reader"):
        NoteStore(db)
    assert db.exists()


def test_each_note_kind_round_trips(store: NoteStore, db: Path, tmp_path: Path) -> None:
    record = store.open_document(fingerprint(TEXT), article(tmp_path), "Budget")
    anchor = describe(TEXT, TextSpan(4, 12))
    added = [
        store.add(record.id, "On the whole article", tags=("budget", "to check")),
        store.add(record.id, "Which minister?", anchor=anchor),
        store.add(record.id, "Who is this?", target="entity:The minister"),
        store.add(record.id, "A claim", target="quote:13-39",
                  anchor=describe(TEXT, TextSpan(13, 39))),
    ]
    store.close()
    with NoteStore(db) as again:
        notes = again.notes_for(record.id)
    assert sorted(notes, key=lambda n: n.id) == added
    assert [n.kind for n in added] == ["document", "passage", "entity", "quote"]
    assert added[0].tags == ("budget", "to check")
    assert added[1].anchor == anchor
    assert added[0].created == added[0].updated


def test_update_changes_the_text_and_tags(store: NoteStore, tmp_path: Path) -> None:
    record = store.open_document(fingerprint(TEXT), article(tmp_path), "Budget")
    note = store.add(record.id, "first")
    changed = store.update(note.id, body="second", tags=["a", " a ", "b", ""])
    assert (changed.body, changed.tags, changed.created) == ("second", ("a", "b"), note.created)
    assert store.note(note.id) == changed


def test_delete_and_restore_give_the_same_note(store: NoteStore, tmp_path: Path) -> None:
    record = store.open_document(fingerprint(TEXT), article(tmp_path), "Budget")
    note = store.add(record.id, "undo me", anchor=describe(TEXT, TextSpan(0, 3)))
    deleted = store.delete(note.id)
    assert store.notes_for(record.id) == []
    assert store.restore(deleted) == note
    assert store.notes_for(record.id) == [note]


def test_updating_a_deleted_note_says_so(store: NoteStore, tmp_path: Path) -> None:
    record = store.open_document(fingerprint(TEXT), article(tmp_path), "Budget")
    note = store.add(record.id, "gone")
    store.delete(note.id)
    with pytest.raises(NotesError, match="no longer exists"):
        store.update(note.id, body="too late")


def test_a_moved_file_keeps_its_notes(store: NoteStore, tmp_path: Path) -> None:
    path = article(tmp_path)
    record = store.open_document(fingerprint(TEXT), path, "Budget")
    store.add(record.id, "kept")
    (tmp_path / "elsewhere").mkdir()
    moved = path.replace(tmp_path / "elsewhere" / "a.txt")
    again = store.open_document(fingerprint(TEXT), moved, "Budget")
    assert again.id == record.id
    assert again.path == str(moved.resolve())
    assert [n.body for n in store.notes_for(again.id)] == ["kept"]


def test_a_renamed_file_keeps_its_notes(store: NoteStore, tmp_path: Path) -> None:
    path = article(tmp_path)
    record = store.open_document(fingerprint(TEXT), path, "Budget")
    store.add(record.id, "kept")
    renamed = path.replace(tmp_path / "budget-story.txt")
    again = store.open_document(fingerprint(TEXT), renamed, "Budget")
    assert (again.id, again.note_count) == (record.id, 1)


def test_an_edited_file_keeps_its_notes_and_they_re_anchor(store: NoteStore,
                                                          tmp_path: Path) -> None:
    from reader.notes.anchoring import resolve

    path = article(tmp_path)
    record = store.open_document(fingerprint(TEXT), path, "Budget")
    passage = TextSpan(TEXT.index("Critics"), len(TEXT) - 1)
    store.add(record.id, "who?", anchor=describe(TEXT, passage))
    edited = "Updated: the vote is on Friday. " + TEXT.replace("budjet", "budget")
    path.write_text(edited, encoding="utf-8")
    again = store.open_document(fingerprint(edited), path, "Budget")
    assert again.id == record.id
    assert again.sha256 == fingerprint(edited)
    note = store.notes_for(again.id)[0]
    resolved = resolve(edited, note.anchor)  # type: ignore[arg-type]
    assert resolved.status == "moved"
    assert resolved.span is not None
    assert resolved.span.of(edited) == "Critics disagreed sharply"


def test_a_file_moved_and_edited_keeps_its_notes(store: NoteStore, tmp_path: Path) -> None:
    from tests.notes.test_likeness import STORY

    path = article(tmp_path, "weir.txt", STORY)
    record = store.open_document(fingerprint(STORY), path, "Weir", STORY)
    store.add(record.id, "check the loan")
    edited = "Update: the loan was confirmed.\n\n" + STORY.replace("October", "November")
    (tmp_path / "archive").mkdir()
    moved = tmp_path / "archive" / "weir-2.txt"
    moved.write_text(edited, encoding="utf-8")
    path.unlink()
    assert store.find_document(fingerprint(edited), moved, edited) == store.document(record.id)
    again = store.open_document(fingerprint(edited), moved, "Weir", edited)
    assert (again.id, again.path, again.note_count) == (record.id, str(moved.resolve()), 1)


def test_an_edited_copy_beside_the_original_is_a_document_of_its_own(
        store: NoteStore, tmp_path: Path) -> None:
    from tests.notes.test_likeness import OTHER, STORY

    original = store.open_document(fingerprint(STORY), article(tmp_path, "a.txt", STORY), "A",
                                   STORY)
    edited = STORY.replace("October", "November")
    copy = store.open_document(fingerprint(edited), article(tmp_path, "b.txt", edited), "B",
                               edited)
    assert copy.id != original.id  # the original's file is still there
    (tmp_path / "a.txt").unlink()
    other = store.open_document(fingerprint(OTHER), article(tmp_path, "c.txt", OTHER), "C",
                                OTHER)
    assert other.id not in (original.id, copy.id)  # not alike


def test_another_document_gets_its_own_record(store: NoteStore, tmp_path: Path) -> None:
    first = store.open_document(fingerprint(TEXT), article(tmp_path), "A")
    second = store.open_document(fingerprint("other"), article(tmp_path, "b.txt", "other"), "B")
    assert first.id != second.id


def test_the_library_lists_documents_with_notes(store: NoteStore, tmp_path: Path) -> None:
    noted = store.open_document(fingerprint(TEXT), article(tmp_path), "Noted")
    store.open_document(fingerprint("x"), article(tmp_path, "b.txt", "x"), "Bare")
    store.add(noted.id, "one")
    store.add(noted.id, "two")
    listed = store.documents()
    assert [(d.title, d.note_count) for d in listed] == [("Noted", 2)]
    assert len(store.documents(with_notes_only=False)) == 2


def test_relink_points_a_missing_document_elsewhere(store: NoteStore, tmp_path: Path) -> None:
    record = store.open_document(fingerprint(TEXT), article(tmp_path), "A")
    found = article(tmp_path, "found.txt")
    assert store.relink(record.id, found).path == str(found.resolve())


def test_two_stores_on_one_file_never_erase_each_others_notes(db: Path, tmp_path: Path) -> None:
    first, second = NoteStore(db), NoteStore(db)
    record = first.open_document(fingerprint(TEXT), article(tmp_path), "A")
    a = first.add(record.id, "from window one")
    b = second.add(record.id, "from window two")
    first.update(a.id, body="window one, edited")
    assert {n.body for n in second.notes_for(record.id)} == {"window one, edited", b.body}
    first.close()
    second.close()


def test_search_finds_a_note_in_any_document(store: NoteStore, tmp_path: Path) -> None:
    first = store.open_document(fingerprint(TEXT), article(tmp_path), "A")
    second = store.open_document(fingerprint("x"), article(tmp_path, "b.txt", "x"), "B")
    store.add(first.id, "Check the budget figures with the ministry")
    store.add(second.id, "Nothing to see", tags=("ministry",))
    store.add(second.id, "About a passage", anchor=describe(TEXT, TextSpan(4, 12)))
    results = store.search("ministr")
    assert {(n.body, d.title) for n, d, _ in results} == {
        ("Check the budget figures with the ministry", "A"), ("Nothing to see", "B")}
    assert any("«ministry»" in snippet for _, _, snippet in results)
    assert [n.body for n, _, _ in store.search("minister")] == ["About a passage"]


def test_search_follows_edits_and_deletes(store: NoteStore, tmp_path: Path) -> None:
    record = store.open_document(fingerprint(TEXT), article(tmp_path), "A")
    note = store.add(record.id, "alpha")
    store.update(note.id, body="beta")
    assert store.search("alpha") == []
    assert len(store.search("beta")) == 1
    store.delete(note.id)
    assert store.search("beta") == []


@pytest.mark.parametrize("query", ['"', "AND", "a*", "(", "NEAR(", "-x", "ministry OR", "", "'’:^"])
def test_search_never_raises_on_punctuation(store: NoteStore, tmp_path: Path, query: str) -> None:
    record = store.open_document(fingerprint(TEXT), article(tmp_path), "A")
    store.add(record.id, "ministry notes")
    assert isinstance(store.search(query), list)


def test_a_corrupt_file_is_moved_aside(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    db.write_bytes(b"this is not a database, just bytes " * 200)
    with NoteStore(db) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.exists()
        assert store.recovered_from.read_bytes().startswith(b"this is not a database")
        assert store.recovered_from.name.startswith("notes.sqlite3.damaged-")
        assert store.documents() == []
    assert "damaged" in caplog.text


def test_a_damaged_page_is_moved_aside(db: Path, tmp_path: Path) -> None:
    with NoteStore(db) as store:
        record = store.open_document(fingerprint(TEXT), article(tmp_path), "A")
        for i in range(200):
            store.add(record.id, f"note {i} " * 20)
    data = bytearray(db.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192  # garble two pages in the middle
    db.write_bytes(bytes(data))
    with NoteStore(db) as store:
        assert store.recovered_from is not None
        assert store.documents() == []


def test_a_healthy_file_is_not_moved(store: NoteStore, db: Path) -> None:
    store.close()
    with NoteStore(db) as again:
        assert again.recovered_from is None


def test_corrections_are_stored_in_order_and_removed(store: NoteStore, tmp_path: Path) -> None:
    record = store.open_document(fingerprint(TEXT), article(tmp_path), "A")
    made: list[Correction] = [Rename("Joe", "Joe Biden"), Merge("Joe Biden", "Biden"),
                              Drop("Monday")]
    for correction in made:
        store.add_correction(record.id, correction)
    assert store.corrections_for(record.id) == made
    assert store.remove_correction(record.id, Merge("Joe Biden", "Biden"))
    assert not store.remove_correction(record.id, Drop("Tuesday"))
    assert store.corrections_for(record.id) == [made[0], made[2]]


def test_open_default_uses_the_data_folder(data_dir: Path) -> None:
    with NoteStore.open_default() as store:
        assert store.path.parent == data_dir


def test_stored_corrections_for_reader_analyze(tmp_path: Path) -> None:
    from reader.notes.store import stored_corrections

    path = article(tmp_path)
    assert stored_corrections(fingerprint(TEXT), path) == []  # no database: none, none made
    with NoteStore.open_default() as store:
        record = store.open_document(fingerprint(TEXT), path, "A")
        store.add_correction(record.id, Drop("Critics"))
    assert stored_corrections(fingerprint(TEXT), path) == [Drop("Critics")]
    assert stored_corrections(fingerprint("other"), tmp_path / "other.txt") == []
