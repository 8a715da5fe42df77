"""Attention with dropout for CPU training, keeping little for the backward pass.

On a CPU, ``scaled_dot_product_attention`` draws its dropout mask one element at a time, so
training attends explicitly, with the cheap mask of ``engine.dropout``. Left to autograd, that
explicit attention keeps three [batch, heads, length, length] tensors per attention layer for
the backward pass (the softmax and the mask in float32, and the dropped product in bfloat16 under
autocast): for the longest batches of the ``tutorial`` preset that was most of the training
process's memory. ``dropped_attention`` keeps the softmax and the 0/1 mask in the inputs'
precision, recomputes the dropped product in the backward pass, and applies every scale in the
matrix multiply that writes a product (``baddbmm``'s alpha), never in a pass of its own over a
square tensor. It also trains bfloat16 attention without dropout: SDPA's CPU backward pass for
bfloat16 is several times slower.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import Tensor

from s2s_desktop.engine.dropout import kept


def _additive_mask(
    mask: Tensor | None, is_causal: bool, q_len: int, k_len: int, like: Tensor
) -> Tensor | None:
    """``mask`` (True where attending is allowed) and the causal mask as 0 / -inf to add to the
    energies, broadcastable to [batch, heads, q_len, k_len]; None when nothing is masked."""
    bias = None
    if mask is not None:
        bias = torch.zeros(mask.shape, dtype=like.dtype, device=like.device)
        bias.masked_fill_(~mask, float("-inf"))
    if is_causal:
        future = torch.full((q_len, k_len), float("-inf"), dtype=like.dtype, device=like.device)
        future.triu_(1)
        bias = future if bias is None else bias + future
    return bias


def _batched(x: Tensor) -> Tensor:
    """[batch, heads, len, head_dim] as [batch * heads, len, head_dim] (a copy of the heads'
    views of a projection, a view of a contiguous tensor)."""
    return x.reshape(-1, *x.shape[-2:])


def _energy(
    q: Tensor, k: Tensor, scale: float, mask: Tensor | None, is_causal: bool, heads: int
) -> Tensor:
    """``attention_energy`` of batched queries and keys ([batch * heads, len, head_dim])."""
    q_len, k_len = q.shape[1], k.shape[1]
    k_cols = k.transpose(1, 2)
    bias = _additive_mask(mask, is_causal, q_len, k_len, q)
    if bias is None:
        return torch.bmm(q, k_cols).mul_(scale)
    bias = bias.expand(q.shape[0] // heads, heads, *bias.shape[-2:])
    return torch.baddbmm(bias.reshape(q.shape[0], *bias.shape[-2:]), q, k_cols, alpha=scale)


def attention_energy(
    q: Tensor, k: Tensor, scale: float, mask: Tensor | None, is_causal: bool
) -> Tensor:
    """scale * q k^T, -inf where ``mask`` is False and (if ``is_causal``) above the diagonal:
    [batch, heads, q_len, k_len] from [batch, heads, len, head_dim] queries and keys.

    One ``baddbmm`` adds the masks and applies the scale as it writes the product: a separate
    scale and fill were two more passes over the square tensor (on a CPU, 2.9 ms against 1.0 ms
    for a bfloat16 batch of the ``tutorial`` preset)."""
    batch, heads, q_len, _ = q.shape
    energy = _energy(_batched(q), _batched(k), scale, mask, is_causal, heads)
    return energy.view(batch, heads, q_len, k.shape[-2])


def _scaled_bmm(a: Tensor, b: Tensor, scale: float) -> Tensor:
    """scale * (a @ b), the scale applied as the product is written (no pass of its own)."""
    if scale == 1.0:
        return torch.bmm(a, b)
    return torch.baddbmm(a.new_zeros(()), a, b, beta=0, alpha=scale)


def softmax(energy: Tensor) -> Tensor:
    """The softmax over the last dimension, in ``energy``'s dtype. A bfloat16 tensor goes
    through float32 and back: PyTorch's CPU softmax of bfloat16 is three times slower than
    float32's (4.3 ms against 1.4 ms for a ``tutorial`` batch, 0.9 ms for both casts)."""
    if energy.dtype == torch.bfloat16 and energy.device.type == "cpu":
        return energy.float().softmax(dim=-1).to(energy.dtype)
    return energy.softmax(dim=-1)


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
            # Batched [batch * heads, len, head_dim] once, and kept so, for all six products.
            q3, k3, v3 = _batched(q), _batched(k), _batched(v)
            # The softmax accumulates in float32 even for bfloat16 inputs, and is kept in the
            # inputs' precision, which the product with v needs anyway.
            probs = softmax(_energy(q3, k3, scale, mask, is_causal, q.shape[1]))
            if p:
                keep, keep_scale = kept(probs.shape, p, probs.dtype)
                # The mask's scale goes on the product, not on the square tensor.
                out = _scaled_bmm(probs * keep, v3, keep_scale)
            else:  # no dropout (bfloat16 training, where SDPA's backward pass is slow)
                keep, keep_scale = None, 1.0
                out = torch.bmm(probs, v3)
        ctx.save_for_backward(q3, k3, v3, probs, keep)
        ctx.scales = (scale, keep_scale)
        ctx.shapes = (q.shape, k.shape, v.shape)
        return out.view(*q.shape[:-1], v.shape[-1])

    @staticmethod
    def backward(ctx: Any, grad_out: Tensor) -> tuple[Tensor | None, ...]:  # type: ignore[override]
        q, k, v, probs, keep = ctx.saved_tensors
        scale, keep_scale = ctx.scales
        with torch.autocast(q.device.type, enabled=False):
            # Scales are applied as products are written, never to the square tensors.
            grad_out = _batched(grad_out.to(v.dtype))
            dropped = probs if keep is None else probs * keep
            grad_v = _scaled_bmm(dropped.transpose(1, 2), grad_out, keep_scale)
            del dropped
            grad_probs = _scaled_bmm(grad_out, v.transpose(1, 2), keep_scale)
            if keep is not None:
                grad_probs.mul_(keep)
            # The softmax's own fused backward (float32 arithmetic inside for bfloat16).
            grad_energy = torch._softmax_backward_data(grad_probs, probs, -1, probs.dtype)
            del grad_probs
            grad_q = _scaled_bmm(grad_energy, k, scale)
            grad_k = _scaled_bmm(grad_energy.transpose(1, 2), q, scale)
        q_shape, k_shape, v_shape = ctx.shapes
        grads = grad_q.view(q_shape), grad_k.view(k_shape), grad_v.view(v_shape)
        return *grads, None, None, None, None


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
