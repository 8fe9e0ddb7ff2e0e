"""PanelSizes: the side panel's width, the entity panel's height; fitted until the reader drags."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QSplitter

from reader.ui import commands
from reader.ui.dossier import Dossier
from reader.ui.window_state import FIRST_SHARES, WindowState


class PanelSizes(QObject):
    """The article beside the right column (splitter), the entity's panel above the lists
    (right). The right column is held at commands.panel_least and the entity's panel fitted to
    its rows, until the reader drags a handle: the reader's size then stays (in the WindowState:
    the column's width from one session to the next, the panel's height for this one) until the
    entity's panel is closed or the layout reset."""

    def __init__(self, splitter: QSplitter, right: QSplitter, dossier: Dossier,
                 state: WindowState) -> None:
        super().__init__(splitter)
        self.splitter, self.right, self.dossier, self.state = splitter, right, dossier, state
        splitter.splitterMoved.connect(self._on_splitter_moved)
        right.splitterMoved.connect(self._on_right_moved)

    @Slot(int, int)
    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.state.panel_width = self.right.width()

    @Slot(int, int)
    def _on_right_moved(self, _pos: int, _index: int) -> None:
        if self.dossier.isVisible():
            self.state.dossier_height = self.right.sizes()[0]

    @Slot()
    def fit_dossier(self) -> None:
        """The entity's panel as tall as the reader dragged it, else as its rows need, up to
        half the right column (a panel of five rows kept half the column, blank below them);
        the lists below take the rest."""
        if not self.dossier.isVisible():
            return
        total = sum(self.right.sizes())
        least = self.dossier.minimumSizeHint().height()
        height = self.state.dossier_height
        if height is None:
            self.right.refresh()  # the panel laid out at its size, shown just now
            layout = self.dossier.layout()
            if layout is not None:
                layout.activate()
            height = min(self.dossier.wanted_height(), total // 2)
        height = max(height, least)
        if self.right.sizes()[0] != height:
            self.right.setSizes([height, total - height])

    def forget_dossier(self) -> None:
        """The entity's panel closed: the next is fitted to its rows."""
        self.state.dossier_height = None

    def follow_width(self, width: int) -> None:
        """The right column in a window this wide: never narrower than the reader can drag it
        (commands.panel_floor), nor than panel_least unless the reader dragged it narrower."""
        self.right.setMinimumWidth(commands.panel_floor(width))
        held = commands.panel_least(width)
        if self.state.panel_width is not None:
            held = min(held, self.state.panel_width)
        total = sum(self.splitter.sizes())
        if self.right.width() < held < total:
            self.splitter.setSizes([total - held, held])

    def reset(self) -> None:
        """The first layout: the first shares of the window, the entity's panel fitted."""
        self.forget_dossier()
        self.state.panel_width = None
        shares = FIRST_SHARES["splitter"]
        total = sum(self.splitter.sizes())
        article = round(total * shares[0] / sum(shares))
        self.splitter.setSizes([article, total - article])
        self.fit_dossier()
