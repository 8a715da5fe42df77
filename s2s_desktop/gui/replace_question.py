"""The one question asked before a file the user chose is replaced (a translated document, an
exported model): Cancel is the default, so Enter never loses a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from s2s_desktop.gui.i18n import translate


def confirm_replace(parent: QWidget, file: Path, title: str) -> bool:
    """Whether the user lets ``file``, which exists, be replaced."""
    answer = QMessageBox.question(
        parent,
        title,
        translate("replace_question", "{name} exists already in {folder}. Replace it?").format(
            name=file.name, folder=file.parent
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
