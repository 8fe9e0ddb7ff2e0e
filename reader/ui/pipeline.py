"""Pipeline: the spaCy pipeline the session analyses with, in a thread or an analysis process."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from reader.analysis.service import AnalysisService
from reader.ui.workers import Progress, Task, start_task

LoadNlp = Callable[[str | None], Any]


class Pipeline(QObject):
    """The pipeline, or the analysis process that holds it, got ready in the background.

    Without load_nlp, the pipeline is an analysis process: the service given, else one started
    when first asked for (a new one starts when the model changes, or when it dies). With
    load_nlp (the tests), the pipeline is loaded in a thread.

    Signals: ready() once nlp is set; failed(message).
    """

    ready = Signal()
    failed = Signal(str)

    def __init__(self, load_nlp: LoadNlp | None, parent: QObject | None = None, *,
                 service: AnalysisService | None = None) -> None:
        super().__init__(parent)
        self._load_nlp = load_nlp
        self.service = service
        self.nlp: Any = None  # the pipeline, or the service once it is ready
        self.task: Task | None = None
        self.closed = False

    @property
    def uses_service(self) -> bool:
        return self._load_nlp is None

    def start(self, model: str | None) -> None:
        """Load the spaCy pipeline in the background (or start the analysis process)."""
        if self.closed or (self.task is not None and self.task.running):
            return
        load_nlp = self._load_nlp
        job: Callable[[Progress, threading.Event], object]
        if load_nlp is None:
            try:
                service = self._fresh_service(model)
            except OSError as error:  # no process can be started (out of memory, say)
                self.failed.emit(f"The analysis could not start: {error}")
                return
            if self.nlp is service:
                return  # that process is ready
            job = lambda _p, cancel: service.wait_ready(cancel)  # noqa: E731
        else:
            job = lambda _p, _c: load_nlp(model)  # noqa: E731
        self.nlp = None
        self.task = start_task(self, job, self._on_task_finished, self._on_task_failed)

    def _fresh_service(self, model: str | None) -> AnalysisService:
        """The analysis process for this pipeline: the running one, or a new one."""
        if self.service is not None and self.service.alive and self.service.model == model:
            return self.service
        if self.service is not None:
            self.service.close()
        self.service = AnalysisService(model)
        return self.service

    @Slot(object)
    def _on_task_finished(self, nlp: Any) -> None:
        self.nlp = nlp
        self.ready.emit()

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        self.failed.emit(message)
