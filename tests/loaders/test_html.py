"""The HTML loader: the article only, metadata from the page, nothing fetched, clean failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import BlockKind
from reader.errors import DocumentLoadError
from reader.loaders import load
from tests.conftest import SEEDS
from tests.loaders.helpers import assert_well_formed, texts_of

FURNITURE = ("cookie", "Advertisement", "garden furniture", "Most read", "Comments",
             "Shameful", "All rights reserved", "Privacy", "Weather")
BODY = "".join(
    f"<p>Paragraph {n} tells how the town council debated the harbour plan for a long "
    f"evening, and how the vote went in the end after much argument.</p>" for n in range(1, 6)
)


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head>'
            f"<body><article>{body}</article></body></html>")


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "page.html"
    path.write_bytes(text.encode(encoding))
    return path


def test_the_sample_page_gives_the_article_without_page_furniture(no_network: list[str]) -> None:
    document = load(SEEDS / "sample.html")
    for word in FURNITURE:
        assert word not in document.text, word
    assert "Tomas Veld" in document.text
    assert document.title == "Wrenhaven Launches Its First Solar Ferry"
    assert document.byline == "Maren Holt"
    assert document.published == "2024-04-12"
    assert_well_formed(document)
    assert no_network == []


def test_remote_images_stylesheets_and_scripts_are_never_fetched(tmp_path: Path,
                                                                 no_network: list[str]) -> None:
    head = ('<link rel="stylesheet" href="http://css.example.test/a.css">'
            '<script src="https://js.example.test/app.js"></script>'
            '<script>fetch("https://api.example.test/track")</script>'
            '<meta http-equiv="refresh" content="0; url=http://elsewhere.example.test/">')
    body = ('<img src="http://img.example.test/a.jpg"><iframe src="http://frame.example.test/">'
            f"</iframe>{BODY}<img srcset=\"http://img.example.test/b.jpg 2x\">")
    document = load(write(tmp_path, page(body, head)))
    assert "Paragraph 5" in document.text
    assert "fetch(" not in document.text
    assert no_network == []


def test_headings_paragraphs_quotes_and_lists_are_separate_blocks(tmp_path: Path) -> None:
    body = (f"<h1>Harbour Plan Passes</h1>{BODY}<h2>What Came Next</h2>"
            "<blockquote><p>We will start in spring, the mayor said to the crowd.</p></blockquote>"
            f"{BODY}<ul><li>First point of the plan</li><li>Second point of the plan</li></ul>")
    document = load(write(tmp_path, page(body, "<title>Harbour Plan Passes</title>")))
    assert document.blocks[0].kind is BlockKind.TITLE
    assert texts_of(document, BlockKind.HEADING) == ["What Came Next"]
    assert texts_of(document, BlockKind.QUOTE) == [
        "We will start in spring, the mayor said to the crowd."]
    assert texts_of(document, BlockKind.LIST_ITEM) == ["First point of the plan",
                                                       "Second point of the plan"]
    assert len(texts_of(document, BlockKind.PARAGRAPH)) == 10
    assert_well_formed(document)


def test_hidden_elements_and_pop_up_cards_are_not_the_article(tmp_path: Path) -> None:
    card = ('<span class="person-popover"><a href="/people/rosa">Rosa Almeida</a>'
            '<span class="person-popover-card"><img src="rosa.jpg"><a href="/p/r">Rosa Maria '
            'Almeida</a> Harbour chief since 2019</span></span>')
    body = (f"<p>The harbour chief {card} said on Monday that the new crane would arrive in "
            "spring, after a long delay over the contract.</p>"
            '<p style="display: none">Subscribe now for only one pound a week.</p>'
            "<p hidden>Share this story with a friend.</p>" + BODY)
    document = load(write(tmp_path, page(body)))
    text = document.text
    assert "The harbour chief Rosa Almeida said on Monday" in text
    for hidden in ("Rosa Maria", "Subscribe", "Share this"):
        assert hidden not in text
    assert_well_formed(document)


def test_blocks_of_links_to_other_stories_are_not_the_article(tmp_path: Path) -> None:
    promo = ('<section class="pushdown-promo"><h3 class="pushdown-promo-title">Harbour Awards '
             '2024</h3><article class="promo-item"><a href="/a/1"><h3 class="promo-item-title">'
             'Ferry Crews Lead Harbour Awards Nominations: See the Full List</h3></a></article>'
             '<article class="promo-item"><a href="/a/2"><h3 class="promo-item-title">Lighthouse '
             'Keepers Added to Harbour Awards Lineup</h3></a></article></section>')
    document = load(write(tmp_path, page(promo + BODY)))
    assert "Nominations" not in document.text
    assert "Lighthouse Keepers" not in document.text
    assert "how the vote went in the end" in document.text


def test_a_paragraph_pointing_to_another_story_is_not_the_article(tmp_path: Path) -> None:
    """'Related: The Ten Oldest Lighthouses on the Coast' between two paragraphs is another
    story's headline, read as the article's own (its names as mentions, 'Related' as an
    event). A paragraph of a label (Related, Read more, See also) and a headline is dropped;
    one that only begins with such a word, or says more than a headline, stays."""
    pointers = ("<p>Related: The Ten Oldest Lighthouses on the Coast</p>"
                "<p>Read more: Ferry Crews Lead Harbour Awards Nominations</p>"
                "<p>See also:  Dredging the harbour, a timeline</p>")
    kept = ("<p>Related costs rose too, the harbour master said on Tuesday evening.</p>"
            "<p>Read more: the council's report, which runs to 90 pages, found that the harbour "
            "walls need work before the dredging can start next spring.</p>")
    first, rest = BODY.split("</p>", 1)
    document = load(write(tmp_path, page(f"{first}</p>{pointers}{kept}{rest}")))
    for headline in ("Ten Oldest Lighthouses", "Harbour Awards", "a timeline"):
        assert headline not in document.text
    assert "Related costs rose too" in document.text
    assert "runs to 90 pages" in document.text
    assert "how the vote went in the end" in document.text


def test_an_article_inside_a_block_named_like_links_is_kept(tmp_path: Path) -> None:
    document = load(write(tmp_path, page(f'<div class="story-related-wrapper">{BODY}</div>')))
    assert "how the vote went in the end" in document.text


def test_nested_lists_keep_their_depth_and_the_item_text_around_them(tmp_path: Path) -> None:
    body = (f"{BODY}<ul><li>Outer item starts<ul><li>Inner item one</li><li>Inner item two</li>"
            "</ul>and goes on</li><li>Second outer item</li></ul>")
    document = load(write(tmp_path, page(body)))
    items = [(b.level, b.span.of(document.text)) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]
    assert items == [(1, "Outer item starts and goes on"), (2, "Inner item one"),
                     (2, "Inner item two"), (1, "Second outer item")]


def test_trailing_headings_and_copyright_lines_are_not_the_article(tmp_path: Path) -> None:
    body = (f"{BODY}<h3>Storm closes the coast road for a week</h3>"
            "<h3>Bakery wins the regional prize again</h3><p>© 2024 The Harbour Times</p>")
    document = load(write(tmp_path, page(body)))
    assert document.text.endswith("how the vote went in the end after much argument.")


def test_the_title_is_shown_when_the_body_lacks_it(tmp_path: Path) -> None:
    document = load(write(tmp_path, page(BODY, "<title>Harbour Plan Passes</title>")))
    assert document.title == "Harbour Plan Passes"
    assert texts_of(document, BlockKind.TITLE) == ["Harbour Plan Passes"]


@pytest.mark.parametrize(("title", "shown"), [
    ("Harbour Plan Passes | The Harbour Times", "Harbour Plan Passes"),
    ("Harbour Plan Passes - The Harbour Times", "Harbour Plan Passes"),
])
def test_the_site_name_is_taken_off_the_title(tmp_path: Path, title: str, shown: str) -> None:
    head = (f'<meta property="og:title" content="{title}">'
            '<meta property="og:site_name" content="The Harbour Times">')
    assert load(write(tmp_path, page(BODY, head))).title == shown


@pytest.mark.parametrize(("title", "site", "shown"), [
    ("Harbour Plan Passes - The Anti-Rust Review", "The Anti-Rust Review", "Harbour Plan Passes"),
    ("Harbour Plan Passes | Quayside", "Quayside Magazine", "Harbour Plan Passes"),
    ("Harbour Plan Passes | Quayside Magazine", "QuaysideMagazine", "Harbour Plan Passes"),
    ("Quayside | News of the coast: Harbour Plan Passes", "Quayside | News of the coast",
     "Harbour Plan Passes"),
    ("Quayside: Harbour Plan Passes", "Quayside", "Quayside: Harbour Plan Passes"),
])
def test_the_site_name_is_taken_off_either_end_of_the_title(tmp_path: Path, title: str,
                                                            site: str, shown: str) -> None:
    """"... - The Anti-June Cleaver" kept its site (a hyphen in the name), "... | Inexhibit" its
    site "Inexhibit magazine", "LinkNaija | Nigeria's popular news platform: ..." its site ahead."""
    head = (f'<meta property="og:title" content="{title}">'
            f'<meta property="og:site_name" content="{site}">')
    assert load(write(tmp_path, page(BODY, head))).title == shown


def test_a_declared_charset_is_honoured(tmp_path: Path) -> None:
    body = BODY.replace("town council", "Städtische Rat") + "<p>Grüße aus Köln.</p>"
    document = load(write(tmp_path, page(body, charset="iso-8859-1"), "latin-1"))
    assert "Städtische Rat" in document.text


def test_malformed_html_still_loads(tmp_path: Path) -> None:
    broken = ("<html><head><title>Broken</title><body><div><p>Paragraph one about the harbour "
              "plan and the long council debate that evening, told at length.<p>Paragraph two "
              "follows without closing tags <b>bold <i>both</b> and so on, with more words "
              "about the council vote.</div></span></table><p>Paragraph three &nbsp; &bogus; "
              "ends the story of the council and the harbour in some detail")
    document = load(write(tmp_path, broken))
    assert "Paragraph three" in document.text
    assert_well_formed(document)


@pytest.mark.parametrize("markup", [
    "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    "<<<>>> <!-- --> <",
    "<html><head><script>var x = 1;</script></head><body></body></html>",
])
def test_a_page_without_article_text_is_a_clear_error(tmp_path: Path, markup: str) -> None:
    with pytest.raises(DocumentLoadError, match="has no article text"):
        load(write(tmp_path, markup))


def test_ordered_list_items_are_numbered_and_bullets_not(tmp_path: Path) -> None:
    body = (f"{BODY}<ol><li>Register with the clerk</li><li>Bring a written statement<ol>"
            "<li>Two pages at most</li></ol></li><li>Arrive by seven</li></ol>"
            "<ul><li>Parking is free after six</li></ul>")
    document = load(write(tmp_path, page(body)))
    items = [(b.level, b.number) for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [(1, 1), (1, 2), (2, 1), (1, 3), (1, None)]


def test_prompts_and_markers_inside_the_article_are_not_the_article(tmp_path: Path) -> None:
    half = BODY.index("<p>Paragraph 3")
    body = (f"{BODY[:half]}<h2>Story continues below gallery</h2>"
            "<p>Subscribe to the Harbour Morning newsletter</p>"
            "<p>Get the day's top stories delivered to your inbox every morning.</p>"
            "<p>Advertisement</p>"
            "<p>Continue reading the main story</p>"
            f"{BODY[half:]}<p>The newsletter of the harbour board, she said, had not reached the "
            "subscribers who signed up for it in your inbox or theirs this year at all, which "
            "angered many of the members at the meeting on Tuesday evening.</p>")
    text = load(write(tmp_path, page(body, "<title>Harbour plan passes</title>"))).text
    for prompt in ("Story continues", "Subscribe", "delivered to your inbox", "Advertisement",
                   "Continue reading"):
        assert prompt not in text
    assert "Paragraph 5 tells" in text
    assert "The newsletter of the harbour board" in text  # a long paragraph is the article's


def test_a_date_htmldate_cannot_read_goes_to_an_english_only_dateparser(tmp_path: Path) -> None:
    """A damaged date ('2024-0Z-12') went to dateparser in all of its 200 languages, 3 s a string
    (15 s for a page): Reader reads English, so dateparser is asked in English only."""
    from htmldate import extractors

    head = '<meta property="article:published_time" content="2024-0Z-12T09:30:00+02:00">'
    body = "<h1>Harbour reopens</h1>" + "<p>The harbour reopened on Monday after the storm.</p>" * 6
    document = load(write(tmp_path, page(body, head)))
    assert document.text.startswith("Harbour reopens\n\nThe harbour reopened on Monday")
    assert extractors.get_external_parser().languages == ["en"]


def test_the_licence_search_reader_never_reads_is_left_out(tmp_path: Path) -> None:
    """trafilatura looked for a licence among the links under every element named "footer", in
    time that grows with the square of what they hold: 10 s of a 3.6 MB page's 14 s load, where
    the footer's name was on a wrapper around the whole body. Reader shows no licence, so the
    search is left out, and a page with a licence link in its footer loads as before."""
    from trafilatura import metadata

    links = '<div class="site-footer"><a href="https://creativecommons.org/licenses/by/4.0/">CC</a>'
    document = load(write(tmp_path, page(BODY + links + "</div>")))
    assert document.text.startswith("Paragraph 1 tells")
    assert metadata.extract_license(metadata.load_html(page(BODY + links + "</div>"))) is None


def test_a_dateline_element_is_kept_apart_from_the_sentence_it_opens(tmp_path: Path) -> None:
    """A dateline the page's style sheet sets apart ('<cite>Oslo (Harbour News)</cite>The')
    read "(Harbour News)The ferry": after a closing bracket the text runs on with a space, where
    a word split over two elements stays whole."""
    body = ('<p><cite class="source">Oslo (Harbour News)</cite>The ferry sailed on Monday after '
            'a long delay, the <b>Wash</b>ington office of the company said.</p>'
            '<p><span>[Updated]</span>3 crews were on board when it left the quay.</p>' + BODY)
    text = load(write(tmp_path, page(body))).text
    assert "Oslo (Harbour News) The ferry sailed" in text
    assert "the Washington office" in text
    assert "[Updated] 3 crews" in text


@pytest.mark.parametrize(("names", "date_line", "byline"), [
    ("Ann Berg", "November 15, 2019", "Ann Berg"),
    ("Ann Berg", "Published 11:11 PM Nov 19, 2019", "Ann Berg"),
    ("Clara May", "12/03/2019", "Clara May"),
])
def test_a_date_line_after_the_byline_leaves_no_word_on_it(tmp_path: Path, names: str,
                                                             date_line: str, byline: str) -> None:
    """trafilatura read the date line after a byline into it, up to the date's digits: "Ann Berg
    November"; the month or label goes, a name that is also a month ("May") stays."""
    head = ('<div class="post-author-date"><h6 class="byline"><em>By </em><a href="/a/">'
            f'<span class="byline-author">{names}</span></a></h6><p><em>{date_line}</em></p></div>')
    document = load(write(tmp_path, page(f"<h1>Harbour plan passes</h1>{head}{BODY}")))
    assert document.byline == byline


@pytest.mark.parametrize(("author", "byline"), [
    ("Ann Berg, MS, RDN", "Ann Berg"),
    ("ANN BERG, Harbour News Ferry Writer", "ANN BERG"),
    ("Ann Berg, Ole Dahl", "Ann Berg; Ole Dahl"),
    ("Harbour News Writers", "Harbour News Writers"),
])
def test_a_job_title_or_degree_is_no_name_on_the_byline(tmp_path: Path, author: str,
                                                        byline: str) -> None:
    """The page's author "Ann Berg, MS, RDN" read as three names, "Ann Berg; MS; RDN": a job
    title and the letters of a degree name nobody, and go when a name is left."""
    head = f'<meta name="author" content="{author}">'
    document = load(write(tmp_path, page(f"<h1>Harbour plan passes</h1>{BODY}", head)))
    assert document.byline == byline


def test_a_heading_that_repeats_the_title_below_the_first_paragraph_goes(tmp_path: Path) -> None:
    """A page set its dateline's paragraph above the headline: the headline showed as the title
    and again as a heading under the first paragraph."""
    body = ("<p>Oslo (Harbour News) The ferry sailed on Monday after a long delay over the "
            "contract for its engines.</p><h1>Harbour ferry sails at last</h1>" + BODY +
            "<h2>What came next</h2>" + BODY)
    document = load(write(tmp_path, page(body, "<title>Harbour ferry sails at last</title>")))
    assert texts_of(document, BlockKind.TITLE) == ["Harbour ferry sails at last"]
    assert texts_of(document, BlockKind.HEADING) == ["What came next"]


def test_a_label_left_without_its_links_and_a_call_for_comments_are_furniture(
        tmp_path: Path) -> None:
    """"Also:" stood alone where its links to other stories had been, and "You may also
    like...", "Tell us what YOU think..." and "comments" trailed articles."""
    body = (BODY + "<p>Also:</p>" + BODY + "<p>You may also like...</p>"
            "<p>Tell us what YOU think...</p><p>Comments</p>")
    text = load(write(tmp_path, page(body, "<title>Harbour plan passes</title>"))).text
    for label in ("Also:", "You may also like", "Tell us what", "Comments"):
        assert label not in text
    assert text.endswith("how the vote went in the end after much argument.")


def test_a_line_under_the_headline_that_is_only_the_byline_is_meta(tmp_path: Path) -> None:
    """"Staff Reports" stood under a headline as a paragraph of the article: a line that is only
    the names the page gives as its author is the byline, with or without "By"."""
    head = '<meta name="author" content="Harbour Staff Reports">'
    body = "<h1>Harbour plan passes</h1><p>Harbour Staff Reports</p>" + BODY
    document = load(write(tmp_path, page(body, head)))
    assert texts_of(document, BlockKind.META) == ["Harbour Staff Reports"]
    assert document.byline == "Harbour Staff Reports"


@pytest.mark.parametrize("account", ["Admin", "Quaysideadmin", "webmaster"])
def test_a_sites_account_is_no_byline(tmp_path: Path, account: str) -> None:
    """Blogs and small sites sign pages with the account that posted them ("Admin",
    "Jdadmin"): nobody wrote the article by that name."""
    byline = f'<p class="byline">By <span class="author">{account}</span></p>'
    assert load(write(tmp_path, page(f"<h1>Harbour plan passes</h1>{byline}{BODY}"))).byline is None


def test_a_name_given_again_and_a_sites_address_are_no_more_names(tmp_path: Path) -> None:
    """"Troy Smith; Troy L Smith; Cleveland com" named one writer twice and a site."""
    head = '<meta name="author" content="Ann Berg, Ann K. Berg, Quayside.com">'
    document = load(write(tmp_path, page(f"<h1>Harbour plan passes</h1>{BODY}", head)))
    assert document.byline == "Ann Berg"
