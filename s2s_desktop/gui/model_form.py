"""The Train tab's Model group: a preset, every ``ModelConfig`` field, the parameter count.

The presets come from ``engine.config`` (no torch), filled in as soon as the event loop runs. The
parameter count is computed from the field values by arithmetic, so it follows every keystroke
without building a model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from s2s_desktop.engine import config as config_module
from s2s_desktop.engine.errors import UserError
from s2s_desktop.gui.flow_layout import flow_row
from s2s_desktop.gui.form_labels import buddy
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.message_bar import MessageBar

AUTO = "auto"  # engine.auto.AUTO (not imported: the form stays light)
NEW_MODEL = translate("ModelForm", "a new model")  # the first choice of "Start from"
DEFAULT_PRESET = AUTO
_AUTO_WAITING = translate(
    "ModelForm",
    "auto sizes the model to your corpus, your time and your device once a folder is chosen.",
)

# Rows of encoder/decoder pairs: label (with a mnemonic where a letter is free), tooltip (with
# the tutorial's constant names), fields.
_PAIRED_ROWS = [
    (
        translate("ModelForm", "Voc&abulary"),
        translate(
            "ModelForm",
            "Sentencepiece pieces per language (INPUT_DIM / OUTPUT_DIM). 512 is small; larger "
            "vocabularies suit larger corpora. A small corpus may yield fewer pieces.",
        ),
        "src_vocab_size",
        "tgt_vocab_size",
    ),
    (
        translate("ModelForm", "La&yers"),
        translate("ModelForm", "ENC_LAYERS / DEC_LAYERS: stacked blocks."),
        "enc_layers",
        "dec_layers",
    ),
    (
        translate("ModelForm", "Hea&ds"),
        translate(
            "ModelForm",
            "ENC_HEADS / DEC_HEADS: attention heads; the width must be divisible by them.",
        ),
        "enc_heads",
        "dec_heads",
    ),
    (
        translate("ModelForm", "Feed-forward"),
        translate(
            "ModelForm",
            "ENC_PF_DIM / DEC_PF_DIM: width of each block's position-wise feed-forward layer.",
        ),
        "enc_pf_dim",
        "dec_pf_dim",
    ),
    (
        translate("ModelForm", "Dropo&ut"),
        translate("ModelForm", "ENC_DROPOUT / DEC_DROPOUT."),
        "enc_dropout",
        "dec_dropout",
    ),
]
_FLOAT_FIELDS = {"enc_dropout", "dec_dropout"}
_INT_MAX = 1_000_000  # wide spin ranges: ModelConfig.validate says what is allowed, in words


def _camel(field: str) -> str:
    head, *rest = field.split("_")
    return head + "".join(part.capitalize() for part in rest)


class ModelForm(QGroupBox):
    """What to start from (a new model, or a stored one to fine-tune), the preset, and an
    editable field for every ``ModelConfig`` value.

    Attributes:
        fields: the editor of each ModelConfig field, by field name (spin boxes, checkboxes).
        preset_combo: the ``presetCombo``.
        start_combo: the ``startFromCombo``: "a new model", then each model to fine-tune.

    Signals:
        changed(): a value changed (the config may have become valid or invalid).
        ready(): the presets have loaded and the form can be used.
        baseChosen(str): the model to fine-tune was chosen ("": a new model).
    """

    changed = Signal()
    ready = Signal()
    baseChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Model"))
        self.setObjectName("modelForm")
        self._presets: dict[str, Any] = {}
        self._config_class: Any = None
        self._pending_preset = DEFAULT_PRESET
        self._filling = False
        self._locked = False
        self.fields: dict[str, QSpinBox | QDoubleSpinBox | QCheckBox] = {}

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setToolTip(
            self.tr(
                "auto: sized to the corpus, the time given and the device (the reasons show "
                "below). tutorial: the founding tutorial's exact constants. tiny: small and "
                "fast, for a quick try on a laptop. base: Transformer-base width, for a GPU. "
                "Every field below can be changed after choosing."
            )
        )
        self.preset_combo.currentTextChanged.connect(self._on_preset_chosen)
        self.parameters_label = QLabel("…")
        self.parameters_label.setObjectName("parameterCount")
        self.parameters_label.setToolTip(
            self.tr(
                "Weights of the model with the values below. A small corpus may learn a "
                "smaller vocabulary than asked for, which makes the model a little smaller."
            )
        )
        self.start_combo = QComboBox()
        self.start_combo.setObjectName("startFromCombo")
        self.start_combo.setToolTip(
            self.tr(
                "A new model learns your folder from nothing. A stored model already knows its "
                "languages: fine-tuning it on your folder keeps its architecture and "
                "vocabularies and adapts it to your text, far better than a new model in the "
                "same time. The stored model itself is not changed."
            )
        )
        self.start_combo.addItem(NEW_MODEL, "")
        self.start_combo.currentIndexChanged.connect(self._on_start_chosen)
        start = QHBoxLayout()
        start.addWidget(buddy(self.tr("&Start from"), self.start_combo))
        start.addWidget(self.start_combo, 1)
        top = QHBoxLayout()
        top.addWidget(buddy(self.tr("Prese&t"), self.preset_combo))
        top.addWidget(self.preset_combo)
        top.addStretch(1)
        top.addWidget(self.parameters_label)
        self.auto_reasons = QLabel(_AUTO_WAITING)
        self.auto_reasons.setObjectName("autoReasons")
        self.auto_reasons.setWordWrap(True)
        self.auto_reasons.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.auto_reasons.hide()
        self._auto_config: Any = None  # what auto chose (None: no folder yet)
        self._auto_dropouts: dict[str, float] = {}  # what auto last put in the dropout fields
        self._auto_reasons: list[str] = []  # why auto chose what it did (shown under auto)
        self._base_config: Any = None  # the architecture of the model to fine-tune

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for column, heading in ((1, self.tr("Encoder (source)")), (2, self.tr("Decoder (target)"))):
            label = QLabel(f"<i>{heading}</i>")
            grid.addWidget(label, 0, column)
        for row, (label, tip, enc_field, dec_field) in enumerate(_PAIRED_ROWS, start=1):
            encoder, decoder = self._make_spin(enc_field, tip), self._make_spin(dec_field, tip)
            plain = label.replace("&", "")
            encoder.setAccessibleName(self.tr("{field}, encoder").format(field=plain))
            decoder.setAccessibleName(self.tr("{field}, decoder").format(field=plain))
            name = buddy(label, encoder)
            name.setToolTip(tip)
            grid.addWidget(name, row, 0)
            grid.addWidget(encoder, row, 1)
            grid.addWidget(decoder, row, 2)
        row = len(_PAIRED_ROWS) + 1
        width_tip = self.tr("HID_DIM: the model's width (embedding and hidden size).")
        width = self._make_spin("hid_dim", width_tip)
        width_label = buddy(self.tr("&Width"), width)
        width_label.setToolTip(width_tip)
        grid.addWidget(width_label, row, 0)
        grid.addWidget(width, row, 1)
        positions = self._make_spin(
            "max_positions",
            self.tr(
                "The longest sentence, in pieces, the model can read or write (position table)."
            ),
        )
        positions_row = QHBoxLayout()
        positions_row.addWidget(buddy(self.tr("Max &length"), positions))
        positions_row.addWidget(positions, 1)
        grid.addLayout(positions_row, row, 2)
        shared = self._make_check(
            "shared_vocab",
            self.tr("One shared vocabulary for both languages"),
            self.tr(
                "Learn one sentencepiece vocabulary from both sides: good for related languages "
                "that share words and names. Needs equal vocabulary sizes."
            ),
        )
        shared.toggled.connect(self._on_shared_toggled)
        tied = self._make_check(
            "tied_embeddings",
            self.tr("Tie the embeddings and the output layer"),
            self.tr(
                "One matrix for the source and target embeddings and the output layer: fewer "
                "weights, and often faster steps. Needs a shared vocabulary."
            ),
        )
        tied.toggled.connect(self._on_value_changed)
        grid.addWidget(flow_row([shared, tied]), row + 1, 0, 1, 3)  # one a row when narrow
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        self.message = MessageBar()
        self.message.setObjectName("modelMessageBar")

        layout = QVBoxLayout(self)
        layout.addLayout(start)
        layout.addLayout(top)
        layout.addWidget(self.auto_reasons)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        self.setEnabled(False)
        self._load_presets()

    def _make_check(self, field: str, text: str, tip: str) -> QCheckBox:
        check = QCheckBox(text)
        check.setObjectName(_camel(field) + "Check")
        check.setToolTip(tip)
        self.fields[field] = check
        return check

    def _make_spin(self, field: str, tip: str) -> QSpinBox | QDoubleSpinBox:
        editor: QSpinBox | QDoubleSpinBox
        if field in _FLOAT_FIELDS:
            editor = QDoubleSpinBox()
            editor.setRange(0.0, 0.99)
            editor.setSingleStep(0.05)
            editor.setDecimals(2)
        else:
            editor = QSpinBox()
            editor.setRange(0, _INT_MAX)
            editor.setGroupSeparatorShown(True)
        editor.setObjectName(_camel(field) + "Spin")
        editor.setToolTip(f"{tip} ({field})")
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setKeyboardTracking(True)
        editor.valueChanged.connect(self._on_value_changed)
        self.fields[field] = editor
        return editor

    # ------------------------------------------------------------------ presets

    def _load_presets(self) -> None:
        # Deferred to the event loop so that whoever built the form hears ``ready``.
        # The form is the timer's context: if it is deleted first, the call is dropped.
        QTimer.singleShot(0, self, lambda: self._on_presets_loaded(config_module))

    def _on_presets_loaded(self, module: Any) -> None:
        self._config_class = module.ModelConfig
        # auto shows the tutorial's values until it knows the corpus.
        self._presets = {AUTO: self._auto_config or module.PRESETS["tutorial"]}
        self._presets.update(module.PRESETS)
        self._filling = True
        self.preset_combo.addItems(list(self._presets))
        self._filling = False
        self.setEnabled(not self._locked)
        preset = self._pending_preset if self._pending_preset in self._presets else DEFAULT_PRESET
        self.preset_combo.setCurrentText(preset)
        self._on_preset_chosen(preset)
        self.ready.emit()

    def set_locked(self, locked: bool) -> None:
        """Make the form read-only while a run trains (its values are the run's)."""
        self._locked = locked
        self.setEnabled(self.is_ready() and not locked)

    # ------------------------------------------------------------------ fine-tuning

    def set_bases(self, models: list[tuple[str, str]]) -> None:
        """The stored models a run may start from: (name, what the list shows) each. The
        choice stays when its model is still there; else it falls back to a new model."""
        current = self.base()
        self.start_combo.blockSignals(True)
        self.start_combo.clear()
        self.start_combo.addItem(NEW_MODEL, "")
        for name, label in models:
            self.start_combo.addItem(label, name)
        index = self.start_combo.findData(current)
        self.start_combo.setCurrentIndex(max(index, 0))
        self.start_combo.blockSignals(False)
        if current and index < 0:
            self._on_start_chosen()

    def base(self) -> str:
        """The stored model to fine-tune ("": a new model)."""
        return str(self.start_combo.currentData() or "")

    def set_base(self, name: str) -> bool:
        """Start from the stored model ``name`` ("": a new model); False when it is not
        offered (not a model, or one that cannot be fine-tuned)."""
        index = self.start_combo.findData(name)
        if index < 0:
            return False
        self.start_combo.setCurrentIndex(index)
        return True

    def show_base(self, architecture: Any, reasons: list[str]) -> None:
        """Fill the fields with the base's architecture (fixed: a fine-tuned model keeps it)
        and say why the training settings are what they are."""
        self._base_config = architecture
        self._fill(architecture)
        self._set_reasons_text(reasons)
        self.auto_reasons.show()
        self._on_value_changed()

    def show_run(self, config: Any, preset: str) -> None:
        """Fill the fields with a resumed run's own architecture and preset: the run keeps
        them, whatever the form held (after a restart, the preset's defaults)."""
        if not self.is_ready():
            return
        with QSignalBlocker(self.preset_combo):  # not the preset's values, nor auto's
            if preset in self._presets:
                self.preset_combo.setCurrentText(preset)
        self._fill(config)
        self.auto_reasons.hide()  # auto's reasons are for the folder chosen, not the run's
        self._on_value_changed()

    def _fill(self, config: Any) -> None:
        """Put ``config``'s values in the fields, as one change (not one per field)."""
        self._filling = True
        for field, editor in self.fields.items():
            value = getattr(config, field)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            else:
                editor.setValue(value)
        self._filling = False

    @Slot()
    def _on_start_chosen(self) -> None:
        fine_tuning = bool(self.base())
        self.preset_combo.setEnabled(not fine_tuning)
        for editor in self.fields.values():
            editor.setEnabled(not fine_tuning)
        if not fine_tuning:
            self._on_shared_toggled(self.fields["shared_vocab"].isChecked())
            self.set_preset(self.preset())  # the preset's values again
            self._set_reasons_text(self._auto_reasons)
            self.auto_reasons.setVisible(self.preset() == AUTO)
        self.baseChosen.emit(self.base())

    def is_ready(self) -> bool:
        return self._config_class is not None

    def preset(self) -> str:
        return self.preset_combo.currentText() if self.is_ready() else self._pending_preset

    def set_preset(self, name: str) -> None:
        """Choose a preset and fill the form with it (once loaded, if still loading).

        The fields are filled even when ``name`` is already chosen: they may have been edited.
        """
        if not self.is_ready():
            self._pending_preset = name
        elif name in self._presets:
            self.preset_combo.setCurrentText(name)
            self._on_preset_chosen(name)

    def set_auto(self, config: Any, reasons: list[str]) -> None:
        """What auto chose (a ModelConfig) and why, one line each; fills the fields when auto is
        the preset (edits made since are replaced: auto follows its inputs)."""
        self._auto_config = config
        self._show_reasons(reasons)
        if config is not None and self.is_ready():
            self._presets[AUTO] = config
            if self.preset() == AUTO:
                self._on_preset_chosen(AUTO)

    def follow_auto(self, chosen: Any, reasons: list[str]) -> None:
        """auto's choice again, for a size edited by hand: its reasons, and its dropout in the
        fields that still hold what auto put there (a dropout edited by hand stays)."""
        self._show_reasons(reasons)
        for field in sorted(_FLOAT_FIELDS):  # the dropouts
            editor = self.fields[field]
            if round(editor.value(), 2) == self._auto_dropouts.get(field):
                editor.setValue(getattr(chosen, field))
                self._auto_dropouts[field] = round(editor.value(), 2)

    def _show_reasons(self, reasons: list[str]) -> None:
        """auto's reasons: shown unless a fine-tuning run's are (they come back after it)."""
        self._auto_reasons = reasons
        if not self.base():
            self._set_reasons_text(reasons)

    def _set_reasons_text(self, reasons: list[str]) -> None:
        self.auto_reasons.setText(
            "\n".join(f"• {reason}" for reason in reasons) if reasons else _AUTO_WAITING
        )

    @Slot(str)
    def _on_preset_chosen(self, name: str) -> None:
        if self.base():
            return  # the base's architecture stays in the fields
        self.auto_reasons.setVisible(name == AUTO)
        if self._filling or name not in self._presets:
            return
        config = self._presets[name]
        self._fill(config)
        if name == AUTO:
            self._auto_dropouts = {f: round(self.fields[f].value(), 2) for f in _FLOAT_FIELDS}
        self._on_shared_toggled(bool(config.shared_vocab))
        self._on_value_changed()

    # ------------------------------------------------------------------ values

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field, editor in self.fields.items():
            values[field] = editor.isChecked() if isinstance(editor, QCheckBox) else editor.value()
        return values

    def config(self) -> Any:
        """The ModelConfig of the form's values; raises UserError when they cannot work."""
        if not self.is_ready():
            raise UserError(self.tr("The model settings are still loading; wait a moment."))
        if self.base() and self._base_config is not None:
            return self._base_config  # all of it, also what the fields do not show
        config = self._config_class(**self.values())
        config.validate()
        return config

    def error(self) -> str | None:
        """Why the values cannot work (one sentence), or None when they can."""
        try:
            self.config()
        except UserError as error:
            return str(error)
        return None

    @Slot(bool)
    def _on_shared_toggled(self, shared: bool) -> None:
        """A shared vocabulary has one size: the target field follows the source field. Only a
        shared vocabulary can be tied."""
        target = self.fields["tgt_vocab_size"]
        target.setEnabled(not shared and not self.base())
        tied = self.fields["tied_embeddings"]
        tied.setEnabled(shared and not self.base())
        if not shared and tied.isChecked():
            tied.setChecked(False)
        if shared:
            target.setValue(self.fields["src_vocab_size"].value())
        self._on_value_changed()

    @Slot()
    def _on_value_changed(self) -> None:
        if self._filling or not self.is_ready():
            return
        if self.fields["shared_vocab"].isChecked():
            source = self.fields["src_vocab_size"].value()
            if self.fields["tgt_vocab_size"].value() != source:
                self.fields["tgt_vocab_size"].setValue(source)  # re-enters once, then agrees
                return
        error = self.error()
        if error is None:
            self.message.clear_message()
            count = self.config().parameter_count()
            self.parameters_label.setText(
                self.tr("≈ {count} parameters").format(count=config_module.format_parameters(count))
            )
        else:
            self.message.show_error(error)
            self.parameters_label.setText("")
        self.changed.emit()
