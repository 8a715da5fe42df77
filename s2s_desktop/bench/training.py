"""Training speed: ours against the plain way, and our share of the matrix-multiply roof."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch import Tensor

from s2s_desktop.bench.baseline import PlainStep, sentence_count_batches
from s2s_desktop.bench.flops import pair_flops_model
from s2s_desktop.engine.batching import TokenizedPairs, collate, plan_batches
from s2s_desktop.engine.config import PRESETS, ModelConfig
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.train_step import TrainStep, make_optimizer

BATCH_TOKENS = 4096
CPU = torch.device("cpu")


@dataclass
class Throughput:
    tokens_per_s: float  # real source + target tokens (no padding) per second, fastest pass
    flops_per_s: float  # model FLOPs those real tokens need, per second, fastest pass
    pass_tokens_per_s: list[float]  # each pass's rate, in order: how much the host moved them


def _timed(
    plan: list[np.ndarray],
    run: Callable[[np.ndarray], int],
    warmup: int,
    passes: int,
    finish: Callable[[], None] = lambda: None,
) -> tuple[list[float], list[np.ndarray]]:
    """Run ``run`` on the first ``warmup`` batches, then ``passes`` times over the others; the
    seconds of each pass, and the batches each pass ran. The fastest pass counts (``_rates``).

    The fastest pass, as the roof takes its fastest multiply: every pass runs the same batches,
    so the same shapes (oneDNN's 64-entry caches cannot keep a pass's kernels, so each pass
    compiles them again; only the first grows the heap), and other processes only ever slow a
    pass down. A mean over one pass measures the host's load as much as the code (see
    docs/performance.md, "What moves these figures"). ``finish`` waits for a GPU's queued work
    before the clock is read."""
    for indices in plan[:warmup]:
        run(indices)
    finish()
    timed = plan[warmup:]
    seconds = []
    for _ in range(passes):
        start = time.perf_counter()
        for indices in timed:
            run(indices)
        finish()
        seconds.append(time.perf_counter() - start)
    return seconds, timed


def _rates(
    pairs: TokenizedPairs,
    seconds: list[float],
    batches: list[np.ndarray],
    price: Callable[[np.ndarray, np.ndarray], float],
) -> Throughput:
    """The rates of the fastest of the passes that took ``seconds`` over ``batches``."""
    src_len, tgt_len = pairs.lengths("src"), pairs.lengths("tgt")
    chosen = np.concatenate(batches)
    tokens = int(src_len[chosen].sum() + (tgt_len[chosen] - 1).sum())
    flops = price(src_len[chosen], tgt_len[chosen] - 1)
    fastest = min(seconds)
    return Throughput(tokens / fastest, flops / fastest, [tokens / s for s in seconds])


def flop_pricer(config: ModelConfig) -> Callable[[np.ndarray, np.ndarray], float]:
    """FLOPs of forward + backward of our model, per unpadded pair (see ``bench.flops``)."""
    model = Seq2Seq(config).train()

    def step(src: Tensor, tgt: Tensor) -> None:
        model(src, tgt).float().log_softmax(dim=-1).mean().backward()

    return pair_flops_model(step)


def measure_ours(
    pairs: TokenizedPairs,
    warmup: int,
    steps: int,
    passes: int,
    price: Callable[[np.ndarray, np.ndarray], float],
    amp_dtype: torch.dtype | None = None,
    device: torch.device = CPU,
) -> Throughput:
    """The engine's own training step (``TrainStep``) on length-bucketed 4096-token batches,
    on ``device`` in ``amp_dtype`` mixed precision (None: float32): the fastest of ``passes``
    (``_timed``)."""
    torch.manual_seed(0)
    model = Seq2Seq(PRESETS["tutorial"]).to(device).train()
    runner = TrainStep(
        model,
        make_optimizer(model, 5e-4),
        label_smoothing=0.1,
        clip_norm=1.0,
        amp_dtype=amp_dtype,
        scaler=torch.amp.GradScaler("cuda") if amp_dtype == torch.float16 else None,
    )
    plan = plan_batches(pairs, BATCH_TOKENS, seed=1)[: warmup + steps]

    def run(indices: np.ndarray) -> int:
        runner(collate(pairs, indices).to(device), 5e-4)
        return 0

    seconds, timed = _timed(plan, run, warmup, passes, lambda: synchronize(device))
    return _rates(pairs, seconds, timed, price)


def measure_plain(
    pairs: TokenizedPairs,
    warmup: int,
    steps: int,
    passes: int,
    price: Callable[[np.ndarray, np.ndarray], float],
    device: torch.device = CPU,
) -> Throughput:
    """``torch.nn.Transformer`` on fixed sentence-count batches holding as many real tokens,
    in float32 on ``device``: the fastest of ``passes``, as for ours."""
    torch.manual_seed(0)
    lengths = np.maximum(pairs.lengths("src"), pairs.lengths("tgt"))
    sentences = max(1, round(BATCH_TOKENS / float(lengths.mean())))
    runner = PlainStep(PRESETS["tutorial"], device=device)
    plan = sentence_count_batches(pairs, sentences)[: warmup + steps]
    seconds, timed = _timed(
        plan, lambda indices: runner(pairs, indices), warmup, passes, lambda: synchronize(device)
    )
    return _rates(pairs, seconds, timed, price)


def synchronize(device: torch.device) -> None:
    """Wait for ``device``'s queued work (a GPU's); a CPU has none."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)
