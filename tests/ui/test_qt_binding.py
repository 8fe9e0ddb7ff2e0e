"""The Qt binding Reader runs on keeps None's reference count (PySide6 6.12 on Python 3.11
loses one reference a void call, and Python aborts after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("reader")
    assert sys.getrefcount(None) >= before - 100
