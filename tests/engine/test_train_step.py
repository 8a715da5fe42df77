"""The optimizer step, in particular its bfloat16 copy for CPUs (``HalfPrecisionCopy``)."""

from __future__ import annotations

import pytest
import torch

from s2s_desktop.engine.batching import Batch, pad_rows
from s2s_desktop.engine.config import preset_config
from s2s_desktop.engine.model import Seq2Seq
from s2s_desktop.engine.train_step import (
    HalfPrecisionCopy,
    TrainStep,
    computes_in_half_copy,
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
