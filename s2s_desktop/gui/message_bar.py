"""An inline message under a form: errors and notices in plain words, never a dialog storm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

_STYLES = {
    "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd;",
    "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #bcd6f3;",
    "success": "background:#e9f6ec; color:#1d5e2c; border:1px solid #bfe3c7;",
}


class MessageBar(QLabel):
    """A label that shows one message at a time, coloured by kind, hidden when empty.

    Attributes:
        kind: "error", "info" or "success" for the message shown, "" when hidden.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("messageBar")
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ {_STYLES[kind]} border-radius:4px; padding:6px 8px; }}")
        self.show()

    def show_error(self, text: str) -> None:
        self.show_message(text, "error")

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()
