"""What the Train tab's form asks for, as the planner (``engine.planning``) takes it."""

from __future__ import annotations

from pathlib import Path

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import load_run_settings
from s2s_desktop.engine.planning import RunRequest
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.auto_fill import AutoFill
from s2s_desktop.gui.data_panel import DataPanel
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.model_form import AUTO, ModelForm
from s2s_desktop.gui.training_form import TrainingForm


def form_request(
    data: DataPanel, model_form: ModelForm, training_form: TrainingForm, auto_fill: AutoFill
) -> RunRequest:
    """The run the forms describe: the model fields that differ from the preset's (auto's own
    choice under auto), the batch and learning rate where they are not auto's, and how long
    to train. Raises UserError without a scanned folder."""
    report = data.report
    if report is None:
        raise UserError(translate("run_request", "Choose a folder of parallel text first."))
    base = model_form.base()
    preset = None if base else model_form.preset()
    own = auto_fill.preset_model(preset or AUTO)
    values = model_form.values()
    model = {k: v for k, v in values.items() if own is None or v != getattr(own, k)}
    # Under auto, and fine-tuning, the planner has its own batch size and learning rate.
    under_auto = bool(base) or preset == AUTO
    training = training_form.training_request(under_auto=under_auto)
    training["encoding"] = report.encoding
    return RunRequest(
        name=training_form.name(),
        folder=data.folder,
        src=report.src,
        tgt=report.tgt,
        preset=preset,
        model={} if base else model,  # the base's architecture is fixed
        training=training,
        base=base or None,
    )


def resume_request(data: DataPanel, training_form: TrainingForm, store: ModelStore) -> RunRequest:
    """Resume's request: how long and where; and, where the run's data folder is gone (moved),
    the folder chosen under Data, which the run checks holds the same files."""
    name = training_form.name()
    folder = None
    try:
        if (
            data.report is not None
            and not Path(load_run_settings(store.path(name)).folder).is_dir()
        ):
            folder = data.folder
    except UserError:
        pass  # the planner says what is wrong with the run
    return RunRequest(name=name, folder=folder, training=training_form.how_long_and_where())
