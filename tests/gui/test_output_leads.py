"""A typed line's indentation and bullet stay as typed in the output: the word menu opens under
the clicked word, the memory looks up the words after the bullet, and a translation that wrote
nothing after a bullet is still said to be empty."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from s2s_desktop.gui.alternatives import Choices, OutputParts, Part
from s2s_desktop.gui.memory_section import sentence_at_cursor
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.translation_output import TranslationOutput


def output_box(qtbot) -> tuple[QPlainTextEdit, MessageBar, TranslationOutput]:
    edit, bar = QPlainTextEdit(), MessageBar()
    qtbot.addWidget(edit)
    qtbot.addWidget(bar)
    edit.resize(500, 200)
    edit.show()
    qtbot.waitExposed(edit)
    return edit, bar, TranslationOutput(edit, bar)


def test_the_word_menu_opens_under_the_clicked_word_after_a_bullet(qtbot):
    edit, _, output = output_box(qtbot)
    parts = OutputParts([[Part("Hello world.", "Hola mundo.")]], leads=["    \u2022 "])
    output.show(parts)
    asked = []
    output.choicesRequested.connect(lambda *args: asked.append(args))
    output.offer_choices(0, 11)  # the "m" of "mundo"
    assert asked == [(0, 0, "Hello world.", "Hola mundo.", 5)]
    output.show_choices(Choices(0, 0, "mundo", "Hola ", [("tierra", "Hola tierra.")], []))
    cursor = QTextCursor(edit.document())
    cursor.setPosition(len("    \u2022 Hola "))
    under = edit.viewport().mapToGlobal(edit.cursorRect(cursor).bottomLeft())
    assert output.menu is not None and abs(output.menu.pos().x() - under.x()) <= 1


def test_nothing_written_after_a_bullet_is_said(qtbot):
    _, bar, output = output_box(qtbot)
    output.say_if_empty("- Hello\nHi", ["- ", "Hola"], "toy")
    assert "toy wrote nothing for 1 of 2 lines." in bar.text()
    output.say_if_empty("- Hello", ["- Hola"], "toy")
    assert bar.text() == ""


def test_the_memory_looks_up_the_sentence_after_the_bullet(qtbot):
    edit = QPlainTextEdit("  \u2022 The cat sleeps. The dog barks.")
    qtbot.addWidget(edit)
    cursor = edit.textCursor()
    cursor.setPosition(len("  \u2022 The c"))
    edit.setTextCursor(cursor)
    assert sentence_at_cursor(edit) == (0, 0, "The cat sleeps.")
    cursor.setPosition(len("  \u2022 The cat sleeps. The d"))
    edit.setTextCursor(cursor)
    assert sentence_at_cursor(edit) == (0, 1, "The dog barks.")
