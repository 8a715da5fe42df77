"""The optimizer step, in particular its bfloat16 copy for CPUs (``HalfPrecisionCopy``)."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from s2s_desktop.engine.batching import Batch, pad_rows
from s2s_desktop.engine.config import PAD_ID, preset_config
from s2s_desktop.engine.fast.output_loss import sliced_output_loss
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.train_step import (
    HalfPrecisionCopy,
    TrainStep,
    computes_in_half_copy,
    label_smoothed_cross_entropy,
    make_optimizer,
)


def _batch() -> Batch:
    rows = [[5 + (i + j) % 40 for j in range(12)] + [3] for i in range(32)]
    return Batch(pad_rows(rows), pad_rows([[2, *r] for r in rows]), 32 * 13, 32 * 13)


def _step(amp_dtype: torch.dtype | None, **config: object) -> TrainStep:
    torch.manual_seed(0)
    model = Seq2Seq(preset_config("tiny", **{"src_vocab_size": 50, "tgt_vocab_size": 50, **config}))
    model.train()
    return TrainStep(
        model, make_optimizer(model, 1e-3), label_smoothing=0.1, clip_norm=1.0,
        amp_dtype=amp_dtype,
    )  # fmt: skip


def test_bfloat16_on_a_cpu_computes_in_a_copy_and_keeps_float32_weights():
    step = _step(torch.bfloat16)
    assert step.half_copy is not None
    assert all(p.dtype == torch.bfloat16 for p in step.half_copy.model.parameters())
    before = [p.detach().clone() for p in step.model.parameters()]
    losses = [step(_batch(), 1e-3) for _ in range(40)]
    assert all(p.dtype == torch.float32 for p in step.model.parameters())
    assert all(p.grad is not None and p.grad.dtype == torch.float32 for p in step.parameters)
    assert all(not torch.equal(a, b) for a, b in zip(before, step.model.parameters(), strict=True))
    assert losses[-1] < losses[0] / 2


def test_the_copy_learns_like_autocast_and_float32():
    """Same model, same batches: the bfloat16 copy's losses follow those of autocast and of
    float32 (each step within rounding's drift, the last ten on average within 10%)."""
    autocast = _step(torch.bfloat16)
    autocast.half_copy = None  # the autocast path, as on a GPU
    curves = [
        [step(_batch(), 1e-3) for _ in range(30)]
        for step in (_step(torch.bfloat16), autocast, _step(None))
    ]
    ours = curves[0]
    for theirs in curves[1:]:
        assert all(abs(a - b) < 0.2 * b + 0.02 for a, b in zip(ours, theirs, strict=True))
        assert abs(sum(ours[-10:]) - sum(theirs[-10:])) < 0.1 * sum(theirs[-10:])


def test_weights_loaded_into_the_model_reach_the_copy():
    """Averaging and resuming load weights into the float32 model; the next step uses them."""
    step = _step(torch.bfloat16)
    fresh = Seq2Seq(step.model.config)
    step.model.load_state_dict(fresh.state_dict())
    step.half_copy.pull_weights()
    for ours, theirs in zip(step.half_copy.model.parameters(), fresh.parameters(), strict=True):
        assert torch.equal(ours, theirs.to(torch.bfloat16))


def test_tied_embeddings_stay_one_matrix_in_the_copy():
    step = _step(torch.bfloat16, shared_vocab=True, tied_embeddings=True)
    copy = step.half_copy.model
    assert copy.decoder.fc_out.weight is copy.encoder.tok_embedding.weight
    step(_batch(), 1e-3)
    assert step.model.decoder.fc_out.weight is step.model.encoder.tok_embedding.weight


def test_a_parameter_the_step_did_not_reach_keeps_no_gradient():
    """As without the copy: the optimizer must not move a weight by momentum alone."""
    model = torch.nn.ModuleDict({"used": torch.nn.Linear(4, 4), "unused": torch.nn.Linear(4, 4)})
    copy = HalfPrecisionCopy(model, torch.bfloat16)
    copy.pull_weights()
    copy.model["used"](torch.ones(2, 4, dtype=torch.bfloat16)).sum().backward()
    copy.push_gradients()
    assert (
        model["used"].weight.grad is not None and model["used"].weight.grad.dtype == torch.float32
    )
    assert torch.equal(model["used"].weight.grad, torch.full((4, 4), 2.0))
    assert model["unused"].weight.grad is None
    assert all(p.grad is None for p in copy.model.parameters())  # the next backward starts afresh


def test_the_copy_follows_the_models_train_or_eval_mode():
    step = _step(torch.bfloat16)
    step.model.eval()
    step.half_copy.pull_weights()
    assert not step.half_copy.model.training
    step.model.train()
    step.half_copy.pull_weights()
    assert step.half_copy.model.training


def test_float32_and_other_precisions_compute_in_the_model_itself():
    model = Seq2Seq(preset_config("tiny", src_vocab_size=50, tgt_vocab_size=50))
    assert not computes_in_half_copy(model, None)
    assert not computes_in_half_copy(model, torch.float16)
    assert computes_in_half_copy(model, torch.bfloat16)
    assert _step(None).half_copy is None
    assert not computes_in_half_copy(torch.nn.Module(), torch.bfloat16)  # no parameters


# ---------------------------------------------------------------------- the sliced output loss


def _loss_and_grads(loss_fn, hidden, weight, bias, target, epsilon):
    hidden, weight, bias = (t.detach().clone().requires_grad_() for t in (hidden, weight, bias))
    loss, nll = loss_fn(hidden, weight, bias, target, epsilon)
    (loss * 0.5).backward()  # a scale after the loss, as the step divides by the token count
    return loss.item(), nll.item(), hidden.grad, weight.grad, bias.grad


def _whole(hidden, weight, bias, target, epsilon):
    return label_smoothed_cross_entropy(F.linear(hidden, weight, bias), target, epsilon)


def test_the_sliced_output_loss_equals_the_whole_one():
    """Same loss, cross-entropy and gradients as computing all logits at once, across several
    slices (70 pieces: 1,024 rows a slice; 5,000: 157 rows), padding and no smoothing."""
    from s2s_desktop.engine.fast.output_loss import slice_rows

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


def test_a_step_with_a_large_vocabulary_slices_its_loss_and_trains_as_before():
    def run(sliced: bool) -> list[float]:
        step = _step(None, src_vocab_size=2_000, tgt_vocab_size=2_000)
        assert step.sliced_loss
        step.sliced_loss = sliced
        torch.manual_seed(1)  # the same dropout masks for both
        return [step(_batch(), 1e-3) for _ in range(5)]

    sliced, whole = run(True), run(False)
    assert sliced == pytest.approx(whole, rel=1e-3)
    assert not _step(None).sliced_loss  # 50 pieces: whole logits stay in cache
