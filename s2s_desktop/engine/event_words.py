"""A training run's events in words, written once for the console and the window.

Each function returns plain text; the console's reporter prints it and the Train tab's displays
show it. Where the two differ (a command to type on the console, a button to press in the
window), both wordings sit side by side here. The window's wordings are translated
(``engine.wording``); the console's stay English, so only they are not marked.
"""

from __future__ import annotations

from collections.abc import Iterable

from s2s_desktop.engine.events import (
    Checkpoint,
    Evaluation,
    Failed,
    Finished,
    Preparing,
    Sample,
    Started,
    Step,
)
from s2s_desktop.engine.wording import QT_TRANSLATE_NOOP, translate

FINISH_REASONS = {
    "completed": QT_TRANSLATE_NOOP("event_words", "Training finished"),
    "stopped": QT_TRANSLATE_NOOP("event_words", "Training stopped"),
    "time limit": QT_TRANSLATE_NOOP("event_words", "Finished on time"),
    "early stop": QT_TRANSLATE_NOOP(
        "event_words", "Stopped early (no better BLEU within the patience)"
    ),
}
CHECKPOINT_REASONS = {
    "epoch": QT_TRANSLATE_NOOP("event_words", "end of the epoch"),
    "timer": QT_TRANSLATE_NOOP("event_words", "regular save"),
    "stop": QT_TRANSLATE_NOOP("event_words", "stopped"),
    "end": QT_TRANSLATE_NOOP("event_words", "end of the run"),
    "evaluation": QT_TRANSLATE_NOOP("event_words", "after the evaluation"),
    "start": QT_TRANSLATE_NOOP("event_words", "the starting point, scored"),
}


def format_duration(seconds: float | None) -> str:
    """'1:02:03', '4:05', or '?' when unknown."""
    if seconds is None or seconds != seconds:  # None or NaN
        return "?"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def finish_reason(reason: str) -> str:
    """How a run ended, as the start of a sentence ("Training stopped")."""
    return translate("event_words", FINISH_REASONS[reason]) if reason in FINISH_REASONS else reason


def of_epochs(epochs: int | None) -> str:
    """ "/10" after an epoch number for a run of 10 epochs; nothing when time (or the user)
    ends it."""
    return f"/{epochs}" if epochs else ""


def preparing_line(event: Preparing) -> str:
    return f"{event.message}…"


def started_lines(event: Started) -> list[str]:
    """What the run is about to do, and where a resumed run picks up."""
    lines = event.summary_lines()
    step = event.resumed_from_step
    if event.redone_steps:
        lines.append(
            translate(
                "event_words",
                "Resuming from step {step:,}, the last checkpoint: the run was interrupted "
                "after step {last:,}, and the steps after the checkpoint are trained again.",
            ).format(step=step, last=step + event.redone_steps)
        )
    elif step:
        lines.append(translate("event_words", "Resuming from step {step:,}.").format(step=step))
    return lines


def step_line(event: Step, epochs: int | None) -> str:
    """The console's progress line for a step (after the percentage)."""
    return (
        f"epoch {event.epoch}{of_epochs(epochs)} step {event.step:,} loss {event.loss:.3f} "
        f"{event.tokens_per_s:,.0f} tok/s ETA {format_duration(event.eta_s)}"
    )


def step_progress(event: Step, epochs: int | None) -> str:
    """The window's progress bar text for a step."""
    return translate(
        "event_words", "Epoch {epoch}{of_epochs} · {progress:.0%} · {speed:,.0f} tok/s · ETA {eta}"
    ).format(
        epoch=event.epoch,
        of_epochs=of_epochs(epochs),
        progress=event.progress,
        speed=event.tokens_per_s,
        eta=format_duration(event.eta_s),
    )


def evaluation_lines(event: Evaluation) -> list[str]:
    """An evaluation's scores and its sample translations; for the average of checkpoints, one
    line that says whether it was kept."""
    scores = translate(
        "event_words", "validation loss {loss:.3f}, BLEU {bleu:.2f}, chrF {chrf:.2f}"
    ).format(loss=event.valid_loss, bleu=event.bleu, chrf=event.chrf)
    if event.averaged:
        if event.is_best:
            text = translate(
                "event_words",
                "Average of the last {count} checkpoints: {scores} (better: saved as the model)",
            )
        else:
            text = translate(
                "event_words",
                "Average of the last {count} checkpoints: {scores} (not better: not kept)",
            )
        return [text.format(count=event.averaged, scores=scores)]
    if event.step:
        when = translate("event_words", "Epoch {epoch} step {step:,}").format(
            epoch=event.epoch, step=event.step
        )
    else:
        when = translate("event_words", "Before the first step")
    if event.is_best:
        line = translate("event_words", "{when}: {scores} (best so far, saved)")
    else:
        line = translate("event_words", "{when}: {scores}")
    return [line.format(when=when, scores=scores), *sample_lines(event.samples)]


def sample_lines(samples: Iterable[Sample]) -> list[str]:
    """Three indented lines per sample: source, reference and the model's translation."""
    source = translate("event_words", "    source:    {text}")
    reference = translate("event_words", "    reference: {text}")
    model = translate("event_words", "    model:     {text}")
    nothing = translate("event_words", "(an empty translation)")  # the saved model's too
    return [
        line
        for sample in samples
        for line in (
            source.format(text=sample.source),
            reference.format(text=sample.reference),
            model.format(text=sample.hypothesis or nothing),
        )
    ]


def checkpoint_line(event: Checkpoint) -> str:
    why = CHECKPOINT_REASONS.get(event.reason)
    return translate("event_words", "Checkpoint saved at step {step:,} ({why}).").format(
        step=event.step, why=translate("event_words", why) if why else event.reason
    )


def finished_sample_lines(event: Finished) -> list[str]:
    """The saved model's sample translations under a heading (nothing without samples)."""
    if not event.samples:
        return []
    heading = translate("event_words", "Sample translations of the saved model:")
    return [heading, *sample_lines(event.samples)]


def finished_lines_for_console(event: Finished) -> list[str]:
    """The run's outcome on the console: how it ended, where the model is, how good it is, and
    the command that comes next."""
    name = event.model_dir.name
    first = (
        f"{finish_reason(event.reason)} after {event.step:,} steps "
        f"({format_duration(event.elapsed_s)})."
    )
    if not event.kept:
        return [first, "Nothing was saved yet; start the run again with the same command."]
    if not (event.has_model and event.best_bleu is not None):
        return [
            first,
            "No evaluation has finished yet, so there is no model to use; continue with: "
            f"s2s-desktop train --name {name} --resume",
        ]
    more = {  # a run that can go on says how
        "stopped": f"Continue it with: s2s-desktop train --name {name} --resume",
        "time limit": f"Train it longer with: s2s-desktop train --name {name} --resume "
        "--time-budget 30m",
    }
    return [
        first,
        f"Saved as {name!r} in {event.model_dir}.",
        *event.summary,
        *finished_sample_lines(event),
        f'Translate with: s2s-desktop translate --model {name} "Some text"',
        *([more[event.reason]] if event.reason in more else []),
    ]


def finished_message_for_window(event: Finished, with_summary: bool = True) -> str:
    """The run's outcome in the window, and what the user can do next there; without
    ``with_summary`` the verdict's sentences are left to the caller (the log's own lines)."""
    name = event.model_dir.name
    heading = finish_reason(event.reason)
    if event.has_model and event.best_bleu is not None:
        text = translate(
            "event_words",
            "{heading} after {steps:,} steps: {name!r} is ready in the Translate tab.",
        ).format(heading=heading, steps=event.step, name=name)
        if event.summary:  # how good it is, and what would help (engine.verdict)
            text += " " + " ".join(event.summary) if with_summary else ""
        else:
            text += " " + translate("event_words", "Best BLEU {bleu:.1f}.").format(
                bleu=event.best_bleu
            )
        if event.reason == "stopped":
            text += " " + translate("event_words", "Resume continues the training.")
        return text
    if not event.kept:
        return translate(
            "event_words",
            "{heading} before the first checkpoint, so nothing was kept; press Start to begin "
            "again.",
        ).format(heading=heading)
    return translate(
        "event_words",
        "{heading} at step {step:,}, before the first evaluation, so there is no model to "
        "translate with yet; press Resume to continue training {name!r}.",
    ).format(heading=heading, step=event.step, name=name)


def finished_summary(event: Finished) -> str:
    """The outcome in a few words, for the window's progress bar and status bar."""
    summary = translate("event_words", "{how} · step {step:,} · {time}").format(
        how=finish_reason(event.reason), step=event.step, time=format_duration(event.elapsed_s)
    )
    if event.best_bleu is None:
        return summary
    if event.beam > 1:  # the plot shows greedy decoding's scores
        best = translate("event_words", "best BLEU {bleu:.1f} (beam search of {beam})")
    else:
        best = translate("event_words", "best BLEU {bleu:.1f}")
    return summary + " · " + best.format(bleu=event.best_bleu, beam=event.beam)


def failed_line(event: Failed) -> str:
    return translate("event_words", "Failed: {message}").format(message=event.message)
