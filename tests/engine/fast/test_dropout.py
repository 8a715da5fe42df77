"""The cheap CPU dropout: its rate, its scale, its repeatability, and attention that uses it."""

import pytest
import torch

from s2s_desktop.engine.config import PRESETS, ModelConfig
from s2s_desktop.engine.fast.dropout import MAX_RATE_ERROR, Dropout, dropout, dropout_add, keep_mask
from s2s_desktop.engine.model import Seq2Seq


def test_the_mask_drops_the_asked_share_and_keeps_the_expected_value():
    # 0.1 and 0.3 are rounded to 1/256 (within 2% of themselves), 0.01 to 1/65536.
    for p, rounded in ((0.1, 26 / 256), (0.3, 77 / 256), (0.5, 0.5), (0.01, 655 / 65536)):
        assert abs(rounded - p) <= MAX_RATE_ERROR * p
        mask = keep_mask((1000, 1000), p)
        dropped = (mask == 0).float().mean().item()
        assert abs(dropped - rounded) < 0.0015  # five standard deviations of a million draws
        assert mask.max().item() == pytest.approx(1 / (1 - rounded))
        assert set(mask.unique().tolist()) == {0.0, mask.max().item()}
        assert abs(mask.mean().item() - 1.0) < 0.005  # inverted dropout: unbiased


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_a_half_precision_mask_is_the_same_draw_with_the_scale_in_that_precision(dtype):
    # 16-bit masks are written as bit patterns by NumPy: the same units kept as float32's,
    # each exactly 1/(1-p') rounded to the dtype.
    for p in (0.1, 0.01, 0.5):
        torch.manual_seed(5)
        half = keep_mask((257, 33), p, dtype)
        torch.manual_seed(5)
        full = keep_mask((257, 33), p)
        assert half.dtype == dtype and half.shape == (257, 33)
        assert torch.equal(half, full.to(dtype))


def test_masks_repeat_under_the_same_seed_and_differ_otherwise():
    torch.manual_seed(7)
    first, second = keep_mask((300, 7), 0.2), keep_mask((300, 7), 0.2)
    torch.manual_seed(7)
    assert torch.equal(keep_mask((300, 7), 0.2), first)
    assert not torch.equal(first, second)


def test_dropout_is_the_identity_when_evaluating_and_passes_gradients_through_kept_units():
    x = torch.randn(64, 32, requires_grad=True)
    assert dropout(x, 0.3, training=False) is x
    out = Dropout(0.3).train()(x)
    out.sum().backward()
    kept = out.detach() != 0
    scale = 1 / (1 - 77 / 256)  # 0.3 rounded to 1/256
    assert torch.allclose(x.grad[kept], torch.full_like(x.grad[kept], scale), atol=1e-6)
    assert torch.all(x.grad[~kept] == 0)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_the_fused_residual_adds_the_same_dropout_and_its_gradients(dtype):
    x = torch.randn(64, 32, dtype=dtype, requires_grad=True)
    y = torch.randn(64, 32, dtype=dtype, requires_grad=True)
    torch.manual_seed(3)
    fused = dropout_add(x, y, 0.3, training=True)
    torch.manual_seed(3)
    mask = keep_mask(y.shape, 0.3, dtype)
    expected = x.detach().float() + y.detach().float() * mask.float()
    tolerance = 1e-6 if dtype == torch.float32 else 2e-2  # bfloat16: one rounding, not two
    assert torch.allclose(fused.float(), expected, atol=tolerance, rtol=tolerance)
    grad = torch.randn(64, 32, dtype=dtype)
    fused.backward(grad)
    assert torch.equal(x.grad, grad)
    assert torch.equal(y.grad, grad * mask)
    assert dropout_add(x, y, 0.3, training=False).equal(x + y)  # evaluation: no dropout
    assert dropout_add(x, y, 0.0, training=True).equal(x + y)


def test_training_attention_with_the_cheap_mask_computes_what_sdpa_computes():
    # A rate small enough to keep every unit sends training through the explicit attention
    # (the cheap mask's path) with nothing dropped: it must equal the evaluation path (SDPA).
    config = ModelConfig(**{**PRESETS["tiny"].__dict__, "enc_dropout": 1e-9, "dec_dropout": 1e-9})
    model = Seq2Seq(config)
    src = torch.tensor([[1, 5, 6, 7, 2], [1, 8, 2, 0, 0]])
    trg = torch.tensor([[1, 9, 10, 11], [1, 12, 0, 0]])
    with torch.no_grad():
        trained = model.train()(src, trg)
        evaluated = model.eval()(src, trg)
    assert torch.allclose(trained, evaluated, atol=1e-5)
