"""WindowState: geometry, splitters and the reading position, kept with QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from reader import paths

FIRST_SHARES = {"splitter": (1100, 900), "right": (400, 600)}  # before any is saved; scaled


class WindowState:
    """QSettings in the data folder (so tests and READER_DATA_DIR keep it apart)."""

    def __init__(self) -> None:
        self.settings = QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)
        self.dossier_height: int | None = None  # the entity panel's, as the reader dragged it
        width = self.settings.value("panel/width", type=int)
        self.panel_width: int | None = width if isinstance(width, int) and width > 0 else None

    def restore(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
        for key, splitter in splitters.items():
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)
            elif key in FIRST_SHARES:  # sizes from size hints would let a long legend decide
                splitter.setSizes(list(FIRST_SHARES[key]))
        fit_to_screen(window)

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter],
             reading: tuple[Path, int] | None) -> None:
        self.settings.setValue("geometry", window.saveGeometry())
        for key, splitter in splitters.items():
            self.settings.setValue(key, splitter.saveState())
        self.settings.setValue("panel/width", self.panel_width or 0)  # 0: not dragged
        if reading is not None:
            self.settings.setValue("last/path", str(reading[0].resolve()))
            self.settings.setValue("last/offset", reading[1])
        self.settings.sync()

    def reading_offset(self, path: Path) -> int | None:
        """Where the last session left this file, if it was the last one read."""
        if self.settings.value("last/path") != str(path.resolve()):
            return None
        offset = self.settings.value("last/offset", 0, type=int)
        return offset if isinstance(offset, int) else None


def fit_to_screen(window: QWidget) -> None:
    """A window no larger than its screen's free area, and inside it: the first size (1360 x
    860) on a 1024 x 768 laptop, or a size saved on a larger monitor, would leave the side panel
    past the screen's edge wherever no window manager trims it."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    extra = window.frameGeometry().size() - window.geometry().size()  # title bar and borders
    width = min(window.width(), area.width() - extra.width())
    height = min(window.height(), area.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    if not area.contains(frame):
        window.move(max(area.left(), min(frame.left(), area.right() - frame.width() + 1)),
                    max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1)))
