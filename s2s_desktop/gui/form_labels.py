"""Labels that name the field beside them, for the keyboard and for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (Alt + the letter after &) moves the focus to ``widget``, and
    which screen readers announce as the widget's name."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label
