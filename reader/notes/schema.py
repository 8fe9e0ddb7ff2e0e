"""The notes database schema, as an ordered tuple of migrations counted by PRAGMA user_version."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, known by fingerprint and path, and their notes
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        sha256 TEXT NOT NULL,
        path TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        last_opened TEXT NOT NULL
    );
    CREATE INDEX documents_by_sha256 ON documents (sha256);
    CREATE INDEX documents_by_path ON documents (path);
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        body TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        target TEXT,
        anchor_start INTEGER,
        anchor_end INTEGER,
        exact TEXT,
        prefix TEXT,
        suffix TEXT,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX notes_by_document ON notes (document_id);
    """,
    # 2: full-text search over note bodies, tags and passages, kept in step by triggers
    """
    CREATE VIRTUAL TABLE notes_fts USING fts5 (
        body, tags, exact, content='notes', content_rowid='id'
    );
    CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, body, tags, exact)
        VALUES (new.id, new.body, new.tags, new.exact);
    END;
    CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body, tags, exact)
        VALUES ('delete', old.id, old.body, old.tags, old.exact);
    END;
    CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body, tags, exact)
        VALUES ('delete', old.id, old.body, old.tags, old.exact);
        INSERT INTO notes_fts (rowid, body, tags, exact)
        VALUES (new.id, new.body, new.tags, new.exact);
    END;
    INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
    """,
    # 3: the reader's corrections to a document's entities, in the order they were made
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        created TEXT NOT NULL
    );
    CREATE INDEX corrections_by_document ON corrections (document_id);
    """,
    # 4: a sketch of each document's words, to know it again once both moved and edited
    """
    ALTER TABLE documents ADD COLUMN sketch TEXT NOT NULL DEFAULT '';
    """,
)

VERSION = len(MIGRATIONS)
