"""The Translate tab's row for a running file job: which file, how far, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from s2s_desktop.engine.event_words import format_duration
from s2s_desktop.engine.wording import number


class FileJobRow(QWidget):
    """Shown while a file is translated; hidden otherwise.

    Attributes:
        label: "Translating NAME…".
        progress: sentences done of the document's (busy until the first report).
        cancel_button: asks the job to stop (the tab connects it).
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fileRow")
        self.label = QLabel()
        self.label.setObjectName("fileLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("fileProgress")
        self.progress.setTextVisible(True)
        self.progress.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.progress.setAccessibleName(self.tr("File translation progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelFileButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, name: str) -> None:
        """A job on the file ``name`` started: busy until its first progress report."""
        self.label.setText(self.tr("Translating {name}\u2026").format(name=name))
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def show_progress(self, name: str, done: int, total: int, eta: float | None = None) -> None:
        """``done`` of ``total`` sentences (a document's go shortest first, so paragraphs would
        all end near the end), with the time left once known."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        counts = {"done": number(done), "total": number(total)}
        if eta is not None and done < total:
            text = self.tr("{done} of {total} sentences, {left} left").format(
                left=format_duration(eta), **counts
            )
        else:
            text = self.tr("{done} of {total} sentences").format(**counts)
        self.progress.setFormat(text)
        self.label.setText(self.tr("Translating {name}").format(name=name))

    def cancelling(self, name: str) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling {name}\u2026").format(name=name))
