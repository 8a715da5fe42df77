"""One model folder: its files, its card (``config.json``), its weights, its checks.

A model lives in a folder of its own (``store.ModelStore`` keeps the collection of them):

- ``config.json``: the model's card: architecture, languages, preset, training settings,
  final metrics, dates;
- ``model.safetensors``: the best weights (safetensors only: loading never runs code), or, for
  a translate-only model imported from Argos Translate (``engine.argos``), ``ctranslate2/``:
  a CTranslate2 model folder (``model.bin``, its ``config.json`` and vocabularies; data only);
- the sentencepiece model(s) named in ``config.json``;
- ``metrics.jsonl``: one JSON object per logged step and per evaluation;
- ``training/``: what a run needs to resume (``run.json``, its settings, and the last checkpoint),
  how the last run ended (``ending.json``), its validation pairs (``valid.jsonl``, which a
  model fine-tuned from it scores forgetting on) and a sample of its training sources
  (``seen_sources.bin``: a test set that repeats them measures memory).

Every file is written aside and renamed into place, so a crash never leaves a half-written file.
A folder is a model once it holds ``config.json`` and its weights. Torch is
imported only by the functions that build a model, so listing models stays instant.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s2s_desktop import __version__
from s2s_desktop.engine.atomic_files import atomic_write_bytes, atomic_write_json
from s2s_desktop.engine.config import MAX_BEAM, ModelConfig, RunSettings
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:  # torch is imported by the functions that need it: listing stays instant
    import torch

    from s2s_desktop.engine.model import Seq2Seq
    from s2s_desktop.engine.tokenizer import Tokenizer

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"
METRICS_FILE = "metrics.jsonl"
TRAINING_DIR = "training"
RUN_FILE = "run.json"  # inside TRAINING_DIR: the run's settings
LOCK_FILE = "running.lock"  # inside TRAINING_DIR: the process id of the run training it
CHECKPOINT_FILE = "checkpoint.pt"  # inside TRAINING_DIR: what a resume continues from
ENDING_FILE = "ending.json"  # inside TRAINING_DIR: how the last run ended (runs.Ending)
VALID_FILE = "valid.jsonl"  # inside TRAINING_DIR: the run's validation pairs (not exported)
CTRANSLATE2_DIR = "ctranslate2"  # a translate-only model's CTranslate2 folder
CTRANSLATE2_WEIGHTS = "model.bin"  # inside CTRANSLATE2_DIR
SHARED_TOKENIZER = "shared.model"
SOURCE_TOKENIZER = "source.model"
TARGET_TOKENIZER = "target.model"
FORMAT_VERSION = 1
# A file (or model) name that is safe anywhere: no path, no leading dot.
SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


def weights_path(folder: Path) -> Path:
    """The weights of the model in ``folder``: ours, or a translate-only model's CTranslate2
    ``model.bin`` where there are none of ours."""
    ours = folder / WEIGHTS_FILE
    other = folder / CTRANSLATE2_DIR / CTRANSLATE2_WEIGHTS
    return other if not ours.is_file() and other.is_file() else ours


def has_model(folder: Path) -> bool:
    """Whether ``folder`` holds a usable model (its card and its weights)."""
    return (folder / CONFIG_FILE).is_file() and weights_path(folder).is_file()


def is_resumable(folder: Path) -> bool:
    """Whether a run in ``folder`` can continue: its settings and a checkpoint are saved."""
    training = folder / TRAINING_DIR
    return (training / RUN_FILE).is_file() and (training / CHECKPOINT_FILE).is_file()


def folder_size(folder: Path) -> int:
    """The bytes of every file below ``folder``; a file that vanishes meanwhile counts 0 (a
    checkpoint being replaced, a run being deleted)."""
    total = 0
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            if path.is_file():
                total += path.stat().st_size
    return total


def metrics_file(folder: Path) -> Path:
    """The metrics history of the model in ``folder`` (JSON lines, read with ``read_metrics``)."""
    return folder / METRICS_FILE


def read_metrics(folder: Path, up_to_step: int | None = None) -> list[dict[str, Any]]:
    """The metrics history of the model in ``folder``: one record per logged step, evaluation
    and final scoring (those after ``up_to_step`` left out, when given)."""
    records = read_jsonl(metrics_file(folder))
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
            translate(
                "model_files",
                "Cannot resume {name!r}: its training settings ({path}) are missing or "
                "damaged; start a new run instead.",
            ).format(name=folder.name, path=path)
        ) from error


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
        stat = weights_path(folder).stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


# ---------------------------------------------------------------------- the card


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _text(value: Any) -> str | None:
    return str(value) if value else None


def _time(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _part(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else {}


@dataclass(frozen=True)
class ModelCard:
    """A model's ``config.json``, typed: what it is, what it learned from, how good it is.

    Read leniently (``from_json``): a fact an older or imported model lacks, or holds in the
    wrong type, reads as None (or the default shown), never as an error; loading a model
    checks what it relies on strictly (``validate_model_config``).
    """

    name: str
    src_lang: str = "?"
    tgt_lang: str = "?"
    preset: str = "custom"
    architecture: Mapping[str, Any] = field(default_factory=dict)  # ModelConfig's fields
    parameters: int | None = None
    shared_vocab: bool = False
    # How it was trained (TrainingConfig's fields, and the data).
    train_pairs: int | None = None
    valid_pairs: int | None = None
    data_folder: str | None = None
    epochs: int | None = None
    batch_tokens: int | None = None
    learning_rate: float | None = None
    device: str | None = None
    # How good it is: the best evaluation's scores (and where the run reached them).
    bleu: float | None = None
    chrf: float | None = None
    valid_loss: float | None = None
    beam: int = 1  # the beam search width bleu was measured with (1: greedy decoding)
    greedy_bleu: float | None = None  # when beam search scored better
    epoch: int | None = None
    step: int | None = None
    training_seconds: float | None = None  # when the best checkpoint was saved
    run_seconds: float | None = None  # how long the run trained in all, at its last end
    created: datetime | None = None
    updated: datetime | None = None
    # Where it came from: the model it was fine-tuned from (``lineage``), or the foreign format
    # it was imported from (``origin``; a translate-only one cannot be trained further).
    base: str | None = None
    origin: str | None = None
    translate_only: bool = False
    data: Mapping[str, Any] = field(default_factory=dict, repr=False)  # the JSON as read

    @property
    def lineage(self) -> Mapping[str, Any]:
        """The card's ``lineage`` (base, base_card, folder, pairs, minutes, forgetting)."""
        return _part(self.data, "lineage")

    @classmethod
    def from_json(cls, data: Mapping[str, Any], name: str | None = None) -> ModelCard:
        """The card of a parsed ``config.json`` (``name``: the folder's, which wins)."""
        arch, training, metrics = (
            _part(data, "model"),
            _part(data, "training"),
            _part(data, "metrics"),
        )
        return cls(
            name=name or str(data.get("name") or "model"),
            src_lang=str(data.get("src_lang", "?")),
            tgt_lang=str(data.get("tgt_lang", "?")),
            preset=str(data.get("preset", "custom")),
            architecture=dict(arch),
            parameters=_int(data.get("parameters")),
            shared_vocab=bool(_part(data, "tokenizer").get("shared") or arch.get("shared_vocab")),
            train_pairs=_int(training.get("train_pairs")),
            valid_pairs=_int(training.get("valid_pairs")),
            data_folder=str(training["folder"]) if training.get("folder") else None,
            epochs=_int(training.get("epochs")),
            batch_tokens=_int(training.get("batch_tokens")),
            learning_rate=_float(training.get("learning_rate")),
            device=str(training["device"]) if training.get("device") else None,
            bleu=_float(metrics.get("bleu")),
            chrf=_float(metrics.get("chrf")),
            valid_loss=_float(metrics.get("valid_loss")),
            beam=scored_beam(data),
            greedy_bleu=_float(metrics.get("greedy_bleu")),
            epoch=_int(metrics.get("epoch")),
            step=_int(metrics.get("step")),
            training_seconds=_float(metrics.get("training_seconds")),
            run_seconds=_float(metrics.get("run_seconds")),
            created=_time(data.get("created")),
            updated=_time(data.get("updated")),
            base=_text(_part(data, "lineage").get("base")),
            origin=_text(data.get("origin")),
            translate_only=data.get("translate_only") is True,
            data=data,
        )


def read_card(folder: Path) -> ModelCard | None:
    """The card of the model in ``folder``; None when it is not (yet) a model, or its
    ``config.json`` cannot be read."""
    if not has_model(folder):
        return None
    try:
        data = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return ModelCard.from_json(data, folder.name) if isinstance(data, dict) else None


def write_card(
    folder: Path,
    settings: RunSettings,
    architecture: ModelConfig,
    parameters: int,
    data: Mapping[str, Any],
    metrics: Mapping[str, Any],
    lineage: Mapping[str, Any] | None = None,
) -> None:
    """Write the ``config.json`` of a model a run saved: ``architecture`` as trained (its
    vocabularies those learned), ``data`` what it learned from (train_pairs, valid_pairs,
    device), ``metrics`` its best scores, ``lineage`` the base it was fine-tuned from. Its
    first ``created`` date is kept."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    created = now
    with contextlib.suppress(OSError, ValueError, AttributeError):
        created = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8")).get("created", now)
    shared = architecture.shared_vocab
    card = {
        "format": FORMAT_VERSION,
        "app_version": __version__,
        "name": settings.name,
        "src_lang": settings.src,
        "tgt_lang": settings.tgt,
        "preset": settings.preset,
        "model": architecture.to_dict(),
        "parameters": parameters,
        "tokenizer": {
            "type": "sentencepiece",
            "shared": shared,
            "source": SHARED_TOKENIZER if shared else SOURCE_TOKENIZER,
            "target": SHARED_TOKENIZER if shared else TARGET_TOKENIZER,
        },
        "training": {**asdict(settings.training), "folder": settings.folder, **data},
        "metrics": dict(metrics),
        **({"lineage": dict(lineage)} if lineage else {}),
        "created": created,
        "updated": now,
    }
    atomic_write_json(folder / CONFIG_FILE, card)


def record_beam_score(folder: Path, bleu: float, chrf: float, beam: int) -> None:
    """Beam search of ``beam`` scored the saved model better than greedy decoding: its card
    reports that score (greedy's kept beside it)."""
    path = folder / CONFIG_FILE
    card = json.loads(path.read_text(encoding="utf-8"))
    metrics = card["metrics"]
    greedy = {"greedy_bleu": metrics.get("bleu"), "greedy_chrf": metrics.get("chrf")}
    metrics.update({"bleu": bleu, "chrf": chrf, "beam": beam} | greedy)
    atomic_write_json(path, card)


def record_run_seconds(folder: Path, seconds: float) -> None:
    """How long the run trained in all, when it ends (the best checkpoint may be older: a
    fine-tune that never beat its base is saved at step 0)."""
    path = folder / CONFIG_FILE
    card = json.loads(path.read_text(encoding="utf-8"))
    card.setdefault("metrics", {})["run_seconds"] = round(seconds)
    atomic_write_json(path, card)


def record_lineage(folder: Path, values: Mapping[str, Any]) -> None:
    """Add ``values`` (what the model forgot of its base) to its card's ``lineage``."""
    path = folder / CONFIG_FILE
    card = json.loads(path.read_text(encoding="utf-8"))
    card.setdefault("lineage", {}).update(values)
    atomic_write_json(path, card)


def scored_beam(config: Mapping[str, Any]) -> int:
    """The beam width of a model's reported BLEU (``metrics.beam``, set when the end-of-run beam
    search beat greedy decoding); 1 (greedy) when none is recorded or the value is odd."""
    metrics = config.get("metrics")
    beam = metrics.get("beam") if isinstance(metrics, Mapping) else None
    if isinstance(beam, int) and not isinstance(beam, bool) and 1 <= beam <= MAX_BEAM:
        return beam
    return 1


# ---------------------------------------------------------------------- checks


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
        raise UserError(
            translate(
                "model_files",
                "The weights in {file} are damaged or unreadable ({error}); train or import "
                "the model again.",
            ).format(file=source, error=error)
        ) from error
    if found != expected:
        raise UserError(
            translate(
                "model_files",
                "The weights in {file} do not match the architecture in its config.json; refused.",
            ).format(file=source)
        )


def validate_model_config(config: dict[str, Any], source: Path) -> None:
    """Check the parts of a config.json that loading relies on (types and sizes)."""
    from s2s_desktop.engine.config import ModelConfig

    architecture = config.get("model")
    if not isinstance(architecture, dict):
        raise UserError(
            translate("model_files", "{file} has no model architecture in its config.json.").format(
                file=source
            )
        )
    ModelConfig.from_dict(architecture)
    tokenizer = config.get("tokenizer")
    if not isinstance(tokenizer, dict):
        raise UserError(
            translate("model_files", "{file} has no tokenizer in its config.json.").format(
                file=source
            )
        )
    for side in ("source", "target"):
        file_name = tokenizer.get(side)
        if not isinstance(file_name, str) or not SAFE_FILE_NAME.match(file_name):
            raise UserError(
                translate(
                    "model_files", "{file} names a bad tokenizer file in its config.json."
                ).format(file=source)
            )


# ---------------------------------------------------------------------- weights and loading


def save_weights(model: Seq2Seq, path: Path) -> None:
    """Write the model's weights as safetensors, atomically."""
    from safetensors.torch import save

    state = {k: v.detach().to("cpu").contiguous() for k, v in model.saved_state().items()}
    atomic_write_bytes(path, save(state))


def load_weights(model: Seq2Seq, path: Path) -> None:
    """Load safetensors weights (names and shapes already checked by ``check_weights_match``)."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    try:
        model.load_saved_state(load_file(str(path)))
    except (SafetensorError, OSError, ValueError, RuntimeError) as error:
        raise UserError(
            translate(
                "model_files",
                "The weights in {file} are damaged or unreadable ({error}); train or import "
                "the model again.",
            ).format(file=path, error=error)
        ) from error


@dataclass
class LoadedModel:
    """A model folder in memory: the model, its two tokenizers and its card's JSON."""

    model: Seq2Seq
    source_tokenizer: Tokenizer
    target_tokenizer: Tokenizer
    config: dict[str, Any]


def load_model_files(
    folder: Path,
    device: str | torch.device = "auto",
    dtype: torch.dtype | None = None,
) -> LoadedModel:
    """Load a model folder (card, tokenizers, weights) onto a device, checking each part.

    On a GPU with bfloat16 the weights are cast to it (``devices.inference_precision``);
    ``dtype`` overrides that.
    """
    import torch

    from s2s_desktop.engine.devices import inference_precision, resolve_device
    from s2s_desktop.engine.model import Seq2Seq
    from s2s_desktop.engine.tokenizer import Tokenizer

    try:
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserError(
            translate(
                "model_files", "The model in {folder} has a missing or damaged config.json."
            ).format(folder=folder)
        ) from error
    if not isinstance(config, dict):
        raise UserError(
            translate("model_files", "The model in {folder} has a damaged config.json.").format(
                folder=folder
            )
        )
    validate_model_config(config, folder)
    check_weights_match(folder / WEIGHTS_FILE, config["model"], folder)
    architecture = ModelConfig.from_dict(config["model"])
    source = Tokenizer.load(folder / config["tokenizer"]["source"])
    target = Tokenizer.load(folder / config["tokenizer"]["target"])
    if (source.vocab_size, target.vocab_size) != (
        architecture.src_vocab_size,
        architecture.tgt_vocab_size,
    ):
        raise UserError(
            translate(
                "model_files", "The tokenizers in {folder} do not match its config.json."
            ).format(folder=folder)
        )
    if architecture.joint_vocab and (source.pieces is None or source.pieces != target.pieces):
        raise UserError(
            translate(
                "model_files",
                "The tokenizers in {folder} do not share the list of pieces it needs.",
            ).format(folder=folder)
        )
    device = device if isinstance(device, torch.device) else resolve_device(device)
    model = Seq2Seq(architecture)
    load_weights(model, folder / WEIGHTS_FILE)
    model.to(device, dtype or inference_precision(device)).eval()
    return LoadedModel(model, source, target, config)


def check_model_name(name: str) -> str:
    """Return ``name`` if it is a safe folder name, else raise UserError saying what is allowed."""
    if not SAFE_FILE_NAME.match(name or ""):
        raise UserError(
            translate(
                "store",
                "{name!r} is not a usable model name; use up to 80 letters, digits, '.', '_' or "
                "'-', starting with a letter or digit.",
            ).format(name=name)
        )
    return name


def sanitize_model_name(name: str) -> str:
    """Make any string into a usable model name (for names taken from imported files)."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-_")[:80]
    return cleaned or "model"
