"""Attention with dropout for CPU training, keeping little for the backward pass.

On a CPU, ``scaled_dot_product_attention`` draws its dropout mask one element at a time, so
training attends explicitly, with the cheap mask of ``engine.dropout``. Left to autograd, that
explicit attention keeps three [batch, heads, length, length] tensors per attention layer for
the backward pass (the softmax and the mask in float32, and the dropped product in bfloat16 under
autocast): for the longest batches of the ``tutorial`` preset that was most of the training
process's memory. ``dropped_attention`` keeps the softmax and the 0/1 mask in the inputs'
precision, recomputes the dropped product in the backward pass, and applies the scales to the
thin [length, head_dim] factors, never to a square tensor.
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
            # The softmax accumulates in float32 even for bfloat16 inputs, and is kept in the
            # inputs' precision, which the product with v needs anyway.
            probs = attention_energy(q, k, scale, mask, is_causal).softmax(-1)
            keep, keep_scale = kept(probs.shape, p, probs.dtype)
            # The mask's scale goes on v (length x head_dim), not on the square product.
            out = (probs * keep) @ (v * keep_scale)
        ctx.save_for_backward(q, k, v, probs, keep)
        ctx.scales = (scale, keep_scale)
        return out

    @staticmethod
    def backward(ctx: Any, grad_out: Tensor) -> tuple[Tensor | None, ...]:  # type: ignore[override]
        q, k, v, probs, keep = ctx.saved_tensors
        scale, keep_scale = ctx.scales
        with torch.autocast(q.device.type, enabled=False):
            # Scales are applied to the thin factors or results, never to the square tensors.
            grad_out = grad_out.to(v.dtype)
            grad_v = ((probs * keep).transpose(-2, -1) @ grad_out).mul_(keep_scale)
            grad_probs = ((grad_out * keep_scale) @ v.transpose(-2, -1)).mul_(keep)
            # The softmax's own fused backward (float32 arithmetic inside for bfloat16).
            grad_energy = torch._softmax_backward_data(grad_probs, probs, -1, probs.dtype)
            del grad_probs
            grad_q = (grad_energy @ k).mul_(scale)
            grad_k = (grad_energy.transpose(-2, -1) @ q).mul_(scale)
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
