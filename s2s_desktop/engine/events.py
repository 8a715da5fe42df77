"""What a training run reports, as small dataclasses passed to one callback.

The CLI's progress bar and the window's plots are two listeners of the same events (subclasses
of ``TrainingListener``, at the end); the trainer never prints or draws anything itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from s2s_desktop.engine.wording import translate


@dataclass(frozen=True)
class Preparing:
    """A preparation stage began (learning the vocabulary, tokenizing, building the model)."""

    message: str

    def notify(self, listener: TrainingListener) -> None:
        listener.on_preparing(self)


@dataclass(frozen=True)
class Started:
    """Training steps are about to run."""

    model_dir: Path
    device: str
    parameters: int
    train_pairs: int
    valid_pairs: int
    planned_steps: int  # for the whole run, from epochs (a budget may end it sooner); 0: unknown
    steps_per_epoch: int
    resumed_from_step: int  # 0 for a fresh run
    src_vocab_size: int
    tgt_vocab_size: int
    processes: int = 1  # torchrun's world size; each process trains on its share of a batch
    epochs: int | None = None  # None: no epoch limit
    budget_s: float | None = None  # the time budget, None without one
    redone_steps: int = 0  # steps a killed run logged after its checkpoint, trained again

    def summary_lines(self) -> list[str]:
        """What the run is about to do, in words (the CLI and the window's log show these)."""
        if self.processes == 1:
            where = self.device
        else:
            where = translate("events", "{processes} processes, each on {device}").format(
                processes=self.processes, device=self.device
            )
        model = translate(
            "events",
            "Model: {parameters:,} parameters, vocabularies {source:,} + {target:,}, on {where}.",
        )
        data = translate(
            "events",
            "Data: {train:,} training pairs, {valid:,} validation pairs; steps per epoch: "
            "{steps:,}.",
        )
        return [
            model.format(
                parameters=self.parameters,
                source=self.src_vocab_size,
                target=self.tgt_vocab_size,
                where=where,
            ),
            data.format(train=self.train_pairs, valid=self.valid_pairs, steps=self.steps_per_epoch),
        ]

    def notify(self, listener: TrainingListener) -> None:
        listener.on_started(self)


@dataclass(frozen=True)
class Step:
    """One optimizer step done."""

    step: int
    epoch: int  # 1-based
    loss: float  # training cross-entropy per target token (without label smoothing)
    learning_rate: float
    tokens_per_s: float  # source + target tokens, smoothed over recent steps
    progress: float  # 0..1 of the run (epochs or time limit, whichever ends it first)
    elapsed_s: float
    eta_s: float | None

    def notify(self, listener: TrainingListener) -> None:
        listener.on_step(self)


@dataclass(frozen=True)
class Sample:
    source: str
    reference: str
    hypothesis: str


@dataclass(frozen=True)
class Evaluation:
    """Validation after an epoch (or every ``eval_every`` steps)."""

    step: int
    epoch: int
    valid_loss: float
    bleu: float
    chrf: float
    is_best: bool
    samples: list[Sample] = field(default_factory=list)
    averaged: int = 0  # the average of this many checkpoints was evaluated (0: the weights)

    def notify(self, listener: TrainingListener) -> None:
        listener.on_evaluation(self)


@dataclass(frozen=True)
class Checkpoint:
    """The training state was saved; a resume continues from ``step``."""

    step: int
    path: Path
    reason: str  # "epoch", "timer", "stop", "end"

    def notify(self, listener: TrainingListener) -> None:
        listener.on_checkpoint(self)


@dataclass(frozen=True)
class Finished:
    """The run ended normally; the best model is in ``model_dir`` (if an evaluation happened)."""

    reason: str  # "completed", "stopped", "time limit", "early stop"
    step: int
    model_dir: Path
    best_bleu: float | None
    best_chrf: float | None
    has_model: bool
    elapsed_s: float
    # How good the model is in plain words, and what would help it most (see engine.verdict).
    summary: list[str] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)  # from the last evaluation
    beam: int = 1  # the beam search width best_bleu was measured with (1: greedy decoding)
    # False: stopped before its first checkpoint, so its folder was removed (nothing to resume).
    kept: bool = True

    def notify(self, listener: TrainingListener) -> None:
        listener.on_finished(self)


@dataclass(frozen=True)
class Failed:
    """The run ended with an error; ``message`` is one sentence for the user."""

    message: str
    traceback: str | None = None  # set for unexpected errors (a bug), None for user errors
    elsewhere: bool = False  # a distributed run's other process failed (it reports the cause)

    def notify(self, listener: TrainingListener) -> None:
        listener.on_failed(self)


TrainingEvent = Preparing | Started | Step | Evaluation | Checkpoint | Finished | Failed
EventCallback = Callable[[TrainingEvent], None]


class TrainingListener:
    """A listener of a run's events: call it with each event, and it calls that event's hook.

    The trainer takes any callable as its callback; a subclass of this one overrides the hooks it
    cares about and leaves the others doing nothing, as PyTorch Lightning's callbacks do. The
    console's progress bar and the Train tab's displays are listeners; ``event_words`` puts the
    events in words for all of them.
    """

    def __call__(self, event: TrainingEvent) -> None:
        event.notify(self)

    def on_preparing(self, event: Preparing) -> None:
        """A preparation stage began (learning the vocabulary, tokenizing, building the model)."""

    def on_started(self, event: Started) -> None:
        """Training steps are about to run."""

    def on_step(self, event: Step) -> None:
        """An optimizer step is done."""

    def on_evaluation(self, event: Evaluation) -> None:
        """A validation finished (the weights, or an average of checkpoints)."""

    def on_checkpoint(self, event: Checkpoint) -> None:
        """The training state was saved."""

    def on_finished(self, event: Finished) -> None:
        """The run ended normally (the last event of a run)."""

    def on_failed(self, event: Failed) -> None:
        """The run ended with an error (the last event of a run)."""
