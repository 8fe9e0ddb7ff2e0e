"""The one kind of worker: results arrive on the GUI thread, failures and cancels are told."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.errors import DocumentLoadError
from reader.ui.workers import Progress, Task


class Receiver(QObject):
    """A GUI-thread object whose slots note what arrives and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.threads: list[QThread] = []

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.results.append(result)
        self.threads.append(QThread.currentThread())

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.results.append(("failed", message))


def start(qtbot: QtBot, job: object) -> tuple[Task, Receiver]:
    task, receiver = Task(job), Receiver()  # type: ignore[arg-type]
    task.worker.finished.connect(receiver.on_finished)
    task.worker.failed.connect(receiver.on_failed)
    with qtbot.waitSignal(task.ended, timeout=10_000):
        task.start()
    return task, receiver


def test_a_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    worker_threads: list[threading.Thread] = []

    def job(progress: Progress, _cancel: threading.Event) -> int:
        worker_threads.append(threading.current_thread())
        progress(1, 1)
        return 42

    _task, receiver = start(qtbot, job)
    assert receiver.results == [42]
    assert receiver.threads == [QApplication.instance().thread()]  # type: ignore[union-attr]
    assert worker_threads[0] is not threading.main_thread()


def test_a_reader_error_is_told_in_its_words(qtbot: QtBot) -> None:
    def job(_progress: Progress, _cancel: threading.Event) -> int:
        raise DocumentLoadError("a.pdf", "not a valid PDF")

    _task, receiver = start(qtbot, job)
    assert receiver.results == [("failed", "a.pdf: not a valid PDF")]


def test_a_cancelled_job_says_nothing(qtbot: QtBot) -> None:
    release = threading.Event()

    def job(progress: Progress, _cancel: threading.Event) -> int:
        release.wait(5)
        progress(1, 2)  # raises Cancelled
        return 1

    task, receiver = Task(job), Receiver()
    task.worker.finished.connect(receiver.on_finished)
    task.start()
    task.cancel()
    release.set()
    task.join()
    assert receiver.results == []
    assert task.qthread.isFinished()
