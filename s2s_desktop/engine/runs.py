"""Runs the store holds that can continue: unfinished ones (no usable model yet) and every run
with a checkpoint, so that a run stopped early, killed or left overnight is never lost from view.

A model folder becomes a listed model once its first evaluation writes the card; before that it
is only a run (``training/run.json`` and, after the first checkpoint, ``checkpoint.pt``). These
read only small files (never the checkpoint itself): the lists stay instant.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from s2s_desktop.engine.atomic_files import atomic_write_json
from s2s_desktop.engine.config import RunSettings
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import (
    CHECKPOINT_FILE,
    ENDING_FILE,
    METRICS_FILE,
    RUN_FILE,
    TRAINING_DIR,
    has_model,
    is_resumable,
    load_run_settings,
    read_card,
)
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.wording import translate


@dataclass(frozen=True)
class RunInfo:
    """An unfinished run: stored under ``name``, with no model a translator could load yet.

    Attributes:
        settings: the run's settings, or None when ``run.json`` cannot be read.
        resumable: a checkpoint is saved (Resume continues from it); without one the run was
            stopped before its first checkpoint and can only be deleted or started anew.
        step, epoch, seconds: how far its last logged step got (0 when none was logged).
        started: when the run's settings were written.
        training_now: a live process trains it right now.
    """

    name: str
    path: Path
    settings: RunSettings | None
    resumable: bool
    step: int
    epoch: int
    seconds: float
    started: datetime
    training_now: bool

    @property
    def languages(self) -> tuple[str, str] | None:
        return None if self.settings is None else (self.settings.src, self.settings.tgt)

    def describe(self) -> str:
        """Where it stopped and what can be done, in one sentence."""
        if self.training_now:
            return translate(
                "runs", "{name!r} is training now; its model appears after its first evaluation."
            ).format(name=self.name)
        if self.resumable and self.step:
            text = translate(
                "runs",
                "{name!r} stopped at step {step:,} (epoch {epoch}) before its first evaluation: "
                "Resume continues it.",
            )
        elif self.resumable:
            text = translate(
                "runs", "{name!r} stopped before its first evaluation: Resume continues it."
            )
        elif self.step:
            text = translate(
                "runs",
                "{name!r} stopped at step {step:,} (epoch {epoch}) before its first checkpoint: "
                "delete it and start again.",
            )
        else:
            text = translate(
                "runs", "{name!r} stopped before its first checkpoint: delete it and start again."
            )
        return text.format(name=self.name, step=self.step, epoch=self.epoch)


def last_step(folder: Path) -> tuple[int, int, float]:
    """(step, epoch, training seconds) of the last step record: read from the file's end."""
    path = folder / METRICS_FILE
    try:
        with path.open("rb") as file:
            file.seek(0, 2)
            size = file.tell()
            file.seek(max(0, size - 16_384))
            tail = file.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return 0, 0, 0.0
    for line in reversed(tail):
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a torn last line, or the cut first one
        if isinstance(record, dict) and record.get("type") == "step":
            try:
                return (
                    int(record.get("step", 0)),
                    int(record.get("epoch", 0)),
                    float(record.get("time", 0.0)),
                )
            except (TypeError, ValueError):
                continue
    return 0, 0, 0.0


def _run_info(store: ModelStore, folder: Path) -> RunInfo | None:
    run_file = folder / TRAINING_DIR / RUN_FILE
    if not run_file.is_file() or read_card(folder) is not None:
        return None
    try:
        settings: RunSettings | None = load_run_settings(folder)
    except UserError:
        settings = None
    step, epoch, seconds = last_step(folder)
    try:
        started = datetime.fromtimestamp(run_file.stat().st_mtime, tz=UTC)
    except OSError:
        return None  # deleted while we looked
    return RunInfo(
        name=folder.name,
        path=folder,
        settings=settings,
        resumable=is_resumable(folder),
        step=step,
        epoch=epoch,
        seconds=seconds,
        started=started,
        training_now=store.is_training(folder.name),
    )


def unfinished_runs(store: ModelStore) -> list[RunInfo]:
    """Runs that have not written a model yet, newest first (damaged models are not runs)."""
    if not store.models_dir.is_dir():
        return []
    runs = []
    for folder in store.models_dir.iterdir():
        if folder.name.startswith(".") or not folder.is_dir() or has_model(folder):
            continue
        info = _run_info(store, folder)
        if info is not None:
            runs.append(info)
    runs.sort(key=lambda run: run.started, reverse=True)
    return runs


def resumable_names(store: ModelStore) -> list[str]:
    """Every run that can continue (finished models with a checkpoint included), the one
    checkpointed last first: what Resume offers."""
    if not store.models_dir.is_dir():
        return []
    found: list[tuple[float, str]] = []
    for folder in store.models_dir.iterdir():
        if folder.name.startswith(".") or not is_resumable(folder):
            continue
        try:
            stamp = (folder / TRAINING_DIR / CHECKPOINT_FILE).stat().st_mtime
        except OSError:
            continue
        found.append((stamp, folder.name))
    return [name for _, name in sorted(found, reverse=True)]


def resume_label(store: ModelStore, name: str) -> str:
    """A run as Resume's lists name it: "early — en → es, stopped at step 1,200"."""
    folder = store.path(name)
    try:
        settings = load_run_settings(folder)
        pair = f"{settings.src} → {settings.tgt}, "
    except UserError:
        pair = ""
    end = ending(store, folder)
    state = {
        "stopped": translate("runs", "stopped at step {step:,}"),
        "time limit": translate("runs", "time budget used at step {step:,}"),
        "interrupted": translate("runs", "interrupted after step {step:,}"),
    }.get(end.reason if end else "", translate("runs", "ended at step {step:,}"))
    return f"{name} — {pair}{state.format(step=end.step if end else last_step(folder)[0])}"


@dataclass(frozen=True)
class Ending:
    """How a model's last run ended, where it can go on from its checkpoint.

    Attributes:
        reason: "stopped" (by the user), "time limit" (its budget used up) or "interrupted"
            (the app or the computer closed, or the run crashed).
        step: the step it stopped at; for an interrupted run, its last logged step (a resume
            continues from the checkpoint before it).
        checkpoint: the step its checkpoint holds, where a resume goes on.
    """

    reason: str
    step: int
    checkpoint: int


def record_ending(training_dir: Path, reason: str, step: int) -> None:
    """Note how the run in ``training_dir`` ends (``events.Finished.reason``), or "training"
    with the step of its last checkpoint (as it begins, and at each checkpoint); a note that
    cannot be written loses nothing but itself."""
    if training_dir.is_dir():
        with contextlib.suppress(OSError):
            atomic_write_json(training_dir / ENDING_FILE, {"reason": reason, "step": step})


def ending(store: ModelStore, folder: Path) -> Ending | None:
    """How the last run of ``folder`` ended, where it could go on: stopped, at its time limit,
    or interrupted (it was training, and no process trains it now). None where it ran to its
    end (its epochs, or its patience), trains now, keeps no checkpoint, or ran before endings
    were noted."""
    if not is_resumable(folder) or store.is_training(folder.name):  # a resume preparing too
        return None
    try:
        data = json.loads((folder / TRAINING_DIR / ENDING_FILE).read_text(encoding="utf-8"))
        reason, step = str(data["reason"]), int(data["step"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    checkpoint = step
    if reason == "training":
        reason, step = "interrupted", max(step, last_step(folder)[0])
    if reason not in ("stopped", "time limit", "interrupted"):
        return None
    return Ending(reason, step, checkpoint)
