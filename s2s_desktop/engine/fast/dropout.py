"""Dropout whose random mask is cheap on a CPU.

PyTorch's CPU dropout draws one number per element from a single-threaded Mersenne Twister
(``bernoulli_``), a large share of a small model's training step on a CPU (see
docs/performance.md, "Dropout masks"). Here the mask comes from NumPy's SFC64
generator, 64 random bits per draw cut into eight 8-bit lanes (or four 16-bit ones, see
``MAX_RATE_ERROR``), compared with a threshold and turned into a mask of 0 and 1/(1-p) in the
activations' dtype (or of 0 and 1 where attention applies the scale to a thinner factor);
applying it is one multiply, and the backward pass is one multiply by the same mask. Each
element is dropped with probability p rounded to 1/256 or 1/65536.

The generator is seeded from PyTorch's own for every mask, so ``torch.manual_seed`` makes runs
repeatable as before, and each rank of a distributed run (seeded apart) has its own masks. Other
devices keep ``F.dropout``, whose GPU kernels are already fast.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

# A lane of 8 random bits per element, p rounded to 1/256, where that moves p (and 1 - p) by at
# most this share of itself (0.1 drops 10.16%); other rates (such as 0.01 or 0.999) take 16-bit
# lanes, p rounded to 1/65536. Drawing the random bits is most of a mask's cost, so the narrower
# lane is used wherever it is accurate enough.
MAX_RATE_ERROR = 0.02


def _lane_bits(p: float) -> int:
    dropped = round(p * 256)
    error = abs(dropped / 256 - p)
    return 8 if dropped < 256 and error <= MAX_RATE_ERROR * min(p, 1 - p) else 16


def _lanes(shape: torch.Size | tuple[int, ...], p: float) -> tuple[np.ndarray, int, float]:
    """Random signed lanes (8 or 16 bits, ``_lane_bits``), one per element (flat); the threshold
    at or above which a lane is kept; the scale 1/(1-p') of the kept elements (p' is p rounded
    to the lanes' resolution)."""
    if not 0.0 <= p < 1.0:
        raise ValueError(f"a dropout mask needs a rate in [0, 1), not {p}")
    count = int(np.prod(shape))
    seed = int(torch.randint(0, 2**62, (1,)).item())
    bits = _lane_bits(p)
    span = 1 << bits
    raw = np.random.SFC64(seed).random_raw(-(-count * bits // 64))
    dropped = min(round(p * span), span - 1)
    lanes = raw.view(np.int8 if bits == 8 else np.int16)[:count]
    return lanes, dropped - (span >> 1), span / (span - dropped)


def kept(shape: torch.Size | tuple[int, ...], p: float, dtype: torch.dtype) -> tuple[Tensor, float]:
    """A mask of ``shape`` in ``dtype``: 0 with probability p, else 1 (unscaled); and the kept
    scale.

    In the dtype of the tensor it multiplies: a product with a bool tensor takes PyTorch's
    slower mixed-type path. NumPy compares the lanes and the bools are converted as bytes, each
    faster than torch's own."""
    lanes, threshold, scale = _lanes(shape, p)
    keep = torch.from_numpy(lanes >= threshold).view(torch.uint8)
    return keep.to(dtype).view(shape), scale


def keep_mask(
    shape: torch.Size | tuple[int, ...], p: float, dtype: torch.dtype = torch.float32
) -> Tensor:
    """The same draw as ``kept``, scaled: 0 with probability p, else 1/(1-p') (in ``dtype``).

    A 16-bit float mask is written by NumPy as the dtype's bit patterns (kept lanes times the
    bits of the scale): one pass where converting the bytes and scaling them would be two."""
    if dtype in (torch.bfloat16, torch.float16):
        lanes, threshold, scale = _lanes(shape, p)
        bits = np.int16(torch.tensor(scale, dtype=dtype).view(torch.int16).item())
        pattern = np.multiply((lanes >= threshold).view(np.uint8), bits, dtype=np.int16)
        return torch.from_numpy(pattern).view(dtype).view(shape)
    keep, scale = kept(shape, p, dtype)
    return keep.mul_(scale)


def dropout(x: Tensor, p: float, training: bool) -> Tensor:
    """``F.dropout``, with the cheap mask on the CPU."""
    if not training or p == 0.0:
        return x
    if x.device.type != "cpu" or p >= 1.0:
        return F.dropout(x, p, training=True)
    return x * keep_mask(x.shape, p, x.dtype)


class _DropoutAdd(torch.autograd.Function):
    @staticmethod
    def forward(ctx: Any, x: Tensor, y: Tensor, p: float) -> Tensor:  # type: ignore[override]
        keep = keep_mask(y.shape, p, y.dtype)
        ctx.save_for_backward(keep)
        return torch.addcmul(x, y, keep)

    @staticmethod
    def backward(ctx: Any, grad: Tensor) -> tuple[Tensor | None, ...]:  # type: ignore[override]
        (keep,) = ctx.saved_tensors
        grad_y = grad * keep if ctx.needs_input_grad[1] else None
        return grad, grad_y, None


def dropout_add(x: Tensor, y: Tensor, p: float, training: bool) -> Tensor:
    """``x + dropout(y)``, the residual connection: on the CPU one ``addcmul`` pass, where a
    multiply and an add would be two."""
    if training and 0.0 < p < 1.0 and y.device.type == "cpu":
        return _DropoutAdd.apply(x, y, p)
    return x + dropout(y, p, training)


class Dropout(nn.Module):
    """``nn.Dropout`` with the cheap CPU mask; same name of the probability (``p``)."""

    def __init__(self, p: float) -> None:
        super().__init__()
        self.p = p

    def forward(self, x: Tensor) -> Tensor:
        return dropout(x, self.p, self.training)

    def extra_repr(self) -> str:
        return f"p={self.p}"
