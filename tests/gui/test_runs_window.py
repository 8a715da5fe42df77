"""Runs you can find again: a run stopped before its first evaluation is listed in the Models
tab (marked, with Resume and Delete), and Resume finds it from the Models tab or its own list
after the form has moved on to a new name (as after a restart)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from s2s_desktop.engine import events
from s2s_desktop.engine.runs import unfinished_runs
from s2s_desktop.engine.store import ModelStore
from tests.gui.test_models_tab import stub_question
from tests.gui.test_train_tab import RUN_TIMEOUT_MS, fill_tiny, results_of, scan
from tests.toy import toy_pairs, write_moses


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_moses(folder, "train", toy_pairs(1000, seed=4))  # many steps to an epoch's end
    write_moses(folder, "dev", toy_pairs(20, seed=5))
    return folder


def stop_after_first_steps(qtbot, window, name: str) -> int:
    """Start a run named ``name``, stop it before its first evaluation; the step it stopped at."""
    tab = window.train_tab
    fill_tiny(tab, epochs=1, name=name)
    steps: list = []
    tab.worker.steps.connect(steps.append)
    results = results_of(tab)
    qtbot.mouseClick(tab.run_controls.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(steps), timeout=RUN_TIMEOUT_MS)
    with qtbot.waitSignal(tab.trainingFinished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(tab.run_controls.stop_button, Qt.MouseButton.LeftButton)
    assert finished.args == [name, False]  # no evaluation yet: no model
    qtbot.waitUntil(lambda: len(results) == 1)
    tab.worker.done.disconnect(results.append)
    return results[0].step


def test_an_unfinished_run_is_listed_resumed_and_deleted(
    qtbot, window, corpus, monkeypatch, screenshots
):
    train, models = window.train_tab, window.models_tab
    scan(qtbot, train, corpus)
    stopped_at = stop_after_first_steps(qtbot, window, "early")
    [run] = unfinished_runs(ModelStore())
    assert run.name == "early" and run.resumable and stopped_at > 0

    # Listed in the Models tab, marked, with what can be done with it.
    window.tabs.setCurrentWidget(models)
    models.refresh(select=["early"])
    assert models.table.item(0, 0).text() == "early (unfinished)"
    assert models.summary_label.text().startswith("0 models, 1 unfinished")
    assert "before its first evaluation: Resume continues it" in models.details.text()
    assert models.resume_action.isEnabled() and models.delete_action.isEnabled()
    assert not models.rename_action.isEnabled() and not models.export_action.isEnabled()
    assert not models.fine_tune_action.isEnabled()
    window.grab().save(str(screenshots / "models-unfinished-run.png"))

    # Resume from the Models tab: the Train tab names the run and says what Resume will do.
    models.resume_action.trigger()
    assert window.tabs.currentWidget() is train
    form = train.training_form
    assert form.name() == "early" and train.run_controls.resume_button.isEnabled()
    assert form.resume_note.isVisible()
    assert form.resume_note.text() == (
        "On Resume: trains on until epoch 1 in all, counting those done."
    )
    form.set_train_for("30")
    assert form.resume_note.text() == "On Resume: 30 more minutes of training for this run."
    window.grab().save(str(screenshots / "train-resume-from-models.png"))
    form.set_train_for("epochs")

    # The form moves on to a new name (as after a restart): Resume still lists the run.
    form.set_name("something-new")
    assert not form.resume_note.isVisible() and train.run_controls.resume_button.isEnabled()
    results = results_of(train)
    qtbot.mouseClick(train.run_controls.resume_button, Qt.MouseButton.LeftButton)
    menu = train.run_controls.resume_menu
    assert [action.text() for action in menu.actions()] == [
        f"early — en → eo, stopped at step {stopped_at:,}"
    ]
    with qtbot.waitSignal(train.trainingFinished, timeout=RUN_TIMEOUT_MS) as finished:
        menu.actions()[0].trigger()
    assert finished.args == ["early", True]
    qtbot.waitUntil(lambda: len(results) == 1)
    assert isinstance(results[0], events.Finished) and results[0].step > stopped_at
    assert form.name() == "early"

    # Finished now: a model, no longer marked.
    models.refresh(select=["early"])
    assert models.table.item(0, 0).text() == "early"
    assert not unfinished_runs(ModelStore())

    # A second unfinished run is deleted from the Models tab.
    stop_after_first_steps(qtbot, window, "scrap")
    models.refresh(select=["scrap"])
    assert models.selected_names() == ["scrap"]
    stub_question(monkeypatch, QMessageBox.StandardButton.Yes)
    models.delete_action.trigger()
    assert not ModelStore().exists("scrap")
    assert [models.table.name_at(row) for row in range(models.table.rowCount())] == ["early"]
