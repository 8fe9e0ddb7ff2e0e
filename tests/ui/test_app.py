"""Starting Reader: display checks, the first document, and the screenshot command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.paths import sample_article
from reader.settings import Settings, load_settings, save_settings
from reader.ui.app import SCREENSHOT_SIZE, display_problem, first_document, x_server_answers


def found_all(_name: str, _soname: str) -> bool:
    return True


def found_none(_name: str, _soname: str) -> bool:
    return False


def answered(_display: str) -> bool:
    return True


def test_no_display_is_said_in_one_line() -> None:
    problem = display_problem({}, "linux", found_all)
    assert problem is not None
    assert "DISPLAY" in problem
    assert "QT_QPA_PLATFORM=offscreen" in problem
    assert "\n" not in problem


def test_missing_xcb_libraries_name_the_debian_packages() -> None:
    problem = display_problem({"DISPLAY": ":0"}, "linux", found_none)
    assert problem is not None
    assert "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in problem
    assert "\n" not in problem


@pytest.mark.parametrize("environ", [{"DISPLAY": ":0"}, {"QT_QPA_PLATFORM": "offscreen"},
                                     {"WAYLAND_DISPLAY": "wayland-0"}])
def test_a_usable_display_passes(environ: dict[str, str]) -> None:
    assert display_problem(environ, "linux", found_all, answered) is None
    assert display_problem({}, "darwin", found_none) is None


def test_a_display_no_x_server_answers_is_said_in_one_line() -> None:
    problem = display_problem({"DISPLAY": ":97"}, "linux", found_all, lambda _d: False)
    assert problem is not None
    assert ":97" in problem
    assert "QT_QPA_PLATFORM=offscreen" in problem
    assert "\n" not in problem


def test_xcb_tells_a_display_with_no_server_from_one_with_no_way_to_tell() -> None:
    """The real libxcb connection: no X server listens on display 97 here (the test folder
    has no such socket), and a display on another host is not tried."""
    if Path("/tmp/.X11-unix/X97").exists():
        pytest.skip("an X server listens on display 97 here")
    if x_server_answers(":97") is None:
        pytest.skip("libxcb is not installed (Qt's X11 plugin could not run either)")
    assert x_server_answers(":97") is False
    assert x_server_answers("elsewhere.example:0") is None


def test_reader_says_in_one_line_that_no_x_server_answers(tmp_path: Path) -> None:
    if x_server_answers(":97") is not False:
        pytest.skip("libxcb is not installed, or an X server listens on display 97")
    if display_problem({"DISPLAY": ":97"}, "linux", answers=lambda _display: None):
        pytest.skip("Qt's X11 plugin libraries are missing, which Reader rightly reports first")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":97", READER_DATA_DIR=str(tmp_path), READER_CACHE_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "reader"], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "cannot open the X display :97" in result.stderr


def test_offscreen_or_wayland_needs_no_xcb_libraries() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux",
                           found_none) is None


def test_the_first_document_is_asked_for_else_the_last_else_the_sample(tmp_path: Path) -> None:
    asked = tmp_path / "asked.txt"
    last = tmp_path / "last.txt"
    assert first_document(asked, Settings()) == (asked, False)
    assert first_document(None, Settings(recent_files=(str(last),))) == (sample_article(), False)
    last.write_text("Last one.", encoding="utf-8")
    assert first_document(None, Settings(recent_files=(str(last),))) == (last, True)


def test_the_last_document_asked_for_again_comes_back_where_it_was_left(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'reader article.txt' on the article read last opened it at its top: its reading place
    came back only when Reader was started with no file."""
    last = tmp_path / "last.txt"
    last.write_text("Last one.", encoding="utf-8")
    read = Settings(recent_files=(str(last.resolve()),))
    assert first_document(last, read) == (last, True)
    monkeypatch.chdir(tmp_path)
    assert first_document(Path("last.txt"), read) == (Path("last.txt"), True)  # as typed
    assert first_document(tmp_path / "other.txt", read) == (tmp_path / "other.txt", False)


def test_the_screenshot_command_writes_a_picture_of_the_window(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "reader", "--screenshot", str(out)], env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20, "the picture is not blank"


def test_a_screenshot_leaves_the_readers_files_as_they_were(tmp_path: Path,
                                                             data_dir: Path) -> None:
    """'reader --screenshot OUT.png FILE' put FILE first in the reader's recent files (so the
    next plain start opened it, and a screenshot with no FILE pictured the file read last, not
    the sample), saved its 1400x880 window as the reader's, and added FILE to the Library. Now
    it runs apart from the reader's data folder: the analysis cache alone is shared."""
    last = tmp_path / "last.txt"
    last.write_text("The ferry did not sail on Monday.", encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Storm closes ferry\n\nThe Halden ferry did not sail.", encoding="utf-8")
    save_settings(Settings(recent_files=(str(last.resolve()),)))
    before = sorted(p.name for p in data_dir.iterdir() if p.name != "cache")
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "reader", "--screenshot", str(out),
                             str(article)], env=env, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert load_settings().recent_files == (str(last.resolve()),)
    assert sorted(p.name for p in data_dir.iterdir() if p.name != "cache") == before
