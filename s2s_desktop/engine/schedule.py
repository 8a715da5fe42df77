"""The learning rate at each step.

Two shapes:

- **Over a time budget** (``--time-budget``): a linear warm-up over ``WARMUP_MIN_STEPS`` updates or
  the first ``WARMUP_SHARE`` of the budget, whichever ends later, but over ``WARMUP_MAX_SHARE``
  of the budget at the most; then a straight line down to zero at the deadline. The decay
  depends on the time spent, not on a step count nobody knows in advance, so the model at the
  deadline has finished its decay: a finished model, not a half-warm one. A budget too short
  for the warm-up rises and falls without reaching the peak.
- **Over epochs** (no budget): the tutorial's linear warm-up over ``warmup_steps``, then the
  inverse square root of the step, which needs no end date (runs that are resumed for more epochs
  continue smoothly).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

WARMUP_SHARE = 0.05  # of a time budget spent warming up, at the least
# The tutorial's Transformer normalises after each residual sum (post-norm), which learns badly
# at our peak rates after a short warm-up, in steps, however long the budget (see
# docs/quality.md, "Warm-up").
WARMUP_MIN_STEPS = 1000
# ...but in a budget of fewer than about 2,000 updates the rise aims at the peak by half the
# time, not at 1,000 updates it would barely reach.
WARMUP_MAX_SHARE = 0.5


@dataclass(frozen=True)
class Schedule:
    """``rate(step, elapsed_s)``: the learning rate for optimizer step ``step`` (1-based).

    Attributes:
        peak: the highest rate, reached at the end of the warm-up.
        warmup_steps: warm-up length in steps (epoch runs; a floor for budget runs).
        budget_s: the time budget in seconds, or None for an epoch run.
    """

    peak: float
    warmup_steps: int
    budget_s: float | None = None

    def rate(self, step: int, elapsed_s: float) -> float:
        step = max(step, 1)
        if self.budget_s is None:
            warmup = max(self.warmup_steps, 1)
            return self.peak * min(step / warmup, math.sqrt(warmup / step))
        progress = min(max(elapsed_s / self.budget_s, 0.0), 1.0)
        warm = min(progress / WARMUP_SHARE, step / max(self.warmup_steps, 1), 1.0)
        warm = max(warm, min(progress / WARMUP_MAX_SHARE, 1.0))
        decay = (1.0 - progress) / (1.0 - WARMUP_SHARE) if progress > WARMUP_SHARE else 1.0
        return self.peak * min(warm, decay)


def warmup_for(set_steps: int | None, budget: bool, planned_steps: int, fine_tune: bool) -> int:
    """A run's warm-up, in updates: the one set (``set_steps``; a fine-tune's no longer than a
    tenth of an epoch run, whose few updates would otherwise never reach the peak rate); for a
    time ``budget``, ``WARMUP_MIN_STEPS`` (the budget's share sets the rest); else a tenth of
    the ``planned_steps``, at most 4,000."""
    if set_steps is not None:
        short = fine_tune and planned_steps
        return min(set_steps, max(1, planned_steps // 10)) if short else set_steps
    if budget:
        return WARMUP_MIN_STEPS
    return min(4000, max(1, planned_steps // 10))
