"""The Train tab's log on its own: a run's events in the same words as on the console."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from s2s_desktop.engine import events
from s2s_desktop.gui.training_log import TrainingLog, how_long
from tests.engine.test_event_words import EVALUATION, STARTED, STEP, finished


@pytest.fixture
def log(qtbot) -> TrainingLog:
    log = TrainingLog()
    qtbot.addWidget(log)
    log.show()
    return log


def lines(log: TrainingLog) -> list[str]:
    return log.toPlainText().splitlines()


def test_a_run_is_written_as_it_happens(log):
    training = SimpleNamespace(max_minutes=None, epochs=2)
    settings = SimpleNamespace(name="en-eo", preset="tiny", src="en", tgt="eo", training=training)
    log.add_run_heading(settings, resume=False, extra_minutes=None)
    for event in (
        events.Preparing("Tokenizing 300 training pairs"),
        STARTED,
        STEP,  # steps are the plots' and the progress bar's
        EVALUATION,
        events.Checkpoint(60, Path("/ckpt"), "epoch"),
        finished(summary=["Usable."]),
    ):
        log(event)
    assert lines(log)[:2] == [
        "— Training 'en-eo': preset tiny, en → eo, 2 epochs —",
        "Tokenizing 300 training pairs…",
    ]
    assert lines(log)[2:4] == STARTED.summary_lines()
    assert lines(log)[4].startswith("Epoch 2 step 60: validation loss 2.500")
    assert lines(log)[5:8] == [
        "    source:    the dog sees",
        "    reference: la hundo vidas",
        "    model:     la hundo",
    ]
    assert lines(log)[8] == "Checkpoint saved at step 60 (end of the epoch)."
    assert lines(log)[9].startswith("Training finished after 1,234 steps: 'en-eo' is ready")
    assert lines(log)[10] == "Usable."
    assert log.toPlainText().count("Usable.") == 1  # the verdict once, on its own line


def test_a_failure_and_the_tabs_own_lines(log):
    log.add("Data folder: /data", "Language pairs: en–de; choose one.", "")
    log(events.Failed("The folder is gone."))
    assert lines(log) == [
        "Data folder: /data",
        "Language pairs: en–de; choose one.",
        "",
        "Failed: The folder is gone.",
    ]
    assert log.isReadOnly() and not log.acceptDrops()


def test_how_long_a_run_trains():
    budget = SimpleNamespace(max_minutes=30.0, epochs=None)
    assert how_long(budget, None) == "30 minutes"
    assert how_long(budget, 120.0) == "2 more hours"
    assert how_long(SimpleNamespace(max_minutes=None, epochs=5), None) == "5 epochs"
    assert how_long(SimpleNamespace(max_minutes=None, epochs=None), None) == "until stopped"
    assert how_long(budget, 1.0) == "1 more minute"  # one, not "1 more minutes"
    assert how_long(SimpleNamespace(max_minutes=1.0, epochs=None), None) == "1 minute"
    assert how_long(SimpleNamespace(max_minutes=None, epochs=1), None) == "1 epoch"


def test_the_view_follows_the_end_unless_scrolled_away_and_a_new_run_brings_it_back(log, qtbot):
    log.resize(400, 120)
    bar = log.verticalScrollBar()
    for number in range(60):
        log.add(f"line {number} " + "with words that wrap in a narrow log " * (number % 3))
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    bar.setValue(bar.maximum() // 2)  # the user scrolls up to read
    log.add("an evaluation")
    assert bar.value() == bar.maximum() // 2 or bar.value() < bar.maximum() - 1
    training = SimpleNamespace(max_minutes=1, epochs=None)
    settings = SimpleNamespace(name="next", preset="tiny", src="en", tgt="eo", training=training)
    log.add_run_heading(settings, resume=False, extra_minutes=None)
    assert bar.value() == bar.maximum()
    for number in range(40):
        log.add(f"step {number} " + "with words that wrap in a narrow log " * 2)
        assert bar.value() == bar.maximum()
