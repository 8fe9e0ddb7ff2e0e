"""load(): the suffix table, settings, and every seed sample loading with title, blocks and text."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reader.document import FORMATS, BlockKind
from reader.loaders import LOADERS, load, supported_suffixes
from reader.settings import Settings
from tests.conftest import SAMPLE, SEEDS
from tests.loaders.helpers import assert_well_formed, texts_of

SAMPLE_TITLE = "Wrenhaven Launches Its First Solar Ferry"
SEED_FORMATS = ("md", "html", "pdf", "docx", "epub")


def test_every_format_has_a_loader_module() -> None:
    assert {LOADERS[suffix] for suffix in supported_suffixes()} == {
        "txt", "markdown", "html", "pdf", "docx", "epub"}


def test_the_suffix_is_matched_whatever_its_case(tmp_path: Path) -> None:
    path = tmp_path / "STORY.TXT"
    path.write_text("A Title\n\nA paragraph of text.", encoding="utf-8")
    assert load(path).format == "txt"


def test_the_sample_article_text_is_the_file_content() -> None:
    document = load(SAMPLE)
    assert document.text == SAMPLE.read_text(encoding="utf-8")
    assert document.format == "txt"
    assert document.source_path == SAMPLE
    assert_well_formed(document)


@pytest.mark.parametrize("fmt", SEED_FORMATS)
def test_each_seed_loads_with_title_blocks_and_text(fmt: str) -> None:
    document = load(SEEDS / f"sample.{fmt}")
    assert document.format == fmt
    assert fmt in FORMATS
    assert document.title == SAMPLE_TITLE
    assert document.byline == "Maren Holt"
    assert document.published == "2024-04-12"
    assert_well_formed(document)
    assert document.blocks[0].kind is BlockKind.TITLE
    paragraphs = texts_of(document, BlockKind.PARAGRAPH)
    assert paragraphs[0].startswith("The harbour town of Wrenhaven put its first solar-powered")
    assert any("2.4 million euros" in p for p in paragraphs)
    assert "The Kestrel in figures" in document.text
    assert document.text.rstrip().endswith("if the first one meets its targets through the winter.")


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "epub"])
def test_seed_structure_keeps_headings_quotes_and_list_items(fmt: str) -> None:
    document = load(SEEDS / f"sample.{fmt}")
    assert texts_of(document, BlockKind.HEADING) == ["What riders said", "The Kestrel in figures"]
    assert texts_of(document, BlockKind.QUOTE)[0].startswith("“It is so quiet")
    assert texts_of(document, BlockKind.LIST_ITEM) == [
        "120 passengers and 14 bicycles", "64 solar panels on the roof",
        "About nine hours of running on the battery alone"]


def test_seeds_load_in_worker_threads_as_the_window_does() -> None:
    paths = [SEEDS / f"sample.{fmt}" for fmt in SEED_FORMATS]
    with ThreadPoolExecutor(max_workers=2) as pool:
        documents = list(pool.map(load, paths))
    assert [d.title for d in documents] == [SAMPLE_TITLE] * len(paths)


def test_the_same_text_gives_the_same_fingerprint_in_any_folder(tmp_path: Path) -> None:
    copy = shutil.copy(SEEDS / "sample.md", tmp_path / "copy.md")
    assert load(copy).sha256 == load(SEEDS / "sample.md").sha256


def test_settings_are_passed_to_the_size_check(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nSome words here.", encoding="utf-8")
    assert load(path, settings=Settings(max_file_bytes=1000)).text.startswith("Title")
