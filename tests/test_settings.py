"""Settings are saved whole, even by two Reader windows saving at once."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.settings import Settings, load_settings, save_settings


def test_settings_round_trip_and_leave_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(font_size=17, recent_files=("/tmp/a.txt",)), path)
    assert load_settings(path) == Settings(font_size=17, recent_files=("/tmp/a.txt",))
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_two_writers_at_once_never_fail_nor_leave_half_a_file(tmp_path: Path) -> None:
    """Two windows saving recent files at the same moment: with one shared temporary name,
    one writer renamed the other's file away (FileNotFoundError) or wrote into it."""
    path = tmp_path / "settings.json"
    errors: list[BaseException] = []

    def save_many(size: int) -> None:
        try:
            for _ in range(200):
                save_settings(Settings(font_size=size), path)
        except BaseException as exc:  # any failure is the finding
            errors.append(exc)

    writers = [threading.Thread(target=save_many, args=(size,)) for size in (11, 19)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert errors == []
    assert load_settings(path).font_size in (11, 19)
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
