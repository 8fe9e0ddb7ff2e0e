"""The child of the crash test: writes and edits notes through NoteStore until it is killed.

Usage: python crash_child.py DB SEED. After each save returns it prints, flushed, one line:
`A <id> <digest>` for a note added, `U <id> <digest>` for a note updated, `D <id> -` for a note
deleted. Before an update it prints `W <id> <digest>`, before a delete `X <id> -`: the change
that may or may not have been saved when it was killed.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from reader.notes.model import Anchor
from reader.notes.store import NoteStore


def digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def say(kind: str, note_id: int, body: str | None) -> None:
    sys.stdout.write(f"{kind} {note_id} {'-' if body is None else digest(body)}\n")
    sys.stdout.flush()


def main(db: Path, seed: int) -> None:
    rng = random.Random(seed)
    store = NoteStore(db)
    record = store.open_document("0" * 64, db.with_name("crash-article.txt"), "Crash test")
    ids = [note.id for note in store.notes_for(record.id)]
    for i in range(1_000_000):
        body = f"{seed}.{i} " + "".join(rng.choices("abcdefgh ", k=rng.randrange(10, 3000)))
        if len(ids) > 5 and rng.random() < 0.1:
            note_id = ids.pop(rng.randrange(len(ids)))
            say("X", note_id, None)
            store.delete(note_id)
            say("D", note_id, None)
        elif ids and rng.random() < 0.4:
            note_id = rng.choice(ids)
            say("W", note_id, body)
            store.update(note_id, body=body, tags=(f"edit{i}",))
            say("U", note_id, body)
        else:
            anchor = Anchor(i, i + 5, "exact", "before", "after") if i % 2 else None
            note = store.add(record.id, body, tags=("crash",), anchor=anchor)
            ids.append(note.id)
            say("A", note.id, body)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
