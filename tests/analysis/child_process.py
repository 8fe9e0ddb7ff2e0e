"""Running a few lines of Python in a child process, so that a crash fails a test instead of
ending the session (spaCy 3.8 can crash walking the tree of a document without a parse)."""

from __future__ import annotations

import subprocess
import sys


def run_in_child(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The finished child that ran script with args as sys.argv[1:], its output captured."""
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          timeout=120, check=False)
