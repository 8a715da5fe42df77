"""``bench --size opus-mt``: a model of a real OPUS-MT model's size, as imported, random weights.

The architecture is ``marian.opus_mt_size()`` (6+6 layers, 512 wide, 8 heads, feed-forward 2048,
58,101 pieces plus our bos row, tied embeddings, swish, sinusoidal positions). The text is the
bench's generated corpus, cut by its 512-piece vocabularies and the ids spread over the whole
58k vocabulary (what a step costs depends on the lengths and the vocabulary's size, not on
which pieces). Figures: training tokens/s (our ``TrainStep`` in the trainer's precision, on
the 4096-token batches fine-tuning an imported model takes) and its MFU against the roof of that
precision, the process's peak memory while training (what a fine-tuning run needs), greedy
milliseconds per short sentence (CTranslate2 int8 where the Translator would use it, and our
decoder).
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from s2s_desktop.bench import roof, training, translation
from s2s_desktop.bench.data import BenchData, prepare_data
from s2s_desktop.engine.batching import Batch, collate, plan_batches
from s2s_desktop.engine.config import EOS_ID
from s2s_desktop.engine.devices import describe_precision, half_precision, resolve_device
from s2s_desktop.engine.marian import opus_mt_size
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.tokenizer import Tokenizer, with_pieces
from s2s_desktop.engine.train_step import TrainStep, make_optimizer

SPECIALS = EOS_ID + 1


@dataclass(frozen=True)
class OpusMtPlan:
    pairs: int
    batch_tokens: int
    warmup: int  # training steps before the clock starts
    steps: int
    latency_repeats: int


FULL = OpusMtPlan(pairs=3000, batch_tokens=4096, warmup=1, steps=4, latency_repeats=10)
QUICK = OpusMtPlan(pairs=600, batch_tokens=512, warmup=1, steps=1, latency_repeats=2)


@dataclass(frozen=True)
class TrainingRate:
    tokens_per_s: float  # real source + target tokens per second
    pairs: np.ndarray  # the indices of the timed pairs, to price their FLOPs
    seconds: float
    precision: torch.dtype | None


def _spread(ids: torch.Tensor, vocab: int) -> torch.Tensor:
    """Piece ids over the whole vocabulary (special ids kept)."""
    return torch.where(ids >= SPECIALS, (ids * 7919) % (vocab - SPECIALS) + SPECIALS, ids)


def _wide(tokenizer: Tokenizer, vocab: int) -> Tokenizer:
    """``tokenizer``'s pieces at their ids, then fillers up to ``vocab``: a tokenizer as big as
    the model's vocabulary (CTranslate2 needs one)."""
    pieces = tokenizer.id_to_piece(list(range(tokenizer.vocab_size)))
    pieces += [f"<filler{i}>" for i in range(len(pieces), vocab)]
    return Tokenizer(with_pieces(tokenizer.proto, pieces))


def training_rate(
    model: Seq2Seq, data: BenchData, plan: OpusMtPlan, device: torch.device
) -> TrainingRate:
    """Real (unpadded) source + target tokens per second of our training step, the pairs
    timed and the precision it ran in."""
    precision = half_precision(device, model.config.hid_dim)
    step = TrainStep(
        model.train(),
        make_optimizer(model, 1e-4),
        label_smoothing=0.1,
        clip_norm=1.0,
        amp_dtype=precision,
    )
    vocab = model.config.tgt_vocab_size
    batches = plan_batches(data.train, plan.batch_tokens, seed=1)[: plan.warmup + plan.steps]
    tokens, seconds, timed = 0, 0.0, []
    for index, indices in enumerate(batches):
        batch = collate(data.train, indices)
        src, tgt = _spread(batch.src, vocab), _spread(batch.tgt, vocab)
        batch = Batch(src, tgt, batch.src_tokens, batch.tgt_tokens).to(device)
        start = time.perf_counter()
        step(batch, 1e-4)
        if device.type == "cuda":
            torch.cuda.synchronize()
        if index >= plan.warmup:
            seconds += time.perf_counter() - start
            tokens += batch.src_tokens + batch.tgt_tokens
            timed.append(indices)
    return TrainingRate(tokens / seconds, np.concatenate(timed), seconds, precision)


def run_opus_mt_bench(
    quick: bool = False, device: str = "auto", progress: Callable[[str], None] = lambda _: None
) -> dict[str, Any]:
    """The figures of ``bench --size opus-mt`` by key, with ``notes``."""
    plan = QUICK if quick else FULL
    chosen = resolve_device(device)
    config = opus_mt_size()
    progress("generating a corpus")
    data = prepare_data(plan.pairs, 200)
    torch.manual_seed(0)
    model = Seq2Seq(config).to(chosen)
    results: dict[str, Any] = {"parameters": model.num_parameters()}
    progress(f"training {plan.warmup + plan.steps} steps of {plan.batch_tokens} tokens")
    rate = training_rate(model, data, plan, chosen)
    results["train_tokens_per_s"] = rate.tokens_per_s
    results["train_peak_rss_mb"] = _peak_rss_mb()
    if chosen.type == "cuda":
        results["train_peak_gpu_mb"] = torch.cuda.max_memory_allocated(chosen) / 2**20
    progress("the FLOPs of those pairs, and the matrix-multiply roofs")
    price = training.flop_pricer(config)
    src, tgt = data.train.lengths("src")[rate.pairs], data.train.lengths("tgt")[rate.pairs]
    flops_per_s = price(src, tgt - 1) / rate.seconds
    for dtype in dict.fromkeys((torch.float32, rate.precision or torch.float32)):
        results[roof.roof_key(dtype)] = roof.matmul_gflops(seconds=2.0, dtype=dtype, device=chosen)
    results["train_mfu"] = roof.mfu(flops_per_s, results, rate.precision)
    results["train_mfu_fp32_roof"] = roof.mfu(flops_per_s, results, None)
    progress("greedy translation")
    model.eval()
    wide = BenchData(
        data.train,
        data.lines,
        data.line_target_pieces,
        _wide(data.source_tokenizer, config.src_vocab_size),
        _wide(data.target_tokenizer, config.tgt_vocab_size),
    )
    repeats = plan.latency_repeats
    ours = translation.latency_ms(model, wide, 1, repeats)
    results["translate_torch_ms_p50"] = statistics.median(ours)
    fast = translation.fast_decoder(model, wide) if chosen.type == "cpu" else None
    if fast is not None:
        results["translate_ms_p50"] = statistics.median(
            translation.latency_ms(model, wide, 1, repeats, fast)
        )
    results["notes"] = {
        "model": "OPUS-MT size (6+6 layers, 512 wide, 8 heads, feed-forward 2048, 58,102 "
        "rows, tied, swish, sinusoidal), random weights",
        "device": str(chosen),
        "torch_threads": torch.get_num_threads(),
        "train_precision": describe_precision(rate.precision),
        "train": f"{plan.steps} steps of {plan.batch_tokens}-token batches after {plan.warmup}",
        "train_mfu": "model FLOPs of the real tokens (torch.utils.flop_counter) per second, "
        f"against the roof of {roof.precision_name(rate.precision)} (the fastest [2048, 2048] "
        "torch.mm); train_mfu_fp32_roof against float32's",
        "train_peak_rss_mb": "the process's peak memory after training (weights, gradients, "
        "Adam's moments, activations): what a fine-tuning run of this size needs",
        "translate": "one short sentence, batch 1, output capped at its reference length; "
        "translate_ms_p50: CTranslate2 int8 (what the Translator uses on a CPU)",
    }
    return results


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def format_opus_mt(results: dict[str, Any]) -> str:
    lines = [f"OPUS-MT size, {results['parameters']:,} parameters, random weights"]
    lines.append(f"  training: {results['train_tokens_per_s']:,.0f} tokens/s")
    lines.append(
        f"  training MFU: {results['train_mfu']:.2f} of its precision's roof "
        f"({results['train_mfu_fp32_roof']:.2f} of float32's)"
    )
    lines.append(f"  training peak memory: {results['train_peak_rss_mb']:,.0f} MB (process RSS)")
    if "train_peak_gpu_mb" in results:
        lines.append(f"  training peak GPU memory: {results['train_peak_gpu_mb']:,.0f} MB")
    lines.append(f"  greedy, our decoder: {results['translate_torch_ms_p50']:.1f} ms per sentence")
    if "translate_ms_p50" in results:
        fast = results["translate_ms_p50"]
        lines.append(f"  greedy, CTranslate2 int8: {fast:.1f} ms per sentence")
    for key, value in results["notes"].items():
        lines.append(f"  {key}: {value}")
    return "\n".join(lines)
