"""Attention with dropout for CPU training, keeping little for the backward pass.

On a CPU, ``scaled_dot_product_attention`` draws its dropout mask one element at a time, so
training attends explicitly, with the cheap mask of ``fast.dropout``. Left to autograd, that
explicit attention keeps three [batch, heads, length, length] tensors per attention layer for
the backward pass (the softmax and the mask in float32, and the dropped product in bfloat16 under
autocast): for the longest batches of the ``tutorial`` preset that was most of the training
process's memory. ``dropped_attention`` keeps the softmax and the 0/1 mask in the inputs'
precision, recomputes the dropped product in the backward pass, and applies every scale in the
matrix multiply that writes a product (``baddbmm``'s alpha), never in a pass of its own over a
square tensor. It also trains bfloat16 attention without dropout: SDPA's CPU backward pass for
bfloat16 is several times slower. ``rows_attention`` is the same attention read from (and
differentiated into) the projections' rows, as the model's layers hold them in training.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import Tensor
from torch.autograd.function import once_differentiable

from s2s_desktop.engine.fast.dropout import kept


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
    scale and fill would be two more passes over the square tensor."""
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
    through float32 and back: PyTorch's CPU softmax of bfloat16 is slower than float32's and
    both casts together."""
    if energy.dtype == torch.bfloat16 and energy.device.type == "cpu":
        return energy.float().softmax(dim=-1).to(energy.dtype)
    return energy.softmax(dim=-1)


def heads_view(rows: Tensor, slots: int, slot: int, shape: tuple[int, int], heads: int) -> Tensor:
    """The ``slot``-th of ``slots`` projections that lie side by side in ``rows`` (a projection's
    output, [tokens + padding, slots * width], ``rows.as_rows``'s layout), as [batch, heads, len,
    head_dim] for a ``shape`` (batch, len) sequence: a view."""
    batch, length = shape
    head_dim = rows.shape[-1] // (slots * heads)
    per_token = rows[: batch * length].view(batch, length, slots, heads, head_dim)
    return per_token[:, :, slot].transpose(1, 2)


def _attend(
    q: Tensor,
    k: Tensor,
    v: Tensor,
    mask: Tensor | None,
    is_causal: bool,
    p: float,
    scale: float,
) -> tuple[Tensor, tuple[Tensor | None, ...], tuple[float, float]]:
    """The forward pass of both entry points: the output [batch * heads, q_len, head_dim], what
    the backward pass keeps, and its scales."""
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
    return out, (q3, k3, v3, probs, keep), (scale, keep_scale)


def _attend_backward(
    saved: tuple[Tensor, ...], scales: tuple[float, float], grad_out: Tensor
) -> tuple[Tensor, Tensor, Tensor]:
    """The gradients of q, k and v, each [batch * heads, len, head_dim], from the output's
    ([batch, heads, q_len, head_dim], any strides)."""
    q, k, v, probs, keep = saved
    scale, keep_scale = scales
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
    return grad_q, grad_k, grad_v


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
        out, saved, ctx.scales = _attend(q, k, v, mask, is_causal, p, scale)
        ctx.save_for_backward(*saved)
        ctx.shapes = (q.shape, k.shape, v.shape)
        return out.view(*q.shape[:-1], v.shape[-1])

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, grad_out: Tensor) -> tuple[Tensor | None, ...]:  # type: ignore[override]
        grads = _attend_backward(ctx.saved_tensors, ctx.scales, grad_out)
        shaped = (grad.view(shape) for grad, shape in zip(grads, ctx.shapes, strict=True))
        return *shaped, None, None, None, None


class _RowsAttention(torch.autograd.Function):
    """``_DroppedAttention`` reading q, k and v from the projections' own rows, and writing
    their gradients straight into rows of that layout.

    Given the heads' views of a projection instead, autograd brought the heads' gradients back
    into the projection's layout in several passes over it (stacking them, copying the permuted
    stack into rows, zeroing a tensor of the padded rows and copying into it); here each
    gradient is copied once into its place and only the padding rows are zeroed.
    """

    @staticmethod
    def forward(  # type: ignore[override]
        ctx: Any,
        q_rows: Tensor,
        kv_rows: Tensor | None,
        q_shape: tuple[int, int],
        k_shape: tuple[int, int],
        heads: int,
        mask: Tensor | None,
        is_causal: bool,
        p: float,
        scale: float,
    ) -> Tensor:
        rows = {"q": q_rows, "kv": kv_rows}
        shapes = {"q": q_shape, "kv": k_shape}
        ctx.layout = _ROWS_LAYOUT["self" if kv_rows is None else "cross"]
        ctx.rows = {name: (x.shape, shapes[name]) for name, x in rows.items() if x is not None}
        ctx.heads = heads
        q, k, v = (
            heads_view(rows[name], slots, slot, shape, heads)
            for (name, slots, slot), shape in zip(ctx.layout, (q_shape, k_shape, k_shape))
        )
        out, saved, ctx.scales = _attend(q, k, v, mask, is_causal, p, scale)
        ctx.save_for_backward(*saved)
        return out.view(*q.shape[:-1], v.shape[-1])

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, grad_out: Tensor) -> tuple[Tensor | None, ...]:  # type: ignore[override]
        grads = _attend_backward(ctx.saved_tensors, ctx.scales, grad_out)
        targets: dict[str, Tensor] = {}
        for name, (rows_shape, (batch, length)) in ctx.rows.items():
            target = grad_out.new_empty(rows_shape)
            target[batch * length :].zero_()  # padding rows
            targets[name] = target
        for grad, (name, slots, slot) in zip(grads, ctx.layout, strict=True):
            shape = ctx.rows[name][1]
            view = heads_view(targets[name], slots, slot, shape, ctx.heads)
            view.copy_(grad.view(view.shape))
        return targets["q"], targets.get("kv"), *(None,) * 7


# Where q, k and v lie in the rows ``_RowsAttention`` is given: (which rows, projections side by
# side in them, which one). Self-attention: one projection of width 3 * hid_dim; attention to
# the encoder: the queries' own, and keys and values side by side.
_ROWS_LAYOUT = {
    "self": (("q", 3, 0), ("q", 3, 1), ("q", 3, 2)),
    "cross": (("q", 1, 0), ("kv", 2, 0), ("kv", 2, 1)),
}


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

    For CPU tensors (the mask comes from ``fast.dropout.kept``); ``mask`` is True where
    attending is allowed and broadcasts over [batch, heads, query, key].
    """
    return _DroppedAttention.apply(q, k, v, mask, is_causal, p, scale)


def rows_attention(
    q_rows: Tensor,
    kv_rows: Tensor | None,
    q_shape: tuple[int, int],
    k_shape: tuple[int, int],
    heads: int,
    mask: Tensor | None,
    is_causal: bool,
    p: float,
    scale: float,
) -> Tensor:
    """``dropped_attention`` of q, k and v read from the projections' rows: ``q_rows`` holds
    q, k and v side by side ([rows, 3 * hid_dim]) when ``kv_rows`` is None, else q alone, and
    ``kv_rows`` k and v ([rows, 2 * hid_dim]). The rows follow ``fast.rows.as_rows`` (padding after
    the ``q_shape`` or ``k_shape`` (batch, len) sequence's tokens). Returns [batch, heads, q_len,
    head_dim], as ``dropped_attention``."""
    if kv_rows is None and q_shape != k_shape:
        raise ValueError(f"self-attention's rows hold one sequence: {q_shape} != {k_shape}")
    return _RowsAttention.apply(q_rows, kv_rows, q_shape, k_shape, heads, mask, is_causal, p, scale)
