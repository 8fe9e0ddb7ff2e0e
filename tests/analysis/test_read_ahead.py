"""read_ahead: an iterator run in a thread of its own, read in order, stopped when left."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from reader.analysis.read_ahead import read_ahead


def _alive() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "reader-read-ahead"]


def test_items_come_in_their_order() -> None:
    assert list(read_ahead(lambda: iter(range(500)), depth=3)) == list(range(500))


def test_items_are_made_in_another_thread() -> None:
    def makers() -> Iterator[int]:
        yield threading.get_ident()

    assert list(read_ahead(makers, depth=1)) != [threading.get_ident()]
    assert not _alive()


def test_an_error_while_making_is_raised_in_its_place() -> None:
    def failing() -> Iterator[str]:
        yield "first"
        raise ValueError("no second")

    got: list[str] = []
    with pytest.raises(ValueError, match="no second"):
        got.extend(read_ahead(failing, depth=4))
    assert got == ["first"]
    assert not _alive()


def test_leaving_early_stops_the_maker_and_waits_for_it() -> None:
    made: list[int] = []
    closed = threading.Event()

    def endless() -> Iterator[int]:
        try:
            n = 0
            while True:
                made.append(n)
                yield n
                n += 1
        finally:
            closed.set()

    reading = read_ahead(endless, depth=2)
    assert [next(reading), next(reading)] == [0, 1]
    reading.close()
    assert closed.is_set()  # the maker's own clean-up ran before close returned
    assert not _alive()
    assert len(made) <= 2 + 2 + 1  # what was read, what the queue held, one waiting to go in


def test_an_error_in_the_reader_stops_the_maker() -> None:
    def endless() -> Iterator[int]:
        n = 0
        while True:
            yield n
            n += 1

    def read_to_five() -> None:
        for n in read_ahead(endless, depth=8):
            if n == 5:
                raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        read_to_five()
    assert not _alive()
