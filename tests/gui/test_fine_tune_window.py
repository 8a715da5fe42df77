"""Fine-tuning in the window: the Models tab's "Fine-tune on a folder…" leads to the Train tab,
which starts from the chosen model, shows its fixed architecture, trains, and draws the base's
score as the curve's first point."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from s2s_desktop.engine import events
from s2s_desktop.engine.model_files import read_card
from s2s_desktop.engine.store import ModelStore
from tests.gui.test_train_tab import choose, results_of
from tests.toy import toy_pairs, write_moses

RUN_TIMEOUT_MS = 120_000


@pytest.fixture
def toy_base(window, trained_toy_model):
    """The trained toy model stored as "toy" (en -> eo), and the window's lists re-read."""
    shutil.copytree(trained_toy_model.model_dir, ModelStore().path("toy"))
    window.models_tab.refresh()
    window.train_tab.refresh_bases()
    return window


@pytest.fixture
def domain(tmp_path):
    folder = tmp_path / "domain"
    write_moses(folder, "train", toy_pairs(300, seed=4))
    write_moses(folder, "dev", toy_pairs(20, seed=5))
    return folder


def test_fine_tune_a_stored_model_from_the_models_tab(
    qtbot, monkeypatch, toy_base, domain, screenshots
):
    window = toy_base
    models, tab = window.models_tab, window.train_tab
    window.tabs.setCurrentWidget(models)
    models.refresh(select=["toy"])
    assert models.fine_tune_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(domain))
    qtbot.mouseClick(models.fine_tune_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.data_panel.report is not None, timeout=10_000)

    form, training = tab.model_form, tab.training_form
    assert form.base() == "toy" and form.start_combo.currentText().startswith("toy (en → eo")
    assert not form.preset_combo.isEnabled() and not form.fields["hid_dim"].isEnabled()
    base = read_card(ModelStore().path("toy"))
    assert form.fields["hid_dim"].value() == base.architecture["hid_dim"]
    assert "Fine-tuning 'toy'" in form.auto_reasons.text()
    assert training.lr_spin.value() == pytest.approx(base.learning_rate / 2)
    assert training.name() == "toy-tuned"
    choose(training.train_for_combo, "Epochs")
    training.epochs_spin.setValue(1)
    choose(training.device_combo, "CPU")
    controls = tab.run_controls
    assert controls.start_button.isEnabled(), controls.progress.format()
    tab.grab().save(str(screenshots / "train-fine-tune-ready.png"))

    results = results_of(tab)
    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(results) == 1)
    assert isinstance(results[0], events.Finished), results[0]
    steps, scores = tab.plots.bleu_item.getOriginalDataset()
    assert steps[0] == 0 and scores[0] > 30  # the base's own score, before the first step
    log = tab.log.toPlainText()
    assert "Before the first step:" in log and "On the validation set of 'toy'" in log
    tab.grab().save(str(screenshots / "train-fine-tune-finished.png"))
    assert read_card(ModelStore().path("toy-tuned")).base == "toy"

    window.tabs.setCurrentWidget(models)
    models.refresh(select=["toy-tuned"])
    assert "Fine-tuned from" in models.details.text() and "toy" in models.details.text()
    models.grab().save(str(screenshots / "models-fine-tuned.png"))

    # Back to a new model: the form is the user's again.
    form.set_base("")
    assert form.preset_combo.isEnabled() and form.fields["hid_dim"].isEnabled()


def test_a_folder_of_another_pair_keeps_start_disabled(qtbot, toy_base, tmp_path):
    window = toy_base
    folder = tmp_path / "french"
    write_moses(folder, "train", toy_pairs(100, seed=1), tgt="fr")
    tab = window.train_tab
    tab.model_form.set_base("toy")
    edit = tab.data_panel.folder_edit
    edit.setText(str(folder))
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: tab.data_panel.report is not None, timeout=10_000)
    controls = tab.run_controls
    assert not controls.start_button.isEnabled()
    # The whole sentence where it has room (a two-line text in the bar was cut), with the folder
    # named; the bar says it in a few words.
    said = controls.message.text()
    assert "'toy' translates en → eo, but the run would train en → fr on french" in said
    assert controls.progress.format() == "The model you start from translates other languages."
    tab.model_form.set_base("")  # a new model: nothing to say any more
    qtbot.waitUntil(lambda: controls.message.text() == "", timeout=5_000)


def test_the_bases_own_name_neither_starts_nor_resumes_and_a_base_in_use_stays(
    qtbot, monkeypatch, toy_base, domain, screenshots
):
    """Naming the fine-tuned model after its base would have Resume go on training the base
    on its old data; while a run trains from a base, the base can be neither renamed nor
    deleted, and the Models tab's changes leave the running form alone."""
    window = toy_base
    tab, models = window.train_tab, window.models_tab
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(domain))
    tab.fine_tune_from("toy")
    qtbot.waitUntil(lambda: tab.data_panel.report is not None, timeout=10_000)
    card_before = (ModelStore().path("toy") / "config.json").read_bytes()
    tab.training_form.set_name("toy")
    controls = tab.run_controls
    assert not controls.start_button.isEnabled()
    assert "'toy' is the model you start from" in controls.progress.format()
    tab.resume_training()
    assert not tab.is_training() and "'toy' is the model you start from" in controls.message.text()
    tab.grab().save(str(screenshots / "train-fine-tune-base-name.png"))
    assert (ModelStore().path("toy") / "config.json").read_bytes() == card_before

    tab.training_form.set_name("toy-domain")
    choose(tab.training_form.train_for_combo, "Epochs")
    tab.training_form.epochs_spin.setValue(1)
    choose(tab.training_form.device_combo, "CPU")
    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)
        models.refresh(select=["toy"])
        assert not models.delete_button.isEnabled() and not models.rename_button.isEnabled()
        window.on_models_changed()  # as after a change in the Models tab: the form stays
        assert tab.model_form.base() == "toy" and not controls.message.text()
    assert tab.model_form.base() == "toy"
    models.refresh(select=["toy"])
    assert models.delete_button.isEnabled()
