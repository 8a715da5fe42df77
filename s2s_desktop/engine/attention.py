"""Attention with dropout for CPU training, keeping little for the backward pass.

On a CPU, ``scaled_dot_product_attention`` draws its dropout mask one element at a time, so
training attends explicitly, with the cheap mask of ``engine.dropout``. Left to autograd, that
explicit attention keeps three [batch, heads, length, length] tensors per attention layer for
the backward pass (the softmax, the float mask and the dropped product, plus a bfloat16 copy under
autocast): for the longest batches of the ``tutorial`` preset that was most of the training
process's memory. ``dropped_attention`` keeps only the softmax (in the inputs' precision) and a
bool mask, and recomputes the dropped product in the backward pass.

The backward pass is the softmax's usual one: with P the softmax, M the scaled mask and O the
output, dS = P * (dP - D) where dP = (dO V^T) * M and D = rowsum(dO * O) (as flash attention
computes it; rowsum(dP * P) is the same number). Masked positions have P = 0 and so no gradient.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import Tensor

from s2s_desktop.engine.dropout import kept


def attention_energy(
    q: Tensor, k: Tensor, scale: float, mask: Tensor | None, is_causal: bool
) -> Tensor:
    """scale * q k^T, -inf where ``mask`` is False and (if ``is_causal``) above the diagonal."""
    energy = (q @ k.transpose(-2, -1)).mul_(scale)
    if mask is not None:
        energy.masked_fill_(~mask, float("-inf"))
    if is_causal:
        size = energy.shape[-1]
        future = torch.ones(size, size, dtype=torch.bool, device=q.device).triu(1)
        energy.masked_fill_(future, float("-inf"))
    return energy


def _wide(dtype: torch.dtype) -> torch.dtype:
    """The precision of the softmax and its gradient: float32, or the inputs' if wider."""
    return torch.promote_types(dtype, torch.float32)


class _DroppedAttention(torch.autograd.Function):
    @staticmethod
    def forward(  # type: ignore[override]
        ctx: Any,
        q: Tensor,
        k: Tensor,
        v: Tensor,
        mask: Tensor | None,
        is_causal: bool,
        p: float,
        scale: float,
    ) -> Tensor:
        with torch.autocast(q.device.type, enabled=False):
            # The softmax in float32, as autocast would run it; kept in the inputs' precision.
            energy = attention_energy(q, k, scale, mask, is_causal)
            probs = energy.softmax(-1, _wide(q.dtype)).to(q.dtype)
            keep, keep_scale = kept(probs.shape, p)
            out = (probs * keep).mul_(keep_scale) @ v
        ctx.save_for_backward(q, k, v, probs, keep, out)
        ctx.scales = (scale, keep_scale)
        return out

    @staticmethod
    def backward(ctx: Any, grad_out: Tensor) -> tuple[Tensor | None, ...]:  # type: ignore[override]
        q, k, v, probs, keep, out = ctx.saved_tensors
        scale, keep_scale = ctx.scales
        with torch.autocast(q.device.type, enabled=False):
            grad_out = grad_out.to(v.dtype)
            dropped = (probs * keep).mul_(keep_scale)
            grad_v = dropped.transpose(-2, -1) @ grad_out
            del dropped
            wide = _wide(q.dtype)
            grad_probs = (grad_out @ v.transpose(-2, -1)).to(wide).mul_(keep).mul_(keep_scale)
            row = (grad_out.to(wide) * out.to(wide)).sum(-1, keepdim=True)
            grad_energy = grad_probs.sub_(row).mul_(probs).mul_(scale).to(q.dtype)
            del grad_probs
            grad_q = grad_energy @ k
            grad_k = grad_energy.transpose(-2, -1) @ q
        return grad_q, grad_k, grad_v, None, None, None, None


def dropped_attention(
    q: Tensor,
    k: Tensor,
    v: Tensor,
    mask: Tensor | None,
    is_causal: bool,
    p: float,
    scale: float,
) -> Tensor:
    """softmax(scale * q k^T, masked) with dropout ``p``, times v: [batch, heads, len, head_dim].

    For CPU tensors (the mask comes from ``engine.dropout.kept``); ``mask`` is True where
    attending is allowed and broadcasts over [batch, heads, query, key].
    """
    return _DroppedAttention.apply(q, k, v, mask, is_causal, p, scale)
