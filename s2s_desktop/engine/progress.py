"""How a run is going, for its progress bar: the training speed over the last steps, how much of
the run is done (its epochs or its time budget, whichever ends it first) and the time left."""

from __future__ import annotations

import time
from collections import deque


class RunProgress:
    """Fed each step's token count; says the speed, the share done and the time left.

    Attributes:
        planned_steps: the steps of the run's epochs (0: no epoch limit).
        budget_s: the run's time budget in seconds (None: none).
    """

    def __init__(self, planned_steps: int, budget_s: float | None, window: int = 50) -> None:
        self.planned_steps = planned_steps
        self.budget_s = budget_s
        self.recent: deque[tuple[float, int]] = deque(maxlen=window)  # (time, tokens) a step

    def add_step(self, tokens: int) -> None:
        self.recent.append((time.monotonic(), tokens))

    def tokens_per_s(self) -> float:
        """Source + target tokens a second over the recent steps (0 until there are two)."""
        if len(self.recent) < 2:
            return 0.0
        span = self.recent[-1][0] - self.recent[0][0]
        return sum(t for _, t in list(self.recent)[1:]) / span if span > 0 else 0.0

    def done_and_left(self, step: int, elapsed_s: float) -> tuple[float, float | None]:
        """The share of the run done (0..1) and the seconds left (None: unknown) at ``step``
        after ``elapsed_s`` seconds of training."""
        done, left = 0.0, None
        if self.planned_steps:
            done = min(1.0, step / self.planned_steps)
            if len(self.recent) > 1:
                span = self.recent[-1][0] - self.recent[0][0]
                left = max(0, self.planned_steps - step) * span / (len(self.recent) - 1)
        if self.budget_s is not None:  # the deadline, unless the epochs run out before it
            done = max(done, min(1.0, elapsed_s / self.budget_s))
            remaining = max(0.0, self.budget_s - elapsed_s)
            left = remaining if left is None else min(left, remaining)
        return done, left
