"""The "Evaluate on a test set…" dialog: score the chosen models on one test set, in one table.

The scoring is the engine's (``engine.scoring.evaluate_models``), run on the thread pool by an
``EvaluationJob``: progress and each model's score come back as signals, Stop ends it between
chunks of sentences, and closing the dialog stops it (the scores already measured stay saved).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine.config import MAX_BEAM
from s2s_desktop.engine.held_out_scores import memory_warning
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.tasks import run_in_background

if TYPE_CHECKING:
    from s2s_desktop.engine.held_out_scores import TestScore
    from s2s_desktop.engine.scoring import ScoringProgress
    from s2s_desktop.engine.store import ModelStore

COLUMNS = (
    translate("EvaluateDialog", "Model"),
    "BLEU",
    "chrF",
    translate("EvaluateDialog", "Beam"),
    translate("EvaluateDialog", "Sentences"),
)
_STEPS = 1000  # progress bar steps per model


class EvaluationJob(QObject):
    """Scores models on a test set on the thread pool; one run at a time.

    Signals:
        progress(object): an engine ``ScoringProgress`` after each chunk of sentences.
        scored(object): a model's ``TestScore``, saved with it.
        finished(list): every ``TestScore`` of the run (fewer when it was stopped).
        failed(str): a sentence saying what went wrong; the scores saved before stay.
    """

    progress = Signal(object)
    scored = Signal(object)
    finished = Signal(list)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.busy = False
        self.destroyed.connect(self._stop.set)  # its dialog deleted mid-run: stop, tell nobody

    def start(
        self, store: ModelStore, names: Sequence[str], paths: Sequence[Path], beam: int | None
    ) -> None:
        if self.busy:
            raise RuntimeError("an evaluation is already running")
        self.busy = True
        self._stop.clear()
        run_in_background(
            lambda report: self._evaluate(store, list(names), list(paths), beam, report),
            self._on_finished,
            self._on_failed,
            parent=self,
            on_progress=self._on_progress,
        )

    def stop(self) -> None:
        """Ask the run to stop after its current chunk (safe from any thread)."""
        self._stop.set()

    def _evaluate(
        self,
        store: ModelStore,
        names: list[str],
        paths: list[Path],
        beam: int | None,
        report: Callable[[tuple[str, object]], None],
    ) -> list[TestScore]:
        from s2s_desktop.engine.scoring import evaluate_models  # torch: on the pool thread

        return evaluate_models(
            store,
            names,
            paths,
            beam=beam,
            progress=lambda step: report(("progress", step)),
            scored=lambda score: report(("scored", score)),
            stopped=self._stop.is_set,
        )

    def _on_progress(self, item: tuple[str, object]) -> None:
        """On the GUI thread: a chunk scored, or a model's score saved."""
        kind, value = item
        (self.progress if kind == "progress" else self.scored).emit(value)

    def _on_finished(self, scores: list[TestScore]) -> None:
        self.busy = False
        self.finished.emit(scores)

    def _on_failed(self, message: str) -> None:
        self.busy = False
        self.failed.emit(message)


class EvaluateDialog(QDialog):
    """Scores the models ``names`` of ``store`` on one test set the user chooses.

    Attributes:
        names: the models to score.
        paths: the chosen test set (a folder or file, or two files), empty until chosen.
        job: the ``EvaluationJob`` that scores them.

    Signals:
        scoresSaved(list): names of the models whose scores were saved by the last run (sent
            when it ends, stopped or failed included, if any was saved): refresh their view.
    """

    scoresSaved = Signal(list)

    def __init__(self, names: list[str], store: ModelStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = list(names)
        self.store = store
        self.paths: list[Path] = []
        self._saved: list[str] = []
        self._warnings: list[str] = []  # scores measured on sentences their model learned
        self.setWindowTitle(self.tr("Evaluate on a test set"))
        self.setObjectName("evaluateDialog")
        self.job = EvaluationJob(self)
        self._build()
        self.job.progress.connect(self.on_progress)
        self.job.scored.connect(self.on_scored)
        self.job.finished.connect(self.on_finished)
        self.job.failed.connect(self.on_failed)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.job.stop)
        self.buttons.rejected.connect(self.reject)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.job.stop)
        self._update_buttons()
        self.files_button.setFocus()  # where a keyboard user starts: choosing the test set

    def _build(self) -> None:
        shown = ", ".join(self.names)
        intro = QLabel(
            self.tr(
                "Each model translates the test set's sentences and is compared with their "
                "reference translations (BLEU and chrF, sacrebleu). The score is saved with the "
                "model, in place of an earlier one on the same test set with the same beam."
            )
        )
        intro.setWordWrap(True)
        models = QLabel(shown or self.tr("none chosen"))
        models.setObjectName("evaluateModelsLabel")
        models.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("evaluateTestSetEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(
            self.tr("a folder, a .tsv or .tmx file, or test.en + test.de")
        )
        placeholder = self.path_edit.placeholderText()  # whole at the dialog's natural size
        self.path_edit.setMinimumWidth(
            self.path_edit.fontMetrics().horizontalAdvance(placeholder) + 24
        )
        self.path_edit.setAccessibleName(self.tr("Test set"))
        self.files_button = QPushButton(self.tr("Files…"))
        self.files_button.setObjectName("evaluateFilesButton")
        self.files_button.setAccessibleName(self.tr("Choose test files"))
        self.files_button.setToolTip(
            self.tr(
                "A .tsv or .tmx file, or a file pair like test.en + test.de "
                "(choose one side or both)"
            )
        )
        self.folder_button = QPushButton(self.tr("Folder…"))
        self.folder_button.setObjectName("evaluateFolderButton")
        self.folder_button.setAccessibleName(self.tr("Choose a test folder"))
        self.folder_button.setToolTip(
            self.tr("A folder whose test files (test.*, newstest*) are scored")
        )
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.files_button)
        path_row.addWidget(self.folder_button)
        self.beam_spin = QSpinBox()
        self.beam_spin.setObjectName("evaluateBeamSpin")
        self.beam_spin.setRange(0, MAX_BEAM)
        self.beam_spin.setSpecialValueText(self.tr("each model's own"))
        self.beam_spin.setAccessibleName(self.tr("Beam width"))
        self.beam_spin.setToolTip(
            self.tr(
                "Beam search width for every model (1: greedy); by default each model's own, the "
                "beam its BLEU was measured with"
            )
        )
        form = QFormLayout()
        for text, field, buddy in (
            (self.tr("Models:"), models, None),
            (self.tr("&Test set:"), path_row, self.path_edit),
            (self.tr("&Beam:"), self.beam_spin, self.beam_spin),
        ):
            label = QLabel(text)
            if buddy is not None:
                label.setBuddy(buddy)
            form.addRow(label, field)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("evaluateProgress")
        self.progress_bar.setAccessibleName(self.tr("Evaluation progress"))
        self.progress_bar.setRange(0, max(1, len(self.names)) * _STEPS)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(False)
        self.status_label = QLabel(self.tr("Choose a test set, then Evaluate."))
        self.status_label.setObjectName("evaluateStatus")
        self.status_label.setWordWrap(True)
        self.message_bar = MessageBar(self)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("evaluateResults")
        self.table.setAccessibleName(self.tr("Test scores"))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.run_button = QPushButton(self.tr("Evaluate"))
        self.run_button.setObjectName("evaluateRunButton")
        self.run_button.setAccessibleName(self.tr("Evaluate the models"))
        self.run_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("evaluateStopButton")
        self.stop_button.setAccessibleName(self.tr("Stop the evaluation"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    # --- Choosing the test set ---------------------------------------------------------------

    def set_test_paths(self, paths: Sequence[str | Path]) -> None:
        """Score on ``paths``: a folder or one file, or two files (source and reference)."""
        self.paths = [Path(path) for path in paths]
        # The names fit the field; the whole paths are in its tooltip.
        names = [path.name + ("/" if path.is_dir() else "") for path in self.paths]
        self.path_edit.setText(" + ".join(names))
        self.path_edit.setToolTip("\n".join(str(path) for path in self.paths))
        self.path_edit.setCursorPosition(0)
        self.message_bar.clear_message()
        self._update_buttons()

    @Slot()
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr(
                "Choose the test set: one .tsv or .tmx file, or a file pair (test.en + test.de)"
            ),
            str(self.paths[0].parent) if self.paths else "",
            self.tr("Test sets (*.tsv *.tab *.tmx *.*);;All files (*)"),
        )
        if files:
            self.set_test_paths(files)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose a folder with test files"),
            str(self.paths[0]) if self.paths else "",
        )
        if folder:
            self.set_test_paths([folder])

    # --- Running ---------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.job.busy

    @Slot()
    def run(self) -> None:
        """Score every model on the chosen test set; the table fills as each is saved."""
        if self.job.busy or not self.paths or not self.names:
            return
        self.message_bar.clear_message()
        self.table.setRowCount(0)
        self._saved = []
        self._warnings = []
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("Reading the test set…"))
        self.job.start(self.store, self.names, self.paths, self.beam_spin.value() or None)
        self._update_buttons()

    @Slot(object)
    def on_progress(self, step: ScoringProgress) -> None:
        share = step.done / step.total if step.total else 0.0
        self.progress_bar.setValue(round((step.index + share) * _STEPS))
        self.status_label.setText(
            self.tr("Scoring {model} ({number} of {models}): {done} of {total} sentences").format(
                model=step.model,
                number=step.index + 1,
                models=step.models,
                done=number(step.done),
                total=number(step.total),
            )
        )

    @Slot(object)
    def on_scored(self, score: TestScore) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (
            score.model,
            number(score.bleu, 1),
            number(score.chrf, 1),
            str(score.beam),
            number(score.sentences),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self._saved.append(score.model)
        warning = memory_warning(score)
        if warning:
            self._warnings.append(warning)
            self.message_bar.show_message(" ".join(self._warnings), "warning")

    @Slot(list)
    def on_finished(self, scores: list[TestScore]) -> None:
        if len(scores) == len(self.names):
            self.progress_bar.setValue(self.progress_bar.maximum())
            test_set = scores[-1].test_set if scores else ""
            self.status_label.setText(
                self.tr("Scored on {test_set} and saved with each model.").format(test_set=test_set)
                if test_set
                else self.tr("Nothing to score.")
            )
        else:
            self.status_label.setText(
                self.tr("Stopped: {scored} of {models} scored.").format(
                    scored=len(scores), models=len(self.names)
                )
            )
        self._end()

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.status_label.setText(
            self.tr("{scored} of {models} scored.").format(
                scored=len(self._saved), models=len(self.names)
            )
        )
        self.message_bar.show_error(message)
        self._end()

    def _end(self) -> None:
        self._update_buttons()
        if self._saved:
            self.scoresSaved.emit(list(self._saved))

    def _update_buttons(self) -> None:
        busy = self.job.busy
        self.run_button.setEnabled(not busy and bool(self.paths) and bool(self.names))
        self.stop_button.setEnabled(busy)
        self.files_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)
        self.beam_spin.setEnabled(not busy)

    # --- Closing -----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing stops a run after its current chunk; the scores saved so far stay."""
        self.job.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.job.stop()
        super().closeEvent(event)
