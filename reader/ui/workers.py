"""The one kind of background worker: a QObject in a QThread running a job, no widgets touched."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reader.errors import Cancelled, ReaderError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Job = Callable[[Progress, threading.Event], object]


_paused = 0
_paused_lock = threading.Lock()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while a job runs: a collection started by the job's
    allocations would run in its thread, and freeing a Qt widget there aborts the program.
    Cycles wait for the GUI thread instead."""
    global _paused
    with _paused_lock:
        _paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0:
                gc.enable()


class Worker(QObject):
    """Runs one job in its thread.

    Signals: progress(done, total), finished(result), failed(message). A cancelled job emits
    neither finished nor failed.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            with collection_paused():
                result = self._job(self._report, self.cancel_event)
        except Cancelled:
            log.debug("job cancelled")
        except ReaderError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: log it whole, tell the user in one line
            log.exception("background job failed")
            self.failed.emit(f"Unexpected error: {error}")
        else:
            if not self.cancel_event.is_set():
                self.finished.emit(result)
        self.done.emit()

    def _report(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            raise Cancelled
        self.progress.emit(done, total)


class Task(QObject):
    """A worker with its own thread, owned by the GUI thread: start, cancel, and join.

    Connect worker signals to bound methods of GUI-thread QObjects so they arrive queued.
    Signals: ended() once the thread has stopped.
    """

    ended = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(job)
        self.qthread = QThread()
        self.worker.moveToThread(self.qthread)
        self.qthread.started.connect(self.worker.run)
        self.worker.done.connect(self.qthread.quit)
        self.qthread.finished.connect(self._on_thread_finished)
        self._running = False

    def start(self) -> None:
        self._running = True
        self.qthread.start()

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        self.worker.cancel_event.set()

    def join(self) -> None:
        """Cancel and wait for the thread to end (the job sees the cancel at its next progress)."""
        self.cancel()
        self.qthread.quit()
        self.qthread.wait()
        self._running = False

    @Slot()
    def _on_thread_finished(self) -> None:
        self._running = False
        self.ended.emit()


def start_task(parent: QObject, job: Callable[..., object], finished: Callable[[Any], None],
               failed: Callable[[str], None], progress: Any = None) -> Task:
    """A task owned by parent, running job, its worker's signals connected, started."""
    task = Task(job, parent)
    task.worker.finished.connect(finished)
    task.worker.failed.connect(failed)
    if progress is not None:
        task.worker.progress.connect(progress)
    task.start()
    return task
