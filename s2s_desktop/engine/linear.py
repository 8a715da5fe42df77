"""Linear layers whose bfloat16 matrix multiplies on a CPU reuse their compiled kernels.

On a CPU, PyTorch hands bfloat16 matrix multiplies to oneDNN, which compiles a kernel for each
new shape and keeps the last 1,024 (measured: a [4,000 x 256] x [256 x 768] multiply took 13 ms
with a new row count and 2 ms with one seen before). A training batch's token count, the rows of
its multiplies, differs from one batch to the next, so a `tutorial` step spent about 130 of its
550 ms compiling (oneDNN's verbose log). Here the rows of such a multiply are padded with zeros
to a multiple of ``ROW_MULTIPLE``: a few dozen shapes cover every batch, the padding is under 1%
of the rows of a 4,096-token batch, and compiling falls to about 15 ms a step, mostly attention's
batched multiplies (about 1 ms per new shape). Float32 multiplies (MKL) and GPUs have no such
cost and pass straight to ``F.linear``, and so does CPU autocast (validation), whose few batch
shapes recur at every evaluation.

Padding around each multiply (``linear``) copies its input in and its output out: 5-6% faster
steps (alternated on the same batches). The model instead keeps each layer's activations in
padded rows (``as_rows``), padded once after the embeddings and where attention merges its
heads (a copy it makes anyway), so the multiplies find their rows ready: 6.5% faster again.
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


def as_rows(x: Tensor, width: int, total: int | None = None) -> Tensor:
    """``x`` (any shape and strides, ``width`` elements per row) as contiguous rows [n, width],
    followed by zero rows: up to ``total`` rows when given, else up to a multiple of
    ``ROW_MULTIPLE`` where ``linear`` would pad them (bfloat16 on a CPU). A model that keeps
    its activations in these rows pads once per batch instead of around every multiply. One
    copy at most; none for contiguous rows that need no padding."""
    count = x.numel() // width
    if total is None:
        pads = x.dtype == torch.bfloat16 and x.device.type == "cpu"
        total = count + (-count % ROW_MULTIPLE if pads else 0)
    if total == count:
        return x.reshape(count, width)
    rows = x.new_empty((total, width))
    rows[count:].zero_()
    rows[:count].view(x.shape).copy_(x)
    return rows


class Linear(nn.Linear):
    """``nn.Linear`` (the same parameters and state dict) computing through ``linear``."""

    def forward(self, x: Tensor) -> Tensor:
        return linear(x, self.weight, self.bias)
