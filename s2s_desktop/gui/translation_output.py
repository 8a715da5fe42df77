"""The Translate tab's output box, sentence by sentence: what it shows, the glossary terms marked
in it (and named in the message bar when they could not be placed), and a click on a word that
opens the model's other choices there.

The box shows ``alternatives.OutputParts``; one sentence can be replaced (another choice of the
model, a memory match) while the rest stays as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from s2s_desktop.engine.documents.segments import line_edges
from s2s_desktop.gui.alternatives import AlternativesMenu, Choices, OutputParts
from s2s_desktop.gui.message_bar import MessageBar

CHOICES_KEY = "Alt+Down"


class TranslationOutput(QObject):
    """Drives the output ``edit`` (read-only) for the tab.

    Attributes:
        parts: what the box shows, sentence by sentence (None: nothing, or not from the model).
        menu: the last ``AlternativesMenu`` opened.

    Signals:
        choicesRequested(int, int, str, str, int): line, sentence, its source, its shown text
            and the clicked offset in it: ask the model for other choices there.
        statusMessage(str): a short line for the status bar.
    """

    choicesRequested = Signal(int, int, str, str, int)
    statusMessage = Signal(str)

    def __init__(self, edit: QPlainTextEdit, message_bar: MessageBar) -> None:
        super().__init__(edit)
        self.edit = edit
        self.message_bar = message_bar  # names the glossary terms that could not be placed
        self._unmet_shown = False
        self._empty_shown = False  # the message bar says the model wrote nothing
        self.parts: OutputParts | None = None
        self.menu: AlternativesMenu | None = None
        self._asked: OutputParts | None = None  # the output a word was clicked in
        edit.viewport().installEventFilter(self)
        shortcut = QShortcut(QKeySequence(CHOICES_KEY), edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.setWhatsThis(self.tr("Other words and translations for the word at the cursor"))
        shortcut.activated.connect(self.offer_choices_at_cursor)

    def show(self, parts: OutputParts | None, text: str | None = None) -> None:
        """Show ``parts`` (or plain ``text``), keeping the scroll position."""
        self.parts = parts
        scroll = self.edit.verticalScrollBar().value()
        self.edit.setPlainText(parts.text() if parts is not None else text or "")
        self.edit.verticalScrollBar().setValue(scroll)
        self._mark_terms()

    def clear(self) -> None:
        self.show(None, "")

    def say_if_empty(self, source: str, lines: list[str], model: str | None) -> None:
        """A model that wrote nothing (early in its training) says so: never a silent blank.

        ``lines`` are the translations of ``source``'s lines; blank source lines don't count,
        nor the indentation and bullet a line keeps (``line_edges``).
        """
        written = []
        for typed, line in zip(source.split("\n"), lines):
            lead, words, _ = line_edges(typed)
            if words:
                written.append(line.removeprefix(lead))
        empty = sum(not line.strip() for line in written)
        if empty:
            advice = self.tr(
                "A model early in its training often does: train it longer (Resume in the Train "
                "tab) or choose another model."
            )
            said = (
                self.tr("{model} wrote nothing for this text.").format(model=model)
                if empty == len(written)
                else self.tr("{model} wrote nothing for {empty} of {total} lines.").format(
                    model=model, empty=empty, total=len(written)
                )
            )
            self.message_bar.show_message(f"{said} {advice}")
            self._empty_shown = True
        elif self._empty_shown:
            self.message_bar.clear_message()
            self._empty_shown = False

    @Slot(int, int, str)
    def replace(self, line: int, part: int, text: str) -> bool:
        """Show ``text`` for one sentence; False when there is no such sentence."""
        parts = self.parts
        if parts is None or line >= len(parts.lines) or part >= len(parts.lines[line]):
            return False
        parts.replace(line, part, text)
        self.show(parts)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A click on an output word (not a drag that selects) offers its alternatives."""
        if (  # the event's type first: the box may be half gone while the tab closes
            event.type() == QEvent.Type.MouseButtonRelease
            and watched is self.edit.viewport()
            and event.button() == Qt.MouseButton.LeftButton
            and not self.edit.textCursor().hasSelection()
        ):
            cursor = self.edit.cursorForPosition(event.position().toPoint())
            self.offer_choices(cursor.blockNumber(), cursor.positionInBlock())
        return super().eventFilter(watched, event)

    @Slot()
    def offer_choices_at_cursor(self) -> None:
        cursor = self.edit.textCursor()
        self.offer_choices(cursor.blockNumber(), cursor.positionInBlock())

    def offer_choices(self, line: int, column: int) -> None:
        """Ask for the other words at ``column`` of output ``line`` and other translations of
        that sentence (``choicesRequested``); ``show_choices`` opens the menu."""
        found = self.parts.locate(line, column) if self.parts is not None else None
        if found is None:
            return
        part_index, offset = found
        part = self.parts.lines[line][part_index]  # type: ignore[union-attr]
        if part.source is None:
            self.statusMessage.emit(self.tr("This sentence is too long for alternatives."))
            return
        self.statusMessage.emit(self.tr("Looking for other words\u2026"))
        self._asked = self.parts
        self.choicesRequested.emit(line, part_index, part.source, part.text, offset)

    def show_choices(self, choices: Choices) -> None:
        """Open the menu of ``choices`` under the clicked word, unless the output changed
        since the click (a new translation arrived first)."""
        if self.parts is None or self.parts is not self._asked:
            return
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        self.menu = menu = AlternativesMenu(choices, self.edit)
        menu.chosen.connect(self._use_choice)
        line = self.parts.lines[choices.line]
        start = len(self.parts.lead(choices.line)) + sum(
            len(part.text) + len(self.parts.joiner) for part in line[: choices.part]
        )
        cursor = self.edit.textCursor()
        block = self.edit.document().findBlockByNumber(choices.line)
        cursor.setPosition(block.position() + start + len(choices.prefix))
        rect = self.edit.cursorRect(cursor)
        self.statusMessage.emit("")
        menu.popup(self.edit.viewport().mapToGlobal(rect.bottomLeft()))

    @Slot(int, int, str)
    def _use_choice(self, line: int, part: int, text: str) -> None:
        if self.replace(line, part, text):
            self.statusMessage.emit(self.tr("Replaced the sentence with the model's other choice."))

    def _mark_terms(self) -> None:
        """Underline the glossary terms placed in the output; report those that could not be."""
        marks = []
        colour = QColor(self.edit.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(60)
        for line, start, end in self.parts.term_spans() if self.parts else []:
            selection = QTextEdit.ExtraSelection()
            cursor = self.edit.textCursor()
            block = self.edit.document().findBlockByNumber(line)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + end, cursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(colour)
            selection.format.setFontUnderline(True)
            selection.format.setToolTip(self.tr("A glossary term"))
            marks.append(selection)
        self.edit.setExtraSelections(marks)
        unmet = self.parts.unmet() if self.parts else []
        if unmet:
            self._unmet_shown = True
            self.message_bar.show_message(
                self.tr(
                    "The model could not place these glossary terms; check the translation: "
                    "{terms}."
                ).format(terms="; ".join(unmet)),
                "info",
            )
        elif self._unmet_shown:
            self._unmet_shown = False
            self.message_bar.clear_message()
