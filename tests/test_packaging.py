"""The wheel carries the sample article and resources, and an installed build finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT, SAMPLE


def _build_wheel(out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    return next(out.glob("reader-*.whl"))


def test_installed_build_reads_the_sample_article(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path / "dist")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    code = ("import reader.paths as p, sys; path = p.sample_article(); "
            "sys.stdout.write(str(path) + '\\n' + path.read_text(encoding='utf-8'))")
    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(site)},
                            capture_output=True, text=True, check=True, timeout=60, cwd=tmp_path)
    location, _, text = result.stdout.partition("\n")
    assert Path(location).is_relative_to(site)
    assert text == SAMPLE.read_text(encoding="utf-8")
