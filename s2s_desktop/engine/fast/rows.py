"""Activations as padded rows, so that bfloat16 matrix multiplies on a CPU reuse their kernels.

On a CPU, PyTorch hands bfloat16 matrix multiplies to oneDNN, which compiles a kernel for each
new shape (measured: a [4,000 x 256] x [256 x 768] multiply took 13 ms with a new row count and
2 ms with one seen before). A training batch's token count, the rows of its multiplies, differs
from one batch to the next, so a `tutorial` step spent about 130 of its 550 ms compiling
(oneDNN's verbose log). The model therefore keeps each layer's activations as rows
[tokens, width] followed by zero rows up to a multiple of ``ROW_MULTIPLE``: a few dozen shapes
serve every batch, the padding is under 1% of a 4,096-token batch, and compiling falls to about
37 ms a step over a 65-step run (25 ms for the 2 ms compiles of multiplies whose kernels the
64-entry cache let go, 12 ms for attention's batched multiplies, about 1 ms per new shape;
padding to a multiple of 256 halved the former but cost more in padding). The rows are
padded once after the embeddings and where attention merges its heads, a copy it makes anyway.
Steps alternated on the same batches: `tutorial` 10.6-12.5% faster, the 256-wide 3 + 3-layer model
at 6,000 pieces 15% faster (padding around each multiply instead, copying rows in and out of
every one: 4-5%). Float32 (MKL) and GPUs have no such cost: their rows are not padded.
"""

from __future__ import annotations

import torch
from torch import Tensor

ROW_MULTIPLE = 64


def as_rows(x: Tensor, width: int, total: int | None = None) -> Tensor:
    """``x`` (any shape and strides, ``width`` elements per row) as contiguous rows [n, width],
    followed by zero rows: up to ``total`` rows when given, else up to a multiple of
    ``ROW_MULTIPLE`` for bfloat16 on a CPU. One copy at most; none for contiguous rows that
    need no padding.

    Padding rows never reach attention or the loss, so their gradients are zero and add
    nothing to the weights' gradients."""
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
