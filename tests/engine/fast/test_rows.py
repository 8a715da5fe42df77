"""Activations in padded rows: the same numbers as without padding, fewer shapes."""

import pytest
import torch

from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import preset_config
from s2s_desktop.engine.fast import rows as rows_module
from s2s_desktop.engine.fast.rows import ROW_MULTIPLE, as_rows
from s2s_desktop.engine.model import Seq2Seq


def test_as_rows_pads_bfloat16_cpu_rows_and_passes_gradients() -> None:
    x = torch.randn(3, 7, 2, 4, dtype=torch.bfloat16, requires_grad=True)
    rows = as_rows(x.transpose(1, 2), 4)  # strided, as attention's merged heads are
    assert rows.shape == (ROW_MULTIPLE, 4) and rows.is_contiguous()
    torch.testing.assert_close(rows[:42].view(3, 2, 7, 4), x.transpose(1, 2))
    assert not rows[42:].any()
    grad = torch.randn(ROW_MULTIPLE, 4, dtype=torch.bfloat16)
    rows.backward(grad)  # each row's gradient goes back to the element it came from
    assert torch.equal(x.grad, grad[:42].view(3, 2, 7, 4).transpose(1, 2))


def test_as_rows_copies_nothing_it_need_not() -> None:
    x = torch.randn(5, 7, 8)  # float32: never padded
    assert as_rows(x, 8).data_ptr() == x.data_ptr()
    assert as_rows(x, 8, total=40).shape == (40, 8)  # a given row count is kept to
    aligned = torch.randn(ROW_MULTIPLE, 8, dtype=torch.bfloat16)
    assert as_rows(aligned, 8).data_ptr() == aligned.data_ptr()


def _bfloat16_run(model: Seq2Seq) -> tuple[torch.Tensor, list[torch.Tensor]]:
    src = pad_rows([[5 + (i * j) % 30 for j in range(3 + i % 6)] + [3] for i in range(11)])
    tgt = pad_rows([[2, *[4 + (i + j) % 30 for j in range(2 + i % 5)], 3] for i in range(11)])
    model.zero_grad()
    logits = model(src, tgt)
    logits.float().square().mean().backward()
    return logits.detach(), [p.grad.clone() for p in model.parameters()]


def test_a_bfloat16_model_in_padded_rows_computes_as_without_padding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Logits and every parameter's gradient of the padded rows match those of exact rows (the
    batch's 11 sentences make 99 source rows and 88 target rows, both padded to 128)."""
    torch.manual_seed(0)
    config = preset_config("tiny", src_vocab_size=40, tgt_vocab_size=40)
    model = Seq2Seq(config).to(torch.bfloat16).eval()  # eval: the same (no) dropout masks
    padded_logits, padded_grads = _bfloat16_run(model)
    monkeypatch.setattr(rows_module, "ROW_MULTIPLE", 1)
    exact_logits, exact_grads = _bfloat16_run(model)
    torch.testing.assert_close(padded_logits, exact_logits)
    for padded, exact in zip(padded_grads, exact_grads, strict=True):
        torch.testing.assert_close(padded, exact, atol=2e-2, rtol=2e-2)
