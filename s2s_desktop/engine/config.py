"""What a model is and how to train it, without torch: special ids, ``ModelConfig`` and the
presets; ``TrainingConfig`` and ``RunSettings``, what a run is told.

Kept free of torch so the window can show presets and parameter counts the moment it opens.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.wording import QT_TRANSLATE_NOOP, number, translate

PAD_ID = 0
UNK_ID = 1
BOS_ID = 2
EOS_ID = 3


POSITIONS = ("learned", "sinusoidal")
ACTIVATIONS = ("relu", "swish", "gelu")


@dataclass(frozen=True)
class ModelConfig:
    """Every architectural choice of a model; saved in its ``config.json``."""

    src_vocab_size: int = 512  # INPUT_DIM
    tgt_vocab_size: int = 512  # OUTPUT_DIM
    hid_dim: int = 256
    enc_layers: int = 3
    dec_layers: int = 3
    enc_heads: int = 8
    dec_heads: int = 8
    enc_pf_dim: int = 512
    dec_pf_dim: int = 512
    enc_dropout: float = 0.1
    dec_dropout: float = 0.1
    max_positions: int = 256
    shared_vocab: bool = False
    # One matrix for the source and target embeddings and the output layer (needs a shared
    # vocabulary): a third fewer weights in a small model. Off unless asked for: it scored lower
    # on the sample corpus (see docs/quality.md, "Tied embeddings").
    tied_embeddings: bool = False
    # What an imported OPUS-MT (Marian) model differs in; the defaults are our own models'.
    # Positions: "learned" (a weight per position) or "sinusoidal" (Marian's sin|cos halves,
    # no weights). The feed-forward's activation: "relu", "swish" (SiLU) or "gelu".
    positions: str = "learned"
    activation: str = "relu"
    scale_embeddings: bool = True  # token embeddings times sqrt(hid_dim)
    # One list of pieces gives both languages' ids though each has its own sentencepiece model
    # (OPUS-MT's vocab.json, saved in the tokenizer files): embeddings may be tied without a
    # shared vocabulary.
    joint_vocab: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelConfig:
        """Build from JSON, checking types and bounds so a crafted file cannot exhaust memory."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known:
                continue
            default = getattr(cls, name)
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise _bad_value(name, value)
            elif isinstance(default, int):
                if isinstance(value, bool) or not isinstance(value, int):
                    raise _bad_value(name, value)
            elif isinstance(default, float):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise _bad_value(name, value)
                value = float(value)
            elif isinstance(default, str) and not isinstance(value, str):
                raise _bad_value(name, value)
            values[name] = value
        config = cls(**values)
        config.validate()
        return config

    def validate(self) -> None:
        """Raise UserError for sizes that cannot work or would not fit any machine."""
        bounds = {
            "src_vocab_size": (8, 256_000),
            "tgt_vocab_size": (8, 256_000),
            "hid_dim": (8, 8192),
            "enc_layers": (1, 64),
            "dec_layers": (1, 64),
            "enc_heads": (1, 128),
            "dec_heads": (1, 128),
            "enc_pf_dim": (8, 65_536),
            "dec_pf_dim": (8, 65_536),
            "max_positions": (8, 8192),
        }
        for name, (low, high) in bounds.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise UserError(
                    translate(
                        "config", "{name} must be between {low} and {high}, not {value}."
                    ).format(name=name, low=low, high=high, value=value)
                )
        for name in ("enc_dropout", "dec_dropout"):
            value = getattr(self, name)
            if not 0.0 <= value < 1.0:
                raise UserError(
                    translate(
                        "config", "{name} must be at least 0 and below 1, not {value}."
                    ).format(name=name, value=value)
                )
        for heads in ("enc_heads", "dec_heads"):
            if self.hid_dim % getattr(self, heads):
                raise UserError(
                    translate(
                        "config",
                        "hid_dim ({hid_dim}) must be divisible by {heads} ({count}); change one "
                        "of them.",
                    ).format(hid_dim=self.hid_dim, heads=heads, count=getattr(self, heads))
                )
        for name, allowed in (("positions", POSITIONS), ("activation", ACTIVATIONS)):
            if getattr(self, name) not in allowed:
                raise UserError(
                    translate("config", "{name} must be one of {allowed}, not {value!r}.").format(
                        name=name, allowed=", ".join(allowed), value=getattr(self, name)
                    )
                )
        if (self.shared_vocab or self.joint_vocab) and self.src_vocab_size != self.tgt_vocab_size:
            raise UserError(
                translate(
                    "config", "A shared vocabulary needs equal source and target vocabulary sizes."
                )
            )
        if self.tied_embeddings and not (self.shared_vocab or self.joint_vocab):
            raise UserError(
                translate(
                    "config",
                    "Tied embeddings need one shared vocabulary for both languages; turn on the "
                    "shared vocabulary or turn off tied embeddings.",
                )
            )

    def parameter_count(self) -> int:
        """The number of weights of ``Seq2Seq(self)``, by arithmetic (no torch, no model).

        Each linear layer holds in*out weights plus out biases, a layer norm 2*hid; the encoder
        and decoder keep their own token and position embeddings; the decoder ends in a linear
        layer over the target vocabulary. Tied embeddings keep one token embedding, which the
        output layer shares (its biases stay its own). Sinusoidal positions have no weights.
        """
        hid = self.hid_dim

        def linear(inputs: int, outputs: int) -> int:
            return inputs * outputs + outputs

        def block(attentions: int, norms: int, pf_dim: int) -> int:
            return (
                attentions * 4 * linear(hid, hid)
                + linear(hid, pf_dim)
                + linear(pf_dim, hid)
                + norms * 2 * hid
            )

        positions = self.max_positions if self.positions == "learned" else 0
        encoder = (self.src_vocab_size + positions) * hid + self.enc_layers * block(
            1, 2, self.enc_pf_dim
        )
        decoder = (
            (self.tgt_vocab_size + positions) * hid
            + self.dec_layers * block(2, 3, self.dec_pf_dim)
            + linear(hid, self.tgt_vocab_size)
        )
        tied = 2 * self.tgt_vocab_size * hid if self.tied_embeddings else 0
        return encoder + decoder - tied


def _bad_value(name: str, value: Any) -> UserError:
    return UserError(
        translate("config", "The model's config has a bad value for {name}: {value!r}.").format(
            name=name, value=value
        )
    )


def format_parameters(count: int) -> str:
    """``4_512_345`` -> "4.5M" (the language's decimal mark): millions throughout (the CLI,
    the form and the model list), so sizes compare at a glance, in one word (a table's cell);
    "–" when unknown (0)."""
    if count <= 0:
        return "–"
    millions = count / 1e6
    if millions >= 1000:
        return f"{number(millions / 1000, 1)}B"
    if millions >= 10:
        return f"{number(millions, 0)}M"
    if millions >= 1:
        return f"{number(millions, 1)}M"
    return f"{number(millions, 2)}M"


PRESETS: dict[str, ModelConfig] = {
    # The founding tutorial's constants, exactly.
    "tutorial": ModelConfig(),
    # Small and fast: tests and quick demos on a laptop CPU.
    "tiny": ModelConfig(
        src_vocab_size=1000,
        tgt_vocab_size=1000,
        hid_dim=128,
        enc_layers=2,
        dec_layers=2,
        enc_heads=4,
        dec_heads=4,
        enc_pf_dim=256,
        dec_pf_dim=256,
    ),
    # Transformer-base width with a real vocabulary: for a GPU or a patient CPU.
    "base": ModelConfig(
        src_vocab_size=8000,
        tgt_vocab_size=8000,
        hid_dim=512,
        enc_layers=6,
        dec_layers=6,
        enc_heads=8,
        dec_heads=8,
        enc_pf_dim=2048,
        dec_pf_dim=2048,
    ),
}


def preset_config(name: str, **overrides: Any) -> ModelConfig:
    """The named preset with some fields replaced (``None`` values are ignored)."""
    if name not in PRESETS:
        raise UserError(
            translate("config", "Unknown preset {name!r}; choose one of {presets}.").format(
                name=name, presets=", ".join(PRESETS)
            )
        )
    config = replace(PRESETS[name], **{k: v for k, v in overrides.items() if v is not None})
    config.validate()
    return config


# ---------------------------------------------------------------------- how to train


MAX_BEAM = 16  # the widest beam search the app offers
_DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?:in)?)?(?:(\d+(?:\.\d+)?)s)?$")


def parse_duration(text: str) -> float:
    """Minutes in a duration a person writes: '30m', '2h', '90s', '1h30m', '1h30', or a bare
    number of minutes ('45'). Raises UserError for anything else."""
    cleaned = text.strip().lower().replace(" ", "")
    if re.fullmatch(r"\d+(?:\.\d+)?h\d+", cleaned):
        cleaned += "m"  # 1h30, as people write it
    try:
        minutes = float(cleaned)
    except ValueError:
        match = _DURATION.match(cleaned)
        if not cleaned or match is None or not any(match.groups()):
            raise UserError(
                translate(
                    "config", "{text!r} is not a duration; write it like 90s, 30m, 2h or 1h30m."
                ).format(text=text)
            ) from None
        hours, mins, seconds = (float(g) if g else 0.0 for g in match.groups())
        minutes = hours * 60 + mins + seconds / 60
    if not minutes > 0 or minutes == float("inf"):
        raise UserError(
            translate("config", "The time budget must be longer than zero, not {text!r}.").format(
                text=text
            )
        )
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
    # Of a fine-tuning run: the share of its training pairs drawn from its base's training data,
    # so that it keeps what the base knew (0: none).
    mix_base: float = 0.0

    def validate(self) -> None:
        checks = [
            (
                self.epochs is None or self.epochs >= 1,
                QT_TRANSLATE_NOOP("config", "--epochs must be 1 or more (0: no limit)."),
            ),
            (
                self.max_minutes is None or self.max_minutes > 0,
                QT_TRANSLATE_NOOP("config", "--time-budget must be positive."),
            ),
            (
                self.batch_tokens >= 16,
                QT_TRANSLATE_NOOP("config", "--batch-tokens must be at least 16."),
            ),
            (
                0 < self.learning_rate < 1,
                QT_TRANSLATE_NOOP("config", "--lr must be between 0 and 1."),
            ),
            (
                self.warmup_steps is None or self.warmup_steps >= 0,
                QT_TRANSLATE_NOOP("config", "--warmup must be >= 0."),
            ),
            (
                0 <= self.label_smoothing < 1,
                QT_TRANSLATE_NOOP("config", "--label-smoothing must be in [0, 1)."),
            ),
            (self.clip_norm > 0, QT_TRANSLATE_NOOP("config", "--clip must be positive.")),
            (
                self.patience is None or self.patience >= 1,
                QT_TRANSLATE_NOOP("config", "--patience must be at least 1."),
            ),
            (self.eval_every >= 0, QT_TRANSLATE_NOOP("config", "--eval-every must be 0 or more.")),
            (
                self.checkpoint_minutes > 0,
                QT_TRANSLATE_NOOP("config", "--checkpoint-minutes must be positive."),
            ),
            (self.max_chars >= 1, QT_TRANSLATE_NOOP("config", "--max-chars must be at least 1.")),
            (
                self.average_checkpoints >= 0,
                QT_TRANSLATE_NOOP("config", "--average must be 0 or more."),
            ),
            (
                1 <= self.final_beam <= MAX_BEAM,
                QT_TRANSLATE_NOOP("config", "--final-beam must be between 1 and {max_beam}."),
            ),
            (
                0 <= self.mix_base < 1,
                QT_TRANSLATE_NOOP("config", "--mix-base must be at least 0 and below 1."),
            ),
        ]
        for ok, message in checks:
            if not ok:
                raise UserError(translate("config", message).format(max_beam=MAX_BEAM))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class RunSettings:
    """Everything that defines a run: saved as ``training/run.json`` when it starts.

    ``base`` names the stored model a fine-tuning run starts from; ``base_data`` is where that
    model's training data was (folder, languages, scan options) when the run mixes some in, kept
    here so that a resume finds it even if the base is renamed or deleted.
    """

    name: str
    folder: str
    src: str
    tgt: str
    preset: str
    model: ModelConfig
    training: TrainingConfig = field(default_factory=TrainingConfig)
    base: str | None = None
    base_data: dict[str, Any] | None = None

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
            base=data.get("base"),
            base_data=data.get("base_data"),
        )


# The command line's name of a setting where it is not the field's name with dashes.
_FLAGS = {
    "learning_rate": "--lr",
    "warmup_steps": "--warmup",
    "clip_norm": "--clip",
    "average_checkpoints": "--average",
    "max_minutes": "--time-budget",
    "base": "--from",
}


def flag(name: str) -> str:
    """The command-line option of a settings field (``batch_tokens`` -> ``--batch-tokens``)."""
    return _FLAGS.get(name, "--" + name.replace("_", "-"))
