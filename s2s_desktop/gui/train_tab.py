"""The Train tab: choose a folder of parallel text, shape a model, train it, watch it learn.

The tab composes one widget per job: the Data group (``DataPanel``: folder, scan, languages,
encoding), the Model group (``ModelForm``), the Training group (``TrainingForm``), the plots,
the log (``TrainingLog``) and the run controls (``RunControls``). It holds what joins them: the
state (idle, scanning, training, stopping), auto's fill-in of the form (``AutoFill``), the
stored model to fine-tune (``FineTuning``), and the calls to the planner (``engine.planning``),
which decides every run's settings. The scan runs on the thread pool and training in the tab's
``TrainingWorker``; torch is never imported here at module level, so the window appears first.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from s2s_desktop.engine import event_words as words
from s2s_desktop.engine import events
from s2s_desktop.engine.auto import AutoChoice
from s2s_desktop.engine.corpus import ScanReport
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import has_model, read_metrics
from s2s_desktop.engine.planning import RunPlan, RunRequest, default_name, plan_run
from s2s_desktop.engine.runs import resumable_names
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.auto_fill import AutoFill
from s2s_desktop.gui.cluster_dialog import ClusterCommandDialog
from s2s_desktop.gui.data_panel import DataPanel
from s2s_desktop.gui.fine_tuning import FineTuning
from s2s_desktop.gui.loss_plot import TrainingPlots
from s2s_desktop.gui.model_form import DEFAULT_PRESET, ModelForm
from s2s_desktop.gui.run_controls import RunControls
from s2s_desktop.gui.run_request import form_request, resume_request
from s2s_desktop.gui.sample_run import SampleRun
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.gui.tasks import run_in_background
from s2s_desktop.gui.training_form import TrainingForm
from s2s_desktop.gui.training_log import TrainingLog
from s2s_desktop.gui.workers import TrainingWorker, start_worker_thread

# States of the tab (what the buttons allow).
IDLE, SCANNING, TRAINING, STOPPING = "idle", "scanning", "training", "stopping"


class TrainTab(QWidget, events.TrainingListener):
    """The Train tab.

    A listener of the run's events, as its log and run controls are: ``on_event`` hands each
    event to all three (the log writes it, the controls show progress, the tab keeps the plots,
    the state and the status bar).

    Attributes:
        data_panel: the Data group (folder, scan report, languages, encoding).
        model_form: the Model group (preset and every architecture field).
        training_form: the Training group (name, train for, batch, rate, patience, device).
        plots: the live loss and BLEU plots.
        log: the training log.
        run_controls: Start, Stop, Resume, the progress bar and the run's message.
        auto_fill: auto's choices for the folder, and what of them the forms show.
        fine_tuning: the stored model "Start from" chose, and what it puts in the forms.
        worker: the TrainingWorker (in its own QThread) that runs the engine's Trainer.
        folder_edit, device_combo: the data panel's and training form's fields, by the names
            the planner's tests use.

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
        self._run_name = ""
        self._run_base = ""  # the model the running run started from
        self._epochs: int | None = None
        self._last_status = ""
        self._show_outcome = False  # the progress bar shows the last run's outcome
        self._shut_down = False
        self._pending_sample: SampleRun | None = None  # starts once its scan and the form are in

        self._build()
        self.worker = TrainingWorker()
        self.worker_thread = start_worker_thread(self.worker, "training")
        self._connect()
        self._restore()
        self.refresh_bases()
        self._update_state()

    def _build(self) -> None:
        self.data_panel = DataPanel()
        self.model_form = ModelForm()
        self.training_form = TrainingForm()
        self.plots = TrainingPlots()
        self.log = TrainingLog()
        self.run_controls = RunControls()
        self.auto_fill = AutoFill(self.model_form, self.training_form)
        self.fine_tuning = FineTuning(
            self._store, self.model_form, self.training_form, self.run_controls.message
        )
        self.folder_edit = self.data_panel.folder_edit
        self.device_combo = self.training_form.device_combo

        settings_column = QWidget()
        column = QVBoxLayout(settings_column)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.data_panel)
        column.addWidget(self.model_form)
        column.addWidget(self.training_form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("trainSettingsScroll")
        scroll.setWidget(settings_column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(settings_column.minimumSizeHint().width() + 20)

        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_label = QLabel("<b>{}</b>".format(self.tr("Log")))
        log_label.setBuddy(self.log)  # the log names itself (a rich text label has no mnemonic)
        log_layout.addWidget(log_label)
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
        # The form at its ease where the window has room for it, at its minimum where not.
        splitter.setSizes([settings_column.sizeHint().width() + 20, 680])

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.run_controls)

    def _connect(self) -> None:
        data, form, controls = self.data_panel, self.training_form, self.run_controls
        data.scanStarted.connect(self.on_scan_started)
        data.scanned.connect(self.on_scanned)
        data.pairNeeded.connect(self.on_pair_needed)
        data.scanFailed.connect(self.on_scan_failed)
        data.languagesEdited.connect(self._update_state)
        self.model_form.ready.connect(self.on_form_ready)
        self.model_form.changed.connect(self._update_state)
        self.model_form.changed.connect(self._follow_size)
        self.model_form.preset_combo.currentTextChanged.connect(self.on_preset_changed)
        self.model_form.baseChosen.connect(self.on_base_chosen)
        form.nameEdited.connect(self.on_name_edited)
        form.nameChanged.connect(self._update_state)
        form.howLongChanged.connect(self._update_auto)
        form.howLongChanged.connect(self._update_state)  # the note on what Resume does
        form.deviceChosen.connect(self._update_auto)
        controls.startRequested.connect(self.start_training)
        controls.stopRequested.connect(self.request_stop)
        controls.resumeRequested.connect(self.resume_training)
        controls.runChosen.connect(lambda name: self.resume_from(name, start=True))
        controls.clusterRequested.connect(self.show_cluster_command)
        self.plots.exported.connect(
            lambda path: controls.message.show_message(
                self.tr("Saved the plot as {path}.").format(path=path), "success"
            )
        )
        self.plots.exportFailed.connect(controls.message.show_error)
        self._runRequested.connect(self.worker.run)
        self.worker.event.connect(self.on_event)
        self.worker.steps.connect(self.on_steps)
        self.worker.done.connect(self.on_event)

    def _restore(self) -> None:
        """Bring back the last preset, how long to train, device, encoding and folder."""
        self.model_form.set_preset(str(self._settings.value("train/preset", DEFAULT_PRESET)))
        self.training_form.restore()
        self.data_panel.restore()

    # ------------------------------------------------------------------ public API

    def is_training(self) -> bool:
        return self._state in (TRAINING, STOPPING)

    def is_scanning(self) -> bool:
        return self._state == SCANNING

    def scan(self, folder: str, src: str | None = None, tgt: str | None = None) -> None:
        """Scan ``folder`` (``DataPanel.scan``); the tab follows its answer."""
        self.data_panel.scan(folder, src, tgt)

    @Slot()
    def request_stop(self) -> None:
        """Ask the run to stop after its current step; it saves a checkpoint first."""
        if self._state != TRAINING:
            return
        self._state = STOPPING
        self.worker.request_stop()
        self.run_controls.show_stopping()
        self._emit_status(self.tr("Stopping {name}…").format(name=self._run_name))
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
            self._emit_status(
                self.tr("A model is training already; stop it to train on the sample.")
            )
            return
        self._pending_sample = run
        self.data_panel.open_folder(run.folder)

    def set_available_devices(self, cuda_name: str | None, mps: bool) -> None:
        """Enable the devices this machine has (the window probes torch after showing)."""
        self.training_form.set_available_devices(cuda_name, mps)
        self._update_auto()

    def set_train_for(self, data: str) -> None:
        """Choose a "Train for" entry by its data ("30", "custom", "epochs", "forever")."""
        self.training_form.set_train_for(data)

    def shutdown(self) -> None:
        """Stop the worker's thread and wait for it; the window calls this when closing."""
        if self._shut_down:
            return
        self._shut_down = True
        self.worker.request_stop()
        self.worker_thread.quit()
        self.worker_thread.wait()
        self._settings.sync()

    @property
    def _report(self) -> ScanReport | None:
        """The folder's scan report, when one is shown (the planner's tests read it)."""
        return self.data_panel.report

    @property
    def _auto(self) -> AutoChoice | None:
        """What auto chose for the folder (the planner's tests read it)."""
        return self.auto_fill.choice

    # ------------------------------------------------------------------ the data panel

    @Slot(str)
    def on_scan_started(self, folder: str) -> None:
        self._state = SCANNING
        self._show_outcome = False
        self._emit_status(self.tr("Scanning {folder}…").format(folder=folder))
        self._update_state()

    @Slot(object)
    def on_scanned(self, report: ScanReport) -> None:
        self._state = IDLE
        self._update_auto()
        self.log.add(*report.summary_lines(), "")
        self._suggest_name()
        self._emit_status(
            self.tr("Found {count} training pairs.").format(count=number(report.train_pairs))
        )
        self._update_state()
        self._start_pending_sample()

    @Slot(list)
    def on_pair_needed(self, pairs: list[tuple[str, str]]) -> None:
        self._state = IDLE
        found = ", ".join(f"{a}–{b}" for a, b in pairs) or self.tr("not named in the file names")
        self.log.add(
            self.tr("Data folder: {folder}").format(folder=self.data_panel.folder),
            self.tr("Language pairs: {pairs}; choose one.").format(pairs=found),
            "",
        )
        self._emit_status(self.tr("Choose the language pair to train."))
        self._update_state()

    @Slot(str)
    def on_scan_failed(self, message: str) -> None:
        self._state = IDLE
        self._update_auto()
        self._pending_sample = None
        self.log.add(self.tr("Scan failed: {reason}").format(reason=message), "")
        self._emit_status(self.tr("The folder has no usable training data."))
        self._update_state()

    # ------------------------------------------------------------------ auto, name, preset

    @Slot()
    def on_form_ready(self) -> None:
        self._suggest_name()
        self._update_state()
        self._start_pending_sample()

    @Slot(str)
    def on_preset_changed(self, preset: str) -> None:
        if self.model_form.is_ready():
            self._settings.setValue("train/preset", preset)
            self._suggest_name()
            self.auto_fill.preset_chosen(preset, self.data_panel.facts)

    @Slot()
    def _update_auto(self) -> None:
        """Let auto choose again (the corpus, the time or the device changed)."""
        if not self.is_training():
            self.auto_fill.update(self.data_panel.facts)
            if self.model_form.base():
                self.fine_tuning.show(refill=False)

    # ------------------------------------------------------------------ fine-tuning

    def refresh_bases(self) -> None:
        """Offer the stored models that can be fine-tuned under "Start from" (``FineTuning``);
        not while a run trains (its form stays as it started; the run's end offers them)."""
        if not self.is_training():
            self.fine_tuning.refresh_bases()

    def fine_tune_from(self, name: str) -> None:
        """Start from the stored model ``name`` (the Models tab's "Fine-tune on a folder…"):
        choose it, then the folder to fine-tune it on (the dialog opens at the last one; a
        cancel keeps it)."""
        if self.fine_tuning.choose(name, busy=self.is_training()):
            self.data_panel.choose_folder()

    @Slot(str)
    def on_base_chosen(self, name: str) -> None:
        if name:
            self.fine_tuning.show(refill=True)
        elif self.model_form.is_ready():
            self.auto_fill.preset_chosen(self.model_form.preset(), self.data_panel.facts)
        self._suggest_name()
        self._update_state()

    @Slot()
    def _follow_size(self) -> None:
        if not self.is_training():
            self.auto_fill.follow_size(self.data_panel.facts)

    @Slot(str)
    def on_name_edited(self, text: str) -> None:
        self._show_outcome = False
        if not text.strip():  # cleared: back to the suggestion
            self._suggest_name()

    def _suggest_name(self) -> None:
        """``<src>-<tgt>-<preset>``, numbered past the names the store already holds."""
        report = self.data_panel.report
        if report is None or not self.model_form.is_ready():
            return
        base, preset = self.model_form.base(), self.model_form.preset()
        self.training_form.suggest_name(
            self.fine_tuning.tuned_name()
            if base
            else default_name(self._store, report.src, report.tgt, preset)
        )

    # ------------------------------------------------------------------ state

    def _start_problem(self) -> str | None:
        """The first thing that keeps Start disabled, in words (None: ready)."""
        data_problem = self.data_panel.problem()
        if data_problem is not None:
            return data_problem
        if not self.model_form.is_ready():
            return self.tr("Loading the model settings…")
        if self.model_form.error() is not None:
            return self.tr("Fix the model settings above.")
        base_problem = self.fine_tuning.problem(self.data_panel.report)
        if base_problem is not None:
            return base_problem
        if self.fine_tuning.names_the_base(self.training_form.name()):
            return self.fine_tuning.base_name_problem()
        return self.training_form.name_problem(self._store)[0]

    @Slot()
    def _update_state(self) -> None:
        """Enable what the current state allows, and say why Start is disabled when it is."""
        idle = self._state == IDLE
        busy = self.is_training()
        name_problem, resumable = self.training_form.name_problem(self._store)
        if self.fine_tuning.names_the_base(self.training_form.name()):
            name_problem, resumable = self.fine_tuning.base_name_problem(), False  # not Resume
        start_problem = None if busy else self._start_problem()
        self.run_controls.set_actions(
            start=idle and start_problem is None,
            stop=self._state == TRAINING,
            resume=idle and (resumable or bool(resumable_names(self._store))),
            cluster=self.data_panel.report is not None and self.model_form.is_ready() and not busy,
        )
        self.data_panel.set_locked(busy)
        self.model_form.set_locked(busy)
        self.training_form.setEnabled(not busy)
        name = self.training_form.name()
        self.training_form.show_name_problem(name_problem, idle and bool(name_problem and name))
        self.training_form.show_resume_note(idle and resumable)
        if not busy and not self._show_outcome:
            ready = self.tr("Ready to train {name}").format(name=name)
            self.run_controls.show_ready(start_problem or ready)

    def models_in_use(self) -> list[str]:
        """The running run's model and the one it started from: not to be renamed or deleted
        under it."""
        return (
            [name for name in (self._run_name, self._run_base) if name]
            if self.is_training()
            else []
        )

    # ------------------------------------------------------------------ running

    def _request(self) -> RunRequest:
        """What the form asks for, as the planner takes it (``run_request.form_request``)."""
        return form_request(self.data_panel, self.model_form, self.training_form, self.auto_fill)

    def _plan(self) -> RunPlan:
        """The new run the form describes (``engine.planning``); raises UserError when it
        cannot work. Pure arithmetic on the tab's scan: nothing is read here."""
        self.model_form.config()  # the form's own sentence for values that cannot work
        return plan_run(
            self._request(),
            self._store,
            report=self.data_panel.report,
            facts=self.data_panel.facts,
            device_kind=self.training_form.device_kind(),
        )

    @Slot()
    def start_training(self) -> None:
        """Start a new run with the form's settings (Start)."""
        if self._state != IDLE or self._start_problem() is not None:  # a report is in, too
            return
        try:
            plan = self._plan()
        except UserError as error:
            self.run_controls.message.show_error(str(error))
            return
        if plan.settings.training.epochs is not None:  # None under a time budget
            self._settings.setValue("train/epochs", plan.settings.training.epochs)
        self._begin(plan)

    @Slot()
    def show_cluster_command(self) -> None:
        """Open the dialog with the torchrun command for the form's settings."""
        try:
            plan = self._plan()
        except UserError as error:
            self.run_controls.message.show_error(str(error))
            return
        self.cluster_dialog = ClusterCommandDialog(plan.settings, self)
        self.cluster_dialog.open()

    def _start_pending_sample(self) -> None:
        """Start the sample run asked for by ``train_sample`` once its scan and the form are in."""
        run, form, data = self._pending_sample, self.training_form, self.data_panel
        ready = self._state == IDLE and data.report is not None and self.model_form.is_ready()
        if run is None or not ready or data.folder != str(run.folder):
            return
        self._pending_sample = None
        self.model_form.set_base("")  # the sample is a new model
        form.minutes_spin.setValue(run.minutes)  # the budget first: auto chooses for it
        form.set_train_for("custom")
        self.model_form.set_preset(run.preset)
        form.set_name(self._store.free_name(run.name))
        self.start_training()

    def resume_from(self, name: str, start: bool = False) -> None:
        """Name the run ``name`` in the form, so that Resume continues it (the Models tab's
        "Resume training…", or a run chosen from Resume's list when ``start``)."""
        if self.is_training():
            self.run_controls.message.show_error(
                self.tr("Wait until this run ends to resume another.")
            )
            return
        self.model_form.set_base("")  # a run goes on with its own model, not a base
        self.training_form.set_name(name)
        self._show_outcome = False  # another run: the last one's outcome is past
        self._update_state()
        if start:
            self.resume_training()
            return
        self.run_controls.message.show_message(
            self.tr(
                "Press Resume to continue {name} from its last checkpoint; "
                "\u201cTrain for\u201d sets how long."
            ).format(name=repr(name))
        )
        self.run_controls.resume_button.setFocus()

    @Slot()
    def resume_training(self) -> None:
        """Continue the run named in the form from its checkpoint (Resume): with its own model
        (shown in the form), data, batch size, learning rate and patience; the form sets how
        long and where. A time budget means that much more time,
        as on the command line. When the form names no run, Resume lists those that can go on.
        """
        if self._state != IDLE:
            return
        if self.fine_tuning.names_the_base(self.training_form.name()):
            self.run_controls.message.show_error(self.fine_tuning.base_name_problem())
            return
        if not self.training_form.name_problem(self._store)[1]:
            self.run_controls.offer_runs(self._store)
            return
        request = resume_request(self.data_panel, self.training_form, self._store)
        try:
            plan = plan_run(request, self._store, resume=True)
        except UserError as error:
            self.run_controls.message.show_error(str(error))
            return
        self._begin(plan)

    def _begin(self, plan: RunPlan) -> None:
        settings, resume = plan.settings, plan.resume
        self._state = TRAINING
        self._run_name = settings.name
        self._run_base = settings.base or ""
        self._epochs = settings.training.epochs
        self.plots.clear()
        if resume:  # the run keeps its own model, data and settings: show those
            self.model_form.show_run(settings.model, settings.preset)
            self.data_panel.show_run_data(settings.folder, settings.src, settings.tgt)
            self.training_form.show_run(settings.training)
        self.run_controls.show_starting()
        notes = plan.reasons[1:] if resume else []  # what changed since it began
        self.log.add_run_heading(settings, resume, plan.extra_minutes, notes)
        self._update_state()
        # A fresh run reuses the tab's scan (the folder is not read twice); a resume rescans.
        self._runRequested.emit(settings, resume, plan.report, plan.extra_minutes)
        self.trainingStarted.emit(settings.name)
        status = self.tr("Resuming {name}…") if resume else self.tr("Training {name}…")
        self._emit_status(status.format(name=settings.name))

    # ------------------------------------------------------------------ the run's events

    @Slot(object)
    def on_event(self, event: events.TrainingEvent) -> None:
        """An event from the worker (the last one of a run comes through ``done``): the log,
        the run controls and this tab hear it, in that order."""
        for listener in (self.log, self.run_controls, self):
            listener(event)

    @Slot(list)
    def on_steps(self, steps: list[events.Step]) -> None:
        """A batch of steps: every one is a point of the curve; the last one is the progress."""
        self.plots.add_steps([(s.step, s.loss) for s in steps])
        self.on_event(steps[-1])

    def on_started(self, event: events.Started) -> None:
        self._epochs = event.epochs
        if event.resumed_from_step:  # the curve so far comes back from metrics.jsonl
            step, folder = event.resumed_from_step, event.model_dir
            run_in_background(
                lambda: read_metrics(folder, up_to_step=step),
                self.plots.load_history,
                lambda message: self.log.add(
                    self.tr("The earlier curve could not be read: {reason}").format(reason=message)
                ),
                self,
            )

    def on_step(self, event: events.Step) -> None:
        self._emit_status(
            self.tr("Training {name}: epoch {epoch}, {progress}").format(
                name=self._run_name,
                epoch=f"{event.epoch}{words.of_epochs(self._epochs)}",  # "3/10", or "3"
                progress=f"{event.progress:.0%}",
            )
        )

    def on_evaluation(self, event: events.Evaluation) -> None:
        if not event.averaged:  # an average is not a point of the curve: the same step
            self.plots.add_evaluation(event.step, event.valid_loss, event.bleu, event.chrf)

    def on_finished(self, event: events.Finished) -> None:
        self._end_run()
        self.refresh_bases()
        self._emit_status(f"{self._run_name}: {words.finished_summary(event)}")
        self._update_state()
        self.trainingFinished.emit(self._run_name, event.has_model)

    def on_failed(self, event: events.Failed) -> None:
        self._end_run()
        self.refresh_bases()
        self._emit_status(self.tr("Training {name} failed.").format(name=self._run_name))
        self._update_state()
        self.trainingFinished.emit(self._run_name, has_model(self._store.path(self._run_name)))

    def _end_run(self) -> None:
        self._state = IDLE
        self.data_panel.show_chosen_data()
        self.training_form.show_run(None)
        self._show_outcome = True  # the progress bar keeps the outcome until the next change
        self.plots.flush()

    def _emit_status(self, text: str) -> None:
        if text != self._last_status:
            self._last_status = text
            self.statusMessage.emit(text)

    # ------------------------------------------------------------------ drag and drop

    # A folder dropped anywhere on the tab goes to the data panel.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.data_panel.on_drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.data_panel.on_drop(event)
