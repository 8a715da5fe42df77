"""Linear layers whose bfloat16 matrix multiplies on a CPU reuse their compiled kernels.

On a CPU, PyTorch hands bfloat16 matrix multiplies to oneDNN, which compiles a kernel for each
new shape and keeps the last 1,024 (measured: a [4,000 x 256] x [256 x 768] multiply took 13 ms
with a new row count and 2 ms with one seen before). A training batch's token count, the rows of
its multiplies, differs from one batch to the next, so a `tutorial` step spent about 130 of its
550 ms compiling (oneDNN's verbose log). Here the rows of such a multiply are padded with zeros
to a multiple of ``ROW_MULTIPLE``: a few dozen shapes cover every batch, the padding is under 1%
of the rows of a 4,096-token batch, and compiling falls to about 15 ms a step, mostly attention's
batched multiplies (about 1 ms per new shape). Copying into the padded rows and back costs part
of the gain: the step is 5-6% faster (steps alternated on the same batches). Float32 multiplies
(MKL) and GPUs have no such cost and pass straight to ``F.linear``, and so does CPU autocast
(validation), whose few batch shapes recur at every evaluation.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

ROW_MULTIPLE = 64


def linear(x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """``F.linear``, with the rows padded where oneDNN would otherwise compile a new kernel.

    Plain operations, so autograd's own backward pads the output's gradient the same way and
    the padding rows add nothing to the weight's gradient."""
    width = x.shape[-1]
    rows = x.numel() // max(1, width)
    padding = -rows % ROW_MULTIPLE
    if not padding or weight.dtype != torch.bfloat16 or weight.device.type != "cpu":
        return F.linear(x, weight, bias)
    padded = F.pad(x.reshape(rows, width), (0, 0, 0, padding))
    return F.linear(padded, weight, bias)[:rows].view(*x.shape[:-1], weight.shape[0])


class Linear(nn.Linear):
    """``nn.Linear`` (the same parameters and state dict) computing through ``linear``."""

    def forward(self, x: Tensor) -> Tensor:
        return linear(x, self.weight, self.bias)
