"""The training worker as a listener of the trainer's events (no process started here)."""

from pathlib import Path

from s2s_desktop.engine import events
from s2s_desktop.engine.data_folder import log_dir
from s2s_desktop.gui.workers import TrainingWorker
from tests.engine.test_event_words import EVALUATION, STARTED, STEP, finished


def test_steps_are_batched_and_other_events_passed_on_in_order(qtbot):
    worker = TrainingWorker()
    heard: list = []
    worker.event.connect(lambda event: heard.append(event))
    worker.steps.connect(lambda steps: heard.append(list(steps)))
    worker._last_flush = float("inf")  # no flush on time: only another event flushes the steps
    for event in (events.Preparing("Tokenizing"), STARTED, STEP, STEP, EVALUATION):
        worker(event)
    assert heard == [events.Preparing("Tokenizing"), STARTED, [STEP, STEP], EVALUATION]

    worker(events.Checkpoint(60, Path("/ckpt"), "end"))
    worker(finished())
    assert len(heard) == 5  # the final event waits for the process to end (``done``)
    assert worker._result == finished()


def test_a_bugs_traceback_is_logged_and_named_in_the_sentence(qtbot):
    worker = TrainingWorker()
    worker(events.Failed("Training failed unexpectedly (KeyError: 'x').", "Traceback: here"))
    log_file = log_dir() / "s2s-desktop.log"
    assert worker._result.message == (
        f"Training failed unexpectedly (KeyError: 'x'); details are in {log_file}."
    )
    assert "Traceback: here" in log_file.read_text(encoding="utf-8")
    worker(events.Failed("The folder is gone."))  # a user's error: its own sentence
    assert worker._result == events.Failed("The folder is gone.")
