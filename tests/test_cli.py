"""The `reader` command line: version, help, and `reader analyze` on the sample."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__
from reader.cli import main
from tests.conftest import SAMPLE


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_runs_without_a_display() -> None:
    result = subprocess.run([sys.executable, "-m", "reader", "--help"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert "analyze" in result.stdout


def test_analyze_sample_prints_document_part(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["schema"] == "reader.analysis/1"
    assert data["source"]["format"] == "txt"
    assert data["text"] == SAMPLE.read_text(encoding="utf-8")
    assert set(data) >= {"title", "byline", "published", "pipeline", "entities", "quotes",
                         "numbers", "events"}


def test_an_article_not_in_english_is_given_with_a_warning_and_nothing_found(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from tests.analysis.test_analyze import FRENCH

    article = tmp_path / "article.txt"
    article.write_text(FRENCH, encoding="utf-8")
    assert main(["analyze", "--no-cache", str(article), str(SAMPLE)]) == 0
    captured = capsys.readouterr()
    french, sample = (json.loads(line) for line in captured.out.splitlines())
    assert captured.err.splitlines() == [
        f"reader: {article}: warning: this article does not look like English; Reader reads "
        "English only, so it shows no names, quotes, numbers or events for it (the text and "
        "notes work as usual)"]
    assert set(french) == set(sample)  # the same keys, with empty arrays
    assert french["text"] == FRENCH
    assert [french[key] for key in ("entities", "quotes", "numbers", "events")] == [[]] * 4
    assert french["language"] == {"english": False, "warning": captured.err.split(
        "warning: ")[1].strip()}
    assert sample["language"] == {"english": True, "warning": None}
    assert sample["entities"]


def stdin_of(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def test_an_article_piped_in_is_analysed(capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", stdin_of(
        b"Angela Merkel said on Monday in Berlin that the bridge would reopen in May."))
    assert main(["analyze", "--no-cache", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["source"]["path"], data["source"]["format"]) == ("-", "txt")
    assert "Angela Merkel" in [e["name"] for e in data["entities"]]


def test_a_web_page_piped_in_is_read_as_html(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page = (b"<!DOCTYPE html><html><head><title>Bridge to reopen</title></head><body>"
            b"<article><p>Mayor Ines Castillo said on Monday that the bridge would reopen "
            b"in May.</p></article></body></html>")
    monkeypatch.setattr(sys, "stdin", stdin_of(page))
    assert main(["analyze", "--no-cache", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"]["format"] == "html"
    assert "<" not in data["text"]
    assert "Ines Castillo" in data["text"]


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "standard input is empty"),
    (bytes(range(256)) * 8, "looks like a binary file, not text"),
])
def test_bad_input_piped_in_gets_one_line(capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch, data: bytes,
                                          reason: str) -> None:
    monkeypatch.setattr(sys, "stdin", stdin_of(data))
    assert main(["analyze", "-"]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"reader: -: {reason}\n")
