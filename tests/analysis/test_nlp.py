"""The pipeline's identity is known from its package before spaCy loads it."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from reader.analysis.nlp import installed_pipeline_id, pipeline_id


def test_installed_id_matches_the_loaded_pipeline(nlp: Any) -> None:
    assert installed_pipeline_id() == pipeline_id(nlp)


def test_a_missing_pipeline_has_no_id() -> None:
    assert installed_pipeline_id("no_such_pipeline_package") is None


def test_spacy_loads_without_its_command_line() -> None:
    """A fresh process: the analysis runs and spaCy's CLI stack (typer, weasel, requests,
    httpx) is never imported; a CLI submodule still imports when asked for."""
    script = (
        "import sys\n"
        "from reader.analysis import analyze\n"
        "from reader.analysis.nlp import load_pipeline\n"
        "from reader.document import Document\n"
        "result = analyze(Document('Angela Merkel visited Paris on Monday.', (), 'txt'),"
        " load_pipeline())\n"
        "assert any(e.label == 'PERSON' for e in result.entities), result.entities\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'typer', 'weasel', 'requests', 'httpx'})\n"
        "assert not heavy, heavy\n"
        "import spacy.cli.download\n"
        "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
