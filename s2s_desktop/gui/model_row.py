"""The Translate tab's model row: which stored model translates, its state, the beam, files."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from s2s_desktop.engine.config import MAX_BEAM
from s2s_desktop.engine.store import ModelInfo
from s2s_desktop.engine.wording import number
from s2s_desktop.gui.i18n import current_language, translate
from s2s_desktop.gui.model_details import model_label
from s2s_desktop.gui.model_status import ModelStatus
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.languages import language_name

BEAM_KEY = "translate/beams"  # + "/NAME": "WIDTH@CREATED", the width chosen for that model
FILE_TIP = translate(
    "ModelRow",
    "Translate a document (text, Markdown, HTML, Word, OpenDocument, subtitles, PO, XLIFF) "
    "into the same format beside it, as NAME.<language>.EXT; or drop one on the source box.",
)


class ModelRow(QWidget):
    """The picker, the model's status, the beam width and "Translate file…", in one row.

    Attributes:
        model_picker: the stored models (item data: the model's name).
        model_status: loading, ready, failed or translating, in words.
        beam_spin: the beam width; each model keeps the one chosen for it.
        file_button: "Translate file…".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_picker = QComboBox()
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_picker.setMinimumContentsLength(18)
        self.model_picker.setToolTip(
            self.tr("The stored model to translate with; it stays loaded.")
        )
        self.model_status = ModelStatus()
        self.beam_spin = QSpinBox()
        self.beam_spin.setObjectName("beamSpin")
        self.beam_spin.setRange(1, MAX_BEAM)
        self.beam_spin.setToolTip(
            self.tr(
                "Beam width: 1 is greedy and fastest; 4–8 often reads a little better. Each "
                "model starts at the width its BLEU was measured with, and keeps the one you "
                "choose."
            )
        )
        self.file_button = QPushButton(self.tr("Translate file\u2026"))
        self.file_button.setObjectName("fileButton")
        self.file_button.setToolTip(FILE_TIP)
        model_label_widget = QLabel(self.tr("&Model:"))
        model_label_widget.setBuddy(self.model_picker)
        beam_label = QLabel(self.tr("&Beam:"))
        beam_label.setBuddy(self.beam_spin)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(model_label_widget)
        row.addWidget(self.model_picker)
        row.addSpacing(6)
        row.addWidget(self.model_status, 1)
        row.addWidget(beam_label)
        row.addWidget(self.beam_spin)
        row.addSpacing(12)
        row.addWidget(self.file_button)

    def set_models(self, models: list[ModelInfo], chosen: str | None) -> None:
        """List ``models`` (each with its languages and score as a tooltip), ``chosen`` current;
        no signal: the tab decides what a new list means."""
        picker = self.model_picker
        picker.blockSignals(True)
        picker.clear()
        for info in models:
            picker.addItem(model_label(info), info.name)
            bleu = (
                f"BLEU {number(info.bleu, 1)}"
                if info.bleu is not None
                else self.tr("not evaluated")
            )
            tip = self.tr("{name}: {src} \u2192 {tgt}, {preset} preset, {score}").format(
                name=info.name,
                src=language_name(info.src_lang, current_language()),
                tgt=language_name(info.tgt_lang, current_language()),
                preset=info.preset,
                score=bleu,
            )
            picker.setItemData(picker.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        names = [m.name for m in models]
        if chosen in names:
            picker.setCurrentIndex(names.index(chosen))
        picker.blockSignals(False)

    def show_beam(self, info: ModelInfo) -> None:
        """The width chosen for this model before, else the one its score was measured with.

        A choice is kept with the model's creation time, so a new model trained under a
        deleted one's name starts afresh."""
        beam = info.scored_beam
        saved = str(app_settings().value(f"{BEAM_KEY}/{info.name}", "") or "")
        width, _, created = saved.partition("@")
        if created == str(info.config.get("created")):
            with contextlib.suppress(ValueError):  # a hand-edited value: the scored width
                beam = int(width)
        self.beam_spin.blockSignals(True)  # not a change of the user's: nothing to save or send
        self.beam_spin.setValue(beam)
        self.beam_spin.blockSignals(False)

    def remember_beam(self, info: ModelInfo) -> None:
        """Keep the width shown as ``info``'s own choice."""
        created = info.config.get("created")
        app_settings().setValue(f"{BEAM_KEY}/{info.name}", f"{self.beam_spin.value()}@{created}")
