"""Training attention's own backward pass gives autograd's gradients, and keeps less."""

import math

import pytest
import torch

from s2s_desktop.engine.fast.attention import (
    attention_energy,
    dropped_attention,
    heads_view,
    rows_attention,
)
from s2s_desktop.engine.fast.dropout import kept


def _inputs(dtype: torch.dtype, length: int = 9) -> tuple[torch.Tensor, ...]:
    """The same values in every dtype: drawn in float64, then cast (a bfloat16 draw of its own
    gives other numbers on some torch versions)."""
    generator = torch.Generator().manual_seed(3)
    return tuple(
        torch.randn(2, 4, length, 8, generator=generator, dtype=torch.float64)
        .to(dtype)
        .requires_grad_()
        for _ in range(3)
    )


def _padding_mask(length: int) -> torch.Tensor:
    mask = torch.ones(2, 1, 1, length, dtype=torch.bool)
    mask[1, ..., length - 3 :] = False  # the second row's last three keys are padding
    return mask


def _autograd_attention(q, k, v, mask, is_causal, p, scale):
    """The same function left to autograd, with the same mask (same seed, same draw)."""
    probs = attention_energy(q, k, scale, mask, is_causal).softmax(-1)
    keep, keep_scale = kept(probs.shape, p, probs.dtype)
    return (probs * keep * keep_scale) @ v


def _gradients(attention, inputs, grad_out, mask, is_causal, p, scale):
    torch.manual_seed(11)
    out = attention(*inputs, mask, is_causal, p, scale)
    out.backward(grad_out)
    grads = [x.grad.clone() for x in inputs]
    for x in inputs:
        x.grad = None
    return out.detach(), grads


def test_output_and_gradients_equal_autograds_with_padding_and_causal_masks():
    scale = 1 / math.sqrt(8)
    cases = ((_padding_mask(9), False, 0.3), (None, True, 0.3), (_padding_mask(9), True, 0.3))
    for mask, is_causal, p in (*cases, (_padding_mask(9), True, 0.0)):
        inputs = _inputs(torch.float64)
        grad_out = torch.randn(2, 4, 9, 8, dtype=torch.float64)
        ours = _gradients(dropped_attention, inputs, grad_out, mask, is_causal, p, scale)
        theirs = _gradients(_autograd_attention, inputs, grad_out, mask, is_causal, p, scale)
        assert torch.allclose(ours[0], theirs[0], atol=1e-12)
        for mine, reference in zip(ours[1], theirs[1], strict=True):
            assert torch.allclose(mine, reference, atol=1e-10)


def test_gradcheck_with_a_fixed_mask():
    inputs = _inputs(torch.float64, length=5)
    mask = _padding_mask(5)

    def attend(q, k, v):
        torch.manual_seed(5)  # the same dropout mask for every evaluation gradcheck makes
        return dropped_attention(q, k, v, mask, True, 0.2, 0.5)

    assert torch.autograd.gradcheck(attend, inputs)


def test_bfloat16_inputs_stay_bfloat16_and_follow_float32():
    scale = 1 / math.sqrt(8)
    mask = _padding_mask(9)
    grad_out = torch.randn(2, 4, 9, 8)
    half = _gradients(
        dropped_attention, _inputs(torch.bfloat16), grad_out.bfloat16(), mask, True, 0.1, scale
    )
    full = _gradients(dropped_attention, _inputs(torch.float32), grad_out, mask, True, 0.1, scale)
    assert half[0].dtype == torch.bfloat16
    assert all(g.dtype == torch.bfloat16 for g in half[1])
    assert torch.allclose(half[0].float(), full[0], atol=0.05)
    for mine, reference in zip(half[1], full[1], strict=True):
        assert torch.allclose(mine.float(), reference, atol=0.1, rtol=0.05)


def test_it_keeps_the_softmax_and_the_mask_in_the_inputs_precision_and_nothing_else_square():
    q, k, v = _inputs(torch.bfloat16)
    kept: list[torch.Tensor] = []

    def pack(tensor: torch.Tensor) -> torch.Tensor:
        kept.append(tensor)
        return tensor

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda tensor: tensor):
        dropped_attention(q, k, v, _padding_mask(9), False, 0.1, 0.35)
    squares = [t for t in kept if t.shape[-2:] == (9, 9)]
    assert [str(t.dtype) for t in squares] == ["torch.bfloat16", "torch.bfloat16"]


def _projection_rows(batch: int, length: int, slots: int, padding: int) -> torch.Tensor:
    """A projection's output as ``rows.as_rows`` lays it out: [batch * length + padding rows,
    slots * 4 heads * 8]."""
    generator = torch.Generator().manual_seed(batch * length + slots)
    rows = torch.randn(batch * length + padding, slots * 32, generator=generator)
    return rows.double().requires_grad_()


def test_attention_from_rows_equals_attention_from_heads_and_fills_their_gradients():
    # Self-attention (q, k and v side by side in one projection) and attention to a source of
    # another length (q in one projection, k and v in another), each with padding rows.
    scale = 1 / math.sqrt(8)
    for cross in (False, True):
        q_shape, k_shape = (2, 7), ((2, 9) if cross else (2, 7))
        q_rows = _projection_rows(*q_shape, 1 if cross else 3, padding=5)
        kv_rows = _projection_rows(*k_shape, 2, padding=3) if cross else None
        mask = _padding_mask(k_shape[1])
        grad_out = torch.randn(2, 4, q_shape[1], 8, dtype=torch.float64)

        torch.manual_seed(11)
        out = rows_attention(q_rows, kv_rows, q_shape, k_shape, 4, mask, not cross, 0.3, scale)
        out.backward(grad_out)
        ours = [x.grad.clone() for x in (q_rows, kv_rows) if x is not None]
        for x in (q_rows, kv_rows):
            if x is not None:
                x.grad = None

        sources = [(q_rows, 3, 0, q_shape), (q_rows, 3, 1, q_shape), (q_rows, 3, 2, q_shape)]
        if cross:
            sources = [(q_rows, 1, 0, q_shape), (kv_rows, 2, 0, k_shape), (kv_rows, 2, 1, k_shape)]
        q, k, v = (heads_view(rows, slots, slot, shape, 4) for rows, slots, slot, shape in sources)
        torch.manual_seed(11)
        expected = dropped_attention(q, k, v, mask, not cross, 0.3, scale)
        expected.backward(grad_out)
        theirs = [x.grad for x in (q_rows, kv_rows) if x is not None]

        assert torch.allclose(out, expected, atol=1e-12)
        for mine, reference in zip(ours, theirs, strict=True):
            assert torch.allclose(mine, reference, atol=1e-12)
        for grad, shape in zip(ours, (q_shape, k_shape), strict=False):
            assert torch.all(grad[shape[0] * shape[1] :] == 0)  # padding rows: no gradient


def test_self_attention_rows_refuse_two_sequence_shapes():
    rows = _projection_rows(2, 7, 3, padding=1)
    with pytest.raises(ValueError, match="one sequence"):
        rows_attention(rows, None, (2, 7), (2, 5), 4, None, False, 0.1, 0.35)
