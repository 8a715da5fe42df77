"""The roof: how fast this device multiplies large fp32 matrices."""

from __future__ import annotations

import time

import torch


def matmul_gflops(size: int = 2048, seconds: float = 2.0) -> float:
    """The best fp32 ``torch.mm`` rate (GFLOP/s) of [size, size] matrices over ``seconds``.

    The best, not the mean: it is a ceiling, and other processes only ever lower it.
    """
    a, b = torch.randn(size, size), torch.randn(size, size)
    out = torch.empty(size, size)
    torch.mm(a, b, out=out)  # warm-up: thread pool, caches
    best = float("inf")
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        torch.mm(a, b, out=out)
        best = min(best, time.perf_counter() - start)
    return 2 * size**3 / best / 1e9
