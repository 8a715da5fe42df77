"""The "Cluster command" dialog: the torchrun command line for the Train tab's settings, and how
to bring the trained model back to this desktop."""

from __future__ import annotations

import html
import shlex
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.cluster_command import torchrun_command
from s2s_desktop.engine.wording import number

PROCESS_CHOICES = ("gpu", "1", "2", "4", "8")


class ClusterCommandDialog(QDialog):
    """Shows (and copies) the command that trains ``settings`` (RunSettings) on a cluster."""

    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Train on a cluster"))
        self.setObjectName("clusterCommandDialog")

        intro = QLabel(
            self.tr(
                "Run this command where the corpus is and s2s-desktop is installed "
                "({install}). PyTorch's {torchrun} starts one training process per GPU; "
                "together they train this one model."
            ).format(
                install="<code>pip install s2s-desktop</code>", torchrun="<code>torchrun</code>"
            )
        )
        intro.setWordWrap(True)
        self.nodes_spin = QSpinBox()
        self.nodes_spin.setObjectName("clusterNodesSpin")
        self.nodes_spin.setRange(1, 4096)
        self.nodes_spin.setToolTip(
            self.tr("Machines that train together; run the command on each.")
        )
        self.processes_combo = QComboBox()
        self.processes_combo.setObjectName("clusterProcessesCombo")
        self.processes_combo.setEditable(True)
        self.processes_combo.addItems(PROCESS_CHOICES)
        self.processes_combo.setToolTip(
            self.tr(
                "Processes per machine: gpu starts one per GPU; on machines without GPUs, give "
                "a number (each process then uses its share of the CPU cores)."
            )
        )
        self.folder_edit = QLineEdit(settings.folder)
        self.folder_edit.setObjectName("clusterFolderEdit")
        self.folder_edit.setToolTip(
            self.tr("Where the corpus folder is on the cluster (every machine).")
        )
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("clusterHostEdit")
        self.host_edit.setPlaceholderText(self.tr("the first machine's host name"))
        self.host_edit.setToolTip(self.tr("The machines meet at this host (port 29500)."))
        form = QFormLayout()  # each row's label is its field's buddy
        form.addRow(self.tr("&Machines"), self.nodes_spin)
        form.addRow(self.tr("&Processes per machine"), self.processes_combo)
        form.addRow(self.tr("C&orpus folder there"), self.folder_edit)
        form.addRow(self.tr("&First machine"), self.host_edit)

        self.command_view = QPlainTextEdit()
        self.command_view.setObjectName("clusterCommandText")
        self.command_view.setReadOnly(True)
        self.command_view.setAccessibleName(self.tr("Command"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.command_view.setFont(font)
        # The command keeps its own lines (backslash continuations), as a shell shows them.
        self.command_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        metrics = QFontMetrics(font)
        self.command_view.setMinimumWidth(metrics.horizontalAdvance("x" * 84) + 24)
        self.command_view.setFixedHeight(metrics.lineSpacing() * 9 + 12)

        name = html.escape(shlex.quote(settings.name))
        archive = html.escape(shlex.quote(f"{settings.name}.zip"))
        notes = self.tr(
            "With several machines, run it on each, with the corpus at the same path on all. "
            "Batch tokens ({batch}) is the batch of the whole run, split over the processes: "
            "with more GPUs, raise it to keep each one busy. The run stops and resumes like one "
            "on this desktop (add {resume})."
        ).format(batch=number(settings.training.batch_tokens), resume="<code>--resume</code>")
        back = self.tr(
            "on the cluster, {export}; copy {archive} here and choose {import_} in the Models tab."
        ).format(
            export=f"<code>s2s-desktop models export {name} {archive}</code>",
            archive=f"<code>{archive}</code>",
            import_="<i>{}</i>".format(self.tr("Import…")),
        )
        heading = self.tr("Bringing the model back:")
        self.notes = QLabel(f"{notes}<br><br><b>{heading}</b> {back}")
        self.notes.setObjectName("clusterNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.copied_label = QLabel()
        self.copied_label.setObjectName("clusterCopiedLabel")
        self.copy_button = QPushButton(self.tr("Copy command"))
        self.copy_button.setObjectName("copyClusterCommandButton")
        self.copy_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.command_view)
        layout.addWidget(self.notes)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)

        self.copy_button.clicked.connect(self.copy)
        self.nodes_spin.valueChanged.connect(self._refresh)
        self.processes_combo.currentTextChanged.connect(self._refresh)
        self.folder_edit.textChanged.connect(self._refresh)
        self.host_edit.textChanged.connect(self._refresh)
        self._refresh()

    def command(self) -> str:
        processes = self.processes_combo.currentText().strip() or "gpu"
        return torchrun_command(
            self.settings,
            nodes=self.nodes_spin.value(),
            processes=processes,
            folder=self.folder_edit.text().strip() or self.settings.folder,
            host=self.host_edit.text().strip() or "HOST",
        )

    @Slot()
    def _refresh(self) -> None:
        several = self.nodes_spin.value() > 1
        self.host_edit.setEnabled(several)
        self.command_view.setPlainText(self.command())
        self.copied_label.clear()

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command())
        self.copied_label.setText(self.tr("Copied to the clipboard."))
