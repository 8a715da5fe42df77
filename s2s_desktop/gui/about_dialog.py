"""Help's two dialogs: About (versions, the device, where data and logs are kept) and the list of
keyboard shortcuts, gathered from the window itself so that it never drifts from what works."""

from __future__ import annotations

import html
import importlib.metadata
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop import __version__
from s2s_desktop.engine.data_folder import data_root, log_dir
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.i18n import translate

PACKAGES = ("torch", "ctranslate2", "sentencepiece", "sacrebleu", "pyqtgraph")


def package_version(name: str) -> str:
    """The installed version, read from the package's metadata (nothing is imported)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return translate("AboutDialog", "not installed")


def about_html(device: str) -> str:
    e = html.escape
    rows = [
        (translate("AboutDialog", "Version"), __version__),
        (translate("AboutDialog", "Device"), device),
        (translate("AboutDialog", "Data folder"), str(data_root())),
        (translate("AboutDialog", "Models"), str(ModelStore().models_dir)),
        (translate("AboutDialog", "Log folder"), str(log_dir())),
        ("Python", platform.python_version()),
        ("PySide6 (Qt)", f"{PySide6.__version__} (Qt {qVersion()})"),
        *((name, package_version(name)) for name in PACKAGES),
    ]
    table = "".join(
        f"<tr><td style='padding-right:12px'>{e(label)}</td><td>{e(value)}</td></tr>"
        for label, value in rows
    )
    about = translate(
        "AboutDialog",
        "Trains and runs translation models on this computer: your text never leaves it.",
    )
    return f"<h3>s2s-desktop</h3><p>{e(about)}</p><table>{table}</table>"


class AboutDialog(QDialog):
    """What is installed, where things are kept, and the device training uses."""

    def __init__(self, device: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About s2s-desktop"))
        self.text = QLabel(about_html(device))
        self.text.setObjectName("aboutText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def _plain(text: str) -> str:
    """An action's text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action and shortcut of ``window`` that has keys, in the
    platform's own notation; a QShortcut says what it does in its whatsThis."""
    found: dict[tuple[str, str], None] = {}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if action.text():
                found[(sequence.toString(native), _plain(action.text()))] = None
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():
            found[(shortcut.key().toString(native), shortcut.whatsThis())] = None
    return sorted(found, key=lambda pair: pair[1].casefold())


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, in a table a screen reader can walk."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(shortcuts), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, does) in enumerate(shortcuts):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr(
                "Underlined letters in labels and buttons work with Alt; Tab moves between fields."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 480)
