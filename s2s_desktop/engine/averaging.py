"""Averaging the weights of the last few checkpoints of a run.

The weights at the end of training wander around a good point; their average over the last
stretch of the run usually lies nearer to it and translates a little better (Vaswani et al. 2017
averaged the last 5 or 20 checkpoints). The trainer keeps the average only when it scores better
on the validation set than the best model so far.

A running sum keeps memory at one extra copy of the weights, whatever the number of snapshots.
"""

from __future__ import annotations

import torch
from torch import Tensor

SPACING = 0.05  # budget runs: snapshots this share of the budget apart, up to the deadline


class WeightAverage:
    """The mean of the weight snapshots added so far (on the CPU, in float32)."""

    def __init__(self) -> None:
        self.total: dict[str, Tensor] | None = None
        self.count = 0
        self.last_step = -1

    def add(self, state: dict[str, Tensor], step: int) -> None:
        """Add the weights ``state`` (a model's ``saved_state``: a tied matrix once) at ``step``
        (a second snapshot of the same step is ignored)."""
        if step == self.last_step:
            return
        self.last_step = step
        with torch.no_grad():
            weights = {k: v.detach().float().cpu() for k, v in state.items()}
            if self.total is None:
                self.total = {k: v.clone() for k, v in weights.items()}
            else:
                for key, value in weights.items():
                    self.total[key] += value
        self.count += 1

    def mean(self) -> dict[str, Tensor]:
        if self.total is None:
            raise ValueError("no snapshots to average")
        return {key: value / self.count for key, value in self.total.items()}


def snapshot_points(budget_s: float, keep: int) -> list[float]:
    """Training times (seconds) at which a budget run takes its snapshots before the final
    one: ``keep - 1`` points ``SPACING`` of the budget apart, ending just before the deadline."""
    return [budget_s * (1 - SPACING * k) for k in range(keep - 1, 0, -1)]


def snapshot_epochs(epochs: int, keep: int) -> range:
    """The epochs whose ends an epoch run snapshots: the last ``keep``."""
    return range(max(1, epochs - keep + 1), epochs + 1)
