"""The Train tab's Training group: the run's name, how long to train, batch, rate and device."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from s2s_desktop.engine.config import TrainingConfig
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.form_labels import buddy
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.learning_rate_spin import LearningRateSpin
from s2s_desktop.gui.settings import app_settings

DEFAULTS = TrainingConfig()  # the training fields' values for a named preset
# "Train for" choices: (text, data): data is minutes, or "custom", "epochs" or "forever".
TRAIN_FOR = (
    (translate("TrainingForm", "10 minutes"), "10"),
    (translate("TrainingForm", "30 minutes"), "30"),
    (translate("TrainingForm", "2 hours"), "120"),
    (translate("TrainingForm", "Custom time"), "custom"),
    (translate("TrainingForm", "Epochs"), "epochs"),
    (translate("TrainingForm", "Until stopped"), "forever"),
)
DEFAULT_TRAIN_FOR = "30"


DEVICES = (
    (translate("TrainingForm", "Auto"), "auto"),
    (translate("TrainingForm", "CPU"), "cpu"),
    (translate("TrainingForm", "CUDA GPU"), "cuda"),
    (translate("TrainingForm", "Apple MPS"), "mps"),
)


class TrainingForm(QGroupBox):
    """The Training group: name, "Train for", batch tokens, learning rate, patience, device.

    It remembers how long to train and on which device (app settings), whether the name was
    typed or suggested, and which batch and learning rate auto filled in (so that they can go
    back to the defaults, or follow auto's next choice, unless edited since). What the values
    mean for a run is the planner's business (``engine.planning``), asked by the Train tab.

    Attributes:
        name_edit, name_hint: the model's name, and why it cannot start a run (when it cannot).
        train_for_combo: "Train for" (a time budget, a number of epochs, or until stopped).
        train_for_value: the page beside it: nothing, ``minutes_spin`` or ``epochs_spin``.
        batch_spin, lr_spin, patience_spin, device_combo: the other fields.

    Signals:
        nameEdited(str): the user typed in the name field (cleared: a suggestion may follow).
        nameChanged(str): the name changed (typed or set).
        howLongChanged(): "Train for" or its custom minutes changed.
        deviceChosen(str): the user chose a device ("auto", "cpu", "cuda", "mps").
    """

    nameEdited = Signal(str)
    nameChanged = Signal(str)
    howLongChanged = Signal()
    deviceChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Training"))
        self._settings = app_settings()
        self._cuda_name: str | None = None
        self._mps = False
        self._wanted_device = "auto"  # the user's choice, kept until the device is known
        self._name_typed = False
        self._resume_note_shown = False
        self._auto_filled: tuple[int, float] | None = None  # the batch and rate auto put in
        self._held: tuple[int, float] | None = None  # the form's own, while a resume shows its
        self._build()
        self._connect()

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("modelNameEdit")
        self.name_edit.setPlaceholderText(self.tr("named after the languages and preset"))
        self.name_hint = QLabel()
        self.name_hint.setObjectName("modelNameHint")
        self.name_hint.setWordWrap(True)
        self.name_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name_hint.hide()
        self.resume_note = QLabel()
        self.resume_note.setObjectName("resumeNote")
        self.resume_note.setWordWrap(True)
        self.resume_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.resume_note.hide()
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setObjectName("epochsSpin")
        self.epochs_spin.setRange(1, 100_000)
        self.epochs_spin.setValue(10)
        self.epochs_spin.setToolTip(
            self.tr("Passes over the training data; each ends with an evaluation.")
        )
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("maxMinutesSpin")
        self.minutes_spin.setRange(1, 1_000_000)
        self.minutes_spin.setValue(60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setToolTip(self.tr("The time budget in minutes."))
        self.train_for_combo = QComboBox()
        self.train_for_combo.setObjectName("trainForCombo")
        for text, data in TRAIN_FOR:
            self.train_for_combo.addItem(text, data)
        self.train_for_combo.setToolTip(
            self.tr(
                "A time budget trains the best model it can until the deadline: the learning "
                "rate is laid out over the time and reaches its end then, so the model at the "
                "deadline is finished. On a resume: this much more time."
            )
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
        self.batch_spin.setValue(DEFAULTS.batch_tokens)
        self.batch_spin.setGroupSeparatorShown(True)
        self.batch_spin.setToolTip(
            self.tr("Tokens per batch (source + target). Lower it if the GPU runs out of memory.")
        )
        self.lr_spin = LearningRateSpin()
        self.lr_spin.setObjectName("learningRateSpin")
        self.lr_spin.setValue(DEFAULTS.learning_rate)
        self.lr_spin.setToolTip(
            self.tr("Peak learning rate, reached after warm-up (arrows halve/double).")
        )
        self.patience_spin = QSpinBox()
        self.patience_spin.setObjectName("patienceSpin")
        self.patience_spin.setRange(0, 10_000)
        self.patience_spin.setValue(DEFAULTS.patience or 0)
        self.patience_spin.setSpecialValueText(self.tr("never"))
        self.patience_spin.setToolTip(
            self.tr("Stop after this many evaluations without a better BLEU (0: never stop early).")
        )
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("deviceCombo")
        # A long GPU name must not widen the settings column (it would be clipped).
        self.device_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device_combo.setMinimumContentsLength(8)
        for text, device in DEVICES:
            self.device_combo.addItem(text, device)
        self.device_combo.setItemData(
            0,
            self.tr("The NVIDIA GPU if there is one, else Apple's GPU, else the CPU."),
            Qt.ItemDataRole.ToolTipRole,
        )
        self._set_device_enabled("cuda", False, self.tr("Checking for an NVIDIA GPU…"))
        self._set_device_enabled("mps", False, self.tr("Checking for an Apple GPU…"))

        grid = QGridLayout(self)
        grid.setVerticalSpacing(4)
        grid.addWidget(buddy(self.tr("&Name"), self.name_edit), 0, 0)
        grid.addWidget(self.name_edit, 0, 1, 1, 3)
        grid.addWidget(self.name_hint, 1, 1, 1, 3)
        grid.addWidget(buddy(self.tr("Train &for"), self.train_for_combo), 2, 0)
        grid.addWidget(self.train_for_combo, 2, 1)
        grid.addWidget(self.train_for_value, 2, 2, 1, 2)
        grid.addWidget(self.resume_note, 3, 1, 1, 3)
        rows = [
            (self.tr("Batc&h tokens"), self.batch_spin, self.tr("Learning &rate"), self.lr_spin),
            (self.tr("&Patience"), self.patience_spin, self.tr("De&vice"), self.device_combo),
        ]
        for row, (left, left_widget, right, right_widget) in enumerate(rows, start=4):
            grid.addWidget(buddy(left, left_widget), row, 0)
            grid.addWidget(left_widget, row, 1)
            grid.addWidget(buddy(right, right_widget), row, 2)
            grid.addWidget(right_widget, row, 3)
        self.minutes_spin.setAccessibleName(self.tr("Minutes to train"))
        self.epochs_spin.setAccessibleName(self.tr("Epochs to train"))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _connect(self) -> None:
        self.name_edit.textEdited.connect(self.on_name_edited)
        self.name_edit.textChanged.connect(self.nameChanged)
        self.epochs_spin.valueChanged.connect(
            lambda value: self._settings.setValue("train/epochs", value)
        )
        self.train_for_combo.activated.connect(lambda _: self.on_train_for_chosen())
        self.minutes_spin.valueChanged.connect(self.on_minutes_changed)
        self.epochs_spin.valueChanged.connect(
            lambda _: self.show_resume_note(self._resume_note_shown)
        )
        self.device_combo.activated.connect(self.on_device_chosen)

    def restore(self) -> None:
        """Bring back the last epochs, minutes, "Train for" and device (app settings)."""
        settings = self._settings
        self.epochs_spin.setValue(int(settings.value("train/epochs", 10, type=int)))
        self.minutes_spin.setValue(int(settings.value("train/minutes", 60, type=int)))
        self.set_train_for(str(settings.value("train/train_for", DEFAULT_TRAIN_FOR)))
        self._wanted_device = str(settings.value("train/device", "auto"))
        self._select_device(self._wanted_device)

    # ------------------------------------------------------------------ the values

    def name(self) -> str:
        return self.name_edit.text().strip()

    def set_name(self, name: str) -> None:
        """Set the name as if typed: suggestions no longer replace it."""
        self.name_edit.setText(name)
        self._name_typed = True

    def suggest_name(self, name: str) -> None:
        """Show ``name`` unless the user typed one."""
        if not self._name_typed:
            self.name_edit.setText(name)

    def name_problem(self, store: ModelStore) -> tuple[str | None, bool]:
        """(why the name cannot start a new run or None, whether a run under it can resume)."""
        name = self.name()
        if not name:
            return self.tr("Name the model."), False
        try:
            folder = store.path(name)
        except UserError:
            return (
                self.tr("Use up to 80 letters, digits, '.', '_' or '-', starting with a letter."),
                False,
            )
        if store.can_resume(name):
            return (
                self.tr(
                    "A run named {name} is saved: Resume continues it; choose another name "
                    "to start a new one."
                ).format(name=repr(name)),
                True,
            )
        if folder.exists():
            return (
                self.tr("A model named {name} already exists: choose another name.").format(
                    name=repr(name)
                ),
                False,
            )
        return None, False

    def show_name_problem(self, problem: str | None, visible: bool) -> None:
        """Say under the name why it cannot start a run (shown only when ``visible``)."""
        self.name_hint.setText(problem or "")
        self.name_hint.setVisible(visible)

    def show_resume_note(self, visible: bool) -> None:
        """Under "Train for", while the name is a run that can resume: what Resume will do with
        it (a time adds to the run; epochs are a new total; or until Stop)."""
        kind, value = self.train_for()
        if kind == "budget" and value == 1:
            text = self.tr("On Resume: 1 more minute of training for this run.")
        elif kind == "budget":
            text = self.tr("On Resume: {minutes} more minutes of training for this run.").format(
                minutes=value
            )
        elif kind == "epochs":
            text = self.tr(
                "On Resume: trains on until epoch {epoch} in all, counting those done."
            ).format(epoch=value)
        else:
            text = self.tr("On Resume: trains on until you press Stop.")
        self.resume_note.setText(text)
        self.resume_note.setVisible(visible)
        self._resume_note_shown = visible

    def train_for(self) -> tuple[str, int | None]:
        """("budget", minutes), ("epochs", count) or ("forever", None)."""
        data = str(self.train_for_combo.currentData())
        if data == "epochs":
            return "epochs", self.epochs_spin.value()
        if data == "forever":
            return "forever", None
        if data == "custom":
            return "budget", self.minutes_spin.value()
        return "budget", int(data)

    def budget_minutes(self) -> float | None:
        """The time budget asked for, in minutes (None: epochs or until stopped)."""
        kind, value = self.train_for()
        return float(value) if kind == "budget" and value else None

    def set_train_for(self, data: str) -> None:
        """Choose a "Train for" entry by its data ("30", "custom", "epochs", "forever")."""
        index = self.train_for_combo.findData(data)
        self.train_for_combo.setCurrentIndex(max(index, 0))
        self.on_train_for_chosen()

    def device(self) -> str:
        """The device chosen: "auto", "cpu", "cuda" or "mps"."""
        return str(self.device_combo.currentData())

    def device_kind(self) -> str:
        """The kind of device a run would use: "cuda", "mps" or "cpu"."""
        chosen = self.device()
        if chosen == "auto":
            return "cuda" if self._cuda_name else "mps" if self._mps else "cpu"
        return chosen

    def set_available_devices(self, cuda_name: str | None, mps: bool) -> None:
        """Enable the devices this machine has, and choose the remembered one if it is."""
        self._cuda_name, self._mps = cuda_name, mps
        cuda_text = (
            self.tr("CUDA ({gpu})").format(gpu=cuda_name)
            if cuda_name
            else self.tr("CUDA (no NVIDIA GPU found)")
        )
        self.device_combo.setItemText(self.device_combo.findData("cuda"), cuda_text)
        self._set_device_enabled("cuda", cuda_name is not None, cuda_text)
        mps_text = self.tr("Apple MPS") if mps else self.tr("Apple MPS (not available)")
        self.device_combo.setItemText(self.device_combo.findData("mps"), mps_text)
        self._set_device_enabled("mps", mps, mps_text)
        self._select_device(self._wanted_device)

    def fill_auto(self, batch_tokens: int, learning_rate: float) -> None:
        """Auto is the preset: show its batch size and learning rate."""
        self.batch_spin.setValue(batch_tokens)
        self.lr_spin.setValue(learning_rate)
        self._auto_filled = (self.batch_spin.value(), self.lr_spin.value())

    def show_run(self, training: Any | None) -> None:
        """While a resumed run trains, show its own batch size and learning rate (its
        ``TrainingConfig``), which it keeps; ``None``: back to the values the form held."""
        if training is None:
            if self._held is not None:
                self._set_quietly(*self._held)
            self._held = None
            return
        if self._held is None:
            self._held = (self.batch_spin.value(), self.lr_spin.value())
        self._set_quietly(training.batch_tokens, training.learning_rate)

    def _set_quietly(self, batch_tokens: int, learning_rate: float) -> None:
        with QSignalBlocker(self.batch_spin), QSignalBlocker(self.lr_spin):
            self.batch_spin.setValue(batch_tokens)
            self.lr_spin.setValue(learning_rate)

    def shows_auto(self) -> bool:
        """Whether auto filled in the batch size and learning rate (since the last preset)."""
        return self._auto_filled is not None

    def follow_auto(self, batch_tokens: int, learning_rate: float) -> None:
        """Auto chose again (for a size set by hand): its batch size and learning rate replace
        the ones it filled in, each unless edited since."""
        if self._auto_filled is None:
            return
        batch, rate = self._auto_filled
        if self.batch_spin.value() == batch:
            self.batch_spin.setValue(batch_tokens)
            batch = self.batch_spin.value()
        if self.lr_spin.value() == rate:
            self.lr_spin.setValue(learning_rate)
            rate = self.lr_spin.value()
        self._auto_filled = (batch, rate)

    def leave_auto(self) -> None:
        """Another preset: the batch size and learning rate auto filled in go back to the
        training defaults (a named preset trains with those); values edited since stay."""
        if self._auto_filled is not None:
            batch, rate = self._auto_filled
            if self.batch_spin.value() == batch:
                self.batch_spin.setValue(DEFAULTS.batch_tokens)
            if self.lr_spin.value() == rate:
                self.lr_spin.setValue(DEFAULTS.learning_rate)
        self._auto_filled = None

    def how_long_and_where(self) -> dict[str, Any]:
        """ "Train for" and the device, as the planner takes them (all a resume may change)."""
        kind, value = self.train_for()
        return {
            "epochs": value if kind == "epochs" else None,
            "max_minutes": float(value) if kind == "budget" and value else None,
            "device": self.device(),
        }

    def training_request(self, under_auto: bool) -> dict[str, Any]:
        """The fields as the planner takes them for a new run: patience only for epochs (a
        budget runs to its deadline, "until stopped" to the user's Stop), and under auto the
        batch size and learning rate only where edited by hand (the planner has auto's own)."""
        kind, _ = self.train_for()
        request = self.how_long_and_where()
        request["patience"] = (self.patience_spin.value() or None) if kind == "epochs" else None
        filled = self._auto_filled if under_auto else None
        if filled is None or self.batch_spin.value() != filled[0]:
            request["batch_tokens"] = self.batch_spin.value()
        if filled is None or self.lr_spin.value() != filled[1]:
            request["learning_rate"] = self.lr_spin.value()
        return request

    # ------------------------------------------------------------------ slots

    @Slot(str)
    def on_name_edited(self, text: str) -> None:
        self._name_typed = bool(text.strip())  # cleared: back to the suggestion
        self.nameEdited.emit(text)

    @Slot()
    def on_train_for_chosen(self) -> None:
        data = str(self.train_for_combo.currentData())
        self._settings.setValue("train/train_for", data)
        page = {"custom": self.minutes_spin, "epochs": self.epochs_spin}.get(data)
        self.train_for_value.setCurrentIndex(self.train_for_value.indexOf(page) if page else 0)
        self.patience_spin.setEnabled(data == "epochs")  # budgets run to their deadline
        self.howLongChanged.emit()

    @Slot(int)
    def on_minutes_changed(self, minutes: int) -> None:
        self._settings.setValue("train/minutes", minutes)
        self.howLongChanged.emit()

    @Slot(int)
    def on_device_chosen(self, index: int) -> None:
        self._wanted_device = str(self.device_combo.itemData(index))
        self._settings.setValue("train/device", self._wanted_device)
        self.deviceChosen.emit(self._wanted_device)

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
