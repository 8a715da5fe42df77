"""The Translate tab's row for a running file job: which file, how far, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget


class FileJobRow(QWidget):
    """Shown while a file is translated; hidden otherwise.

    Attributes:
        label: "Translating NAME…".
        progress: lines done of the file's lines (busy until the first report).
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
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelFileButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, name: str) -> None:
        """A job on the file ``name`` started: busy until its first progress report."""
        self.label.setText(f"Translating {name}\u2026")
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def show_progress(self, name: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done:,} of {total:,} lines")
        self.label.setText(f"Translating {name}")

    def cancelling(self, name: str) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(f"Cancelling {name}\u2026")
