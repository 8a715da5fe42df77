"""What a resume continues from: the run's state, weights, optimizer and random generators.

A checkpoint is one file written atomically (``atomic_files.atomic_write_with``) and loadable with
``torch.load(weights_only=True)``: it holds tensors and plain values, never pickled code, so a
crafted file cannot run anything when a run resumes from it.
"""

from __future__ import annotations

import contextlib
import io
import json
import pickle
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

from s2s_desktop.engine.atomic_files import atomic_write_bytes, atomic_write_with
from s2s_desktop.engine.config import ModelConfig
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import metrics_file, read_metrics
from s2s_desktop.engine.tokens_seen import tokens_at_step
from s2s_desktop.engine.wording import translate


@dataclass
class TrainingState:
    """Where a run is and what it has achieved: what a checkpoint restores besides weights."""

    step: int = 0
    epoch: int = 1  # the epoch in progress (1-based)
    batch_index: int = 0  # next batch of that epoch's plan
    best_bleu: float | None = None
    best_valid_loss: float | None = None
    best_chrf: float | None = None
    evaluations_without_gain: int = 0
    elapsed_s: float = 0.0  # training time over all sessions of this run
    last_eval_step: int = -1
    last_eval_s: float = 0.0  # training time at the last evaluation (budget runs evaluate by time)
    best_averaged: int = 0  # the saved model is the mean of this many snapshots (0: not averaged)
    warmup_steps: int = 0  # resolved when the run starts; kept so a resume keeps the schedule
    tokens: int = 0  # source + target tokens trained on over all sessions (0 in old checkpoints)


def check_more_to_train(name: str, epochs: int | None, state: TrainingState) -> None:
    """Refuse a resume with no pass left to train (all its ``epochs`` done): it would only
    score the same model again."""
    if epochs is not None and state.epoch > epochs:
        raise UserError(
            translate(
                "training",
                "{name!r} has already finished epoch {epochs}, its last; ask for more epochs "
                "in total, or for a time to train, to go on.",
            ).format(name=name, epochs=epochs)
        )


@dataclass
class Training:
    """The objects a checkpoint saves and restores, as the trainer holds them."""

    model: torch.nn.Module
    optimizer: torch.optim.Optimizer
    scaler: torch.amp.GradScaler | None
    device: torch.device
    model_config: ModelConfig


def save_checkpoint(path: Path, training: Training, state: TrainingState) -> None:
    """Write everything a resume needs to ``path``, atomically; a full disk is a UserError that
    leaves the previous checkpoint intact."""
    payload = {
        "model": training.model.state_dict(),
        "optimizer": training.optimizer.state_dict(),
        "scaler": training.scaler.state_dict() if training.scaler is not None else {},
        "state": asdict(state),
        "torch_rng": torch.get_rng_state(),
        "cuda_rng": torch.cuda.get_rng_state_all() if training.device.type == "cuda" else [],
        "model_config": training.model_config.to_dict(),
    }
    try:
        atomic_write_with(path, lambda handle: torch.save(payload, handle))
    except OSError as error:
        raise UserError(
            translate(
                "checkpoints",
                "Could not save a checkpoint in {folder} ({error}); the previous checkpoint is "
                "intact: free some disk space, then resume.",
            ).format(folder=path.parent, error=error.strerror or error)
        ) from error


def load_checkpoint(
    source: Path | io.BytesIO, path: Path, training: Training, *, restore_cuda_rng: bool = True
) -> TrainingState:
    """Weights, optimizer and random generators from a checkpoint (read from ``source``: the
    file at ``path``, or its bytes sent by another rank); returns the run's state.
    ``restore_cuda_rng``: False where each process reseeds its own GPU (a distributed run)."""
    try:
        payload = torch.load(source, map_location=training.device, weights_only=True)
        training.model.load_state_dict(payload["model"])
        training.optimizer.load_state_dict(payload["optimizer"])
        if training.scaler is not None and payload.get("scaler"):
            training.scaler.load_state_dict(payload["scaler"])
        state = TrainingState(**payload["state"])
        torch.set_rng_state(payload["torch_rng"].cpu())
        if training.device.type == "cuda" and payload.get("cuda_rng") and restore_cuda_rng:
            torch.cuda.set_rng_state_all([s.cpu() for s in payload["cuda_rng"]])
    except (
        OSError,
        RuntimeError,
        KeyError,
        TypeError,
        ValueError,
        EOFError,
        pickle.UnpicklingError,  # weights_only refused it: a crafted or foreign file
    ) as error:
        raise UserError(
            translate(
                "checkpoints",
                "The checkpoint {path} cannot be loaded ({error_type}); delete it to restart "
                "this run from the beginning.",
            ).format(path=path, error_type=type(error).__name__)
        ) from error
    return state


def read_checkpoint_bytes(path: Path) -> bytes | None:
    """The checkpoint's bytes, for a distributed run's other ranks (None when there is none)."""
    if not path.exists():
        return None
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(
            translate(
                "checkpoints",
                "The checkpoint {path} cannot be read ({error}); check the disk, then resume "
                "again.",
            ).format(path=path, error=error.strerror or error)
        ) from error


def drop_metrics_after(folder: Path, step: int) -> int:
    """Forget the metrics a run logged after its checkpoint's ``step`` (a resume logs them
    again); returns how many steps they went past it (a killed run's, trained again)."""
    records = read_metrics(folder)
    kept = read_metrics(folder, up_to_step=step)
    if len(kept) != len(records):
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept)
        atomic_write_bytes(metrics_file(folder), text.encode())
    logged = [r.get("step", 0) for r in records if r.get("type") == "step"]
    return max(0, max(logged, default=0) - max(step, 0))


def check_training_folder(training_dir: Path, name: str) -> None:
    """Refuse to write into a run's folder that was deleted or renamed while it trained."""
    if not training_dir.is_dir():
        raise UserError(
            translate(
                "training",
                "The folder of {name!r} was deleted or renamed during training; the run "
                "stopped without saving.",
            ).format(name=name)
        )


def continue_token_count(folder: Path, state: TrainingState) -> None:
    """Give a checkpoint older than the token count (steps done, no tokens) the count estimated
    from the run's metrics in ``folder``, so its curves by tokens run on across the resume."""
    if state.step and not state.tokens:
        state.tokens = tokens_at_step(read_metrics(folder, up_to_step=state.step), state.step)


def remove_torn_writes(*folders: Path) -> None:
    """Delete the temporary files a killed run's atomic writes left (the caller holds the run's
    lock, so nothing else is writing them); a killed checkpoint write can leave tens of MB."""
    for folder in folders:
        for leftover in folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()
