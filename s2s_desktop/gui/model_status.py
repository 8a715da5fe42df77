"""The Translate tab's model status: loading, ready, failed, or busy translating, in words.

The words carry the state (a screen reader and a colour-blind user read the same thing); the
colour only repeats it, taken from the palette so that it reads in dark themes too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

BUSY_AFTER_MS = 300  # a reply slower than this shows "Translating…" (a file may be ahead of it)


class ModelStatus(QLabel):
    """One line beside the model picker that says what the chosen model is doing.

    ``waiting()`` is called when a translation is asked for; if no reply has come
    ``BUSY_AFTER_MS`` later the line says it is translating (and what it waits behind), until
    ``answered()`` puts the ready text back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._ready_text = ""
        self._behind_file = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def loading(self, name: str) -> None:
        self._ready_text = ""
        self._busy_timer.stop()
        self._set(
            self.tr("Loading {name}\u2026").format(name=name), QPalette.ColorRole.PlaceholderText
        )

    def ready(self, name: str, src: str, tgt: str) -> None:
        text = self.tr("Ready: {name}, {src} \u2192 {tgt}").format(name=name, src=src, tgt=tgt)
        self._set(text, QPalette.ColorRole.WindowText)
        self._ready_text = self.text()

    def failed(self, name: str) -> None:
        self._ready_text = ""
        self._busy_timer.stop()
        text = "\u26a0 " + self.tr("Could not load {name}").format(name=name)
        self._set(text, QPalette.ColorRole.WindowText)

    def waiting(self, behind_file: bool) -> None:
        """A translation was asked for; ``behind_file``: a document is being translated first."""
        self._behind_file = behind_file
        if self._ready_text:
            self._busy_timer.start()

    def answered(self) -> None:
        """The reply (or its failure) came: the ready text again."""
        self._busy_timer.stop()
        if self._ready_text and self.text() != self._ready_text:
            self._set(self._ready_text, QPalette.ColorRole.WindowText)

    def clear(self) -> None:
        self._busy_timer.stop()
        self._ready_text = ""
        super().clear()

    def _show_busy(self) -> None:
        text = (
            self.tr("Translating\u2026 (after the file being translated)")
            if self._behind_file
            else self.tr("Translating\u2026")
        )
        self._set(text, QPalette.ColorRole.PlaceholderText)

    def _set(self, text: str, role: QPalette.ColorRole) -> None:
        self.setText(text)
        self.setForegroundRole(role)
