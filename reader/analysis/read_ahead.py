"""An iterator run ahead of its reader in a thread of its own: the parse of the next chunks goes
on while the extractors read the last one."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Iterator
from typing import TypeVar

T = TypeVar("T")

_DONE = object()  # put after the last item
_WAIT = 0.1  # seconds between looks at the stop flag while the queue is full


def read_ahead(items: Callable[[], Iterator[T]], depth: int) -> Generator[T, None, None]:
    """What items() yields, in order, made in another thread up to depth items before they are
    read. An exception there is raised here, in its place; stopping early (close, or an
    exception in the reader) stops the thread and waits for it.

    spaCy's parser and its matrix products release the GIL, so on two or more cores the parse
    of ("It rained.", "He left.")'s second chunk runs while Python reads the first one's Doc;
    no Doc is read while the thread still writes it, since it is put only once made.
    """
    ready: queue.Queue[object] = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=_WAIT)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        made = items()
        try:
            for item in made:
                if not put(item):
                    return
        except BaseException as exc:  # raised again in the reader's thread, in its place
            put(_Failed(exc))
            return
        finally:
            if isinstance(made, Generator):
                made.close()  # in this thread, which runs it
        put(_DONE)

    worker = threading.Thread(target=produce, name="reader-read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            item = ready.get()
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


class _Failed:
    """An exception of the producing thread, carried through the queue."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error
