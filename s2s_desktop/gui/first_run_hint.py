"""What the Translate tab shows when there is no model yet: a first run, in one click."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.theme import tinted_panel

# Its first sentence (up to ". ") is shown in bold.
EMPTY_HINT = translate(
    "FirstRunHint",
    "No model yet. Train one on your own parallel text in the Train tab, or try the sample "
    "corpus: English \u2192 Spanish Bible verses, a few minutes on a laptop CPU.",
)


class FirstRunHint(QFrame):
    """The empty state: a sentence on what to do, and the two ways to a first model.

    Attributes:
        sample_button: trains on the bundled sample corpus (the window connects it).
        train_button: goes to the Train tab.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("emptyHint")
        self._tint()
        self.text = text = QLabel()
        text.setObjectName("emptyHintText")
        text.setWordWrap(True)
        font = QFont(text.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        text.setFont(font)
        self.sample_button = QPushButton(self.tr("Train on the sample corpus"))
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.setDefault(True)
        self.sample_button.setToolTip(
            self.tr(
                "Train a small English \u2192 Spanish model on the bundled public-domain Bible "
                "verses, then translate with it here."
            )
        )
        self.train_button = QPushButton(self.tr("Go to Train tab"))
        self.train_button.setObjectName("trainButton")
        self.train_button.setToolTip(
            self.tr("Choose a folder of your own parallel text and train on it.")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(text, 1)
        layout.addWidget(self.sample_button)
        layout.addWidget(self.train_button)
        self.set_training(None)

    def set_training(self, name: str | None) -> None:
        """While the first model trains (``name``), say so and offer no second sample run."""
        if name is None:
            first, _, rest = EMPTY_HINT.partition(". ")
            self.text.setText(f"<b>{first}.</b> {rest}")
        else:
            training = self.tr("Training {name}.").format(name=name)
            rest = self.tr("It is ready to use here when the run ends; follow it in the Train tab.")
            self.text.setText(f"<b>{training}</b> {rest}")
        self.sample_button.setEnabled(name is None)

    def _tint(self) -> None:
        sheet = tinted_panel("#emptyHint", "info")
        if sheet != self.styleSheet():  # setting it changes the palette: no loop
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
