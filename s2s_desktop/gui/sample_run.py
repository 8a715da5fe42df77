"""The first-run recipe: `auto` on the bundled sample corpus with a 3-minute budget.

The Translate tab offers it when the store is empty, so that a new user sees a model learn and
then translates with it before looking for data of their own. `auto` with a short budget learns
far more in the same minutes than a fixed small preset for a few epochs (docs/quality.md,
"The first-run sample model").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from s2s_desktop.resources import sample_corpus


@dataclass(frozen=True)
class SampleRun:
    """What the Train tab is filled with for the sample run; `auto` chooses the model, the
    batch and the learning rate for the corpus, the budget and the device."""

    folder: Path = field(default_factory=sample_corpus)
    name: str = "sample-en-es"  # numbered (sample-en-es-2 …) when taken
    preset: str = "auto"
    minutes: int = 3
