"""Fine-tuning: a new model that starts from a stored one, its base, and learns a new folder.

The new model takes the base's architecture, vocabularies and weights; the base is only read,
never changed. Its schedule suits weights that already know the languages: a short warm-up and
a lower peak than from scratch, so the first updates adapt what the base knows rather than wash
it out. What it forgets is measured, not hidden: when the base's validation set is still in its
model folder, the end of the run scores both models on it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s2s_desktop.engine.atomic_files import atomic_write_bytes
from s2s_desktop.engine.auto import peak_learning_rate
from s2s_desktop.engine.config import UNK_ID, ModelConfig, RunSettings, TrainingConfig, flag
from s2s_desktop.engine.corpus import ScanReport, iter_pairs, scan_folder
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.model_files import (
    SHARED_TOKENIZER,
    SOURCE_TOKENIZER,
    TARGET_TOKENIZER,
    TRAINING_DIR,
    VALID_FILE,
    WEIGHTS_FILE,
    ModelCard,
    check_weights_match,
    load_run_settings,
    load_weights,
    read_card,
    read_jsonl,
)
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.tokenizer import Tokenizer
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:  # torch: only a run that loads weights imports it
    from s2s_desktop.engine.model import Seq2Seq

# The peak learning rate of a fine-tuning run, as a share of the base's own peak (or, where its
# card does not say, of the peak its width trains with from scratch; see docs/quality.md,
# "Fine-tuning").
RATE_SHARE = 0.5
WARMUP_STEPS = 100  # a short rise: the weights are trained, only Adam's moments are new
# What a fine-tuning run may change of the base's model: how much it drops out, not its shape.
CHANGEABLE = ("enc_dropout", "dec_dropout")
# Pieces the base's vocabulary does not know, over the new folder's text: above the first a
# warning, above the second a refusal (another language or script than the base's).
UNKNOWN_WARN = 0.01
UNKNOWN_REFUSE = 0.2
COVERAGE_SAMPLE = 2000  # pairs read to measure it


@dataclass(frozen=True)
class Base:
    """A stored model a run starts from: its name, folder, card and architecture."""

    name: str
    folder: Path
    card: ModelCard
    architecture: ModelConfig

    @property
    def tokenizer_files(self) -> tuple[str, ...]:
        if self.architecture.shared_vocab:
            return (SHARED_TOKENIZER,)
        return (SOURCE_TOKENIZER, TARGET_TOKENIZER)


def open_base(store: ModelStore, name: str) -> Base:
    """The stored model ``name`` as a base; UserError when it cannot be one."""
    folder = store.path(name)
    card = read_card(folder)
    if card is None:
        store.info(name)  # says why: no such model, an unfinished run, a damaged card
        raise UserError(
            translate(
                "fine_tune", "Model {name!r} cannot be read; choose another model to start from."
            ).format(name=name)
        )
    if card.translate_only:
        raise UserError(
            translate(
                "fine_tune",
                "{name!r} is a translate-only model (imported from {origin}) and cannot be "
                "fine-tuned; start from one of your own models or an imported OPUS-MT model.",
            ).format(name=name, origin=card.origin)
        )
    try:
        architecture = ModelConfig.from_dict(dict(card.architecture))
    except UserError as error:
        raise UserError(
            translate("fine_tune", "Cannot start from {name!r}: {error}").format(
                name=name, error=error
            )
        ) from error
    base = Base(name, folder, card, architecture)
    missing = [file for file in base.tokenizer_files if not (folder / file).is_file()]
    if missing:
        raise UserError(
            translate(
                "fine_tune",
                "Cannot start from {name!r}: its folder lacks {files}; import the model again.",
            ).format(name=name, files=", ".join(missing))
        )
    return base


def tuned_name(store: ModelStore, base: str) -> str:
    """The name a model fine-tuned from ``base`` gets unless the user gives one."""
    return store.free_name(f"{base[:74]}-tuned")


def check_pair(base: Base, src: str, tgt: str, folder: str | Path) -> None:
    """Refuse a folder whose language pair is not the base's, in one sentence."""
    if (src, tgt) != (base.card.src_lang, base.card.tgt_lang):
        raise UserError(
            translate(
                "fine_tune",
                "{base!r} translates {base_src} → {base_tgt}, but the run would train {src} → "
                "{tgt} on {folder}; start from a model of that pair, or train a new model "
                "without a base.",
            ).format(
                base=base.name,
                base_src=base.card.src_lang,
                base_tgt=base.card.tgt_lang,
                src=src,
                tgt=tgt,
                folder=folder,
            )
        )


def fixed_architecture(base: Base, hand: Mapping[str, Any]) -> ModelConfig:
    """The base's architecture, with only the dropout changed where set by hand; any other
    field set to another value than the base's is refused, naming each."""
    changed = []
    change = translate("fine_tune", "{option} is {kept}, not {wanted}")
    for model_field in fields(ModelConfig):
        name = model_field.name
        kept = getattr(base.architecture, name)
        if name in hand and name not in CHANGEABLE and hand[name] != kept:
            changed.append(change.format(option=flag(name), kept=kept, wanted=hand[name]))
    if changed:
        raise UserError(
            translate(
                "fine_tune",
                "A fine-tuned model keeps the architecture and vocabularies of {base!r}, whose "
                "{changes}: leave those out, or train a new model without a base.",
            ).format(base=base.name, changes="; ".join(changed))
        )
    return replace(base.architecture, **{k: v for k, v in hand.items() if k in CHANGEABLE})


def training_for(
    base: Base, given: Mapping[str, Any], budget_minutes: float | None
) -> tuple[TrainingConfig, list[str]]:
    """A fine-tuning run's training settings (what the user set wins), and why each was chosen.

    The batch size and label smoothing are the base's own; the peak learning rate is
    ``RATE_SHARE`` of the base's, reached after ``WARMUP_STEPS``."""
    trained = base.card.data.get("training")
    trained = trained if isinstance(trained, Mapping) else {}
    base_peak = base.card.learning_rate or peak_learning_rate(base.architecture.hid_dim)
    peak = base_peak * RATE_SHARE
    chosen: dict[str, Any] = {"learning_rate": float(f"{peak:.2g}"), "warmup_steps": WARMUP_STEPS}
    for name in ("batch_tokens", "label_smoothing"):
        value = trained.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            chosen[name] = type(getattr(TrainingConfig, name))(value)
    training = replace(TrainingConfig(), **{**chosen, **given})
    training.validate()
    reasons = [
        translate(
            "fine_tune",
            "Fine-tuning {base!r} ({src} → {tgt}): its architecture, vocabularies and weights "
            "are the starting point; it stays unchanged.",
        ).format(base=base.name, src=base.card.src_lang, tgt=base.card.tgt_lang),
    ]
    if "learning_rate" not in given or "warmup_steps" not in given:
        if budget_minutes:
            rate_words = translate(
                "fine_tune",
                "Learning rate: peak {learning_rate:g} ({share:g} of the base's {base_peak:g}), "
                "warmed up over {warmup} updates, decaying to zero at the deadline: the weights "
                "already know the languages, and a high rate would wash that out.",
            )
        else:
            rate_words = translate(
                "fine_tune",
                "Learning rate: peak {learning_rate:g} ({share:g} of the base's {base_peak:g}), "
                "warmed up over {warmup} updates (a tenth of a shorter run), then falling slowly: "
                "the weights already know the languages, and a high rate would wash that out.",
            )
        reasons.append(
            rate_words.format(
                learning_rate=training.learning_rate,
                share=RATE_SHARE,
                base_peak=base_peak,
                warmup=training.warmup_steps,
            )
        )
    if "batch_tokens" in chosen and "batch_tokens" not in given:
        reasons.append(
            translate("fine_tune", "Batch: {batch:,} tokens, as the base was trained.").format(
                batch=training.batch_tokens
            )
        )
    return training, reasons


def stored_base(store: ModelStore, name: str) -> Base:
    """The base of a run that needs it again (a resume before its first checkpoint)."""
    if not store.exists(name):
        raise UserError(
            translate(
                "fine_tune",
                "This run starts from {name!r}, which is no longer stored under that name; "
                "rename it back, or delete this run and start a new one.",
            ).format(name=name)
        )
    return open_base(store, name)


def load_base_weights(store: ModelStore, name: str, model: Seq2Seq) -> None:
    """Put the weights of the base ``name`` into ``model`` (checked against its shapes)."""
    base = stored_base(store, name)
    path = base.folder / WEIGHTS_FILE
    check_weights_match(path, model.config.to_dict(), base.folder)
    load_weights(model, path)


def ensure_tokenizers(store: ModelStore, settings: RunSettings, folder: Path) -> None:
    """Put the tokenizers of the run's base in its folder (a fine-tuned model keeps them),
    unless all are there already: a run killed while copying them copies them again, and
    never learns new ones for the base's weights."""
    shared = settings.model.shared_vocab
    files = (SHARED_TOKENIZER,) if shared else (SOURCE_TOKENIZER, TARGET_TOKENIZER)
    if all((folder / file).is_file() for file in files):
        return
    base = stored_base(store, settings.base or "")
    for file in base.tokenizer_files:
        atomic_write_bytes(folder / file, (base.folder / file).read_bytes())


def unknown_share(source: Tokenizer, target: Tokenizer, pairs: Iterable[tuple[str, str]]) -> float:
    """The share of pieces the tokenizers cannot represent (unknown) in ``pairs``: how badly a
    base's vocabularies fit a new folder's text."""
    unknown = total = 0
    for src, tgt in pairs:
        for tokenizer, text in ((source, src), (target, tgt)):
            ids = tokenizer.encode([text])[0]
            unknown += sum(1 for piece in ids if piece == UNK_ID)
            total += len(ids)
    return unknown / total if total else 0.0


def check_coverage(
    base_name: str,
    source: Tokenizer,
    target: Tokenizer,
    report: ScanReport,
    say: Callable[[str], None],
) -> None:
    """Refuse text the base's vocabularies cannot write (UserError); ``say`` a warning when
    they miss some of it."""
    sample = (pair for _, pair in zip(range(COVERAGE_SAMPLE), iter_pairs(report, "train")))
    share = unknown_share(source, target, sample)
    if share > UNKNOWN_REFUSE:
        raise UserError(
            translate(
                "fine_tune",
                "{share:.0%} of the pieces in {folder} are unknown to the vocabularies of "
                "{base!r}: its text is in another language or script than the base's; start "
                "from a model of that language pair, or train a new model without a base.",
            ).format(share=share, folder=report.folder, base=base_name)
        )
    if share > UNKNOWN_WARN:
        say(
            translate(
                "fine_tune",
                "{share:.1%} of the pieces in the new text are unknown to the base's "
                "vocabularies (characters it never saw); the model cannot learn to write those",
            ).format(share=share)
        )


# ---------------------------------------------------------------------- the base's data


def base_data(base: Base) -> dict[str, Any] | None:
    """Where the base's training data was, as a run records it (folder, languages, scan
    options), or None when the base has no run of ours (an imported model)."""
    try:
        settings = load_run_settings(base.folder)
    except UserError:
        return None
    return {
        "folder": settings.folder,
        "src": settings.src,
        "tgt": settings.tgt,
        "max_chars": settings.training.max_chars,
        "encoding": settings.training.encoding,
    }


def scan_base_data(data: Mapping[str, Any]) -> ScanReport:
    """The base's training folder scanned as its run scanned it."""
    return scan_folder(
        data["folder"],
        data["src"],
        data["tgt"],
        max_chars=int(data["max_chars"]),
        encoding=str(data["encoding"]),
    )


def mixed_pairs(
    settings: RunSettings, new_pairs: int, say: Callable[[str], None]
) -> list[tuple[str, str]]:
    """The pairs of the base's training data a run mixes in against forgetting (``mix_base``):
    so many that they make that share of the training pairs beside ``new_pairs`` new ones (all
    of the base's data at most), chosen by the run's seed, in their files' order."""
    share, data = settings.training.mix_base, settings.base_data
    if not share or not data:
        return []
    report = scan_base_data(data)
    wanted = min(report.train_pairs, round(new_pairs * share / (1 - share)))
    chosen = set(random.Random(settings.training.seed).sample(range(report.train_pairs), wanted))
    # Not the sentences the base is scored on: they would flatter what it kept.
    held_out = {src for src, _ in iter_pairs(report, "valid")}
    pairs = [
        pair
        for i, pair in enumerate(iter_pairs(report, "train"))
        if i in chosen and pair[0] not in held_out
    ]
    say(
        translate(
            "fine_tune", "Mixing in {pairs:,} pairs of the base's training data ({share:.0%})"
        ).format(pairs=len(pairs), share=share)
    )
    return pairs


def held_out_pairs(folder: Path, limit: int) -> list[tuple[str, str]] | None:
    """A model's own validation pairs (up to ``limit``): the file its run kept in the model
    folder, else its run's data folder scanned again; None when neither is there."""
    path = folder / TRAINING_DIR / VALID_FILE
    if path.is_file():
        return list(_read_pairs(path, limit))
    run = base_data(Base(folder.name, folder, ModelCard(folder.name), ModelConfig()))
    if run is None:
        return None
    try:
        report = scan_base_data(run)
    except UserError:
        return None  # the data moved or was deleted: nothing to measure against
    return [pair for _, pair in zip(range(limit), iter_pairs(report, "valid"))]


def keep_held_out(folder: Path, pairs: list[tuple[str, str]]) -> None:
    """Keep a run's validation pairs in its model folder (not exported with the model), so
    that a model fine-tuned from it can measure what it forgot; once, when it starts."""
    if (folder / TRAINING_DIR / VALID_FILE).exists():
        return
    lines = (json.dumps({"src": src, "tgt": tgt}, ensure_ascii=False) + "\n" for src, tgt in pairs)
    text = "".join(lines)
    atomic_write_bytes(folder / TRAINING_DIR / VALID_FILE, text.encode("utf-8"))


def _read_pairs(path: Path, limit: int) -> Iterator[tuple[str, str]]:
    for _, record in zip(range(limit), read_jsonl(path)):
        if isinstance(record.get("src"), str) and isinstance(record.get("tgt"), str):
            yield record["src"], record["tgt"]


def base_record(store: ModelStore, name: str, folder: Path) -> dict[str, Any]:
    """What the card of the model in ``folder``, fine-tuned from ``name``, records of its base:
    its name and card (from the card written before when the base is gone)."""
    card = read_card(store.path(name))
    if card is not None:
        return {"base": name, "base_card": dict(card.data)}
    own = read_card(folder)
    previous = own.lineage.get("base_card") if own is not None else None
    return {"base": name, **({"base_card": previous} if isinstance(previous, Mapping) else {})}
