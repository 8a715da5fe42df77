"""The Translate tab's two editors side by side: the languages above them, Swap between them,
Translate and Clear under the input, Copy under the output."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from s2s_desktop.gui.i18n import current_language
from s2s_desktop.gui.theme import quiet_text
from s2s_desktop.languages import language_name


class TextPair(QWidget):
    """The input and the (read-only) output, laid out; the tab gives them their behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)  # text to read, a little larger
        self.source_label = QLabel()
        self.source_label.setObjectName("sourceLabel")
        self.target_label = QLabel()
        self.target_label.setObjectName("targetLabel")
        self.swap_button = QToolButton()
        self.swap_button.setObjectName("swapButton")
        self.swap_button.setText("\u21c4")
        self.swap_button.setAccessibleName(self.tr("Swap"))
        self.swap_button.setToolTip(
            self.tr(
                "Swap: move the translation into the input and, when a model for the other "
                "direction exists, switch to it."
            )
        )
        self.source_edit = QPlainTextEdit()
        self.source_edit.setObjectName("sourceEdit")
        self.source_edit.setAccessibleName(self.tr("Text to translate"))
        self.source_edit.setTabChangesFocus(True)
        self.source_label.setBuddy(self.source_edit)
        self.target_edit = QPlainTextEdit()
        self.target_edit.setObjectName("targetEdit")
        self.target_edit.setAccessibleName(self.tr("Translation"))
        self.target_label.setBuddy(self.target_edit)
        self.target_edit.setReadOnly(True)
        self.target_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.target_edit.setPlaceholderText(self.tr("The translation appears here."))
        self.target_edit.setToolTip(
            self.tr(
                "Click a word (or put the cursor on it and press Alt+Down) for the model's "
                "other words there and its other translations of the sentence."
            )
        )
        for edit in (self.source_edit, self.target_edit):
            edit.setMinimumHeight(90)
            edit.setFont(font)

        self.translate_button = QPushButton(self.tr("Translate"))
        self.translate_button.setObjectName("translateButton")
        self.translate_button.setToolTip(
            self.tr("Translate now (Ctrl+Enter); typing also translates.")
        )
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearButton")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setToolTip(self.tr("Copy the translation to the clipboard."))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.source_label, 0, 0)
        grid.addWidget(self.swap_button, 0, 1, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.target_label, 0, 2)
        grid.addWidget(self.source_edit, 1, 0)
        grid.addWidget(self.target_edit, 1, 2)
        source_buttons = QHBoxLayout()
        source_buttons.setSpacing(6)
        source_buttons.addWidget(self.translate_button)
        source_buttons.addWidget(self.clear_button)
        source_buttons.addStretch(1)
        target_buttons = QHBoxLayout()
        target_buttons.addStretch(1)
        target_buttons.addWidget(self.copy_button)
        grid.addLayout(source_buttons, 2, 0)
        grid.addLayout(target_buttons, 2, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)

    def show_languages(self, src: str, tgt: str) -> None:
        """Name the model's languages above the editors, and say in the input what it takes."""
        for label, code in ((self.source_label, src), (self.target_label, tgt)):
            name = language_name(code, current_language())
            name, code = html.escape(name[:1].upper() + name[1:]), html.escape(code)  # a heading
            label.setText(f"<b>{name}</b> <span style='color:{quiet_text()}'>{code}</span>")
        self.source_edit.setPlaceholderText(
            self.tr(
                "Type or paste {language} text; it translates as you type.\n"
                "Each line is translated on its own line.\n"
                "Drop a document here (Word, HTML, subtitles…) to translate it whole."
            ).format(language=language_name(src, current_language()))
        )

    def show_no_model(self, none: bool) -> None:
        """Grey the editors while there is no model (``none``), with plain labels and a hint."""
        for widget in (
            self.source_edit,
            self.target_edit,
            self.clear_button,
            self.copy_button,
            self.swap_button,
        ):
            widget.setEnabled(not none)
        if none:
            self.source_label.setText(self.tr("Source"))
            self.target_label.setText(self.tr("Translation"))
            self.source_edit.setPlaceholderText(
                self.tr("Once a model is trained, type here to translate.")
            )
