"""Small constructors for the buttons, tooltips and file dialogs the widgets here make, alike."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import pairwise

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QToolButton, QWidget

# Platforms with no screen anyone looks at: no system file dialog there, so Qt's own is used.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})
TIP_LINE = 80  # characters a tooltip shows on one line
TIP_WIDTH = 440  # pixels: the width a longer one wraps at


def tool_button(parent: QWidget, text: str, tip: str, *, checkable: bool = False,
                flat: bool = True) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    button.setChecked(checkable)
    button.setAutoRaise(flat)
    return button


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Make Tab go through these widgets in this order (of one window, already placed in it:
    a chain set before a widget is placed is not kept)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def push_button(parent: QWidget, text: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    return button


def clip(text: str, limit: int) -> str:
    """A text in one line of at most limit characters, whitespace folded; a longer one ends in
    "…" after its last whole word (mid-word only where one word would leave half the line)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:  # the cut falls inside a word
        words = cut.rsplit(" ", 1)[0]
        if len(words) > limit // 2:
            cut = words
    return cut.rstrip(" ,;:") + "…"


def long_tip(text: str) -> str:
    """A tooltip showing the whole of a text a row clips, whitespace folded: a short one on one
    line, a long one wrapped in a box TIP_WIDTH wide (a plain tip runs as wide as the screen,
    and Qt's own wrapping of rich text squeezes it into a narrow column)."""
    folded = " ".join(text.split())
    if len(folded) <= TIP_LINE and "<" not in folded:
        return folded
    return f'<table width="{TIP_WIDTH}"><tr><td>{escape(folded, quote=False)}</td></tr></table>'


def file_dialog_options() -> QFileDialog.Option:
    """The system's own file dialog for people; Qt's widget dialog on a headless platform.

    A desktop user expects the system dialog (its places, its recent files, the portal a
    sandboxed install needs to reach files at all); offscreen there is none to show, and Qt's
    own dialog is the one a test can find and fill.
    """
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)
