"""Dropout whose random mask is cheap on a CPU.

PyTorch's CPU dropout draws one number per element from a single-threaded Mersenne Twister
(``bernoulli_``): on a 2-core machine that took a third of the tutorial preset's training step,
more than all its matrix multiplies but one kind. Here the mask comes from NumPy's SFC64
generator, 64 random bits per draw cut into four 16-bit lanes, turned into a float mask of 0 and
1/(1-p) with three vectorised tensor operations (or kept as a bool mask where a backward pass
saves it, as attention's does); applying it is one multiply, and the backward
pass is one multiply by the same mask. Each element is dropped with probability p rounded to
1/65536.

The generator is seeded from PyTorch's own for every mask, so ``torch.manual_seed`` makes runs
repeatable as before, and each rank of a distributed run (seeded apart) has its own masks. Other
devices keep ``F.dropout``, whose GPU kernels are already fast.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

_LANES = 4  # 16-bit lanes in one 64-bit draw
_SPAN = 1 << 16


def _lanes(shape: torch.Size | tuple[int, ...], p: float) -> tuple[Tensor, int, float]:
    """Random signed 16-bit lanes, one per element (flat), the threshold below which a lane is
    dropped, and the scale 1/(1-p') of the kept elements (p' is p rounded to 1/65536)."""
    count = int(np.prod(shape))
    seed = int(torch.randint(0, 2**62, (1,)).item())
    bits = np.random.SFC64(seed).random_raw(-(-count // _LANES))
    lanes = torch.from_numpy(bits.view(np.uint16).view(np.int16))[:count]
    dropped = round(p * _SPAN)
    return lanes, dropped - (_SPAN >> 1), _SPAN / (_SPAN - dropped)


def keep_mask(shape: torch.Size | tuple[int, ...], p: float) -> Tensor:
    """A float32 CPU tensor of ``shape``: 0 with probability p, else 1/(1-p')."""
    lanes, threshold, scale = _lanes(shape, p)
    mask = lanes.to(torch.float32).sub_(threshold - 1).clamp_(0.0, 1.0)
    return mask.mul_(scale).view(shape)


def kept(shape: torch.Size | tuple[int, ...], p: float, dtype: torch.dtype) -> tuple[Tensor, float]:
    """The same draw as ``keep_mask`` as 0 and 1 (unscaled) in ``dtype``, and the kept scale.

    In the dtype of the tensor it multiplies: a product with a bool tensor takes PyTorch's
    mixed-type path, six times slower."""
    lanes, threshold, scale = _lanes(shape, p)
    return lanes.ge(threshold).to(dtype).view(shape), scale


def dropout(x: Tensor, p: float, training: bool) -> Tensor:
    """``F.dropout``, with the cheap mask on the CPU."""
    if not training or p == 0.0:
        return x
    if x.device.type != "cpu" or p >= 1.0:
        return F.dropout(x, p, training=True)
    return x * keep_mask(x.shape, p).to(x.dtype)


class Dropout(nn.Module):
    """``nn.Dropout`` with the cheap CPU mask; same name of the probability (``p``)."""

    def __init__(self, p: float) -> None:
        super().__init__()
        self.p = p

    def forward(self, x: Tensor) -> Tensor:
        return dropout(x, self.p, self.training)

    def extra_repr(self) -> str:
        return f"p={self.p}"
