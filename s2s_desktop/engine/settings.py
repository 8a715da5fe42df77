"""What a training run is told: the settings saved with it so a resume continues alike."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from s2s_desktop.engine.config import ModelConfig
from s2s_desktop.engine.errors import UserError

MAX_BEAM = 16  # the widest beam search the app offers
_DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?:in)?)?(?:(\d+(?:\.\d+)?)s)?$")


def parse_duration(text: str) -> float:
    """Minutes in a duration a person writes: '30m', '2h', '90s', '1h30m', or a bare number of
    minutes ('45'). Raises UserError for anything else."""
    cleaned = text.strip().lower().replace(" ", "")
    try:
        minutes = float(cleaned)
    except ValueError:
        match = _DURATION.match(cleaned)
        if not cleaned or match is None or not any(match.groups()):
            raise UserError(
                f"{text!r} is not a duration; write it like 90s, 30m, 2h or 1h30m."
            ) from None
        hours, mins, seconds = (float(g) if g else 0.0 for g in match.groups())
        minutes = hours * 60 + mins + seconds / 60
    if not minutes > 0 or minutes == float("inf"):
        raise UserError(f"The time budget must be longer than zero, not {text!r}.")
    return minutes


@dataclass
class TrainingConfig:
    """How to train (not what to train): saved with the run so a resume continues alike."""

    epochs: int | None = 10  # None: no limit (a time budget, or until stopped)
    max_minutes: float | None = None  # the time budget: the learning rate decays to its end then
    batch_tokens: int = 4096
    learning_rate: float = 5e-4
    warmup_steps: int | None = None  # None: a tenth of the planned steps, at most 4000
    label_smoothing: float = 0.1
    clip_norm: float = 1.0
    patience: int | None = 5  # evaluations without a better BLEU before stopping; None: never
    eval_every: int = 0  # steps between evaluations; 0: once per epoch
    checkpoint_minutes: float = 10.0
    log_every: int = 10  # steps per line in metrics.jsonl
    seed: int = 1234
    device: str = "auto"
    max_chars: int = 1000
    encoding: str = "utf-8"
    # Snapshots averaged at the end, kept only if better; 0/1: off (the default: over a budget,
    # whose learning rate decays to zero, averaging gained nothing in our measurements).
    average_checkpoints: int = 0
    samples: int = 3
    bleu_sentences: int = 1000  # validation sentences translated for BLEU/chrF
    # The beam width of a last scoring of the best model when the run reaches its end (beam
    # search with length normalisation: +2.1 BLEU over greedy for a 10-minute auto model of the
    # sample corpus); the better of the two is the model's reported score. 1: greedy only.
    final_beam: int = 4

    def validate(self) -> None:
        checks = [
            (self.epochs is None or self.epochs >= 1, "--epochs must be 1 or more (0: no limit)"),
            (self.max_minutes is None or self.max_minutes > 0, "--time-budget must be positive"),
            (self.batch_tokens >= 16, "--batch-tokens must be at least 16"),
            (0 < self.learning_rate < 1, "--lr must be between 0 and 1"),
            (self.warmup_steps is None or self.warmup_steps >= 0, "--warmup must be >= 0"),
            (0 <= self.label_smoothing < 1, "--label-smoothing must be in [0, 1)"),
            (self.clip_norm > 0, "--clip must be positive"),
            (self.patience is None or self.patience >= 1, "--patience must be at least 1"),
            (self.eval_every >= 0, "--eval-every must be 0 or more"),
            (self.checkpoint_minutes > 0, "--checkpoint-minutes must be positive"),
            (self.max_chars >= 1, "--max-chars must be at least 1"),
            (self.average_checkpoints >= 0, "--average must be 0 or more"),
            (
                1 <= self.final_beam <= MAX_BEAM,
                f"--final-beam must be between 1 and {MAX_BEAM}",
            ),
        ]
        for ok, message in checks:
            if not ok:
                raise UserError(f"{message}.")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class RunSettings:
    """Everything that defines a run: saved as ``training/run.json`` when it starts."""

    name: str
    folder: str
    src: str
    tgt: str
    preset: str
    model: ModelConfig
    training: TrainingConfig = field(default_factory=TrainingConfig)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["model"] = self.model.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunSettings:
        return cls(
            name=data["name"],
            folder=data["folder"],
            src=data["src"],
            tgt=data["tgt"],
            preset=data["preset"],
            model=ModelConfig.from_dict(data["model"]),
            training=TrainingConfig.from_dict(data["training"]),
        )
