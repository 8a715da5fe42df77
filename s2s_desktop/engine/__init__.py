"""The engine: corpus, tokenizer, model, search, losses, training and store. Never imports Qt.

The readable core is ``model.py`` (the Transformer), ``search.py`` (greedy and beam search) and
``losses.py`` (the label-smoothed loss); ``fast/`` holds the speed paths, tested against them.

The names below are imported on first use, so ``import s2s_desktop.engine`` stays cheap (torch is
loaded only when a model is touched).
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

# oneDNN, which multiplies PyTorch's bfloat16 matrices on a CPU, keeps the kernels it compiles,
# and ideep, PyTorch's layer over it, keeps each matrix multiply's compiled state in an LRU cache
# of 1,024 entries. Token-budget batches bring new shapes every step, so the default cache grows
# the training process step after step; one step's shapes fit in 64 entries (see
# docs/performance.md, "oneDNN kernel caches"). Both are read when the first kernel is compiled,
# so setting them here, when the engine is first imported, takes effect.
os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "64")
os.environ.setdefault("LRU_CACHE_CAPACITY", "64")

_EXPORTS = {
    "UserError": "errors",
    "scan_folder": "corpus",
    "ScanReport": "corpus",
    "ModelConfig": "config",
    "PRESETS": "config",
    "preset_config": "config",
    "Seq2Seq": "model",
    "Trainer": "training",
    "TrainingConfig": "config",
    "RunSettings": "config",
    "ModelStore": "store",
    "Translator": "translator",
    "load_translator": "translator",
}

__all__ = [
    "PRESETS",
    "ModelConfig",
    "ModelStore",
    "RunSettings",
    "ScanReport",
    "Seq2Seq",
    "Trainer",
    "TrainingConfig",
    "Translator",
    "UserError",
    "load_translator",
    "preset_config",
    "scan_folder",
]

if TYPE_CHECKING:
    from s2s_desktop.engine.config import (
        PRESETS,
        ModelConfig,
        RunSettings,
        TrainingConfig,
        preset_config,
    )
    from s2s_desktop.engine.corpus import ScanReport, scan_folder
    from s2s_desktop.engine.errors import UserError
    from s2s_desktop.engine.model import Seq2Seq
    from s2s_desktop.engine.store import ModelStore
    from s2s_desktop.engine.training import Trainer
    from s2s_desktop.engine.translator import Translator, load_translator


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{_EXPORTS[name]}")
    return getattr(module, name)
