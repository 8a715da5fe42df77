"""What a training run is told: the settings saved with it so a resume continues alike."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from s2s_desktop.engine.config import ModelConfig
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.store import RUN_FILE, TRAINING_DIR


@dataclass
class TrainingConfig:
    """How to train (not what to train): saved with the run so a resume continues alike."""

    epochs: int = 10
    max_minutes: float | None = None
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
    samples: int = 3
    bleu_sentences: int = 1000  # validation sentences translated for BLEU/chrF

    def validate(self) -> None:
        checks = [
            (self.epochs >= 1, "--epochs must be at least 1"),
            (self.max_minutes is None or self.max_minutes > 0, "--max-minutes must be positive"),
            (self.batch_tokens >= 16, "--batch-tokens must be at least 16"),
            (0 < self.learning_rate < 1, "--lr must be between 0 and 1"),
            (self.warmup_steps is None or self.warmup_steps >= 0, "--warmup must be >= 0"),
            (0 <= self.label_smoothing < 1, "--label-smoothing must be in [0, 1)"),
            (self.clip_norm > 0, "--clip must be positive"),
            (self.patience is None or self.patience >= 1, "--patience must be at least 1"),
            (self.eval_every >= 0, "--eval-every must be 0 or more"),
            (self.checkpoint_minutes > 0, "--checkpoint-minutes must be positive"),
            (self.max_chars >= 1, "--max-chars must be at least 1"),
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


def load_run_settings(model_dir: Path) -> RunSettings:
    """The settings of an earlier run, for ``--resume``."""
    path = model_dir / TRAINING_DIR / RUN_FILE
    try:
        return RunSettings.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UserError(
            f"Cannot resume {model_dir.name!r}: its training settings ({path}) are missing or "
            "damaged; start a new run instead."
        ) from error
