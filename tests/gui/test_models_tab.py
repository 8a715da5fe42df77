"""The Models tab driven like a user would: real store, real model files, dialogs stubbed.

Models are copies of the session's trained toy model, with their config.json and metrics.jsonl
edited so that text sorting and numeric sorting disagree and the two curves differ.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
)

from s2s_desktop.engine.history import History
from s2s_desktop.engine.model_facts import format_size
from s2s_desktop.engine.model_files import CONFIG_FILE, METRICS_FILE
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.models_tab import EMPTY_TEXT, ModelsTab
from s2s_desktop.gui.models_table import (
    COL_BLEU,
    COL_CREATED,
    COL_LANGS,
    COL_NAME,
    COL_PARAMS,
    COL_SIZE,
)
from tests.argos_package import FOLDER

BETA_CREATED = "2026-01-15T08:30:00+00:00"


# ---------------------------------------------------------------------- helpers


def add_model(source: Path, name: str, **edits: object) -> Path:
    """Copy the trained model into the test's store as ``name``; ``edits`` change config.json."""
    target = ModelStore().models_dir / name
    shutil.copytree(source, target)
    config = json.loads((target / CONFIG_FILE).read_text(encoding="utf-8"))
    config["name"] = name
    config.update(edits)
    (target / CONFIG_FILE).write_text(json.dumps(config), encoding="utf-8")
    return target


def records(folder: Path, kind: str) -> list[dict]:
    lines = (folder / METRICS_FILE).read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if r.get("type") == kind]


def shorten_history(folder: Path, evals: int) -> None:
    """Keep the first ``evals`` evaluations (and the steps before the last), scaled, so the
    second curve is shorter and lower than the first."""
    kept = records(folder, "eval")[:evals]
    last = kept[-1]["step"]
    lines = []
    for record in map(json.loads, (folder / METRICS_FILE).read_text().splitlines()):
        if record["step"] > last:
            continue
        record["step"] = int(record["step"] * 1.3)
        if record["type"] == "eval":
            record["bleu"] *= 0.7
            record["chrf"] *= 0.8
            record["valid_loss"] *= 1.4
        else:
            record["loss"] *= 1.2
        lines.append(json.dumps(record) + "\n")
    (folder / METRICS_FILE).write_text("".join(lines), encoding="utf-8")


@pytest.fixture
def two_models(trained_toy_model) -> tuple[Path, Path]:
    """alpha: the trained model, 2.5 M parameters; beta: older, 12 M parameters, a shorter and
    lower history with its best BLEU (about 36) in config.json. As text, "100.0" < "36.0" and
    "12 M" < "2.5 M": only numeric sorting orders them right."""
    alpha = add_model(trained_toy_model.model_dir, "alpha", parameters=2_500_000)
    beta = add_model(
        trained_toy_model.model_dir, "beta", parameters=12_345_678, created=BETA_CREATED
    )
    shorten_history(beta, evals=6)
    evals = records(beta, "eval")
    config = json.loads((beta / CONFIG_FILE).read_text(encoding="utf-8"))
    config["metrics"].update(
        bleu=max(r["bleu"] for r in evals),
        chrf=max(r["chrf"] for r in evals),
        epoch=evals[-1]["epoch"],
        step=evals[-1]["step"],
    )
    (beta / CONFIG_FILE).write_text(json.dumps(config), encoding="utf-8")
    return alpha, beta


def make_tab(qtbot) -> ModelsTab:
    tab = ModelsTab()
    qtbot.addWidget(tab)
    tab.resize(1100, 750)
    tab.show()
    qtbot.waitExposed(tab)
    tab.windowHandle().requestActivate()  # shortcuts (F2, Del) only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab, timeout=2000)
    return tab


def table_rows(tab: ModelsTab) -> dict[str, list[str]]:
    table = tab.table
    return {
        table.item(row, COL_NAME).text(): [
            table.item(row, column).text() for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    }


def names_in_order(tab: ModelsTab) -> list[str]:
    return [tab.table.item(row, COL_NAME).text() for row in range(tab.table.rowCount())]


def click_row(qtbot, tab: ModelsTab, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = names_in_order(tab).index(name)
    rect = tab.table.visualItemRect(tab.table.item(row, COL_NAME))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_header(qtbot, tab: ModelsTab, column: int) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def stub_get_text(monkeypatch, answer: str, ok: bool = True) -> list[tuple]:
    calls: list[tuple] = []

    def get_text(*args, **kwargs):
        calls.append(args)
        return answer, ok

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return calls


def stub_question(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    texts: list[str] = []

    def question(parent, title, text, *args):
        texts.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return texts


def wait_for_curves(qtbot, tab: ModelsTab, count: int) -> None:
    qtbot.waitUntil(lambda: len(tab.metrics_plot.data_items()) == count, timeout=5000)


def curve_points(tab: ModelsTab) -> dict[str, int]:
    return {item.name(): len(item.getData()[0]) for item in tab.metrics_plot.data_items()}


# ---------------------------------------------------------------------- tests


def test_empty_state_offers_the_sample_and_import(qtbot, screenshots):
    tab = make_tab(qtbot)

    assert tab.pages.currentWidget() is tab.empty_state
    assert tab.empty_label.text() == EMPTY_TEXT
    assert tab.empty_label.isVisible()
    assert tab.import_button.isEnabled()
    for button in (
        tab.rename_button,
        tab.delete_button,
        tab.export_button,
        tab.evaluate_button,
        tab.open_folder_button,
    ):
        assert not button.isEnabled()
    assert tab.grab().save(str(screenshots / "models_tab_empty.png"))
    with qtbot.waitSignal(tab.sampleRequested, timeout=1000):
        qtbot.mouseClick(tab.sample_button, Qt.LeftButton)
    tab.set_models_in_use(["sample-en-es"])  # it trains: no second sample run
    assert not tab.sample_button.isEnabled()


def test_table_lists_models_with_details(qtbot, two_models, screenshots):
    alpha, _ = two_models
    tab = make_tab(qtbot)

    rows = table_rows(tab)
    assert set(rows) == {"alpha", "beta"}
    assert rows["alpha"][COL_LANGS] == rows["beta"][COL_LANGS] == "en → eo"
    assert rows["alpha"][COL_BLEU] == f"{ModelStore().info('alpha').bleu:.1f}" == "100.0"
    assert rows["beta"][COL_BLEU] == f"{ModelStore().info('beta').bleu:.1f}"
    assert rows["alpha"][COL_PARAMS] == "2.5M"
    assert rows["beta"][COL_PARAMS] == "12M"
    size = ModelStore().info("alpha").size_bytes()
    assert rows["alpha"][COL_SIZE] == format_size(size)
    assert rows["alpha"][COL_SIZE].endswith(" MB")
    local = datetime.fromisoformat(BETA_CREATED).astimezone().strftime("%Y-%m-%d %H:%M")
    assert rows["beta"][COL_CREATED] == local
    assert tab.summary_label.text().startswith("2 models")

    # Newest first, and the newest shown at once.
    assert names_in_order(tab) == ["alpha", "beta"]
    assert tab.selected_names() == ["alpha"]
    details = tab.details.text()
    training = ModelStore().info("alpha").config["training"]
    pairs = f"{training['train_pairs']:,} training + {training['valid_pairs']:,} validation"
    for fact in ("alpha", "en → eo", "tiny", "Best BLEU", pairs, training["device"], "Folder"):
        assert fact in details
    assert tab.grab().save(str(screenshots / "models_tab_details.png"))


def test_a_model_whose_run_can_go_on_says_how_it_ended(qtbot, two_models, screenshots):
    """The details of a model stopped by its user, or killed while training, say so and which
    action goes on; one that ran to its end says nothing of it."""
    from s2s_desktop.engine.runs import record_ending

    alpha, beta = two_models
    record_ending(beta / "training", "stopped", 1234)
    record_ending(alpha / "training", "completed", 99)
    tab = make_tab(qtbot)
    assert "Last run" not in tab.details.text()  # alpha, shown first
    tab.refresh(select=["beta"])
    assert "Stopped at step 1,234: Resume training… continues it." in tab.details.text()
    assert tab.resume_action.isEnabled()
    assert tab.grab().save(str(screenshots / "models_tab_stopped_run.png"))
    record_ending(beta / "training", "training", 99_999)  # killed: no process trains it now
    tab.refresh()
    assert "Interrupted after step 99,999 (closed or crashed)" in tab.details.text()


def test_columns_sort_numerically(qtbot, two_models):
    tab = make_tab(qtbot)

    click_header(qtbot, tab, COL_BLEU)
    first = names_in_order(tab)
    click_header(qtbot, tab, COL_BLEU)
    assert {tuple(first), tuple(names_in_order(tab))} == {("beta", "alpha"), ("alpha", "beta")}
    tab.table.sortByColumn(COL_BLEU, Qt.SortOrder.AscendingOrder)
    assert names_in_order(tab) == ["beta", "alpha"]  # 36 < 100 (as text: "100.0" < "36.0")
    tab.table.sortByColumn(COL_PARAMS, Qt.SortOrder.AscendingOrder)
    assert names_in_order(tab) == ["alpha", "beta"]  # 2.5 M < 12 M (as text: "12 M" < "2.5 M")
    tab.table.sortByColumn(COL_PARAMS, Qt.SortOrder.DescendingOrder)
    assert names_in_order(tab) == ["beta", "alpha"]


def test_two_selected_models_overlay_their_curves(qtbot, two_models, screenshots):
    alpha, beta = two_models
    tab = make_tab(qtbot)
    click_row(qtbot, tab, "alpha")
    click_row(qtbot, tab, "beta", Qt.KeyboardModifier.ControlModifier)
    assert tab.selected_names() == ["alpha", "beta"]

    wait_for_curves(qtbot, tab, 2)
    evals = {"alpha": len(records(alpha, "eval")), "beta": len(records(beta, "eval"))}
    assert evals["beta"] == 6 < evals["alpha"]
    assert curve_points(tab) == evals
    by_name = {item.name(): item for item in tab.metrics_plot.data_items()}
    assert list(by_name["beta"].getData()[1]) == [r["bleu"] for r in records(beta, "eval")]
    colours = {item.opts["pen"].color().name() for item in by_name.values()}
    assert len(colours) == 2
    assert "2 models selected" in tab.details.text()
    assert tab.delete_button.isEnabled()
    assert not tab.rename_button.isEnabled()
    assert not tab.export_button.isEnabled()

    qtbot.mouseClick(tab.metrics_plot.findChild(QPushButton, "metric_valid_loss"), Qt.LeftButton)
    assert tab.metrics_plot.plot_item.getAxis("left").labelText.startswith("Validation loss")
    assert curve_points(tab) == evals
    qtbot.mouseClick(tab.metrics_plot.findChild(QPushButton, "metric_loss"), Qt.LeftButton)
    assert curve_points(tab) == {
        "alpha": len(records(alpha, "step")),
        "beta": len(records(beta, "step")),
    }
    qtbot.mouseClick(tab.metrics_plot.findChild(QPushButton, "metric_bleu"), Qt.LeftButton)
    assert curve_points(tab) == evals
    assert tab.grab().save(str(screenshots / "models_tab_compare.png"))


def test_refresh_keeps_selection_and_rereads_changed_history(qtbot, two_models, trained_toy_model):
    alpha, _ = two_models
    tab = make_tab(qtbot)
    click_row(qtbot, tab, "beta")
    click_row(qtbot, tab, "alpha", Qt.KeyboardModifier.ControlModifier)
    wait_for_curves(qtbot, tab, 2)
    before = curve_points(tab)["alpha"]

    add_model(trained_toy_model.model_dir, "gamma", created="2020-01-01T00:00:00+00:00")
    extra = dict(records(alpha, "eval")[-1], step=10_000)
    with (alpha / METRICS_FILE).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(extra) + "\n")
    tab.refresh()

    assert set(names_in_order(tab)) == {"alpha", "beta", "gamma"}
    assert tab.selected_names() == ["alpha", "beta"]
    qtbot.waitUntil(lambda: curve_points(tab).get("alpha") == before + 1, timeout=5000)


def test_rename_through_dialog(qtbot, monkeypatch, two_models):
    History().add("alpha", "en", "eo", "the cat", "la kato")
    tab = make_tab(qtbot)
    click_row(qtbot, tab, "alpha")
    calls = stub_get_text(monkeypatch, "gamma")

    with qtbot.waitSignal(tab.modelsChanged, timeout=1000):
        qtbot.mouseClick(tab.rename_button, Qt.LeftButton)

    assert calls and calls[0][-1] == "alpha"  # the dialog starts from the old name
    assert set(names_in_order(tab)) == {"gamma", "beta"}
    assert tab.selected_names() == ["gamma"]
    assert {model.name for model in ModelStore().list()} == {"gamma", "beta"}
    assert json.loads((ModelStore().path("gamma") / CONFIG_FILE).read_text())["name"] == "gamma"
    assert tab.message_bar.kind == "success"
    assert [entry.model for entry in History().search()] == ["gamma"]  # its history follows


def test_f2_and_double_click_rename(qtbot, monkeypatch, two_models):
    tab = make_tab(qtbot)
    click_row(qtbot, tab, "beta")
    stub_get_text(monkeypatch, "delta")
    with qtbot.waitSignal(tab.modelsChanged, timeout=1000):
        qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert tab.selected_names() == ["delta"]

    stub_get_text(monkeypatch, "epsilon")
    row = names_in_order(tab).index("alpha")
    rect = tab.table.visualItemRect(tab.table.item(row, COL_BLEU))
    # A real double-click is press, release, double-click: the view wants the press first.
    qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.modelsChanged, timeout=1000):
        qtbot.mouseDClick(tab.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert set(names_in_order(tab)) == {"delta", "epsilon"}


def test_rename_to_taken_or_bad_name_shows_a_sentence(qtbot, monkeypatch, two_models):
    tab = make_tab(qtbot)
    click_row(qtbot, tab, "alpha")

    stub_get_text(monkeypatch, "beta")
    with qtbot.assertNotEmitted(tab.modelsChanged):
        qtbot.mouseClick(tab.rename_button, Qt.LeftButton)
    assert tab.message_bar.kind == "error"
    assert "already exists" in tab.message_bar.text()
    assert "Traceback" not in tab.message_bar.text()

    stub_get_text(monkeypatch, "no spaces please")
    with qtbot.assertNotEmitted(tab.modelsChanged):
        qtbot.mouseClick(tab.rename_button, Qt.LeftButton)
    assert "not a usable model name" in tab.message_bar.text()
    assert set(names_in_order(tab)) == {"alpha", "beta"}
    assert tab.selected_names() == ["alpha"]  # and the tab goes on working


def test_delete_asks_first(qtbot, monkeypatch, two_models):
    tab = make_tab(qtbot)
    click_row(qtbot, tab, "beta")

    texts = stub_question(monkeypatch, QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(tab.modelsChanged):
        qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert "'beta'" in texts[0] and "This cannot be undone." in texts[0]
    assert ModelStore().exists("beta")
    assert set(names_in_order(tab)) == {"alpha", "beta"}

    stub_question(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.modelsChanged, timeout=1000):
        qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert not ModelStore().exists("beta")
    assert names_in_order(tab) == ["alpha"]
    assert tab.selected_names() == ["alpha"]  # the next row is selected

    texts = stub_question(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.modelsChanged, timeout=1000):
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert ModelStore().list() == []
    assert tab.pages.currentWidget() is tab.empty_state


def test_export_then_import_under_another_name(qtbot, monkeypatch, tmp_path, two_models):
    tab = make_tab(qtbot)
    click_row(qtbot, tab, "alpha")
    file = tmp_path / "shared" / "alpha.zip"
    file.parent.mkdir()
    proposed: list[str] = []

    def get_save_file_name(parent, caption, directory, *args, **kwargs):
        proposed.append(directory)
        return str(file), "Model files (*.zip)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    qtbot.mouseClick(tab.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.message_bar.kind == "success", timeout=10_000)

    assert Path(proposed[0]).name == "alpha.zip"
    assert str(file) in tab.message_bar.text()
    with zipfile.ZipFile(file) as archive:
        assert {"config.json", "model.safetensors"} <= set(archive.namelist())
    assert tab.export_button.isEnabled()

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(file), ""))
    )
    asked = stub_get_text(monkeypatch, "alpha-copy")
    with qtbot.waitSignal(tab.modelsChanged, timeout=60_000):
        qtbot.mouseClick(tab.import_button, Qt.LeftButton)

    assert "'alpha' already exists" in asked[0][2]  # the label names the clash
    assert asked[0][-1] == "alpha-2"  # and a free name is offered
    assert set(names_in_order(tab)) == {"alpha", "alpha-copy", "beta"}
    assert tab.selected_names() == ["alpha-copy"]
    assert ModelStore().info("alpha-copy").bleu == ModelStore().info("alpha").bleu
    assert tab.message_bar.kind == "success"


def test_a_name_typed_without_zip_asks_before_replacing_its_zip(
    qtbot, monkeypatch, tmp_path, two_models
):
    """The save dialog checks the name as typed ("alpha"); the export writes alpha.zip."""
    tab = make_tab(qtbot)
    click_row(qtbot, tab, "alpha")
    kept = tmp_path / "alpha.zip"
    kept.write_bytes(b"precious")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "alpha"), ""))
    )
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(tab.export_button, Qt.LeftButton)
    assert asked == [f"alpha.zip exists already in {tmp_path}. Replace it?"]
    assert kept.read_bytes() == b"precious" and tab.export_button.isEnabled()
    qtbot.mouseClick(tab.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.message_bar.kind == "success", timeout=10_000)
    assert zipfile.is_zipfile(kept) and not (tmp_path / "alpha").exists()


def test_importing_a_non_zip_shows_a_sentence(qtbot, monkeypatch, tmp_path, two_models):
    tab = make_tab(qtbot)
    bogus = tmp_path / "notes.zip"
    bogus.write_text("not a model at all\n", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bogus), ""))
    )

    with qtbot.assertNotEmitted(tab.modelsChanged, wait=0):
        qtbot.mouseClick(tab.import_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: tab.message_bar.kind == "error", timeout=10_000)

    message = tab.message_bar.text()
    assert "not a model file" in message and "Traceback" not in message
    assert set(names_in_order(tab)) == {"alpha", "beta"}
    assert tab.import_button.isEnabled()  # ready for the next try


def test_open_folder_and_models_in_use(qtbot, monkeypatch, two_models):
    alpha, _ = two_models
    tab = make_tab(qtbot)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    click_row(qtbot, tab, "alpha")
    qtbot.mouseClick(tab.open_folder_button, Qt.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [alpha]

    tab.set_models_in_use(["alpha"])  # a run rewrites its files: no export or base copy either
    buttons = (tab.rename_button, tab.delete_button, tab.export_button, tab.fine_tune_button)
    assert not any(button.isEnabled() for button in buttons)
    assert all("in use" in button.toolTip() for button in buttons)
    tab.set_models_in_use([])
    assert all(button.isEnabled() for button in buttons)


def test_an_argos_package_imports_translate_only_and_exports_as_a_package(
    qtbot, monkeypatch, tmp_path, two_models, argos_package, screenshots
):
    tab = make_tab(qtbot)
    filters: list[str] = []

    def get_open_file_name(parent, caption, directory, file_filter, *args, **kwargs):
        filters.append(file_filter)
        return str(argos_package), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    with qtbot.waitSignal(tab.modelsChanged, timeout=60_000):
        qtbot.mouseClick(tab.import_button, Qt.LeftButton)

    assert "*.argosmodel" in filters[0] and "*.zip" in filters[0]
    assert tab.selected_names() == ["argos-en-eo"]
    assert table_rows(tab)["argos-en-eo"][COL_LANGS] == "en → eo"
    details = tab.details.text()
    assert "Argos Translate, translation only (cannot be fine-tuned)" in details
    assert "English - Esperanto (toy) version 1.0" in details
    assert not tab.fine_tune_action.isEnabled()
    assert "can only translate (imported from Argos Translate)" in tab.fine_tune_button.toolTip()
    qtbot.waitUntil(lambda: "Reading" not in tab.metrics_plot.message(), timeout=5000)
    assert tab.metrics_plot.data_items() == []  # it has no training history
    assert tab.grab().save(str(screenshots / "models_tab_argos.png"))

    # Its export is an Argos package again.
    file = tmp_path / "again.argosmodel"
    offered: list[tuple[str, str]] = []

    def get_save_file_name(parent, caption, directory, file_filter, *args, **kwargs):
        offered.append((directory, file_filter))
        return str(file), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    qtbot.mouseClick(tab.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.message_bar.kind == "success", timeout=10_000)
    assert Path(offered[0][0]).name == "argos-en-eo.argosmodel"
    assert "(*.argosmodel)" in offered[0][1]
    with zipfile.ZipFile(file) as archive:
        assert f"{FOLDER}/metadata.json" in archive.namelist()

    # The Train tab does not offer it to start from.
    from s2s_desktop.gui.train_tab import TrainTab

    train = TrainTab()
    qtbot.addWidget(train)
    try:
        qtbot.waitUntil(train.model_form.is_ready, timeout=30_000)
        train.refresh_bases()
        assert train.model_form.set_base("alpha")
        assert not train.model_form.set_base("argos-en-eo")
    finally:
        train.shutdown()


def test_import_a_folder_adds_an_opus_mt_model_and_refuses_another_folder(
    qtbot, monkeypatch, tmp_path
):
    pytest.importorskip("transformers")
    from tests.engine.test_marian import build_opus_mt

    build_opus_mt(tmp_path / "opus-mt-en-eo")
    (tmp_path / "notes").mkdir()
    tab = make_tab(qtbot)
    chosen = [tmp_path / "notes", tmp_path / "opus-mt-en-eo"]
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(chosen.pop(0)))
    )

    tab.import_folder_action.trigger()  # the empty tab's toolbar is hidden; the action is not
    qtbot.waitUntil(lambda: tab.message_bar.kind == "error", timeout=10_000)
    assert "is a folder, but not an OPUS-MT model's" in tab.message_bar.text()

    with qtbot.waitSignal(tab.modelsChanged, timeout=60_000):
        tab.import_folder_action.trigger()
    assert tab.selected_names() == ["opus-mt-en-eo"]
    assert "Imported from" in tab.details.text() and "OPUS-MT" in tab.details.text()
    assert tab.import_folder_button.isEnabled()
