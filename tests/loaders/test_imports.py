"""Heavy format libraries are imported only by their own loader, when a file needs it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, SAMPLE

HEAVY = ("trafilatura", "pypdfium2", "docx", "markdown_it", "lxml", "charset_normalizer", "spacy")


def imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=True)
    return set(result.stdout.split())


def test_importing_the_loaders_imports_no_format_library() -> None:
    assert imported_after("import reader.loaders") == set()


def test_loading_plain_utf8_text_needs_no_format_library() -> None:
    assert imported_after(f"from reader.loaders import load; load({str(SAMPLE)!r})") == set()
