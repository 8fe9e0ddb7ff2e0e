"""Both themes: the dark one is applied, and text stays readable on every highlight and mark."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from reader.document import TextSpan
from reader.paths import sample_article
from reader.settings import DEFAULT_COLOURS
from reader.ui.article_view import UNDERLINES
from reader.ui.highlights import NOTE, NUMBER, QUOTE, Highlight
from reader.ui.main_window import MainWindow
from reader.ui.settings_dialog import SettingsDialog
from reader.ui.theme import PAPER, READABLE, apply_theme, contrast, marked_on_paper, on_paper
from tests.ui.conftest import MakeWindow, open_and_wait
from tests.ui.driving import char_format, click_text, dialog_answer, entity_named

WORDS = {label: f"Word{i}" for i, label in enumerate(DEFAULT_COLOURS)}
NON_TEXT = 3.0  # WCAG contrast for lines and marks that are not text
DISTINCT = 40  # delta E: another colour at a glance, not a shade of one
MARKED_APART = 14  # delta E: a shade of the colour, plain beside it


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, make_window: MakeWindow, qtbot: QtBot,
           tmp_path: Path) -> Iterator[MainWindow]:
    """A window in a theme on a short article holding one word for each entity type."""
    article = tmp_path / "words.txt"
    article.write_text("Colours\n\n" + " and ".join(WORDS.values()) + ".\n", encoding="utf-8")
    window = make_window()
    window.change_settings(window.settings.replace(theme=request.param))
    open_and_wait(qtbot, window, article)
    yield window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")


def theme_of(window: MainWindow) -> str:
    return window.settings.theme


def word_span(window: MainWindow, word: str) -> TextSpan:
    text = window.session.document.text  # type: ignore[union-attr]
    start = text.index(word)
    return TextSpan(start, start + len(word))


def paper_and_ink(window: MainWindow) -> tuple[QColor, QColor]:
    palette = window.view.palette()
    return palette.base().color(), palette.text().color()


def painted(qtbot: QtBot, window: MainWindow) -> dict[str, tuple[QColor, QColor]]:
    """Paint one highlight of each type; the (ink, background) each word gets."""
    highlights = [Highlight(word_span(window, word), label, f"e-{label}")
                  for label, word in WORDS.items()]
    with qtbot.waitSignal(window.view.highlights_painted, timeout=10_000):
        window.view.set_highlights(highlights, window.settings.colours)
    found = {}
    positions = window.view.positions
    assert positions is not None
    for label, word in WORDS.items():
        cursor = QTextCursor(window.view.document())
        cursor.setPosition(positions.position(word_span(window, word).start) + 1)
        fmt = cursor.charFormat()
        found[label] = fmt.foreground().color(), fmt.background().color()
    return found


def test_the_chosen_theme_is_applied(themed: MainWindow) -> None:
    paper, ink = PAPER[theme_of(themed)]
    assert paper_and_ink(themed) == (QColor(paper), QColor(ink))
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert (window_colour.lightnessF() < 0.5) == (theme_of(themed) == "dark")


def test_the_reading_text_and_the_windows_text_are_readable(themed: MainWindow) -> None:
    paper, ink = paper_and_ink(themed)
    assert contrast(ink, paper) >= READABLE
    palette = QApplication.palette()
    for back, fore in ((QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
                       (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
                       (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
                       (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)):
        assert contrast(palette.color(fore), palette.color(back)) >= READABLE, (back, fore)


def test_every_entity_highlight_is_readable(qtbot: QtBot, themed: MainWindow) -> None:
    paper, _ink = paper_and_ink(themed)
    for label, (ink, background) in painted(qtbot, themed).items():
        assert (background, ink) == on_paper(DEFAULT_COLOURS[label], paper)
        assert (background == QColor(DEFAULT_COLOURS[label])) == (theme_of(themed) == "light")
        ratio = contrast(ink, background)
        assert ratio >= READABLE, f"{label} in {theme_of(themed)}: {ratio:.2f}"


def test_an_open_entitys_marked_mentions_are_readable(qtbot: QtBot, themed: MainWindow) -> None:
    inks = painted(qtbot, themed)
    for label in WORDS:
        themed.painter.mark_entity((word_span(themed, WORDS[label]),), label)
        colour = themed.view.marked("entity").background
        ratio = contrast(inks[label][0], colour)
        assert ratio >= READABLE, f"{label} marked in {theme_of(themed)}: {ratio:.2f}"


def test_an_open_entitys_mentions_stand_apart_from_the_other_highlights(
        qtbot: QtBot, themed: MainWindow) -> None:
    """On dark paper the open entity's mentions were 7 to 11 delta E from the type's other
    highlights (on light paper 20 to 22): which names were the entity's hardly showed. Now
    they stand as far apart as their light ink still reads."""
    inks = painted(qtbot, themed)
    for label in WORDS:
        themed.painter.mark_entity((word_span(themed, WORDS[label]),), label)
        marked = themed.view.marked("entity").background
        difference = colour_difference(inks[label][1], marked)
        assert difference >= MARKED_APART, f"{label} in {theme_of(themed)}: {difference:.1f}"


def colour_difference(one: QColor, other: QColor) -> float:
    """CIE76 delta E, the distance of two opaque colours in CIELAB (D65): about 2 is just
    noticeable; the closest two highlight colours (two greens) are 9 apart."""

    def lab(colour: QColor) -> tuple[float, float, float]:
        def linear(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (linear(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
        return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)

    return math.dist(lab(one), lab(other))


def test_found_words_are_marked_in_a_colour_like_no_other(
        qtbot: QtBot, themed: MainWindow) -> None:
    inks = painted(qtbot, themed)
    paper, _ink = paper_and_ink(themed)
    themed.actions_by_name["find"].trigger()
    themed.find_bar.field.setText("Word")  # every highlighted word
    spans, found, ink = themed.view.marked("find")
    assert len(spans) == len(WORDS)
    assert contrast(ink, found) >= READABLE, "found words are readable"
    seen = {"paper": paper,
            "selection": QApplication.palette().color(QPalette.ColorRole.Highlight),
            **{f"{kind} underline": QColor(colour) for kind, colour in UNDERLINES.items()}}
    for label, (_word_ink, background) in inks.items():
        seen[label] = background
        seen[f"{label} marked"] = marked_on_paper(DEFAULT_COLOURS[label], paper)
    for name, colour in seen.items():
        difference = colour_difference(found, colour)
        assert difference >= DISTINCT, f"found words look like {name}: {difference:.0f}"
    # on a word of the open entity too, the found word's mark is the one seen
    person = word_span(themed, WORDS["PERSON"])
    themed.painter.mark_entity((person,), "PERSON")
    assert themed.view.positions is not None
    here = themed.view.positions.position(person.start)
    on_top = [s for s in themed.view.extraSelections()
              if s.cursor.selectionStart() <= here < s.cursor.selectionEnd()][-1]
    assert on_top.format.background().color() == found
    assert on_top.format.foreground().color() == ink


def test_underlines_stand_out_from_the_paper(themed: MainWindow) -> None:
    paper, _ink = paper_and_ink(themed)
    for kind, colour in UNDERLINES.items():
        ratio = contrast(QColor(colour), paper)
        assert ratio >= NON_TEXT, f"{kind} underline in {theme_of(themed)}: {ratio:.2f}"


def test_contrast_ratios_of_known_pairs() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_the_legends_toggles_take_the_themes_text_colour(themed: MainWindow) -> None:
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    for kind in ("quote", "number"):
        button = themed.legend.toggle_button(kind)
        assert button is not None
        assert button.isChecked()
        assert f"color: {text.name()}" in button.styleSheet()
        assert contrast(text, QApplication.palette().color(QPalette.ColorRole.Window)) >= READABLE


def pixel_of(button: QWidget) -> QColor:
    """The colour a legend toggle is drawn in, just inside its left edge."""
    button.repaint()
    return button.grab().toImage().pixelColor(4, button.height() // 2)


@pytest.mark.parametrize("how", ["settings", "palette", "system"])
def test_a_new_theme_reaches_every_themed_part(qtbot: QtBot, make_window: MakeWindow,
                                               tmp_path: Path, how: str) -> None:
    """However the theme changes (the window's settings applied, the application's palette set,
    the system's scheme changing under the 'system' setting), the paper, the byline, the
    highlights, the open entity's marked mentions and the legend's toggles follow it."""
    article = tmp_path / "theme.txt"
    article.write_text("Lights Out\n\nBy Ada Quill\n\nMaria Lopez met Tom Baker in Paris on"
                       " Monday. Maria Lopez said the city was quiet.\n", encoding="utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = make_window()
    window.change_settings(window.settings.replace(theme="system" if how == "system" else "light"))
    if how == "system":
        apply_theme(app, "dark")  # as left by a scheme the system no longer shows
    open_and_wait(qtbot, window, article)
    person = entity_named(window, "Maria Lopez")
    click_text(qtbot, window, person.mentions[0])
    assert window.dossier.isVisible()
    try:
        with qtbot.waitSignal(window.view.highlights_painted, timeout=10_000):
            if how == "settings":
                window.apply_settings(window.settings.replace(theme="dark"))
            elif how == "palette":
                apply_theme(app, "dark")
            else:
                QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        theme = "light" if how == "system" else "dark"
        paper = QColor(PAPER[theme][0])
        assert window.view.paper() == paper
        colour = DEFAULT_COLOURS["PERSON"]
        background, ink = on_paper(colour, paper)
        fmt = char_format(window, person.mentions[1].start)
        assert (fmt.background().color(), fmt.foreground().color()) == (background, ink)
        assert window.view.marked("entity").background == marked_on_paper(colour, paper)
        byline = char_format(window, window.session.document.text.index("By "))  # type: ignore[union-attr]
        assert byline.foreground().color() == QApplication.palette().placeholderText().color()
        toggle = window.legend.toggle_button("PERSON")
        assert toggle is not None
        assert pixel_of(toggle).name() == background.name()
    finally:
        apply_theme(app, "light")


def strongest_contrast(widget: QWidget, background: QColor) -> float:
    """The contrast of the inkiest pixel a widget draws with a background: its text's."""
    image = widget.grab().toImage()
    return max(contrast(image.pixelColor(x, y), background)
               for x in range(image.width()) for y in range(image.height()))


def test_a_message_reads_in_either_theme_and_follows_a_new_one(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """The bar saying a file could not be opened, and its close button, are readable in both
    themes; on a dark window the bar is dark too, and it follows a theme changed under it."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    window = make_window()
    window.change_settings(window.settings.replace(theme="light"))
    window.open_path(empty)
    qtbot.waitUntil(lambda: "empty.txt" in window.messages.text, timeout=20_000)
    bar = window.messages
    try:
        for theme in ("dark", "light", "dark"):
            window.apply_settings(window.settings.replace(theme=theme))
            background = bar.grab().toImage().pixelColor(2, 2)
            assert background.lightnessF() < 0.5 if theme == "dark" else (
                background.lightnessF() > 0.5), theme
            for part in (bar.label, bar.close_button):
                ratio = strongest_contrast(part, background)
                assert ratio >= READABLE, f"{part.text()!r} in {theme}: {ratio:.2f}"
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, "light")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_settings_show_each_colour_as_the_article_paints_it(
        qtbot: QtBot, make_window: MakeWindow, theme: str) -> None:
    """Settings › Highlight colours: each type's sample is the colour on the theme's paper, in
    its ink (on a dark window, the deepened colour under light ink, as in the article; the
    light pastels glared there and showed a colour the article never paints)."""
    window = make_window()
    window.change_settings(window.settings.replace(theme=theme))
    seen: dict[str, tuple[str, float]] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        for label, button in dialog.colour_buttons.items():
            pixel = button.grab().toImage().pixelColor(6, button.height() // 2)
            seen[label] = pixel.name(), strongest_contrast(button, pixel)

    answer = dialog_answer(qtbot, look, accept=False)
    try:
        window.actions_by_name["settings"].trigger()
        assert answer.answered
        paper = QColor(PAPER[theme][0])
        for label, colour in DEFAULT_COLOURS.items():
            background, _ink = on_paper(colour, paper)
            assert seen[label][0] == background.name(), label
            assert seen[label][1] >= READABLE, label
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, "light")


def test_the_dossiers_quiet_line_reads_in_either_theme(qtbot: QtBot, themed: MainWindow) -> None:
    """The line saying what the dossier has nothing of is quiet, yet readable: its inkiest pixel
    at READABLE on the list's paper, in the theme shown and after a change of theme."""
    open_and_wait(qtbot, themed, sample_article())
    analysis = themed.session.analysis
    assert analysis is not None
    themed.show_entity(next(e for e in analysis.entities if e.mention_count == 1).id)
    items = themed.dossier.items
    quiet = items.topLevelItem(items.topLevelItemCount() - 1)
    assert quiet is not None
    assert quiet.text(0).startswith("No "), quiet.text(0)
    items.scrollToItem(quiet)
    qtbot.waitUntil(lambda: items.viewport().height() > 40)

    def reads() -> float:
        rect = items.visualItemRect(quiet)
        image = items.viewport().grab(rect).toImage()
        paper = items.palette().base().color()
        return max(contrast(image.pixelColor(x, y), paper)
                   for x in range(image.width()) for y in range(image.height()))

    assert reads() >= READABLE, theme_of(themed)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light" if theme_of(themed) == "dark" else "dark")
    qtbot.wait(50)
    assert reads() >= READABLE, "after a change of theme"


def underline_contrast(window: MainWindow, span: TextSpan) -> float:
    """How far the line under a word, as painted, stands from the paper: its most contrasting
    coloured pixel (the ink is grey, the lines are coloured)."""
    paper, _ink = paper_and_ink(window)
    image = window.view.viewport().grab().toImage()
    scale = image.devicePixelRatio()
    assert window.view.positions is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.positions.position(span.start))
    left = window.view.cursorRect(cursor)
    cursor.setPosition(window.view.positions.position(span.end))
    right = window.view.cursorRect(cursor).left()
    best = 1.0
    for y in range(left.top(), left.bottom() + 6):
        for x in range(left.left() + 2, right - 2):
            colour = image.pixelColor(int(x * scale), int(y * scale))
            if colour.hsvSaturationF() > 0.25:
                best = max(best, contrast(colour, paper))
    return best


def test_every_underline_as_painted_stands_out_from_the_paper(
        qtbot: QtBot, themed: MainWindow) -> None:
    """The quote's line, the number's dashes and the note's wave, as they come on the page: the
    wave is a pixel thin and smoothed, so its colour must stand further from the paper."""
    kinds = dict(zip(WORDS.values(), (QUOTE, NUMBER, NOTE), strict=False))
    highlights = [Highlight(word_span(themed, word), kind, None) for word, kind in kinds.items()]
    with qtbot.waitSignal(themed.view.highlights_painted, timeout=10_000):
        themed.view.set_highlights(highlights, themed.settings.colours)
    seen = {kind: underline_contrast(themed, word_span(themed, word))
            for word, kind in kinds.items()}
    assert min(seen.values()) >= NON_TEXT, (theme_of(themed), seen)


def test_placeholders_read_in_either_theme(qtbot: QtBot, themed: MainWindow) -> None:
    """The grey hints in empty boxes are read, not decoration: the Entities filter box's and the
    disabled note box's ('Choose a note above ...'), their inkiest pixel at READABLE on the box.
    """
    notes = themed.notes
    assert notes is not None
    themed.side_panel.setCurrentWidget(notes)
    body = notes.editor.body
    assert not body.isEnabled()
    qtbot.waitUntil(lambda: body.viewport().height() > 20)
    inside = body.viewport()
    seen = {"note box": strongest_contrast(inside, inside.grab().toImage().pixelColor(2, 2))}
    themed.side_panel.setCurrentWidget(themed.side_panel.entities)
    field = themed.side_panel.entities.filter
    assert field.text() == ""
    image = field.grab(field.rect().adjusted(4, 4, -4, -4)).toImage()
    background = image.pixelColor(image.width() - 2, image.height() // 2)
    seen["filter box"] = max(contrast(image.pixelColor(x, y), background)
                             for x in range(image.width()) for y in range(image.height()))
    assert min(seen.values()) >= READABLE, (theme_of(themed), seen)
