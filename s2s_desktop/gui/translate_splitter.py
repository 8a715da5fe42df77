"""The Translate tab's split between the text and the tools below it, remembered between
sessions: a translator who drags it to give the text more room finds it there next time."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtWidgets import QSplitter, QWidget

from s2s_desktop.gui.settings import app_settings

STATE_KEY = "translate/splitter"


class TranslateSplitter(QSplitter):
    """``text`` above ``tools``; the text takes most of what a taller window adds."""

    def __init__(self, text: QWidget, tools: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("translateSplitter")
        self.setChildrenCollapsible(False)
        self.addWidget(text)
        self.addWidget(tools)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([420, 240])
        saved = app_settings().value(STATE_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreState(saved)
        self.splitterMoved.connect(self._remember)

    @Slot()
    def _remember(self) -> None:
        app_settings().setValue(STATE_KEY, self.saveState())
