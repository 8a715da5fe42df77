"""The torchrun command line that trains a run's settings on a cluster.

The window's "Cluster command…" shows it: the same model and training choices, written as
``s2s-desktop train`` options, behind torchrun's launcher options for one node or several. Only
what differs from the preset and the defaults is written, so the command stays readable; the
device is left to ``auto`` (the cluster's GPUs, else its CPUs).
"""

from __future__ import annotations

import shlex
from dataclasses import fields

from s2s_desktop.engine.config import PRESETS, RunSettings, TrainingConfig

# TrainingConfig field -> its ``s2s-desktop train`` option. The fields missing here (log and
# sample counts) have no option and no form field: they stay at their defaults.
TRAINING_OPTIONS = {
    "epochs": "--epochs",
    "max_minutes": "--time-budget",
    "batch_tokens": "--batch-tokens",
    "learning_rate": "--lr",
    "warmup_steps": "--warmup",
    "label_smoothing": "--label-smoothing",
    "clip_norm": "--clip",
    "patience": "--patience",
    "eval_every": "--eval-every",
    "checkpoint_minutes": "--checkpoint-minutes",
    "seed": "--seed",
    "max_chars": "--max-chars",
    "encoding": "--encoding",
    "average_checkpoints": "--average",
    "final_beam": "--final-beam",
    "mix_base": "--mix-base",
}
# ModelConfig fields only an imported model sets (no option: a run takes them with --from).
IMPORTED_ONLY = ("positions", "activation", "scale_embeddings", "joint_vocab")
DEFAULT_PORT = 29500


def train_arguments(settings: RunSettings, folder: str | None = None) -> list[str]:
    """``s2s-desktop train`` arguments that recreate ``settings``, reading ``folder`` (the
    corpus's path on the cluster; default: its path here)."""
    return [word for line in _argument_lines(settings, folder) for word in line]


def _argument_lines(settings: RunSettings, folder: str | None) -> list[list[str]]:
    """The arguments in lines a person reads: data, run, model fields, training options."""
    lines = [[folder or settings.folder]]
    lines.append(["--src", settings.src, "--tgt", settings.tgt, "--name", settings.name])
    if settings.base:  # the base's architecture: the cluster's store needs the base too
        lines[-1] += ["--from", settings.base]
    else:
        lines[-1] += ["--preset", settings.preset]
    model = settings.model
    # auto would choose again on the cluster (other device, other budget): write out every
    # value it chose here instead. A named preset: only what differs from it.
    preset = PRESETS.get(settings.preset)
    model_options: list[str] = []
    for field in fields(model):
        value = getattr(model, field.name)
        if settings.base or field.name in IMPORTED_ONLY:
            continue
        if preset is not None and value == getattr(preset, field.name):
            continue
        if isinstance(value, bool):  # --shared-vocab or --no-shared-vocab
            model_options.append(_option(field.name if value else f"no_{field.name}"))
        else:
            model_options += [_option(field.name), str(value)]
    training_options: list[str] = []
    defaults = TrainingConfig()
    # auto's choices, and a fine-tuning run's (which --from would choose again from the base).
    always = ["batch_tokens", "learning_rate", "label_smoothing"] if preset is None else []
    if settings.base:
        always = ["batch_tokens", "learning_rate", "label_smoothing", "warmup_steps"]
        model_options = [_option("enc_dropout"), str(model.enc_dropout)]
        model_options += [_option("dec_dropout"), str(model.dec_dropout)]
    if settings.training.max_minutes:  # a budget changes these two defaults to "no limit"
        always += [n for n in ("epochs", "patience") if getattr(settings.training, n) is not None]
    for name, option in TRAINING_OPTIONS.items():
        value = getattr(settings.training, name)
        if value != getattr(defaults, name) or name in always:
            training_options += [option, _value(name, value)]
    return lines + _wrapped(model_options) + _wrapped(training_options)


def _wrapped(options: list[str], width: int = 72) -> list[list[str]]:
    """Options in lines of about ``width`` characters, each option beside its value."""
    lines: list[list[str]] = []
    for word in options:
        if not lines or (word.startswith("--") and len(shlex.join([*lines[-1], word])) > width):
            lines.append([])
        lines[-1].append(word)
    return lines


def torchrun_command(
    settings: RunSettings,
    *,
    nodes: int = 1,
    processes: str = "gpu",
    folder: str | None = None,
    host: str = "HOST",
) -> str:
    """The shell command to run on each node, one option group per line (joined with
    backslashes): ``processes`` per node ("gpu": one per GPU, or a number); with several
    ``nodes``, they meet at ``host`` (the first node's name)."""
    launcher = ["torchrun"]
    if nodes <= 1:
        launcher += ["--standalone", f"--nproc_per_node={processes}"]
    else:
        launcher += [f"--nnodes={nodes}", f"--nproc_per_node={processes}", "--rdzv_backend=c10d"]
    lines = [launcher]
    if nodes > 1:
        lines.append([f"--rdzv_endpoint={host}:{DEFAULT_PORT}", f"--rdzv_id={settings.name}"])
    data, *rest = _argument_lines(settings, folder)
    lines += [["-m", "s2s_desktop", "train", *data], *rest]
    return " \\\n    ".join(shlex.join(line) for line in lines)


def _option(field: str) -> str:
    return f"--{field.replace('_', '-')}"


def _value(name: str, value: object) -> str:
    """How the train option writes ``value``: 0 means "no limit" for --epochs and "never" for
    --patience; a budget in minutes ("90m")."""
    if value is None:
        return "0"
    if name == "max_minutes":
        return f"{value:g}m"
    return str(value)
