"""A saved page's date: the page's own, never a date its story only mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.loaders import load

STORY = ("<p>The ferry company said on Tuesday that the harbour would stay closed to large "
         "ships for another season while engineers repaired the northern quay wall.</p>"
         "<p>Its owners now have until 9 October 2011 to finish the work, the port authority "
         "said, after a first deadline passed without the repairs being started.</p>"
         "<p>Fishermen who use the southern quay said the delay had cost them little so far, "
         "though the winter storms were still to come and the wall was old.</p>")


def dated(tmp_path: Path, before: str = "", inside: str = "") -> str | None:
    html = (f"<html><head><title>Harbour stays shut</title></head><body>{before}<article>"
            f"<h1>Harbour stays shut</h1>{inside}{STORY}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    return load(path).published


def test_a_date_the_story_only_mentions_is_not_the_pages_date(tmp_path: Path) -> None:
    assert dated(tmp_path) is None


@pytest.mark.parametrize(("line", "iso"), [
    ('<span class="about">Published 3 March 2019</span>', "2019-03-03"),
    ('<div class="x"><span>Last updated</span> <span>May 4, 2021</span></div>', "2021-05-04"),
    ('<span class="about">publiziert am 30. Juli 2018</span>', "2018-07-30"),
])
def test_a_date_line_the_page_gives_as_its_own_is_its_date(tmp_path: Path, line: str,
                                                            iso: str) -> None:
    assert dated(tmp_path, before=line) == iso


def test_a_sentence_that_opens_with_published_is_no_date_line(tmp_path: Path) -> None:
    sentence = ("<p>Published on 2 June 2008 after a long inquiry, the first report on the quay "
                "wall found cracks that the owners had been told about for years.</p>")
    assert dated(tmp_path, inside=sentence) is None


def test_a_date_with_its_month_in_letters_in_the_pages_address_is_its_date(
        tmp_path: Path) -> None:
    """A page at ".../2019/nov/18/..." was dated from its list of sources ("Oct. 13, 2019"),
    or not at all: htmldate reads addresses with the month in figures only."""
    head = '<link rel="canonical" href="https://news.example.org/2019/nov/18/harbour-shut/">'
    sources = '<div class="sources"><p class="date">Harbour report, Oct. 13, 2019</p></div>'
    html = (f"<html><head><title>Harbour stays shut</title>{head}</head><body><article>"
            f"<h1>Harbour stays shut</h1>{STORY}{sources}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    assert load(path).published == "2019-11-18"
