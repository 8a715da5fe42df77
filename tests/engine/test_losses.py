"""The label-smoothed loss is the textbook definition, summed over real target tokens."""

import pytest
import torch

from s2s_desktop.engine.losses import label_smoothed_cross_entropy


def _written_out(logits, target, epsilon):
    """(1 - eps) * -log p(target) + eps * mean_v -log p(v), padding (id 0) left out."""
    log_probs = logits.log_softmax(dim=-1)
    real = target != 0
    nll = -log_probs.gather(-1, target.unsqueeze(-1)).squeeze(-1)
    smooth = -log_probs.mean(dim=-1)
    loss = ((1 - epsilon) * nll + epsilon * smooth)[real].sum()
    return loss, nll[real].sum()


@pytest.mark.parametrize("epsilon", [0.1, 0.0])
def test_the_loss_is_the_written_out_definition(epsilon):
    torch.manual_seed(0)
    logits = torch.randn(2, 5, 11, requires_grad=True)
    target = torch.tensor([[4, 5, 6, 0, 0], [7, 8, 9, 10, 3]])
    loss, nll = label_smoothed_cross_entropy(logits, target, epsilon)
    expected_loss, expected_nll = _written_out(logits, target, epsilon)
    torch.testing.assert_close(loss, expected_loss)
    torch.testing.assert_close(nll, expected_nll)
    assert not nll.requires_grad  # reported, not trained on
    (grad,) = torch.autograd.grad(loss, logits)
    (expected_grad,) = torch.autograd.grad(expected_loss, logits)
    torch.testing.assert_close(grad, expected_grad)
    assert not grad[0, 3:].any()  # padding sends no gradient
