"""Where Reader keeps and finds its files: the only module that knows the platform folders."""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "Reader"
SAMPLE_NAME = "000_b2b0c53222df4156.txt"
_REPO_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The user's data folder (notes database, settings). READER_DATA_DIR overrides it."""
    override = os.environ.get("READER_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The user's cache folder (analysis cache). READER_CACHE_DIR, then READER_DATA_DIR/cache."""
    override = os.environ.get("READER_CACHE_DIR")
    if override:
        path = Path(override)
    elif os.environ.get("READER_DATA_DIR"):
        path = data_dir() / "cache"
    else:
        path = Path(platformdirs.user_cache_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def notes_db_path() -> Path:
    return data_dir() / "notes.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def resource(name: str) -> Traversable:
    """An asset from resources/: inside the installed package, else beside the source tree."""
    packaged = resources.files("reader").joinpath("_resources", name)
    if packaged.is_file() or packaged.is_dir():
        return packaged
    return _REPO_ROOT.joinpath("resources", name)


def sample_article() -> Path:
    """The sample article Reader opens when started with no file and no history."""
    packaged = resources.files("reader").joinpath("_resources", "seeds", SAMPLE_NAME)
    if packaged.is_file():
        return Path(str(packaged))
    return _REPO_ROOT / "seeds" / SAMPLE_NAME
