"""`reader analyze` applies the corrections the user saved in the window."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from reader import paths
from reader.analysis.corrections import Rename, Retype
from reader.cli import main
from reader.loaders import load
from reader.notes.store import NoteStore
from tests.conftest import DATA

ARTICLE = DATA / "gold" / "articles" / "wikinews-mecca-crane-collapse-2015.txt"


def _analyze(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["analyze", "--no-cache", str(path)]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.usefixtures("nlp")
def test_saved_corrections_change_the_json(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / ARTICLE.name
    shutil.copy(ARTICLE, article)
    before = _analyze(article, capsys)
    target = max(before["entities"], key=lambda e: len(e["mentions"]))
    new_label = "ORG" if target["label"] != "ORG" else "GPE"
    document = load(article)
    with NoteStore(paths.notes_db_path()) as store:
        record = store.open_document(document.sha256, article, document.title or "")
        store.add_correction(record.id, Rename(entity=target["name"], name="Renamed By User"))
        store.add_correction(record.id, Retype(entity="Renamed By User", label=new_label))
    after = _analyze(article, capsys)
    renamed = [e for e in after["entities"] if e["name"] == "Renamed By User"]
    assert len(renamed) == 1
    assert renamed[0]["label"] == new_label
    assert renamed[0]["mentions"] == target["mentions"]
    assert target["name"] not in {e["name"] for e in after["entities"]}
