"""The Qt user interface: the only package that imports PySide6."""

from __future__ import annotations

import ctypes
import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: its void methods return None without a reference.

    Each call then takes one reference from None; after a few thousand calls Python aborts with
    "none_dealloc". Python 3.12 made None immortal, and PySide6 6.11 counts correctly, so this
    only runs on the broken pair: it gives None a reference count no session can use up.
    """
    if sys.version_info >= (3, 12):
        return
    import PySide6

    if tuple(PySide6.__version_info__[:2]) >= (6, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
