"""Keeps the translation memory on the sentence at the source box's cursor: it is looked up when
the text is translated, and again when the cursor moves into another sentence (a click or the
arrow keys; not while typing, which translates); a match that is used replaces that sentence's
translation."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit

from s2s_desktop.gui.memory_section import MemorySection, sentence_at_cursor
from s2s_desktop.gui.translation_output import TranslationOutput


class MemoryCursor(QObject):
    """Signals: statusMessage(str), a sentence for the status bar."""

    statusMessage = Signal(str)

    def __init__(
        self,
        edit: QPlainTextEdit,
        memory: MemorySection,
        output: TranslationOutput,
        typing: QTimer,
    ) -> None:
        super().__init__(edit)
        self.edit, self.memory, self.output, self.typing = edit, memory, output, typing
        self.sentence = (0, 0, "")  # (line, sentence index, text) looked up last
        # Checked once the event is over: Qt says the cursor moved before it says the text
        # changed, and a keystroke starts the typing pause only then.
        self._check = QTimer(self, singleShot=True, interval=0)
        self._check.timeout.connect(self._moved)
        edit.cursorPositionChanged.connect(self._check.start)
        memory.useRequested.connect(self.use_match)

    def look_up(self) -> None:
        """Look up the sentence at the cursor now (the text is being translated)."""
        self.sentence = sentence_at_cursor(self.edit)
        self.memory.lookup(self.sentence[2])

    @Slot()
    def _moved(self) -> None:
        if self.typing.isActive() or self.edit.document().isEmpty():
            return  # typing: its translation looks the sentence up
        if sentence_at_cursor(self.edit) != self.sentence:
            self.look_up()

    @Slot(str)
    def use_match(self, target: str) -> None:
        """A memory match's translation replaces the machine's for that sentence."""
        line, index, _ = self.sentence
        if self.output.replace(line, index, target):
            self.statusMessage.emit(self.tr("Used the memory's translation."))
        else:
            self.statusMessage.emit(
                self.tr("Translate the text first, then use the memory's sentence.")
            )
