"""The sliced output loss: the same loss, cross-entropy and gradients as the reference
``losses.label_smoothed_cross_entropy`` of the whole logits."""

import pytest
import torch
import torch.nn.functional as F

from s2s_desktop.engine.config import PAD_ID
from s2s_desktop.engine.fast.output_loss import slice_rows, sliced_output_loss
from s2s_desktop.engine.losses import label_smoothed_cross_entropy


def _loss_and_grads(loss_fn, hidden, weight, bias, target, epsilon):
    hidden, weight, bias = (t.detach().clone().requires_grad_() for t in (hidden, weight, bias))
    loss, nll = loss_fn(hidden, weight, bias, target, epsilon)
    (loss * 0.5).backward()  # a scale after the loss, as the step divides by the token count
    return loss.item(), nll.item(), hidden.grad, weight.grad, bias.grad


def _whole(hidden, weight, bias, target, epsilon):
    """The reference: all logits at once, then the loss."""
    return label_smoothed_cross_entropy(F.linear(hidden, weight, bias), target, epsilon)


def test_the_sliced_output_loss_equals_the_whole_one():
    """Same loss, cross-entropy and gradients as computing all logits at once, across several
    slices (70 pieces: 1,024 rows a slice; 5,000: 157 rows), padding and no smoothing."""
    torch.manual_seed(0)
    for vocabulary, rows in ((70, 2100), (5_000, 400)):
        assert rows > slice_rows(vocabulary)
        hidden = torch.randn(4, rows // 4, 16)
        weight, bias = torch.randn(vocabulary, 16) * 0.3, torch.randn(vocabulary) * 0.1
        target = torch.randint(4, vocabulary, (4, rows // 4))
        target[:, -7:] = PAD_ID
        for epsilon in (0.1, 0.0):
            ours = _loss_and_grads(sliced_output_loss, hidden, weight, bias, target, epsilon)
            theirs = _loss_and_grads(_whole, hidden, weight, bias, target, epsilon)
            assert ours[0] == pytest.approx(theirs[0], rel=1e-5)
            assert ours[1] == pytest.approx(theirs[1], rel=1e-5)
            for mine, reference in zip(ours[2:], theirs[2:], strict=True):
                torch.testing.assert_close(mine, reference, rtol=1e-4, atol=1e-6)
            assert torch.count_nonzero(ours[2][:, -7:]) == 0  # padding sends no gradient


def test_the_sliced_output_loss_in_bfloat16_keeps_its_types():
    torch.manual_seed(0)
    hidden = torch.randn(2, 50, 16).to(torch.bfloat16)
    weight, bias = (torch.randn(300, 16) * 0.3).bfloat16(), torch.zeros(300).bfloat16()
    target = torch.randint(4, 300, (2, 50))
    ours = _loss_and_grads(sliced_output_loss, hidden, weight, bias, target, 0.1)
    theirs = _loss_and_grads(_whole, hidden, weight, bias, target, 0.1)
    assert ours[0] == pytest.approx(theirs[0], rel=1e-2)
    assert [g.dtype for g in ours[2:]] == [torch.bfloat16] * 3
    for mine, reference in zip(ours[2:], theirs[2:], strict=True):
        torch.testing.assert_close(mine.float(), reference.float(), rtol=0.05, atol=2e-3)
