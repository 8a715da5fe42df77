"""The whole window, driven like a user: train in the Train tab, translate in the Translate tab.

Screenshots of every tab (and of the Train tab mid-run) go to ``$S2S_SCREENSHOTS`` or a temporary
folder, printed, for a person to look at.
"""

import multiprocessing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QPushButton, QWidget

from s2s_desktop.engine import events
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui import MainWindow
from s2s_desktop.gui.app import app_icon
from s2s_desktop.gui.sample_run import SampleRun
from s2s_desktop.gui.settings import app_settings
from s2s_desktop.resources import ICON_SIZES, sample_corpus
from tests.toy import toy_pairs, write_moses

RUN_TIMEOUT_MS = 180_000
HELD_OUT = toy_pairs(10, seed=99)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_moses(folder, "train", toy_pairs(2000, seed=1))
    write_moses(folder, "dev", toy_pairs(50, seed=2))
    return folder


def child(window: QWidget, kind: type, name: str):
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def fill_train_tab(qtbot, window: MainWindow, folder: Path, name: str, epochs: int) -> None:
    """A small model that learns the toy language in ~20 s on one CPU thread."""
    tab = window.train_tab
    window.tabs.setCurrentWidget(tab)
    edit = child(window, QWidget, "trainFolderEdit")
    edit.setText(str(folder))
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not tab.is_scanning(), timeout=10_000)
    child(window, QComboBox, "presetCombo").setCurrentText("tiny")
    for field, value in {
        "src_vocab_size": 100,
        "tgt_vocab_size": 100,
        "hid_dim": 64,
        "enc_pf_dim": 128,
        "dec_pf_dim": 128,
    }.items():
        tab.model_form.fields[field].setValue(value)
    train_for = child(window, QComboBox, "trainForCombo")
    train_for.setCurrentIndex(train_for.findData("epochs"))
    train_for.activated.emit(train_for.currentIndex())
    child(window, QWidget, "epochsSpin").setValue(epochs)
    tab.training_form.batch_spin.setValue(1000)
    tab.training_form.lr_spin.setValue(2e-3)
    device = child(window, QComboBox, "deviceCombo")
    device.setCurrentIndex(device.findText("CPU"))
    device.activated.emit(device.currentIndex())
    name_edit = child(window, QWidget, "modelNameEdit")
    name_edit.setText(name)
    name_edit.textEdited.emit(name)


def test_the_window_has_its_tabs_and_stable_names(window):
    tabs = window.findChild(QWidget, "mainTabs")
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == [
        "translateTab",
        "trainTab",
        "modelsTab",
    ]
    for name in [
        *("modelPicker", "sourceEdit", "targetEdit", "translateButton", "beamSpin"),
        *("attentionView", "trainFolderEdit", "trainFolderButton", "srcLangCombo"),
        *("tgtLangCombo", "presetCombo", "modelNameEdit", "epochsSpin", "deviceCombo"),
        *("startTrainingButton", "stopTrainingButton", "resumeTrainingButton"),
        *("trainProgress", "lossPlot", "trainLog", "modelsTable"),
    ]:
        assert window.findChild(QWidget, name) is not None, name


def test_the_window_fits_half_a_laptop_screen(qtbot, window, trained_toy_model):
    """At most 720 pixels wide, with a model listed: the Models tab's buttons wrap onto a
    second row, the Train tab's form keeps to its fields' width."""
    import shutil

    from s2s_desktop.engine.store import ModelStore

    shutil.copytree(trained_toy_model.model_dir, ModelStore().path("toy"))
    window.models_tab.refresh()
    assert window.minimumSizeHint().width() <= 720
    window.resize(720, 760)
    window.tabs.setCurrentWidget(window.models_tab)
    qtbot.waitUntil(lambda: window.models_tab.width() <= 720)
    tab = window.models_tab
    assert tab.resume_button.y() > tab.import_button.y()  # the second row
    assert tab.resume_button.geometry().right() <= tab.width()


def test_the_status_bar_names_the_device(qtbot, window):
    label = child(window, QWidget, "deviceLabel")
    qtbot.waitUntil(lambda: "CPU" in label.text() or "GPU" in label.text(), timeout=30_000)
    cuda = window.train_tab.training_form.device_combo
    index = next(i for i in range(cuda.count()) if "CUDA" in cuda.itemText(i))
    import torch

    assert cuda.model().item(index).isEnabled() == torch.cuda.is_available()


def test_train_in_the_window_then_translate_with_the_model(qtbot, window, corpus, screenshots):
    for index, name in enumerate(("translate-empty", "train-empty", "models-empty")):
        window.tabs.setCurrentIndex(index)
        window.grab().save(str(screenshots / f"window-{index + 1}-{name}.png"))
    fill_train_tab(qtbot, window, corpus, "toy-window", epochs=12)
    evaluations: list = []
    window.train_tab.worker.event.connect(
        lambda event: evaluations.append(event) if isinstance(event, events.Evaluation) else None
    )
    with qtbot.waitSignal(window.train_tab.trainingFinished, timeout=RUN_TIMEOUT_MS) as done:
        qtbot.mouseClick(child(window, QPushButton, "startTrainingButton"), Qt.LeftButton)
        qtbot.waitUntil(lambda: len(evaluations) >= 2, timeout=RUN_TIMEOUT_MS)
        window.grab().save(str(screenshots / "window-4-train-running.png"))
    assert done.args == ["toy-window", True]
    window.grab().save(str(screenshots / "window-5-train-finished.png"))

    plots = window.train_tab.plots
    steps = plots.raw_item.getOriginalDataset()[0]
    assert len(steps) == evaluations[-1].step  # one point per step, none lost
    assert len(plots.valid_item.getOriginalDataset()[0]) == 12
    assert [m.name for m in ModelStore().list()] == ["toy-window"]

    picker = child(window, QComboBox, "modelPicker")
    qtbot.waitUntil(lambda: picker.findData("toy-window") >= 0, timeout=5_000)
    assert picker.currentData() == "toy-window"
    window.tabs.setCurrentWidget(window.translate_tab)
    source = child(window, QPlainTextEdit, "sourceEdit")
    target = child(window, QPlainTextEdit, "targetEdit")
    source.setPlainText("\n".join(s for s, _ in HELD_OUT))
    qtbot.mouseClick(child(window, QPushButton, "translateButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(target.toPlainText().splitlines()) == len(HELD_OUT), timeout=30_000)
    outputs = target.toPlainText().splitlines()
    correct = sum(out == ref for out, (_, ref) in zip(outputs, HELD_OUT))
    assert correct >= 8, list(zip(outputs, HELD_OUT))
    window.grab().save(str(screenshots / "window-6-translate.png"))
    window.tabs.setCurrentWidget(window.models_tab)
    table = child(window, QWidget, "modelsTable")
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5_000)
    window.grab().save(str(screenshots / "window-7-models.png"))


def test_closing_during_training_asks_then_stops_with_a_checkpoint(qtbot, window, corpus):
    fill_train_tab(qtbot, window, corpus, "interrupted", epochs=50)
    steps: list = []
    window.train_tab.worker.steps.connect(steps.extend)
    qtbot.mouseClick(child(window, QPushButton, "startTrainingButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=RUN_TIMEOUT_MS)

    window.confirm_stop_training = lambda: False  # "No": keep training
    window.close()
    assert window.isVisible() and window.train_tab.is_training()

    window.confirm_stop_training = lambda: True  # "Yes": stop, save, quit
    window.close()
    assert not window.isVisible() and not window.train_tab.is_training()
    checkpoint = ModelStore().path("interrupted") / "training" / "checkpoint.pt"
    assert checkpoint.is_file()
    assert window.train_tab.worker_thread.isFinished()
    assert window.translate_tab.worker_thread.isFinished()
    assert multiprocessing.active_children() == []  # the training process has ended too


def test_closing_while_a_document_is_translated_asks_first(qtbot, trained_toy_model, tmp_path):
    import shutil

    shutil.copytree(trained_toy_model.model_dir, ModelStore().path("toy"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    status = window.translate_tab.model_status
    qtbot.waitUntil(lambda: status.text().startswith("Ready: toy"), timeout=60_000)
    source = tmp_path / "long.txt"
    source.write_text("the big cat sees a dog\n" * 20_000, encoding="utf-8")
    window.translate_tab.translate_file(str(source))
    qtbot.waitUntil(window.translate_tab.is_busy, timeout=5_000)
    asked: list[str] = []

    def answer(name: str, yes: bool) -> bool:
        asked.append(name)
        return yes

    window.confirm_cancel_document = lambda name: answer(name, False)  # "No": keep going
    window.close()
    assert window.isVisible() and window.translate_tab.is_busy() and asked == ["long.txt"]
    window.confirm_cancel_document = lambda name: answer(name, True)  # "Yes": cancel, quit
    window.close()
    assert not window.isVisible() and asked == ["long.txt", "long.txt"]
    assert not (tmp_path / "long.eo.txt").exists()


def test_geometry_and_tab_are_remembered(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 640)
    first.tabs.setCurrentIndex(2)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == 2
    # Qt restores the saved geometry (the offscreen screen may clamp it, so compare the bytes).
    assert app_settings().value("window/geometry") is not None
    assert second.height() == 640
    second.close()


def test_the_empty_state_leads_to_the_train_tab(qtbot, window):
    window.tabs.setCurrentWidget(window.translate_tab)
    button = next(
        b for b in window.translate_tab.findChildren(QPushButton) if "Train tab" in b.text()
    )
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.LeftButton)
    assert window.tabs.currentWidget() is window.train_tab
    QApplication.processEvents()


def test_the_empty_state_trains_on_the_sample_corpus(qtbot, window, screenshots):
    """First run: one click fills the Train tab with the sample recipe and starts training."""
    ModelStore().models_dir.joinpath("sample-en-es").mkdir(parents=True)  # a name in use
    window.tabs.setCurrentWidget(window.translate_tab)
    button = child(window, QPushButton, "sampleButton")
    assert button.isVisible() and button.isDefault()
    window.grab().save(str(screenshots / "window-0-first-run.png"))
    tab = window.train_tab
    tab.model_form.set_preset("tiny")
    tab.model_form.fields["hid_dim"].setValue(64)  # an edit the sample run must not inherit
    steps: list = []
    tab.worker.steps.connect(steps.extend)
    with qtbot.waitSignal(tab.trainingStarted, timeout=30_000) as started:
        qtbot.mouseClick(button, Qt.LeftButton)
        assert window.tabs.currentWidget() is tab
    assert started.args == ["sample-en-es-2"]
    recipe, data, form = SampleRun(), tab.data_panel, tab.training_form
    assert Path(data.folder_edit.text()) == sample_corpus() == recipe.folder
    assert data.summary_label.text() == "8,000 training pairs, 200 validation pairs, en → es"
    assert tab.model_form.preset() == "auto" == recipe.preset
    assert tab.model_form.values()["hid_dim"] == tab._auto.model.hid_dim  # auto's, not the edit
    assert form.train_for_combo.currentData() == "custom" and form.minutes_spin.value() == 3
    assert form.batch_spin.value() == tab._auto.batch_tokens  # auto's batch and rate
    qtbot.waitUntil(lambda: len(steps) > 0, timeout=RUN_TIMEOUT_MS)
    window.grab().save(str(screenshots / "window-0-sample-training.png"))
    hint = window.translate_tab.empty_hint  # it said "No model yet", with the button enabled
    assert hint.text.text().startswith("<b>Training sample-en-es-2.</b>")
    assert not button.isEnabled()
    window.tabs.setCurrentWidget(window.translate_tab)
    window.grab().save(str(screenshots / "window-0-translate-while-training.png"))
    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS):
        tab.request_stop()
    assert button.isEnabled() or not hint.isVisible()


def test_the_app_icon_has_every_size():
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
