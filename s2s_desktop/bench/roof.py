"""The roof: how fast this device multiplies large matrices in each precision training uses.

An MFU is only honest against the roof of the precision the run computes in: on a CPU with AMX,
bfloat16 multiplies several times faster than float32 (docs/performance.md).
"""

from __future__ import annotations

import time

import torch


def matmul_gflops(
    size: int = 2048,
    seconds: float = 2.0,
    dtype: torch.dtype = torch.float32,
    device: torch.device | str = "cpu",
) -> float:
    """The best ``torch.mm`` rate (GFLOP/s) of [size, size] ``dtype`` matrices over ``seconds``.

    The best, not the mean: it is a ceiling, and other processes only ever lower it.
    """
    device = torch.device(device)
    a = torch.randn(size, size, device=device).to(dtype)
    b = torch.randn(size, size, device=device).to(dtype)
    out = torch.empty(size, size, device=device, dtype=dtype)

    def finish() -> None:
        if device.type == "cuda":
            torch.cuda.synchronize(device)

    torch.mm(a, b, out=out)  # warm-up: thread pool, caches, the kernel's choice
    finish()
    repeats = 1 if device.type == "cpu" else 20  # a GPU's multiply is shorter than the clock
    best = float("inf")
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        for _ in range(repeats):
            torch.mm(a, b, out=out)
        finish()
        best = min(best, (time.perf_counter() - start) / repeats)
    return 2 * size**3 / best / 1e9


def precision_name(dtype: torch.dtype | None) -> str:
    """'bfloat16', 'float16' or 'float32' (None)."""
    return "float32" if dtype is None else str(dtype).removeprefix("torch.")


def roof_key(dtype: torch.dtype | None) -> str:
    """The bench's key for the roof of ``dtype``: matmul_gflops (float32, the key it always
    had), matmul_bf16_gflops, matmul_fp16_gflops."""
    short = {torch.bfloat16: "bf16", torch.float16: "fp16"}
    return f"matmul_{short[dtype]}_gflops" if dtype in short else "matmul_gflops"


def mfu(flops_per_s: float, roofs: dict[str, float], dtype: torch.dtype | None) -> float:
    """Model FLOP/s as a share of the roof (GFLOP/s in ``roofs``, by ``roof_key``) of ``dtype``,
    the precision the products were computed in (None: float32)."""
    return flops_per_s / (roofs[roof_key(dtype)] * 1e9)
