"""The Translate tab's History panel: what was translated in the window, searchable, one click
to bring an entry back, one button to clear it all, one setting to stop keeping it."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.history import Entry, History
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.tasks import run_in_background

ENABLED_KEY = "history/enabled"
EMPTY_TEXT = translate(
    "HistoryPanel",
    "Translations you make appear here, newest first; double-click one to bring it back.",
)
_PREVIEW_CHARS = 90


def history_enabled() -> bool:
    return app_settings().value(ENABLED_KEY, True, type=bool)


def _preview(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _PREVIEW_CHARS else line[: _PREVIEW_CHARS - 1] + "\u2026"


class HistoryPanel(QWidget):
    """Lists ``History`` entries; ``keep`` adds one off the GUI thread.

    Signals:
        restoreRequested(object): an ``Entry`` the user clicked (its model, text and output).
        statusMessage(str): a short line for the status bar.
    """

    restoreRequested = Signal(object)
    statusMessage = Signal(str)

    def __init__(self, history: History | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.history = history or History()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("historySearch")
        self.search_edit.setPlaceholderText(self.tr("Search the history"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the history"))
        self.enabled_box = QCheckBox(self.tr("&Keep a history"))
        self.enabled_box.setObjectName("historyEnabled")
        self.enabled_box.setToolTip(
            self.tr("Off: nothing more is kept (what is kept stays until cleared).")
        )
        self.enabled_box.setChecked(history_enabled())
        self.clear_button = QPushButton(self.tr("C&lear history\u2026"))
        self.clear_button.setObjectName("historyClear")
        self.list = QListWidget()
        self.list.setObjectName("historyList")
        self.list.setAccessibleName(self.tr("Translation history"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)  # the palette's muted text colour

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.enabled_box)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.refresh)
        self.enabled_box.toggled.connect(self._set_enabled)
        self.clear_button.clicked.connect(self.clear)
        # Double-click or Enter: a click only selects (reading an entry keeps what is typed).
        self.list.itemActivated.connect(self._restore)
        self.refresh()

    def keep(self, model: str, src_lang: str, tgt_lang: str, source: str, target: str) -> None:
        """Add a translation (when the history is on), written on a pool thread."""
        if not self.enabled_box.isChecked() or not source.strip():
            return

        def write() -> None:
            self.history.add(model, src_lang, tgt_lang, source, target)

        # A history that cannot be written never stops translating: a failure is not shown.
        run_in_background(write, lambda _: self.refresh(), lambda _: None, parent=self)

    @Slot()
    def refresh(self) -> None:
        try:
            entries = self.history.search(self.search_edit.text())
        except UserError as error:
            self.list.clear()
            self.empty_label.setText(str(error))
            self.empty_label.show()
            self.clear_button.setEnabled(True)  # clearing moves a damaged file aside
            return
        self.list.clear()
        for entry in entries:
            self.list.addItem(self._item(entry))
        searching = bool(self.search_edit.text().strip())
        self.empty_label.setText(
            self.tr("Nothing in the history matches.") if searching else EMPTY_TEXT
        )
        self.empty_label.setVisible(not entries)
        self.clear_button.setEnabled(bool(entries) or searching)

    def _item(self, entry: Entry) -> QListWidgetItem:
        when = datetime.fromtimestamp(entry.made).strftime("%Y-%m-%d %H:%M")
        item = QListWidgetItem(
            f"{_preview(entry.source)}\n\u2192 {_preview(entry.target)}\n"
            f"{when} \u00b7 {entry.model} ({entry.src_lang} \u2192 {entry.tgt_lang})"
        )
        item.setToolTip(
            f"<p>{html.escape(entry.source)}</p><p>\u2192 {html.escape(entry.target)}</p>"
        )
        item.setData(256, entry)  # Qt.UserRole
        return item

    @Slot(QListWidgetItem)
    def _restore(self, item: QListWidgetItem) -> None:
        self.restoreRequested.emit(item.data(256))

    @Slot(bool)
    def _set_enabled(self, enabled: bool) -> None:
        app_settings().setValue(ENABLED_KEY, enabled)
        self.statusMessage.emit(
            self.tr("New translations are kept in the history.")
            if enabled
            else self.tr("History is off.")
        )

    @Slot()
    def clear(self) -> None:
        """Ask, then clear; a history that cannot be read is moved aside and started anew."""
        if not self._confirm_clear():
            return
        try:
            moved = self.history.clear()
        except UserError as error:
            self.statusMessage.emit(str(error))
            return
        self.refresh()
        if moved is None:
            self.statusMessage.emit(self.tr("The history is cleared."))
        else:
            self.statusMessage.emit(
                self.tr(
                    "The history file was damaged: it is kept as {path}, and a new history "
                    "is started."
                ).format(path=moved)
            )

    def _confirm_clear(self) -> bool:
        try:
            question = self.tr(
                "Forget all {count} translations in the history? This cannot be undone."
            ).format(count=number(self.history.count()))
        except UserError:
            question = self.tr(
                "The history cannot be read. Move its file aside and start a new, empty history?"
            )
        answer = QMessageBox.question(self, self.tr("Clear the history"), question)
        return answer == QMessageBox.StandardButton.Yes
