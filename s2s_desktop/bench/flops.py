"""Model FLOPs that real tokens need: counted by ``torch.utils.flop_counter``, never with padding.

The FLOPs of one unpadded sentence pair through forward and backward are a quadratic polynomial
in its source length S and decoder-input length T (linear layers grow with S and T, attention
with S², T² and S·T). ``FlopCounterMode`` counts a handful of single-pair batches; the polynomial
fitted through them (exactly: the counts are integers of that form) then prices every pair a
benchmark trains on, so padding never counts as useful work.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import torch
from torch.utils.flop_counter import FlopCounterMode

_SHAPES = [(s, t) for s, t in itertools.product((5, 17, 40), (4, 19, 33))]


def _terms(src_len: float, tgt_len: float) -> list[float]:
    return [src_len, tgt_len, src_len**2, tgt_len**2, src_len * tgt_len, 1.0]


def count_pair_flops(
    step: Callable[[torch.Tensor, torch.Tensor], None], src_len: int, tgt_len: int
) -> int:
    """FLOPs of ``step(src, tgt_input)`` on one pair of the given lengths (ids are arbitrary)."""
    src = torch.randint(4, 8, (1, src_len))
    tgt = torch.randint(4, 8, (1, tgt_len))
    with FlopCounterMode(display=False) as counter:
        step(src, tgt)
    return int(counter.get_total_flops())


def pair_flops_model(
    step: Callable[[torch.Tensor, torch.Tensor], None],
) -> Callable[[np.ndarray, np.ndarray], float]:
    """A function (source lengths, decoder-input lengths) -> total FLOPs of those pairs."""
    counts = [count_pair_flops(step, s, t) for s, t in _SHAPES]
    design = np.array([_terms(s, t) for s, t in _SHAPES])
    coefficients, *_ = np.linalg.lstsq(design, np.array(counts, dtype=float), rcond=None)
    fitted = design @ coefficients
    if not np.allclose(fitted, counts, rtol=1e-6):
        raise RuntimeError("The FLOP counts are not quadratic in the lengths; cannot price pairs.")

    def total(src_lengths: np.ndarray, tgt_lengths: np.ndarray) -> float:
        s, t = np.asarray(src_lengths, float), np.asarray(tgt_lengths, float)
        return float(sum(c * term for c, term in zip(coefficients, _terms(s, t))).sum())

    return total
