"""Small constructors for the buttons every widget here makes, set up the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QToolButton, QWidget


def tool_button(parent: QWidget, text: str, tip: str, *, checkable: bool = False,
                flat: bool = True) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    button.setChecked(checkable)
    button.setAutoRaise(flat)
    return button


def push_button(parent: QWidget, text: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    return button
