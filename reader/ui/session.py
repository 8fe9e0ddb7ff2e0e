"""Session: the open document, its analysis and corrections, and the background work behind them."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.analysis.corrections import apply_corrections
from reader.analysis.model import Analysis
from reader.analysis.nlp import installed_pipeline_id
from reader.analysis.service import AnalysisService
from reader.document import Document
from reader.errors import DocumentLoadError, ReaderError
from reader.loaders import quick_to_load
from reader.loaders.apart import ApartReader
from reader.settings import Settings
from reader.ui.pipeline import LoadNlp, Pipeline
from reader.ui.reading import loaded, read
from reader.ui.workers import Progress, Task, start_task

log = logging.getLogger(__name__)

WARM_UP_DELAY_MS = 5_000
SERVICE_DELAY_MS = 2_000
LONG_TEXT_DELAY_MS = 1_000
LONG_TEXT = 100_000  # characters; without an analysis process, longer texts get one of their own


def is_long(document: Document) -> bool:
    """Whether a text is long enough that its highlights are worked out in a worker, and that,
    without an analysis process, spaCy in a thread would stall the window."""
    return len(document.text) > LONG_TEXT


class Session(QObject):
    """What is open and what is known about it.

    Without load_nlp, every analysis runs in an analysis process: the service given, else one
    started when the first analysis needs it (a new one starts when the pipeline setting
    changes, or when it dies). With load_nlp (the tests), the pipeline is loaded in a thread,
    and a long text gets an analysis process of its own.

    Signals: pipeline_loading() when an analysis waits for the pipeline to load;
    pipeline_ready(); pipeline_failed(message); document_opened(Document);
    open_failed(path, reason); reading(path) while a file is read in a worker (seconds for a big
    page) and reading_ended() once that read is over, however it ended; analysis_started()
    (also when it waits for the analysis before it to stop); analysis_progress(done, total);
    analysis_finished(Analysis) when a run (or the cache) delivers; analysis_changed(Analysis or
    None) whenever the shown analysis changes (corrections included); analysis_failed(message).
    """

    pipeline_loading = Signal()
    pipeline_ready = Signal()
    pipeline_failed = Signal(str)
    document_opened = Signal(object)
    open_failed = Signal(str, str)
    reading = Signal(str)
    reading_ended = Signal()
    analysis_started = Signal()
    analysis_progress = Signal(int, int)
    analysis_finished = Signal(object)
    analysis_changed = Signal(object)
    analysis_failed = Signal(str)

    def __init__(self, store: Any, settings: Settings, load_nlp: LoadNlp | None,
                 parent: QObject | None = None, *, service: AnalysisService | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.pipeline = Pipeline(load_nlp, self, service=service)
        self.pipeline.ready.connect(self._on_pipeline_ready)
        self.pipeline.failed.connect(self._on_pipeline_failed)
        self.document: Document | None = None
        self.record: Any = None
        self.raw: Analysis | None = None
        self.analysis: Analysis | None = None
        self._loading: Task | None = None
        self._abandoned: list[Task] = []  # reads no longer wanted, joined on shutdown
        self._reader = ApartReader()  # every file but a small text: Cancel and Quit end it
        self._opening = Path()  # the file being opened, named if it fails
        self._analysing: Task | None = None
        self._analysing_sha = ""
        self._wanted = False
        self._warm_later = False
        self._analysing_in_child = False

    @property
    def _uses_service(self) -> bool:
        return self.pipeline.uses_service

    @property
    def service(self) -> AnalysisService | None:
        """The analysis process, once one is started."""
        return self.pipeline.service

    # -- pipeline --------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Get the pipeline ready ahead of need. An analysis process starts at once, or, when
        the cache had the article, once its page is painted. In this process, loading waits
        while a long text is analysed in a child: importing spaCy holds the GIL in long
        stretches."""
        if self._uses_service:
            if self.service is not None or self.raw is None:
                self.start_pipeline()
            else:
                QTimer.singleShot(SERVICE_DELAY_MS, self, self.start_pipeline)
            return
        long_text_pending = (self.document is not None and is_long(self.document)
                             and self.raw is None)
        if long_text_pending or (self.analysing and self._analysing_in_child):
            self._warm_later = True
        elif self.pipeline.nlp is None:
            self.start_pipeline()

    def start_pipeline(self) -> None:
        """Load the spaCy pipeline in the background (or start the analysis process)."""
        self.pipeline.start(self.settings.model)

    @Slot()
    def _on_pipeline_ready(self) -> None:
        self.pipeline_ready.emit()
        if self._wanted:
            self._analyse()

    @Slot(str)
    def _on_pipeline_failed(self, message: str) -> None:
        self.pipeline_failed.emit(message)

    # -- opening ---------------------------------------------------------------------------
    def open_path(self, path: Path) -> None:
        """Open a file: at once when small, else in a worker; failures leave the open one. A
        file still being read is no longer wanted: the last one asked for opens (the same one
        asked for again reads on, rather than start over)."""
        if self._loading is not None and path == self._opening:
            return
        self.cancel_reading()
        self._opening = path
        if not quick_to_load(path):
            settings, reader = self.settings, self._reader
            self._loading = start_task(
                self, lambda _p, cancel: read(reader, path, settings, cancel),
                self._on_read, self._on_read_failed)
            self.reading.emit(str(path))
            return
        self._on_loaded(loaded(path, self.settings))

    @property
    def opening(self) -> Path:
        """The file asked for last."""
        return self._opening

    @property
    def reading_file(self) -> bool:
        """Whether a file is being read in a worker."""
        return self._loading is not None

    def cancel_reading(self) -> None:
        """Stop waiting for the file being read: the window keeps what it shows. Its reading
        process ends at once (a result already on its way is dropped)."""
        task, self._loading = self._loading, None
        if task is None:
            return
        task.cancel()
        if task.running:
            self._abandoned.append(task)
            task.ended.connect(self._on_abandoned_ended)
        self.reading_ended.emit()

    @Slot()
    def _on_abandoned_ended(self) -> None:
        self._abandoned = [task for task in self._abandoned if task.running]

    def _read_by_current(self) -> bool:
        """Whether the worker that sent this result reads the file now wanted (a result of a
        read given up may already be on its way)."""
        if self._loading is None or self.sender() is not self._loading.worker:
            return False
        self._loading = None
        self.reading_ended.emit()
        return True

    @Slot(object)
    def _on_read(self, loaded: Document | ReaderError) -> None:
        if self._read_by_current():
            self._on_loaded(loaded)

    @Slot(str)
    def _on_read_failed(self, message: str) -> None:  # a bug in a loader, told in one line
        if self._read_by_current():
            self.open_failed.emit(str(self._opening), message)

    def _on_loaded(self, loaded: Document | ReaderError) -> None:
        if isinstance(loaded, DocumentLoadError):  # its path and reason, apart
            self.open_failed.emit(str(loaded.path), loaded.reason)
        elif isinstance(loaded, ReaderError):
            self.open_failed.emit(str(self._opening), str(loaded))
        else:
            self.show_document(loaded)

    def show_document(self, document: Document) -> None:
        self.document, self.raw, self.analysis = document, None, None
        self.record = self._remember(document)
        self.document_opened.emit(document)
        self.analysis_changed.emit(None)
        cached = self._cached(document) if not is_long(document) else None
        if cached is not None:
            self._accept(cached)
            return
        self._wanted = True
        if self._uses_service or not is_long(document):
            self._analyse()
        else:  # the child needs seconds to start anyway: let the window lay the long text out
            QTimer.singleShot(LONG_TEXT_DELAY_MS, self, self._analyse_if_wanted)

    def close_document(self) -> None:
        self.cancel_reading()
        self.cancel_analysis()
        self.document = self.record = self.raw = self.analysis = None
        self.document_opened.emit(None)
        self.analysis_changed.emit(None)

    def _remember(self, document: Document) -> Any:
        if self.store is None:
            return None
        path = str(document.source_path or "")
        try:
            return self.store.open_document(document.sha256, path, document.display_name,
                                            document.text)
        except ReaderError as error:
            log.warning("the notes store could not record %s: %s", path, error)
            return None

    # -- analysis --------------------------------------------------------------------------
    def _analyse(self) -> None:
        document = self.document
        if document is None:
            return
        if self._analysing is not None and self._analysing.running:
            self._analysing.cancel()  # one at a time: the next starts when this one ends,
            self.analysis_started.emit()  # and is under way from now, as far as the reader sees
            return
        in_thread = not self._uses_service and not is_long(document)
        if isinstance(self.pipeline.nlp, AnalysisService) and not self.pipeline.nlp.alive:
            # the process has died since (killed, out of memory): a new one
            self.pipeline.nlp = None
        if (in_thread or self._uses_service) and self.pipeline.nlp is None:
            self.start_pipeline()
            self.pipeline_loading.emit()
            return  # starts when the pipeline is ready
        self._wanted = False
        nlp, model = self.pipeline.nlp, self.settings.model

        def job(progress: Progress, cancel: threading.Event) -> object:
            if isinstance(nlp, AnalysisService):
                return nlp.analyze(document, progress, cancel)
            if in_thread:
                from reader.analysis import cache  # importing the extractors loads spaCy

                return cache.cached_analyze(document, nlp, progress=progress)
            with AnalysisService(model) as own:
                return own.analyze(document, progress, cancel)

        self._analysing_sha = document.sha256
        self._analysing_in_child = not in_thread
        self._analysing = start_task(self, job, self._on_analysed, self._on_analysis_failed,
                                     self.analysis_progress)
        self._analysing.ended.connect(self._on_analysis_ended)
        self.analysis_started.emit()

    @Slot()
    def _analyse_if_wanted(self) -> None:
        if self._wanted:
            self._analyse()

    def reanalyse(self) -> None:
        """Analyse the open document again (after a pipeline change)."""
        self._wanted = True
        self._analyse()

    def cancel_analysis(self) -> None:
        self._wanted = False
        if self._analysing is not None:
            self._analysing.cancel()

    @property
    def analysing(self) -> bool:
        return self._analysing is not None and self._analysing.running

    @Slot(object)
    def _on_analysed(self, analysis: Analysis) -> None:
        if self.document is None or analysis.sha256 != self.document.sha256:
            log.debug("dropping an analysis for a document no longer open")
            return
        self._accept(analysis)

    @Slot(str)
    def _on_analysis_failed(self, message: str) -> None:
        if self.document is not None and self._analysing_sha == self.document.sha256:
            self.analysis_failed.emit(message)

    @Slot()
    def _on_analysis_ended(self) -> None:
        if self._wanted:
            self._analyse()
        elif self._warm_later:  # later still: the window is taking the long result in
            self._warm_later = False
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self.warm_up)

    def _accept(self, analysis: Analysis) -> None:
        self.raw = analysis
        self.analysis = self._corrected(analysis)
        self.analysis_changed.emit(self.analysis)
        self.analysis_finished.emit(self.analysis)

    # -- corrections and cache -------------------------------------------------------------
    def corrections(self) -> list[Any]:
        if self.store is None or self.record is None:
            return []
        return list(self.store.corrections_for(self.record.id))

    def _corrected(self, analysis: Analysis) -> Analysis:
        corrections = self.corrections()
        if not corrections:
            return analysis
        text = self.document.text if self.document is not None else None
        return apply_corrections(analysis, corrections, text=text)

    def add_correction(self, correction: Any) -> None:
        """Store a correction for the open document and show the analysis with it applied."""
        if self.store is None or self.record is None or self.raw is None:
            return
        self.store.add_correction(self.record.id, correction)
        self.analysis = self._corrected(self.raw)
        self.analysis_changed.emit(self.analysis)

    def _cached(self, document: Document) -> Analysis | None:
        """The cached analysis, found before the pipeline loads (its meta.json names it)."""
        from reader.analysis import cache

        if self.pipeline.nlp is not None and not self._uses_service:
            return cache.get(document, self.pipeline.nlp)
        pipeline = installed_pipeline_id(self.settings.model)
        return cache.get_by_id(document, *pipeline) if pipeline is not None else None

    # -- tasks -----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop every worker and wait for its thread (on close)."""
        self._wanted, self.pipeline.closed = False, True
        tasks = [task for task in (self._analysing, self._loading, self.pipeline.task,
                                   *self._abandoned) if task]
        for task in tasks:
            task.cancel()
        if self.service is not None:
            self.service.close()  # ends an analysis at once, and the process with it
        for task in tasks:
            task.join()
        self._reader.close()
