"""The training events' one listener base and their one wording (engine.events, event_words)."""

from pathlib import Path

import pytest

from s2s_desktop.engine import event_words as words
from s2s_desktop.engine import events

SAMPLE = events.Sample("the dog sees", "la hundo vidas", "la hundo")
STARTED = events.Started(
    model_dir=Path("/models/en-eo"),
    device="CPU",
    parameters=44_000,
    train_pairs=300,
    valid_pairs=20,
    planned_steps=60,
    steps_per_epoch=30,
    resumed_from_step=0,
    src_vocab_size=60,
    tgt_vocab_size=60,
    epochs=2,
)
STEP = events.Step(
    step=1234,
    epoch=3,
    loss=2.3456,
    learning_rate=1e-3,
    tokens_per_s=12_345.6,
    progress=0.456,
    elapsed_s=60.0,
    eta_s=83.0,
)
EVALUATION = events.Evaluation(
    step=60, epoch=2, valid_loss=2.5, bleu=12.345, chrf=40.5, is_best=True, samples=[SAMPLE]
)


def finished(reason="completed", has_model=True, **fields) -> events.Finished:
    values = dict(
        reason=reason,
        step=1234,
        model_dir=Path("/models/en-eo"),
        best_bleu=12.3 if has_model else None,
        best_chrf=40.0 if has_model else None,
        has_model=has_model,
        elapsed_s=3723.0,
    )
    return events.Finished(**{**values, **fields})


ALL_EVENTS = [
    events.Preparing("Tokenizing"),
    STARTED,
    STEP,
    EVALUATION,
    events.Checkpoint(60, Path("/ckpt"), "epoch"),
    finished(),
    events.Failed("No data."),
]


class Recorder(events.TrainingListener):
    """Records which hook each event reached."""

    def __init__(self) -> None:
        self.heard: list[tuple[str, object]] = []

    def on_preparing(self, event):
        self.heard.append(("preparing", event))

    def on_started(self, event):
        self.heard.append(("started", event))

    def on_step(self, event):
        self.heard.append(("step", event))

    def on_evaluation(self, event):
        self.heard.append(("evaluation", event))

    def on_checkpoint(self, event):
        self.heard.append(("checkpoint", event))

    def on_finished(self, event):
        self.heard.append(("finished", event))

    def on_failed(self, event):
        self.heard.append(("failed", event))


def test_a_listener_hears_each_event_in_its_own_hook():
    recorder = Recorder()
    for event in ALL_EVENTS:
        recorder(event)
    assert recorder.heard == list(
        zip(
            ["preparing", "started", "step", "evaluation", "checkpoint", "finished", "failed"],
            ALL_EVENTS,
        )
    )


def test_the_base_listener_ignores_every_event():
    listener = events.TrainingListener()
    for event in ALL_EVENTS:
        assert listener(event) is None


@pytest.mark.parametrize(
    ("seconds", "text"), [(None, "?"), (float("nan"), "?"), (65, "1:05"), (3723, "1:02:03")]
)
def test_durations(seconds, text):
    assert words.format_duration(seconds) == text


def test_started_lines_say_where_a_resume_picks_up():
    assert words.started_lines(STARTED) == STARTED.summary_lines()
    resumed = events.Started(**{**STARTED.__dict__, "resumed_from_step": 1500})
    assert words.started_lines(resumed)[-1] == "Resuming from step 1,500."


def test_step_words_for_the_console_and_the_progress_bar():
    assert words.step_line(STEP, 10) == ("epoch 3/10 step 1,234 loss 2.346 12,346 tok/s ETA 1:23")
    assert words.step_line(STEP, None).startswith("epoch 3 step 1,234 ")
    assert words.step_progress(STEP, 10) == "Epoch 3/10 · 46% · 12,346 tok/s · ETA 1:23"


def test_an_evaluation_is_a_line_of_scores_then_its_samples():
    assert words.evaluation_lines(EVALUATION) == [
        "Epoch 2 step 60: validation loss 2.500, BLEU 12.35, chrF 40.50 (best so far, saved)",
        "    source:    the dog sees",
        "    reference: la hundo vidas",
        "    model:     la hundo",
    ]
    empty = events.Sample("a", "b", "")
    assert words.sample_lines([empty])[-1] == "    model:     (an empty translation)"


def test_an_average_of_checkpoints_says_whether_it_was_kept():
    kept = events.Evaluation(60, 2, 2.4, 13.0, 41.0, is_best=True, averaged=3)
    assert words.evaluation_lines(kept) == [
        "Average of the last 3 checkpoints: validation loss 2.400, BLEU 13.00, chrF 41.00 "
        "(better: saved as the model)"
    ]
    dropped = events.Evaluation(60, 2, 2.6, 11.0, 39.0, is_best=False, averaged=3)
    assert words.evaluation_lines(dropped)[0].endswith("(not better: not kept)")


@pytest.mark.parametrize(
    ("reason", "words_"),
    [
        ("epoch", "end of the epoch"),
        ("timer", "regular save"),
        ("stop", "stopped"),
        ("end", "end of the run"),
        ("evaluation", "after the evaluation"),
    ],
)
def test_a_checkpoint_says_why_it_was_saved(reason, words_):
    line = words.checkpoint_line(events.Checkpoint(1234, Path("/ckpt"), reason))
    assert line == f"Checkpoint saved at step 1,234 ({words_})."


def test_every_finish_reason_has_words():
    for reason in ("completed", "stopped", "time limit", "early stop"):
        assert words.finish_reason(reason) == words.FINISH_REASONS[reason]
    assert words.finish_reason("something new") == "something new"


def test_a_finished_run_on_the_console():
    run = finished(summary=["BLEU 12.3: usable."], samples=[SAMPLE])
    assert words.finished_lines_for_console(run) == [
        "Training finished after 1,234 steps (1:02:03).",
        f"Saved as 'en-eo' in {Path('/models/en-eo')}.",
        "BLEU 12.3: usable.",
        "Sample translations of the saved model:",
        "    source:    the dog sees",
        "    reference: la hundo vidas",
        "    model:     la hundo",
        'Translate with: s2s-desktop translate --model en-eo "Some text"',
    ]
    early = words.finished_lines_for_console(finished("stopped", has_model=False))
    assert early[0] == "Training stopped after 1,234 steps (1:02:03)."
    assert early[1].endswith("continue with: s2s-desktop train --name en-eo --resume")
    unsaved = words.finished_lines_for_console(finished("stopped", has_model=False, kept=False))
    assert unsaved[1] == "Nothing was saved yet; start the run again with the same command."
    stopped = words.finished_lines_for_console(finished("stopped"))
    assert stopped[-1] == "Continue it with: s2s-desktop train --name en-eo --resume"
    timed = words.finished_lines_for_console(finished("time limit"))
    assert timed[-1].startswith("Train it longer with: s2s-desktop train --name en-eo --resume")


def test_a_finished_run_in_the_window():
    text = words.finished_message_for_window(finished(summary=["Usable."]))
    assert text == (
        "Training finished after 1,234 steps: 'en-eo' is ready in the Translate tab. Usable."
    )
    stopped = words.finished_message_for_window(finished("stopped"))
    assert stopped.endswith("Best BLEU 12.3. Resume continues the training.")
    early = words.finished_message_for_window(finished("time limit", has_model=False))
    assert early.startswith("Finished on time at step 1,234, before the first evaluation")
    assert early.endswith("press Resume to continue training 'en-eo'.")
    unsaved = words.finished_message_for_window(finished("stopped", has_model=False, kept=False))
    assert unsaved.endswith(
        "before the first checkpoint, so nothing was kept; press Start to begin again."
    )
    assert words.finished_summary(finished("early stop", beam=4)) == (
        "Stopped early (no better BLEU within the patience) · step 1,234 · 1:02:03 · "
        "best BLEU 12.3 (beam search of 4)"
    )
    assert words.finished_summary(finished(has_model=False)) == (
        "Training finished · step 1,234 · 1:02:03"
    )
    assert words.finished_sample_lines(finished()) == []


def test_a_failure_in_the_log():
    assert words.failed_line(events.Failed("No data.")) == "Failed: No data."
