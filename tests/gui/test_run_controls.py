"""The Train tab's run controls on their own: buttons, progress and the run's outcome."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from s2s_desktop.engine import events
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.run_controls import RunControls
from tests.engine.test_event_words import STARTED, STEP, finished


@pytest.fixture
def controls(qtbot) -> RunControls:
    controls = RunControls()
    qtbot.addWidget(controls)
    controls.show()
    return controls


def test_each_button_says_what_was_asked(qtbot, controls):
    controls.set_actions(start=True, stop=True, resume=True, cluster=True)
    for button, signal in (
        (controls.start_button, controls.startRequested),
        (controls.stop_button, controls.stopRequested),
        (controls.resume_button, controls.resumeRequested),
        (controls.cluster_button, controls.clusterRequested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    controls.set_actions(start=False, stop=True, resume=False, cluster=False)
    with qtbot.assertNotEmitted(controls.startRequested):
        qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)


def test_the_bar_follows_a_run_to_its_outcome(controls):
    controls.show_ready("Choose a folder of parallel text to start.")
    assert controls.progress.format() == "Choose a folder of parallel text to start."
    controls.message.show_error("An old message.")
    controls.show_starting()
    assert controls.progress.format() == "Starting…" and not controls.message.isVisible()

    controls(events.Preparing("Tokenizing 300 training pairs"))
    assert controls.progress.format() == "Tokenizing 300 training pairs…"
    controls(STARTED)
    assert controls.progress.format() == "Epoch 1/2 · starting"
    controls(STEP)
    assert controls.progress.value() == 456
    assert controls.progress.format() == "Epoch 3/2 · 46% · 12,346 tok/s · ETA 1:23"

    controls.show_stopping()
    controls(events.Step(**{**STEP.__dict__, "progress": 0.5}))
    assert controls.progress.value() == 500  # the bar moves, the text says it is stopping
    assert controls.progress.format() == "Stopping: saving a checkpoint…"

    controls(finished("stopped"))
    assert controls.message.kind == "info" and "Resume continues" in controls.message.text()
    assert controls.progress.format().startswith("Training stopped · step 1,234")


def test_a_completed_run_fills_the_bar_and_a_failed_one_says_why(controls):
    controls(finished())
    assert controls.progress.value() == 1000 and controls.message.kind == "success"
    assert "'en-eo' is ready in the Translate tab" in controls.message.text()
    controls(events.Failed("The folder is gone."))
    assert controls.message.kind == "error" and controls.message.text() == "The folder is gone."
    assert controls.progress.format() == "Training failed: see the message above"


def test_a_run_without_a_model_says_how_to_go_on(controls):
    controls(finished("time limit", has_model=False, model_dir=Path("/m/run")))
    assert controls.message.kind == "info"
    assert controls.message.text().endswith("press Resume to continue training 'run'.")


def test_a_message_bar_closes_and_says_its_kind_in_words(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_error("The folder is gone: choose another.")
    assert bar.isVisible() and bar.kind == "error"
    assert bar.accessibleName() == "Error: The folder is gone: choose another."
    assert bar.close_button.accessibleName() == "Close message"
    with qtbot.waitSignal(bar.closed):
        qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and bar.kind == "" and bar.text() == ""
