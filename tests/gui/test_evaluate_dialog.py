"""The Evaluate dialog: a test set chosen, the models scored off the GUI thread into one table,
a mistake in one sentence, and a close that stops a run cleanly."""

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from s2s_desktop.engine.held_out_scores import read_test_scores
from s2s_desktop.engine.model_files import TRAINING_DIR
from s2s_desktop.engine.seen_sources import SEEN_FILE
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.evaluate_dialog import COLUMNS, EvaluateDialog
from tests.stored_toy import store_toy
from tests.toy import toy_pairs, write_moses


@pytest.fixture
def dialog(trained_toy_model, qtbot):
    store = ModelStore()
    for name in ("toy", "toy-copy"):
        store_toy(trained_toy_model.model_dir, store, name)
    dialog = EvaluateDialog(["toy", "toy-copy"], store)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)


def test_the_models_are_scored_into_one_table_and_saved(
    dialog, qtbot, tmp_path, screenshots, monkeypatch
):
    write_moses(tmp_path, "newstest", toy_pairs(12, seed=51))
    chosen = [str(tmp_path / "newstest.eo"), str(tmp_path / "newstest.en")]  # any order
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (chosen, ""))
    assert not dialog.run_button.isEnabled()
    dialog.adjustSize()  # its natural size: the placeholder was cut to "a folder, a .tsv or …"
    edit = dialog.path_edit
    assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    dialog.grab().save(str(screenshots / "evaluate-dialog-empty.png"))
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    assert dialog.run_button.isEnabled()
    assert dialog.path_edit.text() == "newstest.eo + newstest.en"
    dialog.beam_spin.setValue(2)
    with qtbot.waitSignal(dialog.scoresSaved, timeout=60_000) as saved:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        assert dialog.stop_button.isEnabled() and not dialog.run_button.isEnabled()
    assert saved.args == [["toy", "toy-copy"]]
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == list(COLUMNS)
    rows = [[table.item(r, c).text() for c in range(len(COLUMNS))] for r in range(2)]
    assert [row[0] for row in rows] == ["toy", "toy-copy"]
    assert all(row[3:] == ["2", "12"] for row in rows) and float(rows[0][1]) > 50
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert "saved with each model" in dialog.status_label.text()
    assert dialog.message_bar.kind == ""
    [score] = read_test_scores(dialog.store.path("toy"))
    assert (score.test_set, score.beam, f"{score.bleu:.1f}") == ("newstest", 2, rows[0][1])
    dialog.grab().save(str(screenshots / "evaluate-dialog.png"))


def test_a_wrong_language_pair_is_one_sentence_in_the_message_bar(dialog, qtbot, tmp_path):
    write_moses(tmp_path, "test", toy_pairs(3, seed=52), src="fr", tgt="de")
    dialog.set_test_paths([tmp_path])
    with qtbot.waitSignal(dialog.job.failed, timeout=30_000):
        dialog.run()
    assert dialog.message_bar.kind == "error"
    assert "no en–eo test files" in dialog.message_bar.text()
    assert dialog.table.rowCount() == 0 and dialog.run_button.isEnabled()


def test_a_score_on_the_models_training_sentences_is_a_warning_in_the_message_bar(
    dialog, qtbot, tmp_path, trained_toy_model, screenshots
):
    folder = dialog.store.path("toy")
    (folder / TRAINING_DIR).mkdir()
    shutil.copy(trained_toy_model.model_dir / TRAINING_DIR / SEEN_FILE, folder / TRAINING_DIR)
    write_moses(tmp_path, "test", toy_pairs(3000, seed=1)[:20])  # the run's training pairs
    dialog.set_test_paths([tmp_path])
    with qtbot.waitSignal(dialog.job.finished, timeout=60_000):
        dialog.run()
    assert dialog.table.rowCount() == 2
    assert dialog.message_bar.kind == "warning"
    # The copy kept no sample of its data: nothing is said of it.
    assert dialog.message_bar.text().startswith("'toy' was trained on about 100% of the")
    assert "toy-copy" not in dialog.message_bar.text()
    dialog.grab().save(str(screenshots / "evaluate-dialog-memory.png"))


def test_closing_during_a_run_stops_it_cleanly(dialog, qtbot, tmp_path):
    write_moses(tmp_path, "test", toy_pairs(400, seed=53))
    dialog.set_test_paths([tmp_path / "test.en"])
    dialog.beam_spin.setValue(4)
    with qtbot.waitSignal(dialog.job.progress, timeout=30_000):
        dialog.run()
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert "Stopped" in dialog.status_label.text()
    assert read_test_scores(dialog.store.path("toy-copy")) == []


def test_every_control_has_an_accessible_name_and_labels_have_buddies(dialog):
    controls = [dialog.path_edit, dialog.beam_spin, dialog.table, dialog.progress_bar]
    controls += dialog.findChildren(QPushButton)
    assert len(controls) == 9  # Files, Folder, Evaluate, Stop, Close
    for widget in controls:
        assert widget.accessibleName(), widget.objectName() or widget.text()
    labels = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert labels["&Test set:"] is dialog.path_edit and labels["&Beam:"] is dialog.beam_spin


def test_the_models_tab_evaluates_its_selection_and_shows_the_scores(
    trained_toy_model, qtbot, tmp_path
):
    from s2s_desktop.gui.models_tab import ModelsTab

    store = ModelStore()
    for name in ("toy", "toy-copy"):
        store_toy(trained_toy_model.model_dir, store, name)
    tab = ModelsTab(store=store)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_models(["toy", "toy-copy"])
    assert tab.evaluate_action.isEnabled()
    tab.evaluate_action.trigger()
    dialog = tab.evaluate_dialog
    write_moses(tmp_path, "newstest", toy_pairs(8, seed=54))
    dialog.set_test_paths([tmp_path])
    with qtbot.waitSignal(dialog.scoresSaved, timeout=60_000):
        dialog.run()
    dialog.close()
    tab.select_models(["toy"])
    assert "Test sets" in tab.details.text() and "newstest (8 pairs)" in tab.details.text()
