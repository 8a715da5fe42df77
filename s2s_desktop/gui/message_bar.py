"""An inline message under a form: errors and notices in plain words, never a dialog storm.

Its colours are mixed from the window's palette with one hue a kind, so the bar reads in a
light and a dark theme alike and follows a theme change while shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from s2s_desktop.gui.theme import tinted_panel


class MessageBar(QFrame):
    """One message at a time, tinted by kind, hidden when empty; its ✕ closes it.

    Attributes:
        kind: "error", "info" or "success" for the message shown, "" when hidden.
        label: the message's text.
        close_button: hides the message (the user has read it).

    Signals:
        closed(): the user closed the message.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.clicked.connect(self._close_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.label.setText(text)
        # An error says so in words for screen readers, not in colour alone.
        error = self.tr("Error: {message}").format(message=text) if kind == "error" else text
        self.setAccessibleName(error)
        self._tint()
        self.show()

    def show_error(self, text: str) -> None:
        self.show_message(text, "error")

    def clear_message(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()

    def _close_clicked(self) -> None:
        self.clear_message()
        self.closed.emit()

    def _tint(self) -> None:
        if not self.kind:
            return
        sheet = tinted_panel("MessageBar", self.kind)
        if sheet != self.styleSheet():  # setting it changes the palette: no loop
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
