"""The Train tab's run controls: Start, Stop, Resume, the progress bar and the run's message."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine import event_words as words
from s2s_desktop.engine import events
from s2s_desktop.engine.runs import resumable_names, resume_label
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.message_bar import MessageBar

PROGRESS_STEPS = 1000  # the progress bar's range: a run's progress in tenths of a percent
RESUME_MENU_SIZE = 15  # the runs Resume lists (newest first), here and in Models › Resume a run


class RunControls(QWidget, events.TrainingListener):
    """The buttons that start and stop a run, and what the run is doing in a line.

    A listener of the run's events (``engine.events.TrainingListener``): the progress bar
    follows the steps and ends on the run's outcome, which the message above it says in full.
    Which buttons are enabled is the Train tab's decision (``set_actions``).

    Attributes:
        start_button, stop_button, resume_button, cluster_button: the actions.
        progress: the progress bar; its text says what the run (or the form) is waiting for.
        message: inline messages about the run (finished, failed, exported).

    Signals:
        startRequested(): Start was pressed.
        stopRequested(): Stop was pressed.
        resumeRequested(): Resume was pressed.
        runChosen(str): a run was chosen from Resume's list (``offer_runs``).
        clusterRequested(): "Cluster command…" was pressed.
    """

    startRequested = Signal()
    stopRequested = Signal()
    resumeRequested = Signal()
    runChosen = Signal(str)
    clusterRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._epochs: int | None = None
        self._stopping = False
        self.resume_menu: QMenu | None = None  # the last list of runs offered
        self._build()
        self.start_button.clicked.connect(self.startRequested)
        self.stop_button.clicked.connect(self.stopRequested)
        self.resume_button.clicked.connect(self.resumeRequested)
        self.cluster_button.clicked.connect(self.clusterRequested)

    def _build(self) -> None:
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("startTrainingButton")
        self.start_button.setToolTip(self.tr("Train a new model with these settings."))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopTrainingButton")
        self.stop_button.setToolTip(self.tr("Stop after the current step and save a checkpoint."))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setObjectName("resumeTrainingButton")
        self.resume_button.setToolTip(
            self.tr(
                "Continue the run named above from its last checkpoint, with its own model and "
                "data; the epochs, time limit and device set here apply. With no run named, "
                "choose one of those that can continue."
            )
        )
        self.cluster_button = QPushButton(self.tr("Cluster command…"))
        self.cluster_button.setObjectName("clusterCommandButton")
        self.cluster_button.setToolTip(
            self.tr(
                "The torchrun command that trains these settings on a cluster's GPUs, and how "
                "to bring the model back."
            )
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("trainProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(True)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setAccessibleName(self.tr("Training progress"))
        self.message = MessageBar()
        self.message.setObjectName("runMessageBar")
        run_row = QHBoxLayout()
        run_row.addWidget(self.start_button)
        run_row.addWidget(self.stop_button)
        run_row.addWidget(self.resume_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cluster_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(run_row)

    # ------------------------------------------------------------------ the tab's calls

    def set_actions(self, start: bool, stop: bool, resume: bool, cluster: bool) -> None:
        """Enable the buttons the tab's state allows."""
        self.start_button.setEnabled(start)
        self.stop_button.setEnabled(stop)
        self.resume_button.setEnabled(resume)
        self.cluster_button.setEnabled(cluster)

    def offer_runs(self, store: ModelStore) -> None:
        """Resume pressed with no run named: a list of the runs that can go on (the first
        ``RESUME_MENU_SIZE``), at the button (choosing one emits ``runChosen``)."""
        menu = QMenu(self)
        menu.setObjectName("resumeMenu")
        for name in resumable_names(store)[:RESUME_MENU_SIZE]:
            menu.addAction(resume_label(store, name)).triggered.connect(
                lambda _=False, run=name: self.runChosen.emit(run)
            )
        self.resume_menu = menu
        button = self.resume_button
        menu.popup(button.mapToGlobal(button.rect().topLeft()))

    def show_ready(self, text: str) -> None:
        """No run: the bar is empty and says what Start waits for (or that it is ready)."""
        self.progress.setValue(0)
        self.progress.setFormat(text)
        self.progress.setToolTip(text)  # the whole sentence where a narrow bar clips it

    def show_starting(self) -> None:
        """A run was asked for: the last run's message goes, the bar starts from zero."""
        self._epochs = None
        self._stopping = False
        self.message.clear_message()
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Starting…"))
        self.progress.setToolTip("")

    def show_stopping(self) -> None:
        """Stop was asked for: the bar says so until the run ends (steps still move it)."""
        self._stopping = True
        self.progress.setFormat(self.tr("Stopping: saving a checkpoint…"))

    # ------------------------------------------------------------------ the run's events

    def on_preparing(self, event: events.Preparing) -> None:
        self.progress.setFormat(words.preparing_line(event))

    def on_started(self, event: events.Started) -> None:
        self._epochs = event.epochs
        epoch = f"1{words.of_epochs(self._epochs)}"  # "1/10", or "1" without a number of epochs
        self.progress.setFormat(self.tr("Epoch {epoch} · starting").format(epoch=epoch))

    def on_step(self, event: events.Step) -> None:
        self.progress.setValue(int(round(event.progress * PROGRESS_STEPS)))
        if not self._stopping:
            self.progress.setFormat(words.step_progress(event, self._epochs))

    def on_finished(self, event: events.Finished) -> None:
        kind = "success" if event.has_model and event.reason != "stopped" else "info"
        self.message.show_message(words.finished_message_for_window(event), kind)
        if event.reason == "completed":
            self.progress.setValue(PROGRESS_STEPS)
        self.progress.setFormat(words.finished_summary(event))

    def on_failed(self, event: events.Failed) -> None:
        self.message.show_error(event.message)
        self.progress.setFormat(self.tr("Training failed: see the message above"))
