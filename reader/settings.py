"""Reader's settings: one frozen dataclass with every default, saved as JSON in the data folder."""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from reader import paths
from reader.atomic import write_text_atomically

log = logging.getLogger(__name__)

MB = 1024 * 1024

DEFAULT_COLOURS: dict[str, str] = {
    "PERSON": "#f4b6c2",
    "ORG": "#b6d7f4",
    "GPE": "#c5e8b7",
    "LOC": "#d7ecc9",
    "NORP": "#f7e1a1",
    "FAC": "#e3d1f0",
    "EVENT": "#f9cfa8",
    "PRODUCT": "#d0e6e6",
    "WORK_OF_ART": "#ead7c7",
    "LAW": "#dcdcdc",
    "LANGUAGE": "#e0e0f5",
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Every user setting with its default."""

    model: str | None = None  # spaCy pipeline name; None picks the best installed
    max_file_bytes: int = 50 * MB
    max_inflated_bytes: int = 200 * MB  # zip members (DOCX, EPUB), PDF streams: inflate no further
    font_family: str = "Georgia"
    font_size: int = 13
    theme: str = "system"  # system, light or dark
    colours: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLOURS))
    show_quote_underlines: bool = True
    show_number_underlines: bool = True
    hidden_entity_types: tuple[str, ...] = ()
    recent_files: tuple[str, ...] = ()
    max_recent: int = 10

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def load_settings(path: Path | None = None) -> Settings:
    """Settings from JSON; unknown keys are ignored, a damaged file gives the defaults."""
    path = path or paths.settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: f for f in dataclasses.fields(Settings)}
    values: dict[str, object] = {}
    for key, value in raw.items():
        if key not in known:
            continue
        values[key] = tuple(value) if isinstance(value, list) else value
    try:
        return Settings(**values)  # type: ignore[arg-type]
    except TypeError:
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically, so a crash never leaves half a file."""
    path = path or paths.settings_path()
    write_text_atomically(path, json.dumps(dataclasses.asdict(settings), indent=2))
