"""One model folder: its files, its card (``config.json``), its weights, its checks.

A model lives in a folder of its own (``store.ModelStore`` keeps the collection of them):

- ``config.json``: the model's card: architecture, languages, preset, training settings,
  final metrics, dates;
- ``model.safetensors``: the best weights (safetensors only: loading never runs code);
- the sentencepiece model(s) named in ``config.json``;
- ``metrics.jsonl``: one JSON object per logged step and per evaluation;
- ``training/``: what a run needs to resume (``run.json``, its settings, and the last checkpoint).

Every file is written aside and renamed into place, so a crash never leaves a half-written file.
A folder is a model once it holds both ``config.json`` and ``model.safetensors``. Torch is
imported only by the functions that build a model, so listing models stays instant.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.settings import MAX_BEAM, RunSettings

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"
METRICS_FILE = "metrics.jsonl"
TRAINING_DIR = "training"
RUN_FILE = "run.json"  # inside TRAINING_DIR: the run's settings
LOCK_FILE = "running.lock"  # inside TRAINING_DIR: the process id of the run training it
CHECKPOINT_FILE = "checkpoint.pt"  # inside TRAINING_DIR: what a resume continues from
SHARED_TOKENIZER = "shared.model"
SOURCE_TOKENIZER = "source.model"
TARGET_TOKENIZER = "target.model"
FORMAT_VERSION = 1
# A file (or model) name that is safe anywhere: no path, no leading dot.
SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


def has_model(folder: Path) -> bool:
    """Whether ``folder`` holds a usable model (its card and its weights)."""
    return (folder / CONFIG_FILE).is_file() and (folder / WEIGHTS_FILE).is_file()


def is_resumable(folder: Path) -> bool:
    """Whether a run in ``folder`` can continue: its settings and a checkpoint are saved."""
    training = folder / TRAINING_DIR
    return (training / RUN_FILE).is_file() and (training / CHECKPOINT_FILE).is_file()


def read_metrics(folder: Path, up_to_step: int | None = None) -> list[dict[str, Any]]:
    """The metrics history of the model in ``folder``: one record per logged step, evaluation
    and final scoring (those after ``up_to_step`` left out, when given)."""
    records = read_jsonl(folder / METRICS_FILE)
    if up_to_step is None:
        return records
    return [record for record in records if int(record.get("step", 0)) <= up_to_step]


def load_run_settings(folder: Path) -> RunSettings:
    """The settings of the run that trains (or trained) the model in ``folder``."""
    path = folder / TRAINING_DIR / RUN_FILE
    try:
        return RunSettings.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UserError(
            f"Cannot resume {folder.name!r}: its training settings ({path}) are missing or "
            "damaged; start a new run instead."
        ) from error


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a mix."""
    atomic_write_with(path, lambda handle: handle.write(data))


def atomic_write_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Let ``write`` fill a file beside ``path`` (e.g. ``torch.save``), flush it to disk, then
    rename it into place: a crash leaves the old file or the new one, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # mkstemp makes files private; models are ordinary files
                os.fchmod(handle.fileno(), 0o644)
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_bytes(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode())


def append_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Append records to a JSON-lines file (a torn last line is skipped by ``read_jsonl``)."""
    if not records:
        return
    with path.open("a+b") as handle:
        # A crash may have left a torn last line; start on a fresh line so the first new record
        # is not glued to it (and lost with it).
        if handle.tell() > 0:
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":
                handle.write(b"\n")
    with path.open("a", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a JSON-lines file, skipping lines a crash may have left half-written."""
    if not path.exists():
        return []
    records = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                records.append(record)
    return records


def weights_stamp(folder: Path) -> tuple[int, int] | None:
    """(mtime, size) of a model folder's weights: tells a retrained model from a loaded one."""
    try:
        stat = (folder / WEIGHTS_FILE).stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def scored_beam(config: dict[str, Any]) -> int:
    """The beam width of a model's reported BLEU (``metrics.beam``, set when the end-of-run beam
    search beat greedy decoding); 1 (greedy) when none is recorded or the value is odd."""
    metrics = config.get("metrics")
    beam = metrics.get("beam") if isinstance(metrics, dict) else None
    if isinstance(beam, int) and not isinstance(beam, bool) and 1 <= beam <= MAX_BEAM:
        return beam
    return 1


def check_weights_match(path: Path, architecture: dict[str, Any], source: Path) -> None:
    """Compare the tensor names and shapes in a safetensors file's header with the architecture.

    Only the header is read, and the expected shapes come from a model built on the ``meta``
    device (no memory), so a config.json claiming a huge model costs nothing to refuse.
    """
    import torch
    from safetensors import SafetensorError, safe_open

    from s2s_desktop.engine.config import ModelConfig
    from s2s_desktop.engine.model import Seq2Seq

    with torch.device("meta"):
        model = Seq2Seq(ModelConfig.from_dict(architecture))
    expected = {key: tuple(value.shape) for key, value in model.saved_state().items()}
    try:
        with safe_open(str(path), framework="pt") as weights:
            names = list(weights.keys())
            found = {key: tuple(weights.get_slice(key).get_shape()) for key in names}
    except (SafetensorError, OSError, ValueError) as error:
        raise UserError(f"The weights in {source} are damaged or unreadable: {error}.") from error
    if found != expected:
        raise UserError(
            f"The weights in {source} do not match the architecture in its config.json; refused."
        )


def validate_model_config(config: dict[str, Any], source: Path) -> None:
    """Check the parts of a config.json that loading relies on (types and sizes)."""
    from s2s_desktop.engine.config import ModelConfig

    architecture = config.get("model")
    if not isinstance(architecture, dict):
        raise UserError(f"{source} has no model architecture in its config.json.")
    ModelConfig.from_dict(architecture)
    tokenizer = config.get("tokenizer")
    if not isinstance(tokenizer, dict):
        raise UserError(f"{source} has no tokenizer in its config.json.")
    for side in ("source", "target"):
        file_name = tokenizer.get(side)
        if not isinstance(file_name, str) or not SAFE_FILE_NAME.match(file_name):
            raise UserError(f"{source} names a bad tokenizer file in its config.json.")
