"""The Train tab, driven like a user: scan a folder, shape a tiny model, train, stop, resume.

Real widgets, the real engine, real (tiny) training runs on the CPU. Screenshots of the tab go
to ``$S2S_SCREENSHOTS`` (or a temporary folder, printed) for a person to look at.
"""

import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from s2s_desktop.engine import events
from s2s_desktop.engine.devices import PRECISION_VARIABLE
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.loss_plot import GrowingSeries, TrainingPlots
from s2s_desktop.gui.train_tab import TrainTab
from tests.toy import toy_pairs, write_moses

RUN_TIMEOUT_MS = 60_000


@pytest.fixture
def make_tab(qtbot):
    tabs = []

    def make() -> TrainTab:
        tab = TrainTab()
        qtbot.addWidget(tab)
        tab.resize(1100, 750)
        tab.show()
        qtbot.waitUntil(tab.model_form.is_ready, timeout=30_000)  # torch loads in the background
        tabs.append(tab)
        return tab

    yield make
    for tab in tabs:
        assert tab.wait_for_stop(30_000)
        tab.shutdown()


@pytest.fixture
def toy_corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_moses(folder, "train", toy_pairs(300, seed=4))
    write_moses(folder, "dev", toy_pairs(20, seed=5))
    return folder


def scan(qtbot, tab: TrainTab, folder: Path) -> None:
    """Type the folder and leave the field, as a user would; wait for the scan."""
    data = tab.data_panel
    data.folder_edit.setText(str(folder))
    data.folder_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not tab.is_scanning(), timeout=10_000)


def choose(combo, text: str) -> None:
    """Pick an entry of a combo box as a user does (which emits ``activated``)."""
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def fill_tiny(tab: TrainTab, epochs: int, name: str | None = None) -> None:
    """The `tiny` preset, shrunk through the form's fields so a run takes seconds."""
    form = tab.training_form
    tab.model_form.preset_combo.setCurrentText("tiny")
    fields = tab.model_form.fields
    for field, value in {
        "src_vocab_size": 60,
        "tgt_vocab_size": 60,
        "hid_dim": 32,
        "enc_layers": 1,
        "dec_layers": 1,
        "enc_pf_dim": 64,
        "dec_pf_dim": 64,
    }.items():
        fields[field].setValue(value)
    choose(form.train_for_combo, "Epochs")
    form.epochs_spin.setValue(epochs)
    form.batch_spin.setValue(200)
    form.lr_spin.setValue(1e-3)
    choose(form.device_combo, "CPU")
    if name is not None:
        form.name_edit.setText(name)
        form.name_edit.textEdited.emit(name)


def results_of(tab: TrainTab) -> list:
    """Collects the worker's final events (Finished or Failed). The worker's signal reaches this
    list in its own queued call, after the tab's, so wait for it (``qtbot.waitUntil``) after
    ``trainingFinished``: that wait's event loop may end before the second call is delivered."""
    results: list = []
    tab.worker.done.connect(results.append)
    return results


def test_importing_the_tab_leaves_torch_unloaded():
    code = "import sys, s2s_desktop.gui.train_tab; print('torch' in sys.modules)"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "False"


def test_training_a_tiny_model_to_the_end(qtbot, make_tab, toy_corpus, screenshots):
    tab = make_tab()
    data, form, controls = tab.data_panel, tab.training_form, tab.run_controls
    assert not controls.start_button.isEnabled()
    assert "Choose a folder" in controls.progress.format()
    scan(qtbot, tab, toy_corpus)
    assert data.summary_label.text() == "300 training pairs, 20 validation pairs, en → eo"
    assert "Training pairs: 300" in tab.log.toPlainText()
    assert (data.src_combo.currentText(), data.tgt_combo.currentText()) == ("en", "eo")
    fill_tiny(tab, epochs=2)
    assert form.name_edit.text() == "en-eo-tiny"
    assert controls.start_button.isEnabled() and not controls.stop_button.isEnabled()
    assert not controls.resume_button.isEnabled()
    tab.grab().save(str(screenshots / "train-1-idle-after-scan.png"))

    started, results = [], results_of(tab)
    tab.trainingStarted.connect(started.append)
    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)
        assert tab.is_training() and not controls.start_button.isEnabled()
        assert controls.stop_button.isEnabled() and not tab.model_form.isEnabled()
        tab.start_training()  # a second start while running is ignored
        qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)
    assert started == ["en-eo-tiny"]
    assert finished.args == ["en-eo-tiny", True]
    qtbot.waitUntil(lambda: len(results) == 1)
    (result,) = results
    assert isinstance(result, events.Finished) and result.reason in ("completed", "early stop")

    steps, losses = tab.plots.raw_item.getOriginalDataset()
    assert steps.tolist() == list(range(1, result.step + 1))
    assert np.isfinite(losses).all() and losses[-10:].mean() < losses[:10].mean()
    assert len(tab.plots.smooth_item.getOriginalDataset()[0]) == result.step
    valid_steps, valid_losses = tab.plots.valid_item.getOriginalDataset()
    assert len(valid_steps) == 2 and valid_steps[-1] == result.step
    assert len(tab.plots.bleu_item.getOriginalDataset()[0]) == 2
    assert len(tab.plots.chrf_item.getOriginalDataset()[0]) == 2

    log = tab.log.toPlainText()
    assert "parameters, vocabularies" in log and "on CPU" in log
    assert len(re.findall(r"^Epoch \d+ step", log, re.M)) == 2 and "chrF" in log
    assert "    source:    " in log and "    model:     " in log
    assert "Checkpoint saved at step" in log
    assert "'en-eo-tiny' is ready in the Translate tab" in log
    assert re.search(r"BLEU [\d.]+, chrF [\d.]+ on 20 held-out pairs", log)
    assert controls.message.kind == "success"
    assert "en-eo-tiny" in [model.name for model in ModelStore().list()]
    assert controls.progress.value() == 1000 and "best BLEU" in controls.progress.format()
    assert not tab.is_training() and not controls.stop_button.isEnabled()
    # The name is taken now: Resume trains it on, Start needs a new name.
    assert controls.resume_button.isEnabled() and not controls.start_button.isEnabled()
    assert "Resume continues it" in form.name_hint.text()
    tab.grab().save(str(screenshots / "train-3-finished.png"))
    tab.resize(900, 650)  # the smallest size the window allows must stay usable
    tab.grab().save(str(screenshots / "train-6-finished-900x650.png"))


def test_stop_then_resume_continues_the_curve(qtbot, make_tab, toy_corpus, tmp_path, screenshots):
    tab = make_tab()
    controls = tab.run_controls
    scan(qtbot, tab, toy_corpus)
    fill_tiny(tab, epochs=12, name="stop-me")
    results = results_of(tab)
    statuses: list[str] = []
    tab.statusMessage.connect(statuses.append)
    qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.plots.evaluation_count >= 1, timeout=RUN_TIMEOUT_MS)
    tab.plots.flush()
    tab.grab().save(str(screenshots / "train-2-mid-run.png"))
    assert "Epoch " in controls.progress.format() and "tok/s" in controls.progress.format()
    assert any(s.startswith("Training stop-me: epoch ") for s in statuses)

    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(controls.stop_button, Qt.MouseButton.LeftButton)
        assert not controls.stop_button.isEnabled() and tab.is_training()
    qtbot.waitUntil(lambda: len(results) == 1)
    stopped = results[-1]
    assert stopped.reason == "stopped" and finished.args == ["stop-me", True]
    assert (ModelStore().path("stop-me") / "training" / "checkpoint.pt").is_file()
    assert f"Checkpoint saved at step {stopped.step:,} (stopped)." in tab.log.toPlainText()
    assert controls.resume_button.isEnabled()
    tab.model_form.fields["hid_dim"].setValue(256)  # as after a restart: the preset's width
    # Another folder and batch size chosen meanwhile: the resumed run keeps its own, shown.
    other = tmp_path / "other"
    write_moses(other, "train", toy_pairs(80, seed=9), src="fr", tgt="de")
    scan(qtbot, tab, other)
    summary = tab.data_panel.summary_label.text()
    data = tab.data_panel

    def pair() -> tuple[str, str]:
        return data.src_combo.currentText(), data.tgt_combo.currentText()

    chosen = pair()
    assert set(chosen) == {"fr", "de"}
    tab.training_form.set_name("stop-me")
    batch = tab.training_form.batch_spin
    run_batch = batch.value()
    batch.setValue(run_batch * 2)

    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(controls.resume_button, Qt.MouseButton.LeftButton)
        assert tab.model_form.fields["hid_dim"].value() == 32  # the run's own, shown
        assert tab.data_panel.folder_edit.text() == str(toy_corpus)
        assert "resumed run's own data" in tab.data_panel.summary_label.text()
        assert pair() == ("en", "eo")
        assert batch.value() == run_batch
        tab.grab().save(str(screenshots / "train-3-resuming.png"))
    assert tab.data_panel.folder_edit.text() == str(other)  # the form's own again
    assert tab.data_panel.summary_label.text() == summary
    assert pair() == chosen and data.report is not None and data.report.src == chosen[0]
    assert batch.value() == run_batch * 2
    qtbot.waitUntil(lambda: len(results) == 2)
    resumed = results[-1]
    assert isinstance(resumed, events.Finished), resumed
    assert resumed.reason in ("completed", "early stop") and resumed.step > stopped.step
    assert f"Resuming from step {stopped.step:,}." in tab.log.toPlainText()
    # The earlier points come back from metrics.jsonl (read in the background).
    qtbot.waitUntil(lambda: tab.plots.raw_item.getOriginalDataset()[0][0] <= stopped.step)
    steps = tab.plots.raw_item.getOriginalDataset()[0]
    assert (np.diff(steps) > 0).all()  # one curve: the earlier points, then the new steps
    new = steps[steps > stopped.step]
    assert new.tolist() == list(range(stopped.step + 1, resumed.step + 1))
    assert tab.plots.valid_item.getOriginalDataset()[0][0] <= stopped.step


def test_a_run_whose_data_moved_resumes_from_the_folder_chosen(qtbot, make_tab, toy_corpus):
    """Resume names where the data went: the folder chosen under Data, when the run's is gone."""
    tab = make_tab()
    controls = tab.run_controls
    scan(qtbot, tab, toy_corpus)
    fill_tiny(tab, epochs=1, name="moved")
    results = results_of(tab)
    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)
    moved = toy_corpus.rename(toy_corpus.parent / "moved-corpus")
    tab.training_form.epochs_spin.setValue(2)
    qtbot.mouseClick(controls.resume_button, Qt.MouseButton.LeftButton)
    assert "which is not there any more" in controls.message.text()
    assert not tab.is_training()

    scan(qtbot, tab, moved)
    tab.training_form.set_name("moved")
    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(controls.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert isinstance(results[-1], events.Finished), results[-1]
    assert "the run checks that the files here are the same" in tab.log.toPlainText()


def test_an_empty_folder_says_why_and_keeps_start_disabled(qtbot, make_tab, tmp_path, screenshots):
    tab = make_tab()
    data, controls = tab.data_panel, tab.run_controls
    empty = tmp_path / "empty"
    empty.mkdir()
    scan(qtbot, tab, empty)
    assert data.message.isVisible() and data.message.kind == "error"
    assert data.message.text().startswith("No parallel data found in")
    assert data.message.text().endswith(".")
    assert not controls.start_button.isEnabled() and not controls.resume_button.isEnabled()
    assert "no usable data" in controls.progress.format()
    tab.grab().save(str(screenshots / "train-4-empty-folder.png"))


def test_a_file_in_another_encoding_is_named_and_read_once_chosen(
    qtbot, make_tab, tmp_path, screenshots
):
    folder = tmp_path / "latin"
    write_moses(folder, "train", toy_pairs(60, seed=3), src="en", tgt="fr")
    with (folder / "train.fr").open("ab") as target, (folder / "train.en").open("ab") as source:
        source.write("the caf\u00e9 sees a dog\n".encode("latin-1"))
        target.write("la kafejo vidas unu hundo\n".encode("latin-1"))
    tab = make_tab()
    data, controls = tab.data_panel, tab.run_controls
    scan(qtbot, tab, folder)
    message = data.message.text()
    assert data.message.kind == "error"
    assert message.startswith(f"{folder / 'train.en'} is not UTF-8 text (line 61)")
    assert "Encoding in the Train tab" in message
    assert not controls.start_button.isEnabled()
    tab.grab().save(str(screenshots / "train-6-not-utf8.png"))

    choose(data.encoding_combo, "latin-1")
    qtbot.waitUntil(lambda: not tab.is_scanning(), timeout=10_000)
    assert not data.message.isVisible()
    assert data.summary_label.text().startswith("55 training pairs, 6 validation pairs")
    assert controls.start_button.isEnabled()


def test_a_folder_with_two_pairs_asks_which_and_rescans(qtbot, make_tab, tmp_path, screenshots):
    folder = tmp_path / "mixed"
    write_moses(folder, "books", toy_pairs(50, seed=1), src="en", tgt="de")
    write_moses(folder, "news", toy_pairs(40, seed=2), src="en", tgt="fr")
    tab = make_tab()
    data, form, controls = tab.data_panel, tab.training_form, tab.run_controls
    scan(qtbot, tab, folder)
    assert data.message.text() == (
        "This folder holds several language pairs: choose the source and target."
    )
    codes = [data.src_combo.itemText(i) for i in range(data.src_combo.count())]
    assert codes == ["de", "en", "fr"]
    assert not controls.start_button.isEnabled()
    tab.grab().save(str(screenshots / "train-5-two-pairs.png"))

    choose(data.src_combo, "de")  # de pairs only with en: the target follows
    qtbot.waitUntil(lambda: not tab.is_scanning(), timeout=10_000)
    assert data.summary_label.text().endswith("de → en")
    assert controls.start_button.isEnabled() and form.name_edit.text() == "de-en-auto"

    choose(data.src_combo, "en")  # en pairs with de and fr: the user must say which
    assert not tab.is_scanning() and "choose the target" in data.message.text()
    choose(data.tgt_combo, "fr")
    qtbot.waitUntil(lambda: not tab.is_scanning(), timeout=10_000)
    assert data.summary_label.text() == "36 training pairs, 4 validation pairs, en → fr"
    assert not data.message.isVisible()


def test_start_runs_the_pair_the_combos_show_even_when_set_in_code(qtbot, make_tab, toy_corpus):
    tab = make_tab()
    data, controls = tab.data_panel, tab.run_controls
    scan(qtbot, tab, toy_corpus)
    assert (tab._plan().settings.src, tab._plan().settings.tgt) == ("en", "eo")
    # Set as a restore or a script does: no ``activated`` signal. The folder is read again for
    # the pair shown, and Start waits for it.
    data.src_combo.setCurrentText("eo")
    assert not controls.start_button.isEnabled()
    qtbot.waitUntil(lambda: data.report is not None and data.report.src == "eo", timeout=10_000)
    assert (data.src_combo.currentText(), data.tgt_combo.currentText()) == ("eo", "en")
    assert controls.start_button.isEnabled()
    settings = tab._plan().settings
    assert (settings.src, settings.tgt) == ("eo", "en")
    # A code being typed keeps Start off; once it rests it is read (and not in this folder).
    data.tgt_combo.setEditText("de")
    assert not controls.start_button.isEnabled()
    assert controls.progress.format() == (
        "Reading the folder for eo → de once the languages are typed…"
    )
    qtbot.waitUntil(lambda: data.message.kind == "error", timeout=5_000)
    assert data.message.text() == "This folder has no data in de: choose one of en, eo."
    assert controls.progress.format() == "Choose a language pair this folder holds."
    assert not controls.start_button.isEnabled()


def test_the_tutorial_preset_shows_the_tutorial_constants(qtbot, make_tab):
    import torch

    from s2s_desktop.engine.config import ModelConfig, format_parameters
    from s2s_desktop.engine.model import Seq2Seq

    tab = make_tab()
    form = tab.model_form
    assert form.preset_combo.currentText() == "auto"  # the window's default
    assert [form.preset_combo.itemText(i) for i in range(4)] == ["auto", "tutorial", "tiny", "base"]
    form.preset_combo.setCurrentText("tutorial")
    assert not form.auto_reasons.isVisible()
    values = form.values()
    assert (values["src_vocab_size"], values["tgt_vocab_size"]) == (512, 512)
    assert values["hid_dim"] == 256
    assert (values["enc_layers"], values["dec_layers"]) == (3, 3)
    assert (values["enc_heads"], values["dec_heads"]) == (8, 8)
    assert (values["enc_pf_dim"], values["dec_pf_dim"]) == (512, 512)
    assert (values["enc_dropout"], values["dec_dropout"]) == (0.1, 0.1)
    assert values["shared_vocab"] is False and values["tied_embeddings"] is False
    assert not form.fields["tied_embeddings"].isEnabled()  # nothing to tie without sharing

    with torch.device("meta"):
        exact = Seq2Seq(ModelConfig()).num_parameters()
        base = Seq2Seq(form.config()).num_parameters()
    assert ModelConfig().parameter_count() == exact
    assert form.parameters_label.text() == f"≈ {format_parameters(exact)} parameters"
    form.preset_combo.setCurrentText("base")
    assert form.config().parameter_count() != base  # base is larger than the tutorial

    form.fields["hid_dim"].setValue(250)  # not divisible by 8 heads
    assert form.message.kind == "error" and "divisible" in form.message.text()
    assert form.parameters_label.text() == ""
    form.fields["hid_dim"].setValue(256)
    assert form.message.kind == "" and form.parameters_label.text().endswith("parameters")

    form.fields["shared_vocab"].setChecked(True)  # one vocabulary: one size
    form.fields["src_vocab_size"].setValue(4000)
    assert form.fields["tgt_vocab_size"].value() == 4000
    assert not form.fields["tgt_vocab_size"].isEnabled()
    untied = form.config().parameter_count()
    assert form.fields["tied_embeddings"].isEnabled()
    form.fields["tied_embeddings"].setChecked(True)
    assert form.config().tied_embeddings
    assert form.config().parameter_count() == untied - 2 * 4000 * 256
    form.fields["shared_vocab"].setChecked(False)  # a vocabulary each: tying goes too
    assert not form.fields["tied_embeddings"].isChecked()
    assert not form.fields["tied_embeddings"].isEnabled() and form.message.kind == ""


def test_an_invalid_model_disables_start(qtbot, make_tab, toy_corpus):
    tab = make_tab()
    controls = tab.run_controls
    scan(qtbot, tab, toy_corpus)
    assert controls.start_button.isEnabled()
    tab.model_form.fields["enc_heads"].setValue(7)
    assert not controls.start_button.isEnabled()
    assert controls.progress.format() == "Fix the model settings above."
    tab.model_form.fields["enc_heads"].setValue(8)
    assert controls.start_button.isEnabled()


def test_devices_missing_on_this_machine_are_disabled(qtbot, make_tab):
    tab = make_tab()
    form = tab.training_form
    combo = form.device_combo

    def enabled(device: str) -> bool:
        return combo.model().item(combo.findData(device)).isEnabled()

    assert combo.currentData() == "auto"
    assert not enabled("cuda") and not enabled("mps")  # until the window has probed torch
    tab.set_available_devices(None, False)
    assert not enabled("cuda") and not enabled("mps") and enabled("cpu")
    assert "no NVIDIA GPU" in combo.itemText(combo.findData("cuda"))
    tab.set_available_devices("NVIDIA Test GPU", True)
    assert enabled("cuda") and enabled("mps")
    assert combo.itemText(combo.findData("cuda")) == "CUDA (NVIDIA Test GPU)"


def test_choices_are_remembered(qtbot, make_tab, toy_corpus):
    tab = make_tab()
    form = tab.training_form
    scan(qtbot, tab, toy_corpus)
    tab.model_form.preset_combo.setCurrentText("tiny")
    form.epochs_spin.setValue(3)
    tab.set_available_devices("NVIDIA Test GPU", False)
    choose(form.device_combo, "CUDA (NVIDIA Test GPU)")
    tab.shutdown()

    again = make_tab()
    form = again.training_form
    assert again.data_panel.folder_edit.text() == str(toy_corpus)
    qtbot.waitUntil(lambda: not again.is_scanning(), timeout=10_000)
    assert again.data_panel.summary_label.text().startswith("300 training pairs")
    assert again.model_form.preset() == "tiny" and form.epochs_spin.value() == 3
    assert form.name_edit.text() == "en-eo-tiny"
    assert form.device_combo.currentData() == "auto"  # CUDA is not known to exist yet
    again.set_available_devices("NVIDIA Test GPU", False)
    assert form.device_combo.currentData() == "cuda"


def test_a_dropped_folder_is_scanned(qtbot, make_tab, toy_corpus):
    tab = make_tab()
    data, controls = tab.data_panel, tab.run_controls
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(toy_corpus / "train.en"))])  # a file: its folder
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(drop)
    assert drop.isAccepted() and data.folder_edit.text() == str(toy_corpus)
    assert tab.is_scanning() and not controls.start_button.isEnabled()
    assert controls.progress.format() == "Scanning the folder…"
    qtbot.waitUntil(lambda: not tab.is_scanning(), timeout=10_000)
    assert data.summary_label.text().startswith("300 training pairs")


def test_a_failed_run_shows_its_sentence_and_the_tab_stays_usable(
    qtbot, make_tab, toy_corpus, tmp_path
):
    tab = make_tab()
    data, form, controls = tab.data_panel, tab.training_form, tab.run_controls
    scan(qtbot, tab, toy_corpus)
    fill_tiny(tab, epochs=1, name="gone")
    toy_corpus.rename(tmp_path / "moved")  # the data vanishes between the scan and the run
    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["gone", False]
    assert controls.message.kind == "error" and "train.en" in controls.message.text()
    assert "Failed: " in tab.log.toPlainText()
    assert not tab.is_training() and data.isEnabled() and tab.model_form.isEnabled()
    assert controls.progress.format() == "Training failed: see the message above"
    tab.resume_from("another")  # the Models tab's Resume training…: the failure is past
    assert "failed" not in controls.progress.format() and controls.message.kind == "info"
    scan(qtbot, tab, tmp_path / "moved")
    form.name_edit.setText("gone")  # the failed run left no folder: its name is free again
    assert controls.start_button.isEnabled()


def test_plots_keep_100k_points_and_export_png_and_csv(qtbot, tmp_path):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(600, 400)
    plots.show()
    for start in range(0, 100_000, 1000):  # as the worker delivers them: in batches
        plots.add_steps(
            [(step + 1, 5.0 / math.sqrt(step + 1)) for step in range(start, start + 1000)]
        )
    plots.add_evaluation(50_000, 0.5, 20.0, 45.0)
    plots.add_evaluation(100_000, 0.4, 25.0, 50.0)
    plots.flush()
    assert plots.step_count == 100_000 and plots.evaluation_count == 2
    assert plots.raw_item.getOriginalDataset()[0][-1] == 100_000

    png = plots.export("loss", tmp_path / "loss.png")
    assert png.stat().st_size > 1000 and png.read_bytes()[:4] == b"\x89PNG"
    csv = plots.export("bleu", tmp_path / "bleu.csv")
    rows = csv.read_text().splitlines()
    assert len(rows) == 3 and "50000" in rows[1] and "25" in rows[2]
    assert plots.export("loss", tmp_path / "plain").name == "plain.png"

    plots.clear()
    x, _ = plots.raw_item.getOriginalDataset()
    assert plots.step_count == 0 and (x is None or x.size == 0)


def test_the_score_plot_follows_the_step_axis_once_it_has_scores(qtbot):
    """Until the first evaluation the empty BLEU plot does not repaint with every step; from
    then on both plots read off the same step range."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(600, 400)
    plots.show()
    loss_view, bleu_view = plots.loss_plot.getViewBox(), plots.bleu_plot.getViewBox()
    plots.add_steps([(step, 5.0 - step / 100) for step in range(1, 301)])
    plots.flush()
    assert bleu_view.viewRange()[0] != loss_view.viewRange()[0]
    plots.add_evaluation(300, 2.5, 8.0, 25.0)
    plots.add_steps([(step, 2.0) for step in range(301, 501)])
    plots.flush()
    assert bleu_view.viewRange()[0] == pytest.approx(loss_view.viewRange()[0])
    assert loss_view.viewRange()[0][1] > 500
    plots.clear()
    plots.add_steps([(1, 5.0), (2, 4.0)])
    plots.flush()
    assert bleu_view.viewRange()[0] != pytest.approx(loss_view.viewRange()[0])


def test_growing_series_amortises_appends():
    series = GrowingSeries(capacity=4)
    for i in range(10):
        series.extend([i], [i * 2.0])
    assert series.x.tolist() == list(range(10)) and series.y[-1] == 18.0
    assert len(series._x) == 16  # doubled, not grown by one each time


def test_the_cluster_command_shows_and_copies_the_torchrun_line(
    qtbot, make_tab, toy_corpus, screenshots
):
    from PySide6.QtGui import QGuiApplication

    from s2s_desktop.cluster_command import torchrun_command

    tab = make_tab()
    controls = tab.run_controls
    assert not controls.cluster_button.isEnabled()  # nothing to train yet
    scan(qtbot, tab, toy_corpus)
    fill_tiny(tab, epochs=3, name="cluster-run")
    assert controls.cluster_button.isEnabled()
    qtbot.mouseClick(controls.cluster_button, Qt.MouseButton.LeftButton)
    dialog = tab.cluster_dialog
    qtbot.waitExposed(dialog)
    text = dialog.command_view.toPlainText()
    assert text == torchrun_command(tab._plan().settings)
    assert text.startswith(
        "torchrun --standalone --nproc_per_node=gpu \\\n    -m s2s_desktop train "
    )
    assert "--name cluster-run --preset tiny" in text and "--hid-dim 32" in text
    assert not dialog.host_edit.isEnabled()
    assert "models export cluster-run cluster-run.zip" in dialog.notes.text()

    dialog.nodes_spin.setValue(2)
    dialog.host_edit.setText("node01")
    text = dialog.command_view.toPlainText()
    assert "--nnodes=2" in text and "--rdzv_endpoint=node01:29500" in text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert dialog.copied_label.text() == "Copied to the clipboard."
    dialog.grab().save(str(screenshots / "train-7-cluster-command.png"))
    dialog.close()


def test_auto_sizes_the_model_to_the_folder_the_time_and_the_device(
    qtbot, make_tab, toy_corpus, screenshots, monkeypatch
):
    # On a CPU that trains in float32: some measure bfloat16 about 2.5 times faster, the
    # threshold itself, so one process's timing could size the model otherwise.
    monkeypatch.setenv(PRECISION_VARIABLE, "float32")
    tab = make_tab()
    form, training = tab.model_form, tab.training_form
    assert form.preset() == "auto" and form.auto_reasons.isVisible()
    assert "once a folder is chosen" in form.auto_reasons.text()
    scan(qtbot, tab, toy_corpus)
    assert training.train_for_combo.currentData() == "30"  # the default: half an hour
    reasons = form.auto_reasons.text()
    assert "300 pairs" in reasons and "Latin" in reasons and "30 minutes" in reasons
    values = form.values()
    assert values["shared_vocab"] and values["enc_dropout"] == 0.3  # small corpus, one script
    choose(training.train_for_combo, "2 hours")
    two_hours = training.batch_spin.value()
    choose(training.train_for_combo, "10 minutes")
    assert training.batch_spin.value() < two_hours  # less time: smaller batches, enough updates
    assert "10 minutes" in form.auto_reasons.text()
    assert not training.patience_spin.isEnabled()  # a budget runs to its deadline
    qtbot.wait(100)  # let the layout take the new reasons' height before the picture
    tab.grab().save(str(screenshots / "train-8-auto.png"))

    settings = tab._plan().settings
    assert settings.preset == "auto" and settings.model == form.config()
    assert (settings.training.max_minutes, settings.training.epochs) == (10.0, None)
    assert settings.training.patience is None
    assert settings.training.label_smoothing == 0.2  # auto's choice for a small corpus
    assert settings.training.batch_tokens == training.batch_spin.value()

    form.fields["hid_dim"].setValue(128)  # every choice stays editable
    assert tab._plan().settings.model.hid_dim == 128
    choose(training.train_for_combo, "Custom time")
    assert training.train_for_value.currentWidget() is training.minutes_spin
    training.minutes_spin.setValue(45)
    assert tab._plan().settings.training.max_minutes == 45.0
    choose(training.train_for_combo, "Epochs")
    assert (
        training.train_for_value.currentWidget() is training.epochs_spin
        and training.patience_spin.isEnabled()
    )
    epochs = tab._plan().settings.training
    assert (epochs.epochs, epochs.max_minutes) == (training.epochs_spin.value(), None)
    choose(training.train_for_combo, "Until stopped")
    forever = tab._plan().settings.training
    assert (forever.epochs, forever.max_minutes, forever.patience) == (None, None, None)


def test_leaving_auto_gives_the_named_preset_the_training_defaults(qtbot, make_tab, toy_corpus):
    from s2s_desktop.engine.config import TrainingConfig

    defaults = TrainingConfig()
    tab = make_tab()
    form = tab.training_form
    scan(qtbot, tab, toy_corpus)
    choose(form.train_for_combo, "10 minutes")
    filled = (form.batch_spin.value(), form.lr_spin.value())
    assert filled == (tab.auto_fill.choice.batch_tokens, tab.auto_fill.choice.learning_rate)
    assert filled != (defaults.batch_tokens, defaults.learning_rate)  # else nothing is shown

    tab.model_form.set_preset("tutorial")  # auto's batch and rate are not the tutorial's
    assert (form.batch_spin.value(), form.lr_spin.value()) == (
        defaults.batch_tokens,
        defaults.learning_rate,
    )
    training = tab._plan().settings.training
    assert (training.batch_tokens, training.learning_rate) == (4096, 5e-4)

    tab.model_form.set_preset("auto")  # back: auto fills them again
    assert (form.batch_spin.value(), form.lr_spin.value()) == filled
    width = tab.model_form.fields["hid_dim"]
    chosen_width = width.value()
    width.setValue(chosen_width * 4)  # a wider model by hand: a lower peak rate
    assert form.lr_spin.value() < filled[1]
    width.setValue(chosen_width)
    assert form.lr_spin.value() == filled[1]
    form.batch_spin.setValue(1024)  # edited by hand: kept when the preset changes
    tab.model_form.set_preset("tiny")
    assert form.batch_spin.value() == 1024


def test_a_size_edited_on_auto_gets_dropout_batch_and_rate_chosen_for_it(
    qtbot, make_tab, tmp_path, screenshots, monkeypatch
):
    """A larger model makes fewer passes over the data in the budget: auto's dropout, batch and
    peak rate follow the size typed in, as on the command line, except what was edited too;
    the size stays when the time changes."""
    # auto's expected speeds, and so its choices, as on a 2-core CPU without bfloat16.
    monkeypatch.setattr("s2s_desktop.engine.auto.os.cpu_count", lambda: 2)
    monkeypatch.setattr("s2s_desktop.engine.devices.cpu_trains_bfloat16", lambda width: False)
    folder = tmp_path / "larger corpus"
    write_moses(folder, "train", toy_pairs(8_000, seed=4))
    write_moses(folder, "dev", toy_pairs(20, seed=5))
    tab = make_tab()
    form, training = tab.model_form, tab.training_form
    scan(qtbot, tab, folder)
    choose(training.train_for_combo, "2 hours")
    values = form.values()
    own = (
        values["hid_dim"],
        values["enc_dropout"],
        training.batch_spin.value(),
        training.lr_spin.value(),
    )
    assert own == (256, 0.3, 4096, 1e-3)

    for field, value in (("hid_dim", 512), ("enc_layers", 6), ("dec_layers", 6)):
        form.fields[field].setValue(value)
    values = form.values()
    # 48 passes, but 36 M weights see too few tokens each in 2 hours for more dropout.
    assert (values["enc_dropout"], values["dec_dropout"]) == (0.1, 0.1)
    assert (training.batch_spin.value(), training.lr_spin.value()) == (
        2048,
        5e-4,
    )  # 512 wide's rate
    reasons = form.auto_reasons.text()
    assert "512 wide, 6 + 6 layers, 4 heads, feed-forward 1024, set by hand" in reasons
    assert "auto would choose 256 wide, 3 + 3 layers" in reasons
    assert "a model still learning" in reasons
    settings = tab._plan().settings
    assert (settings.model.hid_dim, settings.model.dec_layers, settings.model.enc_dropout) == (
        512,
        6,
        0.1,
    )
    assert (settings.training.batch_tokens, settings.training.learning_rate) == (2048, 5e-4)
    assert settings.training.label_smoothing == 0.1  # auto's for this size, not 0.2
    qtbot.wait(100)
    tab.grab().save(str(screenshots / "train-9-auto-size-by-hand.png"))

    choose(training.train_for_combo, "10 minutes")  # less time, same size: fewer passes
    values = form.values()
    assert (values["hid_dim"], values["enc_layers"], values["enc_dropout"]) == (512, 6, 0.1)
    assert "set by hand" in form.auto_reasons.text()
    assert "few passes over the data" in form.auto_reasons.text()

    form.fields["enc_dropout"].setValue(0.25)  # edited by hand: these stay
    training.lr_spin.setValue(3e-4)
    training.batch_spin.setValue(1024)
    for field, value in (("enc_layers", 2), ("dec_layers", 2), ("hid_dim", 128)):
        form.fields[field].setValue(value)  # auto's own size for 10 minutes
    values = form.values()
    assert (values["enc_dropout"], values["dec_dropout"]) == (0.25, 0.3)
    assert (training.batch_spin.value(), training.lr_spin.value()) == (1024, 3e-4)
    assert "set by hand" not in form.auto_reasons.text()

    form.fields["hid_dim"].setValue(256)
    form.set_preset("tutorial")
    form.set_preset("auto")  # a preset chosen again: auto's own size
    assert form.values()["hid_dim"] == 128 and "set by hand" not in form.auto_reasons.text()
