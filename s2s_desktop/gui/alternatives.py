"""Other words and other translations for one sentence of the output, as DeepL offers them.

The Translate tab shows each output line as its sentences' translations joined; ``OutputParts``
remembers which source sentence each shown piece of text translates, so a click on a word can
ask the model for the other words it would put there (the sentence re-decoded after each) and
for its n best translations of the whole sentence, and a choice replaces only that sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

MENU_ITEMS = 5  # words and whole translations offered, each
_LABEL_CHARS = 70  # a longer translation is cut in the menu (its tooltip holds all of it)


@dataclass
class Part:
    """One translated sentence as shown: its source (None when it cannot be re-decoded: a
    sentence longer than the model's input, translated in chunks), its text, where glossary
    terms were placed in it ((start, end) in ``text``) and the terms that could not be."""

    source: str | None
    text: str
    terms: list[tuple[int, int]] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)


@dataclass
class OutputParts:
    """The output text as lines of ``Part``s joined by ``joiner`` (a space, or nothing), each
    after its line's ``leads`` entry: the indentation and bullet typed, kept as they were."""

    lines: list[list[Part]] = field(default_factory=list)
    joiner: str = " "
    leads: list[str] = field(default_factory=list)

    def lead(self, line: int) -> str:
        return self.leads[line] if line < len(self.leads) else ""

    def line_texts(self) -> list[str]:
        return [
            self.lead(number) + self.joiner.join(part.text for part in line)
            for number, line in enumerate(self.lines)
        ]

    def text(self) -> str:
        return "\n".join(self.line_texts())

    def locate(self, line: int, column: int) -> tuple[int, int] | None:
        """(part index, offset in its text) of the character at ``column`` of ``line``; None
        on the lead, a joiner, past the end, or on a line that is not there."""
        if not 0 <= line < len(self.lines):
            return None
        start = len(self.lead(line))
        for index, part in enumerate(self.lines[line]):
            if start <= column < start + len(part.text):
                return index, column - start
            start += len(part.text) + len(self.joiner)
        return None

    def replace(self, line: int, index: int, text: str) -> None:
        """Show ``text`` for one sentence (its glossary marks go: the text is the user's
        choice now)."""
        self.lines[line][index] = Part(self.lines[line][index].source, text)

    def term_spans(self) -> list[tuple[int, int, int]]:
        """(line, start, end) of each placed glossary term, in line coordinates."""
        spans = []
        for number, line in enumerate(self.lines):
            start = len(self.lead(number))
            for part in line:
                spans.extend((number, start + a, start + b) for a, b in part.terms)
                start += len(part.text) + len(self.joiner)
        return spans

    def unmet(self) -> list[str]:
        """The glossary terms that could not be placed, each once, in order."""
        return list(
            dict.fromkeys(term for line in self.lines for part in line for term in part.unmet)
        )


def word_bounds(text: str, offset: int) -> tuple[int, int] | None:
    """(start, end) of the whitespace-separated word at ``offset`` in ``text``; None on a
    space."""
    if not 0 <= offset < len(text) or text[offset].isspace():
        return None
    start = offset
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = offset
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def next_word(text: str, prefix: str) -> str:
    """The word of ``text`` right after ``prefix`` (a translation that begins with it); ""
    where ``text`` goes on with a piece of the prefix's last word ("llas" offered as a word)."""
    rest = text[len(prefix) :] if text.startswith(prefix) else text
    if prefix and text.startswith(prefix) and rest[:1].isalnum():
        return ""
    words = rest.split()
    return words[0] if words else ""


@dataclass
class Choices:
    """What the model offers for one clicked word (made on the worker's thread).

    Attributes:
        line, part: where the sentence is in the output.
        word: the clicked word.
        prefix: the sentence's text before it.
        words: (other word, the whole sentence with it), likeliest first.
        sentences: other whole translations of the sentence, best first.
    """

    line: int
    part: int
    word: str
    prefix: str
    words: list[tuple[str, str]]
    sentences: list[str]


def make_choices(
    translator: object,
    line: int,
    part: int,
    source: str,
    shown: str,
    offset: int,
    beam: int,
) -> Choices | None:
    """Ask ``translator`` for the other words at ``offset`` of ``shown`` (a translation of
    ``source``) and for other whole translations; None when ``offset`` is not on a word."""
    bounds = word_bounds(shown, offset)
    if bounds is None:
        return None
    start, end = bounds
    prefix = shown[:start].rstrip()
    word = shown[start:end]
    seen = {word}
    words = []
    for found in translator.alternatives(source, prefix, MENU_ITEMS + 1, beam):  # type: ignore[attr-defined]
        other = next_word(found.text, prefix)
        if other and other not in seen:
            seen.add(other)
            words.append((other, found.text))
    sentences = [
        found.text
        for found in translator.translate_nbest(source, MENU_ITEMS + 1, max(beam, 2))  # type: ignore[attr-defined]
        if found.text != shown
    ]
    return Choices(line, part, word, prefix, words[:MENU_ITEMS], sentences[:MENU_ITEMS])


def _cut(text: str) -> str:
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "\u2026"


class AlternativesMenu(QMenu):
    """A menu of ``Choices``: other words here, then other translations of the sentence.

    Signals:
        chosen(int, int, str): line, part and the sentence text to show instead.
    """

    chosen = Signal(int, int, str)

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alternativesMenu")
        self.setAccessibleName(self.tr("Alternatives for {word}").format(word=choices.word))
        self.setToolTipsVisible(True)
        self.addSection(self.tr("Other words for \u201c{word}\u201d").format(word=choices.word))
        for word, sentence in choices.words:
            self._add(word, sentence, choices)
        if not choices.words:
            self.addAction(self.tr("The model sees no other word here.")).setEnabled(False)
        self.addSection(self.tr("Other translations of the sentence"))
        for sentence in choices.sentences:
            self._add(_cut(sentence), sentence, choices)
        if not choices.sentences:
            self.addAction(self.tr("No other translation.")).setEnabled(False)

    def _add(self, label: str, sentence: str, choices: Choices) -> QAction:
        action = self.addAction(label.replace("&", "&&"))
        action.setToolTip(sentence)
        action.triggered.connect(lambda: self.chosen.emit(choices.line, choices.part, sentence))
        return action
