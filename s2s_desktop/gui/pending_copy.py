"""Copy pressed before the text is translated: the translation goes to the clipboard when it
comes, unless the user copied something else meanwhile, or it came so late that the clipboard
may hold something they want (a document translating first can take minutes)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

LONGEST_WAIT_S = 15.0  # after this, Copy must be pressed again


class PendingCopy(QObject):
    """``ask`` when Copy is pressed early; ``take`` when the translation comes (True: copy it
    now). Anything copied meanwhile, in any app, cancels it."""

    gaveUp = Signal(str)  # noqa: N815 (Qt's naming): a sentence for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked_at: float | None = None
        QGuiApplication.clipboard().dataChanged.connect(self.cancel)

    def ask(self) -> None:
        self._asked_at = time.monotonic()

    @Slot()
    def cancel(self) -> None:
        self._asked_at = None

    def take(self) -> bool:
        """Whether the translation that came now goes to the clipboard (once)."""
        asked, self._asked_at = self._asked_at, None
        if asked is None:
            return False
        if time.monotonic() - asked > LONGEST_WAIT_S:
            self.gaveUp.emit(
                self.tr("Not copied: the translation came long after Copy; press Copy again.")
            )
            return False
        return True
