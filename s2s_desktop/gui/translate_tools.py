"""The tools below the Translate tab's text, one at a time: memory matches, the attention view,
the glossary and the history."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from s2s_desktop.gui.attention_panel import AttentionPanel
from s2s_desktop.gui.glossary_panel import GlossaryPanel
from s2s_desktop.gui.history_panel import HistoryPanel
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.memory_section import MemorySection
from s2s_desktop.gui.settings import app_settings

MEMORY_TITLE = translate("TranslateTools", "&Memory")
TOOL_KEY = "translate/tool"


class TranslateTools(QTabWidget):
    """Attributes: memory, attention, glossary, history (the four tools)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translateTools")
        self.setDocumentMode(True)
        self.memory = MemorySection()
        self.attention = AttentionPanel()
        self.glossary = GlossaryPanel("", "")
        self.glossary.setEnabled(False)  # until a model says which language pair
        self.history = HistoryPanel()
        self.addTab(self.memory, MEMORY_TITLE)
        self.addTab(self.attention, self.tr("&Attention"))
        self.addTab(self.glossary, self.tr("G&lossary"))
        self.addTab(self.history, self.tr("&History"))
        self.memory.matchesFound.connect(self._show_match_count)
        chosen = app_settings().value(TOOL_KEY)  # the tool the translator kept open last time
        if chosen is not None and str(chosen).isdigit() and int(chosen) < self.count():
            self.setCurrentIndex(int(chosen))
        self.currentChanged.connect(lambda index: app_settings().setValue(TOOL_KEY, index))

    def set_model(self, src: str, tgt: str, corpus: str | None) -> None:
        """A model of ``src`` → ``tgt`` is loaded: its glossary, and its memory (``corpus``, the
        folder it was trained on, is indexed the first time)."""
        self.glossary.set_pair(src, tgt)
        self.glossary.setEnabled(True)
        self.memory.set_model(src, tgt, corpus)

    def clear_model(self) -> None:
        """No model is left: the glossary and the memory greyed, as on a first run."""
        self.glossary.setEnabled(False)
        self.memory.clear_model()

    @Slot(int)
    def _show_match_count(self, count: int) -> None:
        title = f"{MEMORY_TITLE} ({count})" if count else MEMORY_TITLE
        self.setTabText(self.indexOf(self.memory), title)
