"""The first-run recipe: a `tiny` model trained on the bundled sample corpus in a few minutes.

The Translate tab offers it when the store is empty, so that a new user sees a model learn and
then translates with it before looking for data of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from s2s_desktop.resources import sample_corpus


@dataclass(frozen=True)
class SampleRun:
    """What the Train tab is filled with for the sample run (the rest keeps its defaults).

    A smaller batch and a higher learning rate than the defaults: on a small corpus and a
    small model, more and larger steps learn faster in the same minutes.
    """

    folder: Path = field(default_factory=sample_corpus)
    name: str = "sample-en-es"  # numbered (sample-en-es-2 …) when taken
    preset: str = "tiny"
    epochs: int = 4
    batch_tokens: int = 2048
    learning_rate: float = 2e-3
