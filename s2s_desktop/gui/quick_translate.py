"""Translate from anywhere: the clipboard's text translated into a small popup near the cursor.

Three ways in: the window's shortcut (Ctrl+Shift+T, while it has focus), the tray icon's menu,
and ``s2s-desktop --translate-clipboard``, which a desktop can bind to a global key (GNOME,
KDE, Xfce, Windows and macOS all let a user bind a key to a command; Qt has no portable global
shortcut of its own). That command hands the request to the running app over a local socket
(``single_instance``), or starts the app with it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

SHORTCUT = "Ctrl+Shift+T"
TRANSLATE_CLIPBOARD = "translate-clipboard"  # the message the command line sends
_SOURCE_CHARS = 160


class ClipboardPopup(QFrame):
    """A small window near the cursor: what was translated, the translation, Copy and Replace.

    Replace puts the translation on the clipboard in place of the text, so pasting (Ctrl+V)
    over the selection in the other app replaces it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("clipboardPopup")
        self.setWindowTitle(self.tr("Translation of the clipboard"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.source_label = QLabel()
        self.source_label.setObjectName("popupSource")
        self.source_label.setWordWrap(True)
        self.source_label.setEnabled(False)  # muted: the translation is what matters
        self.translation_label = QLabel()
        self.translation_label.setObjectName("popupTranslation")
        self.translation_label.setWordWrap(True)
        self.translation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.translation_label.setMinimumWidth(320)
        self.translation_label.setMaximumWidth(560)
        font = self.translation_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.translation_label.setFont(font)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("popupCopy")
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.replace_button.setObjectName("popupReplace")
        self.replace_button.setToolTip(
            self.tr(
                "Put the translation on the clipboard in place of the text: paste it (Ctrl+V) "
                "over the selection."
            )
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.replace_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.translation_label)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy)
        self.replace_button.clicked.connect(self.replace)
        QShortcut(QKeySequence("Escape"), self, self.hide)
        self.translation = ""

    def show_text(self, source: str, message: str, near: QPoint | None = None) -> None:
        """Show ``message`` ("Translating…", or why not) for ``source``, near ``near``."""
        shown = " ".join(source.split())
        if len(shown) > _SOURCE_CHARS:
            shown = shown[: _SOURCE_CHARS - 1] + "\u2026"
        self.source_label.setText(shown)
        self.source_label.setVisible(bool(shown))
        self.translation = ""
        self.translation_label.setText(message)
        self.copy_button.setEnabled(False)
        self.replace_button.setEnabled(False)
        self.adjustSize()
        self._place(near or QCursor.pos())
        self.show()
        self.raise_()
        self.activateWindow()

    def show_translation(self, translation: str) -> None:
        self.translation = translation
        self.translation_label.setText(translation)
        self.translation_label.setAccessibleDescription(translation)
        self.copy_button.setEnabled(True)
        self.replace_button.setEnabled(True)
        self.adjustSize()
        self.copy_button.setFocus()

    def _place(self, near: QPoint) -> None:
        """Below and right of ``near``, kept on its screen."""
        screen = QGuiApplication.screenAt(near) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(max(near.x() + 12, area.left()), area.right() - self.width())
        y = near.y() + 16
        if y + self.height() > area.bottom():
            y = max(area.top(), near.y() - self.height() - 8)
        self.move(x, y)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.translation)
        self.hide()

    @Slot()
    def replace(self) -> None:
        QGuiApplication.clipboard().setText(self.translation)
        self.hide()


class QuickTranslate(QObject):
    """The clipboard translated with the Translate tab's model, in a ``ClipboardPopup``; the
    window's shortcut and (where the desktop has a tray) the tray icon and its menu.

    Signals:
        showWindowRequested(): the tray's "Show window".
        quitRequested(): the tray's "Quit".
    """

    showWindowRequested = Signal()
    quitRequested = Signal()

    def __init__(self, window: QWidget, translate_tab: QWidget, serve_check: QWidget) -> None:
        super().__init__(window)
        self.tab = translate_tab
        self.popup = ClipboardPopup()
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.setWhatsThis(self.tr("Translate the clipboard in a small window"))
        self.shortcut.activated.connect(self.translate_clipboard)
        self.tab.worker.quickTranslated.connect(self._on_translated)
        self.tab.worker.quickFailed.connect(self._on_failed)
        self._pending = ""
        self._waiting = False  # asked before the model was loaded
        self.tab.worker.loaded.connect(self._on_model_loaded)
        self.tab.worker.loadFailed.connect(self._on_load_failed)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray(window, serve_check)

    def _make_tray(self, window: QWidget, serve_check: QWidget) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(window.windowIcon(), self)
        tray.setToolTip("s2s-desktop")
        menu = QMenu(window)
        menu.addAction(self.tr("Show window"), self.showWindowRequested.emit)
        menu.addAction(self.tr("Translate clipboard") + f"\t{SHORTCUT}", self.translate_clipboard)
        serving = QAction(self.tr("Let other apps use my models"), menu, checkable=True)
        serving.setChecked(serve_check.isChecked())  # type: ignore[attr-defined]
        serving.toggled.connect(serve_check.setChecked)  # type: ignore[attr-defined]
        serve_check.toggled.connect(serving.setChecked)  # type: ignore[attr-defined]
        menu.addAction(serving)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.quitRequested.emit)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_tray_activated)
        tray.show()
        self.tray_menu = menu
        return tray

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.showWindowRequested.emit()

    @Slot()
    def translate_clipboard(self) -> None:
        """Translate the clipboard's text (the X11 selection when the clipboard has none)."""
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text().strip()
        if not text and clipboard.supportsSelection():
            text = clipboard.text(clipboard.Mode.Selection).strip()
        if not text:
            self.popup.show_text(
                "", self.tr("The clipboard holds no text: copy some, then try again.")
            )
            return
        if not self.tab.translate_quick(text):  # type: ignore[attr-defined]
            if self.tab.current_model() is None:  # type: ignore[attr-defined]
                self.popup.show_text(
                    text, self.tr("No model yet: train or import one in the window.")
                )
            else:  # loading (at start-up): translate once it is ready
                self._waiting = True
                self._pending = text
                self.popup.show_text(text, self.tr("Loading the model\u2026"))
            return
        self._pending = text
        self.popup.show_text(text, self.tr("Translating\u2026"))

    @Slot(str, object)
    def _on_model_loaded(self, *_: object) -> None:
        if self._waiting:
            self._waiting = False
            self.translate_clipboard()

    @Slot(str, str)
    def _on_load_failed(self, _: str, message: str) -> None:
        if self._waiting:
            self._waiting = False
            self.popup.show_text(self._pending, message)

    @Slot(str, str)
    def _on_translated(self, text: str, translation: str) -> None:
        if text == self._pending:
            self.popup.show_translation(translation)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.popup.show_text(self._pending, message)

    def shutdown(self) -> None:
        self.popup.hide()
        if self.tray is not None:
            self.tray.hide()
