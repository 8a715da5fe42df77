"""Row-padded bfloat16 Linear layers: the same numbers as ``F.linear``, fewer shapes."""

import pytest
import torch
import torch.nn.functional as F

from s2s_desktop.engine import linear as linear_module
from s2s_desktop.engine.linear import ROW_MULTIPLE, Linear, linear


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
