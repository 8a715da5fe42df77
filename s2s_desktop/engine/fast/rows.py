"""Activations as padded rows, so that bfloat16 matrix multiplies on a CPU reuse their kernels.

On a CPU, PyTorch hands bfloat16 matrix multiplies to oneDNN, which compiles a kernel for each
new shape, and a training batch's token count (the rows of its multiplies) changes from one
batch to the next. The model therefore keeps each layer's activations as rows [tokens, width]
followed by zero rows up to a multiple of ``ROW_MULTIPLE``: a few dozen shapes serve every batch,
for little padding. The rows are padded once after the embeddings and where attention merges its
heads, a copy it makes anyway. Float32 (MKL) and GPUs have no such cost: their rows are not
padded. (See docs/performance.md, "Padded rows".)
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
