"""How many tokens a run has trained on, read from its ``metrics.jsonl`` step records.

Steps are a poor clock for comparing runs: a step of a run with twice the batch tokens trains on
twice the text. Step records therefore carry ``tokens``, the source + target tokens trained on so
far (kept in the checkpoint, so it runs on across a resume). Records written before that field
existed only hold the speed (``tokens_per_s``) and the training clock (``time``): their count is
estimated as the speed times the time since the previous record. The window's plot and a resumed
old run use the same estimate, so the count they show and the count the run continues from agree.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def cumulative_tokens(step_records: Iterable[Mapping[str, Any]]) -> list[float]:
    """The tokens seen at each of ``step_records`` (step records, in the order logged): their
    ``tokens`` where recorded, else the previous count plus ``tokens_per_s`` times the training
    time since the previous record (an estimate a little high: it counts evaluations as training).
    """
    counts: list[float] = []
    count = clock = 0.0
    for record in step_records:
        recorded = _finite(record.get("tokens"))
        time = _finite(record.get("time"))
        if recorded is not None:
            count = recorded
        else:
            speed = _finite(record.get("tokens_per_s")) or 0.0
            if time is not None:
                count += max(0.0, speed) * max(0.0, time - clock)
        if time is not None:
            clock = time
        counts.append(count)
    return counts


def tokens_at_step(records: Iterable[Mapping[str, Any]], step: int) -> int:
    """The tokens seen by ``step``, from a run's metrics records (any types; the step records up
    to ``step`` count): the last logged count, carried on to ``step`` at the run's mean tokens a
    step (the checkpoint may be a few steps past the last logged one). 0 without step records."""
    logged = [
        r for r in records if r.get("type") == "step" and (_finite(r.get("step")) or 0) <= step
    ]
    if not logged:
        return 0
    count = cumulative_tokens(logged)[-1]
    last_step = _finite(logged[-1].get("step")) or 0.0
    if last_step > 0:
        count *= step / last_step
    return round(count)
