"""The Train tab: choose a folder of parallel text, shape a model, train it, watch it learn.

The folder scan runs on the thread pool and training on the tab's own QThread (a
``TrainingWorker``); this widget only shows what they report. Torch is never imported here at
module level: the window appears first, and the model form loads the presets in the background.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine import event_words as words
from s2s_desktop.engine import events
from s2s_desktop.engine.auto import SIZE_FIELDS, AutoChoice, CorpusFacts, choose, facts_of
from s2s_desktop.engine.config import PRESETS
from s2s_desktop.engine.corpus import ScanReport, scan_folder
from s2s_desktop.engine.errors import LanguagePairNeeded, UserError
from s2s_desktop.engine.model_files import has_model, read_metrics
from s2s_desktop.engine.planning import RunPlan, RunRequest, default_name, plan_run
from s2s_desktop.engine.settings import TrainingConfig
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.cluster_dialog import ClusterCommandDialog
from s2s_desktop.gui.loss_plot import TrainingPlots
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.model_form import AUTO, DEFAULT_PRESET, ModelForm
from s2s_desktop.gui.sample_run import SampleRun
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.tasks import run_in_background
from s2s_desktop.gui.workers import TrainingWorker, start_worker_thread

_DEFAULTS = TrainingConfig()  # the training fields' values for a named preset
_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")
_SEVERAL_PAIRS = "This folder holds several language pairs: choose the source and target."
_UNNAMED_PAIR = (
    "The .tsv files here do not say which languages they hold: type the source and target "
    "language codes (like en and de)."
)
# "Train for" choices: (text, data): data is minutes, or "custom", "epochs" or "forever".
TRAIN_FOR = (
    ("10 minutes", "10"),
    ("30 minutes", "30"),
    ("2 hours", "120"),
    ("Custom time", "custom"),
    ("Epochs", "epochs"),
    ("Until stopped", "forever"),
)
DEFAULT_TRAIN_FOR = "30"

# States of the tab (what the buttons allow).
IDLE, SCANNING, TRAINING, STOPPING = "idle", "scanning", "training", "stopping"


# Offered in the Encoding box; any other codec name Python knows can be typed.
ENCODINGS = (
    "utf-8",
    "latin-1",
    "cp1252",
    "iso-8859-15",
    "cp1250",
    "cp1251",
    "koi8-r",
    "shift_jis",
    "euc-jp",
    "gb18030",
    "big5",
    "euc-kr",
)


def _scan(
    folder: str, src: str | None, tgt: str | None, encoding: str
) -> tuple[ScanReport, CorpusFacts] | LanguagePairNeeded:
    """The scan and what auto needs to know of the corpus, on the thread pool; a missing
    language choice is an answer, not a failure."""
    try:
        report = scan_folder(folder, src, tgt, encoding=encoding)
    except LanguagePairNeeded as needed:
        return needed
    return report, facts_of(report)


def _folder_of(mime: QMimeData) -> Path | None:
    """The folder a drop carries: a dropped folder, or the folder of a dropped file."""
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            return path if path.is_dir() else path.parent
    return None


def _languages_of(pairs: list[tuple[str, str]]) -> list[str]:
    return sorted({code for pair in pairs for code in pair})


def _how_long(training: Any, extra_minutes: float | None) -> str:
    """ "30 minutes", "10 epochs", "until stopped", or "30 more minutes" (a resume)."""
    minutes = extra_minutes or training.max_minutes
    if minutes:
        more = "more " if extra_minutes else ""
        if minutes >= 120 and minutes % 60 == 0:
            return f"{minutes / 60:g} {more}hours"
        return f"{minutes:g} {more}minutes"
    if training.epochs:
        return f"{training.epochs} epochs"
    return "until stopped"


class _LearningRateSpin(QDoubleSpinBox):
    """A learning rate shown as 0.0005 or 5e-05, stepped by halving and doubling."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(10)
        self.setRange(1e-7, 0.99)

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> Any:
        try:
            value = float(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        self.setValue(self.value() * 2.0**steps)


class TrainTab(QWidget, events.TrainingListener):
    """The Train tab.

    Attributes:
        model_form: the Model group (preset and every architecture field).
        plots: the live loss and BLEU plots.
        worker: the TrainingWorker (in its own QThread) that runs the engine's Trainer.
        data_message: inline messages about the folder and its data.
        run_message: inline messages about the run (finished, failed, exported).

    Signals:
        trainingStarted(str): a run began; the model's name.
        trainingFinished(str, bool): a run ended; the model's name and whether a usable model
            exists (one evaluation at least finished).
        statusMessage(str): short text for the window's status bar.
    """

    trainingStarted = Signal(str)
    trainingFinished = Signal(str, bool)
    statusMessage = Signal(str)
    # To the worker's thread: (RunSettings, resume, ScanReport or None, extra minutes or None).
    _runRequested = Signal(object, bool, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.setAcceptDrops(True)
        self._settings = app_settings()
        self._store = ModelStore()
        self._state = IDLE
        self._scan_serial = 0
        self._scanned_folder = ""  # the folder the shown report (or pair question) is about
        self._report: ScanReport | None = None
        self._facts: CorpusFacts | None = None  # the scanned corpus, as auto sees it
        self._auto: AutoChoice | None = None  # what auto chose for it (and the size set by hand)
        self._auto_own: AutoChoice | None = None  # what auto chose with no size set by hand
        self._hand_size: dict[str, int] = {}  # the size fields set by hand under auto
        # The batch and learning rate auto put in the form: they go back to the defaults when
        # another preset is chosen, unless edited since.
        self._auto_filled: tuple[int, float] | None = None
        self._cuda_name: str | None = None
        self._mps = False
        self._known_pairs: list[tuple[str, str]] = []
        self._pair_needed = False
        self._name_edited = False
        self._wanted_device = "auto"
        self._devices_probed = False
        self._run_name = ""
        self._epochs: int | None = None
        self._last_status = ""
        self._show_outcome = False  # the progress bar shows the last run's outcome
        self._scan_pair: tuple[str | None, str | None] = (None, None)
        self._scan_encoding = "utf-8"
        self._shut_down = False
        self._pending_sample: SampleRun | None = None  # starts once its scan and the form are in

        self._build_ui()
        self.worker = TrainingWorker()
        self.worker_thread = start_worker_thread(self.worker, "training")
        self._connect()
        self._restore()
        self._update_state()

    # ------------------------------------------------------------------ building

    def _build_ui(self) -> None:
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("trainFolderEdit")
        self.folder_edit.setPlaceholderText("A folder of parallel text (or drop one here)")
        self.folder_edit.setClearButtonEnabled(True)
        self.folder_edit.setAcceptDrops(False)  # a dropped folder goes to the tab, not as a URL
        self.folder_button = QPushButton("Choose folder…")
        self.folder_button.setObjectName("trainFolderButton")
        self.folder_button.setToolTip(
            "Moses file pairs (train.en + train.de), tab-separated .tsv files or .tmx "
            "translation memories, anywhere below the folder."
        )
        self.data_message = MessageBar()
        self.data_message.setObjectName("dataMessageBar")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("scanSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        self.src_combo = self._language_combo("srcLangCombo", "Source language code")
        self.tgt_combo = self._language_combo("tgtLangCombo", "Target language code")
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.setEditable(True)
        self.encoding_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.encoding_combo.addItems(ENCODINGS)
        self.encoding_combo.setMinimumContentsLength(7)
        self.encoding_combo.setToolTip(
            "Text encoding of the data files: UTF-8 unless they were saved otherwise "
            "(latin-1, cp1252, shift_jis, …)."
        )

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        languages_row = QHBoxLayout()
        languages_row.addWidget(QLabel("From"))
        languages_row.addWidget(self.src_combo, 1)
        languages_row.addWidget(QLabel("→"))
        languages_row.addWidget(self.tgt_combo, 1)
        languages_row.addSpacing(8)
        languages_row.addWidget(QLabel("Encoding"))
        languages_row.addWidget(self.encoding_combo)
        data_box = QGroupBox("Data")
        data_layout = QVBoxLayout(data_box)
        data_layout.addLayout(folder_row)
        data_layout.addWidget(self.data_message)
        data_layout.addWidget(self.summary_label)
        data_layout.addLayout(languages_row)
        self.data_box = data_box

        self.model_form = ModelForm()

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("modelNameEdit")
        self.name_edit.setPlaceholderText("named after the languages and preset")
        self.name_hint = QLabel()
        self.name_hint.setObjectName("modelNameHint")
        self.name_hint.setWordWrap(True)
        self.name_hint.setStyleSheet("color:#666;")
        self.name_hint.hide()
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setObjectName("epochsSpin")
        self.epochs_spin.setRange(1, 100_000)
        self.epochs_spin.setValue(10)
        self.epochs_spin.setToolTip("Passes over the training data; each ends with an evaluation.")
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("maxMinutesSpin")
        self.minutes_spin.setRange(1, 1_000_000)
        self.minutes_spin.setValue(60)
        self.minutes_spin.setSuffix(" min")
        self.minutes_spin.setToolTip("The time budget in minutes.")
        self.train_for_combo = QComboBox()
        self.train_for_combo.setObjectName("trainForCombo")
        for text, data in TRAIN_FOR:
            self.train_for_combo.addItem(text, data)
        self.train_for_combo.setToolTip(
            "A time budget trains the best model it can until the deadline: the learning rate "
            "is laid out over the time and reaches its end then, so the model at the deadline "
            "is finished. On a resume: this much more time."
        )
        self.train_for_value = QStackedWidget()
        self.train_for_value.setObjectName("trainForValue")
        self.train_for_value.addWidget(QWidget())  # a fixed budget, or until stopped
        self.train_for_value.addWidget(self.minutes_spin)
        self.train_for_value.addWidget(self.epochs_spin)
        self.batch_spin = QSpinBox()
        self.batch_spin.setObjectName("batchTokensSpin")
        self.batch_spin.setRange(16, 10_000_000)
        self.batch_spin.setSingleStep(512)
        self.batch_spin.setValue(_DEFAULTS.batch_tokens)
        self.batch_spin.setGroupSeparatorShown(True)
        self.batch_spin.setToolTip(
            "Tokens per batch (source + target). Lower it if the GPU runs out of memory."
        )
        self.lr_spin = _LearningRateSpin()
        self.lr_spin.setObjectName("learningRateSpin")
        self.lr_spin.setValue(_DEFAULTS.learning_rate)
        self.lr_spin.setToolTip("Peak learning rate, reached after warm-up (arrows halve/double).")
        self.patience_spin = QSpinBox()
        self.patience_spin.setObjectName("patienceSpin")
        self.patience_spin.setRange(0, 10_000)
        self.patience_spin.setValue(_DEFAULTS.patience or 0)
        self.patience_spin.setSpecialValueText("never")
        self.patience_spin.setToolTip(
            "Stop after this many evaluations without a better BLEU (0: never stop early)."
        )
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("deviceCombo")
        # A long GPU name must not widen the settings column (it would be clipped).
        self.device_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device_combo.setMinimumContentsLength(8)
        for text, device in (
            ("Auto", "auto"),
            ("CPU", "cpu"),
            ("CUDA GPU", "cuda"),
            ("Apple MPS", "mps"),
        ):
            self.device_combo.addItem(text, device)
        self.device_combo.setItemData(
            0,
            "The NVIDIA GPU if there is one, else Apple's GPU, else the CPU.",
            Qt.ItemDataRole.ToolTipRole,
        )
        self._set_device_enabled("cuda", False, "Checking for an NVIDIA GPU…")
        self._set_device_enabled("mps", False, "Checking for an Apple GPU…")

        training_box = QGroupBox("Training")
        grid = QGridLayout(training_box)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel("Name"), 0, 0)
        grid.addWidget(self.name_edit, 0, 1, 1, 3)
        grid.addWidget(self.name_hint, 1, 1, 1, 3)
        grid.addWidget(QLabel("Train for"), 2, 0)
        grid.addWidget(self.train_for_combo, 2, 1)
        grid.addWidget(self.train_for_value, 2, 2, 1, 2)
        rows = [
            ("Batch tokens", self.batch_spin, "Learning rate", self.lr_spin),
            ("Patience", self.patience_spin, "Device", self.device_combo),
        ]
        for row, (left, left_widget, right, right_widget) in enumerate(rows, start=3):
            grid.addWidget(QLabel(left), row, 0)
            grid.addWidget(left_widget, row, 1)
            grid.addWidget(QLabel(right), row, 2)
            grid.addWidget(right_widget, row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.training_box = training_box

        settings_column = QWidget()
        column = QVBoxLayout(settings_column)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(data_box)
        column.addWidget(self.model_form)
        column.addWidget(training_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("trainSettingsScroll")
        scroll.setWidget(settings_column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(settings_column.sizeHint().width() + 20)

        self.plots = TrainingPlots()
        self.log = QPlainTextEdit()
        self.log.setObjectName("trainLog")
        self.log.setReadOnly(True)
        self.log.setAcceptDrops(False)
        self.log.setMaximumBlockCount(20_000)
        self.log.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log.setPlaceholderText(
            "What the folder holds, each evaluation with sample translations, and checkpoints "
            "are written here."
        )
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(QLabel("<b>Log</b>"))
        log_layout.addWidget(self.log)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.plots)
        right.addWidget(log_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([600, 380])  # the log needs room for samples and the scan report

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("trainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([scroll.minimumWidth(), 10_000])

        self.start_button = QPushButton("Start")
        self.start_button.setObjectName("startTrainingButton")
        self.start_button.setToolTip("Train a new model with these settings.")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stopTrainingButton")
        self.stop_button.setToolTip("Stop after the current step and save a checkpoint.")
        self.resume_button = QPushButton("Resume")
        self.resume_button.setObjectName("resumeTrainingButton")
        self.resume_button.setToolTip(
            "Continue the run named above from its last checkpoint, with its own model and "
            "data; the epochs, time limit and device set here apply."
        )
        self.cluster_button = QPushButton("Cluster command…")
        self.cluster_button.setObjectName("clusterCommandButton")
        self.cluster_button.setToolTip(
            "The torchrun command that trains these settings on a cluster's GPUs, and how to "
            "bring the model back."
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("trainProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.run_message = MessageBar()
        self.run_message.setObjectName("runMessageBar")
        run_row = QHBoxLayout()
        run_row.addWidget(self.start_button)
        run_row.addWidget(self.stop_button)
        run_row.addWidget(self.resume_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cluster_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.run_message)
        layout.addLayout(run_row)

    def _language_combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText("code")
        combo.setToolTip(f"{tip}: found in the data, or typed (en, de, …).")
        combo.setMinimumContentsLength(4)
        return combo

    def _connect(self) -> None:
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_edit.editingFinished.connect(self._on_folder_edited)
        self.folder_edit.returnPressed.connect(self.rescan)
        self.src_combo.activated.connect(lambda _: self._on_language_chosen("src"))
        self.tgt_combo.activated.connect(lambda _: self._on_language_chosen("tgt"))
        self.src_combo.lineEdit().editingFinished.connect(lambda: self._on_language_chosen("src"))
        self.tgt_combo.lineEdit().editingFinished.connect(lambda: self._on_language_chosen("tgt"))
        self.encoding_combo.activated.connect(lambda _: self._on_encoding_chosen())
        self.encoding_combo.lineEdit().editingFinished.connect(self._on_encoding_chosen)
        self.model_form.ready.connect(self._on_form_ready)
        self.model_form.changed.connect(self._update_state)
        self.model_form.changed.connect(self._follow_size)
        self.model_form.preset_combo.currentTextChanged.connect(self._on_preset_changed)
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.name_edit.textChanged.connect(self._update_state)
        self.epochs_spin.valueChanged.connect(
            lambda value: self._settings.setValue("train/epochs", value)
        )
        self.device_combo.activated.connect(self._on_device_chosen)
        self.train_for_combo.activated.connect(lambda _: self._on_train_for_chosen())
        self.minutes_spin.valueChanged.connect(self._on_minutes_changed)
        self.start_button.clicked.connect(self.start_training)
        self.stop_button.clicked.connect(self.request_stop)
        self.resume_button.clicked.connect(self.resume_training)
        self.cluster_button.clicked.connect(self.show_cluster_command)
        self.plots.exported.connect(
            lambda path: self.run_message.show_message(f"Saved the plot as {path}.", "success")
        )
        self.plots.exportFailed.connect(self.run_message.show_error)
        self._runRequested.connect(self.worker.run)
        self.worker.event.connect(self._on_event)
        self.worker.steps.connect(self._on_steps)
        self.worker.done.connect(self._on_event)

    def _restore(self) -> None:
        """Bring back the last folder (scanned again), preset, epochs and device."""
        settings = self._settings
        self.model_form.set_preset(str(settings.value("train/preset", DEFAULT_PRESET)))
        self.epochs_spin.setValue(int(settings.value("train/epochs", 10, type=int)))
        self.minutes_spin.setValue(int(settings.value("train/minutes", 60, type=int)))
        self.set_train_for(str(settings.value("train/train_for", DEFAULT_TRAIN_FOR)))
        self._wanted_device = str(settings.value("train/device", "auto"))
        self._select_device(self._wanted_device)
        self.encoding_combo.setCurrentText(str(settings.value("train/encoding", "utf-8")))
        folder = str(settings.value("train/folder", ""))
        if folder:
            self.folder_edit.setText(folder)
            self.scan(folder)

    # ------------------------------------------------------------------ public API

    def is_training(self) -> bool:
        return self._state in (TRAINING, STOPPING)

    def is_scanning(self) -> bool:
        return self._state == SCANNING

    @Slot()
    def request_stop(self) -> None:
        """Ask the run to stop after its current step; it saves a checkpoint first."""
        if self._state != TRAINING:
            return
        self._state = STOPPING
        self.worker.request_stop()
        self.progress.setFormat("Stopping: saving a checkpoint…")
        self._emit_status(f"Stopping {self._run_name}…")
        self._update_state()

    def wait_for_stop(self, timeout_ms: int) -> bool:
        """Stop any run and wait (handling events) until the worker reports it done.

        Returns whether the run has ended; for the window's close.
        """
        if not self.is_training():
            return True
        self.request_stop()
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        self.trainingFinished.connect(loop.quit)
        timer.start(timeout_ms)
        if self.is_training():
            loop.exec()
        timer.stop()
        self.trainingFinished.disconnect(loop.quit)
        return not self.is_training()

    def train_sample(self, run: SampleRun) -> None:
        """Fill the form with ``run`` and start it once the folder is scanned (first run)."""
        if self.is_training():
            self._emit_status("A model is training already; stop it to train on the sample.")
            return
        self._pending_sample = run
        self.folder_edit.setText(str(run.folder))
        self.scan(str(run.folder))

    def set_available_devices(self, cuda_name: str | None, mps: bool) -> None:
        """Enable the devices this machine has (the window probes torch after showing)."""
        self._devices_probed = True
        self._cuda_name, self._mps = cuda_name, mps
        cuda_text = f"CUDA ({cuda_name})" if cuda_name else "CUDA (no NVIDIA GPU found)"
        self.device_combo.setItemText(self.device_combo.findData("cuda"), cuda_text)
        self._set_device_enabled("cuda", cuda_name is not None, cuda_text)
        mps_text = "Apple MPS" if mps else "Apple MPS (not available)"
        self.device_combo.setItemText(self.device_combo.findData("mps"), mps_text)
        self._set_device_enabled("mps", mps, mps_text)
        self._select_device(self._wanted_device)
        self._update_auto()

    def set_train_for(self, data: str) -> None:
        """Choose a "Train for" entry by its data ("30", "custom", "epochs", "forever")."""
        index = self.train_for_combo.findData(data)
        self.train_for_combo.setCurrentIndex(max(index, 0))
        self._on_train_for_chosen()

    def shutdown(self) -> None:
        """Stop the worker's thread and wait for it; the window calls this when closing."""
        if self._shut_down:
            return
        self._shut_down = True
        self.worker.request_stop()
        self.worker_thread.quit()
        self.worker_thread.wait()
        self._settings.sync()

    # ------------------------------------------------------------------ the folder

    @Slot()
    def choose_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Choose the folder of parallel text", start)
        if folder:
            self.folder_edit.setText(folder)
            self.scan(folder)

    @Slot()
    def _on_folder_edited(self) -> None:
        """Return or leaving the field: scan the folder typed, unless it is the one shown."""
        folder = self.folder_edit.text().strip()
        if folder and folder != self._scanned_folder:
            self.scan(folder)

    @Slot()
    def rescan(self) -> None:
        """Scan the folder in the field again (Return: the files may have changed)."""
        folder = self.folder_edit.text().strip()
        if folder and folder == self._scanned_folder and self._state != SCANNING:
            self.scan(folder, *self._chosen_pair())

    def scan(self, folder: str, src: str | None = None, tgt: str | None = None) -> None:
        """Scan ``folder`` on the thread pool; the report (or the problem) is shown when done."""
        if self.is_training():
            return
        folder = str(Path(folder).expanduser())
        if folder != self._scanned_folder:
            self._known_pairs, self._pair_needed = [], False
        self._scan_serial += 1
        serial = self._scan_serial
        self._scanned_folder = folder
        self._scan_pair = (src, tgt)
        encoding = self._encoding()
        self._scan_encoding = encoding
        self._report = None
        self._show_outcome = False
        self._state = SCANNING
        self._settings.setValue("train/folder", folder)
        self.data_message.clear_message()
        self._set_summary("Scanning the folder…")
        self.folder_edit.setToolTip(folder)
        self._emit_status(f"Scanning {folder}…")
        self._update_state()
        run_in_background(
            lambda: _scan(folder, src, tgt, encoding),
            lambda result: self._on_scanned(serial, result),
            lambda message: self._on_scan_failed(serial, message),
            self,
        )

    def _on_scanned(
        self, serial: int, result: tuple[ScanReport, CorpusFacts] | LanguagePairNeeded
    ) -> None:
        if serial != self._scan_serial:
            return  # an older scan: the user has chosen something else since
        self._state = IDLE
        if isinstance(result, LanguagePairNeeded):
            self._known_pairs, self._pair_needed = list(result.pairs), True
            self._fill_languages(_languages_of(result.pairs), None, None)
            self.data_message.show_message(
                _SEVERAL_PAIRS if result.pairs else _UNNAMED_PAIR, "info"
            )
            found = ", ".join(f"{a}–{b}" for a, b in result.pairs)
            self._set_summary(f"Language pairs found: {found}" if found else "")
            self._log_block(
                [
                    f"Data folder: {self._scanned_folder}",
                    f"Language pairs: {found or 'not named in the file names'}; choose one.",
                    "",
                ]
            )
            self._emit_status("Choose the language pair to train.")
        else:
            report, self._facts = result
            self._report = report
            self._update_auto()
            if not self._pair_needed:
                self._known_pairs = list(report.language_pairs)
            codes = _languages_of([*self._known_pairs, (report.src, report.tgt)])
            self._fill_languages(codes, report.src, report.tgt)
            self.data_message.clear_message()
            self._set_summary(self._summary(report))
            self._log_block([*report.summary_lines(), ""])
            self._suggest_name()
            self._emit_status(f"Found {report.train_pairs:,} training pairs.")
        self._update_state()
        self._start_pending_sample()

    def _on_scan_failed(self, serial: int, message: str) -> None:
        if serial != self._scan_serial:
            return
        self._state = IDLE
        self._report = None
        self._facts = None
        self._update_auto()
        self._pending_sample = None
        self.data_message.show_error(message)
        self._set_summary("")
        self._log_block([f"Scan failed: {message}", ""])
        self._emit_status("The folder has no usable training data.")
        self._update_state()

    def _set_summary(self, text: str) -> None:
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))  # an empty label would still take a line

    @staticmethod
    def _summary(report: ScanReport) -> str:
        text = (
            f"{report.train_pairs:,} training pairs, {report.valid_pairs:,} validation pairs, "
            f"{report.src} → {report.tgt}"
        )
        skipped = sum(report.skipped.values())
        return text + (f" ({skipped:,} lines skipped: see the log)" if skipped else "")

    # ------------------------------------------------------------------ languages

    def _fill_languages(self, codes: list[str], src: str | None, tgt: str | None) -> None:
        for combo, chosen in ((self.src_combo, src), (self.tgt_combo, tgt)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(codes)
            combo.setCurrentIndex(codes.index(chosen) if chosen in codes else -1)
            if chosen and chosen not in codes:
                combo.setEditText(chosen)
            combo.blockSignals(False)

    def _chosen_pair(self) -> tuple[str | None, str | None]:
        src = self.src_combo.currentText().strip().lower() or None
        tgt = self.tgt_combo.currentText().strip().lower() or None
        return src, tgt

    def _encoding(self) -> str:
        return self.encoding_combo.currentText().strip() or "utf-8"

    def _on_encoding_chosen(self) -> None:
        """Another encoding: remember it and read the folder again with it."""
        encoding = self._encoding()
        self._settings.setValue("train/encoding", encoding)
        if self.is_training() or not self._scanned_folder:
            return
        if encoding == self._scan_encoding:
            return  # activated and editingFinished both report a pick
        self.scan(self._scanned_folder, *self._chosen_pair())

    def _on_language_chosen(self, side: str) -> None:
        """The user picked or typed a language: complete the pair if the data allows, rescan."""
        if self.is_training() or not self._scanned_folder:
            return
        src, tgt = self._chosen_pair()
        if self._report is not None and (src, tgt) == (self._report.src, self._report.tgt):
            return  # nothing changed (activated and editingFinished both report a pick)
        if self._state == SCANNING and (src, tgt) == self._scan_pair:
            return  # that pair is being scanned already
        chosen, other = (src, tgt) if side == "src" else (tgt, src)
        if not chosen:
            return
        for code in (chosen, other):
            if code and not _LANGUAGE_CODE.match(code):
                self.data_message.show_error(
                    f"{code!r} is not a language code: type a code like en or de."
                )
                return
        pairs = self._known_pairs
        if pairs:
            partners = sorted(
                {b for a, b in pairs if a == chosen} | {a for a, b in pairs if b == chosen}
            )
            if not partners:
                found = ", ".join(_languages_of(pairs))
                self.data_message.show_error(
                    f"This folder has no data in {chosen}: choose one of {found}."
                )
                return
            if other not in partners:
                if len(partners) > 1:
                    which = "target" if side == "src" else "source"
                    self.data_message.show_message(
                        f"{chosen} pairs with {', '.join(partners)} here: choose the {which}.",
                        "info",
                    )
                    combo = self.tgt_combo if side == "src" else self.src_combo
                    combo.setCurrentIndex(-1)
                    return
                other = partners[0]
        elif not other or other == chosen:
            self.data_message.show_message(_UNNAMED_PAIR, "info")
            return
        src, tgt = (chosen, other) if side == "src" else (other, chosen)
        self._fill_languages(self._combo_codes(), src, tgt)
        self.scan(self._scanned_folder, src, tgt)

    def _combo_codes(self) -> list[str]:
        return [self.src_combo.itemText(i) for i in range(self.src_combo.count())]

    # ------------------------------------------------------------------ name, preset, device

    @Slot()
    def _on_form_ready(self) -> None:
        self._suggest_name()
        self._update_state()
        self._start_pending_sample()

    @Slot(str)
    def _on_preset_changed(self, preset: str) -> None:
        if self.model_form.is_ready():
            self._settings.setValue("train/preset", preset)
            self._suggest_name()
            self._hand_size = {}  # a preset chosen: auto's own size again
            if preset == AUTO:
                self._update_auto()
            else:
                self._restore_training_defaults()

    def _on_train_for_chosen(self) -> None:
        data = str(self.train_for_combo.currentData())
        self._settings.setValue("train/train_for", data)
        page = {"custom": self.minutes_spin, "epochs": self.epochs_spin}.get(data)
        self.train_for_value.setCurrentIndex(self.train_for_value.indexOf(page) if page else 0)
        self.patience_spin.setEnabled(data == "epochs")  # budgets run to their deadline
        self._update_auto()

    @Slot(int)
    def _on_minutes_changed(self, minutes: int) -> None:
        self._settings.setValue("train/minutes", minutes)
        self._update_auto()

    def _train_for(self) -> tuple[str, int | None]:
        """("budget", minutes), ("epochs", count) or ("forever", None)."""
        data = str(self.train_for_combo.currentData())
        if data == "epochs":
            return "epochs", self.epochs_spin.value()
        if data == "forever":
            return "forever", None
        if data == "custom":
            return "budget", self.minutes_spin.value()
        return "budget", int(data)

    def _device_kind(self) -> str:
        """The kind of device a run would use: "cuda", "mps" or "cpu"."""
        chosen = str(self.device_combo.currentData())
        if chosen == "auto":
            return "cuda" if self._cuda_name else "mps" if self._mps else "cpu"
        return chosen

    def _budget_minutes(self) -> float | None:
        """The time budget the form asks for, in minutes (None: epochs or until stopped)."""
        kind, value = self._train_for()
        return float(value) if kind == "budget" and value else None

    def _update_auto(self) -> None:
        """Let auto choose again for the corpus, the time and the device (for the size set by
        hand, if any); when auto is the preset, its batch size and learning rate go into the
        form too."""
        if self.is_training():
            return
        self._auto = self._auto_own = None
        if self._facts is not None:
            budget, device = self._budget_minutes(), self._device_kind()
            self._auto = self._auto_own = choose(self._facts, budget, device)
            if self._hand_size:
                self._auto = choose(self._facts, budget, device, self._hand_size)
        self.model_form.set_auto(
            self._auto.model if self._auto else None, self._auto.reasons if self._auto else []
        )
        if self._auto is not None and self.model_form.preset() == AUTO:
            self.batch_spin.setValue(self._auto.batch_tokens)
            self.lr_spin.setValue(self._auto.learning_rate)
            self._auto_filled = (self.batch_spin.value(), self.lr_spin.value())

    @Slot()
    def _follow_size(self) -> None:
        """Under ``auto``, a model size edited by hand gets auto's dropout, batch and learning
        rate for that size (as ``--preset auto --hid-dim ...`` does on the command line), each
        unless it was edited too; the reasons say so."""
        previous, own, filled = self._auto, self._auto_own, self._auto_filled
        if previous is None or own is None or self._facts is None or filled is None:
            return
        if self.is_training() or self.model_form.preset() != AUTO or self.model_form.error():
            return
        values = self.model_form.values()
        size = {field: int(values[field]) for field in SIZE_FIELDS}
        if all(getattr(previous.model, field) == size[field] for field in SIZE_FIELDS):
            return  # auto's choice is already for this size
        self._hand_size = {k: v for k, v in size.items() if v != getattr(own.model, k)}
        # Set first: the form's dropout fields below call back here, for this same size.
        budget, device = self._budget_minutes(), self._device_kind()
        self._auto = choice = choose(self._facts, budget, device, self._hand_size)
        batch, rate = filled
        if self.batch_spin.value() == batch:
            self.batch_spin.setValue(choice.batch_tokens)
            batch = self.batch_spin.value()
        if self.lr_spin.value() == rate:
            self.lr_spin.setValue(choice.learning_rate)
            rate = self.lr_spin.value()
        self._auto_filled = (batch, rate)
        self.model_form.follow_auto(choice.model, choice.reasons)

    def _restore_training_defaults(self) -> None:
        """Leaving ``auto``: the batch and learning rate it filled in go back to the training
        defaults (a named preset trains with those); values edited since stay."""
        if self._auto_filled is not None:
            batch, rate = self._auto_filled
            if self.batch_spin.value() == batch:
                self.batch_spin.setValue(_DEFAULTS.batch_tokens)
            if self.lr_spin.value() == rate:
                self.lr_spin.setValue(_DEFAULTS.learning_rate)
        self._auto_filled = None

    @Slot(str)
    def _on_name_edited(self, text: str) -> None:
        self._name_edited = bool(text.strip())  # cleared: back to the suggestion
        self._show_outcome = False
        if not self._name_edited:
            self._suggest_name()

    def _suggest_name(self) -> None:
        """``<src>-<tgt>-<preset>``, numbered past the names the store already holds."""
        if self._name_edited or self._report is None or not self.model_form.is_ready():
            return
        report = self._report
        self.name_edit.setText(
            default_name(self._store, report.src, report.tgt, self.model_form.preset())
        )

    def _set_device_enabled(self, device: str, enabled: bool, tip: str) -> None:
        index = self.device_combo.findData(device)
        item = self.device_combo.model().item(index)
        item.setEnabled(enabled)
        self.device_combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)

    def _select_device(self, device: str) -> None:
        index = self.device_combo.findData(device)
        if index < 0 or not self.device_combo.model().item(index).isEnabled():
            index = 0
        self.device_combo.setCurrentIndex(index)

    @Slot(int)
    def _on_device_chosen(self, index: int) -> None:
        self._wanted_device = str(self.device_combo.itemData(index))
        self._settings.setValue("train/device", self._wanted_device)
        self._update_auto()

    # ------------------------------------------------------------------ state

    def _name_problem(self) -> tuple[str | None, bool]:
        """(why the name cannot start a new run or None, whether a run under it can resume)."""
        name = self.name_edit.text().strip()
        if not name:
            return "Name the model.", False
        try:
            folder = self._store.path(name)
        except UserError:
            return "Use up to 80 letters, digits, '.', '_' or '-', starting with a letter.", False
        if self._store.can_resume(name):
            return (
                f"A run named {name!r} is saved: Resume continues it; choose another name "
                "to start a new one.",
                True,
            )
        if folder.exists():
            return f"A model named {name!r} already exists: choose another name.", False
        return None, False

    def _start_problem(self) -> str | None:
        """The first thing that keeps Start disabled, in words (None: ready)."""
        if self._state == SCANNING:
            return "Scanning the folder…"
        if self._report is None:
            if self._pair_needed:
                return "Choose the source and target languages."
            if self.data_message.kind == "error":
                return "The folder has no usable data: choose another."
            return "Choose a folder of parallel text to start."
        if not self.model_form.is_ready():
            return "Loading the model settings…"
        if self.model_form.error() is not None:
            return "Fix the model settings above."
        return self._name_problem()[0]

    @Slot()
    def _update_state(self) -> None:
        """Enable what the current state allows, and say why Start is disabled when it is."""
        idle = self._state == IDLE
        busy = self.is_training()
        name_problem, resumable = self._name_problem()
        start_problem = None if busy else self._start_problem()
        self.start_button.setEnabled(idle and start_problem is None)
        self.stop_button.setEnabled(self._state == TRAINING)
        self.resume_button.setEnabled(idle and resumable)
        self.cluster_button.setEnabled(
            self._report is not None and self.model_form.is_ready() and not busy
        )
        self.data_box.setEnabled(not busy)
        self.model_form.set_locked(busy)
        self.training_box.setEnabled(not busy)
        show_hint = idle and name_problem is not None and self.name_edit.text().strip() != ""
        self.name_hint.setText(name_problem or "")
        self.name_hint.setVisible(bool(show_hint))
        if not busy and not self._show_outcome:
            self.progress.setValue(0)
            self.progress.setFormat(
                start_problem or f"Ready to train {self.name_edit.text().strip()}"
            )

    # ------------------------------------------------------------------ running

    def _request(self) -> RunRequest:
        """What the form asks for, as the planner takes it: the model fields that differ from
        the preset's (auto's own choice under auto), the batch and learning rate where they
        are not auto's, and how long to train."""
        report = self._report
        if report is None:
            raise UserError("Choose a folder of parallel text first.")
        preset = self.model_form.preset()
        own = self._auto_own.model if preset == AUTO and self._auto_own else PRESETS.get(preset)
        values = self.model_form.values()
        model = {k: v for k, v in values.items() if own is None or v != getattr(own, k)}
        kind, value = self._train_for()
        training: dict[str, Any] = {
            "epochs": value if kind == "epochs" else None,
            "max_minutes": float(value) if kind == "budget" and value else None,
            # A budget runs to its deadline; "until stopped" to the user's Stop.
            "patience": (self.patience_spin.value() or None) if kind == "epochs" else None,
            "device": str(self.device_combo.currentData()),
            "encoding": report.encoding,
        }
        filled = self._auto_filled if preset == AUTO else None
        if filled is None or self.batch_spin.value() != filled[0]:
            training["batch_tokens"] = self.batch_spin.value()
        if filled is None or self.lr_spin.value() != filled[1]:
            training["learning_rate"] = self.lr_spin.value()
        return RunRequest(
            name=self.name_edit.text().strip(),
            folder=self._scanned_folder,
            src=report.src,
            tgt=report.tgt,
            preset=preset,
            model=model,
            training=training,
        )

    def _plan(self) -> RunPlan:
        """The new run the form describes (``engine.planning``); raises UserError when it
        cannot work. Pure arithmetic on the tab's scan: nothing is read here."""
        self.model_form.config()  # the form's own sentence for values that cannot work
        return plan_run(
            self._request(),
            self._store,
            report=self._report,
            facts=self._facts,
            device_kind=self._device_kind(),
        )

    @Slot()
    def start_training(self) -> None:
        """Start a new run with the form's settings (Start)."""
        if self._state != IDLE or self._start_problem() is not None or self._report is None:
            return
        try:
            plan = self._plan()
        except UserError as error:
            self.run_message.show_error(str(error))
            return
        self._settings.setValue("train/epochs", plan.settings.training.epochs)
        self._begin(plan)

    @Slot()
    def show_cluster_command(self) -> None:
        """Open the dialog with the torchrun command for the form's settings."""
        try:
            plan = self._plan()
        except UserError as error:
            self.run_message.show_error(str(error))
            return
        self.cluster_dialog = ClusterCommandDialog(plan.settings, self)
        self.cluster_dialog.open()

    def _start_pending_sample(self) -> None:
        """Start the sample run asked for by ``train_sample`` once its scan and the form are in."""
        run = self._pending_sample
        ready = self._state == IDLE and self._report is not None and self.model_form.is_ready()
        if run is None or not ready or self._scanned_folder != str(run.folder):
            return
        self._pending_sample = None
        self.model_form.set_preset(run.preset)
        self.epochs_spin.setValue(run.epochs)
        self.set_train_for("epochs")
        self.batch_spin.setValue(run.batch_tokens)
        self.lr_spin.setValue(run.learning_rate)
        self.name_edit.setText(self._store.free_name(run.name))
        self._name_edited = True
        self.start_training()

    @Slot()
    def resume_training(self) -> None:
        """Continue the run named in the form from its checkpoint (Resume): with its own model,
        data, batch size, learning rate and patience (the form may show defaults after a
        restart); the form sets how long and where. A time budget means that much more time,
        as on the command line."""
        if self._state != IDLE or not self._name_problem()[1]:
            return
        kind, value = self._train_for()
        request = RunRequest(
            name=self.name_edit.text().strip(),
            training={
                "epochs": value if kind == "epochs" else None,
                "max_minutes": float(value) if kind == "budget" and value else None,
                "device": str(self.device_combo.currentData()),
            },
        )
        try:
            plan = plan_run(request, self._store, resume=True)
        except UserError as error:
            self.run_message.show_error(str(error))
            return
        self._begin(plan)

    def _begin(self, plan: RunPlan) -> None:
        settings, resume = plan.settings, plan.resume
        self._state = TRAINING
        self._run_name = settings.name
        self._epochs = settings.training.epochs
        self.plots.clear()
        self.run_message.clear_message()
        self.progress.setValue(0)
        self.progress.setFormat("Starting…")
        verb = "Resuming" if resume else "Training"
        how_long = _how_long(settings.training, plan.extra_minutes)
        self._log_block(
            [
                f"— {verb} {settings.name!r}: preset {settings.preset}, "
                f"{settings.src} → {settings.tgt}, {how_long} —"
            ]
        )
        self._update_state()
        # A fresh run reuses the tab's scan (the folder is not read twice); a resume rescans.
        self._runRequested.emit(settings, resume, plan.report, plan.extra_minutes)
        self.trainingStarted.emit(settings.name)
        self._emit_status(f"{verb} {settings.name}…")

    @Slot(object)
    def _on_event(self, event: events.TrainingEvent) -> None:
        """An event from the worker (the run's last one comes through ``done``)."""
        self(event)

    def on_preparing(self, event: events.Preparing) -> None:
        self._log(words.preparing_line(event))
        self.progress.setFormat(words.preparing_line(event))

    def on_started(self, event: events.Started) -> None:
        self._epochs = event.epochs
        self._log_block(words.started_lines(event))
        if event.resumed_from_step:
            step = event.resumed_from_step
            folder = event.model_dir
            run_in_background(
                lambda: read_metrics(folder, up_to_step=step),
                self.plots.load_history,
                lambda message: self._log(f"The earlier curve could not be read: {message}"),
                self,
            )
        self.progress.setFormat(f"Epoch 1{words.of_epochs(self._epochs)} · starting")

    @Slot(list)
    def _on_steps(self, steps: list[events.Step]) -> None:
        self.plots.add_steps([(s.step, s.loss) for s in steps])
        self.on_step(steps[-1])

    def on_step(self, event: events.Step) -> None:
        self.progress.setValue(int(round(event.progress * 1000)))
        if self._state == TRAINING:
            self.progress.setFormat(words.step_progress(event, self._epochs))
        self._emit_status(
            f"Training {self._run_name}: epoch {event.epoch}{words.of_epochs(self._epochs)}, "
            f"{event.progress:.0%}"
        )

    def on_evaluation(self, event: events.Evaluation) -> None:
        if not event.averaged:  # an average is not a point of the curve: the same step
            self.plots.add_evaluation(event.step, event.valid_loss, event.bleu, event.chrf)
        self._log_block(words.evaluation_lines(event))

    def on_checkpoint(self, event: events.Checkpoint) -> None:
        self._log(words.checkpoint_line(event))

    def on_finished(self, event: events.Finished) -> None:
        self._end_run()
        text = words.finished_message_for_window(event)
        self._log_block([text, *event.summary, *words.finished_sample_lines(event), ""])
        kind = "success" if event.has_model and event.reason != "stopped" else "info"
        self.run_message.show_message(text, kind)
        if event.reason == "completed":
            self.progress.setValue(1000)
        summary = words.finished_summary(event)
        self.progress.setFormat(summary)
        self._emit_status(f"{self._run_name}: {summary}")
        self._update_state()
        self.trainingFinished.emit(self._run_name, event.has_model)

    def on_failed(self, event: events.Failed) -> None:
        self._end_run()
        self._log_block([words.failed_line(event), ""])
        self.run_message.show_error(event.message)
        self.progress.setFormat("Training failed: see the message above")
        self._emit_status(f"Training {self._run_name} failed.")
        self._update_state()
        self.trainingFinished.emit(self._run_name, has_model(self._store.path(self._run_name)))

    def _end_run(self) -> None:
        self._state = IDLE
        self._show_outcome = True
        self.plots.flush()

    # ------------------------------------------------------------------ helpers

    def _log(self, line: str) -> None:
        self.log.appendPlainText(line)

    def _log_block(self, lines: list[str]) -> None:
        self.log.appendPlainText("\n".join(lines))

    def _emit_status(self, text: str) -> None:
        if text != self._last_status:
            self._last_status = text
            self.statusMessage.emit(text)

    # ------------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.is_training() and _folder_of(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        folder = _folder_of(event.mimeData())
        if folder is None or self.is_training():
            event.ignore()
            return
        event.acceptProposedAction()
        self.folder_edit.setText(str(folder))
        self.scan(str(folder))
