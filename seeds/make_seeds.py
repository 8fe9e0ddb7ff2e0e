"""Make the sample articles seeds/sample.{md,html,pdf,docx,epub} from one short made-up story.

Run once, from the repository root: `uv run --with reportlab python seeds/make_seeds.py`.
The story is invented for Reader (a made-up town and people); it is not a real news report.
"""

from __future__ import annotations

import html
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLE = "Wrenhaven Launches Its First Solar Ferry"
AUTHOR = "Maren Holt"
DATE_TEXT = "April 12, 2024"
DATE_ISO = "2024-04-12"
INTRO = [
    "The harbour town of Wrenhaven put its first solar-powered ferry into service on Friday, "
    "replacing a diesel boat that had crossed the estuary for thirty-one years.",
    "The new vessel, named Kestrel, carries up to 120 passengers and 14 bicycles. Its roof holds "
    "64 solar panels, and a battery bank lets it run for about nine hours without sunshine.",
    "Mayor Ilse Brandt said the council had spent four years planning the switch. The ferry cost "
    "2.4 million euros, of which a regional climate fund paid roughly half.",
]
HEADING = "What riders said"
QUOTE = ("\u201cIt is so quiet that you can hear the gulls again,\u201d said Tomas Veld, "
         "a teacher who crosses twice a day.")
MIDDLE = [
    "Not everyone was pleased. Fishermen at the north quay complained that the new timetable "
    "drops the early crossing at 5:40, which they use to reach the market.",
    "The operator, Estuary Lines, said it would review the timetable in June after counting "
    "passengers for two months.",
]
LIST_HEADING = "The Kestrel in figures"
FIGURES = ["120 passengers and 14 bicycles", "64 solar panels on the roof",
           "About nine hours of running on the battery alone"]
CLOSING = ("A second solar ferry is planned for the southern route by 2026, the council said, "
           "if the first one meets its targets through the winter.")


def markdown() -> str:
    lines = [f"# {TITLE}", "", f"By {AUTHOR}", "", DATE_TEXT, ""]
    lines += [p for para in INTRO for p in (para, "")]
    lines += [f"## {HEADING}", "", f"> {QUOTE}", ""]
    lines += [p for para in MIDDLE for p in (para, "")]
    lines += [f"## {LIST_HEADING}", ""] + [f"- {item}" for item in FIGURES] + ["", CLOSING, ""]
    return "\n".join(lines)


def html_page() -> str:
    def paras(items: list[str]) -> str:
        return "\n".join(f"<p>{html.escape(p)}</p>" for p in items)

    items = "".join(f"<li>{html.escape(i)}</li>" for i in FIGURES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | The Wrenhaven Courier</title>
<meta name="author" content="{AUTHOR}">
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="{DATE_ISO}T09:30:00+02:00">
<link rel="stylesheet" href="https://static.example.com/css/site.css">
<script src="https://ads.example.com/loader.js"></script>
<script>window.trackers = ["https://metrics.example.com/pixel"];</script>
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience.
By continuing to browse you accept our cookie policy.</p><button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="advert"><img src="https://ads.example.com/banner.gif" alt="Advertisement">
<p>Advertisement: Buy garden furniture now, half price this week only!</p></div>
<main><article>
<h1>{TITLE}</h1>
<p class="byline">By {AUTHOR}</p>
<time datetime="{DATE_ISO}">{DATE_TEXT}</time>
<figure><img src="https://images.example.com/kestrel.jpg" alt="The Kestrel at the quay">
<figcaption>The Kestrel at the town quay.</figcaption></figure>
{paras(INTRO)}
<h2>{HEADING}</h2>
<blockquote><p>{html.escape(QUOTE)}</p></blockquote>
{paras(MIDDLE)}
<h2>{LIST_HEADING}</h2>
<ul>{items}</ul>
<p>{html.escape(CLOSING)}</p>
</article></main>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Storm closes coastal road</a></li>
<li><a href="/b">Bakery wins regional prize</a></li></ul></aside>
<section class="comments" id="comments"><h3>Comments (2)</h3>
<div class="comment"><p>Great news for the town, about time!</p></div>
<div class="comment"><p>What about the early crossing? Shameful.</p></div></section>
<footer><p>&copy; 2024 The Wrenhaven Courier. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""


def make_pdf(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()

    def running(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(72, A4[1] - 40, "The Wrenhaven Courier")  # type: ignore[attr-defined]
        canvas.drawString(A4[0] / 2, 30, f"Page {doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    def para(text: str, style: str = "BodyText") -> list[object]:
        return [Paragraph(html.escape(text), styles[style]), Spacer(1, 6)]

    story = para(TITLE, "Title") + para(f"By {AUTHOR}") + para(DATE_TEXT)
    for text in INTRO:
        story += para(text)
    story += [PageBreak(), *para(HEADING, "Heading2"), *para(QUOTE, "Italic")]
    for text in MIDDLE:
        story += para(text)
    story += para(LIST_HEADING, "Heading2")
    for text in [*FIGURES, CLOSING]:
        story += para(text)
    doc = SimpleDocTemplate(str(out), pagesize=A4, title=TITLE, author=AUTHOR, invariant=1)
    doc.build(story, onFirstPage=running, onLaterPages=running)


def make_docx(out: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = AUTHOR
    document.add_heading(TITLE, 1)
    document.add_paragraph(f"By {AUTHOR}")
    document.add_paragraph(DATE_TEXT)
    for text in INTRO:
        document.add_paragraph(text)
    document.add_heading(HEADING, 2)
    document.add_paragraph(QUOTE, style="Quote")
    for text in MIDDLE:
        document.add_paragraph(text)
    document.add_heading(LIST_HEADING, 2)
    for item in FIGURES:
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(CLOSING)
    document.save(str(out))


def _xhtml(title: str, body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
            f"<head><title>{html.escape(title)}</title></head><body>{body}</body></html>")


def make_epub(out: Path) -> None:
    def paras(items: list[str]) -> str:
        return "".join(f"<p>{html.escape(p)}</p>" for p in items)

    chapter1 = f"<h1>{TITLE}</h1><p>By {AUTHOR}</p>{paras(INTRO)}"
    items = "".join(f"<li>{html.escape(i)}</li>" for i in FIGURES)
    chapter2 = (f"<h2>{HEADING}</h2><blockquote><p>{html.escape(QUOTE)}</p></blockquote>"
                f"{paras(MIDDLE)}<h2>{LIST_HEADING}</h2><ul>{items}</ul>{paras([CLOSING])}")
    nav = ('<nav epub:type="toc"><ol><li><a href="chapter1.xhtml">Launch</a></li>'
           '<li><a href="chapter2.xhtml">Reactions</a></li></ol></nav>')
    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">urn:uuid:7d1c5d1e-2b8a-4a57-9a53-5b0f2f6c1a01</dc:identifier>
<dc:title>{TITLE}</dc:title><dc:creator>{AUTHOR}</dc:creator><dc:language>en</dc:language>
<dc:date>{DATE_ISO}</dc:date><meta property="dcterms:modified">2024-04-12T00:00:00Z</meta>
</metadata><manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="c1" href="Text/chapter1.xhtml" media-type="application/xhtml+xml"/>
<item id="c2" href="Text/chapter2.xhtml" media-type="application/xhtml+xml"/>
</manifest><spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>"""
    container = ('<?xml version="1.0"?><container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="OEBPS/content.opf" '
                 'media-type="application/oebps-package+xml"/></rootfiles></container>')
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        members = {
            "META-INF/container.xml": container,
            "OEBPS/content.opf": opf,
            "OEBPS/nav.xhtml": _xhtml("Contents", nav),
            "OEBPS/Text/chapter1.xhtml": _xhtml(TITLE, chapter1),
            "OEBPS/Text/chapter2.xhtml": _xhtml(TITLE, chapter2),
        }
        for name, text in members.items():
            archive.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)


def main() -> None:
    (HERE / "sample.md").write_text(markdown(), encoding="utf-8")
    (HERE / "sample.html").write_text(html_page(), encoding="utf-8")
    make_pdf(HERE / "sample.pdf")
    make_docx(HERE / "sample.docx")
    make_epub(HERE / "sample.epub")


if __name__ == "__main__":
    main()
