"""OPUS-MT models (Marian, in Hugging Face's layout) as models of ours: read, checked, converted.

An OPUS-MT folder (``Helsinki-NLP/opus-mt-*`` on Hugging Face) holds ``config.json``
(transformers' ``MarianConfig``), ``model.safetensors``, ``source.spm`` and ``target.spm`` (one
sentencepiece model per language) and ``vocab.json`` (piece -> id, one list for both). Its
Transformer is ours with options of ``ModelConfig`` set: ``positions="sinusoidal"``,
``activation="swish"``, ``joint_vocab`` and ``tied_embeddings`` (``scale_embeddings`` as its
``scale_embedding``: on in OPUS-MT, as in ours), and its logits bias as our output layer's bias.
Its attention and activation dropouts (0 in OPUS-MT) are not kept: fine-tuning drops out as our
models do, with its ``dropout``. Its special ids differ: ``</s>`` (eos) 0, ``<unk>`` 1,
``<pad>`` the last id, which is also the decoder's first input. The embedding rows are reordered
so that ours line up (pad 0, unk 1, bos 2, eos 3; Marian's pad row serves as our pad and our
bos, one row more than it had), and each tokenizer file carries the reordered list of pieces
(``tokenizer.with_pieces``).

OPUS-MT's generation never emits pad (its ``bad_words_ids``); our search knows no such list, so
the rows of our pad and bos get a logits bias of ``BANNED_BIAS``: finite, so that fine-tuning in
float16 meets no infinity. Nothing in the folder is executed: weights are read from safetensors
only, their shapes checked before any is loaded. Torch is imported by the functions that convert.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s2s_desktop import __version__
from s2s_desktop.engine.atomic_files import atomic_write_bytes, atomic_write_json
from s2s_desktop.engine.config import BOS_ID, EOS_ID, PAD_ID, UNK_ID, ModelConfig
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import (
    CONFIG_FILE,
    FORMAT_VERSION,
    SOURCE_TOKENIZER,
    TARGET_TOKENIZER,
    WEIGHTS_FILE,
)
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:
    import torch

ORIGIN = "OPUS-MT"
PRESET = "opus-mt"
SOURCE_SPM = "source.spm"
TARGET_SPM = "target.spm"
VOCAB_FILE = "vocab.json"
PICKLED_WEIGHTS = "pytorch_model.bin"
# What an import reads of a folder (or zip); everything else in it is ignored.
FILES = (CONFIG_FILE, WEIGHTS_FILE, SOURCE_SPM, TARGET_SPM, VOCAB_FILE)
MAX_JSON_BYTES = 16 << 20  # vocab.json of a 250k vocabulary is under 8 MB
BANNED_BIAS = -1e4
# transformers' MarianConfig defaults, for keys a config.json leaves out.
DEFAULTS: dict[str, Any] = {
    "vocab_size": 58101,
    "decoder_vocab_size": None,
    "max_position_embeddings": 1024,
    "encoder_layers": 12,
    "encoder_ffn_dim": 4096,
    "encoder_attention_heads": 16,
    "decoder_layers": 12,
    "decoder_ffn_dim": 4096,
    "decoder_attention_heads": 16,
    "activation_function": "gelu",
    "d_model": 1024,
    "dropout": 0.1,
    "scale_embedding": False,
    "pad_token_id": 58100,
    "eos_token_id": 0,
    "decoder_start_token_id": 58100,
    "share_encoder_decoder_embeddings": True,
    "tie_word_embeddings": True,
}
_ACTIVATIONS = {"swish": "swish", "silu": "swish", "relu": "relu", "gelu": "gelu"}
# Legacy keys of converted OPUS-MT configs, which transformers ignores, and the value each has
# there: another value asks for a model our Transformer (and transformers') is not.
_LEGACY = {
    "normalize_before": False,
    "add_final_layer_norm": False,
    "normalize_embedding": False,
    "layernorm_embedding": False,
    "static_position_embeddings": True,
    "add_bias_logits": False,
}
_LANGUAGES = re.compile(r"opus-mt-(?:tc-(?:big|base)-)?([A-Za-z_]+)-([A-Za-z_]+)")


def looks_like_marian(names: set[str]) -> bool:
    """Whether a folder's (or zip's) file names are those of an OPUS-MT model."""
    return {CONFIG_FILE, SOURCE_SPM, TARGET_SPM, VOCAB_FILE} <= names


def is_marian_folder(folder: Path) -> bool:
    return folder.is_dir() and looks_like_marian({p.name for p in folder.iterdir()})


def _read_json(path: Path, shown: Path) -> Any:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise UserError(
                translate(
                    "marian", "{file} holds a {file_name} too big for an OPUS-MT model; refused."
                ).format(file=shown, file_name=path.name)
            )
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserError(
            translate("marian", "{file} holds a missing or damaged {file_name} ({error}).").format(
                file=shown, file_name=path.name, error=error
            )
        ) from error


def _cannot(shown: Path, what: str) -> UserError:
    """The refusal of a model with ``what`` (a phrase: "separate source and target
    vocabularies")."""
    return UserError(
        translate(
            "marian",
            "{file} is an OPUS-MT model with {what}, which s2s-desktop's Transformer cannot "
            "represent; it cannot be imported.",
        ).format(file=shown, what=what)
    )


def _int(config: dict[str, Any], key: str, shown: Path) -> int:
    value = config.get(key, DEFAULTS[key])
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(
            translate("marian", "{file} has a bad {key} in its config.json: {value!r}.").format(
                file=shown, key=key, value=value
            )
        )
    return value


def architecture(config: dict[str, Any], shown: Path) -> ModelConfig:
    """Our ``ModelConfig`` of a Marian ``config.json``, or UserError for what it cannot be:
    another model type, pre-norm, layer norms or biases Marian's OPUS-MT models lack, separate
    vocabularies, untied embeddings, an activation we do not have."""
    if config.get("model_type") != "marian":
        kind = config.get("model_type", "none")
        raise UserError(
            translate(
                "marian",
                "{file} is not an OPUS-MT (Marian) model (its config.json says model_type "
                "{kind!r}); only Marian models in Hugging Face's layout can be imported.",
            ).format(file=shown, kind=kind)
        )
    for key, usual in _LEGACY.items():
        if key in config and config[key] != usual:
            raise _cannot(shown, f"{key} = {config[key]!r}")
    vocab = _int(config, "vocab_size", shown)
    if config.get("decoder_vocab_size") not in (None, vocab):
        raise _cannot(shown, translate("marian", "separate source and target vocabularies"))
    for key in ("share_encoder_decoder_embeddings", "tie_word_embeddings"):
        if config.get(key, DEFAULTS[key]) is not True:
            raise _cannot(
                shown,
                translate("marian", "{key} = {value!r} (untied embeddings)").format(
                    key=key, value=config.get(key)
                ),
            )
    activation = _ACTIVATIONS.get(str(config.get("activation_function", "gelu")))
    if activation is None:
        raise _cannot(
            shown,
            translate("marian", "the activation {name!r}").format(
                name=config.get("activation_function")
            ),
        )
    dropout = config.get("dropout", DEFAULTS["dropout"])
    if isinstance(dropout, bool) or not isinstance(dropout, (int, float)):
        raise UserError(
            translate("marian", "{file} has a bad {key} in its config.json: {value!r}.").format(
                file=shown, key="dropout", value=dropout
            )
        )
    scaled = config.get("scale_embedding", DEFAULTS["scale_embedding"])
    if not isinstance(scaled, bool):
        raise UserError(
            translate("marian", "{file} has a bad {key} in its config.json: {value!r}.").format(
                file=shown, key="scale_embedding", value=scaled
            )
        )
    # One row more than Marian's where its pad is its decoder's start: our pad and our bos.
    start, pad = (_int(config, key, shown) for key in ("decoder_start_token_id", "pad_token_id"))
    rows = vocab + (start == pad)
    try:
        return ModelConfig.from_dict(
            {
                "src_vocab_size": rows,
                "tgt_vocab_size": rows,
                "hid_dim": _int(config, "d_model", shown),
                "enc_layers": _int(config, "encoder_layers", shown),
                "dec_layers": _int(config, "decoder_layers", shown),
                "enc_heads": _int(config, "encoder_attention_heads", shown),
                "dec_heads": _int(config, "decoder_attention_heads", shown),
                "enc_pf_dim": _int(config, "encoder_ffn_dim", shown),
                "dec_pf_dim": _int(config, "decoder_ffn_dim", shown),
                "enc_dropout": float(dropout),
                "dec_dropout": float(dropout),
                "max_positions": _int(config, "max_position_embeddings", shown),
                "joint_vocab": True,
                "tied_embeddings": True,
                "positions": "sinusoidal",
                "activation": activation,
                "scale_embeddings": scaled,
            }
        )
    except UserError as error:
        raise UserError(
            translate("marian", "{file} cannot be imported: {error}").format(
                file=shown, error=error
            )
        ) from error


@dataclass(frozen=True)
class MarianModel:
    """An OPUS-MT folder, read and checked (its weights not yet loaded).

    Attributes:
        folder: where its files are; ``shown``: the path the user gave (for messages).
        config: its ``config.json``; ``architecture``: ours.
        order: Marian's id of each of our ids (our id i is Marian's ``order[i]``).
        pieces: the piece of each of our ids.
    """

    folder: Path
    shown: Path
    config: dict[str, Any]
    architecture: ModelConfig
    order: list[int]
    pieces: list[str]

    @property
    def vocab_size(self) -> int:
        """Marian's own vocabulary size (its embedding's rows)."""
        return _int(self.config, "vocab_size", self.shown)

    @property
    def name(self) -> str:
        return default_name(self.shown, self.config)

    def languages(self) -> tuple[str, str]:
        """(source, target) language codes from OPUS-MT's name, "?" where it holds none."""
        for text in (str(self.shown), str(self.config.get("_name_or_path", ""))):
            match = _LANGUAGES.search(text)
            if match:
                return match.group(1), match.group(2)
        return "?", "?"


def default_name(shown: Path, config: dict[str, Any]) -> str:
    """A name for the store: OPUS-MT's own (``opus-mt-en-de``) where the path the user gave or
    the config holds one, else the folder's (or zip's)."""
    for text in (str(shown), str(config.get("_name_or_path", ""))):
        match = re.search(r"opus-mt-[A-Za-z0-9_-]+", text)
        if match:
            return match.group(0).rstrip("-_")
    return shown.stem or "opus-mt"


def not_a_model_folder(folder: Path) -> UserError:
    """The refusal of a folder that is no OPUS-MT model's: the files it lacks named where it
    holds some (a download left half done), the pickled-weights refusal where those are all
    its weights."""
    names = {path.name for path in folder.iterdir()}
    missing = [name for name in FILES if name not in names]
    if missing == [WEIGHTS_FILE] and PICKLED_WEIGHTS in names:
        return pickled_only(folder)
    if len(missing) < len(FILES) - (PICKLED_WEIGHTS not in names):
        return UserError(
            translate(
                "marian",
                "{folder} looks like an OPUS-MT model's folder but lacks {missing}: download "
                "them from the model's Hugging Face page into it{weights}.",
            ).format(
                folder=folder,
                missing=", ".join(missing),
                weights=translate("marian", " (model.safetensors: pytorch_model.bin is refused)")
                if WEIGHTS_FILE in missing
                else "",
            )
        )
    return UserError(
        translate(
            "store",
            "{file} is a folder, but not an OPUS-MT model's (config.json, source.spm, "
            "target.spm, vocab.json); give an exported model .zip or such a folder.",
        ).format(file=folder)
    )


def pickled_only(shown: Path) -> UserError:
    """The refusal of a model whose weights are only pickled (``pytorch_model.bin``)."""
    return UserError(
        translate(
            "marian",
            "{file} holds its weights only as {file_name}, which s2s-desktop never opens "
            "(loading it can run code): download model.safetensors from the model's Hugging Face "
            "page (Helsinki-NLP/opus-mt-... has it), or convert with transformers: "
            "MarianMTModel.from_pretrained(folder).save_pretrained(folder, "
            "safe_serialization=True).",
        ).format(file=shown, file_name=PICKLED_WEIGHTS)
    )


def _id_order(vocab: Any, config: dict[str, Any], size: int, shown: Path) -> tuple[list, list]:
    """Our ids in Marian's (``MarianModel.order``) and their pieces, from ``vocab.json``."""
    if not isinstance(vocab, dict) or len(vocab) > size:
        raise UserError(
            translate(
                "marian", "{file} has a vocab.json that does not match its vocab_size ({size})."
            ).format(file=shown, size=size)
        )
    piece_of: dict[int, str] = {}
    for piece, index in vocab.items():
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < size:
            raise UserError(
                translate("marian", "{file} has a bad id in its vocab.json: {index!r}.").format(
                    file=shown, index=index
                )
            )
        piece_of[index] = piece
    if len(piece_of) != len(vocab):
        raise UserError(
            translate(
                "marian", "{file} has a vocab.json that gives two pieces the same id."
            ).format(file=shown)
        )
    for index in set(range(size)) - set(piece_of):  # rows no piece names: never produced
        piece_of[index] = f"<unused{index}>"
    if "<unk>" not in vocab:
        raise UserError(
            translate("marian", "{file} has a vocab.json without <unk>.").format(file=shown)
        )
    pad = _int(config, "pad_token_id", shown)
    eos = _int(config, "eos_token_id", shown)
    start = _int(config, "decoder_start_token_id", shown)
    unk = vocab["<unk>"]
    if not all(0 <= i < size for i in (pad, eos, start)) or len({pad, eos, unk}) < 3:
        raise UserError(
            translate(
                "marian", "{file} has special token ids that do not fit its vocabulary."
            ).format(file=shown)
        )
    if start in (eos, unk):
        raise _cannot(shown, translate("marian", "a decoder start token that is its eos or unk"))
    specials = {PAD_ID: pad, UNK_ID: unk, BOS_ID: start, EOS_ID: eos}
    order = [specials[i] for i in range(len(specials))]
    order += [i for i in range(size) if i not in set(order)]
    pieces = [piece_of[i] for i in order]
    if start == pad:  # our bos: Marian's pad row again, under a name of its own
        pieces[BOS_ID] = next(n for n in ("<s>", "<bos>", "<s2s-bos>") if n not in vocab)
    return order, pieces


def read_marian(folder: Path, shown: Path | None = None) -> MarianModel:
    """Read and check an OPUS-MT folder's config.json and vocab.json (weights: only later)."""
    shown = shown or folder
    if not (folder / WEIGHTS_FILE).is_file():
        if (folder / PICKLED_WEIGHTS).is_file():
            raise pickled_only(shown)
        raise UserError(
            translate("marian", "{file} lacks {file_name}, the OPUS-MT model's weights.").format(
                file=shown, file_name=WEIGHTS_FILE
            )
        )
    for name in FILES:
        if not (folder / name).is_file():
            raise UserError(
                translate(
                    "marian", "{file} is not a complete OPUS-MT model: it lacks {file_name}."
                ).format(file=shown, file_name=name)
            )
    config = _read_json(folder / CONFIG_FILE, shown)
    if not isinstance(config, dict):
        raise UserError(
            translate("marian", "{file} holds a damaged config.json.").format(file=shown)
        )
    ours = architecture(config, shown)
    vocab = _read_json(folder / VOCAB_FILE, shown)
    order, pieces = _id_order(vocab, config, _int(config, "vocab_size", shown), shown)
    return MarianModel(folder, shown, config, ours, order, pieces)


def _marian_shapes(model: MarianModel) -> dict[str, tuple[int, ...]]:
    """The shapes a Marian weights file must hold (names without the ``model.`` prefix)."""
    c = model.architecture
    hid, vocab = c.hid_dim, model.vocab_size
    shapes: dict[str, tuple[int, ...]] = {}

    def attention(prefix: str) -> None:
        for part in ("q_proj", "k_proj", "v_proj", "out_proj"):
            shapes[f"{prefix}.{part}.weight"] = (hid, hid)
            shapes[f"{prefix}.{part}.bias"] = (hid,)

    def block(prefix: str, pf_dim: int, norms: tuple[str, ...]) -> None:
        shapes.update({f"{prefix}.fc1.weight": (pf_dim, hid), f"{prefix}.fc1.bias": (pf_dim,)})
        shapes.update({f"{prefix}.fc2.weight": (hid, pf_dim), f"{prefix}.fc2.bias": (hid,)})
        for norm in norms:
            shapes.update({f"{prefix}.{norm}.weight": (hid,), f"{prefix}.{norm}.bias": (hid,)})

    for i in range(c.enc_layers):
        attention(f"encoder.layers.{i}.self_attn")
        block(f"encoder.layers.{i}", c.enc_pf_dim, ("self_attn_layer_norm", "final_layer_norm"))
    for i in range(c.dec_layers):
        attention(f"decoder.layers.{i}.self_attn")
        attention(f"decoder.layers.{i}.encoder_attn")
        norms = ("self_attn_layer_norm", "encoder_attn_layer_norm", "final_layer_norm")
        block(f"decoder.layers.{i}", c.dec_pf_dim, norms)
    shapes["embeddings"] = (vocab, hid)
    return shapes


# Marian's names -> ours, per layer (after ``encoder.layers.{i}.`` / ``decoder.layers.{i}.``).
_LAYER_NAMES = {
    "self_attn.q_proj": "self_attention.fc_q",
    "self_attn.k_proj": "self_attention.fc_k",
    "self_attn.v_proj": "self_attention.fc_v",
    "self_attn.out_proj": "self_attention.fc_o",
    "encoder_attn.q_proj": "encoder_attention.fc_q",
    "encoder_attn.k_proj": "encoder_attention.fc_k",
    "encoder_attn.v_proj": "encoder_attention.fc_v",
    "encoder_attn.out_proj": "encoder_attention.fc_o",
    "self_attn_layer_norm": "self_attn_layer_norm",
    "encoder_attn_layer_norm": "enc_attn_layer_norm",
    "final_layer_norm": "ff_layer_norm",
    "fc1": "positionwise_feedforward.fc_1",
    "fc2": "positionwise_feedforward.fc_2",
}
_EMBEDDINGS = ("shared.weight", "encoder.embed_tokens.weight", "decoder.embed_tokens.weight")


def our_name(marian_name: str) -> str:
    """``encoder.layers.0.self_attn.q_proj.weight`` -> ``encoder.layers.0.self_attention.fc_q
    .weight`` (names without the ``model.`` prefix)."""
    side, _, index, rest = marian_name.split(".", 3)
    module, _, kind = rest.rpartition(".")
    return f"{side}.layers.{index}.{_LAYER_NAMES[module]}.{kind}"


def convert_weights(model: MarianModel) -> dict[str, torch.Tensor]:
    """Our weights (``Seq2Seq.saved_state``'s names) from the folder's ``model.safetensors``:
    its header checked against the config first, then the tensors read, renamed, the
    embedding rows and logits bias reordered (``MarianModel.order``)."""
    import torch
    from safetensors import SafetensorError, safe_open

    path, shown = model.folder / WEIGHTS_FILE, model.shown
    expected = _marian_shapes(model)
    try:
        with safe_open(str(path), framework="pt") as weights:
            names = {name.removeprefix("model."): name for name in weights.keys()}  # noqa: SIM118
            shapes = {key: tuple(weights.get_slice(n).get_shape()) for key, n in names.items()}
            embedding_keys = [k for k in (*_EMBEDDINGS, "lm_head.weight") if k in names]
            if not embedding_keys:
                raise UserError(
                    translate("marian", "{file} has no token embeddings in {file_name}.").format(
                        file=shown, file_name=WEIGHTS_FILE
                    )
                )
            shapes["embeddings"] = shapes[embedding_keys[0]]
            wrong = [k for k, shape in expected.items() if shapes.get(k) != shape]
            if wrong or any(shapes[k] != expected["embeddings"] for k in embedding_keys):
                raise UserError(
                    translate(
                        "marian",
                        "The weights in {file} do not match its config.json ({weight}); refused.",
                    ).format(file=shown, weight=(wrong or embedding_keys)[0])
                )
            vocab = expected["embeddings"][0]
            bias_shape = shapes.get("final_logits_bias")
            if bias_shape not in (None, (1, vocab)):
                raise UserError(
                    translate(
                        "marian", "The weights in {file} hold a bad final_logits_bias; refused."
                    ).format(file=shown)
                )
            embedding = weights.get_tensor(names[embedding_keys[0]]).float()
            for key in embedding_keys[1:]:
                if not torch.equal(weights.get_tensor(names[key]).float(), embedding):
                    raise _cannot(shown, translate("marian", "an untied {key}").format(key=key))
            state = {
                our_name(key): weights.get_tensor(names[key]).float()
                for key in expected
                if key != "embeddings"
            }
            bias = (
                weights.get_tensor(names["final_logits_bias"]).float()[0]
                if bias_shape
                else torch.zeros(vocab)
            )
    except SafetensorError as error:
        raise UserError(
            translate("marian", "The weights in {file} are damaged or unreadable: {error}.").format(
                file=shown, error=error
            )
        ) from error
    except OSError as error:
        raise UserError(
            translate("marian", "Cannot read the weights in {file}: {error}.").format(
                file=shown, error=error
            )
        ) from error
    order = torch.tensor(model.order)
    state["encoder.tok_embedding.weight"] = embedding[order].contiguous()
    out_bias = bias[order].contiguous()
    out_bias[[PAD_ID, BOS_ID]] = BANNED_BIAS
    state["decoder.fc_out.bias"] = out_bias
    return state


def write_model(
    model: MarianModel, folder: Path, name: str, src: str | None = None, tgt: str | None = None
) -> dict[str, Any]:
    """Write ``model`` into ``folder`` as one of ours (card, weights, tokenizers); returns the
    card. ``src`` and ``tgt`` override the languages read from OPUS-MT's name."""
    from safetensors.torch import save

    from s2s_desktop.engine.tokenizer import Tokenizer, with_pieces

    for spm_file, ours in ((SOURCE_SPM, SOURCE_TOKENIZER), (TARGET_SPM, TARGET_TOKENIZER)):
        data = with_pieces((model.folder / spm_file).read_bytes(), model.pieces)
        Tokenizer(data)  # a damaged sentencepiece model is refused here, in one sentence
        atomic_write_bytes(folder / ours, data)
    atomic_write_bytes(folder / WEIGHTS_FILE, save(convert_weights(model)))
    found_src, found_tgt = model.languages()
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    card = {
        "format": FORMAT_VERSION,
        "app_version": __version__,
        "name": name,
        "src_lang": src or found_src,
        "tgt_lang": tgt or found_tgt,
        "preset": PRESET,
        "origin": ORIGIN,
        "translate_only": False,
        "model": model.architecture.to_dict(),
        "parameters": model.architecture.parameter_count(),
        "tokenizer": {
            "type": "sentencepiece",
            "shared": False,
            "source": SOURCE_TOKENIZER,
            "target": TARGET_TOKENIZER,
        },
        "training": {},
        "metrics": {},
        "imported": {"from": model.name, "marian_vocab_size": model.vocab_size},
        "created": now,
        "updated": now,
    }
    atomic_write_json(folder / CONFIG_FILE, card)
    return card


def opus_mt_size() -> ModelConfig:
    """The architecture of a real OPUS-MT model (``opus-mt-en-de``: 6+6 layers, 512 wide, 8
    heads, feed-forward 2048, 58,101 pieces), as imported: what ``bench --opus-mt`` measures."""
    config = {
        "model_type": "marian",
        "vocab_size": 58101,
        "d_model": 512,
        "encoder_layers": 6,
        "decoder_layers": 6,
        "encoder_attention_heads": 8,
        "decoder_attention_heads": 8,
        "encoder_ffn_dim": 2048,
        "decoder_ffn_dim": 2048,
        "max_position_embeddings": 512,
        "activation_function": "swish",
        "scale_embedding": True,
    }
    return architecture(config, Path("opus-mt-en-de"))
