"""Row-padded bfloat16 multiplies and the model's padded rows: the same numbers, fewer shapes."""

import pytest
import torch
import torch.nn.functional as F

from s2s_desktop.engine import linear as linear_module
from s2s_desktop.engine.batching import pad_rows
from s2s_desktop.engine.config import preset_config
from s2s_desktop.engine.linear import ROW_MULTIPLE, Linear, as_rows, linear
from s2s_desktop.engine.model import Seq2Seq


@pytest.mark.parametrize("rows", [1, 37, ROW_MULTIPLE, ROW_MULTIPLE + 5])
@pytest.mark.parametrize("with_bias", [True, False])
def test_padded_linear_matches_f_linear_with_gradients(rows: int, with_bias: bool) -> None:
    torch.manual_seed(0)
    x = torch.randn(rows, 3, 24, dtype=torch.bfloat16, requires_grad=True)
    weight = torch.randn(40, 24, dtype=torch.bfloat16, requires_grad=True)
    bias = torch.randn(40, dtype=torch.bfloat16, requires_grad=True) if with_bias else None
    grad = torch.randn(rows, 3, 40, dtype=torch.bfloat16)

    ours = linear(x, weight, bias)
    ours.backward(grad)
    got = [t.grad.clone() for t in (x, weight, bias) if t is not None]
    for t in (x, weight, bias):
        if t is not None:
            t.grad = None
    reference = F.linear(x, weight, bias)
    reference.backward(grad)

    assert ours.shape == reference.shape == (rows, 3, 40)
    assert ours.is_contiguous()
    torch.testing.assert_close(ours, reference)
    for mine, theirs in zip(got, [t.grad for t in (x, weight, bias) if t is not None]):
        torch.testing.assert_close(mine, theirs)


def test_only_bfloat16_cpu_multiplies_are_padded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Padding shows as the multiply's row count: watch it through F.linear."""
    seen: list[int] = []
    real = F.linear

    def spy(x: torch.Tensor, *args: torch.Tensor) -> torch.Tensor:
        seen.append(x.numel() // x.shape[-1])
        return real(x, *args)

    monkeypatch.setattr(linear_module.F, "linear", spy)
    layer = Linear(8, 4)
    x = torch.randn(5, 7, 8)
    layer(x)  # float32: MKL has no per-shape cost
    layer.to(torch.bfloat16)(x.to(torch.bfloat16))
    assert seen == [35, ROW_MULTIPLE]


def test_linear_keeps_nn_linear_state_dict_names() -> None:
    layer = Linear(8, 4)
    assert isinstance(layer, torch.nn.Linear)
    assert set(layer.state_dict()) == {"weight", "bias"}


def test_as_rows_pads_bfloat16_cpu_rows_and_passes_gradients() -> None:
    x = torch.randn(3, 7, 2, 4, dtype=torch.bfloat16, requires_grad=True)
    rows = as_rows(x.transpose(1, 2), 4)  # strided, as attention's merged heads are
    assert rows.shape == (ROW_MULTIPLE, 4) and rows.is_contiguous()
    torch.testing.assert_close(rows[:42].view(3, 2, 7, 4), x.transpose(1, 2))
    assert not rows[42:].any()
    rows.sum().backward()
    assert torch.equal(x.grad, torch.ones_like(x))


def test_as_rows_copies_nothing_it_need_not() -> None:
    x = torch.randn(5, 7, 8)  # float32: never padded
    assert as_rows(x, 8).data_ptr() == x.data_ptr()
    assert as_rows(x, 8, total=40).shape == (40, 8)  # a given row count is kept to
    aligned = torch.randn(ROW_MULTIPLE, 8, dtype=torch.bfloat16)
    assert as_rows(aligned, 8).data_ptr() == aligned.data_ptr()


def test_a_bfloat16_model_in_padded_rows_computes_as_without_padding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Logits and every gradient of the padded layout match those of exact rows."""
    torch.manual_seed(0)
    config = preset_config("tiny", src_vocab_size=40, tgt_vocab_size=40)
    model = Seq2Seq(config).to(torch.bfloat16).eval()  # eval: the same (no) dropout masks
    src = pad_rows([[5 + (i * j) % 30 for j in range(3 + i % 6)] + [3] for i in range(11)])
    tgt = pad_rows([[2, *[4 + (i + j) % 30 for j in range(2 + i % 5)], 3] for i in range(11)])

    def run() -> tuple[torch.Tensor, list[torch.Tensor]]:
        model.zero_grad()
        logits = model(src, tgt)
        logits.float().square().mean().backward()
        return logits.detach(), [p.grad.clone() for p in model.parameters()]

    padded_logits, padded_grads = run()
    monkeypatch.setattr(linear_module, "ROW_MULTIPLE", 1)
    exact_logits, exact_grads = run()
    torch.testing.assert_close(padded_logits, exact_logits)
    for padded, exact in zip(padded_grads, exact_grads, strict=True):
        torch.testing.assert_close(padded, exact, atol=2e-2, rtol=2e-2)
