"""A training run's events in words, written once for the console and the window.

Each function returns plain text; the console's reporter prints it and the Train tab's displays
show it. Where the two differ (a command to type on the console, a button to press in the
window), both wordings sit side by side here.
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

FINISH_REASONS = {
    "completed": "Training finished",
    "stopped": "Training stopped",
    "time limit": "Finished on time",
    "early stop": "Stopped early (no better BLEU within the patience)",
}
CHECKPOINT_REASONS = {
    "epoch": "end of the epoch",
    "timer": "regular save",
    "stop": "stopped",
    "end": "end of the run",
    "evaluation": "after the evaluation",
    "start": "the starting point, scored",
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
    return FINISH_REASONS.get(reason, reason)


def of_epochs(epochs: int | None) -> str:
    """ "/10" after an epoch number for a run of 10 epochs; nothing when time (or the user)
    ends it."""
    return f"/{epochs}" if epochs else ""


def preparing_line(event: Preparing) -> str:
    return f"{event.message}…"


def started_lines(event: Started) -> list[str]:
    """What the run is about to do, and where a resumed run picks up."""
    lines = event.summary_lines()
    if event.resumed_from_step:
        lines.append(f"Resuming from step {event.resumed_from_step:,}.")
    return lines


def step_line(event: Step, epochs: int | None) -> str:
    """The console's progress line for a step (after the percentage)."""
    return (
        f"epoch {event.epoch}{of_epochs(epochs)} step {event.step:,} loss {event.loss:.3f} "
        f"{event.tokens_per_s:,.0f} tok/s ETA {format_duration(event.eta_s)}"
    )


def step_progress(event: Step, epochs: int | None) -> str:
    """The window's progress bar text for a step."""
    return (
        f"Epoch {event.epoch}{of_epochs(epochs)} · {event.progress:.0%} · "
        f"{event.tokens_per_s:,.0f} tok/s · ETA {format_duration(event.eta_s)}"
    )


def evaluation_lines(event: Evaluation) -> list[str]:
    """An evaluation's scores and its sample translations; for the average of checkpoints, one
    line that says whether it was kept."""
    scores = f"validation loss {event.valid_loss:.3f}, BLEU {event.bleu:.2f}, chrF {event.chrf:.2f}"
    if event.averaged:
        verdict = "better: saved as the model" if event.is_best else "not better: not kept"
        return [f"Average of the last {event.averaged} checkpoints: {scores} ({verdict})"]
    best = " (best so far, saved)" if event.is_best else ""
    when = f"Epoch {event.epoch} step {event.step:,}" if event.step else "Before the first step"
    return [
        f"{when}: {scores}{best}",
        *sample_lines(event.samples),
    ]


def sample_lines(samples: Iterable[Sample]) -> list[str]:
    """Three indented lines per sample: source, reference and the model's translation."""
    return [
        line
        for sample in samples
        for line in (
            f"    source:    {sample.source}",
            f"    reference: {sample.reference}",
            f"    model:     {sample.hypothesis or '(nothing yet)'}",
        )
    ]


def checkpoint_line(event: Checkpoint) -> str:
    why = CHECKPOINT_REASONS.get(event.reason, event.reason)
    return f"Checkpoint saved at step {event.step:,} ({why})."


def finished_sample_lines(event: Finished) -> list[str]:
    """The saved model's sample translations under a heading (nothing without samples)."""
    if not event.samples:
        return []
    return ["Sample translations of the saved model:", *sample_lines(event.samples)]


def finished_lines_for_console(event: Finished) -> list[str]:
    """The run's outcome on the console: how it ended, where the model is, how good it is, and
    the command that comes next."""
    name = event.model_dir.name
    first = (
        f"{finish_reason(event.reason)} after {event.step:,} steps "
        f"({format_duration(event.elapsed_s)})."
    )
    if not (event.has_model and event.best_bleu is not None):
        return [
            first,
            "No evaluation has finished yet, so there is no model to use; continue with: "
            f"s2s-desktop train --name {name} --resume",
        ]
    return [
        first,
        f"Saved as {name!r} in {event.model_dir}.",
        *event.summary,
        *finished_sample_lines(event),
        f'Translate with: s2s-desktop translate --model {name} "Some text"',
    ]


def finished_message_for_window(event: Finished) -> str:
    """The run's outcome in the window, and what the user can do next there."""
    name = event.model_dir.name
    heading = finish_reason(event.reason)
    if event.has_model and event.best_bleu is not None:
        text = f"{heading} after {event.step:,} steps: {name!r} is ready in the Translate tab."
        if event.summary:  # how good it is, and what would help (engine.verdict)
            text += " " + " ".join(event.summary)
        else:
            text += f" Best BLEU {event.best_bleu:.1f}."
        if event.reason == "stopped":
            text += " Resume continues the training."
        return text
    return (
        f"{heading} at step {event.step:,}, before the first evaluation, so there is no "
        f"model to translate with yet; press Resume to continue training {name!r}."
    )


def finished_summary(event: Finished) -> str:
    """The outcome in a few words, for the window's progress bar and status bar."""
    summary = f"{finish_reason(event.reason)} · step {event.step:,}"
    summary += f" · {format_duration(event.elapsed_s)}"
    if event.best_bleu is not None:
        summary += f" · best BLEU {event.best_bleu:.1f}"
        if event.beam > 1:  # the plot shows greedy decoding's scores
            summary += f" (beam search of {event.beam})"
    return summary


def failed_line(event: Failed) -> str:
    return f"Failed: {event.message}"
