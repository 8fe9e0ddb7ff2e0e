"""The analysis process: same result as in process, cancels, failures, records sent in parts."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from reader.analysis import analyze, service
from reader.analysis.model import Analysis
from reader.analysis.service import AnalysisService
from reader.document import Block, BlockKind, Document, TextSpan
from reader.errors import Cancelled, PipelineError, ReaderError

TEXT = "Angela Merkel visited Paris on Monday. Merkel said the talks went well."


def document(text: str = TEXT) -> Document:
    return Document(text, (Block(BlockKind.PARAGRAPH, TextSpan(0, len(text))),), "txt")


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnalysisService]:
    """One process for the module (it takes seconds to load spaCy), with its own cache folder:
    the child's environment is fixed when it starts."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("READER_CACHE_DIR", str(tmp_path_factory.mktemp("service-cache")))
        started = AnalysisService(None)
    with started:
        yield started


def test_the_process_gives_the_same_analysis_as_in_process(running: AnalysisService,
                                                           nlp: Any) -> None:
    steps: list[tuple[int, int]] = []
    result = running.analyze(document(), lambda done, total: steps.append((done, total)))
    assert result == analyze(document(), nlp)
    assert any(e.name == "Angela Merkel" for e in result.entities)
    assert steps
    assert steps[-1][0] == steps[-1][1]
    assert running.pipeline_id == (result.pipeline_name, result.pipeline_version)


def test_a_cancel_raises_and_the_process_stays_ready(running: AnalysisService) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        running.analyze(document("Boris Johnson met Emmanuel Macron in London."), None, cancel)
    assert running.alive
    assert running.analyze(document("Olaf Scholz flew to Rome.")).entities


def test_a_progress_callback_that_raises_stops_the_work(running: AnalysisService) -> None:
    class Stop(Exception):
        pass

    def progress(_done: int, _total: int) -> None:
        raise Stop

    long_text = " ".join(f"Paragraph {i}: the mayor of Leeds spoke." for i in range(400))
    with pytest.raises(Stop):
        running.analyze(document(long_text), progress)
    assert running.alive
    assert running.analyze(document()).sha256 == document().sha256


def test_a_pipeline_that_is_not_installed_is_a_pipeline_error() -> None:
    with AnalysisService("no_such_pipeline_package") as broken:
        with pytest.raises(PipelineError, match="no_such_pipeline_package"):
            broken.wait_ready()
        assert not broken.alive
        with pytest.raises(PipelineError):
            broken.analyze(document())


def test_a_process_that_dies_is_reported_in_one_line() -> None:
    with AnalysisService(None) as doomed:
        os.kill(doomed._process.pid or 0, signal.SIGKILL)
        with pytest.raises(ReaderError, match="stopped unexpectedly"):
            doomed.analyze(document())
        assert not doomed.alive


def test_records_go_in_parts_and_come_back_whole(nlp: Any) -> None:
    here, there = multiprocessing.Pipe(duplex=False)
    many = analyze(document(" ".join(["Angela Merkel met Emmanuel Macron."] * 3)), nlp)
    entities = many.entities * (service.PART_SIZE // max(1, len(many.entities)) + 2)
    big: Analysis = many.__class__(**{**{f: getattr(many, f) for f in many.__dataclass_fields__},
                                      "entities": entities})
    service._send_result(there, big)
    messages = []
    while here.poll(0.1):
        messages.append(here.recv())
    parts = [m for m in messages if m[0] == "part" and m[1] == "entities"]
    assert len(parts) >= 2
    assert all(len(m[2]) <= service.PART_SIZE for m in parts)
    assert messages[-1][0] == "done"
    assert messages[-1][1].entities == ()
    assert tuple(r for m in parts for r in m[2]) == entities


def test_the_process_ends_by_itself_when_the_window_is_gone() -> None:
    """As when the window's process is killed: the pipe closes under a running analysis."""
    alone = AnalysisService(None)
    alone.wait_ready()
    long_text = " ".join(f"Paragraph {i}: the mayor of Leeds spoke." for i in range(2000))
    alone._conn.send(("analyze", document(long_text)))
    alone._conn.close()
    alone._process.join(timeout=60)
    assert alone._process.exitcode == 0
