"""The ``auto`` preset: model and training settings sized to the corpus, its scripts, the time
budget and the device, each with the reason it was chosen.

People who bring their own folder do not know NMT hyperparameters; they know how long they can
wait. The rules below follow what low-resource NMT studies and our own measurements found:
small corpora want small vocabularies, a small model and strong dropout; large corpora and long
budgets on a GPU earn a wider, deeper model; a short budget on a CPU wants batches small enough
for a few thousand updates. Nothing here trains: the choice is arithmetic on counts, so the
window can show it the moment a folder is scanned. The measurements behind each constant are in
docs/performance.md, "Auto's choices".
"""

from __future__ import annotations

import itertools
import math
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from s2s_desktop.engine.config import ModelConfig
from s2s_desktop.engine.schedule import WARMUP_MAX_SHARE, WARMUP_MIN_STEPS
from s2s_desktop.engine.wording import translate

if TYPE_CHECKING:
    from s2s_desktop.engine.config import TrainingConfig
    from s2s_desktop.engine.corpus import ScanReport

AUTO = "auto"  # the preset's name

TARGET_UPDATES = 5_000  # updates a budget should allow, when batches can shrink for it
# Updates a larger size must be able to make in the budget (at the smallest batch) to be chosen:
# a smaller model that makes enough updates beats a larger one that makes too few.
MIN_UPDATES = 4_000
SCRIPT_SAMPLE = 2_000  # sentence pairs read to tell the scripts apart
# The model fields that make its size: set by hand on ``auto``, the rest is chosen for them.
SIZE_FIELDS = (
    "hid_dim",
    "enc_layers",
    "dec_layers",
    "enc_heads",
    "dec_heads",
    "enc_pf_dim",
    "dec_pf_dim",
)


@dataclass(frozen=True)
class CorpusFacts:
    """What ``auto`` looks at: the size of the corpus and the scripts of its two sides (and
    whether this machine's CPU trains faster in bfloat16, which sets its expected speed)."""

    train_pairs: int
    src_script: str  # "Latin", "Cyrillic", "Han", ... ("Unknown" without letters)
    tgt_script: str
    mean_chars: float = 100.0  # characters per pair, both sides together
    cpu_bfloat16: bool = False  # ``devices.cpu_bfloat16_speedup`` passes its threshold here

    @property
    def same_script(self) -> bool:
        return self.src_script == self.tgt_script and self.src_script != "Unknown"


@dataclass(frozen=True)
class AutoChoice:
    """The settings ``auto`` picked, and one line per choice saying why."""

    model: ModelConfig
    batch_tokens: int
    learning_rate: float
    label_smoothing: float
    reasons: list[str]

    def applied(
        self,
        training: TrainingConfig,
        given: dict[str, Any],
        model_overrides: dict[str, Any],
    ) -> tuple[ModelConfig, TrainingConfig]:
        """The chosen model and training settings, under what the user set by hand (the
        ``given`` training options and the non-None ``model_overrides`` win). A size set by hand
        belongs in ``choose``'s ``hand_size`` too, so that the rest is chosen for it."""
        model = replace(self.model, **{k: v for k, v in model_overrides.items() if v is not None})
        model.validate()
        chosen = {
            "batch_tokens": self.batch_tokens,
            "learning_rate": self.learning_rate,
            "label_smoothing": self.label_smoothing,
        }
        return model, replace(training, **{k: v for k, v in chosen.items() if k not in given})


def script_of(texts: Iterable[str]) -> str:
    """The writing system most letters of ``texts`` belong to ("Latin", "Cyrillic", "Han"...)."""
    counts: Counter[str] = Counter()
    for text in texts:
        for char in text:
            if char.isalpha():
                counts[_script_of_char(char)] += 1
    if not counts:
        return "Unknown"
    return counts.most_common(1)[0][0]


def _script_of_char(char: str) -> str:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA"):
        return "Han"
    return first.capitalize() if first else "Unknown"


def corpus_facts(train_pairs: int, sample: Iterable[tuple[str, str]]) -> CorpusFacts:
    """Facts from the training-pair count and a sample of pairs (the first few thousand).

    Imports torch and times a matrix product once per process (about 0.1 s): call it off the
    GUI thread.
    """
    from s2s_desktop.engine.devices import CPU_BFLOAT16_MIN_WIDTH, cpu_trains_bfloat16

    pairs = list(sample)[:SCRIPT_SAMPLE]
    chars = sum(len(source) + len(target) for source, target in pairs)
    return CorpusFacts(
        train_pairs,
        script_of(source for source, _ in pairs),
        script_of(target for _, target in pairs),
        chars / len(pairs) if pairs else 100.0,
        cpu_trains_bfloat16(CPU_BFLOAT16_MIN_WIDTH),
    )


def auto_choice(
    report: ScanReport,
    budget_minutes: float | None,
    device: str,
    hand_size: Mapping[str, Any] | None = None,
) -> AutoChoice:
    """``choose`` for a scanned folder and a device choice ("auto", "cpu", ...); reads the
    first pairs of the corpus for its scripts."""
    from s2s_desktop.engine.devices import resolve_device

    return choose(facts_of(report), budget_minutes, resolve_device(device).type, hand_size)


def facts_of(report: ScanReport) -> CorpusFacts:
    """What auto reads of a scanned folder: its size, and the scripts of its first pairs.

    Reads the corpus and times a matrix product (``corpus_facts``): call it off the GUI thread.
    """
    from s2s_desktop.engine.corpus import iter_pairs

    sample = itertools.islice(iter_pairs(report, "train"), SCRIPT_SAMPLE)
    return corpus_facts(report.train_pairs, sample)


@dataclass(frozen=True)
class _Size:
    """One rung of the model ladder, with its training speed (batch tokens per second: padded
    tokens per side, what ``batch_tokens`` counts)."""

    name: str
    hid_dim: int
    layers: int
    heads: int
    pf_dim: int
    # Batch tokens per second per core in float32, as whole runs reach them on a 2-core CPU with
    # a 3 k vocabulary, evaluations included: kernel-only rates are higher and misled the choice.
    cpu_speed_per_core: float
    cpu_bfloat16_gain: float  # how much faster bfloat16 trains it, where the CPU has it
    # The share of a token's CPU training time that grows with the vocabulary (the output layer,
    # its loss and the embeddings), at 3 k pieces: about the share of its FLOPs.
    cpu_vocabulary_share: float
    gpu_speed: float
    learning_rate: float  # peak, for a schedule that decays to zero

    def dims(self) -> dict[str, int]:
        """The size as ModelConfig fields (``SIZE_FIELDS``)."""
        return {
            "hid_dim": self.hid_dim,
            "enc_layers": self.layers,
            "dec_layers": self.layers,
            "enc_heads": self.heads,
            "dec_heads": self.heads,
            "enc_pf_dim": self.pf_dim,
            "dec_pf_dim": self.pf_dim,
        }

    def cpu_cost(self, vocabulary: int) -> float:
        """A token's CPU training time with ``vocabulary`` pieces, relative to that with the
        3 k pieces ``cpu_speed_per_core`` was measured with."""
        share = self.cpu_vocabulary_share
        return 1.0 - share + share * vocabulary / SPEED_VOCABULARY


SPEED_VOCABULARY = 3_000  # pieces per language (shared) the CPU speeds were measured with
SIZES = (
    _Size("small", 128, 2, 4, 512, 6_900, 1.0, 0.26, 400_000, 2e-3),
    _Size("medium", 256, 3, 4, 1024, 1_480, 1.47, 0.12, 150_000, 1e-3),
    _Size("large", 512, 6, 8, 2048, 260, 1.6, 0.035, 50_000, 5e-4),
)


def _nearest_size(hid_dim: int) -> _Size:
    """The widest size no wider than ``hid_dim`` (the smallest for narrower models): the one
    whose measured speed and learning rate a model of that width is judged by."""
    fitting = [size for size in SIZES if size.hid_dim <= hid_dim]
    return fitting[-1] if fitting else SIZES[0]


def peak_learning_rate(hid_dim: int) -> float:
    """The peak learning rate for a model ``hid_dim`` wide: that of the widest size no wider."""
    return _nearest_size(hid_dim).learning_rate


# Training speed follows a size's multiply-adds to this power, not to the first: larger
# matrices keep the cores busier.
SIZE_SPEED_EXPONENT = 0.75


def _multiply_adds(dims: Mapping[str, int], vocabulary: int) -> int:
    """Multiply-adds of the layers' weights for one source and one target token (attention
    scores, which depend on the sentence length, left out): what makes sizes differ in speed."""
    width = dims["hid_dim"]
    encoder = dims["enc_layers"] * (4 * width * width + 2 * width * dims["enc_pf_dim"])
    decoder = dims["dec_layers"] * (8 * width * width + 2 * width * dims["dec_pf_dim"])
    return encoder + decoder + width * vocabulary


# Passes over the data (in batch tokens, as ``pair_batch_tokens`` prices a pair) that the rules
# below key on.
MIN_EPOCHS = 14  # passes over a corpus of up to 100 k pairs a size must make in the budget
STRONG_REGULARISATION_PASSES = 68  # dropout 0.3, smoothing 0.2 from here (small corpora)
SOME_REGULARISATION_PASSES = 17  # dropout 0.2 from here
# More dropout only where the budget lets each weight see this many training tokens (batch
# tokens): a model still learning is only slowed by more dropout, however many passes it makes.
REGULARISATION_TOKENS_PER_WEIGHT = 1.5
CHARS_PER_PIECE = 3.5  # sentencepiece pieces of a 2-8 k vocabulary, measured on European text
PIECE_SIGHTINGS = 30  # the average sightings per piece below which a smaller vocabulary is taken
SMALLEST_VOCABULARY = 250  # per language: room for an alphabet and its commonest pieces
# Scripts of thousands of characters: a vocabulary must hold each one, however little text.
LARGE_ALPHABETS = frozenset({"Han", "Hangul", "Yi"})
# A pair's batch tokens (padded, per side) over the pieces of its average side with BOS and EOS:
# the longer side and the padding of a length-bucketed batch, as measured on the sample corpus.
LONGER_SIDE_AND_PADDING = 1.18


def pair_batch_tokens(mean_chars: float) -> float:
    """Batch tokens a pair of ``mean_chars`` characters (both sides together) takes up: what a
    pass over the data costs, in the units of the sizes' speeds."""
    return (mean_chars / 2 / CHARS_PER_PIECE + 2) * LONGER_SIDE_AND_PADDING


def choose(
    facts: CorpusFacts,
    budget_minutes: float | None,
    device: str,
    hand_size: Mapping[str, Any] | None = None,
) -> AutoChoice:
    """Settings for training on ``facts`` for ``budget_minutes`` (None: no budget) on
    ``device`` ("cpu", "cuda" or "mps").

    The model is the largest that still passes over the corpus often enough in the budget at
    its expected speed (``MIN_EPOCHS`` times for up to 100 k pairs, fewer for larger corpora,
    whose every pass teaches more) and makes ``MIN_UPDATES`` updates: on a CPU with little time
    a small model that learns the data beats a large one that barely starts to.

    ``hand_size`` holds the ``SIZE_FIELDS`` the user set by hand (other model fields and None
    values are ignored): the model has them, and its dropout, batch and learning rate are
    chosen for it, from the passes and updates it makes in the budget at its expected speed
    (judged from the nearest size's measured one, with auto's vocabulary even where the user
    sets another).
    """
    hand = {
        key: int(value)
        for key, value in (hand_size or {}).items()
        if key in SIZE_FIELDS and value is not None
    }
    pairs = facts.train_pairs
    gpu = device in ("cuda", "mps")
    reasons: list[str] = []

    large = {facts.src_script, facts.tgt_script} & LARGE_ALPHABETS
    vocabulary, why = _vocabulary(pairs, gpu, 0 if large else facts.mean_chars)
    shared = facts.same_script
    if shared:
        vocabulary = _rounded(vocabulary * 1.5)  # two languages' pieces in one
        reasons.append(
            translate(
                "auto",
                "Vocabulary: one shared vocabulary of {vocabulary:,} pieces: both languages are "
                "written in {script} script, so names and numbers share pieces ({why}).",
            ).format(vocabulary=vocabulary, script=facts.src_script, why=why)
        )
    else:
        reasons.append(
            translate(
                "auto",
                "Vocabulary: {vocabulary:,} pieces per language ({src_script} and "
                "{tgt_script} scripts share little; {why}).",
            ).format(
                vocabulary=vocabulary,
                src_script=facts.src_script,
                tgt_script=facts.tgt_script,
                why=why,
            )
        )

    epoch_tokens = max(1.0, pairs * pair_batch_tokens(facts.mean_chars))
    cores = max(1, os.cpu_count() or 1)

    def speed(size: _Size, dims: Mapping[str, int] | None = None) -> float:
        """Expected batch tokens per second of ``size``, or of a model of ``dims`` judged by
        it."""
        if gpu:
            rate = size.gpu_speed
        else:
            gain = size.cpu_bfloat16_gain if facts.cpu_bfloat16 else 1.0
            rate = size.cpu_speed_per_core * cores * gain / size.cpu_cost(vocabulary)
        if dims is None:
            return rate
        ratio = _multiply_adds(size.dims(), vocabulary) / _multiply_adds(dims, vocabulary)
        return rate * ratio**SIZE_SPEED_EXPONENT

    def epochs_in_budget(size: _Size) -> float:
        return (
            float("inf")
            if budget_minutes is None
            else budget_minutes * 60 * speed(size) / epoch_tokens
        )

    low, high = (8_192, 32_768) if gpu else (2_048, 8_192)

    def updates_in_budget(size: _Size) -> float:
        return float("inf") if budget_minutes is None else budget_minutes * 60 * speed(size) / low

    if budget_minutes is None:  # no deadline: sized by the data alone
        size = SIZES[2] if gpu and pairs >= 200_000 else SIZES[1]
    else:
        passes = max(1.0, min(MIN_EPOCHS, MIN_EPOCHS * math.sqrt(100_000 / max(pairs, 1))))
        fitting = [
            size
            for size in SIZES
            if epochs_in_budget(size) >= passes and updates_in_budget(size) >= MIN_UPDATES
        ]
        size = fitting[-1] if fitting else SIZES[0]
        if size is SIZES[2] and pairs < 200_000:
            size = SIZES[1]  # a large model overfits a small corpus, whatever the time
    dims = size.dims()
    budget_words = _budget_words(budget_minutes)
    own_words = _size_words(dims)
    by_hand = any(dims[field] != value for field, value in hand.items())
    if by_hand:
        dims = {**dims, **hand}
        size = _nearest_size(dims["hid_dim"])
        rate = speed(size, dims)
    else:
        rate = speed(size)
    epochs = float("inf") if budget_minutes is None else budget_minutes * 60 * rate / epoch_tokens
    passes = "" if budget_minutes is None else _passes_words(epochs)
    if by_hand:
        if budget_minutes is None:
            model_words = translate(
                "auto",
                "Model: {size}, set by hand (auto would choose {auto_size} for {pairs:,} pairs).",
            )
        else:
            model_words = translate(
                "auto",
                "Model: {size}, set by hand: {passes} in {budget} (auto would choose {auto_size} "
                "for {pairs:,} pairs).",
            )
    elif gpu:
        if budget_minutes is None:
            model_words = translate(
                "auto",
                "Model: {auto_size}: the largest that a GPU trains well in {budget} on "
                "{pairs:,} pairs.",
            )
        else:
            model_words = translate(
                "auto",
                "Model: {auto_size}: the largest that a GPU trains well in {budget} on "
                "{pairs:,} pairs, {passes}.",
            )
    elif budget_minutes is None:
        model_words = translate(
            "auto",
            "Model: {auto_size}: the largest that this CPU trains well in {budget} on "
            "{pairs:,} pairs.",
        )
    else:
        model_words = translate(
            "auto",
            "Model: {auto_size}: the largest that this CPU trains well in {budget} on "
            "{pairs:,} pairs, {passes}.",
        )
    reasons.append(
        model_words.format(
            size=_size_words(dims),
            auto_size=own_words,
            passes=passes,
            budget=budget_words,
            pairs=pairs,
        )
    )

    sized = replace(
        ModelConfig(),
        src_vocab_size=vocabulary,
        tgt_vocab_size=vocabulary,
        shared_vocab=shared,
        **dims,
    )
    weights = sized.parameter_count()
    per_weight = float("inf") if budget_minutes is None else budget_minutes * 60 * rate / weights
    if pairs < 20_000 and epochs >= STRONG_REGULARISATION_PASSES:
        dropout, smoothing = 0.3, 0.2
        dropout_words = translate(
            "auto",
            "Dropout {dropout}, label smoothing {smoothing}: many passes over a small corpus: "
            "strong regularisation against memorising.",
        )
    elif pairs < 200_000 and epochs >= SOME_REGULARISATION_PASSES:
        dropout, smoothing = 0.2, 0.1
        dropout_words = translate(
            "auto",
            "Dropout {dropout}, label smoothing {smoothing}: several passes over the data: some "
            "regularisation.",
        )
    else:
        dropout, smoothing = 0.1, 0.1
        dropout_words = translate(
            "auto",
            "Dropout {dropout}, label smoothing {smoothing}: few passes over the data leave "
            "little to memorise.",
        )
    if dropout > 0.1 and per_weight < REGULARISATION_TOKENS_PER_WEIGHT:
        dropout, smoothing = 0.1, 0.1
        dropout_words = translate(
            "auto",
            "Dropout {dropout}, label smoothing {smoothing}: {passes}, but its {weights:.1f} M "
            "weights see only about {per_weight:.1f} training tokens each: a model still "
            "learning, which more dropout would only slow.",
        )
    reasons.append(
        dropout_words.format(
            dropout=dropout,
            smoothing=smoothing,
            passes=passes,
            weights=weights / 1e6,
            per_weight=per_weight,
        )
    )

    if budget_minutes is None:
        batch = high // 2
        reasons.append(
            translate(
                "auto", "Batch: {batch:,} tokens, a steady size for a run without a deadline."
            ).format(batch=batch)
        )
    else:
        total = budget_minutes * 60 * rate
        batch = int(min(high, max(low, 2 ** math.floor(math.log2(max(total / TARGET_UPDATES, 1))))))
        reasons.append(
            translate(
                "auto",
                "Batch: {batch:,} tokens, about {updates:,.0f} updates in {budget} at the "
                "expected speed.",
            ).format(batch=batch, updates=total / batch, budget=_budget_words(budget_minutes))
        )
    learning_rate = size.learning_rate
    if budget_minutes:
        reasons.append(
            translate(
                "auto",
                "Learning rate: peak {learning_rate:g}, warmed up over {warmup:,} updates (faster "
                "in a run of fewer than {short_run:,}), then decaying to zero at the deadline.",
            ).format(
                learning_rate=learning_rate,
                warmup=WARMUP_MIN_STEPS,
                short_run=round(WARMUP_MIN_STEPS / WARMUP_MAX_SHARE),
            )
        )
    else:
        reasons.append(
            translate(
                "auto",
                "Learning rate: peak {learning_rate:g}, warmed up, then falling with the "
                "inverse square root of the step.",
            ).format(learning_rate=learning_rate)
        )

    model = replace(sized, enc_dropout=dropout, dec_dropout=dropout)
    return AutoChoice(model, batch, learning_rate, smoothing, reasons)


def _vocabulary(pairs: int, gpu: bool, mean_chars: float) -> tuple[int, str]:
    """Pieces per language for a corpus of ``pairs`` (of ``mean_chars`` characters; 0: do not
    shrink it for little text): each piece must be seen often enough to be learned, so the
    vocabulary grows with the data; on a CPU the output layer's cost (width times vocabulary
    per token) caps it at 8,000."""
    tiers = ((10_000, 2_000), (50_000, 4_000), (200_000, 8_000), (1_000_000, 16_000))
    size = next((size for limit, size in tiers if pairs < limit), 24_000)
    # Below the smallest tier's text, fewer pieces: ones seen a few times are not learned.
    learnable = pairs * mean_chars / 2 / CHARS_PER_PIECE / PIECE_SIGHTINGS
    if mean_chars and learnable < tiers[0][1]:
        return max(SMALLEST_VOCABULARY, int(learnable) // 250 * 250), translate(
            "auto",
            "{pairs:,} pairs are few: a small vocabulary, so that each piece is still seen "
            "often enough to be learned",
        ).format(pairs=pairs)
    if not gpu and size > 8_000:
        return 8_000, translate(
            "auto", "{pairs:,} pairs would support more, but a CPU pays for each piece"
        ).format(pairs=pairs)
    return size, translate(
        "auto", "{pairs:,} pairs: each piece is seen often enough to be learned"
    ).format(pairs=pairs)


def _rounded(vocabulary: float) -> int:
    """A vocabulary size in round thousands, or in 250s below 2,000."""
    step = 1000 if vocabulary >= 2000 else 250
    return max(step, int(round(vocabulary / step)) * step)


def _passes_words(epochs: float) -> str:
    """ "about 34 passes over the data", or "about 12% of one pass over the data"."""
    if epochs < 0.95:
        return translate("auto", "about {share:.0%} of one pass over the data").format(
            share=max(epochs, 0.01)
        )
    if round(epochs) == 1:
        return translate("auto", "about {passes:,.0f} pass over the data").format(passes=epochs)
    return translate("auto", "about {passes:,.0f} passes over the data").format(passes=epochs)


def _size_words(dims: Mapping[str, int]) -> str:
    """ "256 wide, 3 + 3 layers, 8 heads, feed-forward 512" (encoder + decoder where they
    differ)."""

    def both(encoder: int, decoder: int) -> str:
        return f"{encoder}" if encoder == decoder else f"{encoder} + {decoder}"

    return translate(
        "auto",
        "{width} wide, {enc_layers} + {dec_layers} layers, {heads} heads, feed-forward "
        "{feed_forward}",
    ).format(
        width=dims["hid_dim"],
        enc_layers=dims["enc_layers"],
        dec_layers=dims["dec_layers"],
        heads=both(dims["enc_heads"], dims["dec_heads"]),
        feed_forward=both(dims["enc_pf_dim"], dims["dec_pf_dim"]),
    )


def _budget_words(minutes: float | None) -> str:
    if minutes is None:
        return translate("auto", "an open-ended run")
    if minutes >= 120:
        return translate("auto", "{hours:.3g} hours").format(hours=minutes / 60)
    if minutes < 2:
        return translate("auto", "{seconds:.0f} seconds").format(seconds=minutes * 60)
    return translate("auto", "{minutes:.3g} minutes").format(minutes=minutes)
