"""The output layer and the label-smoothed loss of a training step, a slice of rows at a time.

The reference is ``decoder.fc_out`` followed by ``losses.label_smoothed_cross_entropy``.
Computed whole, a batch's logits ([target tokens, vocabulary] in float32), their softmax, the
loss and its gradient pass through main memory several times, which on a CPU with a large
vocabulary costs more than the arithmetic. Here each slice of logits goes through the output
layer, the softmax, the loss and the gradient while it is in cache. The loss is the end of the
graph, so the gradients of the hidden states, the weight and the bias are computed in the
forward pass and only scaled in the backward pass; the whole logits never exist. (See
docs/performance.md, "Sliced output loss".)
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor

from s2s_desktop.engine.config import PAD_ID

SLICE_ELEMENTS = 3 * 2**18  # float32 logits per slice: 3 MB, within a core's L2 cache
# Below this many pieces a batch's logits are small enough to stay in cache whole, and slicing
# only adds operations.
MIN_VOCABULARY = 2_000


def slice_rows(vocabulary: int) -> int:
    """Rows per slice for a vocabulary: about ``SLICE_ELEMENTS`` logits, 32 to 1,024 rows."""
    return max(32, min(1024, SLICE_ELEMENTS // max(1, vocabulary)))


class _SlicedOutputLoss(torch.autograd.Function):
    @staticmethod
    def forward(  # type: ignore[override]
        ctx: Any,
        hidden: Tensor,
        weight: Tensor,
        bias: Tensor | None,
        target: Tensor,
        epsilon: float,
    ) -> tuple[Tensor, Tensor]:
        rows, vocabulary = hidden.shape[0], weight.shape[0]
        grad_hidden = torch.empty_like(hidden)
        grad_weight = torch.zeros(weight.shape, dtype=torch.float32, device=weight.device)
        grad_bias = torch.zeros(vocabulary, dtype=torch.float32, device=weight.device)
        loss = torch.zeros((), dtype=torch.float32, device=hidden.device)
        nll = torch.zeros((), dtype=torch.float32, device=hidden.device)
        step = slice_rows(vocabulary)
        for start in range(0, rows, step):
            h, t = hidden[start : start + step], target[start : start + step]
            log_probs = F.linear(h, weight, bias).float().log_softmax(dim=-1)
            real = (t != PAD_ID).to(torch.float32)
            picked = -log_probs.gather(1, t.unsqueeze(1)).squeeze(1)
            nll += picked @ real
            if epsilon:
                smooth = -log_probs.mean(dim=-1)
                loss += ((1.0 - epsilon) * picked + epsilon * smooth) @ real
            # d loss / d logits = softmax - (1 - eps) * one-hot(target) - eps / V, on real rows.
            grad = log_probs.exp_()
            if epsilon:
                grad.sub_(epsilon / vocabulary)
            grad.scatter_add_(1, t.unsqueeze(1), grad.new_full((len(t), 1), epsilon - 1.0))
            grad.mul_(real.unsqueeze(1))
            grad_bias += grad.sum(dim=0)
            grad = grad.to(hidden.dtype)
            torch.mm(grad, weight, out=grad_hidden[start : start + step])
            grad_weight += grad.t() @ h
        if not epsilon:
            loss = nll.clone()
        ctx.mark_non_differentiable(nll)
        ctx.save_for_backward(grad_hidden, grad_weight, grad_bias)
        ctx.dtypes = (weight.dtype, None if bias is None else bias.dtype)
        return loss, nll

    @staticmethod
    def backward(ctx: Any, grad_loss: Tensor, _grad_nll: Tensor) -> tuple[Tensor | None, ...]:  # type: ignore[override]
        grad_hidden, grad_weight, grad_bias = ctx.saved_tensors
        weight_dtype, bias_dtype = ctx.dtypes
        grad_weight = (grad_weight * grad_loss).to(weight_dtype)
        bias = None if bias_dtype is None else (grad_bias * grad_loss).to(bias_dtype)
        # A 0-dim float32 scale keeps its precision in the product and the bfloat16 result.
        return grad_hidden * grad_loss, grad_weight, bias, None, None


def sliced_output_loss(
    hidden: Tensor, weight: Tensor, bias: Tensor | None, target: Tensor, epsilon: float
) -> tuple[Tensor, Tensor]:
    """The sums over real target tokens of the label-smoothed loss and of the plain
    cross-entropy of ``F.linear(hidden, weight, bias)``: the same numbers (and gradients) as
    ``losses.label_smoothed_cross_entropy`` of those logits (the reference).

    ``hidden`` is [..., hid_dim], ``target`` the matching ids (PAD_ID where padding).
    """
    flat_hidden = hidden.reshape(-1, hidden.shape[-1])
    return _SlicedOutputLoss.apply(flat_hidden, weight, bias, target.reshape(-1), epsilon)
