"""Light and dark themes: following the system's colour scheme unless the settings pick one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

PAPER = {"light": ("#fbfaf7", "#1f1f1f"), "dark": ("#1f2023", "#dcdcdc")}
READABLE = 4.5  # WCAG AA contrast for body text
LIGHT_SELECTION = "#2a6fb0"  # Fusion's #308cc6 gives white text only 3.7:1
HIGHLIGHT_INK = {"light": "#1b1b1b", "dark": "#ededed"}
# Found words, in both themes: a vivid magenta under dark ink, opaque over any highlight. Every
# highlight is a pastel (a deep one on dark paper), the underlines are blue, orange and amber,
# the selection blue: the translucent amber used before looked like the groups' yellow.
FOUND = ("#ff66ff", HIGHLIGHT_INK["light"])
DARK_HIGHLIGHT = (0.6, 0.22)  # on dark paper: saturation kept, lightness of the deepened colour
_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e3e3e3",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#27292d",
    QPalette.ColorRole.Text: "#dcdcdc",
    QPalette.ColorRole.Button: "#33363b",
    QPalette.ColorRole.ButtonText: "#e3e3e3",
    QPalette.ColorRole.ToolTipBase: "#33363b",
    QPalette.ColorRole.ToolTipText: "#e3e3e3",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb0f0",
}


def effective_theme(theme: str) -> str:
    """light or dark: the setting, or the system's scheme when the setting is 'system'."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def apply_theme(app: QApplication, theme: str) -> str:
    """Set the application palette for a theme setting; returns the theme applied."""
    applied = effective_theme(theme)
    app.setPalette(dark_palette() if applied == "dark" else light_palette(app))
    return applied


def light_palette(app: QApplication) -> QPalette:
    """The style's own palette, with a selection dark enough for its white text."""
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(LIGHT_SELECTION))
    # placeholders (the filter boxes, the note box saying how to get a note) read at READABLE
    # even on the window's colour, where a disabled box is drawn: the style's half-transparent
    # text stood at 4.0 on white, 3.9 there
    quiet = quiet_ink(palette.color(QPalette.ColorRole.Text),
                      palette.color(QPalette.ColorRole.Window))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, quiet)
    return palette


def paint_paper(widget: QWidget, applied: str) -> None:
    """Give the reading area its paper and ink colours, its other colours the application's
    (the widget's own may not have followed a new theme yet)."""
    paper, ink = PAPER.get(applied, PAPER["light"])
    palette = QApplication.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(paper))
    palette.setColor(QPalette.ColorRole.Text, QColor(ink))
    widget.setPalette(palette)


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2) of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, from 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def quiet_ink(ink: QColor, paper: QColor) -> QColor:
    """The ink faded toward the paper as far as it still reads at READABLE: for a line that says
    little, such as what there is none of."""
    channels = ((ink.redF(), paper.redF()), (ink.greenF(), paper.greenF()),
                (ink.blueF(), paper.blueF()))
    for share in (step / 20 for step in range(21)):  # of the ink, the rest the paper's
        mixed = QColor.fromRgbF(*(share * i + (1 - share) * p for i, p in channels))
        if contrast(mixed, paper) >= READABLE:
            return mixed
    return QColor(ink)


def thin_line_on_paper(colour: str, paper: QColor) -> QColor:
    """A thin smoothed line's colour (the wave under a noted passage): its hue moved away from
    the paper in lightness until it stands at READABLE against it, as a pixel-thin wave shows
    only about two-thirds of its colour's contrast (so at WCAG's 3:1 for marks at least)."""
    base = QColor(colour)
    hue, saturation, lightness = max(base.hslHueF(), 0.0), base.hslSaturationF(), base.lightnessF()
    step = 0.01 if is_dark(paper) else -0.01
    line = QColor(base)
    while contrast(line, paper) < READABLE and 0.0 < lightness < 1.0:
        lightness = min(max(lightness + step, 0.0), 1.0)
        line = QColor.fromHslF(hue, saturation, lightness)
    return line


def is_dark(paper: QColor) -> bool:
    return paper.lightnessF() < 0.5


def on_paper(colour: str, paper: QColor) -> tuple[QColor, QColor]:
    """A highlight's background and ink: the colour as set on light paper; on dark paper its hue
    deepened under light ink, so the names do not glare."""
    if not is_dark(paper):
        return QColor(colour), QColor(HIGHLIGHT_INK["light"])
    base = QColor(colour)
    kept, lightness = DARK_HIGHLIGHT
    return (QColor.fromHslF(max(base.hslHueF(), 0.0), base.hslSaturationF() * kept, lightness),
            QColor(HIGHLIGHT_INK["dark"]))


def marked_on_paper(colour: str, paper: QColor) -> QColor:
    """The background of an open entity's mentions: a step further from the paper than its
    highlights, the ink staying the same. On dark paper the step is as long as the light ink
    still reads with a margin, up to twice as light (a fixed 130% left them 7 to 11 delta E
    from the highlights, against 20 on light paper)."""
    background, ink = on_paper(colour, paper)
    if not is_dark(paper):
        return background.darker(135)
    factor = 130
    while factor < 200 and contrast(ink, background.lighter(factor + 5)) >= READABLE + 0.5:
        factor += 5
    return background.lighter(factor)
