"""Starting the window: display checks, the app, the store, the first document, screenshots."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader import paths
from reader.errors import ReaderError
from reader.settings import Settings, load_settings

log = logging.getLogger(__name__)

XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor.so.0", "xcb-icccm": "libxcb-icccm.so.4",
                 "xcb-keysyms": "libxcb-keysyms.so.1"}
XCB_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
SCREENSHOT_SIZE = (1400, 880)
SCREENSHOT_TIMEOUT_MS = 180_000


def _library_found(name: str, soname: str) -> bool:
    if ctypes.util.find_library(name):
        return True
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def x_server_answers(display: str) -> bool | None:
    """Whether an X server takes a connection at a local display (":0"), by libxcb as Qt's X11
    plugin connects; None where that cannot be told (no libxcb, or a display on another host,
    whose connection could wait on the network)."""
    if not display.startswith(":"):
        return None
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    failed = int(xcb.xcb_connection_has_error(connection))
    xcb.xcb_disconnect(connection)  # also frees the error connection xcb_connect returns
    return failed == 0


def display_problem(environ: Mapping[str, str], platform: str = sys.platform,
                    found: Callable[[str, str], bool] = _library_found,
                    answers: Callable[[str], bool | None] = x_server_answers) -> str | None:
    """Why Qt could not open a window here, in one line, or None when it should."""
    if not platform.startswith("linux"):
        return None
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if not qpa and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return ("no display: DISPLAY and WAYLAND_DISPLAY are unset; run Reader in a desktop "
                "session, or set QT_QPA_PLATFORM=offscreen to run it headless")
    uses_xcb = qpa.startswith("xcb") or (not qpa and not environ.get("WAYLAND_DISPLAY"))
    if uses_xcb and environ.get("DISPLAY"):
        missing = [soname for name, soname in XCB_LIBRARIES.items() if not found(name, soname)]
        if missing:
            return (f"Qt's X11 plugin needs {', '.join(missing)}: install them with "
                    f"`sudo apt-get install {XCB_PACKAGES}`")
        display = environ["DISPLAY"]
        if answers(display) is False:
            return (f"cannot open the X display {display}: no X server answers there; run "
                    "Reader in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it "
                    "headless")
    return None


def open_store() -> tuple[Any, str | None]:
    """The notes store, or None and the reason (the window still opens without notes)."""
    try:
        from reader.notes.store import NoteStore
    except ImportError:
        return None, None
    try:
        return NoteStore.open_default(), None
    except ReaderError as error:
        return None, str(error)


def first_document(path: Path | None, settings: Settings) -> tuple[Path, bool]:
    """The file to open: the one asked for, else the last one read, else the sample.

    The flag says whether it is the last one read, asked for again or not (its reading position
    comes back too: `reader article.txt` reopened the article read last at its top).
    """
    if path is not None:
        last = settings.recent_files[0] if settings.recent_files else None
        return path, last is not None and Path(last) == path.resolve()
    if settings.recent_files and Path(settings.recent_files[0]).is_file():
        return Path(settings.recent_files[0]), True
    return paths.sample_article(), False


def _qt_message(mode: Any, _context: Any, message: str) -> None:
    """Qt's own messages go to the log; the offscreen platform's size-hint notice is dropped."""
    if "propagateSizeHints" in message:
        return
    from PySide6.QtCore import QtMsgType

    quiet = mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
    log.log(logging.DEBUG if quiet else logging.WARNING, "Qt: %s", message)


def start_analysis(path: Path | None, model: str | None = None) -> Any:
    """Start the analysis process before Qt is imported, so that spaCy loads on the other core
    while the window is built. None when the first document's analysis is already cached (the
    window starts the process once its page is painted), or when no process can start."""
    from reader.analysis.service import AnalysisService

    settings = load_settings()
    if model:
        settings = settings.replace(model=model)
    if _analysis_cached(first_document(path, settings)[0], settings):
        return None
    try:
        return AnalysisService(settings.model)
    except OSError as error:
        log.warning("the analysis process could not start early (%s)", error)
        return None


def _analysis_cached(path: Path, settings: Settings) -> bool:
    """Whether a small text file's analysis is in the cache (other files are not read twice)."""
    from reader.analysis import cache
    from reader.analysis.nlp import installed_pipeline_id
    from reader.loaders import load, quick_to_load

    pipeline = installed_pipeline_id(settings.model)
    if pipeline is None or not quick_to_load(path):
        return False
    try:
        document = load(path, settings=settings)
    except ReaderError:
        return False
    return cache.get_by_id(document, *pipeline) is not None


def launch(path: Path | None, *, model: str | None = None, service: Any = None,
           before_open: Callable[[Any, Any], None] | None = None) -> tuple[Any, Any]:
    """Create the application and the window on the first document; returns (app, window).

    Analyses run in an analysis process: service (from start_analysis), else one the window
    starts when it needs it. before_open(app, window) runs once the window exists, before the
    document opens. The display is run's to check, before the analysis process starts.
    """
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setStyle("Fusion")
    qInstallMessageHandler(_qt_message)
    settings = load_settings()
    if model:
        settings = settings.replace(model=model)
    store, store_problem = open_store()
    window = MainWindow(store, settings, None, service)
    window.show()
    window.activateWindow()  # keys reach the window at once, with or without a window manager
    if before_open is not None:
        before_open(app, window)
    target, restoring = first_document(path, settings)
    window.open_path(target)
    if restoring:
        window.restore_reading_position(target)
    if store_problem:
        window.messages.show_message(f"Notes are unavailable: {store_problem}")
    return app, window


def run(path: Path | None, *, model: str | None = None, screenshot: Path | None = None) -> int:
    """The GUI command: open the window and run until it closes (or the screenshot is saved)."""
    problem = display_problem(os.environ)
    if problem:
        raise ReaderError(problem)
    if screenshot is None:
        return _run_window(path, model, None)
    with _apart_from_the_readers_data():
        return _run_window(path, model, screenshot)


@contextmanager
def _apart_from_the_readers_data() -> Iterator[None]:
    """A screenshot's run in an empty data folder: the picture is of the defaults (the sample,
    not the file read last; none of the reader's notes or colours), and the run leaves the
    reader's recent files, window state and library as they were. The analysis cache is
    shared."""
    saved = {name: os.environ.get(name) for name in ("READER_DATA_DIR", "READER_CACHE_DIR")}
    os.environ["READER_CACHE_DIR"] = str(paths.cache_dir())
    with tempfile.TemporaryDirectory(prefix="reader-screenshot-",
                                     ignore_cleanup_errors=True) as folder:
        os.environ["READER_DATA_DIR"] = folder
        try:
            yield
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _run_window(path: Path | None, model: str | None, screenshot: Path | None) -> int:
    """Open the window, with its analysis process, and run until it closes."""
    service = start_analysis(path, model)
    try:
        app, window = launch(path, model=model, service=service, before_open=(
            None if screenshot is None else
            lambda app, window: _arrange_screenshot(app, window, screenshot)))
        status = int(app.exec())
    finally:
        if service is not None:
            service.close()
    if window.store is not None:
        window.store.close()
    if screenshot is not None and not screenshot.is_file():
        raise ReaderError(f"no screenshot was written to {screenshot}")
    return status


def _arrange_screenshot(app: Any, window: Any, out: Path) -> None:
    """Once the analysis is painted (or failed, or timed out), grab the window to a PNG and quit."""
    from PySide6.QtCore import QTimer

    window.resize(*SCREENSHOT_SIZE)

    def grab() -> None:
        app.processEvents()
        if not window.grab().save(str(out), "PNG"):
            log.error("could not write %s", out)
        window.close()
        app.quit()

    def soon(*_args: object) -> None:
        QTimer.singleShot(300, grab)

    window.highlights_painted.connect(soon)
    window.session.analysis_failed.connect(soon)
    window.session.pipeline_failed.connect(soon)
    window.session.open_failed.connect(soon)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, grab)
